//! Escaping for the XML the kit writes by hand: every value that comes from the manual or the user goes
//! through [`esc`].

/// Escapes text for XML content and attribute values. Control characters (which XML 1.0 forbids or would
/// normalise away in attributes) and the non-characters U+FFFE/U+FFFF are dropped.
pub(crate) fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\u{FFFE}' | '\u{FFFF}' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// The XML declaration every part starts with.
pub(crate) const DECLARATION: &str =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_drops_control_characters() {
        assert_eq!(
            esc("<a href=\"x\">Bø & 'ü'</a>\u{7}\u{0}\n😀"),
            "&lt;a href=&quot;x&quot;&gt;Bø &amp; &apos;ü&apos;&lt;/a&gt;😀"
        );
        let long = "æ".repeat(10_000);
        assert_eq!(esc(&long), long);
    }
}
