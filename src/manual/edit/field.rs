//! What an edit addresses: an [`Entry`] of the manual (the programme, a colour, a sender, a logo's lockup, …)
//! and one of its [`Key`]s, each with the [`Shape`] of the value it holds and where it is written.

/// An entry of the manual: one table in one of its TOML files.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Entry {
    /// `[programme]` in `manual.toml`.
    Programme,
    /// A `[[changelog]]` entry of `manual.toml`, 0 = the newest (first).
    Changelog(usize),
    /// A `[[color]]` of `colors.toml`, by id.
    Color(String),
    /// A `[[sender]]` of `senders.toml`, by id.
    Sender(String),
    /// A logo: the top of `logos/<id>/logo.toml`.
    Logo(String),
    /// A `[[lockup]]` of a logo, by id.
    Lockup {
        /// Logo id.
        logo: String,
        /// Lockup id.
        id: String,
    },
    /// A `[[colorway]]` of a logo, by id.
    Colorway {
        /// Logo id.
        logo: String,
        /// Colourway id.
        id: String,
    },
    /// The artwork file of one lockup in one colourway (`files.<colorway>` of the lockup).
    Artwork {
        /// Logo id.
        logo: String,
        /// Lockup id.
        lockup: String,
        /// Colourway id.
        colorway: String,
    },
    /// A `[[minimum]]` of a logo, by position.
    Minimum {
        /// Logo id.
        logo: String,
        /// Position in the file, 0-based.
        index: usize,
    },
    /// A `[[size]]` (size-table row) of a logo, by position.
    Size {
        /// Logo id.
        logo: String,
        /// Position in the file, 0-based.
        index: usize,
    },
    /// A `[[preset]]` of `presets.toml`, by id.
    Preset(String),
    /// A `[[template]]` of `templates.toml`, by id.
    Template(String),
}

/// Where an entry's table is in its file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Locator<'a> {
    /// The file's top level.
    Root,
    /// A table at the top level.
    Table(&'static str),
    /// The entry of an array of tables whose `id` is this.
    ById(&'static str, &'a str),
    /// The entry of an array of tables at this position.
    ByIndex(&'static str, usize),
}

impl Entry {
    /// The file the entry is in, relative to the manual folder.
    pub fn file(&self) -> String {
        match self {
            Entry::Programme | Entry::Changelog(_) => "manual.toml".into(),
            Entry::Color(_) => "colors.toml".into(),
            Entry::Sender(_) => "senders.toml".into(),
            Entry::Preset(_) => "presets.toml".into(),
            Entry::Template(_) => "templates.toml".into(),
            Entry::Logo(logo)
            | Entry::Lockup { logo, .. }
            | Entry::Colorway { logo, .. }
            | Entry::Artwork { logo, .. }
            | Entry::Minimum { logo, .. }
            | Entry::Size { logo, .. } => logo_file(logo),
        }
    }

    pub(crate) fn locator(&self) -> Locator<'_> {
        match self {
            Entry::Programme => Locator::Table("programme"),
            Entry::Changelog(i) => Locator::ByIndex("changelog", *i),
            Entry::Color(id) => Locator::ById("color", id),
            Entry::Sender(id) => Locator::ById("sender", id),
            Entry::Preset(id) => Locator::ById("preset", id),
            Entry::Template(id) => Locator::ById("template", id),
            Entry::Logo(_) => Locator::Root,
            Entry::Lockup { id, .. } => Locator::ById("lockup", id),
            Entry::Artwork { lockup, .. } => Locator::ById("lockup", lockup),
            Entry::Colorway { id, .. } => Locator::ById("colorway", id),
            Entry::Minimum { index, .. } => Locator::ByIndex("minimum", *index),
            Entry::Size { index, .. } => Locator::ByIndex("size", *index),
        }
    }

    /// The id the entry has in its file, if it is identified by one.
    pub fn id(&self) -> Option<&str> {
        match self.locator() {
            Locator::ById(_, id) => Some(id),
            _ => match self {
                Entry::Logo(id) => Some(id),
                _ => None,
            },
        }
    }

    /// The keys an entry of this kind has, in the order the manual writes them.
    pub fn specs(&self) -> &'static [Spec] {
        match self {
            Entry::Programme => PROGRAMME,
            Entry::Changelog(_) => CHANGELOG,
            Entry::Color(_) => COLOR,
            Entry::Sender(_) => SENDER,
            Entry::Logo(_) => LOGO,
            Entry::Lockup { .. } => LOCKUP,
            Entry::Colorway { .. } => COLORWAY,
            Entry::Artwork { .. } => ARTWORK,
            Entry::Minimum { .. } => MINIMUM,
            Entry::Size { .. } => SIZE,
            Entry::Preset(_) => PRESET,
            Entry::Template(_) => TEMPLATE,
        }
    }

    /// The keys an entry of this kind has.
    pub fn keys(&self) -> impl Iterator<Item = Key> + '_ {
        self.specs().iter().map(|s| s.key)
    }

    /// The description of one key of this entry, if the entry has it.
    pub fn spec(&self, key: Key) -> Option<&'static Spec> {
        self.specs().iter().find(|s| s.key == key)
    }

    /// The catalogue id naming the kind of entry (`edit-entry-color`, …).
    pub fn kind_message(&self) -> &'static str {
        match self {
            Entry::Programme => "edit-entry-programme",
            Entry::Changelog(_) => "edit-entry-changelog",
            Entry::Color(_) => "edit-entry-color",
            Entry::Sender(_) => "edit-entry-sender",
            Entry::Logo(_) => "edit-entry-logo",
            Entry::Lockup { .. } => "edit-entry-lockup",
            Entry::Colorway { .. } => "edit-entry-colorway",
            Entry::Artwork { .. } => "edit-entry-artwork",
            Entry::Minimum { .. } => "edit-entry-minimum",
            Entry::Size { .. } => "edit-entry-size",
            Entry::Preset(_) => "edit-entry-preset",
            Entry::Template(_) => "edit-entry-template",
        }
    }

    /// The logo an entry of a logo file belongs to.
    pub fn logo(&self) -> Option<&str> {
        match self {
            Entry::Logo(logo)
            | Entry::Lockup { logo, .. }
            | Entry::Colorway { logo, .. }
            | Entry::Artwork { logo, .. }
            | Entry::Minimum { logo, .. }
            | Entry::Size { logo, .. } => Some(logo),
            _ => None,
        }
    }
}

