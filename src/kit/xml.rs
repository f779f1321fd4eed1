//! Escaping for the XML the kit writes by hand: every value that comes from the manual or the user goes
//! through [`esc`].

/// Escapes text for XML content and attribute values (the program's one escaper, [`crate::stamp::xml_escape`]):
/// markup characters escaped, control characters and the non-characters U+FFFE/U+FFFF dropped.
pub(crate) use crate::stamp::xml_escape as esc;

/// The XML declaration every part starts with.
pub(crate) const DECLARATION: &str =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_drops_control_characters() {
        assert_eq!(
            esc("<a href=\"x\">Bø & 'ü'</a>\u{7}\u{0}\u{FFFE}😀"),
            "&lt;a href=&quot;x&quot;&gt;Bø &amp; &apos;ü&apos;&lt;/a&gt;😀"
        );
        let long = "æ".repeat(10_000);
        assert_eq!(esc(&long), long);
    }
}
