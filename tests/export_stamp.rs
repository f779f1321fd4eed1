//! Every export says which manual, which version and which request it was made under (issue 9, item 6), read
//! back with the tools a print shop has: `pdfinfo` and `exiftool` for PDF, `exiftool` for PNG and SVG, and the
//! pack manifest. The expected version is the manual's, read from `manual/manual.toml` — not from the code.

mod export_support;

use std::path::{Path, PathBuf};

use export_support::{designprogram, run_ok, tool};

/// The demonstration manual's version and adoption date, as `manual/manual.toml` states them.
fn manual_version() -> (String, String) {
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("manual/manual.toml"))
            .unwrap();
    let value = |key: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(key))
            .map(|v| {
                v.trim()
                    .trim_start_matches('=')
                    .trim()
                    .trim_matches('"')
                    .to_owned()
            })
            .unwrap()
    };
    (value("version"), value("adopted_on"))
}

fn export(dir: &Path, format: &str) -> PathBuf {
    let out = run_ok(
        designprogram(dir)
            .args([
                "export",
                "bibliotek",
                "--preset",
                "poster-a3",
                "--format",
                format,
                "--out",
            ])
            .arg(format!("{}/", dir.display())),
    );
    PathBuf::from(out.trim())
}

/// `Key: value` lines of a tool's output, as (key, value) with both trimmed.
fn fields(output: &str) -> Vec<(String, String)> {
    output
        .lines()
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_owned(), v.trim().to_owned()))
        .collect()
}

fn field<'a>(fields: &'a [(String, String)], key: &str) -> Option<&'a str> {
    fields
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

#[test]
fn pdf_png_and_svg_exports_carry_the_manual_version() {
    let (version, adopted) = manual_version();
    assert_eq!(version, "2.1", "the demonstration manual's version");
    let dir = tempfile::tempdir().unwrap();
    let summary =
        format!("Designprogram for Sønderborg Kommune, version {version} (vedtaget {adopted})");

    // PDF: the information dictionary (pdfinfo) and the XMP packet (exiftool).
    let pdf = export(dir.path(), "pdf");
    let info = fields(&run_ok(tool("pdfinfo", "poppler-utils").arg(&pdf)));
    assert_eq!(field(&info, "Subject"), Some(summary.as_str()), "{info:?}");
    assert_eq!(
        field(&info, "Keywords"),
        Some(format!("designmanual {version}; Sønderborg Kommune").as_str())
    );
    let xmp = fields(&run_ok(
        tool("exiftool", "libimage-exiftool-perl")
            .args(["-XMP:all", "-s"])
            .arg(&pdf),
    ));
    assert_eq!(
        field(&xmp, "ManualVersion"),
        Some(version.as_str()),
        "{xmp:?}"
    );
    assert_eq!(field(&xmp, "ManualAdopted"), Some(adopted.as_str()));
    let request = field(&xmp, "Request").unwrap();
    assert!(
        request.contains(r#""logo":"bibliotek""#) && request.contains(r#""id":"poster-a3""#),
        "{request}"
    );
    let dictionary = fields(&run_ok(
        tool("exiftool", "libimage-exiftool-perl")
            .args(["-PDF:all", "-s"])
            .arg(&pdf),
    ));
    assert_eq!(
        field(&dictionary, "DesignManualVersion"),
        Some(version.as_str()),
        "{dictionary:?}"
    );

    // PNG: text chunks.
    let png = export(dir.path(), "png");
    let text = fields(&run_ok(
        tool("exiftool", "libimage-exiftool-perl").arg(&png),
    ));
    assert_eq!(
        field(&text, "Design Manual Version"),
        Some(version.as_str()),
        "{text:?}"
    );
    assert_eq!(field(&text, "Description"), Some(summary.as_str()));
    assert!(field(&text, "Design Request").is_some_and(|r| r.contains(r#""format":"png""#)));

    // SVG: <metadata>.
    let svg = export(dir.path(), "svg");
    let meta = fields(&run_ok(
        tool("exiftool", "libimage-exiftool-perl").arg(&svg),
    ));
    assert_eq!(
        field(&meta, "Manual Version"),
        Some(version.as_str()),
        "{meta:?}"
    );
    assert_eq!(field(&meta, "Description"), Some(summary.as_str()));
}

#[test]
fn the_pack_manifest_names_the_manual_version_and_each_files_request() {
    let (version, adopted) = manual_version();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("pack");
    run_ok(
        designprogram(dir.path())
            .args(["pack", "--preset", "email-signature", "--out"])
            .arg(&out),
    );
    let manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("manifest.json")).unwrap()).unwrap();
    assert_eq!(manifest["manual_version"], version.as_str());
    assert_eq!(manifest["manual_adopted"], adopted.as_str());
    assert_eq!(
        manifest["request"],
        r#"{"pack":{"presets":["email-signature"]}}"#
    );
    let files = manifest["files"].as_array().unwrap();
    assert!(!files.is_empty());
    for file in files {
        assert_eq!(file["manual_version"], version.as_str());
        let request: serde_json::Value =
            serde_json::from_str(file["request"].as_str().unwrap()).unwrap();
        assert_eq!(request["target"]["id"], "email-signature");
        assert_eq!(request["subject"]["logo"], file["logo"]);
        assert_eq!(request["subject"]["colorway"], file["colorway"]);
        // Each PNG of the pack carries the same stamp in its text chunks.
        let png = out.join(file["file"].as_str().unwrap());
        let text = fields(&run_ok(
            tool("exiftool", "libimage-exiftool-perl").arg(&png),
        ));
        assert_eq!(field(&text, "Design Request"), file["request"].as_str());
    }
}
