//! What the user asked of the kit: which file of the manual in other tools' formats, for which sender.

use serde::{Deserialize, Serialize};

/// A file of the kit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum KitFormat {
    /// Office theme (`.thmx`): the palette in the twelve theme slots and the office fonts.
    OfficeTheme,
    /// Word letter template (`.dotx`) of a sender.
    Word,
    /// PowerPoint template (`.potx`) of a sender.
    PowerPoint,
    /// Adobe Swatch Exchange (`.ase`): CMYK, Pantone spot and RGB swatches.
    Swatches,
    /// Design tokens (DTCG 2025.10, `.tokens.json`).
    Tokens,
    /// CSS custom properties.
    Css,
    /// A SCSS map.
    Scss,
    /// The print shop's colour sheet (PDF).
    ColorSheet,
}

impl KitFormat {
    /// Every kit format, in the order the GUI and the docs list them.
    pub const ALL: [KitFormat; 8] = [
        KitFormat::OfficeTheme,
        KitFormat::Word,
        KitFormat::PowerPoint,
        KitFormat::Swatches,
        KitFormat::ColorSheet,
        KitFormat::Tokens,
        KitFormat::Css,
        KitFormat::Scss,
    ];

    /// Stable id (CLI, file names, messages): `office-theme`, `word`, …
    pub fn id(self) -> &'static str {
        match self {
            KitFormat::OfficeTheme => "office-theme",
            KitFormat::Word => "word",
            KitFormat::PowerPoint => "powerpoint",
            KitFormat::Swatches => "swatches",
            KitFormat::Tokens => "tokens",
            KitFormat::Css => "css",
            KitFormat::Scss => "scss",
            KitFormat::ColorSheet => "color-sheet",
        }
    }

    /// File extension (without the dot).
    pub fn extension(self) -> &'static str {
        match self {
            KitFormat::OfficeTheme => "thmx",
            KitFormat::Word => "dotx",
            KitFormat::PowerPoint => "potx",
            KitFormat::Swatches => "ase",
            KitFormat::Tokens => "tokens.json",
            KitFormat::Css => "css",
            KitFormat::Scss => "scss",
            KitFormat::ColorSheet => "pdf",
        }
    }

    /// Whether the file is made for one sender (its logo and contact data).
    pub fn per_sender(self) -> bool {
        matches!(self, KitFormat::Word | KitFormat::PowerPoint)
    }
}

/// A kit request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KitRequest {
    /// Which file.
    pub format: KitFormat,
    /// Sender id for Word and PowerPoint (`None`: the top sender, the kommune).
    pub sender: Option<String>,
    /// For PowerPoint: the presentation preset (`None`: the first one, 16:9 when the manual has it).
    pub preset: Option<String>,
}

impl KitRequest {
    /// A request for a format with the defaults.
    pub fn new(format: KitFormat) -> KitRequest {
        KitRequest {
            format,
            sender: None,
            preset: None,
        }
    }

    /// The same request for a sender.
    pub fn with_sender(mut self, sender: &str) -> KitRequest {
        self.sender = Some(sender.to_owned());
        self
    }
}
