//! The manual as Office sees it: which palette colour fills each of the twelve theme slots, and which fonts
//! Office documents use.
//!
//! The slot mapping is manual data (`[office_theme]` in `colors.toml`); every slot the manual leaves out gets
//! the default described in docs/manual-format.md (dark text, light background, the brand colours as
//! accents by role). Fonts come from the typography's `office` role: licensed print fonts are never named
//! in a file handed to Office users.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use super::Manual;
use super::color::{Color, Role, contrast_ratio, relative_luminance};
use super::diagnostic::{Diagnostics, Message, Severity};
use super::doc::Doc;

/// One of the twelve colour slots of an Office theme, in the order `a:clrScheme` lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Slot {
    /// Text/background dark 1 (body text).
    Dk1,
    /// Text/background light 1 (page).
    Lt1,
    /// Text/background dark 2.
    Dk2,
    /// Text/background light 2.
    Lt2,
    /// Accent 1.
    Accent1,
    /// Accent 2.
    Accent2,
    /// Accent 3.
    Accent3,
    /// Accent 4.
    Accent4,
    /// Accent 5.
    Accent5,
    /// Accent 6.
    Accent6,
    /// Hyperlink.
    Hlink,
    /// Followed hyperlink.
    FolHlink,
}

impl Slot {
    /// Every slot in `a:clrScheme` order.
    pub const ALL: [Slot; 12] = [
        Slot::Dk1,
        Slot::Lt1,
        Slot::Dk2,
        Slot::Lt2,
        Slot::Accent1,
        Slot::Accent2,
        Slot::Accent3,
        Slot::Accent4,
        Slot::Accent5,
        Slot::Accent6,
        Slot::Hlink,
        Slot::FolHlink,
    ];

    /// The element name in DrawingML (`dk1`, …, `folHlink`).
    pub fn element(self) -> &'static str {
        match self {
            Slot::Dk1 => "dk1",
            Slot::Lt1 => "lt1",
            Slot::Dk2 => "dk2",
            Slot::Lt2 => "lt2",
            Slot::Accent1 => "accent1",
            Slot::Accent2 => "accent2",
            Slot::Accent3 => "accent3",
            Slot::Accent4 => "accent4",
            Slot::Accent5 => "accent5",
            Slot::Accent6 => "accent6",
            Slot::Hlink => "hlink",
            Slot::FolHlink => "folHlink",
        }
    }

    /// The key in `colors.toml` (`[office_theme]`): the element name in lowercase.
    pub fn key(self) -> String {
        self.element().to_ascii_lowercase()
    }
}

/// The authored part of `[office_theme]`: palette ids for the slots the manual states.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OfficeTheme {
    /// Slot → palette id, as authored (validated: every id is a palette colour).
    pub authored: BTreeMap<Slot, String>,
}

/// The fonts Office documents use (`a:majorFont` / `a:minorFont`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfficeFonts {
    /// Headings.
    pub major: String,
    /// Body text.
    pub minor: String,
}

impl Manual {
    /// The palette colour of every theme slot, in [`Slot::ALL`] order: the authored `[office_theme]` where
    /// given, else the default. `None` for an empty palette.
    pub fn office_slots(&self) -> Option<[&Color; 12]> {
        let defaults = default_slots(&self.colors)?;
        Some(std::array::from_fn(|i| {
            let slot = Slot::ALL[i];
            self.office_theme
                .authored
                .get(&slot)
                .and_then(|id| self.color(id))
                .unwrap_or(defaults[i])
        }))
    }

    /// The fonts for Office: the family with the `office` role for both headings and body; without one, the
    /// first named fallback of the headline (and body) family, so that no licensed print font is handed out.
    pub fn office_fonts(&self) -> OfficeFonts {
        let office = self
            .families
            .iter()
            .find(|f| f.roles.iter().any(|r| r == "office"))
            .map(|f| f.name.clone());
        let fallback = |role: &str| {
            self.families
                .iter()
                .find(|f| f.roles.iter().any(|r| r == role))
                .and_then(|f| f.fallback.iter().find(|n| !is_generic(n)).cloned())
        };
        let major = office
            .clone()
            .or_else(|| fallback("headline"))
            .unwrap_or_else(|| "Arial".to_owned());
        let minor = office
            .or_else(|| fallback("body"))
            .unwrap_or_else(|| major.clone());
        OfficeFonts { major, minor }
    }
}

/// CSS generic family names are not fonts Office can use.
fn is_generic(name: &str) -> bool {
    matches!(
        name.to_ascii_lowercase().as_str(),
        "serif" | "sans-serif" | "monospace" | "cursive" | "fantasy" | "system-ui"
    )
}

