//! Logos: anatomy, lockups × colourways (each an SVG file), clear space, minimum sizes and the size table.

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::Serialize;

use super::text::Text;

/// The kind of a colourway (farvevariant).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ColorwayKind {
    /// Full colour on light backgrounds.
    Positive,
    /// White, for dark or coloured backgrounds.
    Negative,
    /// Black only.
    Black,
    /// Greys.
    Greyscale,
    /// One spot colour (Pantone), printed as a Separation.
    Spot,
}

/// The kind of a logo part.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PartKind {
    /// The symbol (bomærke).
    Mark,
    /// The name set as artwork (navnetræk).
    Wordmark,
    /// A byline or payoff.
    Byline,
}

/// A named part of the logo.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Part {
    /// Id, e.g. `mark`.
    pub id: String,
    /// What kind of part it is.
    pub kind: PartKind,
    /// Name.
    pub name: Text,
}

/// A colourway of a logo.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Colorway {
    /// Id, e.g. `positive`.
    pub id: String,
    /// Kind.
    pub kind: ColorwayKind,
    /// Name.
    pub name: Text,
    /// Palette id of the logo's main colour in this colourway (for contrast checks).
    pub main_color: String,
    /// Palette ids of the backgrounds this colourway is allowed on.
    pub backgrounds: Vec<String>,
    /// For spot colourways: the palette id of the spot colour.
    pub spot: Option<String>,
}

/// How a colourway does on a background — the one rule the compliance check, the colourway the program picks
/// and the logo screen all use: the manual must list the background's colour for the colourway (a tint counts as
/// its colour), and the colourway's main colour must reach `[rules] logo_contrast` against the background as
/// shown (the tint's screen colour).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ColorwayFit {
    /// Whether the manual lists the background for the colourway.
    pub allowed: bool,
    /// The WCAG contrast of the main colour on the background (`None` when the main colour is not in the
    /// palette, which the loader reports).
    pub ratio: Option<f64>,
    /// The manual's minimum logo contrast.
    pub required: f64,
}

impl ColorwayFit {
    /// Whether the contrast is enough (or cannot be measured).
    pub fn readable(&self) -> bool {
        self.ratio.is_none_or(|r| r >= self.required)
    }

    /// Allowed and readable: the colourway may stand on the background.
    pub fn passes(&self) -> bool {
        self.allowed && self.readable()
    }
}

impl Colorway {
    /// How this colourway does on a background: its palette id (`color`, without a tint) and the colour as
    /// shown (`rgb`, a tint's screen colour).
    pub fn fit(&self, manual: &super::Manual, color: &str, rgb: super::Rgb) -> ColorwayFit {
        ColorwayFit {
            allowed: self.backgrounds.iter().any(|b| b == color),
            ratio: manual
                .color(&self.main_color)
                .map(|m| super::color::contrast_ratio(m.rgb, rgb)),
            required: manual.rules.logo_contrast,
        }
    }
}

/// One SVG file of a lockup in a colourway.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Artwork {
    /// Path relative to the manual root.
    pub path: String,
    /// The SVG source.
    #[serde(skip)]
    pub svg: Arc<str>,
    /// Width of the artwork in SVG user units (its viewBox).
    pub width: f64,
    /// Height of the artwork in SVG user units (its viewBox).
    pub height: f64,
}

/// A lockup (opstilling): one arrangement of the parts.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Lockup {
    /// Id, e.g. `horizontal`.
    pub id: String,
    /// Name.
    pub name: Text,
    /// The reference measure (e.g. the mark's height) in this lockup's SVG user units.
    pub reference: f64,
    /// Artwork per colourway id. A lockup whose file failed to load lacks that entry.
    pub artwork: BTreeMap<String, Artwork>,
}

impl Lockup {
    /// The artwork of a colourway.
    pub fn artwork(&self, colorway: &str) -> Option<&Artwork> {
        self.artwork.get(colorway)
    }

    /// Width ÷ height of the artwork (the same for every colourway; taken from the first).
    pub fn aspect(&self) -> f64 {
        self.artwork
            .values()
            .next()
            .map_or(1.0, |a| a.width / a.height)
    }
}

/// Minimum sizes for one lockup/colourway combination (or all).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Minimum {
    /// Lockup id, or `None` for every lockup.
    pub lockup: Option<String>,
    /// Colourway id, or `None` for every colourway.
    pub colorway: Option<String>,
    /// Minimum printed width of the logo (without clear space), in mm.
    pub print_mm: Option<f64>,
    /// Minimum screen width of the logo (without clear space), in px.
    pub screen_px: Option<u32>,
}

/// Where a logo sits on a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Position {
    /// Top left corner.
    TopLeft,
    /// Top, centred.
    TopCenter,
    /// Top right corner.
    TopRight,
    /// Centre of the page.
    Center,
    /// Bottom left corner.
    BottomLeft,
    /// Bottom, centred.
    BottomCenter,
    /// Bottom right corner.
    BottomRight,
}

/// An entry of the size table: the logo width the manual prescribes for a format preset.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SizeEntry {
    /// Preset id.
    pub preset: String,
    /// Lockup id.
    pub lockup: String,
    /// Width of the logo (without clear space) in mm.
    pub width_mm: f64,
    /// Where it goes on the page.
    pub position: Position,
    /// Distance from the trim edge to the logo box (clear space included), in mm.
    pub margin_mm: f64,
}

