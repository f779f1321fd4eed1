//! `designprogram contrast` and the compliance gate of `export`, run as the built binary.

use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_designprogram"))
        // the embedded manual and Danish, whatever the machine's settings say
        .env(
            "DESIGNPROGRAM_CONFIG_DIR",
            concat!(env!("CARGO_TARGET_TMPDIR"), "/compliance-cli-no-settings"),
        )
        .env_remove("DESIGNPROGRAM_MANUAL")
        .args(args)
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn gray_767676_on_white_passes_aa_normal_text() {
    let o = run(&["contrast", "#767676", "#ffffff"]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    assert!(out.contains("Kontrastforhold: 4.54:1"), "{out}");
    assert!(
        out.lines()
            .any(|l| l.contains("AA, normal tekst") && l.ends_with("består")),
        "{out}"
    );
}

#[test]
fn gray_777777_on_white_fails_aa_normal_text() {
    let o = run(&["--lang", "en", "contrast", "#777777", "#ffffff"]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    assert!(out.contains("Contrast ratio: 4.48:1"), "{out}");
    assert!(
        out.lines()
            .any(|l| l.contains("AA, normal text") && l.ends_with("fails")),
        "{out}"
    );
    assert!(
        out.lines()
            .any(|l| l.contains("AA, large text") && l.ends_with("passes")),
        "{out}"
    );
}

#[test]
fn palette_ids_tints_and_json() {
    let o = run(&["contrast", "groen", "hvid", "--json"]);
    assert_eq!(o.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["first"]["hex"], "#00734a");
    assert_eq!(v["second"]["name"], "Hvid");
    assert_eq!(v["aa_normal"], true);
    let o = run(&["contrast", "groen@40", "767676"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("(Sønderborg-grøn 40 %)"));
    // Danish names and synonyms, as the search spells them.
    let o = run(&["contrast", "grøn@40", "Hvid"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(
        stdout(&o).contains("(Sønderborg-grøn 40 %)"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn an_unknown_colour_exits_2_with_a_clear_message() {
    let o = run(&["contrast", "pink", "#ffffff"]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.starts_with("fejl: »pink« er hverken en farve fra farvepaletten eller en HEX-værdi"),
        "{err}"
    );
    // A typo gets the nearest palette colour.
    let o = run(&["contrast", "skovgren", "hvid"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("Mente du skovgroen?"));
    let o = run(&["--lang", "en", "contrast", "#ffffff", "#12345"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("“#12345” is neither a palette colour"));
}

/// `export` runs the check first: the kommune logo below its print minimum stops with exit 3 and names the
/// rule, the measured and the minimum size — in Danish by default, in English with --lang en.
#[test]
fn export_below_the_print_minimum_is_refused_in_danish_and_english() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().to_str().unwrap();
    let args = [
        "export",
        "kommune",
        "--width-mm",
        "20",
        "--dpi",
        "300",
        "--format",
        "pdf",
        "--out",
        out,
    ];
    let da = run(&args);
    assert_eq!(da.status.code(), Some(3));
    let text = String::from_utf8_lossy(&da.stderr);
    assert!(text.contains("Blokerende [logo.minimum-size]"), "{text}");
    assert!(text.contains("16,5 mm"), "{text}");
    assert!(text.contains("er 30 mm"), "{text}");
    let mut en_args = vec!["--lang", "en"];
    en_args.extend_from_slice(&args);
    let en = run(&en_args);
    assert_eq!(en.status.code(), Some(3));
    let text = String::from_utf8_lossy(&en.stderr);
    assert!(text.contains("Blocking [logo.minimum-size]"), "{text}");
    assert!(
        text.contains("16.5 mm") && text.contains("is 30 mm"),
        "{text}"
    );
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "nothing written"
    );
}

/// The white logo on white is refused with the positive colourway suggested; without --colorway the right
/// colourway is picked and the file is written.
#[test]
fn negative_on_white_is_refused_and_the_picked_colourway_exports() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().to_str().unwrap();
    let refused = run(&[
        "export",
        "kommune",
        "--colorway",
        "negative",
        "--background",
        "hvid",
        "--preset",
        "og-image",
        "--out",
        out,
    ]);
    assert_eq!(refused.status.code(), Some(3));
    let text = String::from_utf8_lossy(&refused.stderr);
    assert!(text.contains("[logo.colorway-background]"), "{text}");
    assert!(
        text.contains("Brug farvevarianten »Positiv (farve)«"),
        "{text}"
    );
    let ok = run(&[
        "export",
        "kommune",
        "--background",
        "hvid",
        "--preset",
        "og-image",
        "--out",
        out,
    ]);
    assert_eq!(
        ok.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let path = stdout(&ok).trim().to_owned();
    assert!(path.contains("_positive"), "{path}");
    assert!(std::path::Path::new(&path).is_file());
}

/// `--dry-run --json` prints the documented report and writes nothing; exit 3 when blocking.
#[test]
fn dry_run_json_prints_the_report_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().to_str().unwrap();
    let o = run(&[
        "export",
        "kommune",
        "--width-px",
        "50",
        "--dry-run",
        "--json",
        "--out",
        out,
    ]);
    assert_eq!(o.status.code(), Some(3));
    let report: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(report["blocking"], true);
    assert_eq!(report["findings"][0]["rule"], "logo.minimum-size");
    assert_eq!(report["findings"][0]["measured"]["unit"], "px");
    let o = run(&[
        "export",
        "kommune",
        "--preset",
        "og-image",
        "--dry-run",
        "--json",
        "--out",
        out,
    ]);
    assert_eq!(o.status.code(), Some(0));
    let report: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(report["blocking"], false);
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "a dry run writes nothing"
    );
}
