//! The shipped manual obeys its own rules, and the "Must show" cases of issue 4 at the library level.

use std::sync::Arc;

use designprogram::compliance::{self, Report, Severity, Unit};
use designprogram::export::{self, Request, Target};
use designprogram::i18n::Lang;
use designprogram::manual::{self, Format, Manual, PresetSize};

fn embedded() -> Arc<Manual> {
    let loaded = manual::load_embedded();
    assert!(!loaded.has_errors(), "{:?}", loaded.diagnostics);
    loaded.manual
}

/// Warnings the shipped manual gives by design, and when each is expected.
fn justified(m: &Manual, request: &Request, report: &Report, rule: &str) -> bool {
    let Ok(plan) = export::plan(m, request) else {
        return false;
    };
    match rule {
        // a PNG for print is an RGB file: the manual allows it, the user should know why PDF is better
        "medium.color-space" => plan.medium == manual::Medium::Print && plan.format.is_raster(),
        // institutions must stand with the kommune logo; a single-logo file cannot show that
        "sender.cobranding" => plan
            .logo
            .is_some_and(|l| m.sender(&l.sender).is_some_and(|s| s.cobranding.is_some())),
        _ => {
            eprintln!("{}", report.render(Lang::En));
            false
        }
    }
}

/// Every logo × lockup × colourway × the backgrounds the colourway allows × every preset that allows the
/// lockup × every format the preset allows, as a logo file and (print presets) as a page: no blocking finding,
/// no unexpected warning.
#[test]
fn the_shipped_manual_passes_its_own_rules() {
    let m = embedded();
    let mut checked = 0;
    let mut problems = Vec::new();
    for logo in &m.logos {
        for lockup in &logo.lockups {
            for colorway in &logo.colorways {
                assert!(
                    !colorway.backgrounds.is_empty(),
                    "{}/{} lists no background",
                    logo.id,
                    colorway.id
                );
                for background in &colorway.backgrounds {
                    for preset in m.presets.iter().filter(|p| p.allows_lockup(&lockup.id)) {
                        let pages: &[bool] = match preset.size {
                            PresetSize::Mm { .. } => &[false, true],
                            _ => &[false],
                        };
                        for &page in pages {
                            for &format in &preset.formats {
                                let mut request =
                                    Request::logo(&logo.id, Request::preset(&preset.id), format)
                                        .with_lockup(&lockup.id)
                                        .with_colorway(&colorway.id)
                                        .with_background(background);
                                request.page = page;
                                let report = compliance::check(&m, &request);
                                checked += 1;
                                for f in &report.findings {
                                    let ok = match f.severity {
                                        Severity::Blocking => false,
                                        Severity::Warning => {
                                            justified(&m, &request, &report, f.rule)
                                        }
                                        Severity::Info => f.rule == "logo.proportions",
                                    };
                                    if !ok {
                                        problems.push(format!(
                                            "{}/{}/{} on {background}, {} {format:?} page={page}: {} {}",
                                            logo.id,
                                            lockup.id,
                                            colorway.id,
                                            preset.id,
                                            f.rule,
                                            f.message.en
                                        ));
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    assert!(checked > 2500, "only {checked} requests");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// No finding but the co-branding warning every institution logo file gets.
fn only_cobranding(report: &Report) -> bool {
    report
        .findings
        .iter()
        .all(|f| f.rule == "sender.cobranding")
}

/// The size table has no business-card entry for the stacked lockups. A stacked page keeps the mark at the
/// size the table gives it in the horizontal lockup, but never below the stacked minimum — so the square
/// stacked library logo fits the card with its clear space instead of borrowing the horizontal width.
#[test]
fn a_lockup_without_its_own_size_entry_keeps_the_tables_mark_size_and_its_minimum() {
    let m = embedded();
    let mut request = Request::logo("bibliotek", Request::preset("business-card"), Format::Pdf)
        .with_lockup("stacked")
        .with_colorway("positive")
        .with_background("hvid");
    request.page = true;
    let plan = designprogram::export::plan(&m, &request).unwrap();
    let logo = m.logo("bibliotek").unwrap();
    let minimum = logo.minimum("stacked", "positive").0.unwrap();
    assert!(
        (plan.logo_rect.w - minimum).abs() < 1e-9,
        "{}",
        plan.logo_rect.w
    );
    let bottom = plan.logo_rect.y + plan.logo_rect.h + plan.clear_space;
    assert!(bottom <= plan.trim.1, "the clear space stays on the card");
    assert!(!compliance::check(&m, &request).is_blocking());
}

/// Every variant passes at exactly its minimum size and is refused just below it — in print (mm at final
/// size) and on screen (px).
#[test]
fn every_variant_passes_at_its_minimum_size() {
    let m = embedded();
    for logo in &m.logos {
        for lockup in &logo.lockups {
            for colorway in &logo.colorways {
                let (print_mm, screen_px) = logo.minimum(&lockup.id, &colorway.id);
                let art = lockup.artwork(&colorway.id).unwrap();
                let content = art.width + 2.0 * logo.clear_space_units(lockup);
                let request = |target| {
                    Request::logo(&logo.id, target, Format::Svg)
                        .with_lockup(&lockup.id)
                        .with_colorway(&colorway.id)
                };
                let name = format!("{}/{}/{}", logo.id, lockup.id, colorway.id);
                if let Some(min) = print_mm {
                    let at = |logo_mm: f64| {
                        compliance::check(
                            &m,
                            &request(Target::Mm {
                                width: logo_mm * content / art.width,
                                height: None,
                                dpi: 300.0,
                            }),
                        )
                    };
                    let r = at(min);
                    assert!(only_cobranding(&r), "{name} at {min} mm: {r:?}");
                    let r = at(min * 0.98);
                    assert!(r.find("logo.minimum-size").is_some(), "{name} below");
                }
                if let Some(min) = screen_px {
                    let at = |logo_px: f64| {
                        let width = (logo_px * content / art.width).ceil() as u32;
                        compliance::check(
                            &m,
                            &request(Target::Px {
                                width,
                                height: None,
                            }),
                        )
                    };
                    let r = at(f64::from(min));
                    assert!(only_cobranding(&r), "{name} at {min} px: {r:?}");
                    let r = at(f64::from(min) * 0.95);
                    assert!(r.find("logo.minimum-size").is_some(), "{name} below");
                }
            }
        }
    }
}

/// Must show: the kommune logo below its print minimum is blocking; the message names the rule id, the
/// measured and the minimum size, in Danish and in English.
#[test]
fn kommune_logo_below_its_print_minimum_is_blocking_in_both_languages() {
    let m = embedded();
    // a 20 mm wide file: the logo without its clear space is 16.5 mm, the minimum is 30 mm
    let request = Request::logo(
        "kommune",
        Target::Mm {
            width: 20.0,
            height: None,
            dpi: 300.0,
        },
        Format::Pdf,
    );
    let report = compliance::check(&m, &request);
    assert!(report.is_blocking());
    let f = report.find("logo.minimum-size").unwrap();
    assert_eq!(f.severity, Severity::Blocking);
    let (measured, required) = (f.measured.unwrap(), f.required.unwrap());
    assert_eq!((measured.unit, required.unit), (Unit::Mm, Unit::Mm));
    assert!((measured.value - 16.476).abs() < 0.001, "{measured:?}");
    assert_eq!(required.value, 30.0);
    assert_eq!(
        f.message.da,
        "Logoet bliver kun 16,5 mm bredt. Minimumsstørrelsen for »Liggende« i farvevarianten »Positiv (farve)« er 30 mm."
    );
    assert_eq!(
        f.message.en,
        "The logo would be only 16.5 mm wide. The minimum size for “Horizontal” in the colourway “Positive (colour)” is 30 mm."
    );
    assert_eq!(f.chapter.as_ref().unwrap().id, "logo");
    let da = report.render(Lang::Da);
    assert!(da.contains("Blokerende [logo.minimum-size]"), "{da}");
    assert!(da.contains("16,5 mm") && da.contains("30 mm"), "{da}");
    assert!(
        da.contains("Sådan gør du: Gør filen mindst 36,5 mm bred, så logoet bliver 30 mm bredt."),
        "{da}"
    );
    assert!(da.contains("Designmanualen, kapitel 2: Logo"), "{da}");
    assert!(
        da.contains("Eksporten bryder designmanualen og kan ikke laves (1 blokerende fund, ingen advarsler)."),
        "{da}"
    );
    let en = report.render(Lang::En);
    assert!(en.contains("Blocking [logo.minimum-size]"), "{en}");
    assert!(en.contains("16.5 mm") && en.contains("30 mm"), "{en}");
    assert!(en.contains("Design manual, chapter 2: Logo"), "{en}");
}

/// Must show: the negative (white) colourway on white is blocking and suggests the positive colourway; the
/// same request without a colourway passes with the positive colourway picked.
#[test]
fn negative_on_white_is_blocking_and_without_colorway_the_positive_is_picked() {
    let m = embedded();
    let request =
        Request::logo("kommune", Request::preset("poster-a4"), Format::Pdf).with_background("hvid");
    let negative = compliance::check(&m, &request.clone().with_colorway("negative"));
    assert!(negative.is_blocking());
    let f = negative.find("logo.colorway-background").unwrap();
    assert_eq!(f.severity, Severity::Blocking);
    assert_eq!(
        f.message.da,
        "Farvevarianten »Negativ (hvid)« må ikke bruges på baggrunden Hvid: logoet kan ikke ses tydeligt (kontrasten er 1:1, men skal være mindst 3:1)."
    );
    let fix = f.fix.as_ref().unwrap();
    assert_eq!(fix.da, "Brug farvevarianten »Positiv (farve)«.");
    assert_eq!(fix.en, "Use the colourway “Positive (colour)”.");

    let picked = compliance::check(&m, &request);
    assert!(!picked.is_blocking(), "{}", picked.render(Lang::En));
    let plan = export::plan(&m, &request).unwrap();
    assert_eq!(plan.colorway.unwrap().id, "positive");
    assert!(plan.colorway_picked);
    let info = picked.find("logo.colorway-picked").unwrap();
    assert_eq!(info.severity, Severity::Info);
    assert_eq!(
        info.message.da,
        "Farvevarianten »Positiv (farve)« er valgt, fordi den passer til baggrunden Hvid."
    );
}

/// Scenario 1 of the design: the white logo on a yellow background is refused and the logo that works there
/// (black) is offered.
#[test]
fn white_logo_on_yellow_offers_the_black_logo() {
    let m = embedded();
    let request = Request::logo("kommune", Request::preset("poster-a3"), Format::Png)
        .with_colorway("negative")
        .with_background("solgul");
    let report = compliance::check(&m, &request);
    let f = report.find("logo.colorway-background").unwrap();
    assert_eq!(f.fix.as_ref().unwrap().da, "Brug farvevarianten »Sort«.");
}
