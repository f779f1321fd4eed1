//! Text contrast (`text.contrast`, blocking) for templates: text must have at least `[rules] text_contrast`
//! (4.5:1) against its background, large text (≥ 18 pt, or ≥ 14 pt bold) `large_text_contrast` (3:1).
//! Templates call [`text_contrast`]; [`ContrastLevels`] gives the WCAG 2.x levels of any colour pair (the
//! `contrast` command prints them).

use serde::Serialize;

use crate::manual::color::contrast_ratio;
use crate::manual::{Manual, Rgb, Text};

use super::message::{Arg, text};
use super::{Area, Finding, Quantity, Severity, Unit, chapter};

/// The WCAG 2.x contrast levels a colour pair passes.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct ContrastLevels {
    /// The contrast ratio (1–21).
    pub ratio: f64,
    /// AA, normal text (≥ 4.5:1, success criterion 1.4.3).
    pub aa_normal: bool,
    /// AA, large text (≥ 3:1, 1.4.3).
    pub aa_large: bool,
    /// AAA, normal text (≥ 7:1, 1.4.6).
    pub aaa_normal: bool,
    /// AAA, large text (≥ 4.5:1, 1.4.6).
    pub aaa_large: bool,
    /// Non-text graphics and user-interface parts (≥ 3:1, 1.4.11).
    pub non_text: bool,
}

impl ContrastLevels {
    /// WCAG AA for normal text.
    pub const AA_NORMAL: f64 = 4.5;
    /// WCAG AA for large text.
    pub const AA_LARGE: f64 = 3.0;
    /// WCAG AAA for normal text.
    pub const AAA_NORMAL: f64 = 7.0;
    /// WCAG AAA for large text.
    pub const AAA_LARGE: f64 = 4.5;
    /// WCAG non-text contrast.
    pub const NON_TEXT: f64 = 3.0;

    /// The levels of a pair of colours (the order does not matter).
    pub fn of(a: Rgb, b: Rgb) -> ContrastLevels {
        let ratio = contrast_ratio(a, b);
        ContrastLevels {
            ratio,
            aa_normal: ratio >= Self::AA_NORMAL,
            aa_large: ratio >= Self::AA_LARGE,
            aaa_normal: ratio >= Self::AAA_NORMAL,
            aaa_large: ratio >= Self::AAA_LARGE,
            non_text: ratio >= Self::NON_TEXT,
        }
    }
}

/// Checks text of a colour on a background against the manual's text contrast rule; `None` when it passes.
/// The finding names the colours by their palette names when they are palette colours and suggests the
/// palette colour with the most contrast on that background, if it passes.
pub fn text_contrast(
    manual: &Manual,
    text_rgb: Rgb,
    background: Rgb,
    large: bool,
) -> Option<Finding> {
    let rules = &manual.rules;
    let required = if large {
        rules.large_text_contrast
    } else {
        rules.text_contrast
    };
    let ratio = contrast_ratio(text_rgb, background);
    if ratio >= required {
        return None;
    }
    let name = |rgb: Rgb| {
        manual
            .color_by_rgb(rgb)
            .map_or_else(|| Text::new(rgb.to_hex(), None), |c| c.name.clone())
    };
    let (text_name, background_name) = (name(text_rgb), name(background));
    let (measured, required) = (
        Quantity::new(ratio, Unit::Ratio),
        Quantity::new(required, Unit::Ratio),
    );
    let size = if large { "large" } else { "normal" };
    let message = text(
        "compliance-text-contrast",
        &[
            ("text", Arg::T(&text_name)),
            ("background", Arg::T(&background_name)),
            ("measured", Arg::M(measured, required)),
            ("required", Arg::Q(required)),
            ("size", Arg::S(size)),
        ],
    );
    let best = manual.colors.iter().max_by(|a, b| {
        contrast_ratio(a.rgb, background).total_cmp(&contrast_ratio(b.rgb, background))
    });
    let fix = match best {
        Some(c) if contrast_ratio(c.rgb, background) >= required.value => text(
            "compliance-text-contrast-fix",
            &[
                ("color", Arg::T(&c.name)),
                (
                    "ratio",
                    Arg::Q(Quantity::new(
                        contrast_ratio(c.rgb, background),
                        Unit::Ratio,
                    )),
                ),
            ],
        ),
        _ => text("compliance-text-contrast-background-fix", &[]),
    };
    Some(
        Finding::new("text.contrast", Severity::Blocking, message)
            .measure(measured, required)
            .fix(fix)
            .chapter(chapter(manual, Area::Colors, None)),
    )
}
