//! What the user asked for: which artwork, at which size, in which format, on which background.

pub mod kit;

use serde::{Deserialize, Serialize};

use crate::manual::Format;

/// The size of the export.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Target {
    /// A preset of the manual, by id.
    Preset {
        /// Preset id.
        id: String,
    },
    /// A physical box in mm at a resolution; the height follows the artwork when omitted.
    Mm {
        /// Width in mm.
        width: f64,
        /// Height in mm.
        height: Option<f64>,
        /// Raster resolution.
        dpi: f64,
    },
    /// A pixel box; the height follows the artwork when omitted.
    Px {
        /// Width in px.
        width: u32,
        /// Height in px.
        height: Option<u32>,
    },
}

/// What is exported.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Subject {
    /// A logo; lockup and colourway default as [`crate::plan::plan`] documents.
    Logo {
        /// Logo id.
        logo: String,
        /// Lockup id (`None`: the first the preset allows).
        lockup: Option<String>,
        /// Colourway id (`None`: the right one for the background).
        colorway: Option<String>,
        /// The co-branded lockup: the logo together with the logo its sender's co-branding rule requires,
        /// composed by [`crate::cobrand::compose`].
        #[serde(default)]
        cobranded: bool,
    },
    /// A palette colour swatch.
    Swatch {
        /// Palette id.
        color: String,
    },
}

/// An export request.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Request {
    /// What to export.
    pub subject: Subject,
    /// At which size.
    pub target: Target,
    /// File format.
    pub format: Format,
    /// Background palette colour id, optionally with a tint (`groen` or `groen@40`); `None` = transparent.
    pub background: Option<String>,
    /// A full page (trim + bleed) in the background colour with the logo placed per the size table.
    pub page: bool,
    /// Crop marks; `None` = the preset's setting (page exports only).
    pub crop_marks: Option<bool>,
    /// Include the manual's clear space around the logo (default true).
    pub clear_space: bool,
    /// Who is exporting (sender id), for the sender rules.
    pub sender: Option<String>,
}

impl Request {
    /// A logo request with defaults: clear space on, transparent, not a page.
    pub fn logo(logo: &str, target: Target, format: Format) -> Request {
        Request {
            subject: Subject::Logo {
                logo: logo.to_owned(),
                lockup: None,
                colorway: None,
                cobranded: false,
            },
            target,
            format,
            background: None,
            page: false,
            crop_marks: None,
            clear_space: true,
            sender: None,
        }
    }

    /// The same request with a lockup.
    pub fn with_lockup(mut self, id: &str) -> Request {
        if let Subject::Logo { lockup, .. } = &mut self.subject {
            *lockup = Some(id.to_owned());
        }
        self
    }

    /// The same request with a colourway.
    pub fn with_colorway(mut self, id: &str) -> Request {
        if let Subject::Logo { colorway, .. } = &mut self.subject {
            *colorway = Some(id.to_owned());
        }
        self
    }

    /// The same request for the co-branded lockup (or not).
    pub fn with_cobranded(mut self, on: bool) -> Request {
        if let Subject::Logo { cobranded, .. } = &mut self.subject {
            *cobranded = on;
        }
        self
    }

    /// Whether the request is for a co-branded lockup.
    pub fn is_cobranded(&self) -> bool {
        matches!(
            self.subject,
            Subject::Logo {
                cobranded: true,
                ..
            }
        )
    }

    /// The same request on a background.
    pub fn with_background(mut self, id: &str) -> Request {
        self.background = Some(id.to_owned());
        self
    }

    /// A preset target.
    pub fn preset(id: &str) -> Target {
        Target::Preset { id: id.to_owned() }
    }
}
