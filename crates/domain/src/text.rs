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

#[cfg(test)]
mod tests {
    use super::*;

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
