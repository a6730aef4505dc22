//! Input rules shared by the web forms, the API and the command line.

use citybadges_i18n::Msg;

/// One field failed a rule; the message is meant for the person who typed it, in their language
/// (`message.show(locale)`; `Display` is English, for logs and the command line).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {message}")]
pub struct FieldError {
    pub field: &'static str,
    pub message: Msg,
}

impl FieldError {
    pub fn new(field: &'static str, message: Msg) -> Self {
        Self { field, message }
    }
}

/// The oldest age an activity or a search may name (ages run from 0).
pub const MAX_AGE: i32 = 120;

/// Normalize and check an email address (lower-cased, trimmed).
pub fn email(raw: &str) -> Result<String, FieldError> {
    let e = raw.trim().to_lowercase();
    let bad = || FieldError::new("email", Msg::new("err-email"));
    if e.len() > 254 || e.chars().any(char::is_whitespace) {
        return Err(bad());
    }
    let (local, domain) = e.rsplit_once('@').ok_or_else(bad)?;
    let domain_ok = domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && domain
            .chars()
            .all(|c| c.is_alphanumeric() || c == '.' || c == '-');
    if local.is_empty() || local.len() > 64 || !domain_ok {
        return Err(bad());
    }
    Ok(e)
}

pub const MIN_PASSWORD: usize = 10;

/// Length is what matters (NIST SP 800-63B): at least 10 characters, at most 256.
pub fn password(raw: &str) -> Result<(), FieldError> {
    let n = raw.chars().count();
    if n < MIN_PASSWORD {
        return Err(FieldError::new(
            "password",
            Msg::new("err-at-least-chars").with("min", MIN_PASSWORD),
        ));
    }
    if n > 256 {
        return Err(FieldError::new(
            "password",
            Msg::new("err-at-most-chars").with("max", 256),
        ));
    }
    Ok(())
}

/// A name shown to others: 1 to 80 characters, no control characters.
pub fn display_name(raw: &str) -> Result<String, FieldError> {
    let n = raw.trim();
    if n.is_empty() {
        return Err(FieldError::new("display_name", Msg::new("err-enter-name")));
    }
    if n.chars().count() > 80 || n.chars().any(char::is_control) {
        return Err(FieldError::new(
            "display_name",
            Msg::new("err-at-most-ordinary-chars").with("max", 80),
        ));
    }
    Ok(n.to_string())
}

/// URL slugs: lower-case letters, digits and single hyphens, 2 to 64 characters.
pub fn slug(raw: &str) -> Result<String, FieldError> {
    let s = raw.trim();
    let ok = (2..=64).contains(&s.len())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--");
    if ok {
        Ok(s.to_string())
    } else {
        Err(FieldError::new("slug", Msg::new("err-slug")))
    }
}

/// Make a slug out of a title ("Robotics Club!" -> "robotics-club").
pub fn slugify(title: &str) -> String {
    let mut out = String::new();
    for c in title.to_lowercase().chars() {
        let c = match c {
            'à' | 'á' | 'â' | 'ä' | 'ã' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            other => other,
        };
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let trimmed = out.trim_end_matches('-');
    trimmed
        .chars()
        .take(64)
        .collect::<String>()
        .trim_end_matches('-')
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails() {
        assert_eq!(
            email("  Ana@Example.ORG ").as_deref(),
            Ok("ana@example.org")
        );
        assert!(email("ana").is_err());
        assert!(email("ana@localhost").is_err());
        assert!(email("a b@x.org").is_err());
    }

    #[test]
    fn passwords_and_names() {
        assert!(password("short").is_err());
        assert!(password("long enough pass").is_ok());
        assert!(display_name("   ").is_err());
        assert_eq!(display_name(" Ana ").as_deref(), Ok("Ana"));
    }

    #[test]
    fn slugs() {
        assert_eq!(slugify("Robotics Club: Año 2!"), "robotics-club-ano-2");
        assert!(slug("robotics-club").is_ok());
        assert!(slug("Robotics").is_err());
        assert!(slug("a--b").is_err());
    }
}
