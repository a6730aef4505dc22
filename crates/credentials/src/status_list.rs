//! W3C Bitstring Status List v1.0: the bitstring behind revocation, its `encodedList`
//! encoding, and the JSON of the entries and list credentials that refer to it.
//!
//! A list is published as a credential whose `encodedList` is fetched from the network by
//! verifiers, so decoding treats it as hostile: the inflated size is capped and anything
//! that is not multibase base64url of a GZIP stream is refused.

use std::io::{Read, Write};

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

/// The spec's minimum bitstring length: 16 KiB, for herd privacy.
pub const MIN_BITS: usize = 16 * 1024 * 8;
/// Hard cap on a decoded (or created) bitstring: 16 MiB, i.e. 134,217,728 entries.
pub const MAX_BYTES: usize = 16 * 1024 * 1024;
/// The `@context` of a VC Data Model 2.0 credential, which defines the status list terms.
pub const VC_V2_CONTEXT: &str = "https://www.w3.org/ns/credentials/v2";

#[derive(Debug, Clone, thiserror::Error, PartialEq, Eq)]
pub enum StatusListError {
    #[error("status index {index} is outside the list of {len} entries")]
    IndexOutOfRange { index: usize, len: usize },
    #[error("the status list exceeds the limit of {max_bits} bits")]
    TooLarge { max_bits: usize },
    #[error("the status list has {bits} bits, fewer than the required {MIN_BITS}")]
    TooShort { bits: usize },
    #[error("encodedList is not multibase base64url (no padding): {0}")]
    Multibase(String),
    #[error("encodedList is not a valid GZIP stream: {0}")]
    Gzip(String),
}

/// Why a credential's status bit is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StatusPurpose {
    /// Permanent: the credential is revoked.
    Revocation,
    /// Reversible: the credential is suspended.
    Suspension,
}

impl StatusPurpose {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Revocation => "revocation",
            Self::Suspension => "suspension",
        }
    }
}

/// A bitstring of statuses, one bit per credential. Index 0 is the left-most (most
/// significant) bit of the first byte, as the spec requires.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusList {
    bits: Vec<u8>,
}

impl Default for StatusList {
    fn default() -> Self {
        Self::new()
    }
}

impl StatusList {
    /// An all-clear list of the minimum size (131,072 entries).
    pub fn new() -> Self {
        Self {
            bits: vec![0; MIN_BITS / 8],
        }
    }

    /// An all-clear list of at least `bits` entries (never fewer than [`MIN_BITS`]),
    /// rounded up to whole bytes.
    pub fn with_len(bits: usize) -> Result<Self, StatusListError> {
        let bytes = bits.max(MIN_BITS).div_ceil(8);
        if bytes > MAX_BYTES {
            return Err(StatusListError::TooLarge {
                max_bits: MAX_BYTES * 8,
            });
        }
        Ok(Self {
            bits: vec![0; bytes],
        })
    }

    /// A list from raw bitstring bytes (e.g. as stored by the issuer).
    pub fn from_bytes(bytes: Vec<u8>) -> Result<Self, StatusListError> {
        if bytes.len() > MAX_BYTES {
            return Err(StatusListError::TooLarge {
                max_bits: MAX_BYTES * 8,
            });
        }
        if bytes.len() * 8 < MIN_BITS {
            return Err(StatusListError::TooShort {
                bits: bytes.len() * 8,
            });
        }
        Ok(Self { bits: bytes })
    }

