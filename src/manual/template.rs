//! Template metadata (filling templates is later work).

use serde::Serialize;

use super::text::Text;

/// What a template field holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FieldKind {
    /// Text.
    Text,
    /// An image.
    Image,
}

/// A named field of a template, placed on the trim box (mm from the top-left corner).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Field {
    /// Id.
    pub id: String,
    /// Name.
    pub name: Text,
    /// Kind.
    pub kind: FieldKind,
    /// Left edge in mm.
    pub x_mm: f64,
    /// Top edge in mm.
    pub y_mm: f64,
    /// Width in mm.
    pub width_mm: f64,
    /// Height in mm.
    pub height_mm: f64,
}

/// A template.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Template {
    /// Id.
    pub id: String,
    /// Kind, e.g. `letterhead`.
    pub kind: String,
    /// Name.
    pub name: Text,
    /// Preset giving page size and bleed.
    pub preset: String,
    /// Preset whose size-table entry places the logo.
    pub logo_size: Option<String>,
    /// Fields.
    pub fields: Vec<Field>,
}
