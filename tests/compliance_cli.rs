//! `designprogram contrast`, run as the built binary.

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
}

#[test]
fn an_unknown_colour_exits_2_with_a_clear_message() {
    let o = run(&["contrast", "pink", "#ffffff"]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("»pink« er hverken en farve fra farvepaletten eller en HEX-værdi"),
        "{err}"
    );
    let o = run(&["--lang", "en", "contrast", "#ffffff", "#12345"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("“#12345” is neither a palette colour"));
}
