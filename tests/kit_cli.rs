//! `designprogram kit`'s contract for scripts: the path on stdout, exit 3 with the reason (and nothing written)
//! when the file would break the manual, exit 4 when the file exists, exit 2 for wrong usage.

mod export_support;

use export_support::designprogram;

fn run(dir: &std::path::Path, args: &[&str]) -> (Option<i32>, String, String) {
    let out = designprogram(dir).arg("kit").args(args).output().unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn files(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn refusals_and_exit_codes() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let out = d.join("out");
    std::fs::create_dir(&out).unwrap();
    let out_arg = out.to_str().unwrap();

    // Kultur og Fritid has no [sender.contact]: no letter template, the reason in Danish, nothing written.
    let (code, stdout, stderr) = run(d, &["word", "--sender", "kultur", "--out", out_arg]);
    assert_eq!(code, Some(3), "{stderr}");
    assert!(stdout.is_empty());
    assert!(
        stderr.contains("Kultur og Fritid har ingen kontaktoplysninger"),
        "{stderr}"
    );
    assert!(stderr.contains("[sender.contact]"), "{stderr}");
    let (code, _, stderr) = run(
        d,
        &[
            "--lang",
            "en",
            "word",
            "--sender",
            "kultur",
            "--dry-run",
            "--json",
        ],
    );
    assert_eq!(code, Some(3), "{stderr}");
    // not a presentation preset; an unknown sender
    let (code, _, stderr) = run(
        d,
        &["powerpoint", "--preset", "poster-a4", "--out", out_arg],
    );
    assert_eq!(code, Some(3), "{stderr}");
    assert!(stderr.contains("præsentationsformat"), "{stderr}");
    let (code, _, _) = run(d, &["word", "--sender", "nope", "--out", out_arg]);
    assert_eq!(code, Some(3));
    assert!(files(&out).is_empty(), "{:?}", files(&out));

    // Written once, refused the second time without --force (exit 4), replaced with it.
    let (code, stdout, _) = run(d, &["swatches", "--out", out_arg]);
    assert_eq!(code, Some(0));
    assert_eq!(
        stdout.trim(),
        out.join("sonderborg_swatches_2-1.ase").to_str().unwrap()
    );
    let (code, _, stderr) = run(d, &["swatches", "--out", out_arg]);
    assert_eq!(code, Some(4), "{stderr}");
    assert!(stderr.contains("already exists"), "{stderr}");
    let (code, _, _) = run(d, &["swatches", "--out", out_arg, "--force"]);
    assert_eq!(code, Some(0));
    assert_eq!(files(&out), ["sonderborg_swatches_2-1.ase"]);

    // An explicit file name is used as given; --install is only for the theme.
    let named = out.join("farver.css");
    let (code, stdout, _) = run(d, &["css", "--out", named.to_str().unwrap()]);
    assert_eq!(code, Some(0));
    assert_eq!(stdout.trim(), named.to_str().unwrap());
    let (code, _, _) = run(d, &["css", "--install"]);
    assert_eq!(code, Some(2));
}

#[test]
fn the_print_shop_pack_carries_the_palette() {
    use sha2::Digest;
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let out = d.join("pakke");
    let status = designprogram(d)
        .args(["pack", "--preset", "business-card", "--out"])
        .arg(&out)
        .output()
        .unwrap();
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    let ase = out.join("farver/sonderborg_swatches_2-1.ase");
    let bytes = std::fs::read(&ase).unwrap();
    assert_eq!(&bytes[..4], b"ASEF");
    let manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("manifest.json")).unwrap()).unwrap();
    let entry = manifest["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["file"] == "farver/sonderborg_swatches_2-1.ase")
        .expect("the swatches in the manifest");
    let sha: String = sha2::Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(entry["sha256"], sha);
    assert_eq!(entry["format"], "ase");
    // and the colour sheet: a print PDF with the palette's names as real text
    let sheet = out.join("farver/sonderborg_color-sheet_2-1.pdf");
    let pdf = std::fs::read(&sheet).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    let text = export_support::run_ok(
        export_support::tool("pdftotext", "poppler-utils")
            .arg(&sheet)
            .arg("-"),
    );
    for expected in [
        "Sønderborg-grøn",
        "CMYK 90/20/85/10",
        "PANTONE 348 C / 348 U",
        "RAL 6024",
    ] {
        assert!(text.contains(expected), "{expected} in {text}");
    }

    // A screen pack has no palette files.
    let web = d.join("web");
    let status = designprogram(d)
        .args(["pack", "--preset", "og-image", "--out"])
        .arg(&web)
        .output()
        .unwrap();
    assert!(status.status.success());
    assert!(!web.join("farver").exists());
}
