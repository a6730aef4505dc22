//! The small key-value port behind sessions, caching and rate limits: Redis in production,
//! in-process in embedded mode. Values are bytes with a time to live.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

#[derive(Debug, thiserror::Error)]
pub enum KvError {
    #[error("cache unavailable: {0}")]
    Unavailable(String),
}

pub trait Kv: Send + Sync {
    fn get(&self, key: &str) -> Result<Option<Vec<u8>>, KvError>;
    fn set(&self, key: &str, value: &[u8], ttl: Duration) -> Result<(), KvError>;
    fn delete(&self, key: &str) -> Result<(), KvError>;
    /// Add one to a counter that expires `ttl` after its first increment; returns the new count.
    fn incr(&self, key: &str, ttl: Duration) -> Result<u64, KvError>;
    fn ping(&self) -> Result<(), KvError>;
    fn name(&self) -> &'static str;
}

/// In-process store for a single node.
#[derive(Default)]
pub struct MemoryKv {
    state: Mutex<MemoryState>,
}

#[derive(Default)]
struct MemoryState {
    entries: HashMap<String, (Vec<u8>, Instant)>,
    /// How many entries the last sweep left: the next sweep waits until there are twice as many,
    /// so sweeping costs O(1) per write however many sessions are alive.
    after_sweep: usize,
    sweeps: usize,
}

/// Below this many entries expired ones are left to be overwritten or read as absent.
const SWEEP_FLOOR: usize = 10_000;

impl MemoryKv {
    fn with<T>(
        &self,
        f: impl FnOnce(&mut HashMap<String, (Vec<u8>, Instant)>) -> T,
    ) -> Result<T, KvError> {
        let mut state = self
            .state
            .lock()
            .map_err(|_| KvError::Unavailable("in-process cache poisoned".into()))?;
        if state.entries.len() >= SWEEP_FLOOR.max(2 * state.after_sweep) {
            let now = Instant::now();
            state.entries.retain(|_, (_, exp)| *exp > now);
            state.after_sweep = state.entries.len();
            state.sweeps += 1;
        }
        Ok(f(&mut state.entries))
    }

    #[cfg(test)]
    fn sweeps(&self) -> usize {
        self.state.lock().map(|s| s.sweeps).unwrap_or_default()
    }
}

impl Kv for MemoryKv {
    fn get(&self, key: &str) -> Result<Option<Vec<u8>>, KvError> {
        self.with(|m| match m.get(key) {
            Some((v, exp)) if *exp > Instant::now() => Some(v.clone()),
            _ => None,
        })
    }

    fn set(&self, key: &str, value: &[u8], ttl: Duration) -> Result<(), KvError> {
        self.with(|m| {
            m.insert(key.to_string(), (value.to_vec(), Instant::now() + ttl));
        })
    }

    fn delete(&self, key: &str) -> Result<(), KvError> {
        self.with(|m| {
            m.remove(key);
        })
    }

    fn incr(&self, key: &str, ttl: Duration) -> Result<u64, KvError> {
        self.with(|m| {
            let now = Instant::now();
            let entry = m
                .entry(key.to_string())
                .or_insert_with(|| (0u64.to_le_bytes().to_vec(), now + ttl));
            if entry.1 <= now {
                *entry = (0u64.to_le_bytes().to_vec(), now + ttl);
            }
            let mut bytes = [0u8; 8];
            bytes.copy_from_slice(&entry.0[..8]);
            let n = u64::from_le_bytes(bytes) + 1;
            entry.0 = n.to_le_bytes().to_vec();
            n
        })
    }

    fn ping(&self) -> Result<(), KvError> {
        self.with(|_| ())
    }

    fn name(&self) -> &'static str {
        "in-process"
    }
}

/// Redis, shared by every app node.
pub struct RedisKv {
    pool: r2d2::Pool<redis::Client>,
    prefix: String,
}

impl RedisKv {
    pub fn connect(url: &str, prefix: &str) -> Result<RedisKv, KvError> {
        let client = redis::Client::open(url).map_err(|e| KvError::Unavailable(e.to_string()))?;
        let pool = r2d2::Pool::builder()
            .max_size(16)
            .connection_timeout(Duration::from_secs(2))
            .build(client)
            .map_err(|e| KvError::Unavailable(format!("Redis at {}: {e}", redact(url))))?;
        Ok(RedisKv {
            pool,
            prefix: prefix.to_string(),
        })
    }

    fn conn(&self) -> Result<r2d2::PooledConnection<redis::Client>, KvError> {
        self.pool
            .get()
            .map_err(|e| KvError::Unavailable(e.to_string()))
    }

    fn key(&self, key: &str) -> String {
        format!("{}{key}", self.prefix)
    }
}

fn redact(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut u) => {
            let _ = u.set_password(None);
            u.to_string()
        }
        Err(_) => "(invalid URL)".into(),
    }
}

fn unavailable(e: redis::RedisError) -> KvError {
    KvError::Unavailable(e.to_string())
}

