//! Each manual under tests/fixtures/manuals/ has exactly one thing broken (see scripts/make-manual-fixtures.py);
//! loading it must report that thing at the right file, line and column, with a message saying what was
//! expected — and still yield the valid rest of the manual.

use std::path::{Path, PathBuf};

use designprogram::manual::{self, Diagnostic, Severity};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/manuals")
        .join(name)
}

fn load(name: &str) -> manual::Loaded {
    manual::load_folder(&fixture(name))
}

/// (fixture, file, line, column, severity, part of the message)
const CASES: &[(&str, &str, usize, usize, Severity, &str)] = &[
    (
        "bad-contact",
        "senders.toml",
        14,
        9,
        Severity::Error,
        "email \"skolen.example.dk\" is not an e-mail address: expected name@domain.dk",
    ),
    (
        "toml-syntax",
        "colors.toml",
        12,
        16,
        Severity::Error,
        "TOML syntax: invalid basic string",
    ),
    (
        "wrong-type",
        "colors.toml",
        7,
        8,
        Severity::Error,
        "invalid type: string \"90/20/85/10\", expected an array",
    ),
    (
        "duplicate-id",
        "colors.toml",
        19,
        6,
        Severity::Error,
        "duplicate colour id \"groen\"",
    ),
    (
        "dangling-sender",
        "logos/kommune/logo.toml",
        2,
        10,
        Severity::Error,
        "sender \"nobody\" does not exist (dangling id)",
    ),
    (
        "dangling-background",
        "logos/kommune/logo.toml",
        29,
        16,
        Severity::Error,
        "background \"pink\" is not a palette colour",
    ),
    (
        "missing-svg",
        "logos/kommune/logo.toml",
        22,
        60,
        Severity::Error,
        "logos/kommune/horizontal-negative.svg: file not found",
    ),
    (
        "svg-not-parse",
        "logos/kommune/horizontal-negative.svg",
        3,
        1,
        Severity::Error,
        "the SVG does not parse as XML",
    ),
    (
        "bad-hex",
        "colors.toml",
        6,
        7,
        Severity::Error,
        "invalid HEX \"#00734\": expected #rrggbb",
    ),
    (
        "cmyk-range",
        "colors.toml",
        7,
        8,
        Severity::Error,
        "expected four values 0–100",
    ),
    (
        "path-escape",
        "logos/kommune/logo.toml",
        22,
        60,
        Severity::Error,
        "\"../../../outside.svg\" leaves the manual folder",
    ),
    (
        "absolute-path",
        "logos/kommune/logo.toml",
        22,
        60,
        Severity::Error,
        "\"/etc/passwd\" is absolute",
    ),
    (
        "symlink-out",
        "logos/kommune/logo.toml",
        22,
        60,
        Severity::Error,
        "symbolic link that points out of the manual folder",
    ),
    (
        "external-reference",
        "logos/kommune/horizontal-positive.svg",
        2,
        10,
        Severity::Error,
        "`href` references an external file (https://example.com/logo.png)",
    ),
    (
        "billion-laughs",
        "logos/kommune/horizontal-positive.svg",
        1,
        1,
        Severity::Error,
        "declares a DTD",
    ),
    (
        "text-in-logo",
        "logos/kommune/horizontal-positive.svg",
        3,
        3,
        Severity::Error,
        "<text> in logo artwork",
    ),
    (
        "colour-not-in-palette",
        "logos/kommune/horizontal-positive.svg",
        3,
        15,
        Severity::Error,
        "paints fill #ff00ff, which is not a palette colour",
    ),
    (
        "missing-presets",
        "presets.toml",
        0,
        0,
        Severity::Error,
        "required file is missing",
    ),
    (
        "unknown-key",
        "colors.toml",
        9,
        1,
        Severity::Warning,
        "unknown key `color[1].pantone_x`",
    ),
    (
        "unsupported-format",
        "manual.toml",
        1,
        10,
        Severity::Error,
        "unsupported format version 2",
    ),
    (
        "size-below-minimum",
        "logos/kommune/logo.toml",
        45,
        12,
        Severity::Error,
        "20 mm for preset \"poster-a4\" is below the 30 mm minimum",
    ),
    (
        "template-format-1",
        "templates.toml",
        0,
        0,
        Severity::Error,
        "expected `format = 2` at the top",
    ),
    (
        "template-outside-page",
        "templates.toml",
        31,
        5,
        Severity::Error,
        "the element (190, 220, 40 × 40 mm) does not fit on the 210 × 297 mm design page",
    ),
    (
        "template-dangling-color",
        "templates.toml",
        35,
        19,
        Severity::Error,
        "colour \"pink\" is not a palette colour (dangling id)",
    ),
    (
        "template-text-without-font",
        "templates.toml",
        41,
        8,
        Severity::Error,
        "no font family of typography.toml has the role \"headline\"",
    ),
];

