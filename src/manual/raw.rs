//! The manual's TOML files as serde structs, before validation. Values that validation must point at are
//! wrapped in [`Spanned`] so that a problem can name its line and column.

use serde::Deserialize;
use toml::Spanned;

use super::color::Role;
use super::logo::{ColorwayKind, PartKind, Position};
use super::preset::{ColorSpace, Format, Medium, PresetKind};
use super::sender::{CobrandAlign, CobrandArrangement, CobrandOrder, SenderKind};

type S<T> = Spanned<T>;

/// `manual.toml`, top level keys other than the arrays.
#[derive(Debug, Deserialize)]
pub struct ManualHead {
    pub format: S<i64>,
    pub programme: Programme,
    #[serde(default)]
    pub rules: Rules,
}

/// `[rules]`: every key optional (see [`super::rules::Rules`] for the defaults).
#[derive(Debug, Default, Deserialize)]
pub struct Rules {
    pub logo_contrast: Option<S<f64>>,
    pub text_contrast: Option<S<f64>>,
    pub large_text_contrast: Option<S<f64>>,
    pub print_ppi: Option<S<f64>>,
    pub print_ppi_blocking: Option<S<f64>>,
    pub large_format_mm: Option<S<Vec<f64>>>,
    pub large_print_ppi: Option<S<f64>>,
    pub large_print_ppi_blocking: Option<S<f64>>,
    pub chapter_logo: Option<S<String>>,
    pub chapter_colors: Option<S<String>>,
    pub chapter_formats: Option<S<String>>,
    pub chapter_senders: Option<S<String>>,
}

#[derive(Debug, Deserialize)]
pub struct Programme {
    pub organisation: String,
    pub short: Option<S<String>>,
    pub name_da: String,
    pub name_en: Option<String>,
    pub version: String,
    pub theme_da: Option<String>,
    pub theme_en: Option<String>,
    pub adopted_by: String,
    pub adopted_on: S<toml::value::Datetime>,
    pub updated_on: S<toml::value::Datetime>,
    pub journal_no: Option<String>,
    pub contact: String,
}

#[derive(Debug, Deserialize)]
pub struct Chapter {
    pub id: S<String>,
    pub number: String,
    pub name_da: String,
    pub name_en: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct ChangelogEntry {
    pub version: String,
    pub date: S<toml::value::Datetime>,
    pub text_da: String,
    pub text_en: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct Color {
    pub id: S<String>,
    pub name_da: String,
    pub name_en: Option<String>,
    pub role: Role,
    pub hex: S<String>,
    pub rgb: Option<S<Vec<i64>>>,
    pub cmyk: S<Vec<f64>>,
    pub pantone_c: Option<String>,
    pub pantone_u: Option<String>,
    pub ral: Option<String>,
    pub ncs: Option<String>,
    #[serde(default)]
    pub tints: Vec<S<i64>>,
    #[serde(default)]
    pub synonyms: Vec<String>,
}

#[derive(Debug, Deserialize)]
pub struct Family {
    pub id: S<String>,
    pub name: String,
    #[serde(default)]
    pub roles: Vec<S<String>>,
    pub licence: String,
    pub licence_file: Option<S<String>>,
    #[serde(default)]
    pub files: Vec<S<String>>,
    #[serde(default)]
    pub fallback: Vec<String>,
    pub usage_da: Option<String>,
    pub usage_en: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct Sender {
    pub id: S<String>,
    pub kind: SenderKind,
    pub name_da: String,
    pub name_en: Option<String>,
    pub parent: Option<S<String>>,
    #[serde(default)]
    pub synonyms: Vec<String>,
    pub cobranding: Option<Cobranding>,
    pub contact: Option<Contact>,
    pub signature_logo: Option<bool>,
}

#[derive(Debug, Deserialize)]
pub struct Contact {
    #[serde(default)]
    pub address_lines: Vec<S<String>>,
    pub phone: Option<S<String>>,
    pub email: Option<S<String>>,
    pub web: Option<S<String>>,
    pub opening_hours: Option<S<String>>,
}

#[derive(Debug, Deserialize)]
pub struct Cobranding {
    pub requires: S<String>,
    pub order: Option<CobrandOrder>,
    pub arrangement: Option<CobrandArrangement>,
    pub align: Option<CobrandAlign>,
    pub min_separation: Option<S<f64>>,
    pub relative_size: Option<S<f64>>,
    pub required_lockup: Option<S<String>>,
}

#[derive(Debug, Deserialize)]
pub struct Preset {
    pub id: S<String>,
    pub name_da: String,
    pub name_en: Option<String>,
    pub medium: Medium,
    pub kind: Option<PresetKind>,
    pub width_mm: Option<S<f64>>,
    pub height_mm: Option<S<f64>>,
    pub width_px: Option<S<i64>>,
    pub height_px: Option<S<i64>>,
    pub dpi: Option<S<f64>>,
    pub bleed_mm: Option<S<f64>>,
    pub crop_marks: Option<bool>,
    pub color_space: ColorSpace,
    pub output_intent: Option<String>,
    pub formats: S<Vec<Format>>,
    #[serde(default)]
    pub lockups: Vec<S<String>>,
    pub display_scale: Option<S<i64>>,
}

/// `logos/<id>/logo.toml`.
#[derive(Debug, Deserialize)]
pub struct Logo {
    pub id: S<String>,
    pub sender: S<String>,
    pub name_da: String,
    pub name_en: Option<String>,
    #[serde(default)]
    pub synonyms: Vec<String>,
    pub chapter: Option<S<String>>,
    #[serde(default)]
    pub part: Vec<Part>,
    pub reference: Reference,
    pub clear_space: ClearSpace,
    pub lockup: Vec<Lockup>,
    pub colorway: Vec<Colorway>,
    #[serde(default)]
    pub minimum: Vec<Minimum>,
    #[serde(default)]
    pub size: Vec<Size>,
}

#[derive(Debug, Deserialize)]
pub struct Part {
    pub id: S<String>,
    pub kind: PartKind,
    pub name_da: String,
    pub name_en: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct Reference {
    pub part: S<String>,
    pub name_da: String,
    pub name_en: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct ClearSpace {
    pub ratio: S<f64>,
}

#[derive(Debug, Deserialize)]
pub struct Lockup {
    pub id: S<String>,
    pub name_da: String,
    pub name_en: Option<String>,
    pub reference: S<f64>,
    pub files: S<std::collections::BTreeMap<String, S<String>>>,
}

#[derive(Debug, Deserialize)]
pub struct Colorway {
    pub id: S<String>,
    pub kind: ColorwayKind,
    pub name_da: String,
    pub name_en: Option<String>,
    pub main_color: S<String>,
    #[serde(default)]
    pub backgrounds: Vec<S<String>>,
    pub spot: Option<S<String>>,
}

#[derive(Debug, Deserialize)]
pub struct Minimum {
    pub lockup: Option<S<String>>,
    pub colorway: Option<S<String>>,
    pub print_mm: Option<S<f64>>,
    pub screen_px: Option<S<i64>>,
}

#[derive(Debug, Deserialize)]
pub struct Size {
    pub preset: S<String>,
    pub lockup: Option<S<String>>,
    pub width_mm: S<f64>,
    pub position: Option<Position>,
    pub margin_mm: Option<S<f64>>,
}
