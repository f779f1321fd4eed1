//! The kit (`kit.*`): Office templates, swatches and tokens are checked before anything is written. A Word
//! letter needs the sender's contact data; Word and PowerPoint need a logo the size table places on the page,
//! inside it, at or above its minimum size; the palette must not be empty.

use crate::manual::Manual;
use crate::plan::kit::{KitPlan, KitPlanError, Page, PlacedLogo, plan, presentation_presets};
use crate::request::kit::{KitFormat, KitRequest};

use super::message::{Arg, text};
use super::{Area, Finding, Quantity, Report, Severity, Unit, chapter};

/// Checks a kit request against the manual. Blocking findings mean nothing may be written.
pub fn check_kit(manual: &Manual, request: &KitRequest) -> Report {
    let mut findings = Vec::new();
    if manual.colors.is_empty() {
        findings.push(
            Finding::new(
                "kit.palette",
                Severity::Blocking,
                text("compliance-kit-palette", &[]),
            )
            .chapter(chapter(manual, Area::Colors, None)),
        );
    }
    match plan(manual, request) {
        Ok(plan) => check_plan(manual, &plan, &mut findings),
        Err(e) => findings.push(plan_finding(manual, &e)),
    }
    Report::new(findings)
}

fn plan_finding(manual: &Manual, error: &KitPlanError) -> Finding {
    let (rule, message, fix, area) = match error {
        KitPlanError::UnknownSender(id) => (
            "sender.unknown",
            text("compliance-sender-unknown", &[("id", Arg::S(id))]),
            Some(text(
                "compliance-request-choose",
                &[(
                    "ids",
                    Arg::Or(manual.senders.iter().map(|s| Arg::S(&s.id)).collect()),
                )],
            )),
            Area::Senders,
        ),
        KitPlanError::NoSenders => (
            "kit.sender",
            text("compliance-kit-no-senders", &[]),
            None,
            Area::Senders,
        ),
        KitPlanError::UnknownPreset(id) | KitPlanError::NotPresentation(id) => (
            "kit.preset",
            text("compliance-kit-preset", &[("id", Arg::S(id))]),
            Some(text(
                "compliance-request-choose",
                &[(
                    "ids",
                    Arg::Or(
                        presentation_presets(manual)
                            .map(|p| Arg::S(&p.id))
                            .collect(),
                    ),
                )],
            )),
            Area::Formats,
        ),
        KitPlanError::NoPresentation => (
            "kit.preset",
            text("compliance-kit-no-presentation", &[]),
            None,
            Area::Formats,
        ),
        KitPlanError::NoLetterhead => (
            "kit.letterhead",
            text("compliance-kit-no-letterhead", &[]),
            None,
            Area::Formats,
        ),
    };
    let finding =
        Finding::new(rule, Severity::Blocking, message).chapter(chapter(manual, area, None));
    match fix {
        Some(fix) => finding.fix(fix),
        None => finding,
    }
}

fn check_plan(manual: &Manual, plan: &KitPlan<'_>, findings: &mut Vec<Finding>) {
    let (Some(sender), Some(page)) = (plan.sender, &plan.page) else {
        return;
    };
    let senders = chapter(manual, Area::Senders, None);
    if plan.format == KitFormat::Word && sender.contact.address_lines.is_empty() {
        findings.push(
            Finding::new(
                "kit.contact",
                Severity::Blocking,
                text(
                    "compliance-kit-contact",
                    &[("sender", Arg::T(&sender.name))],
                ),
            )
            .fix(text(
                "compliance-kit-contact-fix",
                &[("id", Arg::S(&sender.id))],
            ))
            .chapter(senders),
        );
    }
    let Some(placed) = &page.logo else {
        findings.push(
            Finding::new(
                "kit.logo",
                Severity::Blocking,
                text(
                    "compliance-kit-no-logo",
                    &[("sender", Arg::T(&sender.name))],
                ),
            )
            .chapter(senders),
        );
        return;
    };
    check_logo(manual, page, placed, findings);
}