/// The `logo.toml` of a logo.
pub fn logo_file(logo: &str) -> String {
    format!("logos/{logo}/logo.toml")
}

/// A key of an entry. Which entries have which keys: [`Entry::specs`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[allow(missing_docs)] // each variant is the TOML key of the same name (see docs/manual-format.md)
pub enum Key {
    // shared
    NameDa,
    NameEn,
    Synonyms,
    Version,
    // programme
    Organisation,
    Short,
    ThemeDa,
    ThemeEn,
    AdoptedBy,
    AdoptedOn,
    UpdatedOn,
    JournalNo,
    Contact,
    // changelog
    Date,
    TextDa,
    TextEn,
    // colour
    Role,
    Hex,
    Rgb,
    Cmyk,
    PantoneC,
    PantoneU,
    Ral,
    Ncs,
    Tints,
    // sender
    SenderKind,
    Parent,
    AddressLines,
    Phone,
    Email,
    Web,
    OpeningHours,
    CobrandingRequires,
    CobrandingOrder,
    CobrandingSeparation,
    // logo
    Sender,
    Chapter,
    ReferencePart,
    ReferenceNameDa,
    ReferenceNameEn,
    ClearSpace,
    // lockup, artwork
    LockupReference,
    File,
    // colourway
    ColorwayKind,
    MainColor,
    Backgrounds,
    Spot,
    // minimum, size
    Lockup,
    Colorway,
    PrintMm,
    ScreenPx,
    Preset,
    WidthMm,
    Position,
    MarginMm,
    // preset
    Medium,
    PresetKind,
    HeightMm,
    WidthPx,
    HeightPx,
    Dpi,
    BleedMm,
    CropMarks,
    ColorSpace,
    OutputIntent,
    Formats,
    Lockups,
    DisplayScale,
    // template
    TemplateKind,
    LogoSize,
}

impl Key {
    /// The catalogue id of the key's label (`edit-key-cmyk`, …).
    pub fn label_message(self) -> String {
        let name = format!("{self:?}");
        let mut id = String::from("edit-key");
        for c in name.chars() {
            if c.is_ascii_uppercase() {
                id.push('-');
            }
            id.push(c.to_ascii_lowercase());
        }
        id
    }
}

