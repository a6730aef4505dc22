//! The server secret (signs CSRF tokens): from settings in production, generated once into the
//! data dir (file mode 0600) in embedded mode.

use crate::config::{Mode, Settings};
use crate::error::{Error, Result};

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
}
