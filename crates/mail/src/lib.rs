//! CityBadges mail: messages and the two transports (SMTP through lettre, `.eml` files for
//! development). Knows nothing of the database; the `app` outbox decides what to send and when.

use lettre::message::{header::ContentType, Mailbox, MultiPart, SinglePart};
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("not a valid mailbox '{0}': {1}")]
    Address(String, String),
    #[error("SMTP URL is not usable: {0}")]
    SmtpUrl(String),
    #[error("could not build the message: {0}")]
    Build(String),
    #[error("delivery failed: {0}")]
    Delivery(String),
}

/// An email ready to send: plain text always, HTML optionally.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Email {
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: Option<String>,
}

pub fn parse_mailbox(s: &str) -> Result<Mailbox, MailError> {
    s.parse::<Mailbox>()
        .map_err(|e| MailError::Address(s.chars().take(80).collect(), e.to_string()))
}

/// Where mail goes.
#[derive(Clone)]
pub enum Mailer {
    Files {
        dir: PathBuf,
        transport: AsyncFileTransport<Tokio1Executor>,
        from: Mailbox,
    },
    Smtp {
        transport: AsyncSmtpTransport<Tokio1Executor>,
        from: Mailbox,
    },
}

impl Mailer {
    /// Write each message as an `.eml` file into `dir` (created if missing).
    pub fn files(dir: &Path, from: &str) -> Result<Mailer, MailError> {
        std::fs::create_dir_all(dir)
            .map_err(|e| MailError::Delivery(format!("{}: {e}", dir.display())))?;
        Ok(Mailer::Files {
            dir: dir.to_path_buf(),
            transport: AsyncFileTransport::new(dir),
            from: parse_mailbox(from)?,
        })
    }

    /// `smtp://user:pass@host:587` (STARTTLS required), `smtps://...:465` (TLS), or
    /// `smtp://host:1025?tls=none` for a local catcher without TLS.
    pub fn smtp(url: &str, from: &str) -> Result<Mailer, MailError> {
        let parsed = url::Url::parse(url).map_err(|e| MailError::SmtpUrl(e.to_string()))?;
        let plain = parsed.query_pairs().any(|(k, v)| k == "tls" && v == "none");
        let transport = if plain {
            let host = parsed
                .host_str()
                .ok_or_else(|| MailError::SmtpUrl("no host".into()))?;
            let mut b = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host);
            if let Some(port) = parsed.port() {
                b = b.port(port);
            }
            b.build()
        } else {
            AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                .map_err(|e| MailError::SmtpUrl(e.to_string()))?
                .build()
        };
        Ok(Mailer::Smtp {
            transport,
            from: parse_mailbox(from)?,
        })
    }

    pub async fn send(&self, email: &Email) -> Result<(), MailError> {
        let from = match self {
            Mailer::Files { from, .. } | Mailer::Smtp { from, .. } => from.clone(),
        };
        let message = build(email, from)?;
        match self {
            Mailer::Files { transport, .. } => transport
                .send(message)
                .await
                .map(|_| ())
                .map_err(|e| MailError::Delivery(e.to_string())),
            Mailer::Smtp { transport, .. } => transport
                .send(message)
                .await
                .map(|_| ())
                .map_err(|e| MailError::Delivery(e.to_string())),
        }
    }

    /// Can mail be handed over right now? (SMTP: a connection test; files: the folder is writable.)
    pub async fn check(&self) -> Result<(), MailError> {
        match self {
            Mailer::Files { dir, .. } => {
                let meta =
                    std::fs::metadata(dir).map_err(|e| MailError::Delivery(e.to_string()))?;
                if meta.permissions().readonly() {
                    return Err(MailError::Delivery(format!(
                        "{} is read-only",
                        dir.display()
                    )));
                }
                Ok(())
            }
            Mailer::Smtp { transport, .. } => match transport.test_connection().await {
                Ok(true) => Ok(()),
                Ok(false) => Err(MailError::Delivery("SMTP server did not answer".into())),
                Err(e) => Err(MailError::Delivery(e.to_string())),
            },
        }
    }

    /// The folder of `.eml` files, when mail goes to files.
    pub fn files_dir(&self) -> Option<&Path> {
        match self {
            Mailer::Files { dir, .. } => Some(dir),
            Mailer::Smtp { .. } => None,
        }
    }
}