/// What kind of value a key holds, and how it is typed in a form (see [`super::value`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// One line of text.
    Text,
    /// A date, `2026-10-01`.
    Date,
    /// A number; `2,5` and `2.5` are both read as 2.5.
    Number,
    /// A whole number.
    Integer,
    /// Yes or no.
    Bool,
    /// Exactly this many numbers, separated by commas, semicolons, slashes or spaces (`90, 20, 85, 10`).
    Numbers(usize),
    /// Whole numbers, separated like [`Shape::Numbers`]; exactly this many when given.
    Integers(Option<usize>),
    /// Words or ids separated by commas.
    Words,
    /// Lines of text, one per line.
    Lines,
    /// One of these values.
    Choice(&'static [&'static str]),
    /// Any of these values, separated by commas.
    Choices(&'static [&'static str]),
}

/// One key of an entry: where it is written, its shape, whether the manual needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Spec {
    /// The key.
    pub key: Key,
    /// Its path inside the entry's table (`["contact", "phone"]`).
    pub path: &'static [&'static str],
    /// What it holds.
    pub shape: Shape,
    /// Whether the entry must have it (an empty value is refused rather than removing the key).
    pub required: bool,
}

const fn spec(key: Key, path: &'static [&'static str], shape: Shape, required: bool) -> Spec {
    Spec {
        key,
        path,
        shape,
        required,
    }
}

/// Colour roles (`manual::Role`).
pub const ROLES: &[&str] = &["primary", "secondary", "accent", "neutral"];
/// Sender kinds (`manual::SenderKind`).
pub const SENDER_KINDS: &[&str] = &["kommune", "forvaltning", "institution"];
/// Co-branding orders.
pub const COBRAND_ORDERS: &[&str] = &["own-first", "required-first"];
/// Colourway kinds (`manual::ColorwayKind`).
pub const COLORWAY_KINDS: &[&str] = &["positive", "negative", "black", "greyscale", "spot"];
/// Logo positions of the size table (`manual::Position`).
pub const POSITIONS: &[&str] = &[
    "top-left",
    "top-center",
    "top-right",
    "center",
    "bottom-left",
    "bottom-center",
    "bottom-right",
];
/// Preset media (`manual::Medium`).
pub const MEDIA: &[&str] = &["print", "office", "web", "social"];
/// Preset kinds (`manual::PresetKind`).
pub const PRESET_KINDS: &[&str] = &["format", "favicon", "signature"];
/// Colour spaces (`manual::ColorSpace`).
pub const COLOR_SPACES: &[&str] = &["cmyk", "srgb"];
/// File formats (`manual::Format`).
pub const FORMATS: &[&str] = &["pdf", "png", "jpeg", "svg", "ico"];

use Key as K;
use Shape as S;

const NAMES: [Spec; 2] = [
    spec(K::NameDa, &["name_da"], S::Text, true),
    spec(K::NameEn, &["name_en"], S::Text, false),
];

static PROGRAMME: &[Spec] = &[
    spec(K::Organisation, &["organisation"], S::Text, true),
    spec(K::Short, &["short"], S::Text, false),
    NAMES[0],
    NAMES[1],
    spec(K::Version, &["version"], S::Text, true),
    spec(K::ThemeDa, &["theme_da"], S::Text, false),
    spec(K::ThemeEn, &["theme_en"], S::Text, false),
    spec(K::AdoptedBy, &["adopted_by"], S::Text, true),
    spec(K::AdoptedOn, &["adopted_on"], S::Date, true),
    spec(K::UpdatedOn, &["updated_on"], S::Date, true),
    spec(K::JournalNo, &["journal_no"], S::Text, false),
    spec(K::Contact, &["contact"], S::Text, true),
];

static CHANGELOG: &[Spec] = &[
    spec(K::Version, &["version"], S::Text, true),
    spec(K::Date, &["date"], S::Date, true),
    spec(K::TextDa, &["text_da"], S::Text, true),
    spec(K::TextEn, &["text_en"], S::Text, false),
];

static COLOR: &[Spec] = &[
    NAMES[0],
    NAMES[1],
    spec(K::Role, &["role"], S::Choice(ROLES), true),
    spec(K::Hex, &["hex"], S::Text, true),
    spec(K::Rgb, &["rgb"], S::Integers(Some(3)), false),
    spec(K::Cmyk, &["cmyk"], S::Numbers(4), true),
    spec(K::PantoneC, &["pantone_c"], S::Text, false),
    spec(K::PantoneU, &["pantone_u"], S::Text, false),
    spec(K::Ral, &["ral"], S::Text, false),
    spec(K::Ncs, &["ncs"], S::Text, false),
    spec(K::Tints, &["tints"], S::Integers(None), false),
    spec(K::Synonyms, &["synonyms"], S::Words, false),
];

