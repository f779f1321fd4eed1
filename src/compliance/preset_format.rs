//! Formats per preset (`preset.format`, blocking): a preset lists the file formats it may be made in.

use super::message::{Arg, format_name, text};
use super::{Area, Ctx, Finding, Severity};

/// Adds a finding when the preset does not allow the format.
pub(super) fn check(ctx: &Ctx<'_, '_>, findings: &mut Vec<Finding>) {
    let plan = ctx.plan;
    let Some(preset) = plan.preset else {
        return;
    };
    if preset.formats.contains(&plan.format) {
        return;
    }
    let message = text(
        "compliance-preset-format",
        &[
            ("preset", Arg::T(&preset.name)),
            ("format", Arg::S(format_name(plan.format))),
        ],
    );
    let allowed = preset
        .formats
        .iter()
        .map(|f| Arg::S(format_name(*f)))
        .collect();
    findings.push(
        Finding::new("preset.format", Severity::Blocking, message)
            .fix(text(
                "compliance-preset-format-fix",
                &[("formats", Arg::Or(allowed))],
            ))
            .chapter(ctx.chapter(Area::Formats)),
    );
}