/// A logo with all its variants and rules.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Logo {
    /// Id (the folder name).
    pub id: String,
    /// Owning sender id.
    pub sender: String,
    /// Name.
    pub name: Text,
    /// Search words.
    pub synonyms: Vec<String>,
    /// Chapter id cited by findings.
    pub chapter: Option<String>,
    /// Anatomy.
    pub parts: Vec<Part>,
    /// Part id of the reference measure.
    pub reference_part: String,
    /// Name of the reference measure ("bomærkets højde").
    pub reference_name: Text,
    /// Clear space on every side = ratio × reference measure.
    pub clear_space_ratio: f64,
    /// Lockups, in manual order.
    pub lockups: Vec<Lockup>,
    /// Colourways, in manual order.
    pub colorways: Vec<Colorway>,
    /// Minimum sizes.
    pub minimums: Vec<Minimum>,
    /// Size table.
    pub sizes: Vec<SizeEntry>,
}

impl Logo {
    /// A lockup by id.
    pub fn lockup(&self, id: &str) -> Option<&Lockup> {
        self.lockups.iter().find(|l| l.id == id)
    }

    /// A colourway by id.
    pub fn colorway(&self, id: &str) -> Option<&Colorway> {
        self.colorways.iter().find(|c| c.id == id)
    }

    /// The minimum print width (mm) and screen width (px) for a lockup and colourway: the most specific entry
    /// that states the value wins (lockup+colourway, lockup, colourway, neither).
    pub fn minimum(&self, lockup: &str, colorway: &str) -> (Option<f64>, Option<u32>) {
        let rank = |m: &Minimum| -> Option<u8> {
            let l = match &m.lockup {
                Some(id) if id == lockup => 2,
                Some(_) => return None,
                None => 0,
            };
            let c = match &m.colorway {
                Some(id) if id == colorway => 1,
                Some(_) => return None,
                None => 0,
            };
            Some(l + c)
        };
        let mut ranked: Vec<(u8, &Minimum)> = self
            .minimums
            .iter()
            .filter_map(|m| rank(m).map(|r| (r, m)))
            .collect();
        ranked.sort_by_key(|r| std::cmp::Reverse(r.0));
        let print = ranked.iter().find_map(|(_, m)| m.print_mm);
        let screen = ranked.iter().find_map(|(_, m)| m.screen_px);
        (print, screen)
    }

    /// The minimum widths that hold for every colourway of a lockup: the largest print (mm) and screen (px)
    /// minimum over the colourways (a negative logo often needs more).
    pub fn strictest_minimum(&self, lockup: &str) -> (Option<f64>, Option<u32>) {
        let minimums: Vec<(Option<f64>, Option<u32>)> = self
            .colorways
            .iter()
            .map(|c| self.minimum(lockup, &c.id))
            .collect();
        (
            minimums.iter().filter_map(|m| m.0).max_by(f64::total_cmp),
            minimums.iter().filter_map(|m| m.1).max(),
        )
    }

    /// The size-table entry for a preset (and lockup, if the table distinguishes lockups).
    pub fn size_for(&self, preset: &str, lockup: &str) -> Option<&SizeEntry> {
        self.sizes
            .iter()
            .find(|s| s.preset == preset && s.lockup == lockup)
            .or_else(|| self.sizes.iter().find(|s| s.preset == preset))
    }

    /// Clear space in the lockup's user units.
    pub fn clear_space_units(&self, lockup: &Lockup) -> f64 {
        self.clear_space_ratio * lockup.reference
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn min(l: Option<&str>, c: Option<&str>, mm: f64) -> Minimum {
        Minimum {
            lockup: l.map(Into::into),
            colorway: c.map(Into::into),
            print_mm: Some(mm),
            screen_px: None,
        }
    }

    #[test]
    fn most_specific_minimum_wins() {
        let logo = Logo {
            id: "k".into(),
            sender: "k".into(),
            name: Text::default(),
            synonyms: vec![],
            chapter: None,
            parts: vec![],
            reference_part: "mark".into(),
            reference_name: Text::default(),
            clear_space_ratio: 0.5,
            lockups: vec![],
            colorways: vec![],
            minimums: vec![
                min(None, None, 10.0),
                min(Some("h"), None, 30.0),
                min(Some("h"), Some("neg"), 35.0),
                min(None, Some("neg"), 12.0),
            ],
            sizes: vec![],
        };
        assert_eq!(logo.minimum("h", "neg").0, Some(35.0));
        assert_eq!(logo.minimum("h", "pos").0, Some(30.0));
        assert_eq!(logo.minimum("s", "neg").0, Some(12.0));
        assert_eq!(logo.minimum("s", "pos").0, Some(10.0));
    }

    #[test]
    fn a_colourway_fits_a_background_the_manual_lists_where_it_stands_out() {
        let loaded = crate::manual::load_embedded();
        let m = &loaded.manual;
        let kommune = m.logo("kommune").unwrap();
        let negative = kommune.colorway("negative").unwrap();
        let positive = kommune.colorway("positive").unwrap();
        let green = m.color("groen").unwrap();
        let white = m.color("hvid").unwrap();
        // White on the green: listed and readable.
        assert!(negative.fit(m, "groen", green.rgb).passes());
        // White on white: not listed, and 1:1.
        let fit = negative.fit(m, "hvid", white.rgb);
        assert!(!fit.allowed && !fit.readable() && fit.ratio == Some(1.0));
        // White on a 20 % tint of the green: the colour is listed, but the tint is too light to read on.
        let tint = negative.fit(m, "groen", green.tint_rgb(20));
        assert!(
            tint.allowed && !tint.readable() && !tint.passes(),
            "{tint:?}"
        );
        assert_eq!(tint.required, m.rules.logo_contrast);
        assert!(positive.fit(m, "hvid", white.rgb).passes());
    }
}