fn find<'a>(diags: &'a [Diagnostic], file: &str, message: &str) -> Option<&'a Diagnostic> {
    diags
        .iter()
        .find(|d| d.file == file && d.message.en().contains(message))
}

#[test]
fn the_valid_fixture_is_valid() {
    let loaded = load("valid");
    assert!(loaded.diagnostics.is_empty(), "{:#?}", loaded.diagnostics);
    assert_eq!(loaded.manual.logos.len(), 1);
    let t = loaded.manual.template("plakat").unwrap();
    assert_eq!(t.elements.len(), 4);
    assert_eq!(t.fields().count(), 2);
}

#[test]
fn every_broken_fixture_reports_its_problem_at_file_line_and_column() {
    assert!(CASES.len() >= 12);
    let mut failures = Vec::new();
    for &(name, file, line, column, severity, message) in CASES {
        let loaded = load(name);
        match find(&loaded.diagnostics, file, message) {
            Some(d) if (d.line, d.column, d.severity) == (line, column, severity) => {}
            Some(d) => failures.push(format!(
                "{name}: expected {file}:{line}:{column} {severity:?}, got {d} ({:?})",
                d.severity
            )),
            None => failures.push(format!(
                "{name}: no diagnostic in {file} containing {message:?}; got:\n  {}",
                loaded
                    .diagnostics
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("\n  ")
            )),
        }
        assert_eq!(
            loaded.has_errors(),
            severity == Severity::Error,
            "{name}: has_errors"
        );
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_broken_manual_still_yields_its_valid_part() {
    // The negative artwork is missing, but the logo and its positive artwork still load.
    let loaded = load("missing-svg");
    let logo = loaded.manual.logo("kommune").expect("the logo still loads");
    let lockup = logo.lockup("horizontal").unwrap();
    assert!(lockup.artwork("positive").is_some());
    assert!(lockup.artwork("negative").is_none());
    assert_eq!(loaded.manual.colors.len(), 3);
    // A broken colour is left out; the others remain, and references to it are not reported twice.
    let loaded = load("cmyk-range");
    assert_eq!(loaded.manual.colors.len(), 2);
    assert_eq!(loaded.diagnostics.len(), 1, "{:#?}", loaded.diagnostics);
}

#[test]
fn three_problems_are_all_reported_in_one_pass() {
    let loaded = load("three-problems");
    let d = &loaded.diagnostics;
    assert!(
        find(
            d,
            "logos/kommune/logo.toml",
            "\"../../../secrets.svg\" leaves the manual folder"
        )
        .is_some(),
        "{d:#?}"
    );
    assert!(
        find(
            d,
            "logos/kommune/logo.toml",
            "horizontal-negative.svg: file not found"
        )
        .is_some(),
        "{d:#?}"
    );
    assert!(
        find(d, "colors.toml", "invalid HEX \"black\"").is_some(),
        "{d:#?}"
    );
    assert_eq!(d.len(), 3, "{d:#?}");
}

/// Copies the valid fixture into a temp dir so that a test can break it at run time.
fn scratch_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture("valid"), dir.path());
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

#[test]
fn a_50_mb_file_is_refused_before_it_is_read() {
    let dir = scratch_copy();
    let svg = dir.path().join("logos/kommune/horizontal-negative.svg");
    std::fs::File::create(&svg)
        .unwrap()
        .set_len(50 * 1024 * 1024)
        .unwrap();
    let toml = dir.path().join("templates.toml");
    std::fs::File::create(&toml)
        .unwrap()
        .set_len(50 * 1024 * 1024)
        .unwrap();
    let loaded = manual::load_folder(dir.path());
    let d = &loaded.diagnostics;
    assert!(
        find(
            d,
            "logos/kommune/logo.toml",
            "file is 52428800 bytes, larger than the limit of 4194304 bytes"
        )
        .is_some(),
        "{d:#?}"
    );
    assert!(
        find(
            d,
            "templates.toml",
            "larger than the limit of 1048576 bytes"
        )
        .is_some(),
        "{d:#?}"
    );
    // the rest still loads
    assert!(loaded.manual.logo("kommune").is_some());
}

#[test]
fn a_missing_folder_is_one_clear_error() {
    let loaded = manual::load_folder(Path::new("/nonexistent/manual"));
    assert_eq!(loaded.diagnostics.len(), 1);
    assert!(
        loaded.diagnostics[0]
            .message
            .en()
            .contains("cannot open the manual folder")
    );
}
