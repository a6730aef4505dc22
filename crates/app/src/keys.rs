//! The server secret (signs CSRF tokens) and the master key (seals issuer keys): from settings in
//! production, generated once into the data dir (file mode 0600) in embedded mode.

use crate::config::{Mode, Settings};
use crate::error::{Error, Result};
use citybadges_credentials::sealed::MasterKey;

pub fn load_secret(settings: &Settings) -> Result<Vec<u8>> {
    let s = &settings.security;
    if !s.secret_key.trim().is_empty() {
        return Ok(s.secret_key.trim().as_bytes().to_vec());
    }
    if !s.secret_key_file.trim().is_empty() {
        let bytes = std::fs::read(s.secret_key_file.trim())
            .map_err(|e| Error::Unavailable(format!("security.secret_key_file: {e}")))?;
        return Ok(bytes.trim_ascii().to_vec());
    }
    if settings.mode == Mode::Production {
        return Err(Error::Unavailable(
            "security.secret_key is required in production".into(),
        ));
    }
    let path = settings.server.data_dir.join("secret.key");
    match std::fs::read(&path) {
        Ok(bytes) if bytes.len() >= 32 => Ok(bytes.trim_ascii().to_vec()),
        _ => {
            let secret = crate::secrets::random_token();
            write_private(&path, secret.as_bytes())?;
            Ok(secret.into_bytes())
        }
    }
}

/// The master key that seals issuer signing keys.
pub fn load_master_key(settings: &Settings) -> Result<MasterKey> {
    let s = &settings.security;
    let parse = |text: &str, origin: &str| {
        MasterKey::parse(text).map_err(|e| Error::Unavailable(format!("{origin}: {e}")))
    };
    if !s.master_key.trim().is_empty() {
        return parse(&s.master_key, "security.master_key");
    }
    if !s.master_key_file.trim().is_empty() {
        let text = std::fs::read_to_string(s.master_key_file.trim())
            .map_err(|e| Error::Unavailable(format!("security.master_key_file: {e}")))?;
        return parse(&text, "security.master_key_file");
    }
    if settings.mode == Mode::Production {
        return Err(Error::Unavailable(
            "security.master_key is required in production".into(),
        ));
    }
    let path = settings.server.data_dir.join("master.key");
    match std::fs::read_to_string(&path) {
        Ok(text) => parse(&text, &path.display().to_string()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let key = MasterKey::generate();
            write_private(&path, key.to_hex().as_bytes())?;
            Ok(key)
        }
        Err(e) => Err(Error::Unavailable(format!("{}: {e}", path.display()))),
    }
}

fn write_private(path: &std::path::Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let mut f = opts
        .open(path)
        .map_err(|e| Error::Unavailable(format!("{}: {e}", path.display())))?;
    f.write_all(bytes)
        .map_err(|e| Error::Unavailable(format!("{}: {e}", path.display())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_secret_is_generated_once_and_private() {
        let dir = tempfile::tempdir().expect("tempdir");
        let settings = Settings::for_data_dir(dir.path());
        let a = load_secret(&settings).expect("generated");
        let b = load_secret(&settings).expect("read back");
        assert_eq!(a, b);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join("secret.key"))
                .expect("file")
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }

    #[test]
    fn embedded_master_key_is_generated_once_and_private_and_config_wins() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut settings = Settings::for_data_dir(dir.path());
        let a = load_master_key(&settings).expect("generated");
        let b = load_master_key(&settings).expect("read back");
        assert_eq!(a.to_hex(), b.to_hex());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join("master.key"))
                .expect("file")
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        settings.security.master_key = "cd".repeat(32);
        assert_eq!(
            load_master_key(&settings).expect("configured").to_hex(),
            "cd".repeat(32)
        );
        settings.security.master_key = "short".into();
        assert!(load_master_key(&settings).is_err());
    }
}
