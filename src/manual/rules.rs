//! The parameters of the compliance rules (`[rules]` in `manual.toml`): thresholds and the chapters findings
//! cite. Every key has a default, so a manual without `[rules]` gets the usual values.

use serde::Serialize;
use toml::Spanned;

use super::diagnostic::{Diagnostics, Message, Severity};
use super::doc::Doc;
use super::programme::Chapter;
use super::raw;

/// Rule parameters stated by the manual.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Rules {
    /// Minimum WCAG contrast between a logo's main colour and its background (non-text graphics; default 3).
    pub logo_contrast: f64,
    /// Minimum WCAG contrast of normal text in templates (default 4.5).
    pub text_contrast: f64,
    /// Minimum WCAG contrast of large text in templates (default 3).
    pub large_text_contrast: f64,
    /// Raster files for print should have at least this resolution at final size (default 300 ppi).
    pub print_ppi: f64,
    /// Below this resolution a raster file for print is refused (default 200 ppi).
    pub print_ppi_blocking: f64,
    /// Print products larger than this (short × long side, mm; default A2 = 420 × 594) are large formats.
    pub large_format_mm: (f64, f64),
    /// Resolution wanted for large formats (default 150 ppi).
    pub large_print_ppi: f64,
    /// Below this resolution a large-format raster file is refused (default 100 ppi).
    pub large_print_ppi_blocking: f64,
    /// Chapter cited by the logo rules when the logo names none.
    pub chapter_logo: Option<String>,
    /// Chapter cited by the colour rules (palette, contrast).
    pub chapter_colors: Option<String>,
    /// Chapter cited by the format rules (medium, colour space, resolution, presets).
    pub chapter_formats: Option<String>,
    /// Chapter cited by the sender rules.
    pub chapter_senders: Option<String>,
}

impl Default for Rules {
    fn default() -> Self {
        Rules {
            logo_contrast: 3.0,
            text_contrast: 4.5,
            large_text_contrast: 3.0,
            print_ppi: 300.0,
            print_ppi_blocking: 200.0,
            large_format_mm: (420.0, 594.0),
            large_print_ppi: 150.0,
            large_print_ppi_blocking: 100.0,
            chapter_logo: None,
            chapter_colors: None,
            chapter_formats: None,
            chapter_senders: None,
        }
    }
}

impl Rules {
    /// Whether a print product of this size (mm, either orientation) is larger than the large-format limit.
    pub fn is_large_format(&self, width_mm: f64, height_mm: f64) -> bool {
        let (short, long) = if width_mm <= height_mm {
            (width_mm, height_mm)
        } else {
            (height_mm, width_mm)
        };
        let (limit_short, limit_long) = self.large_format_mm;
        short > limit_short + 1e-9 || long > limit_long + 1e-9
    }
}

/// Validates `[rules]`: a value out of range is an error and keeps its default; a chapter id must exist.
pub(super) fn from_raw(
    doc: &Doc<'_>,
    raw: raw::Rules,
    chapters: &[Chapter],
    diags: &mut Diagnostics,
) -> Rules {
    let d = Rules::default();
    let at = |v: &Option<Spanned<f64>>| v.as_ref().map_or(0, |v| v.span().start);
    let guards = [
        at(&raw.print_ppi_blocking),
        at(&raw.large_print_ppi_blocking),
    ];
    let mut number = |v: Option<Spanned<f64>>, default: f64, range: (f64, f64), what: &str| match v
    {
        None => default,
        Some(v) if v.get_ref().is_finite() && (range.0..=range.1).contains(v.get_ref()) => {
            *v.get_ref()
        }
        Some(v) => {
            doc.error_at(
                diags,
                &v,
                Message::new("rules-range")
                    .arg("key", what)
                    .arg("found", v.get_ref())
                    .arg("min", range.0)
                    .arg("max", range.1)
                    .arg("default", default),
            );
            default
        }
    };
    const CONTRAST: (f64, f64) = (1.0, 21.0);
    const PPI: (f64, f64) = (1.0, 10_000.0);
    let mut rules = Rules {
        logo_contrast: number(
            raw.logo_contrast,
            d.logo_contrast,
            CONTRAST,
            "logo_contrast",
        ),
        text_contrast: number(
            raw.text_contrast,
            d.text_contrast,
            CONTRAST,
            "text_contrast",
        ),
        large_text_contrast: number(
            raw.large_text_contrast,
            d.large_text_contrast,
            CONTRAST,
            "large_text_contrast",
        ),
        print_ppi: number(raw.print_ppi, d.print_ppi, PPI, "print_ppi"),
        print_ppi_blocking: number(
            raw.print_ppi_blocking,
            d.print_ppi_blocking,
            PPI,
            "print_ppi_blocking",
        ),
        large_print_ppi: number(
            raw.large_print_ppi,
            d.large_print_ppi,
            PPI,
            "large_print_ppi",
        ),
        large_print_ppi_blocking: number(
            raw.large_print_ppi_blocking,
            d.large_print_ppi_blocking,
            PPI,
            "large_print_ppi_blocking",
        ),
        ..d
    };
    if let Some(v) = raw.large_format_mm {
        match v.get_ref()[..] {
            [a, b] if a.is_finite() && b.is_finite() && a > 0.0 && b > 0.0 => {
                rules.large_format_mm = (a.min(b), a.max(b));
            }
            _ => doc.error_at(diags, &v, Message::new("rules-large-format")),
        }
    }
    for ((blocking, wanted, what), offset) in [
        (
            &mut rules.print_ppi_blocking,
            rules.print_ppi,
            "print_ppi_blocking",
        ),
        (
            &mut rules.large_print_ppi_blocking,
            rules.large_print_ppi,
            "large_print_ppi_blocking",
        ),
    ]
    .into_iter()
    .zip(guards)
    {
        if *blocking > wanted {
            doc.report(
                diags,
                Severity::Error,
                offset,
                Message::new("rules-blocking-above")
                    .arg("key", what)
                    .arg("found", *blocking)
                    .arg("wanted", wanted),
            );
            *blocking = wanted;
        }
    }
    let chapter = |v: Option<Spanned<String>>, what: &str, diags: &mut Diagnostics| {
        let v = v?;
        if chapters.iter().any(|c| &c.id == v.get_ref()) {
            Some(v.into_inner())
        } else {
            doc.error_at(
                diags,
                &v,
                Message::new("rules-chapter")
                    .arg("key", what)
                    .arg("id", v.get_ref()),
            );
            None
        }
    };
    rules.chapter_logo = chapter(raw.chapter_logo, "chapter_logo", diags);
    rules.chapter_colors = chapter(raw.chapter_colors, "chapter_colors", diags);
    rules.chapter_formats = chapter(raw.chapter_formats, "chapter_formats", diags);
    rules.chapter_senders = chapter(raw.chapter_senders, "chapter_senders", diags);
    rules
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn above_a2_is_large_in_either_orientation() {
        let r = Rules::default();
        assert!(!r.is_large_format(420.0, 594.0));
        assert!(!r.is_large_format(594.0, 420.0));
        assert!(!r.is_large_format(210.0, 297.0));
        assert!(r.is_large_format(594.0, 841.0));
        assert!(r.is_large_format(500.0, 700.0));
        assert!(r.is_large_format(100.0, 1000.0));
    }
}
