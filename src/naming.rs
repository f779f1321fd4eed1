//! File-name parts: lowercase ASCII with Danish letters folded (æ→ae, ø→oe, å→aa), as print shops want.

/// Folds a name to lowercase ASCII letters and digits only: "Sønderborg Kommune" → "soenderborgkommune".
pub fn fold(name: &str) -> String {
    transliterate(name)
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect()
}

/// Folds a name to a hyphenated slug: "Plakat A3 (50×70)" → "plakat-a3-50-70".
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in transliterate(name).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

fn transliterate(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars().flat_map(char::to_lowercase) {
        match ascii_spelling(c) {
            Some(spelling) => out.push_str(spelling),
            None if c.is_ascii() => out.push(c),
            None => out.push('-'),
        }
    }
    out
}

/// The ASCII spelling of a (lowercase) Danish or other Latin letter: æ→ae, ø→oe, å→aa, ä→ae, ö→oe, ü→ue,
/// é/è/ê→e, á/à→a, ß→ss; `None` for anything else. File names and the search index both use it.
pub fn ascii_spelling(c: char) -> Option<&'static str> {
    Some(match c {
        'æ' | 'ä' => "ae",
        'ø' | 'ö' => "oe",
        'å' => "aa",
        'ü' => "ue",
        'é' | 'è' | 'ê' => "e",
        'á' | 'à' => "a",
        'ß' => "ss",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_danish_letters() {
        assert_eq!(fold("Sønderborg Kommune"), "soenderborgkommune");
        assert_eq!(fold("Kærhaveskolen"), "kaerhaveskolen");
        assert_eq!(fold("Åbenrå"), "aabenraa");
        assert_eq!(slug("Plakat A3 (50×70)"), "plakat-a3-50-70");
        assert_eq!(slug("  Grøn / blå  "), "groen-blaa");
    }
}
