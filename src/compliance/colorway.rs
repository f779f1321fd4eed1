//! Colourway on background (`logo.colorway-background`, `logo.contrast`, `logo.colorway-picked`).
//!
//! On a background the colourway must be one the manual allows there (a tint counts as its palette colour),
//! and the WCAG contrast between the colourway's main colour and the background (the tint's screen colour)
//! must be at least `[rules] logo_contrast` (3:1, non-text graphics). A colourway that is not allowed is
//! reported as `logo.colorway-background` (with the contrast when that fails too); an allowed one with too
//! little contrast as `logo.contrast`. Both are blocking and suggest a colourway that passes, if the logo has
//! one. When the request named no colourway, an info finding says which one was picked.

use crate::manual::{Color, Colorway, ColorwayFit, Logo, Manual, Text};
use crate::plan::{Background, pick_colorway};

use super::message::{Arg, text};
use super::{Area, Ctx, Finding, Quantity, Severity, Unit};

/// Adds the colourway findings.
pub(super) fn check(ctx: &Ctx<'_, '_>, findings: &mut Vec<Finding>) {
    let plan = ctx.plan;
    let (Some(logo), Some(colorway)) = (plan.logo, plan.colorway) else {
        return;
    };
    let manual = ctx.manual;
    let chapter = ctx.chapter(Area::Logo);
    let Some(bg) = &plan.background else {
        if plan.colorway_picked {
            let message = text(
                "compliance-colorway-picked-default",
                &[("colorway", Arg::T(&colorway.name))],
            );
            findings.push(
                Finding::new("logo.colorway-picked", Severity::Info, message).chapter(chapter),
            );
        }
        return;
    };
    let background = name(bg.color, bg.tint);
    let fit = fit(manual, colorway, bg);
    let (allowed, ratio, required, low) = (fit.allowed, fit.ratio, fit.required, !fit.readable());
    if fit.passes() {
        if plan.colorway_picked {
            let message = text(
                "compliance-colorway-picked",
                &[
                    ("colorway", Arg::T(&colorway.name)),
                    ("background", Arg::T(&background)),
                ],
            );
            findings.push(
                Finding::new("logo.colorway-picked", Severity::Info, message).chapter(chapter),
            );
        }
        return;
    }
    let measured = ratio.map(|r| Quantity::new(r, Unit::Ratio));
    let required = Quantity::new(required, Unit::Ratio);
    let mut args = vec![
        ("colorway", Arg::T(&colorway.name)),
        ("background", Arg::T(&background)),
        ("required", Arg::Q(required)),
    ];
    if let Some(m) = measured {
        args.push(("measured", Arg::M(m, required)));
    }
    let main_name = manual.color(&colorway.main_color).map(|c| &c.name);
    if let Some(main) = main_name {
        args.push(("main", Arg::T(main)));
    }
    let (rule, id) = match (allowed, low) {
        (false, true) => (
            "logo.colorway-background",
            "compliance-colorway-background-contrast",
        ),
        (false, false) => ("logo.colorway-background", "compliance-colorway-background"),
        _ => ("logo.contrast", "compliance-contrast"),
    };
    let mut finding = Finding::new(rule, Severity::Blocking, text(id, &args))
        .fix(fix(manual, logo, colorway, bg))
        .chapter(chapter);
    if let (true, Some(m)) = (low, measured) {
        finding = finding.measure(m, required);
    }
    findings.push(finding);
}

/// How a colourway does on the planned background ([`Colorway::fit`]).
fn fit(manual: &Manual, colorway: &Colorway, bg: &Background<'_>) -> ColorwayFit {
    colorway.fit(manual, &bg.color.id, bg.rgb)
}

/// A palette colour's name, with the tint: "Sønderborg-grøn 40 %".
fn name(color: &Color, tint: Option<u8>) -> Text {
    match tint {
        None => color.name.clone(),
        Some(t) => Text {
            da: format!("{} {t} %", color.name.da),
            en: format!("{} {t} %", color.name.en),
        },
    }
}

/// Use the colourway the program would pick, if it passes; else another that passes; else say where the
/// requested colourway may stand.
fn fix(manual: &Manual, logo: &Logo, current: &Colorway, bg: &Background<'_>) -> Text {
    let passes = |c: &&Colorway| c.id != current.id && fit(manual, c, bg).passes();
    let better = pick_colorway(manual, logo, Some(bg))
        .filter(passes)
        .or_else(|| logo.colorways.iter().find(passes));
    match better {
        Some(c) => text("compliance-colorway-fix", &[("colorway", Arg::T(&c.name))]),
        None => {
            // Where it may stand instead: the backgrounds the manual lists for it, and the tints of this
            // background's colour, on which it stands out enough.
            let stands_out = |color: &Color, rgb| current.fit(manual, &color.id, rgb).readable();
            let mut places: Vec<Text> = Vec::new();
            for color in current.backgrounds.iter().filter_map(|id| manual.color(id)) {
                if stands_out(color, color.rgb) {
                    places.push(name(color, None));
                }
                if color.id == bg.color.id {
                    for &t in &color.tints {
                        if stands_out(color, color.tint_rgb(t)) {
                            places.push(name(color, Some(t)));
                        }
                    }
                }
            }
            text(
                "compliance-colorway-background-fix",
                &[
                    ("colorway", Arg::T(&current.name)),
                    ("backgrounds", Arg::Or(places.iter().map(Arg::T).collect())),
                ],
            )
        }
    }
}
