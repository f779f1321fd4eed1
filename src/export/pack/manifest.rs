//! `manifest.json` and the Danish read-me of a pack.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::manual::Manual;

use super::super::moment::Moment;
use super::super::{Plan, color_space};
use crate::plan::Units;
use crate::stamp::Stamp;

/// One file of a pack.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// Path inside the pack, `/`-separated.
    pub file: String,
    /// Logo id.
    pub logo: String,
    /// Lockup id.
    pub lockup: String,
    /// For a co-branded lockup: the id of the logo that stands beside the logo's own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cobranded_with: Option<String>,
    /// Colourway id.
    pub colorway: String,
    /// Colour space of the file (`cmyk-fogra39`, `spot-pms`, `srgb`).
    pub color_space: String,
    /// Preset id.
    pub preset: Option<String>,
    /// File type (extension).
    pub format: String,
    /// Physical size (trim + bleed) in mm, for print presets.
    pub size_mm: Option<[f64; 2]>,
    /// Pixel size (raster files; for vector files the size at `dpi`).
    pub size_px: Option<[u32; 2]>,
    /// Resolution.
    pub dpi: f64,
    /// SHA-256 of the file, lowercase hex.
    pub sha256: String,
    /// File size in bytes.
    pub bytes: u64,
    /// Version of the design manual the file was made from.
    pub manual_version: String,
    /// The request the file was made from, as its stamp gives it (compact JSON).
    #[serde(default)]
    pub request: String,
}

impl Entry {
    /// The entry for a file written from a plan (`path` tells the favicon set's files apart).
    pub(crate) fn new(
        stamp: &Stamp,
        plan: &Plan<'_>,
        file: String,
        sha256: String,
        bytes: u64,
        path: &Path,
    ) -> Entry {
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
        let favicon_side = name.as_deref().and_then(favicon_side);
        let format = path
            .extension()
            .map_or_else(String::new, |e| e.to_string_lossy().into_owned());
        let size_mm = (plan.units == Units::Mm && favicon_side.is_none()).then(|| {
            let (w, h) = plan.media();
            [round(w), round(h)]
        });
        let size_px = match favicon_side {
            Some(0) => None,
            Some(side) => Some([side, side]),
            None => Some([plan.pixels.0, plan.pixels.1]),
        };
        Entry {
            file,
            logo: plan.logo.map_or_else(String::new, |l| l.id.clone()),
            lockup: plan.lockup.map_or_else(String::new, |l| l.id.clone()),
            cobranded_with: plan.cobrand.as_ref().map(|c| c.required.logo.id.clone()),
            colorway: plan.colorway.map_or_else(String::new, |c| c.id.clone()),
            color_space: color_space(plan),
            preset: plan.preset.map(|p| p.id.clone()),
            format,
            size_mm,
            size_px,
            dpi: plan.dpi,
            sha256,
            bytes,
            manual_version: stamp.manual_version.clone(),
            request: stamp.request.clone(),
        }
    }
}

/// The pixel side of a favicon-set file by its conventional name (0 for the manifest, which has none).
fn favicon_side(name: &str) -> Option<u32> {
    match name {
        "favicon.ico" => Some(48),
        "apple-touch-icon.png" => Some(180),
        "icon-192.png" => Some(192),
        "icon.svg" | "icon-512.png" | "icon-maskable-512.png" => Some(512),
        "site.webmanifest" => Some(0),
        _ => None,
    }
}

fn round(mm: f64) -> f64 {
    (mm * 1000.0).round() / 1000.0
}

/// The manifest of a pack.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    /// Organisation.
    pub organisation: String,
    /// The design manual's name.
    pub manual: String,
    /// The design manual's version.
    pub manual_version: String,
    /// When that version was adopted (YYYY-MM-DD).
    #[serde(default)]
    pub manual_adopted: String,
    /// What was asked for: the pack's presets (compact JSON).
    #[serde(default)]
    pub request: String,
    /// When the pack was made (UTC, ISO 8601).
    pub created: String,
    /// The program that made it.
    pub generator: String,
    /// Every file, sorted by path.
    pub files: Vec<Entry>,
}

impl Manifest {
    /// A manifest of entries (sorted by file).
    pub(crate) fn new(stamp: Stamp, moment: Moment, mut files: Vec<Entry>) -> Manifest {
        files.sort_by(|a, b| a.file.cmp(&b.file));
        Manifest {
            organisation: stamp.organisation,
            manual: stamp.manual,
            manual_version: stamp.manual_version,
            manual_adopted: stamp.adopted_on,
            request: stamp.request,
            created: moment.iso(),
            generator: stamp.generator,
            files,
        }
    }

    /// Pretty JSON with a final newline.
    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).unwrap_or_default();
        s.push('\n');
        s
    }
}

/// The Danish read-me for the print shop (template `assets/export/laes-mig.txt`).
pub(crate) fn readme(manual: &Manual, manifest: &Manifest) -> String {
    let template = include_str!("../../../assets/export/laes-mig.txt");
    let values = [
        ("organisation", manual.programme.organisation.as_str()),
        ("tool_version", env!("CARGO_PKG_VERSION")),
        ("manual_name", manual.programme.name.da.as_str()),
        ("manual_version", manual.programme.version.as_str()),
        ("date", manifest.created.as_str()),
        ("contact", manual.programme.contact.as_str()),
    ];
    let mut text = template.replace("{count}", &manifest.files.len().to_string());
    for (key, value) in values {
        text = text.replace(&format!("{{{key}}}"), value);
    }
    text.replace("{{", "{").replace("}}", "}")
}