    /// The raw bitstring bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &self.bits
    }

    /// How many entries the list holds.
    pub fn len_bits(&self) -> usize {
        self.bits.len() * 8
    }

    fn locate(&self, index: usize) -> Result<(usize, u8), StatusListError> {
        if index >= self.len_bits() {
            return Err(StatusListError::IndexOutOfRange {
                index,
                len: self.len_bits(),
            });
        }
        Ok((index / 8, 0x80 >> (index % 8)))
    }

    /// The status bit at `index`.
    pub fn get(&self, index: usize) -> Result<bool, StatusListError> {
        let (byte, mask) = self.locate(index)?;
        Ok(self.bits[byte] & mask != 0)
    }

    /// Set or clear the status bit at `index`.
    pub fn set(&mut self, index: usize, value: bool) -> Result<(), StatusListError> {
        let (byte, mask) = self.locate(index)?;
        if value {
            self.bits[byte] |= mask;
        } else {
            self.bits[byte] &= !mask;
        }
        Ok(())
    }

    /// The `encodedList` value: GZIP of the bitstring, as multibase base64url without
    /// padding (prefix `u`). The GZIP header carries no timestamp, so equal lists encode
    /// identically.
    pub fn encode(&self) -> String {
        let mut gz = flate2::GzBuilder::new()
            .mtime(0)
            .write(Vec::new(), flate2::Compression::default());
        // Writing into a Vec cannot fail, nor can finishing a stream that was written whole.
        gz.write_all(&self.bits)
            .expect("gzip into a Vec is infallible");
        let compressed = gz.finish().expect("gzip into a Vec is infallible");
        multibase::encode(multibase::Base::Base64Url, compressed)
    }

    /// Decode an `encodedList`, refusing a bitstring of more than `max_bits` bits (and, in
    /// any case, more than [`MAX_BYTES`]): inflation stops one byte past the cap, so a
    /// GZIP bomb costs at most that much memory. Lists under [`MIN_BITS`] are refused too.
    pub fn decode(encoded: &str, max_bits: usize) -> Result<Self, StatusListError> {
        let compressed = decode_multibase(encoded)?;
        let cap = max_bits.div_ceil(8).min(MAX_BYTES);
        let mut bits = Vec::new();
        flate2::read::GzDecoder::new(&compressed[..])
            .take(cap as u64 + 1)
            .read_to_end(&mut bits)
            .map_err(|e| StatusListError::Gzip(e.to_string()))?;
        if bits.len() > cap || bits.len() * 8 > max_bits {
            return Err(StatusListError::TooLarge {
                max_bits: max_bits.min(MAX_BYTES * 8),
            });
        }
        Self::from_bytes(bits)
    }
}

fn decode_multibase(encoded: &str) -> Result<Vec<u8>, StatusListError> {
    let (base, bytes) =
        multibase::decode(encoded).map_err(|e| StatusListError::Multibase(e.to_string()))?;
    if base != multibase::Base::Base64Url {
        return Err(StatusListError::Multibase(format!(
            "expected prefix `u`, found {base:?}"
        )));
    }
    Ok(bytes)
}

/// A `credentialStatus` entry pointing at one bit of a status list credential.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StatusListEntry {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub status_purpose: StatusPurpose,
    /// The spec encodes the index as a string of decimal digits.
    pub status_list_index: String,
    pub status_list_credential: String,
}

impl StatusListEntry {
    /// The entry for bit `index` of the list credential at `list_url`; its `id` is
    /// `<list_url>#<index>`, unique per credential.
    pub fn new(list_url: &str, index: usize, purpose: StatusPurpose) -> Self {
        Self {
            id: format!("{list_url}#{index}"),
            kind: "BitstringStatusListEntry".into(),
            status_purpose: purpose,
            status_list_index: index.to_string(),
            status_list_credential: list_url.into(),
        }
    }

    /// The index as a number; `None` if the string is not a plain decimal `usize`.
    pub fn index(&self) -> Option<usize> {
        let digits = &self.status_list_index;
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        digits.parse().ok()
    }

    /// The entry as the JSON object to put under `credentialStatus`.
    pub fn to_json(&self) -> Value {
        json!({
            "id": self.id,
            "type": self.kind,
            "statusPurpose": self.status_purpose.as_str(),
            "statusListIndex": self.status_list_index,
            "statusListCredential": self.status_list_credential,
        })
    }
}

