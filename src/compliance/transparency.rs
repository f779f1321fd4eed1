//! Transparency (`medium.transparency`): a JPEG cannot be transparent, so a logo JPEG without a background is
//! made on white (the exporter fills it white). That is a warning — and blocking when the colourway's main
//! colour has less than `[rules] logo_contrast` against white (a white logo would vanish).

use crate::manual::color::contrast_ratio;
use crate::manual::{Format, Rgb};

use super::message::{Arg, text};
use super::{Area, Ctx, Finding, Quantity, Severity, Unit};

/// The background a JPEG without one gets.
const JPEG_FILL: Rgb = Rgb([255, 255, 255]);

/// Adds a finding for a logo JPEG without a background.
pub(super) fn check(ctx: &Ctx<'_, '_>, findings: &mut Vec<Finding>) {
    let plan = ctx.plan;
    if plan.format != Format::Jpeg || plan.background.is_some() {
        return;
    }
    let Some(colorway) = plan.colorway else {
        return;
    };
    let required = ctx.manual.rules.logo_contrast;
    let ratio = ctx
        .manual
        .color(&colorway.main_color)
        .map(|c| contrast_ratio(c.rgb, JPEG_FILL));
    let fix = text("compliance-transparency-fix", &[]);
    let chapter = ctx.chapter(Area::Formats);
    let finding = match ratio {
        Some(r) if r < required => {
            let (measured, required) = (
                Quantity::new(r, Unit::Ratio),
                Quantity::new(required, Unit::Ratio),
            );
            let message = text(
                "compliance-transparency-invisible",
                &[("colorway", Arg::T(&colorway.name))],
            );
            Finding::new("medium.transparency", Severity::Blocking, message)
                .measure(measured, required)
        }
        _ => Finding::new(
            "medium.transparency",
            Severity::Warning,
            text("compliance-transparency", &[]),
        ),
    };
    findings.push(finding.fix(fix).chapter(chapter));
}
