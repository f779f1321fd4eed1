//! The report as the exporting commands print it: the gate's exit codes and streams, and the `--dry-run
//! --json` shape documented in docs/compliance.md.

use designprogram::cli::exit;
use designprogram::cli::report::gate_to;
use designprogram::compliance::{self, Report};
use designprogram::export::{Request, Target};
use designprogram::i18n::Lang;
use designprogram::manual::{self, Format};
use serde_json::{Value, json};

fn check(request: &Request) -> Report {
    let loaded = manual::load_embedded();
    compliance::check(&loaded.manual, request)
}

fn too_small() -> Request {
    Request::logo(
        "kommune",
        Target::Mm {
            width: 20.0,
            height: None,
            dpi: 300.0,
        },
        Format::Pdf,
    )
}

fn print_png() -> Request {
    Request::logo("kommune", Request::preset("poster-a4"), Format::Png).with_background("hvid")
}

/// Runs the gate; returns (code, stdout, stderr).
fn gate(report: &Report, lang: Lang, json: bool, dry_run: bool) -> (Option<u8>, String, String) {
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = gate_to(report, lang, json, dry_run, &mut out, &mut err);
    (
        code,
        String::from_utf8(out).unwrap(),
        String::from_utf8(err).unwrap(),
    )
}

#[test]
fn dry_run_json_has_the_documented_shape() {
    let report = check(&too_small());
    let (code, out, err) = gate(&report, Lang::Da, true, true);
    assert_eq!(code, Some(exit::BLOCKED));
    assert!(err.is_empty());
    let v: Value = serde_json::from_str(&out).unwrap();
    // the whole document, as docs/compliance.md shows it (exact numbers compared separately)
    let mut v2 = v.clone();
    v2["findings"][0]["measured"]["value"] = json!(null);
    assert_eq!(
        v2,
        json!({
            "blocking": true,
            "counts": { "blocking": 1, "warning": 0, "info": 1 },
            "findings": [
                {
                    "rule": "logo.minimum-size",
                    "severity": "blocking",
                    "measured": { "value": null, "unit": "mm" },
                    "required": { "value": 30.0, "unit": "mm" },
                    "message": {
                        "da": "Logoet bliver kun 16,5 mm bredt. Minimumsstørrelsen for »Liggende« i farvevarianten »Positiv (farve)« er 30 mm.",
                        "en": "The logo would be only 16.5 mm wide. The minimum size for “Horizontal” in the colourway “Positive (colour)” is 30 mm."
                    },
                    "chapter": { "id": "logo", "number": "2", "name": { "da": "Logo", "en": "Logo" } },
                    "fix": {
                        "da": "Gør filen mindst 36,5 mm bred, så logoet bliver 30 mm bredt.",
                        "en": "Make the file at least 36.5 mm wide, so that the logo is 30 mm wide."
                    }
                },
                {
                    "rule": "logo.colorway-picked",
                    "severity": "info",
                    "measured": null,
                    "required": null,
                    "message": {
                        "da": "Farvevarianten »Positiv (farve)« er valgt – den bruges, når der ikke er valgt en baggrund.",
                        "en": "The colourway “Positive (colour)” was picked: it is the one used when no background is chosen."
                    },
                    "chapter": { "id": "logo", "number": "2", "name": { "da": "Logo", "en": "Logo" } },
                    "fix": null
                }
            ]
        })
    );
    let measured = v["findings"][0]["measured"]["value"].as_f64().unwrap();
    assert!((measured - 20.0 * 560.91 / 680.91).abs() < 1e-9);
}

#[test]
fn dry_run_json_of_a_passing_request_exits_ok() {
    let report = check(&print_png());
    let (code, out, _) = gate(&report, Lang::En, true, true);
    assert_eq!(code, Some(exit::OK));
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["blocking"], json!(false));
    assert_eq!(v["counts"], json!({"blocking": 0, "warning": 1, "info": 1}));
    assert_eq!(v["findings"][0]["rule"], json!("medium.color-space"));
    assert_eq!(v["findings"][0]["severity"], json!("warning"));
}

#[test]
fn dry_run_text_goes_to_stdout() {
    let report = check(&too_small());
    let (code, out, err) = gate(&report, Lang::En, false, true);
    assert_eq!(code, Some(exit::BLOCKED));
    assert!(out.contains("Blocking [logo.minimum-size]"), "{out}");
    assert!(err.is_empty());
}

#[test]
fn blocking_stops_with_exit_3_and_explains_on_stderr() {
    let report = check(&too_small());
    let (code, out, err) = gate(&report, Lang::Da, false, false);
    assert_eq!(code, Some(exit::BLOCKED));
    assert_eq!(exit::BLOCKED, 3);
    assert!(out.is_empty());
    assert!(err.contains("Blokerende [logo.minimum-size]"), "{err}");
    assert!(err.contains("16,5 mm"), "{err}");
    // with --json the refusal is machine-readable on stdout instead
    let (code, out, err) = gate(&report, Lang::Da, true, false);
    assert_eq!(code, Some(exit::BLOCKED));
    assert!(err.is_empty());
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["blocking"], json!(true));
}

#[test]
fn warnings_are_printed_and_the_export_proceeds() {
    let report = check(&print_png());
    for json in [false, true] {
        let (code, out, err) = gate(&report, Lang::Da, json, false);
        assert_eq!(code, None);
        assert!(out.is_empty());
        assert!(err.contains("Advarsel [medium.color-space]"), "{err}");
        assert!(
            err.contains("Eksporten følger designmanualen, men læs advarslen ovenfor."),
            "{err}"
        );
    }
    // nothing to say: nothing printed
    let clean = check(
        &Request::logo("kommune", Request::preset("poster-a4"), Format::Pdf)
            .with_colorway("positive")
            .with_background("hvid"),
    );
    assert!(clean.findings.is_empty());
    assert_eq!(
        gate(&clean, Lang::Da, false, false),
        (None, String::new(), String::new())
    );
    let (code, out, _) = gate(&clean, Lang::Da, false, true);
    assert_eq!(code, Some(exit::OK));
    assert_eq!(out, "Eksporten følger designmanualen.\n");
}

#[test]
fn a_request_the_manual_cannot_resolve_is_one_blocking_finding() {
    let report = check(&Request::logo(
        "nope",
        Request::preset("poster-a4"),
        Format::Pdf,
    ));
    let (code, out, _) = gate(&report, Lang::En, true, true);
    assert_eq!(code, Some(exit::BLOCKED));
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["counts"], json!({"blocking": 1, "warning": 0, "info": 0}));
    assert_eq!(v["findings"][0]["rule"], json!("request.unknown-logo"));
    assert_eq!(
        v["findings"][0]["message"]["en"],
        json!("The design manual has no logo called “nope”.")
    );
}
