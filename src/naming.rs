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
        match c {
            'æ' | 'ä' => out.push_str("ae"),
            'ø' | 'ö' => out.push_str("oe"),
            'å' => out.push_str("aa"),
            'ü' => out.push_str("ue"),
            'é' | 'è' | 'ê' => out.push('e'),
            'á' | 'à' => out.push('a'),
            'ß' => out.push_str("ss"),
            c if c.is_ascii() => out.push(c),
            _ => out.push('-'),
        }
    }
    out
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
