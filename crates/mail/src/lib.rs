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

/// An email ready to send: plain text always; HTML as given, else made from the text, so every
/// message is `multipart/alternative`.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Email {
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: Option<String>,
    /// The list this mail belongs to, which its recipient may leave (`badge_awarded`…); none for
    /// the mail an account needs (address confirmation, password reset, consent).
    #[serde(default)]
    pub list: Option<String>,
    /// Where leaving that list takes one click: sent as `List-Unsubscribe` with
    /// `List-Unsubscribe-Post` (RFC 8058), set by the sender at delivery.
    #[serde(default)]
    pub unsubscribe: Option<String>,
}

/// The HTML part of a plain-text mail: its paragraphs, its line breaks, and its addresses as
/// links, everything else escaped.
pub fn html_from_text(text: &str) -> String {
    let escape = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    };
    let line = |l: &str| {
        l.split(' ')
            .map(|word| {
                if word.starts_with("https://") || word.starts_with("http://") {
                    let w = escape(word);
                    format!("<a href=\"{w}\">{w}</a>")
                } else {
                    escape(word)
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let paragraphs: Vec<String> = text
        .replace("\r\n", "\n")
        .split("\n\n")
        .filter(|p| !p.trim().is_empty())
        .map(|p| {
            format!(
                "<p>{}</p>",
                p.lines().map(line).collect::<Vec<_>>().join("<br>\n")
            )
        })
        .collect();
    format!(
        "<!doctype html>\n<html><head><meta charset=\"utf-8\"></head>\n<body style=\"font-family: sans-serif; line-height: 1.5\">\n{}\n</body></html>\n",
        paragraphs.join("\n")
    )
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
    use lettre::message::header::{HeaderName, HeaderValue};
    let to = parse_mailbox(&email.to)?;
    let mut builder = lettre::Message::builder()
        .from(from)
        .to(to)
        .subject(email.subject.clone());
    if let Some(url) = &email.unsubscribe {
        let header = |name: &'static str, value: String| {
            HeaderValue::new(HeaderName::new_from_ascii_str(name), value)
        };
        builder = builder
            .raw_header(header("List-Unsubscribe", format!("<{url}>")))
            .raw_header(header(
                "List-Unsubscribe-Post",
                "List-Unsubscribe=One-Click".into(),
            ));
    }
    let html = email
        .html
        .clone()
        .unwrap_or_else(|| html_from_text(&email.text));
    builder
        .multipart(
            MultiPart::alternative()
                .singlepart(
                    SinglePart::builder()
                        .header(ContentType::TEXT_PLAIN)
                        .body(email.text.clone()),
                )
                .singlepart(
                    SinglePart::builder()
                        .header(ContentType::TEXT_HTML)
                        .body(html),
                ),
        )
        .map_err(|e| MailError::Build(e.to_string()))
}

/// A stored `.eml` file, for the development mail viewer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredEmail {
    pub file_name: String,
    pub to: String,
    pub subject: String,
    /// The plain-text part, decoded.
    pub body: String,
    /// The HTML part, decoded (empty when there is none).
    pub html: String,
    /// Every header, decoded, in order.
    pub headers: Vec<(String, String)>,
    pub modified: std::time::SystemTime,
}

impl StoredEmail {
    pub fn header(&self, name: &str) -> String {
        header_in(&self.headers, name)
    }
}

/// A header's value (the first of that name, any case), or empty.
fn header_in(headers: &[(String, String)], name: &str) -> String {
    headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.clone())
        .unwrap_or_default()
}

/// A message as received, read whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// Every header, decoded, in order.
    pub headers: Vec<(String, String)>,
    /// The plain-text part, decoded.
    pub text: String,
    /// The HTML part, decoded (empty when there is none).
    pub html: String,
}

impl Message {
    pub fn header(&self, name: &str) -> String {
        header_in(&self.headers, name)
    }
}

/// A raw message (RFC 5322, MIME) read whole.
pub fn parse_message(raw: &[u8]) -> Result<Message, MailError> {
    let parsed = mailparse::parse_mail(raw).map_err(|e| MailError::Build(e.to_string()))?;
    let headers = parsed
        .headers
        .iter()
        .map(|h| (h.get_key(), h.get_value()))
        .collect();
    let part = |mime: &str| -> String {
        std::iter::once(&parsed)
            .chain(parsed.subparts.iter())
            .find(|p| p.ctype.mimetype == mime)
            .and_then(|p| p.get_body().ok())
            .unwrap_or_default()
    };
    Ok(Message {
        headers,
        text: part("text/plain"),
        html: part("text/html"),
    })
}

/// The newest `.eml` files in `dir`, newest first.
pub fn read_stored(dir: &Path, limit: usize) -> std::io::Result<Vec<StoredEmail>> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        if path.extension().and_then(|e| e.to_str()) != Some("eml") {
            continue;
        }
        let raw = std::fs::read(&path)?;
        let Ok(m) = parse_message(&raw) else {
            continue;
        };
        out.push(StoredEmail {
            file_name: entry.file_name().to_string_lossy().into_owned(),
            to: m.header("To"),
            subject: m.header("Subject"),
            body: m.text,
            html: m.html,
            headers: m.headers,
            modified: entry.metadata()?.modified()?,
        });
    }
    out.sort_by_key(|m| std::cmp::Reverse(m.modified));
    out.truncate(limit);
    Ok(out)
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
            list: Some("badge_awarded".into()),
            unsubscribe: Some("https://city.example/unsubscribe/abc".into()),
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
        assert!(
            stored[0]
                .html
                .contains("<a href=\"https://city.example/verify-email?token="),
            "the HTML part links the address: {}",
            stored[0].html
        );
        assert!(stored[0]
            .header("Content-Type")
            .starts_with("multipart/alternative"));
        assert_eq!(
            stored[0].header("List-Unsubscribe"),
            "<https://city.example/unsubscribe/abc>"
        );
        assert_eq!(
            stored[0].header("List-Unsubscribe-Post"),
            "List-Unsubscribe=One-Click"
        );
    }

    #[test]
    fn html_escapes_text_and_links_addresses() {
        let html = html_from_text("Hi <b>&</b>\nsee https://x.example/a?b=1&c=2\n\nBye");
        assert!(html.contains("<p>Hi &lt;b&gt;&amp;&lt;/b&gt;<br>"));
        assert!(html.contains("<a href=\"https://x.example/a?b=1&amp;c=2\">"));
        assert!(html.contains("<p>Bye</p>"));
    }

    #[test]
    fn bad_addresses_are_refused() {
        assert!(parse_mailbox("not an address").is_err());
        assert!(Mailer::smtp("nonsense", "a@b.org").is_err());
    }
}
