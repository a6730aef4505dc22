//! CityBadges credentials: Open Badges 3.0 and 2.0 documents, issuer keys (and sealing them at
//! rest), Data Integrity proofs, baking, status lists and verification. No database, no HTTP.

use ed25519_dalek::SigningKey;

pub mod bake;
pub mod canon;
pub mod contexts;
pub mod data_model;
#[doc(hidden)]
pub mod hostile;
pub mod identity;
pub mod ob2;
pub mod ob3;
pub mod proof;
pub mod sealed;
pub mod status_list;
pub mod verify;

/// The multicodec prefix of an Ed25519 public key (0xed01), as used by `Multikey`.
const ED25519_PUB_MULTICODEC: [u8; 2] = [0xed, 0x01];

#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("not a valid Ed25519 public key multibase: {0}")]
    BadMultibase(String),
}

/// A fresh Ed25519 signing key from the operating system's random source.
pub fn generate_signing_key() -> SigningKey {
    SigningKey::generate(&mut rand::rngs::OsRng)
}

/// `publicKeyMultibase` of a `Multikey` verification method: `z` + base58btc(0xed01 ‖ key).
pub fn public_key_multibase(key: &ed25519_dalek::VerifyingKey) -> String {
    let mut bytes = Vec::with_capacity(34);
    bytes.extend_from_slice(&ED25519_PUB_MULTICODEC);
    bytes.extend_from_slice(key.as_bytes());
    multibase::encode(multibase::Base::Base58Btc, bytes)
}

/// Read a `publicKeyMultibase` back into a verifying key.
pub fn parse_public_key_multibase(s: &str) -> Result<ed25519_dalek::VerifyingKey, KeyError> {
    let (base, bytes) = multibase::decode(s).map_err(|e| KeyError::BadMultibase(e.to_string()))?;
    if base != multibase::Base::Base58Btc
        || bytes.len() != 34
        || bytes[..2] != ED25519_PUB_MULTICODEC
    {
        return Err(KeyError::BadMultibase(
            "expected z-base58btc of 0xed01 and 32 key bytes".into(),
        ));
    }
    let mut key = [0u8; 32];
    key.copy_from_slice(&bytes[2..]);
    ed25519_dalek::VerifyingKey::from_bytes(&key).map_err(|e| KeyError::BadMultibase(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn multikey_matches_the_known_vector() {
        // Public key of the 1EdTech OB 3.0 eddsa-rdfc-2022 test vector.
        let mb = "z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi";
        let key = parse_public_key_multibase(mb).expect("valid");
        assert_eq!(public_key_multibase(&key), mb);
    }

    #[test]
    fn generated_keys_round_trip_and_garbage_is_refused() {
        let k = generate_signing_key();
        let mb = public_key_multibase(&k.verifying_key());
        assert!(mb.starts_with("z6Mk"));
        assert_eq!(
            parse_public_key_multibase(&mb).expect("parse"),
            k.verifying_key()
        );
        assert!(parse_public_key_multibase("zzzz").is_err());
        assert!(parse_public_key_multibase("not multibase").is_err());
    }
}
