//! Senders (`sender.unknown`, `sender.logo`, blocking): when the request says who exports, that sender may
//! only use its own logos and those of the senders above it (an institution: its own and the kommune's).

use super::message::{Arg, text};
use super::{Area, Ctx, Finding, Severity};

/// Adds a finding when the sender is unknown or may not use the logo.
pub(super) fn check(ctx: &Ctx<'_, '_>, findings: &mut Vec<Finding>) {
    let Some(id) = &ctx.request.sender else {
        return;
    };
    let manual = ctx.manual;
    let chapter = ctx.chapter(Area::Senders);
    let Some(sender) = manual.sender(id) else {
        let ids = manual.senders.iter().map(|s| Arg::S(&s.id)).collect();
        findings.push(
            Finding::new(
                "sender.unknown",
                Severity::Blocking,
                text("compliance-sender-unknown", &[("id", Arg::S(id))]),
            )
            .fix(text("compliance-request-choose", &[("ids", Arg::Or(ids))]))
            .chapter(chapter),
        );
        return;
    };
    let Some(logo) = ctx.plan.logo else {
        return;
    };
    let allowed = manual.logos_for_sender(&sender.id);
    if allowed.iter().any(|l| l.id == logo.id) {
        return;
    }
    let owner = manual
        .sender(&logo.sender)
        .map_or(Arg::S(&logo.sender), |s| Arg::T(&s.name));
    let message = text(
        "compliance-sender-logo",
        &[
            ("sender", Arg::T(&sender.name)),
            ("logo", Arg::T(&logo.name)),
            ("owner", owner),
        ],
    );
    let mut finding = Finding::new("sender.logo", Severity::Blocking, message).chapter(chapter);
    if !allowed.is_empty() {
        let names = allowed.iter().map(|l| Arg::T(&l.name)).collect();
        finding = finding.fix(text(
            "compliance-sender-logo-fix",
            &[("sender", Arg::T(&sender.name)), ("logos", Arg::Or(names))],
        ));
    }
    findings.push(finding);
}