fn check_logo(
    manual: &Manual,
    page: &Page<'_>,
    placed: &PlacedLogo<'_>,
    findings: &mut Vec<Finding>,
) {
    let logo_chapter = chapter(manual, Area::Logo, placed.logo.chapter.as_deref());
    if placed.entry.is_none() {
        findings.push(
            Finding::new(
                "kit.logo-size",
                Severity::Blocking,
                text(
                    "compliance-kit-logo-size",
                    &[
                        ("logo", Arg::T(&placed.logo.name)),
                        ("preset", Arg::S(page.logo_preset)),
                    ],
                ),
            )
            .fix(text(
                "compliance-kit-logo-size-fix",
                &[("preset", Arg::S(page.logo_preset))],
            ))
            .chapter(logo_chapter),
        );
        return;
    }
    let (print_min, screen_min) = placed.logo.minimum(&placed.lockup.id, &placed.colorway.id);
    let width = placed.rect.w;
    let below = match (page.px_per_mm, screen_min, print_min) {
        (Some(ppm), Some(px), _) if width * ppm < f64::from(px) => Some((
            Quantity::new(width * ppm, Unit::Px),
            Quantity::new(f64::from(px), Unit::Px),
        )),
        (None, _, Some(mm)) if width < mm => {
            Some((Quantity::new(width, Unit::Mm), Quantity::new(mm, Unit::Mm)))
        }
        _ => None,
    };
    if let Some((measured, required)) = below {
        findings.push(
            Finding::new(
                "logo.minimum-size",
                Severity::Blocking,
                text(
                    "compliance-kit-logo-small",
                    &[
                        ("logo", Arg::T(&placed.logo.name)),
                        ("width", Arg::M(measured, required)),
                        ("minimum", Arg::Q(required)),
                    ],
                ),
            )
            .measure(measured, required)
            .chapter(logo_chapter),
        );
    }
    let b = placed.box_rect();
    let (w, h) = page.size_mm;
    let eps = 1e-6;
    if b.x < -eps || b.y < -eps || b.x + b.w > w + eps || b.y + b.h > h + eps {
        findings.push(
            Finding::new(
                "kit.logo-place",
                Severity::Blocking,
                text(
                    "compliance-kit-logo-place",
                    &[
                        ("logo", Arg::T(&placed.logo.name)),
                        ("preset", Arg::S(page.logo_preset)),
                    ],
                ),
            )
            .chapter(logo_chapter),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::manual::load_embedded;

    #[test]
    fn every_demo_sender_with_contact_data_gets_its_templates() {
        let loaded = load_embedded();
        let m = &loaded.manual;
        for format in KitFormat::ALL {
            let report = check_kit(m, &KitRequest::new(format));
            assert!(!report.is_blocking(), "{format:?}: {:?}", report.findings);
        }
        let letter = check_kit(
            m,
            &KitRequest::new(KitFormat::Word).with_sender("bibliotek"),
        );
        assert!(!letter.is_blocking(), "{:?}", letter.findings);
    }

    #[test]
    fn a_sender_without_contact_data_gets_no_letter() {
        let loaded = load_embedded();
        let m = &loaded.manual;
        // Kultur og Fritid has no [sender.contact] in the demo manual.
        let report = check_kit(m, &KitRequest::new(KitFormat::Word).with_sender("kultur"));
        assert!(report.is_blocking());
        assert!(
            report.find("kit.contact").is_some(),
            "{:?}",
            report.findings
        );
        let slides = check_kit(
            m,
            &KitRequest::new(KitFormat::PowerPoint).with_sender("kultur"),
        );
        assert!(!slides.is_blocking(), "{:?}", slides.findings);
        let unknown = check_kit(m, &KitRequest::new(KitFormat::Word).with_sender("nope"));
        assert!(unknown.find("sender.unknown").is_some());
    }

    #[test]
    fn a_logo_the_size_table_cannot_place_blocks() {
        let loaded = load_embedded();
        let mut m = (*loaded.manual).clone();
        for logo in &mut m.logos {
            logo.sizes.retain(|s| s.preset != "powerpoint-16x9");
        }
        m.reindex();
        let report = check_kit(&m, &KitRequest::new(KitFormat::PowerPoint));
        assert!(
            report.find("kit.logo-size").is_some(),
            "{:?}",
            report.findings
        );
        for logo in &mut m.logos {
            for s in &mut logo.sizes {
                s.width_mm = 400.0;
            }
        }
        m.reindex();
        let report = check_kit(&m, &KitRequest::new(KitFormat::Word));
        assert!(
            report.find("kit.logo-place").is_some(),
            "{:?}",
            report.findings
        );
    }
}
