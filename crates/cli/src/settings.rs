//! Layered configuration: embedded `config/default.toml` < `--config FILE` < environment.

use anyhow::{anyhow, Context, Result};
use citybadges_app::config::Settings;
use figment::providers::{Env, Format, Serialized, Toml};
use figment::Figment;
use std::path::{Path, PathBuf};

pub const DEFAULT_TOML: &str = include_str!("../../../config/default.toml");

/// Well-known variables that deployments already set, and the setting each one fills.
const WELL_KNOWN: &[(&str, &str)] = &[
    ("DATABASE_URL", "database.url"),
    ("REDIS_URL", "cache.url"),
    ("MEILI_URL", "search.meili_url"),
    ("MEILI_MASTER_KEY", "search.meili_api_key"),
    ("SMTP_URL", "mail.smtp_url"),
];

#[derive(Debug, Default, Clone)]
pub struct Overrides {
    pub config: Option<PathBuf>,
    pub bind: Option<String>,
    pub data_dir: Option<PathBuf>,
}

pub fn load(o: &Overrides) -> Result<Settings> {
    let mut fig = Figment::from(Toml::string(DEFAULT_TOML));
    if let Some(path) = &o.config {
        check_readable(path)?;
        fig = fig.merge(Toml::file(path));
    }
    // CITYBADGES_SECTION__KEY; single-word keys (CITYBADGES_MODE) too. Other CITYBADGES_ variables
    // (for tests and tools) are not settings and are skipped.
    fig = fig.merge(
        Env::prefixed("CITYBADGES_")
            .filter(|k| k.as_str().contains("__") || k.as_str().eq_ignore_ascii_case("mode"))
            .split("__"),
    );
    for (var, key) in WELL_KNOWN {
        if let Ok(v) = std::env::var(var) {
            fig = fig.merge(Serialized::default(key, v));
        }
    }
    if std::env::var("SMTP_URL").is_ok() {
        fig = fig.merge(Serialized::default("mail.transport", "smtp"));
    }
    if let Some(b) = &o.bind {
        fig = fig.merge(Serialized::default("server.bind", b));
    }
    if let Some(d) = &o.data_dir {
        fig = fig.merge(Serialized::default("server.data_dir", d));
    }
    let settings: Settings = fig.extract().map_err(|e| anyhow!("configuration: {e}"))?;
    settings.validate()?;
    Ok(settings)
}

fn check_readable(path: &Path) -> Result<()> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read the config file {}", path.display()))?;
    text.parse::<toml::Table>()
        .with_context(|| format!("the config file {} is not valid TOML", path.display()))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_load_and_flags_win() {
        let s = load(&Overrides {
            bind: Some("127.0.0.1:9999".into()),
            ..Default::default()
        })
        .expect("defaults");
        assert_eq!(s.server.bind, "127.0.0.1:9999");
        assert!(s.database_url().starts_with("sqlite://"));
    }

    #[test]
    fn a_missing_config_file_is_named() {
        let err = load(&Overrides {
            config: Some("/nonexistent/cb.toml".into()),
            ..Default::default()
        })
        .unwrap_err();
        assert!(err.to_string().contains("/nonexistent/cb.toml"), "{err}");
    }

    #[test]
    fn a_bad_value_in_a_file_names_the_setting() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("c.toml");
        std::fs::write(&path, "[database]\nurl = \"mysql://x\"\n").expect("write");
        let err = load(&Overrides {
            config: Some(path),
            ..Default::default()
        })
        .unwrap_err();
        assert!(err.to_string().contains("database.url"), "{err}");
    }
}
