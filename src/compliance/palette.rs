//! Palette only (`palette.background`, `palette.swatch`): a background or swatch must be a palette colour or
//! one of the tints the palette allows for it. Checked before planning, so that an unknown colour is explained
//! as a palette problem (with the palette id to use instead) rather than as an unknown name.

use crate::manual::{Manual, Rgb};
use crate::plan::background;
use crate::request::{Request, Subject};

use super::message::{Arg, text};
use super::{Area, Finding, Severity, chapter};

/// The palette findings of a request (none when its colours are in the palette).
pub(super) fn check(manual: &Manual, request: &Request) -> Vec<Finding> {
    let mut findings = Vec::new();
    if let Some(spec) = &request.background
        && background(manual, spec).is_err()
    {
        findings.push(finding(manual, spec, "palette.background"));
    }
    if let Subject::Swatch { color } = &request.subject
        && manual.color(color).is_none()
    {
        findings.push(finding(manual, color, "palette.swatch"));
    }
    findings
}

pub(super) fn finding(manual: &Manual, spec: &str, rule: &'static str) -> Finding {
    let (id, tint) = match spec.split_once('@') {
        Some((id, tint)) => (id, Some(tint.trim_end_matches('%'))),
        None => (spec, None),
    };
    let (message, fix) = match (manual.color(id), tint) {
        // A palette colour in a tint the palette does not allow.
        (Some(color), Some(tint)) => {
            let message = text(
                "compliance-palette-tint",
                &[("color", Arg::T(&color.name)), ("tint", Arg::S(tint))],
            );
            let fix = if color.tints.is_empty() {
                text(
                    "compliance-palette-no-tints-fix",
                    &[("color", Arg::T(&color.name)), ("id", Arg::S(&color.id))],
                )
            } else {
                let tints = color
                    .tints
                    .iter()
                    .map(|t| Arg::Own(format!("{}@{t}", color.id)))
                    .collect();
                text("compliance-palette-tint-fix", &[("tints", Arg::Or(tints))])
            };
            (message, fix)
        }
        _ => match Rgb::parse_hex(spec).and_then(|rgb| manual.color_by_rgb(rgb)) {
            // A HEX value that is a palette colour: name it.
            Some(color) => (
                text(
                    "compliance-palette-hex",
                    &[("spec", Arg::S(spec)), ("color", Arg::T(&color.name))],
                ),
                text("compliance-palette-hex-fix", &[("id", Arg::S(&color.id))]),
            ),
            None => {
                let ids = manual.colors.iter().map(|c| Arg::S(&c.id)).collect();
                (
                    text("compliance-palette-unknown", &[("spec", Arg::S(spec))]),
                    text("compliance-palette-unknown-fix", &[("ids", Arg::Or(ids))]),
                )
            }
        },
    };
    Finding::new(rule, Severity::Blocking, message)
        .fix(fix)
        .chapter(chapter(manual, Area::Colors, None))
}