/// The default mapping (docs/manual-format.md, `[office_theme]`):
/// dk1 the darkest neutral, lt1 the lightest neutral, dk2 the darkest brand colour (primary or secondary),
/// lt2 the next lightest neutral; accent1–6 the brand colours by role (primary, secondary, accent, in manual
/// order) not used above, then the remaining neutrals, repeating from the start when the palette is short;
/// hlink the first accent (else brand) colour readable on lt1 (4.5:1), folHlink the darkest remaining neutral
/// readable on lt1, else dk2.
fn default_slots(colors: &[Color]) -> Option<[&Color; 12]> {
    let first = colors.first()?;
    let by_luminance = |role: &[Role]| -> Vec<&Color> {
        let mut v: Vec<&Color> = colors.iter().filter(|c| role.contains(&c.role)).collect();
        v.sort_by(|a, b| relative_luminance(a.rgb).total_cmp(&relative_luminance(b.rgb)));
        v
    };
    let neutrals = by_luminance(&[Role::Neutral]);
    let all = by_luminance(&[Role::Primary, Role::Secondary, Role::Accent, Role::Neutral]);
    let dk1 = neutrals.first().or(all.first()).copied().unwrap_or(first);
    let lt1 = neutrals.last().or(all.last()).copied().unwrap_or(first);
    let brand = by_luminance(&[Role::Primary, Role::Secondary]);
    let dk2 = brand.first().copied().unwrap_or(dk1);
    let lt2 = neutrals
        .iter()
        .rev()
        .find(|c| c.id != lt1.id)
        .copied()
        .unwrap_or(lt1);
    let used = [
        dk1.id.as_str(),
        lt1.id.as_str(),
        dk2.id.as_str(),
        lt2.id.as_str(),
    ];
    let mut accents: Vec<&Color> = Vec::new();
    for role in [Role::Primary, Role::Secondary, Role::Accent, Role::Neutral] {
        accents.extend(
            colors
                .iter()
                .filter(|c| c.role == role && !used.contains(&c.id.as_str())),
        );
    }
    if accents.is_empty() {
        accents = colors.iter().collect();
    }
    let accent = |i: usize| accents[i % accents.len()];
    let readable = |c: &&Color| contrast_ratio(c.rgb, lt1.rgb) >= 4.5;
    let hlink = colors
        .iter()
        .filter(|c| c.role == Role::Accent)
        .chain(colors.iter().filter(|c| c.role != Role::Neutral))
        .find(readable)
        .unwrap_or(dk2);
    let fol_hlink = neutrals
        .iter()
        .rev()
        .copied()
        .filter(|c| c.id != dk1.id && c.id != hlink.id)
        .find(readable)
        .unwrap_or(dk2);
    Some([
        dk1,
        lt1,
        dk2,
        lt2,
        accent(0),
        accent(1),
        accent(2),
        accent(3),
        accent(4),
        accent(5),
        hlink,
        fol_hlink,
    ])
}

#[derive(Debug, Default, Deserialize)]
struct Head {
    #[serde(default)]
    office_theme: BTreeMap<String, Spanned<String>>,
}

/// Reads `[office_theme]` from `colors.toml` (syntax errors were reported with the palette). Unknown slots
/// and ids that are not palette colours are errors; the slot keeps its default.
pub(super) fn load(text: &str, colors: &[Color], diags: &mut Diagnostics) -> OfficeTheme {
    let mut syntax = Diagnostics::default();
    let doc = Doc::parse("colors.toml", text, &mut syntax);
    let Some(head) = doc.head::<Head>(&["color"], diags) else {
        return OfficeTheme::default();
    };
    let declared = doc.declared("color", "id");
    let mut authored = BTreeMap::new();
    for (key, id) in head.office_theme {
        let Some(slot) = Slot::ALL.into_iter().find(|s| s.key() == key) else {
            doc.error_at(
                diags,
                &id,
                Message::new("load-office-slot").arg("key", key.clone()),
            );
            continue;
        };
        if colors.iter().any(|c| &c.id == id.get_ref()) {
            authored.insert(slot, id.into_inner());
        } else if declared.contains(id.get_ref()) || doc.has_syntax_errors() {
            // defined in colors.toml but broken, or the palette is incomplete after a syntax error: reported
            // there, not again here (the slot keeps its default)
        } else {
            doc.report(
                diags,
                Severity::Error,
                id.span().start,
                Message::new("load-office-dangling")
                    .arg("key", key.clone())
                    .arg("id", id.get_ref().clone()),
            );
        }
    }
    OfficeTheme { authored }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::manual::load_embedded;

    #[test]
    fn the_demo_palette_maps_to_the_documented_defaults() {
        let loaded = load_embedded();
        let mut manual = (*loaded.manual).clone();
        assert_eq!(
            manual.office_theme.authored.len(),
            12,
            "the demo authors every slot"
        );
        manual.office_theme = OfficeTheme::default();
        let slots = manual.office_slots().unwrap();
        let ids: Vec<&str> = slots.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "sort",
                "hvid",
                "skovgroen",
                "sand",
                "groen",
                "lysegroen",
                "fjordblaa",
                "solgul",
                "graa",
                "lysgraa",
                "fjordblaa",
                "graa"
            ]
        );
        let authored = loaded.manual.office_slots().unwrap();
        assert_eq!(authored[11].id, "skovgroen");
        let fonts = loaded.manual.office_fonts();
        assert_eq!(fonts.major, "Verdana");
        assert_eq!(fonts.minor, "Verdana");
    }

    #[test]
    fn unknown_slots_and_dangling_ids_are_errors_broken_colours_are_not_reported_again() {
        let loaded = load_embedded();
        let colors = &loaded.manual.colors;
        let text = "[office_theme]\naccent1 = \"groen\"\naccent9 = \"groen\"\ndk2 = \"lilla\"\nlt2 = \"rosa\"\n\n[[color]]\nid = \"rosa\"\n";
        let mut diags = Diagnostics::default();
        let theme = load(text, colors, &mut diags);
        assert_eq!(theme.authored.len(), 1);
        assert_eq!(
            theme.authored.get(&Slot::Accent1).map(String::as_str),
            Some("groen")
        );
        let messages: Vec<String> = diags
            .into_sorted()
            .into_iter()
            .map(|d| d.message.render(crate::i18n::Lang::En))
            .collect();
        assert_eq!(messages.len(), 2, "{messages:?}");
        assert!(messages[0].contains("no slot `accent9`"), "{messages:?}");
        assert!(
            messages[1].contains("\"lilla\" is not a palette colour"),
            "{messages:?}"
        );
    }
}