impl Kv for RedisKv {
    fn get(&self, key: &str) -> Result<Option<Vec<u8>>, KvError> {
        redis::cmd("GET")
            .arg(self.key(key))
            .query(&mut *self.conn()?)
            .map_err(unavailable)
    }

    fn set(&self, key: &str, value: &[u8], ttl: Duration) -> Result<(), KvError> {
        let ms = ttl.as_millis().max(1) as u64;
        redis::cmd("SET")
            .arg(self.key(key))
            .arg(value)
            .arg("PX")
            .arg(ms)
            .query(&mut *self.conn()?)
            .map_err(unavailable)
    }

    fn delete(&self, key: &str) -> Result<(), KvError> {
        redis::cmd("DEL")
            .arg(self.key(key))
            .query(&mut *self.conn()?)
            .map_err(unavailable)
    }

    fn incr(&self, key: &str, ttl: Duration) -> Result<u64, KvError> {
        let k = self.key(key);
        let ms = ttl.as_millis().max(1) as u64;
        // INCR then PEXPIRE NX in one round trip: the window starts with the first hit.
        let (n, _): (u64, i64) = redis::pipe()
            .atomic()
            .cmd("INCR")
            .arg(&k)
            .cmd("PEXPIRE")
            .arg(&k)
            .arg(ms)
            .arg("NX")
            .query(&mut *self.conn()?)
            .map_err(unavailable)?;
        Ok(n)
    }

    fn ping(&self) -> Result<(), KvError> {
        let pong: String = redis::cmd("PING")
            .query(&mut *self.conn()?)
            .map_err(unavailable)?;
        if pong == "PONG" {
            Ok(())
        } else {
            Err(KvError::Unavailable(format!(
                "unexpected PING answer {pong}"
            )))
        }
    }

    fn name(&self) -> &'static str {
        "redis"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same behaviour from every backend.
    pub(crate) fn conformance(kv: &dyn Kv, ns: &str) {
        let k = |s: &str| format!("{ns}:{s}");
        kv.ping().expect("ping");
        assert_eq!(kv.get(&k("missing")).expect("get"), None);
        kv.set(&k("a"), b"hello", Duration::from_secs(60))
            .expect("set");
        assert_eq!(
            kv.get(&k("a")).expect("get").as_deref(),
            Some(&b"hello"[..])
        );
        kv.delete(&k("a")).expect("del");
        assert_eq!(kv.get(&k("a")).expect("get"), None);
        kv.set(&k("short"), b"x", Duration::from_millis(50))
            .expect("set");
        std::thread::sleep(Duration::from_millis(120));
        assert_eq!(
            kv.get(&k("short")).expect("get"),
            None,
            "expired values are gone"
        );
        assert_eq!(kv.incr(&k("n"), Duration::from_secs(60)).expect("incr"), 1);
        assert_eq!(kv.incr(&k("n"), Duration::from_secs(60)).expect("incr"), 2);
        assert_eq!(
            kv.incr(&k("w"), Duration::from_millis(50)).expect("incr"),
            1
        );
        std::thread::sleep(Duration::from_millis(120));
        assert_eq!(
            kv.incr(&k("w"), Duration::from_millis(50)).expect("incr"),
            1,
            "a new window starts"
        );
    }

    #[test]
    fn memory_backend() {
        conformance(&MemoryKv::default(), "t");
    }

    /// With many live sessions, reads and writes do not each scan every entry: sweeps happen
    /// only when the store has doubled since the last one.
    #[test]
    fn many_live_entries_are_not_scanned_on_every_access() {
        let kv = MemoryKv::default();
        let hour = Duration::from_secs(3600);
        for i in 0..30_000 {
            kv.set(&format!("sess:{i}"), b"x", hour).expect("set");
        }
        for i in 0..30_000 {
            assert!(kv.get(&format!("sess:{i}")).expect("get").is_some());
        }
        // Sweeps at 10,000 and 20,000 entries; none on the 30,000 reads.
        assert!(kv.sweeps() <= 2, "{} sweeps", kv.sweeps());
        // Expired entries still go once the store grows enough.
        let kv = MemoryKv::default();
        for i in 0..SWEEP_FLOOR {
            kv.set(&format!("old:{i}"), b"x", Duration::from_millis(1))
                .expect("set");
        }
        std::thread::sleep(Duration::from_millis(5));
        kv.set("new", b"x", hour).expect("set");
        assert!(kv.sweeps() >= 1);
        assert_eq!(kv.with(|m| m.len()).expect("len"), 1);
    }

    #[test]
    fn redis_backend() {
        let url = std::env::var("REDIS_URL").unwrap_or_else(|_| "redis://127.0.0.1:6379".into());
        let prefix = format!("cbtest:{}:", uuid::Uuid::new_v4().simple());
        let kv = RedisKv::connect(&url, &prefix)
            .expect("Redis must be running for the test suite (see .ci/run)");
        conformance(&kv, "t");
    }
}