static SENDER: &[Spec] = &[
    spec(K::SenderKind, &["kind"], S::Choice(SENDER_KINDS), true),
    spec(K::Parent, &["parent"], S::Text, false),
    NAMES[0],
    NAMES[1],
    spec(K::Synonyms, &["synonyms"], S::Words, false),
    spec(
        K::AddressLines,
        &["contact", "address_lines"],
        S::Lines,
        false,
    ),
    spec(K::Phone, &["contact", "phone"], S::Text, false),
    spec(K::Email, &["contact", "email"], S::Text, false),
    spec(K::Web, &["contact", "web"], S::Text, false),
    spec(
        K::OpeningHours,
        &["contact", "opening_hours"],
        S::Text,
        false,
    ),
    spec(
        K::CobrandingRequires,
        &["cobranding", "requires"],
        S::Text,
        false,
    ),
    spec(
        K::CobrandingOrder,
        &["cobranding", "order"],
        S::Choice(COBRAND_ORDERS),
        false,
    ),
    spec(
        K::CobrandingSeparation,
        &["cobranding", "min_separation"],
        S::Number,
        false,
    ),
];

static LOGO: &[Spec] = &[
    spec(K::Sender, &["sender"], S::Text, true),
    NAMES[0],
    NAMES[1],
    spec(K::Synonyms, &["synonyms"], S::Words, false),
    spec(K::Chapter, &["chapter"], S::Text, false),
    spec(K::ReferencePart, &["reference", "part"], S::Text, true),
    spec(K::ReferenceNameDa, &["reference", "name_da"], S::Text, true),
    spec(
        K::ReferenceNameEn,
        &["reference", "name_en"],
        S::Text,
        false,
    ),
    spec(K::ClearSpace, &["clear_space", "ratio"], S::Number, true),
];

static LOCKUP: &[Spec] = &[
    NAMES[0],
    NAMES[1],
    spec(K::LockupReference, &["reference"], S::Number, true),
];

/// The path of an artwork entry's key depends on the colourway: `files.<colorway>` (see [`Field::path`]).
static ARTWORK: &[Spec] = &[spec(K::File, &["files"], S::Text, true)];

static COLORWAY: &[Spec] = &[
    spec(K::ColorwayKind, &["kind"], S::Choice(COLORWAY_KINDS), true),
    NAMES[0],
    NAMES[1],
    spec(K::MainColor, &["main_color"], S::Text, true),
    spec(K::Backgrounds, &["backgrounds"], S::Words, false),
    spec(K::Spot, &["spot"], S::Text, false),
];

static MINIMUM: &[Spec] = &[
    spec(K::Lockup, &["lockup"], S::Text, false),
    spec(K::Colorway, &["colorway"], S::Text, false),
    spec(K::PrintMm, &["print_mm"], S::Number, false),
    spec(K::ScreenPx, &["screen_px"], S::Integer, false),
];

static SIZE: &[Spec] = &[
    spec(K::Preset, &["preset"], S::Text, true),
    spec(K::Lockup, &["lockup"], S::Text, false),
    spec(K::WidthMm, &["width_mm"], S::Number, true),
    spec(K::Position, &["position"], S::Choice(POSITIONS), false),
    spec(K::MarginMm, &["margin_mm"], S::Number, false),
];

static PRESET: &[Spec] = &[
    NAMES[0],
    NAMES[1],
    spec(K::Medium, &["medium"], S::Choice(MEDIA), true),
    spec(K::PresetKind, &["kind"], S::Choice(PRESET_KINDS), false),
    spec(K::WidthMm, &["width_mm"], S::Number, false),
    spec(K::HeightMm, &["height_mm"], S::Number, false),
    spec(K::WidthPx, &["width_px"], S::Integer, false),
    spec(K::HeightPx, &["height_px"], S::Integer, false),
    spec(K::Dpi, &["dpi"], S::Number, false),
    spec(K::BleedMm, &["bleed_mm"], S::Number, false),
    spec(K::CropMarks, &["crop_marks"], S::Bool, false),
    spec(
        K::ColorSpace,
        &["color_space"],
        S::Choice(COLOR_SPACES),
        true,
    ),
    spec(K::OutputIntent, &["output_intent"], S::Text, false),
    spec(K::Formats, &["formats"], S::Choices(FORMATS), true),
    spec(K::DisplayScale, &["display_scale"], S::Integer, false),
    spec(K::Lockups, &["lockups"], S::Words, false),
];

