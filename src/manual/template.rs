//! Templates (format 2): one design placed on a page in mm (print) or px (screen), with fixed elements
//! (colour blocks, brand graphics, the logo slot) and fields the user fills (text, photo, QR code). A template
//! is drawn once, on its *design* preset, and made in several *variants* (presets): the design is scaled
//! uniformly to each variant, never stretched. docs/manual-format.md describes `templates.toml` field by field;
//! `crate::template` fills, checks and renders them.

pub(crate) mod load;

use serde::Serialize;

use super::Manual;
use super::logo::Artwork;
use super::preset::{Medium, PresetSize};
use super::text::Text;

/// What a template makes (for grouping and filtering; the layout is all in the elements).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TemplateKind {
    /// A poster with photo.
    Poster,
    /// A text-only notice (opslag).
    Notice,
    /// Letter paper.
    Letterhead,
    /// A business card.
    BusinessCard,
    /// A social media post or cover.
    Social,
    /// An e-mail signature (written as HTML).
    Signature,
}

impl TemplateKind {
    /// All kinds, in catalogue order.
    pub const ALL: [TemplateKind; 6] = [
        TemplateKind::Poster,
        TemplateKind::Notice,
        TemplateKind::Letterhead,
        TemplateKind::BusinessCard,
        TemplateKind::Social,
        TemplateKind::Signature,
    ];

    /// The id used in `templates.toml` (and in catalogue keys `template-kind-{id}`).
    pub fn id(self) -> &'static str {
        match self {
            TemplateKind::Poster => "poster",
            TemplateKind::Notice => "notice",
            TemplateKind::Letterhead => "letterhead",
            TemplateKind::BusinessCard => "business-card",
            TemplateKind::Social => "social",
            TemplateKind::Signature => "signature",
        }
    }

    /// Parses a kind id.
    pub fn parse(s: &str) -> Option<TemplateKind> {
        TemplateKind::ALL.into_iter().find(|k| k.id() == s)
    }
}

/// Where the made file goes, as staff think of it ("Print / Skærm / E-mail").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Channel {
    /// Printed (print presets).
    Print,
    /// Screens: web, social media, presentations.
    Screen,
    /// E-mail (signatures).
    Email,
}

/// The units of a template's coordinates: those of its design preset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Units {
    /// Millimetres (presets sized in mm); font sizes in pt.
    Mm,
    /// Pixels (presets sized in px); font sizes in px.
    Px,
}

/// A rectangle on the page in the template's units, origin at the top-left of the trim box, y down.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Rect {
    /// Left.
    pub x: f64,
    /// Top.
    pub y: f64,
    /// Width.
    pub w: f64,
    /// Height.
    pub h: f64,
}

impl Rect {
    /// Right edge.
    pub fn right(&self) -> f64 {
        self.x + self.w
    }

    /// Bottom edge.
    pub fn bottom(&self) -> f64 {
        self.y + self.h
    }

    /// Whether `other` lies inside this rectangle (with a small tolerance).
    pub fn contains(&self, other: &Rect) -> bool {
        const EPS: f64 = 1e-6;
        other.x >= self.x - EPS
            && other.y >= self.y - EPS
            && other.right() <= self.right() + EPS
            && other.bottom() <= self.bottom() + EPS
    }
}

/// Horizontal alignment of text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Align {
    /// Ragged right (default).
    #[default]
    Left,
    /// Centred.
    Center,
    /// Ragged left.
    Right,
}

/// Vertical placement of text in its box.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum VAlign {
    /// From the top (default).
    #[default]
    Top,
    /// Centred.
    Center,
    /// Resting on the bottom.
    Bottom,
}

/// Where a field's value comes from when the user does not type it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Source {
    /// The sender's name.
    #[serde(rename = "sender.name")]
    SenderName,
    /// The sender's address lines, one per line.
    #[serde(rename = "sender.address")]
    SenderAddress,
    /// The sender's phone number.
    #[serde(rename = "sender.phone")]
    SenderPhone,
    /// The sender's e-mail address.
    #[serde(rename = "sender.email")]
    SenderEmail,
    /// The sender's web address.
    #[serde(rename = "sender.web")]
    SenderWeb,
    /// The sender's opening hours.
    #[serde(rename = "sender.opening-hours")]
    SenderOpeningHours,
    /// The sender's return-address line for window envelopes: name, address lines, comma separated.
    #[serde(rename = "sender.return-address")]
    SenderReturnAddress,
    /// The person's name ("Mine oplysninger").
    #[serde(rename = "person.name")]
    PersonName,
    /// The person's job title.
    #[serde(rename = "person.title")]
    PersonTitle,
    /// The person's direct phone number.
    #[serde(rename = "person.phone")]
    PersonPhone,
    /// The person's e-mail address.
    #[serde(rename = "person.email")]
    PersonEmail,
}

