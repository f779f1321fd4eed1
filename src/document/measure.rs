//! Text widths for layout: the advance widths of the manual's bundled fonts (no kerning, so a line measures a
//! little wide, which errs on the safe side), and greedy line breaking.

use std::sync::Arc;

use crate::manual::Manual;

use super::style::MM_PER_PT;

/// The faces of the family the document is set in.
pub struct Metrics {
    /// The family name, as SVG `font-family` names it.
    pub family: String,
    faces: Vec<Face>,
}

struct Face {
    data: Arc<Vec<u8>>,
    weight: u16,
}

impl Metrics {
    /// The metrics of the manual's body family (role `body`, else the first family with bundled files);
    /// `None` when no family bundles a font.
    pub fn of(manual: &Manual) -> Option<Metrics> {
        let bundled = |f: &&crate::manual::Family| !f.data.is_empty();
        let family = manual
            .families
            .iter()
            .filter(bundled)
            .find(|f| f.roles.iter().any(|r| r == "body"))
            .or_else(|| manual.families.iter().find(bundled))?;
        let faces: Vec<Face> = family
            .data
            .iter()
            .filter_map(|data| {
                let face = ttf_parser::Face::parse(data, 0).ok()?;
                (!face.is_italic()).then(|| Face {
                    data: data.clone(),
                    weight: face.weight().to_number(),
                })
            })
            .collect();
        (!faces.is_empty()).then(|| Metrics {
            family: family.name.clone(),
            faces,
        })
    }

    /// The width of `text` in mm at `size_pt` and the face nearest to `weight`.
    pub fn width(&self, text: &str, size_pt: f64, weight: u16) -> f64 {
        let Some(face) = self
            .faces
            .iter()
            .min_by_key(|f| f.weight.abs_diff(weight))
            .and_then(|f| ttf_parser::Face::parse(&f.data, 0).ok())
        else {
            return 0.0;
        };
        let units = f64::from(face.units_per_em());
        let fallback = f64::from(face.units_per_em()) * 0.55;
        let em: f64 = text
            .chars()
            .map(|c| {
                face.glyph_index(c)
                    .and_then(|g| face.glyph_hor_advance(g))
                    .map_or(fallback, f64::from)
            })
            .sum();
        em / units * size_pt * MM_PER_PT
    }

    /// `text` broken into lines no wider than `max_mm`: at spaces, after hyphens, and inside a word only when
    /// a piece of it is wider than a line.
    pub fn wrap(&self, text: &str, size_pt: f64, weight: u16, max_mm: f64) -> Vec<String> {
        let mut lines = Vec::new();
        for paragraph in text.split('\n') {
            let mut line = String::new();
            for (piece, spaced) in pieces(paragraph) {
                let candidate = if line.is_empty() {
                    piece.to_owned()
                } else if spaced {
                    format!("{line} {piece}")
                } else {
                    format!("{line}{piece}")
                };
                if self.width(&candidate, size_pt, weight) <= max_mm {
                    line = candidate;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                for c in piece.chars() {
                    line.push(c);
                    if self.width(&line, size_pt, weight) > max_mm && line.chars().count() > 1 {
                        line.pop();
                        lines.push(std::mem::replace(&mut line, c.to_string()));
                    }
                }
            }
            lines.push(line);
        }
        lines
    }
}

/// The pieces a line may break between: words, and the parts of a hyphenated word (each keeping its hyphen),
/// with whether a space comes before the piece.
fn pieces(paragraph: &str) -> Vec<(&str, bool)> {
    let mut out = Vec::new();
    for word in paragraph.split_whitespace() {
        let mut spaced = true;
        let mut rest = word;
        while let Some(i) = rest.find('-').filter(|i| *i + 1 < rest.len()) {
            out.push((&rest[..=i], spaced));
            rest = &rest[i + 1..];
            spaced = false;
        }
        out.push((rest, spaced));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::manual::load_embedded;

    #[test]
    fn widths_grow_with_size_and_weight_and_lines_fit() {
        let loaded = load_embedded();
        let m = Metrics::of(&loaded.manual).unwrap();
        assert_eq!(m.family, "IBM Plex Sans");
        let regular = m.width("Sønderborg Kommune", 10.0, 400);
        // IBM Plex Sans at 10 pt: about 0.55 em per character, 18 characters ≈ 35 mm.
        assert!((30.0..40.0).contains(&regular), "{regular}");
        assert!(m.width("Sønderborg Kommune", 20.0, 400) > 1.99 * regular);
        assert!(m.width("Sønderborg Kommune", 10.0, 700) > regular);
        let text = "Designprogrammet gælder for al visuel kommunikation fra kommunen og dens institutioner.";
        let lines = m.wrap(text, 9.0, 400, 50.0);
        assert!(lines.len() >= 2, "{lines:?}");
        for line in &lines {
            assert!(m.width(line, 9.0, 400) <= 50.0, "{line}");
        }
        assert_eq!(lines.join(" "), text);
        let long = m.wrap(&"x".repeat(500), 9.0, 400, 30.0);
        assert!(long.len() > 5 && long.iter().all(|l| m.width(l, 9.0, 400) <= 30.0));
        assert_eq!(m.wrap("", 9.0, 400, 30.0), vec![String::new()]);
        // A hyphenated word breaks after its hyphen before it breaks inside a part.
        assert_eq!(
            m.wrap("Sønderborg-grøn", 7.5, 600, 20.0),
            vec!["Sønderborg-".to_owned(), "grøn".to_owned()]
        );
        assert_eq!(m.wrap("a - b", 9.0, 400, 100.0), vec!["a - b".to_owned()]);
    }
}
