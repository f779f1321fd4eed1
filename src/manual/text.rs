//! Names and texts that a manual states in Danish and English.

use serde::Serialize;

use crate::i18n::Lang;

/// A text in Danish and English (English falls back to Danish when the manual gives none).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Text {
    /// Danish.
    pub da: String,
    /// English.
    pub en: String,
}

impl Text {
    /// A text from the manual's `*_da` and optional `*_en` values.
    pub fn new(da: String, en: Option<String>) -> Self {
        let en = en
            .filter(|e| !e.trim().is_empty())
            .unwrap_or_else(|| da.clone());
        Text { da, en }
    }

    /// The text in a language.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Da => &self.da,
            Lang::En => &self.en,
        }
    }
}
