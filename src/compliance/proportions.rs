//! Proportions (`logo.proportions`, info): the logo is never stretched — a box of another aspect ratio than
//! the logo (with its clear space) gets the logo scaled to fit and centred. Reported so the user knows why
//! there is extra space in the file.

use super::message::{Arg, text};
use super::{Area, Ctx, Finding, Severity};

/// Adds an info finding when the logo was fitted into a box of another shape.
pub(super) fn check(ctx: &Ctx<'_, '_>, findings: &mut Vec<Finding>) {
    let plan = ctx.plan;
    if !plan.fitted || plan.logo.is_none() {
        return;
    }
    let (width, height) = (ctx.length(plan.trim.0), ctx.length(plan.trim.1));
    let message = text(
        "compliance-proportions",
        &[("width", Arg::N(width.value)), ("height", Arg::Q(height))],
    );
    findings.push(
        Finding::new("logo.proportions", Severity::Info, message).chapter(ctx.chapter(Area::Logo)),
    );
}