impl Source {
    /// Every source.
    pub const ALL: [Source; 11] = [
        Source::SenderName,
        Source::SenderAddress,
        Source::SenderPhone,
        Source::SenderEmail,
        Source::SenderWeb,
        Source::SenderOpeningHours,
        Source::SenderReturnAddress,
        Source::PersonName,
        Source::PersonTitle,
        Source::PersonPhone,
        Source::PersonEmail,
    ];

    /// The id used in `templates.toml`.
    pub fn id(self) -> &'static str {
        match self {
            Source::SenderName => "sender.name",
            Source::SenderAddress => "sender.address",
            Source::SenderPhone => "sender.phone",
            Source::SenderEmail => "sender.email",
            Source::SenderWeb => "sender.web",
            Source::SenderOpeningHours => "sender.opening-hours",
            Source::SenderReturnAddress => "sender.return-address",
            Source::PersonName => "person.name",
            Source::PersonTitle => "person.title",
            Source::PersonPhone => "person.phone",
            Source::PersonEmail => "person.email",
        }
    }

    /// Parses a source id.
    pub fn parse(s: &str) -> Option<Source> {
        Source::ALL.into_iter().find(|k| k.id() == s)
    }

    /// Whether the value comes from the manual's sender data (as opposed to the person's own data).
    pub fn is_sender(self) -> bool {
        self.id().starts_with("sender.")
    }
}

/// A text field.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TextField {
    /// The typeface role (`headline`, `body`, `office`): the family of `typography.toml` with that role.
    pub role: String,
    /// Font weight, 100–900 (400 regular, 600 semibold, 700 bold).
    pub weight: u16,
    /// Largest font size (pt on mm pages, px on px pages), used when the text fits.
    pub size_max: f64,
    /// Smallest font size: text that does not fit at this size is a blocking finding.
    pub size_min: f64,
    /// Line height as a multiple of the font size.
    pub line_height: f64,
    /// At most this many lines.
    pub max_lines: u32,
    /// Horizontal alignment.
    pub align: Align,
    /// Vertical placement.
    pub valign: VAlign,
    /// The palette colours the user may choose between; the first is the default.
    pub colors: Vec<String>,
    /// Text shown until the user types (Danish and English).
    pub default: Option<Text>,
    /// Where the value comes from when the user types nothing.
    pub source: Option<Source>,
    /// Whether the user may type (false for values that must come from the manual, e.g. the sender block).
    pub editable: bool,
}

/// A photo field.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PhotoField {
    /// Minimum effective ppi at the final size for print pages (`None`: the manual's `[rules]`).
    pub min_ppi_print: Option<f64>,
    /// Minimum effective ppi for screen pages (`None`: the preset's own resolution, one photo pixel per
    /// screen pixel).
    pub min_ppi_screen: Option<f64>,
    /// A palette colour laid over the photo, if any.
    pub overlay: Option<String>,
    /// Opacity of the overlay, 0–1.
    pub overlay_opacity: f64,
    /// The palette colour the frame shows while there is no photo.
    pub placeholder: String,
}

/// A QR code field; its value is the URL.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QrField {
    /// Palette colours for the dark modules; the first is the default.
    pub colors: Vec<String>,
    /// The light ground (palette colour).
    pub background: String,
    /// Smallest module (one square of the code) in mm at the final size.
    pub min_module_mm: f64,
    /// The URL shown until the user types one.
    pub default: Option<String>,
}

/// The logo slot: which logo is the sender's; its size and place come from the logo's size table for the
/// variant's preset, else from the slot's rectangle.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LogoSlot {
    /// The lockup (default: the first the size table or the preset allows).
    pub lockup: Option<String>,
    /// The colourway (default: the one the manual allows on the background under the slot).
    pub colorway: Option<String>,
}

/// What an element is.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum ElementKind {
    /// A colour block (palette colour).
    Block {
        /// Palette id.
        color: String,
    },
    /// A brand graphic: an SVG of the manual, placed without stretching (slice when extended to the bleed).
    Graphic {
        /// The artwork (checked like logo artwork: palette colours only, no text, self-contained).
        #[serde(skip)]
        artwork: Artwork,
        /// Its path, relative to the manual root.
        file: String,
    },
    /// The logo slot.
    Logo(LogoSlot),
    /// A text field.
    Text(TextField),
    /// A photo field.
    Photo(PhotoField),
    /// A QR code field.
    Qr(QrField),
}

