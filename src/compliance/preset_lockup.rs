//! Lockups per preset (`preset.lockup`, blocking): a preset may restrict the lockups it is made with (the
//! favicon: the mark only).

use super::message::{Arg, text};
use super::{Area, Ctx, Finding, Severity};

/// Adds a finding when the preset does not allow the lockup.
pub(super) fn check(ctx: &Ctx<'_, '_>, findings: &mut Vec<Finding>) {
    let plan = ctx.plan;
    let (Some(preset), Some(logo), Some(lockup)) = (plan.preset, plan.logo, plan.lockup) else {
        return;
    };
    if preset.allows_lockup(&lockup.id) {
        return;
    }
    let message = text(
        "compliance-preset-lockup",
        &[
            ("preset", Arg::T(&preset.name)),
            ("lockup", Arg::T(&lockup.name)),
        ],
    );
    let allowed: Vec<Arg<'_>> = logo
        .lockups
        .iter()
        .filter(|k| preset.allows_lockup(&k.id))
        .map(|k| Arg::T(&k.name))
        .collect();
    let fix = if allowed.is_empty() {
        text(
            "compliance-preset-lockup-none-fix",
            &[
                ("preset", Arg::T(&preset.name)),
                ("logo", Arg::T(&logo.name)),
            ],
        )
    } else {
        text(
            "compliance-preset-lockup-fix",
            &[("lockups", Arg::Or(allowed))],
        )
    };
    findings.push(
        Finding::new("preset.lockup", Severity::Blocking, message)
            .fix(fix)
            .chapter(ctx.chapter(Area::Formats)),
    );
}
