//! Must show (issue 11, item 5): `designprogram manual document` for the demonstration manual — at least 12
//! pages, every font embedded (`pdffonts`), every colour's authored CMYK and every logo's name in the text
//! (`pdftotext`), `qpdf --check` passes; English with `--lang en`; the document follows an edited manual.

mod export_support;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use export_support::{designprogram, run_ok, tool};

/// The demonstration manual's colours as authored in `manual/colors.toml` (CMYK notation).
const CMYK: [&str; 10] = [
    "90/20/85/10",
    "50/0/100/0",
    "85/40/75/60",
    "88/50/15/10",
    "3/22/100/0",
    "5/6/14/0",
    "0/0/0/70",
    "0/0/0/35",
    "0/0/0/100",
    "0/0/0/0",
];

/// The demonstration manual's logos (`manual/logos/*/logo.toml`, Danish names).
const LOGOS: [&str; 4] = [
    "Sønderborg Kommune – logo",
    "Sønderborg Bibliotek – logo",
    "Kærhaveskolen – logo",
    "Plejecenter Solbakken – logo",
];

fn document(dir: &Path, extra: &[&str]) -> PathBuf {
    let out = dir.join("designmanual.pdf");
    let printed = run_ok(
        designprogram(dir)
            .args(extra)
            .args(["manual", "document", "--out"])
            .arg(&out),
    );
    assert_eq!(printed.trim(), out.display().to_string());
    out
}

fn pdftotext(pdf: &Path) -> String {
    run_ok(tool("pdftotext", "poppler-utils").arg(pdf).arg("-"))
}

/// pdftotext breaks lines; compare with every run of whitespace as one space.
fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_demo_manual_as_a_document() {
    // The literals above are the demonstration manual's values; fail loudly if the manual changes.
    let loaded = designprogram::manual::load_embedded();
    let m = &loaded.manual;
    let authored: BTreeSet<String> = m.colors.iter().map(|c| c.cmyk.notation()).collect();
    assert_eq!(authored, CMYK.iter().map(|s| (*s).to_owned()).collect());
    let names: BTreeSet<&str> = m.logos.iter().map(|l| l.name.da.as_str()).collect();
    assert_eq!(names, LOGOS.into_iter().collect());

    let dir = tempfile::tempdir().unwrap();
    let pdf = document(dir.path(), &[]);

    let info = run_ok(tool("pdfinfo", "poppler-utils").arg(&pdf));
    let pages: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or_else(|| panic!("{info}"));
    assert!(pages >= 12, "{pages} pages");
    let size = info
        .lines()
        .find_map(|l| l.strip_prefix("Page size:"))
        .unwrap_or_default();
    assert!(
        size.contains("595.276 x 841.89") && size.contains("A4"),
        "{size}"
    );

    let fonts = run_ok(tool("pdffonts", "poppler-utils").arg(&pdf));
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(rows.len() >= 3, "{fonts}");
    for row in rows {
        let c: Vec<&str> = row.split_whitespace().collect();
        let n = c.len();
        assert_eq!(
            &c[n - 5..n - 2],
            ["yes", "yes", "yes"],
            "emb sub uni: {row}"
        );
    }

    let text = squeeze(&pdftotext(&pdf));
    for cmyk in CMYK {
        assert!(text.contains(cmyk), "CMYK {cmyk} missing");
    }
    for name in LOGOS {
        assert!(text.contains(name), "logo {name} missing");
    }
    for expected in [
        "Designprogram for Sønderborg Kommune",
        "Version 2.1",
        "Vedtaget af Økonomiudvalget den 12. marts 2024",
        "Indhold",
        "PANTONE 348 C",
        "#00734a",
        "Høj bly gom vandt fræk sexquiz på wc",
        "Logo til plakat A4",
        "Open Graph-billede",
        "1200 × 630 px",
        "Brevpapir A4",
        "Ændringslog",
        "Side 3 af",
    ] {
        assert!(text.contains(expected), "{expected:?} missing");
    }

    let check = run_ok(tool("qpdf", "qpdf").arg("--check").arg(&pdf));
    assert!(
        check.contains("No syntax or stream encoding errors found"),
        "{check}"
    );
    let raw = String::from_utf8_lossy(&std::fs::read(&pdf).unwrap()).into_owned();
    assert!(raw.contains("/GTS_PDFXVersion (PDF/X-1a:2003)"));

    // An existing file is refused without --force (exit 4), replaced with it.
    let again = designprogram(dir.path())
        .args(["manual", "document", "--out"])
        .arg(&pdf)
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(4));
    run_ok(
        designprogram(dir.path())
            .args(["manual", "document", "--force", "--out"])
            .arg(&pdf),
    );
}

#[test]
fn english_and_a_print_shop_version() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = document(dir.path(), &["--lang", "en"]);
    let text = squeeze(&pdftotext(&pdf));
    for expected in [
        "Design programme of Sønderborg Municipality",
        "Contents",
        "Colours",
        "Sønderborg Municipality – logo",
        "Page 3 of",
    ] {
        assert!(text.contains(expected), "{expected:?} missing");
    }

    let shop = dir.path().join("shop.pdf");
    run_ok(
        designprogram(dir.path())
            .args(["manual", "document", "--bleed", "--out"])
            .arg(&shop),
    );
    let boxes = run_ok(tool("pdfinfo", "poppler-utils").arg("-box").arg(&shop));
    let trim = boxes
        .lines()
        .find_map(|l| l.strip_prefix("TrimBox:"))
        .unwrap_or_default()
        .split_whitespace()
        .map(|v| v.parse::<f64>().unwrap())
        .collect::<Vec<_>>();
    assert!((trim[2] - trim[0] - 595.276).abs() < 0.02, "{boxes}");
    let bleed = boxes
        .lines()
        .find_map(|l| l.strip_prefix("BleedBox:"))
        .unwrap_or_default()
        .split_whitespace()
        .map(|v| v.parse::<f64>().unwrap())
        .collect::<Vec<_>>();
    assert!((trim[0] - bleed[0] - 8.504).abs() < 0.02, "{boxes}");
}

#[test]
fn the_document_follows_an_edited_manual() {
    // A copy of the demonstration manual whose green has a new CMYK: the document prints the new value.
    let dir = tempfile::tempdir().unwrap();
    let manual = dir.path().join("manual");
    copy_dir(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("manual")
            .as_path(),
        &manual,
    );
    let colors = manual.join("colors.toml");
    let toml = std::fs::read_to_string(&colors).unwrap();
    assert!(toml.contains("cmyk = [90, 20, 85, 10]"));
    std::fs::write(
        &colors,
        toml.replace("cmyk = [90, 20, 85, 10]", "cmyk = [92, 18, 85, 8]"),
    )
    .unwrap();
    let pdf = document(dir.path(), &["--manual", manual.to_str().unwrap()]);
    let text = squeeze(&pdftotext(&pdf));
    assert!(
        text.contains("92/18/85/8"),
        "the colour chapter has the new value"
    );
    // The old value is left only where the changelog quotes it.
    assert_eq!(text.matches("90/20/85/10").count(), 1);
    assert!(text.contains("(nu 90/20/85/10)"));

    // A manual with errors is refused (exit 1), nothing written.
    std::fs::write(&colors, "this is = not [ toml").unwrap();
    let out = dir.path().join("broken.pdf");
    let status = designprogram(dir.path())
        .args([
            "--manual",
            manual.to_str().unwrap(),
            "manual",
            "document",
            "--out",
        ])
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(status.status.code(), Some(1));
    assert!(!out.exists());
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}