static TEMPLATE: &[Spec] = &[
    spec(K::TemplateKind, &["kind"], S::Text, true),
    NAMES[0],
    NAMES[1],
    spec(K::Preset, &["preset"], S::Text, true),
    spec(K::LogoSize, &["logo_size"], S::Text, false),
];

/// One key of one entry: what [`super::Edit::Set`] changes and where a [`super::Problem`] is shown.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Field {
    /// The entry.
    pub entry: Entry,
    /// The key.
    pub key: Key,
}

impl Field {
    /// A field (whether the entry has the key is checked when an edit is applied).
    pub fn new(entry: Entry, key: Key) -> Field {
        Field { entry, key }
    }

    /// The key's description, if the entry has it.
    pub fn spec(&self) -> Option<&'static Spec> {
        self.entry.spec(self.key)
    }

    /// The path of the value inside the entry's table.
    pub fn path(&self) -> Vec<String> {
        match (&self.entry, self.spec()) {
            (Entry::Artwork { colorway, .. }, _) => vec!["files".into(), colorway.clone()],
            (_, Some(spec)) => spec.path.iter().map(|s| (*s).to_owned()).collect(),
            (_, None) => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::manual::sender::{CobrandOrder, SenderKind};
    use crate::manual::{ColorSpace, ColorwayKind, Format, Medium, Position, PresetKind, Role};

    fn parses<T: serde::de::DeserializeOwned>(values: &[&str]) {
        for v in values {
            let text = format!("v = \"{v}\"");
            #[derive(serde::Deserialize)]
            struct One<T> {
                #[allow(dead_code)]
                v: T,
            }
            assert!(toml::from_str::<One<T>>(&text).is_ok(), "{v}");
        }
    }

    #[test]
    fn choices_are_the_models_values() {
        parses::<Role>(ROLES);
        parses::<SenderKind>(SENDER_KINDS);
        parses::<CobrandOrder>(COBRAND_ORDERS);
        parses::<ColorwayKind>(COLORWAY_KINDS);
        parses::<Position>(POSITIONS);
        parses::<Medium>(MEDIA);
        parses::<PresetKind>(PRESET_KINDS);
        parses::<ColorSpace>(COLOR_SPACES);
        parses::<Format>(FORMATS);
    }

    #[test]
    fn every_key_and_entry_has_a_label_in_both_languages() {
        use crate::i18n::{Lang, catalog};
        let entries = [
            Entry::Programme,
            Entry::Changelog(0),
            Entry::Color(String::new()),
            Entry::Sender(String::new()),
            Entry::Logo(String::new()),
            Entry::Lockup {
                logo: String::new(),
                id: String::new(),
            },
            Entry::Colorway {
                logo: String::new(),
                id: String::new(),
            },
            Entry::Artwork {
                logo: String::new(),
                lockup: String::new(),
                colorway: String::new(),
            },
            Entry::Minimum {
                logo: String::new(),
                index: 0,
            },
            Entry::Size {
                logo: String::new(),
                index: 0,
            },
            Entry::Preset(String::new()),
            Entry::Template(String::new()),
        ];
        for lang in [Lang::Da, Lang::En] {
            for entry in &entries {
                assert!(catalog().has(lang, entry.kind_message()), "{entry:?}");
                for key in entry.keys() {
                    assert!(catalog().has(lang, &key.label_message()), "{key:?}");
                }
            }
        }
    }

    #[test]
    fn label_ids_and_paths() {
        assert_eq!(Key::Cmyk.label_message(), "edit-key-cmyk");
        assert_eq!(
            Key::CobrandingOrder.label_message(),
            "edit-key-cobranding-order"
        );
        let artwork = Entry::Artwork {
            logo: "kommune".into(),
            lockup: "mark".into(),
            colorway: "positive".into(),
        };
        assert_eq!(artwork.file(), "logos/kommune/logo.toml");
        assert_eq!(Field::new(artwork, Key::File).path(), ["files", "positive"]);
        let phone = Field::new(Entry::Sender("bibliotek".into()), Key::Phone);
        assert_eq!(phone.path(), ["contact", "phone"]);
        assert!(
            Field::new(Entry::Color("groen".into()), Key::Phone)
                .spec()
                .is_none()
        );
    }
}
