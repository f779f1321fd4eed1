//! Medium and colour space (`medium.color-space`, `medium.format`). Print wants a CMYK PDF or an SVG; a PNG
//! or JPEG for print is an RGB file that the print shop converts, so the brand colours may shift (warning);
//! an ICO cannot be printed (blocking). Screens want sRGB PNG, JPEG or SVG: a PDF for the web or social
//! media warns, and so does a screen preset that the manual set to CMYK.

use crate::manual::{ColorSpace, Format, Medium};

use super::message::{Arg, format_name, text};
use super::{Area, Ctx, Finding, Severity};

/// Adds the medium and colour space findings.
pub(super) fn check(ctx: &Ctx<'_, '_>, findings: &mut Vec<Finding>) {
    let plan = ctx.plan;
    let chapter = ctx.chapter(Area::Formats);
    let format = [("format", Arg::S(format_name(plan.format)))];
    let mut add = |rule, severity, message: &str, fix: &str| {
        findings.push(
            Finding::new(rule, severity, text(message, &format))
                .fix(text(fix, &format))
                .chapter(chapter),
        );
    };
    match plan.medium {
        Medium::Print => match plan.format {
            Format::Ico => add(
                "medium.format",
                Severity::Blocking,
                "compliance-medium-ico-print",
                "compliance-medium-print-fix",
            ),
            Format::Png | Format::Jpeg => add(
                "medium.color-space",
                Severity::Warning,
                "compliance-medium-rgb-print",
                "compliance-medium-print-fix",
            ),
            Format::Pdf | Format::Svg => {}
        },
        Medium::Web | Medium::Social | Medium::Office => {
            if plan.format == Format::Pdf && plan.medium != Medium::Office {
                add(
                    "medium.format",
                    Severity::Warning,
                    "compliance-medium-pdf-screen",
                    "compliance-medium-screen-fix",
                );
            }
            if plan.color_space == ColorSpace::Cmyk {
                add(
                    "medium.color-space",
                    Severity::Warning,
                    "compliance-medium-cmyk-screen",
                    "compliance-medium-cmyk-screen-fix",
                );
            }
        }
    }
}
