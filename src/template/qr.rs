//! QR codes for QR fields: dark modules in a palette colour on a light ground, with a quiet zone of four
//! modules, drawn as one vector path (so print files keep them sharp and in the authored colour).

use std::fmt::Write as _;

use qrcode::{EcLevel, QrCode};

/// The quiet zone around the code, in modules (ISO/IEC 18004).
pub const QUIET_ZONE: usize = 4;

/// An encoded QR code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Qr {
    /// Modules per side (without the quiet zone).
    pub width: usize,
    /// Row by row, `true` for a dark module.
    pub dark: Vec<bool>,
}

impl Qr {
    /// Modules per side including the quiet zone on both sides.
    pub fn total(&self) -> usize {
        self.width + 2 * QUIET_ZONE
    }
}

/// Why a text cannot become a QR code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QrError {
    /// More data than the largest QR code holds.
    #[error("the text is too long for a QR code ({0} bytes)")]
    TooLong(usize),
}

/// Encodes a text (a URL) with error correction level M (15 %).
pub fn encode(text: &str) -> Result<Qr, QrError> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M)
        .map_err(|_| QrError::TooLong(text.len()))?;
    let width = code.width();
    let dark = code
        .to_colors()
        .into_iter()
        .map(|c| c == qrcode::Color::Dark)
        .collect();
    Ok(Qr { width, dark })
}

/// SVG path data of the dark modules: one rectangle per horizontal run, the code's top-left module (inside
/// the quiet zone) at `(x, y)`, modules `module` units wide.
pub fn path(qr: &Qr, x: f64, y: f64, module: f64) -> String {
    let mut d = String::new();
    for row in 0..qr.width {
        let mut col = 0;
        while col < qr.width {
            if !qr.dark[row * qr.width + col] {
                col += 1;
                continue;
            }
            let start = col;
            while col < qr.width && qr.dark[row * qr.width + col] {
                col += 1;
            }
            let _ = write!(
                d,
                "M{} {}h{}v{}h{}Z",
                round(x + start as f64 * module),
                round(y + row as f64 * module),
                round((col - start) as f64 * module),
                round(module),
                round(-((col - start) as f64) * module),
            );
        }
    }
    d
}

/// Six decimals: enough for any page, shorter files.
fn round(v: f64) -> f64 {
    (v * 1e6).round() / 1e6
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_url_becomes_a_square_code() {
        let qr = encode("https://sonderborg.dk/sommerfest").unwrap();
        assert_eq!(qr.dark.len(), qr.width * qr.width);
        assert!(qr.width >= 21);
        assert_eq!(qr.total(), qr.width + 8);
        // Finder pattern: the top-left module is dark.
        assert!(qr.dark[0]);
        let d = path(&qr, 0.0, 0.0, 1.0);
        assert!(d.starts_with("M0 0h7v1h-7Z"), "{d}");
        assert!(encode(&"x".repeat(5000)).is_err());
    }
}
