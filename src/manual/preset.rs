//! Export presets: named sizes for print, office, web and social media.

use serde::Serialize;

use super::text::Text;

/// Where a file will be used.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Medium {
    /// Printed by a print shop.
    Print,
    /// Office documents, e-mail, presentations.
    Office,
    /// Web pages.
    Web,
    /// Social media.
    Social,
}

impl Medium {
    /// Whether the medium is a screen (px sizes, sRGB).
    pub fn is_screen(self) -> bool {
        !matches!(self, Medium::Print)
    }
}

/// What the preset makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PresetKind {
    /// A format (page, poster, image size).
    Format,
    /// The favicon set.
    Favicon,
    /// An e-mail signature logo at a multiple of its display size.
    Signature,
}

/// Colour space of the exported file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ColorSpace {
    /// Process colour for print, with the manual's authored values.
    Cmyk,
    /// Screen colour.
    Srgb,
}

/// File format.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Print or screen PDF (vector).
    Pdf,
    /// PNG raster.
    Png,
    /// JPEG raster (opaque).
    Jpeg,
    /// SVG vector.
    Svg,
    /// Windows icon.
    Ico,
}

impl Format {
    /// File extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Png => "png",
            Format::Jpeg => "jpg",
            Format::Svg => "svg",
            Format::Ico => "ico",
        }
    }

    /// Whether the format is raster.
    pub fn is_raster(self) -> bool {
        matches!(self, Format::Png | Format::Jpeg | Format::Ico)
    }
}

/// A preset's size.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(tag = "unit", rename_all = "lowercase")]
pub enum PresetSize {
    /// Trim size in millimetres.
    Mm {
        /// Width in mm.
        width: f64,
        /// Height in mm.
        height: f64,
    },
    /// Pixel size; the height may follow the artwork (e-mail signatures).
    Px {
        /// Width in px.
        width: u32,
        /// Height in px, or `None` to follow the artwork's aspect ratio.
        height: Option<u32>,
    },
}

/// An export preset.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Preset {
    /// Id, e.g. `poster-a3`.
    pub id: String,
    /// Name.
    pub name: Text,
    /// Medium.
    pub medium: Medium,
    /// Kind.
    pub kind: PresetKind,
    /// Size.
    pub size: PresetSize,
    /// Raster resolution in dots per inch.
    pub dpi: f64,
    /// Bleed on every side in mm.
    pub bleed_mm: f64,
    /// Whether print PDFs get crop marks.
    pub crop_marks: bool,
    /// Colour space.
    pub color_space: ColorSpace,
    /// Output condition for print (e.g. `FOGRA39`).
    pub output_intent: String,
    /// Allowed formats, in manual order.
    pub formats: Vec<Format>,
    /// Allowed lockups, or empty for all.
    pub lockups: Vec<String>,
    /// For signatures: the file is this many times the display size.
    pub display_scale: u32,
}

impl Preset {
    /// Whether the preset allows a lockup.
    pub fn allows_lockup(&self, lockup: &str) -> bool {
        self.lockups.is_empty() || self.lockups.iter().any(|l| l == lockup)
    }

    /// The ISO 216 name of the preset's trim size ("A3"), either way round, if it is an A-series sheet.
    pub fn iso_name(&self) -> Option<&'static str> {
        match self.size {
            PresetSize::Mm { width, height } => iso_216_name(width, height),
            PresetSize::Px { .. } => None,
        }
    }

    /// Pixel size of the whole preset (trim, without bleed) at its dpi, if it has a fixed size.
    pub fn pixel_size(&self) -> Option<(u32, u32)> {
        match self.size {
            PresetSize::Mm { width, height } => {
                Some((mm_to_px(width, self.dpi), mm_to_px(height, self.dpi)))
            }
            PresetSize::Px {
                width,
                height: Some(height),
            } => Some((width, height)),
            PresetSize::Px { height: None, .. } => None,
        }
    }
}

/// The A-series sizes of ISO 216 in mm (export-standards.md §1.1), short side first.
const A_SERIES: [(&str, f64, f64); 7] = [
    ("A0", 841.0, 1189.0),
    ("A1", 594.0, 841.0),
    ("A2", 420.0, 594.0),
    ("A3", 297.0, 420.0),
    ("A4", 210.0, 297.0),
    ("A5", 148.0, 210.0),
    ("A6", 105.0, 148.0),
];

/// The ISO 216 name ("A3") of a sheet of `width × height` mm in either orientation (to the half millimetre).
pub fn iso_216_name(width: f64, height: f64) -> Option<&'static str> {
    let (short, long) = (width.min(height), width.max(height));
    A_SERIES
        .iter()
        .find(|(_, s, l)| (short - s).abs() < 0.5 && (long - l).abs() < 0.5)
        .map(|(name, _, _)| *name)
}

/// Pixels for a length in mm at a resolution, rounded (A4 at 300 dpi is exactly 2480 × 3508).
pub fn mm_to_px(mm: f64, dpi: f64) -> u32 {
    (mm / 25.4 * dpi).round().max(1.0) as u32
}

/// PNG pHYs pixels per metre for a dpi (300 dpi = 11811).
pub fn dpi_to_ppm(dpi: f64) -> u32 {
    (dpi / 0.0254).round() as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_series_pixels_match_the_reference() {
        // export-standards.md §1.1
        let table = [
            (841.0, 1189.0, 300.0, 9933, 14043),
            (594.0, 841.0, 300.0, 7016, 9933),
            (420.0, 594.0, 300.0, 4961, 7016),
            (297.0, 420.0, 300.0, 3508, 4961),
            (210.0, 297.0, 300.0, 2480, 3508),
            (148.0, 210.0, 300.0, 1748, 2480),
            (841.0, 1189.0, 150.0, 4967, 7022),
            (210.0, 297.0, 150.0, 1240, 1754),
        ];
        for (w, h, dpi, pw, ph) in table {
            assert_eq!(
                (mm_to_px(w, dpi), mm_to_px(h, dpi)),
                (pw, ph),
                "{w}x{h}@{dpi}"
            );
        }
        assert_eq!(dpi_to_ppm(300.0), 11811);
        assert_eq!(iso_216_name(297.0, 420.0), Some("A3"));
        assert_eq!(iso_216_name(1189.0, 841.0), Some("A0"));
        assert_eq!(iso_216_name(500.0, 700.0), None);
        assert_eq!(iso_216_name(85.0, 55.0), None);
        assert_eq!(dpi_to_ppm(72.0), 2835);
    }
}
