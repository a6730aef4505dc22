//! Rich text written by organizations: markdown in, sanitized HTML out.

/// Render markdown to HTML that is safe to embed in any page (ammonia's allow-list: no scripts,
/// no event handlers, no `javascript:` links; links get `rel="noopener noreferrer"`).
pub fn markdown_to_safe_html(markdown: &str) -> String {
    let parser =
        pulldown_cmark::Parser::new_ext(markdown, pulldown_cmark::Options::ENABLE_STRIKETHROUGH);
    let mut raw = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut raw, parser);
    ammonia::clean(&raw)
}

/// A plain-text summary: markdown stripped of markup, cut at a word boundary.
pub fn summary(markdown: &str, max_chars: usize) -> String {
    use pulldown_cmark::{Event, Parser};
    let mut text = String::new();
    for event in Parser::new(markdown) {
        match event {
            Event::Text(t) | Event::Code(t) => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak | Event::End(_) => text.push(' '),
            _ => {}
        }
    }
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= max_chars {
        return text;
    }
    let cut: String = text.chars().take(max_chars).collect();
    let cut = cut.rsplit_once(' ').map(|(head, _)| head).unwrap_or(&cut);
    format!("{cut}…")
}

/// The first character that no text field may hold: control characters other than tab and line
/// breaks (a NUL cannot even be stored in PostgreSQL). In names and titles (`single_line`) the
/// bidirectional embedding, override and isolate controls too, which can make a name read
/// backwards ("gpj.exe") and impersonate another.
pub fn forbidden_char(s: &str, single_line: bool) -> Option<char> {
    s.chars().find(|&c| {
        (c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
            || (single_line && matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_and_override_characters_are_found() {
        assert_eq!(forbidden_char("ok\ttext\r\n", false), None);
        assert_eq!(forbidden_char("a\u{0}b", false), Some('\u{0}'));
        assert_eq!(forbidden_char("a\u{7f}", false), Some('\u{7f}'));
        assert_eq!(forbidden_char("a\u{85}", false), Some('\u{85}'));
        assert_eq!(forbidden_char("exe.\u{202E}gpj", false), None);
        assert_eq!(forbidden_char("exe.\u{202E}gpj", true), Some('\u{202E}'));
        assert_eq!(forbidden_char("Café Ünïcode ☀", true), None);
    }

    #[test]
    fn scripts_and_handlers_are_removed() {
        let html = markdown_to_safe_html(
            "**Hi** <script>alert(1)</script> <a href=\"javascript:x\" onclick=\"y\">l</a>",
        );
        assert!(html.contains("<strong>Hi</strong>"));
        assert!(!html.contains("script"));
        assert!(!html.contains("onclick"));
        assert!(!html.contains("javascript"));
    }

    #[test]
    fn summary_cuts_at_a_word() {
        assert_eq!(
            summary("# Title\n\nSome *long* text here", 14),
            "Title Some…"
        );
        assert_eq!(summary("short", 10), "short");
    }
}
