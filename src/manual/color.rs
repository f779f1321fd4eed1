//! Palette colours, exactly as the manual authors them.

use serde::Serialize;

use super::text::Text;
use crate::i18n::{Lang, number};

/// The role of a colour in the palette.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// The main brand colour(s).
    Primary,
    /// Supporting colours.
    Secondary,
    /// Highlights.
    Accent,
    /// Greys, black, white, paper tones.
    Neutral,
}

/// An sRGB colour as 8-bit channels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Rgb(pub [u8; 3]);

impl Rgb {
    /// Parses exactly `#rrggbb` (either case).
    pub fn parse_hex(s: &str) -> Option<Rgb> {
        let digits = s.strip_prefix('#')?;
        if digits.len() != 6 || !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let channel = |i: usize| u8::from_str_radix(&digits[i..i + 2], 16).ok();
        Some(Rgb([channel(0)?, channel(2)?, channel(4)?]))
    }

    /// Three channels, each 0–255 (an authored `rgb`).
    pub fn from_channels(values: &[i64]) -> Option<Rgb> {
        match *values {
            [r, g, b] => Some(Rgb([
                u8::try_from(r).ok()?,
                u8::try_from(g).ok()?,
                u8::try_from(b).ok()?,
            ])),
            _ => None,
        }
    }

    /// `#rrggbb`, lowercase.
    pub fn to_hex(self) -> String {
        let [r, g, b] = self.0;
        format!("#{r:02x}{g:02x}{b:02x}")
    }
}

/// CMYK in percent (0–100 each), as authored.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Cmyk(pub [f32; 4]);

impl Cmyk {
    /// An authored CMYK: exactly four values, each 0–100 (decimals allowed).
    pub fn from_authored(values: &[f64]) -> Option<Cmyk> {
        match *values {
            [c, m, y, k] if values.iter().all(|v| (0.0..=100.0).contains(v)) => {
                Some(Cmyk([c as f32, m as f32, y as f32, k as f32]))
            }
            _ => None,
        }
    }

    /// The components as PDF operands (0–1), e.g. `[0.9, 0.2, 0.85, 0.1]`.
    pub fn unit(self) -> [f32; 4] {
        self.0.map(|v| v / 100.0)
    }

    /// This CMYK scaled to a tint (percent 0–100), as printers make procenttoner.
    pub fn tint(self, percent: f32) -> Cmyk {
        Cmyk(self.0.map(|v| v * percent / 100.0))
    }

    /// The authored notation, e.g. `90/20/85/10`.
    pub fn notation(self) -> String {
        self.0
            .iter()
            .map(|v| number(f64::from(*v), 2, Lang::En))
            .collect::<Vec<_>>()
            .join("/")
    }
}

/// One colour of the palette.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Color {
    /// Stable id, e.g. `groen`.
    pub id: String,
    /// Danish and English name.
    pub name: Text,
    /// Role in the palette.
    pub role: Role,
    /// The authored HEX, as written in the manual.
    pub hex: String,
    /// The sRGB value (authored `rgb`, or the HEX digits).
    pub rgb: Rgb,
    /// The authored CMYK in percent.
    pub cmyk: Cmyk,
    /// Pantone for coated paper, if any.
    pub pantone_c: Option<String>,
    /// Pantone for uncoated paper, if any.
    pub pantone_u: Option<String>,
    /// RAL, if any.
    pub ral: Option<String>,
    /// NCS, if any.
    pub ncs: Option<String>,
    /// Allowed tints in percent.
    pub tints: Vec<u8>,
    /// Extra search words.
    pub synonyms: Vec<String>,
}

impl Color {
    /// The screen colour of a tint: the sRGB value blended with white.
    pub fn tint_rgb(&self, percent: u8) -> Rgb {
        let p = f32::from(percent) / 100.0;
        Rgb(self
            .rgb
            .0
            .map(|c| (f32::from(c) * p + 255.0 * (1.0 - p)).round() as u8))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_parsing_is_strict() {
        assert_eq!(Rgb::parse_hex("#00734a"), Some(Rgb([0, 0x73, 0x4a])));
        assert_eq!(Rgb::parse_hex("#00734A"), Some(Rgb([0, 0x73, 0x4a])));
        for bad in ["00734a", "#0734a", "#00734g", "#00734a0", "", "#+1+2+3"] {
            assert_eq!(Rgb::parse_hex(bad), None, "{bad}");
        }
        assert_eq!(Rgb([0, 0x73, 0x4a]).to_hex(), "#00734a");
    }

    #[test]
    fn cmyk_unit_and_tint() {
        let c = Cmyk([90.0, 20.0, 85.0, 10.0]);
        assert_eq!(c.unit(), [0.9, 0.2, 0.85, 0.1]);
        assert_eq!(c.tint(50.0).0, [45.0, 10.0, 42.5, 5.0]);
        assert_eq!(c.notation(), "90/20/85/10");
    }
}

/// An allowed tint (procenttone): a whole percentage 1–99.
pub fn tint_percent(value: i64) -> Option<u8> {
    u8::try_from(value).ok().filter(|v| (1..=99).contains(v))
}

/// WCAG 2.x relative luminance of an sRGB colour.
pub fn relative_luminance(rgb: Rgb) -> f64 {
    let lin = |c: u8| {
        let s = f64::from(c) / 255.0;
        if s <= 0.04045 {
            s / 12.92
        } else {
            ((s + 0.055) / 1.055).powf(2.4)
        }
    };
    let [r, g, b] = rgb.0;
    0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}

/// WCAG 2.x contrast ratio (1–21) between two colours.
pub fn contrast_ratio(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (relative_luminance(a), relative_luminance(b));
    let (hi, lo) = if la >= lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

#[cfg(test)]
mod wcag_tests {
    use super::*;

    #[test]
    fn reference_vectors() {
        // export-standards.md §5.5, against white
        let white = Rgb([255, 255, 255]);
        for (hex, ratio) in [
            ("#000000", 21.000),
            ("#767676", 4.542),
            ("#777777", 4.478),
            ("#949494", 3.033),
            ("#959595", 2.995),
            ("#595959", 7.005),
            ("#ff0000", 3.998),
            ("#0000ff", 8.592),
        ] {
            let got = contrast_ratio(Rgb::parse_hex(hex).unwrap(), white);
            assert!((got - ratio).abs() < 0.0015, "{hex}: {got}");
        }
        let l = relative_luminance(Rgb::parse_hex("#767676").unwrap());
        assert!((l - 0.18116).abs() < 0.00001, "{l}");
    }
}
