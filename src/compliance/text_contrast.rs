//! Text contrast (`text.contrast`, blocking) for templates: text must have at least `[rules] text_contrast`
//! (4.5:1) against its background, large text (≥ 18 pt, or ≥ 14 pt bold) `large_text_contrast` (3:1).
//! Templates call [`text_contrast`]; [`ContrastLevels`] gives the WCAG 2.x levels of any colour pair (the
//! `contrast` command prints them).

use serde::Serialize;

use crate::i18n::Lang;
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

    /// How the pair grades: AAA, AA, large text / graphics only, or not at all.
    pub fn grade(&self) -> Grade {
        Grade::of(self.ratio)
    }

    /// The ratio for people: [`ratio_text`].
    pub fn ratio_text(&self, lang: Lang) -> String {
        ratio_text(self.ratio, lang)
    }

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

/// How a contrast ratio grades against WCAG 2.x, best first (the contrast matrix shows it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Grade {
    /// At least [`ContrastLevels::AAA_NORMAL`] (7:1): AAA for normal text.
    Aaa,
    /// At least [`ContrastLevels::AA_NORMAL`] (4.5:1): AA for normal text.
    Aa,
    /// At least [`ContrastLevels::AA_LARGE`] (3:1): AA for large text, and graphics and interface parts.
    Large,
    /// Below 3:1.
    Fail,
}

impl Grade {
    /// The grade of a contrast ratio (the thresholds of [`ContrastLevels`]).
    pub fn of(ratio: f64) -> Grade {
        if ratio >= ContrastLevels::AAA_NORMAL {
            Grade::Aaa
        } else if ratio >= ContrastLevels::AA_NORMAL {
            Grade::Aa
        } else if ratio >= ContrastLevels::AA_LARGE {
            Grade::Large
        } else {
            Grade::Fail
        }
    }
}

/// A contrast ratio for people, `x:1` without the `:1`: two decimals, decimal comma in Danish — and never
/// rounded up to a WCAG threshold it does not reach. 4.478 reads "4,48", but 2.9953 reads "2,99" (not "3"),
/// 4.4951 "4,49" and 6.996 "6,99": a ratio that fails a level never reads as if it passed.
pub fn ratio_text(ratio: f64, lang: Lang) -> String {
    let rounded = (ratio * 100.0).round() / 100.0;
    let crosses = [
        ContrastLevels::AA_LARGE,
        ContrastLevels::AA_NORMAL,
        ContrastLevels::AAA_NORMAL,
    ]
    .iter()
    .any(|&t| ratio < t && rounded >= t);
    let shown = if crosses {
        (ratio * 100.0).floor() / 100.0
    } else {
        rounded
    };
    let text = format!("{shown:.2}");
    match lang {
        Lang::Da => text.replace('.', ","),
        Lang::En => text,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grades_follow_the_wcag_thresholds() {
        assert_eq!(Grade::of(21.0), Grade::Aaa);
        assert_eq!(Grade::of(7.0), Grade::Aaa);
        assert_eq!(Grade::of(6.99), Grade::Aa);
        assert_eq!(Grade::of(4.5), Grade::Aa);
        assert_eq!(Grade::of(4.49), Grade::Large);
        assert_eq!(Grade::of(3.0), Grade::Large);
        assert_eq!(Grade::of(2.99), Grade::Fail);
    }

    #[test]
    fn ratios_show_two_decimals_and_never_round_across_a_threshold() {
        // export-standards.md §5.5: #959595 on white is 2.995, #777777 4.478, #767676 4.542.
        assert_eq!(ratio_text(2.9953, Lang::En), "2.99");
        assert_eq!(ratio_text(2.9953, Lang::Da), "2,99");
        assert_eq!(ratio_text(4.478, Lang::En), "4.48");
        assert_eq!(ratio_text(4.542, Lang::Da), "4,54");
        assert_eq!(ratio_text(4.4951, Lang::En), "4.49");
        assert_eq!(ratio_text(6.996, Lang::En), "6.99");
        assert_eq!(ratio_text(3.0, Lang::En), "3.00");
        assert_eq!(ratio_text(21.0, Lang::Da), "21,00");
        // Every ratio from 1 to 21 in steps of 0.0001: the text never reaches a threshold the ratio misses.
        for i in 10_000..=210_000 {
            let ratio = f64::from(i) / 10_000.0;
            let shown: f64 = ratio_text(ratio, Lang::En).parse().unwrap();
            assert_eq!(
                Grade::of(shown),
                Grade::of(ratio),
                "{ratio} shown as {shown}"
            );
        }
    }
}