/// One placed element.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Element {
    /// Id (required for fields, unique within the template).
    pub id: Option<String>,
    /// The field's label (fields only).
    pub label: Option<Text>,
    /// Whether the user must fill the field.
    pub required: bool,
    /// Page number, from 1 (a business card has a front and a back).
    pub page: u32,
    /// Variants (preset ids) the element is part of; empty: all.
    pub only: Vec<String>,
    /// Where it sits on the design preset's page.
    pub rect: Rect,
    /// What it is.
    #[serde(flatten)]
    pub kind: ElementKind,
}

impl Element {
    /// Whether the user fills this element (text, photo or QR).
    pub fn is_field(&self) -> bool {
        matches!(
            self.kind,
            ElementKind::Text(_) | ElementKind::Photo(_) | ElementKind::Qr(_)
        )
    }

    /// Whether the element is part of a variant.
    pub fn in_variant(&self, variant: &str) -> bool {
        self.only.is_empty() || self.only.iter().any(|v| v == variant)
    }

    /// The text field, if this is one.
    pub fn text(&self) -> Option<&TextField> {
        match &self.kind {
            ElementKind::Text(t) => Some(t),
            _ => None,
        }
    }
}

/// A template.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Template {
    /// Id.
    pub id: String,
    /// Kind.
    pub kind: TemplateKind,
    /// Name.
    pub name: Text,
    /// A sentence saying what it is for, if the manual gives one.
    pub description: Option<Text>,
    /// The preset the elements are drawn on.
    pub design: String,
    /// The presets the template is made in, in the manual's order (the design preset first unless listed).
    pub variants: Vec<String>,
    /// The paper or screen colour (palette id) under everything; `None`: white paper, not printed.
    pub background: Option<String>,
    /// Page names for templates with several pages (Danish and English), e.g. front and back.
    pub pages: Vec<Text>,
    /// The manual chapter findings cite (`chapter` of the template or of the file).
    pub chapter: Option<String>,
    /// Units of every coordinate.
    pub units: Units,
    /// Elements in drawing order (later ones on top).
    pub elements: Vec<Element>,
}

impl Template {
    /// The number of pages.
    pub fn page_count(&self) -> u32 {
        self.elements
            .iter()
            .map(|e| e.page)
            .max()
            .unwrap_or(1)
            .max(self.pages.len() as u32)
            .max(1)
    }

    /// The fields (text, photo, QR) in drawing order.
    pub fn fields(&self) -> impl Iterator<Item = &Element> {
        self.elements.iter().filter(|e| e.is_field())
    }

    /// A field by id.
    pub fn field(&self, id: &str) -> Option<&Element> {
        self.fields().find(|e| e.id.as_deref() == Some(id))
    }

    /// Where the made file goes: e-mail for signatures, print for print presets, else screen.
    pub fn channel(&self, manual: &Manual) -> Channel {
        if self.kind == TemplateKind::Signature {
            return Channel::Email;
        }
        match manual.preset(&self.design).map(|p| p.medium) {
            Some(Medium::Print) => Channel::Print,
            _ => Channel::Screen,
        }
    }

    /// The page size of a variant in the template's units (trim, without bleed); for presets without a fixed
    /// height (e-mail signatures) the height of the design.
    pub fn page_size(&self, manual: &Manual, variant: &str) -> Option<(f64, f64)> {
        let preset = manual.preset(variant)?;
        match preset.size {
            PresetSize::Mm { width, height } => Some((width, height)),
            PresetSize::Px {
                width,
                height: Some(h),
            } => Some((f64::from(width), f64::from(h))),
            PresetSize::Px {
                width,
                height: None,
            } => Some((f64::from(width), self.content_height())),
        }
    }

    /// The height the elements need: their lowest edge plus the top margin of the highest.
    fn content_height(&self) -> f64 {
        let bottom = self
            .elements
            .iter()
            .map(|e| e.rect.bottom())
            .fold(0.0, f64::max);
        let top = self
            .elements
            .iter()
            .map(|e| e.rect.y)
            .fold(f64::INFINITY, f64::min);
        bottom + if top.is_finite() { top } else { 0.0 }
    }
}