/// The unsigned `BitstringStatusListCredential` for `list`, to be signed elsewhere.
/// `id` is the URL the list is published at; `valid_from` an XML Schema dateTimeStamp
/// such as `2026-01-01T00:00:00Z`. The subject id is `<id>#list`.
pub fn status_list_credential(
    id: &str,
    issuer: &str,
    valid_from: &str,
    purpose: StatusPurpose,
    list: &StatusList,
) -> Value {
    json!({
        "@context": [VC_V2_CONTEXT],
        "id": id,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": issuer,
        "validFrom": valid_from,
        "credentialSubject": {
            "id": format!("{id}#list"),
            "type": "BitstringStatusList",
            "statusPurpose": purpose.as_str(),
            "encodedList": list.encode(),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The `encodedList` of the spec's example status list credential: 16 KiB of zeros.
    const SPEC_EXAMPLE: &str =
        "uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA";

    fn gzip_base64url(bytes: &[u8]) -> String {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gz.write_all(bytes).expect("write");
        multibase::encode(multibase::Base::Base64Url, gz.finish().expect("finish"))
    }

    #[test]
    fn bits_are_msb_first_across_byte_boundaries() {
        let mut list = StatusList::new();
        assert_eq!(list.len_bits(), 131_072);
        for i in [0, 7, 8, 9, 15, 16, 131_071] {
            assert!(!list.get(i).expect("get"));
            list.set(i, true).expect("set");
            assert!(list.get(i).expect("get"));
        }
        let bytes = list.as_bytes();
        assert_eq!(&bytes[..3], &[0x81, 0xc1, 0x80]);
        assert_eq!(bytes[16_383], 0x01);
        list.set(8, false).expect("clear");
        assert_eq!(list.as_bytes()[1], 0x41);
        assert!(!list.get(1).expect("neighbour untouched"));
        let out = StatusListError::IndexOutOfRange {
            index: 131_072,
            len: 131_072,
        };
        assert_eq!(list.get(131_072), Err(out.clone()));
        assert_eq!(list.set(131_072, true), Err(out));
    }

    #[test]
    fn sizes_are_clamped_to_the_spec_minimum_and_our_cap() {
        assert_eq!(StatusList::with_len(10).expect("min").len_bits(), MIN_BITS);
        assert_eq!(
            StatusList::with_len(MIN_BITS + 1).expect("up").len_bits(),
            MIN_BITS + 8
        );
        assert!(StatusList::with_len(MAX_BYTES * 8 + 1).is_err());
        assert!(matches!(
            StatusList::from_bytes(vec![0; 100]),
            Err(StatusListError::TooShort { bits: 800 })
        ));
    }

    #[test]
    fn encode_decode_round_trip() {
        let mut list = StatusList::with_len(200_000).expect("list");
        for i in (0..200_000).step_by(997) {
            list.set(i, true).expect("set");
        }
        let encoded = list.encode();
        assert!(encoded.starts_with("uH4sI"));
        assert_eq!(encoded, list.encode(), "encoding is deterministic");
        assert_eq!(
            StatusList::decode(&encoded, MAX_BYTES * 8).expect("decode"),
            list
        );
    }

    #[test]
    fn the_empty_list_encodes_small() {
        let encoded = StatusList::new().encode();
        assert!(encoded.len() < 100, "{} chars: {encoded}", encoded.len());
    }

    #[test]
    fn the_spec_example_decodes_to_an_empty_minimum_list() {
        let list = StatusList::decode(SPEC_EXAMPLE, MIN_BITS).expect("decode");
        assert_eq!(list, StatusList::new());
    }

    #[test]
    fn decode_refuses_bombs_and_oversized_lists() {
        // 17 MiB of zeros squeezes into ~17 KB but must not be inflated past the cap.
        let bomb = gzip_base64url(&vec![0; MAX_BYTES + (1 << 20)]);
        assert!(bomb.len() < 64 << 10);
        assert!(matches!(
            StatusList::decode(&bomb, usize::MAX),
            Err(StatusListError::TooLarge { .. })
        ));
        // A caller's smaller limit wins over the hard cap.
        let big = StatusList::with_len(MIN_BITS * 4).expect("list").encode();
        assert!(matches!(
            StatusList::decode(&big, MIN_BITS),
            Err(StatusListError::TooLarge { max_bits: MIN_BITS })
        ));
        assert!(StatusList::decode(&big, MIN_BITS * 4).is_ok());
    }

    #[test]
    fn decode_refuses_garbage() {
        let (_, mut gzip) = multibase::decode(StatusList::new().encode()).expect("own encoding");
        gzip.truncate(gzip.len() - 5); // cut into the CRC/length trailer
        let truncated = multibase::encode(multibase::Base::Base64Url, gzip);
        let not_gzip = multibase::encode(multibase::Base::Base64Url, vec![7; 64]);
        let padded = multibase::encode(multibase::Base::Base64UrlPad, [1u8; 4]);
        let base58 = multibase::encode(multibase::Base::Base58Btc, [1u8; 4]);
        for bad in ["", "u", "u!!!", "H4sIAAAA", &padded, &base58] {
            assert!(
                matches!(
                    StatusList::decode(bad, MIN_BITS),
                    Err(StatusListError::Multibase(_) | StatusListError::Gzip(_))
                ),
                "{bad:?}"
            );
        }
        for bad in [not_gzip.as_str(), truncated.as_str()] {
            assert!(
                matches!(
                    StatusList::decode(bad, MIN_BITS),
                    Err(StatusListError::Gzip(_))
                ),
                "{bad:?}"
            );
        }
        let short = gzip_base64url(&[0; 1024]);
        assert_eq!(
            StatusList::decode(&short, MIN_BITS),
            Err(StatusListError::TooShort { bits: 8192 })
        );
    }

    #[test]
    fn entry_and_list_credential_json() {
        let url = "https://badges.example/status/1";
        let entry = StatusListEntry::new(url, 94_567, StatusPurpose::Revocation);
        let expected = json!({
            "id": "https://badges.example/status/1#94567",
            "type": "BitstringStatusListEntry",
            "statusPurpose": "revocation",
            "statusListIndex": "94567",
            "statusListCredential": url,
        });
        assert_eq!(entry.to_json(), expected);
        assert_eq!(serde_json::to_value(&entry).expect("serde"), expected);
        let parsed: StatusListEntry = serde_json::from_value(expected).expect("parse");
        assert_eq!(parsed.index(), Some(94_567));
        for bad in ["", "-1", "+1", "1e3", " 1"] {
            let entry = StatusListEntry {
                status_list_index: bad.into(),
                ..parsed.clone()
            };
            assert_eq!(entry.index(), None, "{bad:?}");
        }

        let mut list = StatusList::new();
        list.set(94_567, true).expect("set");
        let vc = status_list_credential(
            url,
            "did:web:badges.example",
            "2026-01-01T00:00:00Z",
            StatusPurpose::Revocation,
            &list,
        );
        assert_eq!(vc["@context"], json!([VC_V2_CONTEXT]));
        assert_eq!(
            vc["type"],
            json!(["VerifiableCredential", "BitstringStatusListCredential"])
        );
        assert_eq!(vc["issuer"], "did:web:badges.example");
        assert_eq!(vc["validFrom"], "2026-01-01T00:00:00Z");
        let subject = &vc["credentialSubject"];
        assert_eq!(subject["id"], format!("{url}#list"));
        assert_eq!(subject["type"], "BitstringStatusList");
        assert_eq!(subject["statusPurpose"], "revocation");
        let encoded = subject["encodedList"].as_str().expect("string");
        let decoded = StatusList::decode(encoded, MIN_BITS).expect("decode");
        assert!(decoded.get(94_567).expect("get"));
    }
}
