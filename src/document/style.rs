//! The document's look: A4 geometry, type sizes, and which palette colours play which part. Every colour the
//! document draws is a palette colour (or an allowed tint), so the print file holds only authored CMYK.

use crate::manual::color::{contrast_ratio, relative_luminance};
use crate::manual::{Color, Manual, Rgb, Role};

/// A4, portrait (export-standards.md §1.1).
pub const PAGE_W: f64 = 210.0;
/// A4 height.
pub const PAGE_H: f64 = 297.0;
/// Left and right margin.
pub const MARGIN_X: f64 = 20.0;
/// Top of the text area (below the running header).
pub const TOP: f64 = 28.0;
/// Bottom of the text area (above the footer).
pub const BOTTOM: f64 = 275.0;
/// Width of the text area.
pub const TEXT_W: f64 = PAGE_W - 2.0 * MARGIN_X;

/// Millimetres per point: type sizes are given in points and drawn in mm.
pub const MM_PER_PT: f64 = 25.4 / 72.0;

/// Type sizes in points.
pub mod size {
    /// Cover title.
    pub const COVER: f64 = 30.0;
    /// Section heading.
    pub const H1: f64 = 20.0;
    /// Sub-heading.
    pub const H2: f64 = 12.0;
    /// Body text.
    pub const BODY: f64 = 9.0;
    /// Captions, table headers, running header and footer.
    pub const SMALL: f64 = 7.5;
}

/// Line height as a multiple of the type size.
pub const LEADING: f64 = 1.35;

/// The palette colours the document draws with, as `#rrggbb`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inks {
    /// Text: the darkest neutral (else the darkest colour).
    pub ink: String,
    /// Secondary text: the lightest neutral that still reads on paper (WCAG 4.5:1), else the ink.
    pub muted: String,
    /// Headings and bands: the first primary colour, else the ink.
    pub primary: String,
    /// Hairlines and frames: the lightest neutral that stands out from the paper (WCAG 1.5:1), else the muted
    /// colour.
    pub rule: String,
    /// The paper colour (the lightest colour of the palette): text on bands, swatch frames.
    pub paper: String,
    /// A light area fill (clear space, cards): the primary's lightest allowed tint, else the rule colour.
    pub light: String,
}

impl Inks {
    /// The inks of a manual; `None` when the palette is empty.
    pub fn of(manual: &Manual) -> Option<Inks> {
        let colors = &manual.colors;
        let lum = |c: &&Color| relative_luminance(c.rgb);
        let lightest = colors.iter().max_by(|a, b| lum(a).total_cmp(&lum(b)))?;
        let neutrals = || colors.iter().filter(|c| c.role == Role::Neutral);
        let ink = neutrals()
            .min_by(|a, b| lum(a).total_cmp(&lum(b)))
            .or_else(|| colors.iter().min_by(|a, b| lum(a).total_cmp(&lum(b))))?
            .rgb;
        let paper = lightest.rgb;
        let muted = neutrals()
            .filter(|c| contrast_ratio(c.rgb, paper) >= 4.5)
            .max_by(|a, b| lum(a).total_cmp(&lum(b)))
            .map_or(ink, |c| c.rgb);
        let rule = neutrals()
            .filter(|c| contrast_ratio(c.rgb, paper) >= 1.5)
            .max_by(|a, b| lum(a).total_cmp(&lum(b)))
            .map_or(muted, |c| c.rgb);
        let primary = colors.iter().find(|c| c.role == Role::Primary);
        let light = primary
            .and_then(|c| c.tints.iter().min().map(|t| c.tint_rgb(*t)))
            .unwrap_or(rule);
        Some(Inks {
            ink: ink.to_hex(),
            muted: muted.to_hex(),
            primary: primary.map_or(ink, |c| c.rgb).to_hex(),
            rule: rule.to_hex(),
            paper: paper.to_hex(),
            light: light.to_hex(),
        })
    }

    /// The colour that reads best on a background: the ink or the paper colour.
    pub fn on(&self, background: Rgb) -> &str {
        let ink = Rgb::parse_hex(&self.ink).unwrap_or(Rgb([0, 0, 0]));
        let paper = Rgb::parse_hex(&self.paper).unwrap_or(Rgb([255, 255, 255]));
        if contrast_ratio(ink, background) >= contrast_ratio(paper, background) {
            &self.ink
        } else {
            &self.paper
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::manual::load_embedded;

    #[test]
    fn the_demo_palette_gives_black_text_green_headings_and_a_green_tint() {
        let loaded = load_embedded();
        let inks = Inks::of(&loaded.manual).unwrap();
        assert_eq!(inks.ink, "#1d1d1b");
        assert_eq!(inks.muted, "#6f6f6e");
        assert_eq!(inks.primary, "#00734a");
        assert_eq!(inks.rule, "#b2b2b2");
        assert_eq!(inks.paper, "#ffffff");
        // Sønderborg green at its lightest allowed tint, 20 %: 255 − 0.2 × (255 − c) per channel.
        assert_eq!(inks.light, "#cce3db");
        assert_eq!(inks.on(Rgb([0x00, 0x73, 0x4a])), "#ffffff");
        assert_eq!(inks.on(Rgb([0xf2, 0xc2, 0x00])), "#1d1d1b");
        assert!(Inks::of(&Manual::default()).is_none());
    }
}
