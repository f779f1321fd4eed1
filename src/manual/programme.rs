//! Programme metadata: who adopted the manual, when, its version and changelog.

use serde::Serialize;

use super::text::Text;

/// Metadata of the design programme.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Programme {
    /// Format version of the manual files.
    pub format: u32,
    /// Organisation name.
    pub organisation: String,
    /// Short name used in file names (lowercase ASCII).
    pub short: String,
    /// Programme name.
    pub name: Text,
    /// Programme version.
    pub version: String,
    /// Theme line, if any.
    pub theme: Option<Text>,
    /// Adopted by.
    pub adopted_by: String,
    /// Adopted on (YYYY-MM-DD).
    pub adopted_on: String,
    /// Updated on (YYYY-MM-DD).
    pub updated_on: String,
    /// Journal number.
    pub journal_no: Option<String>,
    /// Contact.
    pub contact: String,
}

/// A chapter of the manual, cited by compliance findings.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Chapter {
    /// Id.
    pub id: String,
    /// Number as printed, e.g. `3`.
    pub number: String,
    /// Name.
    pub name: Text,
}

/// A changelog entry.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChangelogEntry {
    /// Version.
    pub version: String,
    /// Date (YYYY-MM-DD).
    pub date: String,
    /// What changed.
    pub text: Text,
}
