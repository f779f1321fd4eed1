//! Filled templates through the library and the CLI: every demo template renders, text that does not fit is
//! refused with the field named (exit 3, nothing written), a low-resolution photo gives its measured ppi, user
//! text is untrusted.

mod export_support;

use std::path::Path;
use std::sync::Arc;

use designprogram::compliance::{Severity, Unit};
use designprogram::manual::load_embedded;
use designprogram::template::{Engine, Fill, PhotoChoice};
use export_support::designprogram;

fn engine() -> Engine {
    Engine::new(load_embedded().manual)
}

/// A photo of `w × h` pixels (a gradient with a red square, so a crop shows).
fn photo(path: &Path, w: u32, h: u32) {
    let img = image::RgbImage::from_fn(w, h, |x, y| {
        if x < w / 5 && y < h / 5 {
            image::Rgb([200, 40, 40])
        } else {
            image::Rgb([(x * 255 / w) as u8, (y * 255 / h) as u8, 160])
        }
    });
    img.save(path).unwrap();
}

#[test]
fn every_demo_template_and_variant_previews() {
    let engine = engine();
    let manual = Arc::clone(engine.manual());
    assert_eq!(manual.templates.len(), 9);
    for t in &manual.templates {
        let mut fill = Fill::example(&manual, t);
        for variant in &t.variants {
            fill.variant = Some(variant.clone());
            let report = engine.check(&fill);
            assert!(
                !report.is_blocking(),
                "{} ({variant}): {}",
                t.id,
                report.render(designprogram::i18n::Lang::En)
            );
            for page in 0..t.page_count() as usize {
                let img = engine.preview(&fill, page, 120).unwrap();
                assert_eq!(img.width.max(img.height), 120, "{}", t.id);
                assert!(
                    img.pixels.chunks(4).all(|p| p[3] == 255),
                    "{}: opaque",
                    t.id
                );
            }
        }
    }
}

#[test]
fn a_low_resolution_photo_gives_its_measured_ppi() {
    let dir = tempfile::tempdir().unwrap();
    let small = dir.path().join("lille.jpg");
    photo(&small, 1200, 800);
    let engine = engine();
    let mut fill = Fill::new("plakat");
    fill.set_text("overskrift", "Sommerfest");
    fill.photos.insert(
        "foto".into(),
        PhotoChoice {
            path: small.clone(),
            focus: Default::default(),
        },
    );
    let report = engine.check(&fill);
    let f = report.find("template.photo-resolution").expect("finding");
    // The A3 frame with bleed is 303 × 203 mm; the 1200 × 800 photo is cropped to its proportions:
    // 800 × 303 / 203 = 1194 px across 303 mm = 1194 / (303 / 25.4) = 100.1 ppi, below the blocking 200.
    let measured = f.measured.unwrap();
    assert_eq!(measured.unit, Unit::Ppi);
    assert!((measured.value - 100.09).abs() < 0.05, "{measured:?}");
    assert_eq!(f.required.unwrap().value, 300.0);
    assert_eq!(f.severity, Severity::Blocking);
    assert!(f.message.da.contains("100 ppi"), "{}", f.message.da);
    // The CLI says the same, as JSON, and writes nothing.
    let out = dir.path().join("plakat.png");
    let result = designprogram(dir.path())
        .args([
            "template",
            "fill",
            "plakat",
            "--set",
            "overskrift=Sommerfest",
            "--format",
            "png",
            "--json",
        ])
        .arg("--photo")
        .arg(format!("foto={}", small.display()))
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(result.status.code(), Some(3));
    let json: serde_json::Value = serde_json::from_slice(&result.stdout).unwrap();
    let finding = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "template.photo-resolution")
        .unwrap();
    assert_eq!(finding["measured"]["unit"], "ppi");
    assert!(!out.exists());
}

#[test]
fn a_headline_too_long_exits_3_naming_the_field_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("plakat.png");
    let headline = "Sommerfest i børnehaven Regnbuen med æbleskiver, øl, gøgl, musik og dans på plænen hele eftermiddagen";
    let result = designprogram(dir.path())
        .args([
            "--lang", "da", "template", "fill", "plakat", "--format", "png", "--set",
        ])
        .arg(format!("overskrift={headline}"))
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&result.stderr);
    assert_eq!(result.status.code(), Some(3), "{stderr}");
    assert!(stderr.contains("[template.text-overflow]"), "{stderr}");
    assert!(stderr.contains("Teksten i »Overskrift« er "), "{stderr}");
    assert!(stderr.contains(" tegn for lang"), "{stderr}");
    assert!(!out.exists());
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "nothing written"
    );
}

#[test]
fn hostile_text_does_not_panic_and_is_escaped() {
    let engine = engine();
    let mut fill = Fill::new("opslag");
    let huge = "æøå <b>&\"' ".repeat(1000) + &"😀".repeat(500) + "\u{7}\u{202e}";
    fill.set_text("overskrift", &huge);
    fill.set_text("broedtekst", "<script>alert(1)</script> & \"citat\"");
    let report = engine.check(&fill);
    assert!(report.find("template.text-overflow").is_some());
    let img = engine.preview(&fill, 0, 200).unwrap();
    assert_eq!(img.height, 200);
}

#[test]
fn an_institution_gets_the_co_branded_lockup_where_it_fits_and_its_own_logo_where_not() {
    use designprogram::template::layout::Content;
    let engine = engine();
    let manual = Arc::clone(engine.manual());
    let logo_of = |template: &str, variant: Option<&str>| {
        let t = manual.template(template).unwrap();
        let mut fill = Fill::example(&manual, t);
        fill.variant = variant.map(str::to_owned);
        fill.sender = Some("bibliotek".to_owned());
        let layout = engine.layout(&fill).unwrap();
        let logo = layout
            .items()
            .find_map(|i| match &i.content {
                Content::Logo(Some(l)) => Some((l.cobranded, l.artwork.width / l.artwork.height)),
                _ => None,
            })
            .unwrap();
        (logo, engine.check(&fill))
    };
    // The A4 poster: the library's logo and the kommune's side by side, as one lockup, no co-branding warning.
    let ((cobranded, aspect), report) = logo_of("plakat", Some("poster-a4"));
    assert!(cobranded);
    assert!(aspect > 5.0, "two logos side by side: {aspect}");
    assert!(
        report
            .findings
            .iter()
            .all(|f| f.rule != "sender.cobranding"),
        "{}",
        report.render(designprogram::i18n::Lang::En)
    );
    // The business card is too small for the pair at its minimum size: the library's own logo, and the
    // manual's co-branding warning says so.
    let ((cobranded, _), report) = logo_of("visitkort", None);
    assert!(!cobranded);
    assert!(!report.is_blocking());
    assert!(
        report
            .findings
            .iter()
            .any(|f| f.rule == "sender.cobranding"),
        "{}",
        report.render(designprogram::i18n::Lang::En)
    );
}