fn build(email: &Email, from: Mailbox) -> Result<lettre::Message, MailError> {
    let to = parse_mailbox(&email.to)?;
    let builder = lettre::Message::builder()
        .from(from)
        .to(to)
        .subject(email.subject.clone());
    let result = match &email.html {
        Some(html) => builder.multipart(
            MultiPart::alternative()
                .singlepart(
                    SinglePart::builder()
                        .header(ContentType::TEXT_PLAIN)
                        .body(email.text.clone()),
                )
                .singlepart(
                    SinglePart::builder()
                        .header(ContentType::TEXT_HTML)
                        .body(html.clone()),
                ),
        ),
        None => builder
            .header(ContentType::TEXT_PLAIN)
            .body(email.text.clone()),
    };
    result.map_err(|e| MailError::Build(e.to_string()))
}

/// A stored `.eml` file, for the development mail viewer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredEmail {
    pub file_name: String,
    pub to: String,
    pub subject: String,
    pub body: String,
    pub modified: std::time::SystemTime,
}

/// The newest `.eml` files in `dir`, newest first (headers decoded simply: To and Subject).
pub fn read_stored(dir: &Path, limit: usize) -> std::io::Result<Vec<StoredEmail>> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        if path.extension().and_then(|e| e.to_str()) != Some("eml") {
            continue;
        }
        let raw = std::fs::read_to_string(&path)?;
        let (head, body) = raw
            .split_once("\r\n\r\n")
            .or_else(|| raw.split_once("\n\n"))
            .unwrap_or((&raw, ""));
        let header = |name: &str| {
            head.lines()
                .find_map(|l| l.strip_prefix(name).map(|v| v.trim().to_string()))
                .unwrap_or_default()
        };
        let body = decode_body(&header("Content-Transfer-Encoding:"), body);
        out.push(StoredEmail {
            file_name: entry.file_name().to_string_lossy().into_owned(),
            to: header("To:"),
            subject: header("Subject:"),
            body,
            modified: entry.metadata()?.modified()?,
        });
    }
    out.sort_by_key(|m| std::cmp::Reverse(m.modified));
    out.truncate(limit);
    Ok(out)
}

/// Undo the transfer encoding lettre chose (quoted-printable for long lines, base64 for some text).
fn decode_body(encoding: &str, body: &str) -> String {
    let bytes = match encoding.to_ascii_lowercase().as_str() {
        "quoted-printable" => {
            quoted_printable::decode(body, quoted_printable::ParseMode::Robust).ok()
        }
        "base64" => {
            use base64::Engine;
            let compact: String = body.split_whitespace().collect();
            base64::engine::general_purpose::STANDARD
                .decode(compact)
                .ok()
        }
        _ => None,
    };
    bytes
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap_or_else(|| body.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn file_transport_writes_a_readable_eml() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mailer = Mailer::files(dir.path(), "City <no-reply@city.example>").expect("mailer");
        let email = Email {
            to: "ana@example.org".into(),
            subject: "Verify your email".into(),
            text: format!(
                "Hola Rosa Díaz, open https://city.example/verify-email?token={}",
                "t".repeat(90)
            ),
            html: None,
        };
        mailer.send(&email).await.expect("sent");
        let stored = read_stored(dir.path(), 10).expect("read");
        assert_eq!(stored.len(), 1);
        assert_eq!(stored[0].subject, "Verify your email");
        assert!(stored[0].to.contains("ana@example.org"));
        assert!(
            stored[0]
                .body
                .contains(&format!("token={}", "t".repeat(90))),
            "links stay whole: {}",
            stored[0].body
        );
        assert!(stored[0].body.contains("Díaz"), "text stays readable");
    }

    #[test]
    fn bad_addresses_are_refused() {
        assert!(parse_mailbox("not an address").is_err());
        assert!(Mailer::smtp("nonsense", "a@b.org").is_err());
    }
}
