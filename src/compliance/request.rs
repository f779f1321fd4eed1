//! A request the manual cannot resolve (`request.*`): an unknown logo, lockup, colourway or preset, missing
//! artwork, an impossible size, or a co-branded lockup the manual has no rule for. Reported as one blocking finding, so callers handle every refusal alike.

use crate::cobrand::CobrandError;
use crate::manual::Manual;
use crate::plan::PlanError;
use crate::request::Request;

use super::message::{Arg, text};
use super::{Area, Finding, Severity, chapter, palette};

/// The blocking finding for a request that could not be planned.
pub(super) fn finding(manual: &Manual, request: &Request, error: &PlanError) -> Finding {
    let logo_chapter = |id: &str| {
        let own = manual.logo(id).and_then(|l| l.chapter.as_deref());
        chapter(manual, Area::Logo, own)
    };
    let (rule, message, fix, cited) = match error {
        PlanError::UnknownLogo(id) => (
            "request.unknown-logo",
            text("compliance-request-unknown-logo", &[("id", Arg::S(id))]),
            Some(text(
                "compliance-request-choose",
                &[(
                    "ids",
                    Arg::Or(manual.logos.iter().map(|l| Arg::S(&l.id)).collect()),
                )],
            )),
            chapter(manual, Area::Logo, None),
        ),
        PlanError::UnknownLockup { logo, lockup, .. } => (
            "request.unknown-lockup",
            text(
                "compliance-request-unknown-lockup",
                &[("logo", Arg::S(logo)), ("id", Arg::S(lockup))],
            ),
            manual.logo(logo).map(|l| {
                let ids = l.lockups.iter().map(|k| Arg::S(&k.id)).collect();
                text("compliance-request-choose", &[("ids", Arg::Or(ids))])
            }),
            logo_chapter(logo),
        ),
        PlanError::UnknownColorway { logo, colorway, .. } => (
            "request.unknown-colorway",
            text(
                "compliance-request-unknown-colorway",
                &[("logo", Arg::S(logo)), ("id", Arg::S(colorway))],
            ),
            manual.logo(logo).map(|l| {
                let ids = l.colorways.iter().map(|c| Arg::S(&c.id)).collect();
                text("compliance-request-choose", &[("ids", Arg::Or(ids))])
            }),
            logo_chapter(logo),
        ),
        PlanError::NoArtwork {
            logo,
            lockup,
            colorway,
        } => (
            "request.missing-artwork",
            text(
                "compliance-request-missing-artwork",
                &[
                    ("logo", Arg::S(logo)),
                    ("lockup", Arg::S(lockup)),
                    ("colorway", Arg::S(colorway)),
                ],
            ),
            Some(text("compliance-request-missing-artwork-fix", &[])),
            logo_chapter(logo),
        ),
        PlanError::UnknownPreset(id) => (
            "request.unknown-preset",
            text("compliance-request-unknown-preset", &[("id", Arg::S(id))]),
            Some(text(
                "compliance-request-choose",
                &[(
                    "ids",
                    Arg::Or(manual.presets.iter().map(|p| Arg::S(&p.id)).collect()),
                )],
            )),
            chapter(manual, Area::Formats, None),
        ),
        PlanError::InvalidSize(detail) => (
            "request.invalid-size",
            text(
                "compliance-request-invalid-size",
                &[("detail", Arg::S(detail))],
            ),
            Some(text("compliance-request-invalid-size-fix", &[])),
            chapter(manual, Area::Formats, None),
        ),
        PlanError::Cobrand(CobrandError::NoRule(logo)) => (
            "request.no-cobranded-lockup",
            text("compliance-request-no-cobrand", &[("logo", Arg::S(logo))]),
            Some(text("compliance-request-no-cobrand-fix", &[])),
            chapter(manual, Area::Senders, None),
        ),
        PlanError::Cobrand(CobrandError::NoColorway {
            logo,
            required,
            colorway,
        }) => (
            "request.no-cobranded-lockup",
            text(
                "compliance-request-cobrand-colorway",
                &[
                    ("logo", Arg::S(logo)),
                    ("required", Arg::S(required)),
                    ("colorway", Arg::S(colorway)),
                ],
            ),
            Some(text("compliance-request-cobrand-colorway-fix", &[])),
            chapter(manual, Area::Senders, None),
        ),
        // The loader refuses dangling ids and checks every artwork: these mean a manual with errors.
        PlanError::Cobrand(other) => (
            "request.missing-artwork",
            text(
                "compliance-request-cobrand-broken",
                &[("detail", Arg::Own(other.to_string()))],
            ),
            Some(text("compliance-request-missing-artwork-fix", &[])),
            chapter(manual, Area::Senders, None),
        ),
        // Explained by the palette rule before planning; kept here so that every error has a finding.
        PlanError::UnknownColor(spec) => {
            let rule = if request.background.as_deref() == Some(spec.as_str()) {
                "palette.background"
            } else {
                "palette.swatch"
            };
            return palette::finding(manual, spec, rule);
        }
    };
    let finding = Finding::new(rule, Severity::Blocking, message).chapter(cited);
    match fix {
        Some(fix) => finding.fix(fix),
        None => finding,
    }
}
