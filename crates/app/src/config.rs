//! The one typed configuration. `cli` layers `config/default.toml` < `--config FILE` < environment
//! (`CITYBADGES_SECTION__KEY`, plus `DATABASE_URL`, `REDIS_URL`, `MEILI_URL`, `MEILI_MASTER_KEY`, `SMTP_URL`)
//! and calls [`Settings::validate`] before anything starts.

use serde::{Deserialize, Serialize};
use std::path::PathBuf;

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    /// `embedded` (single machine, files in the data dir) or `production` (secrets required).
    pub mode: Mode,
    pub server: ServerSettings,
    pub database: DatabaseSettings,
    pub cache: CacheSettings,
    pub search: SearchSettings,
    pub mail: MailSettings,
    pub security: SecuritySettings,
    pub rate_limits: RateLimitSettings,
    pub credentials: CredentialSettings,
    /// The search page's map. Optional in a file: the map then works without tiles.
    #[serde(default)]
    pub map: MapSettings,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    Embedded,
    Production,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServerSettings {
    pub bind: String,
    /// The public base URL: links in emails, issuer and credential ids. Empty: `http://{bind}`.
    pub public_url: String,
    pub data_dir: PathBuf,
    /// Largest accepted request body, in bytes.
    pub max_body_bytes: usize,
    pub workers: usize,
    /// Reverse proxies in front of the server (addresses or CIDR ranges, e.g. `127.0.0.1/32`).
    /// Only when the peer is one of them do `X-Forwarded-For` / `Forwarded` name the client (for
    /// rate limits and logs); empty: the peer address is the client, whatever headers say.
    #[serde(default)]
    pub trusted_proxies: Vec<String>,
}

