//! Languages. Danish is the default; English is switchable everywhere.

use serde::{Deserialize, Serialize};

/// A user-interface and message language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Dansk (default).
    #[default]
    Da,
    /// English.
    En,
}

impl Lang {
    /// Parses `da` or `en` (also `dansk`, `english`, case-insensitive).
    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_ascii_lowercase().as_str() {
            "da" | "dansk" | "danish" | "da-dk" => Some(Lang::Da),
            "en" | "english" | "engelsk" | "en-gb" | "en-us" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Da => "da",
            Lang::En => "en",
        }
    }
}
