//! Co-branding (`sender.cobranding`, warning): when the logo's owner must show another logo alongside its own
//! (`[sender.cobranding] requires`), a file with the owner's logo alone warns and says how to combine them:
//! the required logo, the minimum gap at this size and the order, or to export the co-branded lockup, which
//! carries the required logo (and so gets no warning).

use crate::cobrand;
use crate::manual::sender::CobrandOrder;

use super::message::{Arg, text};
use super::{Area, Ctx, Finding, Severity};

/// Adds a warning when a logo that must stand with another is exported alone.
pub(super) fn check(ctx: &Ctx<'_, '_>, findings: &mut Vec<Finding>) {
    let plan = ctx.plan;
    let (Some(logo), Some(lockup), Some(artwork)) =
        (plan.logo, plan.lockup, plan.artwork.as_deref())
    else {
        return;
    };
    if plan.cobrand.is_some() {
        return;
    }
    let manual = ctx.manual;
    let Some(owner) = manual.sender(&logo.sender) else {
        return;
    };
    let Some(rule) = cobrand::rule(manual, logo) else {
        return;
    };
    let Some(required) = manual.logo(&rule.requires) else {
        return;
    };
    // The gap is min_separation × the reference measure, at the size of this file.
    let scale = plan.logo_rect.w / artwork.width;
    let gap = ctx.length(rule.min_separation * lockup.reference * scale);
    let order = match rule.order {
        CobrandOrder::OwnFirst => "own-first",
        CobrandOrder::RequiredFirst => "required-first",
    };
    let message = text(
        "compliance-cobranding",
        &[
            ("owner", Arg::T(&owner.name)),
            ("required", Arg::T(&required.name)),
            ("logo", Arg::T(&logo.name)),
        ],
    );
    let fix = text(
        "compliance-cobranding-fix",
        &[
            ("required", Arg::T(&required.name)),
            ("gap", Arg::Q(gap)),
            ("ratio", Arg::N(rule.min_separation)),
            ("reference", Arg::T(&logo.reference_name)),
            ("order", Arg::S(order)),
            ("lockup", Arg::T(&cobrand::name(manual, lockup, required))),
        ],
    );
    findings.push(
        Finding::new("sender.cobranding", Severity::Warning, message)
            .fix(fix)
            .chapter(ctx.chapter(Area::Senders)),
    );
}