impl ServerSettings {
    /// The trusted proxies as networks (checked by [`Settings::validate`]).
    pub fn trusted_networks(&self) -> Result<Vec<ipnet::IpNet>, ConfigError> {
        self.trusted_proxies
            .iter()
            .map(|raw| {
                let raw = raw.trim();
                raw.parse::<ipnet::IpNet>()
                    .or_else(|_| raw.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
                    .map_err(|_| {
                        bad(
                            "server.trusted_proxies",
                            format!("'{raw}' is not an address or a range like 10.0.0.0/8"),
                        )
                    })
            })
            .collect()
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatabaseSettings {
    /// `postgres://...` or `sqlite://PATH`. Empty: SQLite file `citybadges.db` in the data dir.
    pub url: String,
    pub max_connections: u32,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CacheSettings {
    /// `redis://...`. Empty: in-process cache, sessions and rate limits (one node only).
    pub url: String,
    /// Prefix for every key, so several deployments can share one Redis.
    pub key_prefix: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SearchSettings {
    /// `embedded` (index files in the data dir) or `meilisearch`.
    pub backend: String,
    pub meili_url: String,
    pub meili_api_key: String,
    /// The Meilisearch index to use (several deployments may share a server).
    pub meili_index: String,
    /// Rebuild the whole index this often, so session dates stay current (0 = never).
    pub refresh_minutes: u64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MailSettings {
    /// `file` (`.eml` files in `{data_dir}/outbox`) or `smtp`.
    pub transport: String,
    pub from: String,
    /// `smtp://user:pass@host:587` (STARTTLS) or `smtps://...` (TLS); `smtp://host:port?tls=none` for a local catcher.
    pub smtp_url: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SecuritySettings {
    /// Signs CSRF tokens. Production: at least 32 characters, from the environment or `secret_key_file`.
    pub secret_key: String,
    pub secret_key_file: String,
    /// Send cookies only over HTTPS (required in production).
    pub cookie_secure: bool,
    pub session_ttl_hours: u64,
    /// Seals issuer signing keys at rest: 32 bytes as 64 hex digits or base64. Embedded: generated
    /// into `{data_dir}/master.key`. Production: required, from the environment or `master_key_file`.
    pub master_key: String,
    pub master_key_file: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CredentialSettings {
    /// Fetching other issuers' documents when verifying: time limit per request, in seconds.
    pub fetch_timeout_secs: u64,
    /// ... and the largest document accepted, in bytes.
    pub fetch_max_bytes: usize,
    /// Allow fetches to loopback, private and link-local addresses (tests only: SSRF guard off).
    pub fetch_allow_private: bool,
    /// W3C VC-API `POST /credentials/issue`, for interoperability test suites: off unless both
    /// a bearer token and the slug of the issuing organization are set.
    pub vc_api_token: String,
    pub vc_api_issuer: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RateLimitSettings {
    /// Login attempts per client address and per account, per minute.
    pub login_per_minute: u32,
    /// Sign-ups per client address per hour.
    pub signup_per_hour: u32,
    /// Password-reset and verification emails per client address per hour.
    pub email_per_hour: u32,
    /// Badge verifications per client address per minute (each may fetch other servers).
    pub verify_per_minute: u32,
}

/// The map beside search results. Without a tile server the map draws the neighbourhoods and the
/// pins on a plain background, so no request leaves the city's server unless an operator asks.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct MapSettings {
    /// A raster tile URL template with `{z}`, `{x}` and `{y}` (and optionally `{s}`), such as
    /// `https://tile.openstreetmap.org/{z}/{x}/{y}.png`. Empty: no tiles (the default).
    pub tile_url: String,
    /// Credit shown on the map, as the tile provider asks (plain text).
    pub attribution: String,
}

impl MapSettings {
    /// The tile server's origin (`https://tile.example.org`), which the pages' content security
    /// policy lets images come from; `None` without tiles.
    pub fn tile_origin(&self) -> Option<String> {
        let u = self.tile_server()?.ok()?;
        Some(u.origin().ascii_serialization()).filter(|o| o != "null")
    }

    /// The template read as a URL (`{s}`, Leaflet's subdomain, as one); `None` without tiles.
    fn tile_server(&self) -> Option<Result<url::Url, url::ParseError>> {
        let t = self.tile_url.trim();
        (!t.is_empty()).then(|| url::Url::parse(&t.replace("{s}", "a")))
    }

    fn validate(&self) -> Result<(), ConfigError> {
        let Some(parsed) = self.tile_server() else {
            return Ok(());
        };
        let t = self.tile_url.trim();
        let u = parsed.map_err(|e| bad("map.tile_url", format!("not a URL: {e}")))?;
        if !matches!(u.scheme(), "http" | "https") || u.host_str().is_none() {
            return Err(bad("map.tile_url", "must start with https:// (or http://)"));
        }
        if ["{z}", "{x}", "{y}"].iter().any(|p| !t.contains(p)) {
            return Err(bad("map.tile_url", "must contain {z}, {x} and {y}"));
        }
        if t.chars()
            .any(|c| c == '\'' || c == ';' || c.is_whitespace())
        {
            return Err(bad(
                "map.tile_url",
                "must not contain quotes, ';' or spaces",
            ));
        }
        Ok(())
    }
}

/// A setting is missing or wrong; names the setting so the operator can fix it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("configuration setting `{setting}`: {problem}")]
pub struct ConfigError {
    pub setting: &'static str,
    pub problem: String,
}

fn bad(setting: &'static str, problem: impl Into<String>) -> ConfigError {
    ConfigError {
        setting,
        problem: problem.into(),
    }
}

impl Settings {
    /// The database URL in force (the SQLite default resolved against the data dir).
    pub fn database_url(&self) -> String {
        if self.database.url.trim().is_empty() {
            format!(
                "sqlite://{}",
                self.server.data_dir.join("citybadges.db").display()
            )
        } else {
            self.database.url.trim().to_string()
        }
    }

    pub fn public_url(&self) -> String {
        let u = self.server.public_url.trim().trim_end_matches('/');
        if u.is_empty() {
            format!("http://{}", self.server.bind)
        } else {
            u.to_string()
        }
    }

    /// Check every setting that can be checked without connecting anywhere.
    pub fn validate(&self) -> Result<(), ConfigError> {
        self.server
            .bind
            .parse::<std::net::SocketAddr>()
            .map_err(|_| {
                bad(
                    "server.bind",
                    format!(
                        "'{}' is not an address like 127.0.0.1:8080",
                        self.server.bind
                    ),
                )
            })?;
        if !self.server.public_url.trim().is_empty() {
            let u = url::Url::parse(self.server.public_url.trim())
                .map_err(|e| bad("server.public_url", format!("not a URL: {e}")))?;
            if !matches!(u.scheme(), "http" | "https") {
                return Err(bad(
                    "server.public_url",
                    "must start with http:// or https://",
                ));
            }
        }
        self.server.trusted_networks()?;
        self.map.validate()?;
        if self.server.max_body_bytes < 1024 {
            return Err(bad("server.max_body_bytes", "must be at least 1024"));
        }
        let db = self.database_url();
        citybadges_store::Backend::from_url(&db).map_err(|e| bad("database.url", e.to_string()))?;
        if db.starts_with("postgres") {
            url::Url::parse(&db).map_err(|e| bad("database.url", format!("not a URL: {e}")))?;
        }
        if self.database.max_connections == 0 {
            return Err(bad("database.max_connections", "must be at least 1"));
        }
        if !self.cache.url.trim().is_empty() {
            let u = url::Url::parse(self.cache.url.trim())
                .map_err(|e| bad("cache.url", format!("not a URL: {e}")))?;
            if !matches!(u.scheme(), "redis" | "rediss") {
                return Err(bad("cache.url", "must start with redis:// or rediss://"));
            }
        }
        match self.search.backend.as_str() {
            "embedded" => {}
            "meilisearch" => {
                let u = url::Url::parse(self.search.meili_url.trim()).map_err(|e| {
                    bad(
                        "search.meili_url",
                        format!("not a URL ({e}); set MEILI_URL"),
                    )
                })?;
                if !matches!(u.scheme(), "http" | "https") {
                    return Err(bad(
                        "search.meili_url",
                        "must start with http:// or https://",
                    ));
                }
                crate::validate_index_uid(&self.search.meili_index)
                    .map_err(|e| bad("search.meili_index", e))?;
            }
            other => {
                return Err(bad(
                    "search.backend",
                    format!("'{other}' is not one of: embedded, meilisearch"),
                ))
            }
        }
        match self.mail.transport.as_str() {
            "file" => {}
            "smtp" => {
                let u = url::Url::parse(&self.mail.smtp_url)
                    .map_err(|e| bad("mail.smtp_url", format!("not a URL: {e}")))?;
                if !matches!(u.scheme(), "smtp" | "smtps") {
                    return Err(bad("mail.smtp_url", "must start with smtp:// or smtps://"));
                }
            }
            other => {
                return Err(bad(
                    "mail.transport",
                    format!("'{other}' is not one of: file, smtp"),
                ))
            }
        }
        citybadges_mail::parse_mailbox(&self.mail.from)
            .map_err(|e| bad("mail.from", e.to_string()))?;
        if !self.security.master_key.trim().is_empty() {
            citybadges_credentials::sealed::MasterKey::parse(&self.security.master_key)
                .map_err(|e| bad("security.master_key", e.to_string()))?;
        }
        if self.credentials.fetch_timeout_secs == 0 || self.credentials.fetch_timeout_secs > 60 {
            return Err(bad("credentials.fetch_timeout_secs", "must be 1 to 60"));
        }
        if self.credentials.fetch_max_bytes < 1024 {
            return Err(bad("credentials.fetch_max_bytes", "must be at least 1024"));
        }
        let vc_api = &self.credentials;
        if vc_api.vc_api_token.trim().is_empty() != vc_api.vc_api_issuer.trim().is_empty() {
            return Err(bad(
                "credentials.vc_api_token",
                "set both vc_api_token and vc_api_issuer to turn on POST /credentials/issue, or neither",
            ));
        }
        if !vc_api.vc_api_token.trim().is_empty() && vc_api.vc_api_token.trim().len() < 24 {
            return Err(bad(
                "credentials.vc_api_token",
                "must be at least 24 characters",
            ));
        }
        if self.security.session_ttl_hours == 0 {
            return Err(bad("security.session_ttl_hours", "must be at least 1"));
        }
        if self.mode == Mode::Production {
            self.validate_production()?;
        }
        Ok(())
    }

    fn validate_production(&self) -> Result<(), ConfigError> {
        if self.security.secret_key.trim().is_empty()
            && self.security.secret_key_file.trim().is_empty()
        {
            return Err(bad(
                "security.secret_key",
                "required in production: set CITYBADGES_SECURITY__SECRET_KEY or security.secret_key_file",
            ));
        }
        if !self.security.secret_key.is_empty() && self.security.secret_key.len() < 32 {
            return Err(bad("security.secret_key", "must be at least 32 characters"));
        }
        if !self.security.secret_key_file.is_empty() {
            std::fs::read(&self.security.secret_key_file).map_err(|e| {
                bad(
                    "security.secret_key_file",
                    format!("cannot read {}: {e}", self.security.secret_key_file),
                )
            })?;
        }
        if self.security.master_key.trim().is_empty()
            && self.security.master_key_file.trim().is_empty()
        {
            return Err(bad(
                "security.master_key",
                "required in production: set CITYBADGES_SECURITY__MASTER_KEY or security.master_key_file",
            ));
        }
        if self.credentials.fetch_allow_private {
            return Err(bad(
                "credentials.fetch_allow_private",
                "must be false in production (it turns off the SSRF guard)",
            ));
        }
        if !self.public_url().starts_with("https://") {
            return Err(bad(
                "server.public_url",
                "production needs an https:// public URL",
            ));
        }
        if !self.security.cookie_secure {
            return Err(bad("security.cookie_secure", "must be true in production"));
        }
        if self.database_url().starts_with("sqlite") {
            return Err(bad(
                "database.url",
                "production needs PostgreSQL (postgres://...)",
            ));
        }
        if self.cache.url.trim().is_empty() {
            return Err(bad(
                "cache.url",
                "production needs Redis (redis://...), shared by every app node",
            ));
        }
        Ok(())
    }

    /// Settings for tests and tools: embedded defaults rooted at `data_dir`.
    pub fn for_data_dir(data_dir: impl Into<PathBuf>) -> Settings {
        Settings {
            mode: Mode::Embedded,
            server: ServerSettings {
                bind: "127.0.0.1:8080".into(),
                public_url: String::new(),
                data_dir: data_dir.into(),
                max_body_bytes: 2 * 1024 * 1024,
                workers: 0,
                trusted_proxies: Vec::new(),
            },
            database: DatabaseSettings {
                url: String::new(),
                max_connections: 10,
            },
            cache: CacheSettings {
                url: String::new(),
                key_prefix: "citybadges:".into(),
            },
            search: SearchSettings {
                backend: "embedded".into(),
                meili_url: String::new(),
                meili_api_key: String::new(),
                meili_index: "citybadges".into(),
                refresh_minutes: 360,
            },
            mail: MailSettings {
                transport: "file".into(),
                from: "CityBadges <no-reply@citybadges.example>".into(),
                smtp_url: String::new(),
            },
            security: SecuritySettings {
                secret_key: String::new(),
                secret_key_file: String::new(),
                cookie_secure: false,
                session_ttl_hours: 336,
                master_key: String::new(),
                master_key_file: String::new(),
            },
            rate_limits: RateLimitSettings {
                login_per_minute: 10,
                signup_per_hour: 20,
                email_per_hour: 10,
                verify_per_minute: 60,
            },
            credentials: CredentialSettings {
                fetch_timeout_secs: 5,
                fetch_max_bytes: 1024 * 1024,
                fetch_allow_private: false,
                vc_api_token: String::new(),
                vc_api_issuer: String::new(),
            },
            map: MapSettings::default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_valid_and_resolve_to_sqlite() {
        let s = Settings::for_data_dir("/tmp/x");
        s.validate().expect("valid");
        assert_eq!(s.database_url(), "sqlite:///tmp/x/citybadges.db");
        assert_eq!(s.public_url(), "http://127.0.0.1:8080");
    }

    #[test]
    fn errors_name_the_setting() {
        let mut s = Settings::for_data_dir("/tmp/x");
        s.database.url = "mysql://nope".into();
        assert_eq!(s.validate().unwrap_err().setting, "database.url");
        let mut s = Settings::for_data_dir("/tmp/x");
        s.cache.url = "http://x".into();
        assert_eq!(s.validate().unwrap_err().setting, "cache.url");
        let mut s = Settings::for_data_dir("/tmp/x");
        s.server.bind = "nowhere".into();
        assert_eq!(s.validate().unwrap_err().setting, "server.bind");
    }

    #[test]
    fn production_requires_its_secrets() {
        let mut s = Settings::for_data_dir("/tmp/x");
        s.mode = Mode::Production;
        s.database.url = "postgres://db/cb".into();
        s.cache.url = "redis://cache".into();
        s.server.public_url = "https://badges.city.example".into();
        s.security.cookie_secure = true;
        assert_eq!(s.validate().unwrap_err().setting, "security.secret_key");
        s.security.secret_key = "x".repeat(40);
        assert_eq!(s.validate().unwrap_err().setting, "security.master_key");
        s.security.master_key = "ab".repeat(32);
        s.validate().expect("complete production settings");
        s.credentials.fetch_allow_private = true;
        assert_eq!(
            s.validate().unwrap_err().setting,
            "credentials.fetch_allow_private"
        );
    }

    #[test]
    fn the_map_has_no_tiles_unless_a_template_is_given() {
        let mut s = Settings::for_data_dir("/tmp/x");
        assert_eq!(s.map.tile_origin(), None);
        s.map.tile_url = "https://{s}.tiles.example.org:8443/{z}/{x}/{y}.png".into();
        s.validate().expect("a tile template");
        assert_eq!(
            s.map.tile_origin().as_deref(),
            Some("https://a.tiles.example.org:8443")
        );
        for wrong in [
            "tiles.example.org/{z}/{x}/{y}.png",
            "ftp://tiles.example.org/{z}/{x}/{y}.png",
            "https://tiles.example.org/{z}/{x}.png",
            "https://tiles.example.org/{z}/{x}/{y}.png; script-src *",
        ] {
            s.map.tile_url = wrong.into();
            assert_eq!(s.validate().unwrap_err().setting, "map.tile_url", "{wrong}");
        }
    }
}
