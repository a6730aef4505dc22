//! Issuer private keys at rest: sealed with XChaCha20-Poly1305 under the deployment's master key.
//!
//! The associated data names the key row (organization and key id), so a sealed key copied onto
//! another organization's row does not open.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use ed25519_dalek::SigningKey;
use rand::RngCore;

/// Format tag of sealed keys, so that the scheme can change later without guessing.
const VERSION: &str = "v1";

#[derive(Debug, thiserror::Error)]
pub enum SealError {
    #[error("the master key must be 32 bytes (64 hex digits or 43/44 base64 characters)")]
    BadMasterKey,
    #[error("a sealed key is malformed")]
    Malformed,
    #[error("a sealed key does not open with this master key (wrong key, or the row was altered)")]
    WrongKey,
}

/// The 32-byte key that seals every issuer key.
#[derive(Clone)]
pub struct MasterKey([u8; 32]);

impl std::fmt::Debug for MasterKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("MasterKey(..)")
    }
}

impl MasterKey {
    pub fn generate() -> Self {
        let mut bytes = [0u8; 32];
        rand::rngs::OsRng.fill_bytes(&mut bytes);
        Self(bytes)
    }

    /// Reads 64 hex digits or standard/URL-safe base64 of 32 bytes (surrounding space ignored).
    pub fn parse(text: &str) -> Result<Self, SealError> {
        let text = text.trim();
        let bytes = if text.len() == 64 {
            hex::decode(text).map_err(|_| SealError::BadMasterKey)?
        } else {
            let unpadded = text.trim_end_matches('=');
            base64::engine::general_purpose::STANDARD_NO_PAD
                .decode(unpadded)
                .or_else(|_| base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(unpadded))
                .map_err(|_| SealError::BadMasterKey)?
        };
        let bytes: [u8; 32] = bytes.try_into().map_err(|_| SealError::BadMasterKey)?;
        Ok(Self(bytes))
    }

    /// The key as 64 hex digits (what [`MasterKey::parse`] reads back).
    pub fn to_hex(&self) -> String {
        hex::encode(self.0)
    }

    /// `v1.<base64 nonce>.<base64 ciphertext>` of the signing key's 32 secret bytes.
    pub fn seal(&self, key: &SigningKey, context: &str) -> String {
        let mut nonce = [0u8; 24];
        rand::rngs::OsRng.fill_bytes(&mut nonce);
        let payload = Payload {
            msg: key.as_bytes(),
            aad: context.as_bytes(),
        };
        let sealed = XChaCha20Poly1305::new((&self.0).into())
            .encrypt(XNonce::from_slice(&nonce), payload)
            // Encryption only fails for messages beyond the AEAD's length limit (GiBs).
            .unwrap_or_default();
        format!(
            "{VERSION}.{}.{}",
            STANDARD.encode(nonce),
            STANDARD.encode(sealed)
        )
    }

    /// The signing key sealed by [`MasterKey::seal`] with the same `context`.
    pub fn open(&self, sealed: &str, context: &str) -> Result<SigningKey, SealError> {
        let mut parts = sealed.split('.');
        let (Some(VERSION), Some(nonce), Some(body), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(SealError::Malformed);
        };
        let nonce = STANDARD.decode(nonce).map_err(|_| SealError::Malformed)?;
        let body = STANDARD.decode(body).map_err(|_| SealError::Malformed)?;
        if nonce.len() != 24 {
            return Err(SealError::Malformed);
        }
        let payload = Payload {
            msg: &body,
            aad: context.as_bytes(),
        };
        let secret = XChaCha20Poly1305::new((&self.0).into())
            .decrypt(XNonce::from_slice(&nonce), payload)
            .map_err(|_| SealError::WrongKey)?;
        let secret: [u8; 32] = secret.try_into().map_err(|_| SealError::Malformed)?;
        Ok(SigningKey::from_bytes(&secret))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_keys_open_only_with_the_same_master_key_and_context() {
        let master = MasterKey::generate();
        let key = crate::generate_signing_key();
        let sealed = master.seal(&key, "org-1/key-1");
        assert!(!sealed.contains(&hex::encode(key.as_bytes())));
        let opened = master.open(&sealed, "org-1/key-1").expect("opens");
        assert_eq!(opened.as_bytes(), key.as_bytes());
        assert!(matches!(
            master.open(&sealed, "org-2/key-1"),
            Err(SealError::WrongKey)
        ));
        assert!(matches!(
            MasterKey::generate().open(&sealed, "org-1/key-1"),
            Err(SealError::WrongKey)
        ));
        assert!(matches!(
            master.open("v1.garbage", "org-1/key-1"),
            Err(SealError::Malformed)
        ));
    }

    #[test]
    fn master_keys_parse_from_hex_and_base64_only_at_32_bytes() {
        let master = MasterKey::generate();
        let again = MasterKey::parse(&master.to_hex()).expect("hex");
        assert_eq!(again.0, master.0);
        let b64 = STANDARD.encode(master.0);
        assert_eq!(MasterKey::parse(&b64).expect("base64").0, master.0);
        assert!(MasterKey::parse("short").is_err());
        assert!(MasterKey::parse(&"ab".repeat(31)).is_err());
    }
}
