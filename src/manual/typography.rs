//! Typography: font families, their roles, licences and bundled files.

use std::sync::Arc;

use serde::Serialize;

use super::text::Text;

/// A font family of the programme.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Family {
    /// Id.
    pub id: String,
    /// Family name inside the font files.
    pub name: String,
    /// Roles: `headline`, `body`, `office`.
    pub roles: Vec<String>,
    /// Licence name.
    pub licence: String,
    /// Licence file (relative to the manual root).
    pub licence_file: Option<String>,
    /// Bundled font files (relative paths).
    pub files: Vec<String>,
    /// Fallback chain.
    pub fallback: Vec<String>,
    /// Usage note.
    pub usage: Option<Text>,
    /// The bundled font data, in the order of `files` (files that failed to load are missing).
    #[serde(skip)]
    pub data: Vec<Arc<Vec<u8>>>,
}
