//! Compliance: every export request checked against the manual's own rules, with findings that say what is
//! wrong, by how much, which chapter of the manual says so and what to do instead — in Danish and English.
//!
//! [`check`] is pure and cheap (well under a millisecond for a logo request; `benches/compliance.rs`), so the
//! GUI can re-run it on every change. Each rule lives in its own file; their ids, severities and parameters
//! are listed in docs/compliance.md. The thresholds come from the manual (`[rules]`, [`crate::manual::Rules`]).

mod clear_space;
mod cobranding;
mod colorway;
mod finding;
mod gate;
mod kit;
mod medium;
mod message;
mod minimum_size;
mod palette;
mod preset_format;
mod preset_lockup;
mod proportions;
mod report;
mod request;
mod resolution;
mod sender;
mod text_contrast;
mod transparency;

use crate::manual::{Chapter, Manual};
use crate::plan::Units;
use crate::plan::{Plan, PlanError, plan};
use crate::request::Request;

pub use finding::{Finding, Quantity, Severity, Unit};
pub use gate::{Blocked, Refusal, gate, gate_all};
pub use kit::check_kit;
pub(crate) use message::{Arg, text};
pub use report::Report;
pub use text_contrast::{ContrastLevels, Grade, ratio_text, text_contrast};

/// What a rule sees: the manual, the request and its resolved plan.
pub(crate) struct Ctx<'a, 'm> {
    /// The manual.
    pub manual: &'m Manual,
    /// The request as the user made it.
    pub request: &'a Request,
    /// The request resolved against the manual.
    pub plan: &'a Plan<'m>,
}

/// Which part of the manual a rule belongs to (for the chapter a finding cites).
#[derive(Debug, Clone, Copy)]
pub(crate) enum Area {
    /// Logo rules: the logo's own chapter, else `[rules] chapter_logo`.
    Logo,
    /// Palette and contrast: `chapter_colors`.
    Colors,
    /// Media, formats, resolution, presets: `chapter_formats`.
    Formats,
    /// Senders and co-branding: `chapter_senders`.
    Senders,
}

/// The chapter a finding of an area cites (`logo` is the logo's own chapter, if the request names one).
pub(crate) fn chapter<'m>(
    manual: &'m Manual,
    area: Area,
    logo: Option<&str>,
) -> Option<&'m Chapter> {
    let rules = &manual.rules;
    let id = match area {
        Area::Logo => logo.or(rules.chapter_logo.as_deref()),
        Area::Colors => rules.chapter_colors.as_deref(),
        Area::Formats => rules.chapter_formats.as_deref(),
        Area::Senders => rules.chapter_senders.as_deref(),
    };
    id.and_then(|id| manual.chapter(id))
}

impl<'m> Ctx<'_, 'm> {
    /// The chapter a finding of this area cites.
    pub fn chapter(&self, area: Area) -> Option<&'m Chapter> {
        let logo = self.plan.logo.and_then(|l| l.chapter.as_deref());
        chapter(self.manual, area, logo)
    }

    /// A length of the plan (in its units) as a quantity: mm, or screen px (file px ÷ the display scale).
    pub fn length(&self, value: f64) -> Quantity {
        match self.plan.units {
            Units::Mm => Quantity::new(value, Unit::Mm),
            Units::Px => {
                let display = self.plan.preset.map_or(1, |p| p.display_scale.max(1));
                Quantity::new(value / f64::from(display), Unit::Px)
            }
        }
    }
}

/// A rule: adds its findings for a planned request.
type Rule = fn(&Ctx<'_, '_>, &mut Vec<Finding>);

/// The rules, in report order within a severity.
const RULES: &[Rule] = &[
    preset_format::check,
    preset_lockup::check,
    sender::check,
    minimum_size::check,
    clear_space::check,
    proportions::check,
    colorway::check,
    resolution::check,
    medium::check,
    transparency::check,
    cobranding::check,
];

/// Checks an export request against the manual's rules.
///
/// Never fails: a request the manual cannot resolve (an unknown logo, lockup, colourway, preset or colour, an
/// impossible size) gives a report with one blocking finding that says so, like any other rule. The findings
/// are sorted blocking → warning → info.
pub fn check(manual: &Manual, request: &Request) -> Report {
    match plan(manual, request) {
        Ok(plan) => check_plan(manual, request, &plan),
        Err(e) => {
            let mut findings = palette::check(manual, request);
            // The palette rule has already explained an unknown colour.
            if !matches!(e, PlanError::UnknownColor(_)) || findings.is_empty() {
                findings.push(request::finding(manual, request, &e));
            }
            Report::new(findings)
        }
    }
}

/// [`check`] for a request already planned (`plan` must be `plan(manual, request)`).
pub fn check_plan(manual: &Manual, request: &Request, plan: &Plan<'_>) -> Report {
    let mut findings = palette::check(manual, request);
    let ctx = Ctx {
        manual,
        request,
        plan,
    };
    for rule in RULES {
        rule(&ctx, &mut findings);
    }
    Report::new(findings)
}

/// The blocking finding that explains why a request cannot be planned (what [`check`] reports for it): the
/// message and a fix listing the ids that exist, in both languages.
pub fn explain(manual: &Manual, request: &Request, error: &PlanError) -> Finding {
    match error {
        PlanError::UnknownColor(_) => palette::check(manual, request)
            .into_iter()
            .next()
            .unwrap_or_else(|| request::finding(manual, request, error)),
        _ => request::finding(manual, request, error),
    }
}
