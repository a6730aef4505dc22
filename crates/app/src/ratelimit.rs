//! Fixed-window rate limits over the shared key-value store, so every app node counts together.

use crate::error::{Error, Result};
use crate::kv::Kv;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// A named limit: at most `max` hits per `window` for one key (an address, an account).
#[derive(Debug, Clone, Copy)]
pub struct Limit {
    pub name: &'static str,
    pub max: u32,
    pub window: Duration,
}

/// Count one hit; refuse with the seconds left in the window once over the limit.
pub fn hit(kv: &dyn Kv, limit: Limit, key: &str) -> Result<()> {
    let window = limit.window.as_secs().max(1);
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let slot = now / window;
    let count = kv.incr(
        &format!("rl:{}:{key}:{slot}", limit.name),
        Duration::from_secs(window + 1),
    )?;
    if count > u64::from(limit.max) {
        return Err(Error::RateLimited {
            retry_after_secs: (slot + 1) * window - now,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kv::MemoryKv;

    #[test]
    fn refuses_past_the_limit_per_key() {
        let kv = MemoryKv::default();
        let limit = Limit {
            name: "login",
            max: 3,
            window: Duration::from_secs(60),
        };
        for _ in 0..3 {
            hit(&kv, limit, "1.2.3.4").expect("within the limit");
        }
        let err = hit(&kv, limit, "1.2.3.4").unwrap_err();
        assert!(matches!(err, Error::RateLimited { retry_after_secs } if retry_after_secs <= 60));
        hit(&kv, limit, "5.6.7.8").expect("another address has its own count");
    }
}
