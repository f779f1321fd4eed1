//! Minimum size (`logo.minimum-size`, blocking): the logo's width without clear space must not be below the
//! manual's minimum for its lockup and colourway — in mm at final size for physical targets, in screen px
//! for pixel targets (an e-mail signature file is shown at 1 / its display scale). A co-branded lockup's
//! minimum is the width of the whole lockup at which both of its logos keep their own minimum.

use crate::plan::Units;
use crate::request::Target;

use super::message::{Arg, text};
use super::{Area, Ctx, Finding, Quantity, Severity, Unit};

/// Adds a finding when the logo is smaller than its minimum.
pub(super) fn check(ctx: &Ctx<'_, '_>, findings: &mut Vec<Finding>) {
    let plan = ctx.plan;
    let (Some(lockup), Some(colorway)) = (plan.lockup_name(), plan.colorway) else {
        return;
    };
    let (print_mm, screen_px) = plan.minimum_width();
    let minimum = match plan.units {
        Units::Mm => print_mm,
        Units::Px => screen_px.map(f64::from),
    };
    let Some(minimum) = minimum else {
        return;
    };
    let measured = ctx.length(plan.logo_rect.w);
    if measured.value >= minimum * (1.0 - 1e-9) {
        return;
    }
    let unit = measured.unit;
    let required = Quantity::new(minimum, unit);
    let message = text(
        "compliance-minimum-size",
        &[
            ("measured", Arg::M(measured, required)),
            ("required", Arg::Q(required)),
            ("lockup", Arg::T(lockup)),
            ("colorway", Arg::T(&colorway.name)),
        ],
    );
    let fix = match (&ctx.request.target, plan.preset) {
        (Target::Preset { .. }, Some(preset)) => text(
            "compliance-minimum-size-preset-fix",
            &[("preset", Arg::T(&preset.name))],
        ),
        _ => {
            // The file scales as a whole: the width that makes the logo exactly its minimum, rounded up.
            let width = plan.trim.0 * minimum / measured.value;
            let step = if unit == Unit::Mm { 10.0 } else { 1.0 };
            let width = Quantity::new((width * step - 1e-9).ceil() / step, unit);
            text(
                "compliance-minimum-size-fix",
                &[("width", Arg::Q(width)), ("required", Arg::Q(required))],
            )
        }
    };
    findings.push(
        Finding::new("logo.minimum-size", Severity::Blocking, message)
            .measure(measured, required)
            .fix(fix)
            .chapter(ctx.chapter(Area::Logo)),
    );
}
