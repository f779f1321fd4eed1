//! Clear space (`logo.clear-space`, blocking): the manual's clear space (frizone) must lie inside the file on
//! every side — for a logo file, inside its box (the box *is* the clear space that whoever places the file
//! keeps free); for a page, inside the trim box (a clear space cut by the trim edge is cropped). A file made
//! without clear space (`clear_space = false`) therefore fails for logo files, and for pages only when the
//! placement leaves less than the clear space to the trim edge.

use super::message::{Arg, text};
use super::{Area, Ctx, Finding, Severity};

/// Adds a finding when the file crops or shrinks the clear space.
pub(super) fn check(ctx: &Ctx<'_, '_>, findings: &mut Vec<Finding>) {
    let plan = ctx.plan;
    let Some(logo) = plan.logo else {
        return;
    };
    let r = plan.logo_rect;
    let (w, h) = plan.trim;
    let margin = r.x.min(r.y).min(w - r.x - r.w).min(h - r.y - r.h).max(0.0);
    let tolerance = 1e-6 * w.max(h);
    if margin + tolerance >= plan.clear_space {
        return;
    }
    let (measured, required) = (ctx.length(margin), ctx.length(plan.clear_space));
    let args = [
        ("measured", Arg::M(measured, required)),
        ("required", Arg::Q(required)),
        ("ratio", Arg::N(logo.clear_space_ratio)),
        ("reference", Arg::T(&logo.reference_name)),
    ];
    let id = if plan.page || plan.clear_space_included {
        "compliance-clear-space-cut"
    } else {
        "compliance-clear-space-missing"
    };
    findings.push(
        Finding::new("logo.clear-space", Severity::Blocking, text(id, &args))
            .measure(measured, required)
            .fix(text("compliance-clear-space-fix", &[]))
            .chapter(ctx.chapter(Area::Logo)),
    );
}
