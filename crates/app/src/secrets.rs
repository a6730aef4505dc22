//! Random tokens and their stored hashes.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::{Digest, Sha256};

/// 32 random bytes, URL-safe base64 (43 characters).
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// What is stored for a high-entropy token: its SHA-256, hex.
pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// HMAC-SHA256 of `message` under `key`, URL-safe base64.
pub fn sign(key: &[u8], message: &str) -> String {
    // HMAC accepts keys of any length.
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key)
        .unwrap_or_else(|_| unreachable!("HMAC takes any key length"));
    mac.update(message.as_bytes());
    URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes())
}

/// Constant-time comparison of a presented signature with the expected one.
pub fn verify_signature(key: &[u8], message: &str, presented: &str) -> bool {
    let Ok(bytes) = URL_SAFE_NO_PAD.decode(presented) else {
        return false;
    };
    let Ok(mut mac) = <Hmac<Sha256> as Mac>::new_from_slice(key) else {
        return false;
    };
    mac.update(message.as_bytes());
    mac.verify_slice(&bytes).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_unique_and_hash_stably() {
        let (a, b) = (random_token(), random_token());
        assert_ne!(a, b);
        assert_eq!(a.len(), 43);
        assert_eq!(token_hash(&a), token_hash(&a));
        assert_eq!(token_hash(&a).len(), 64);
    }

    #[test]
    fn signatures_verify_only_with_the_key() {
        let sig = sign(b"key", "session-1");
        assert!(verify_signature(b"key", "session-1", &sig));
        assert!(!verify_signature(b"other", "session-1", &sig));
        assert!(!verify_signature(b"key", "session-2", &sig));
        assert!(!verify_signature(b"key", "session-1", "garbage!"));
    }
}
