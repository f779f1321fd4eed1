//! The Office files of the kit (`.thmx`, `.dotx`, `.potx`), made with the CLI, read back by independent tools:
//! every XML part through a parser that rejects malformed XML, python-docx and python-pptx
//! (tests/kit/read_office.py), and LibreOffice headless converting them to PDF (one conversion per format,
//! all in one test, since each takes seconds), checked with pdftotext -bbox and pdftoppm pixels.
//!
//! Expected values are literals from the demonstration manual (manual/*.toml) and the reference tables
//! (DIN 5008 form B: recipient zone x 20 mm, y 62.7 mm; PowerPoint 16:9 = 12 192 000 × 6 858 000 EMU).

mod export_support;

use std::io::Read;
use std::path::{Path, PathBuf};

use export_support::{designprogram, png_rgba, run_ok, tool};
use serde_json::Value;

const WORD_TEMPLATE_CT: &str =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml";
const POWERPOINT_TEMPLATE_CT: &str =
    "application/vnd.openxmlformats-officedocument.presentationml.template.main+xml";

/// The theme colours the demonstration manual's `[office_theme]` gives (colors.toml), lt1 pinned to FFFFFE.
const THEME: [(&str, &str); 12] = [
    ("dk1", "1D1D1B"),
    ("lt1", "FFFFFE"),
    ("dk2", "0B3D2E"),
    ("lt2", "EFE9DC"),
    ("accent1", "00734A"),
    ("accent2", "8DC63F"),
    ("accent3", "1F5F8B"),
    ("accent4", "F2C200"),
    ("accent5", "6F6F6E"),
    ("accent6", "B2B2B2"),
    ("hlink", "1F5F8B"),
    ("folHlink", "0B3D2E"),
];

fn kit(dir: &Path, args: &[&str]) -> PathBuf {
    let out = run_ok(
        designprogram(dir)
            .arg("kit")
            .args(args)
            .arg("--out")
            .arg(dir),
    );
    PathBuf::from(out.trim())
}

/// Every part of a package: (name, bytes).
fn parts(path: &Path) -> Vec<(String, Vec<u8>)> {
    let file = std::fs::File::open(path).unwrap();
    let mut zip = zip::ZipArchive::new(file).unwrap();
    (0..zip.len())
        .map(|i| {
            let mut entry = zip.by_index(i).unwrap();
            let mut bytes = Vec::new();
            entry.read_to_end(&mut bytes).unwrap();
            (entry.name().to_owned(), bytes)
        })
        .collect()
}

/// Parses every XML part (roxmltree rejects malformed XML) and returns the content type of `main`.
fn check_xml_and_content_type(path: &Path, main: &str) -> String {
    let parts = parts(path);
    assert_eq!(parts[0].0, "[Content_Types].xml", "{}", path.display());
    let mut main_type = String::new();
    for (name, bytes) in &parts {
        if !(name.ends_with(".xml") || name.ends_with(".rels")) {
            continue;
        }
        let text = std::str::from_utf8(bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        let doc = roxmltree::Document::parse(text)
            .unwrap_or_else(|e| panic!("{} {name}: malformed XML: {e}", path.display()));
        if name == "[Content_Types].xml" {
            for o in doc.descendants().filter(|n| n.has_tag_name("Override")) {
                if o.attribute("PartName") == Some(main) {
                    main_type = o.attribute("ContentType").unwrap_or_default().to_owned();
                }
            }
        }
    }
    main_type
}

fn python(script: &str, args: &[&Path]) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/kit")
        .join(script);
    let out = run_ok(tool("python3", "python3").arg(path).args(args));
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("{script}: {e}\n{out}"))
}

fn assert_theme(theme: &Value, what: &str) {
    let order: Vec<&str> = theme["slot_order"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    let expected: Vec<&str> = THEME.iter().map(|(s, _)| *s).collect();
    assert_eq!(order, expected, "{what}: slot order");
    for (slot, hex) in THEME {
        assert_eq!(theme["colors"][slot], hex, "{what}: {slot}");
    }
    assert_eq!(theme["fonts"]["major"], "Verdana", "{what}");
    assert_eq!(theme["fonts"]["minor"], "Verdana", "{what}");
    for list in [
        "fillStyleLst",
        "lnStyleLst",
        "effectStyleLst",
        "bgFillStyleLst",
    ] {
        assert_eq!(theme["fmt"][list], 3, "{what}: {list}");
    }
    assert_eq!(theme["name"], "Sønderborg Kommune 2.1", "{what}");
}

#[test]
fn office_files_read_back_and_open_in_libreoffice() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let thmx = kit(d, &["office"]);
    let dotx = kit(d, &["word", "--sender", "bibliotek"]);
    let potx = kit(d, &["powerpoint"]);
    assert_eq!(
        thmx.file_name().unwrap(),
        "sonderborg_office-theme_2-1.thmx"
    );
    assert_eq!(
        dotx.file_name().unwrap(),
        "sonderborg_word_bibliotek_2-1.dotx"
    );
    assert_eq!(
        potx.file_name().unwrap(),
        "sonderborg_powerpoint_kommune_powerpoint-16x9_2-1.potx"
    );

    // Every XML part parses; the main parts carry the template content types.
    check_xml_and_content_type(&thmx, "/theme/theme/themeManager.xml");
    assert_eq!(
        check_xml_and_content_type(&dotx, "/word/document.xml"),
        WORD_TEMPLATE_CT
    );
    assert_eq!(
        check_xml_and_content_type(&potx, "/ppt/presentation.xml"),
        POWERPOINT_TEMPLATE_CT
    );

    // python-docx / python-pptx
    let read = python("read_office.py", &[&thmx, &dotx, &potx]);
    assert_theme(&read["thmx"], "thmx");
    assert_word(&read["dotx"]);
    assert_powerpoint(&read["potx"]);

    // The theme part is the same in all three files.
    let theme = |path: &Path, name: &str| {
        parts(path)
            .into_iter()
            .find(|(n, _)| n == name)
            .unwrap_or_else(|| panic!("{name} in {}", path.display()))
            .1
    };
    let in_thmx = theme(&thmx, "theme/theme/theme1.xml");
    assert_eq!(in_thmx, theme(&dotx, "word/theme/theme1.xml"));
    assert_eq!(in_thmx, theme(&potx, "ppt/theme/theme1.xml"));

    // LibreOffice renders them without repair: the templates with their own filters (the PDFs show the logo
    // and the theme colours), the theme through the PowerPoint importer (a theme has no slides to show).
    let pdfs = libreoffice_pdfs(d, &[&dotx, &potx], None);
    assert_word_pdf(&pdfs[0], d);
    assert_powerpoint_pdf(&pdfs[1], d);
    let theme_pdf = libreoffice_pdfs(d, &[&thmx], Some("Impress MS PowerPoint 2007 XML"));
    let info = run_ok(tool("pdfinfo", "poppler-utils").arg(&theme_pdf[0]));
    assert!(
        info.contains("Title:           Sønderborg Kommune 2.1"),
        "{info}"
    );
}

fn assert_word(w: &Value) {
    assert_eq!(w["content_type"], WORD_TEMPLATE_CT);
    // A4 in twips (11 906 × 16 838, as Word writes it)
    let page = &w["page_mm"];
    assert!((page[0].as_f64().unwrap() - 210.0).abs() < 0.02, "{page}");
    assert!((page[1].as_f64().unwrap() - 297.0).abs() < 0.02, "{page}");
    assert_theme(&w["theme"], "dotx");
    // templates.toml, body field: x 25, width 165 → margins 25 / 20
    let margin = |side: &str| w["margins_mm"][side].as_f64().unwrap();
    assert!((margin("left") - 25.0).abs() < 0.02, "{}", w["margins_mm"]);
    assert!((margin("right") - 20.0).abs() < 0.02, "{}", w["margins_mm"]);
    assert_eq!(w["different_first_page"], true);
    for (id, name) in [
        ("Overskrift1", "Heading 1"),
        ("Overskrift2", "Heading 2"),
        ("Overskrift3", "Heading 3"),
        ("Brdtekst", "Body Text"),
    ] {
        let s = &w["styles"][id];
        assert_eq!(s["name"], name, "{id}");
    }
    assert_eq!(w["styles"]["Overskrift1"]["font"], "Verdana");
    assert_eq!(w["styles"]["Overskrift1"]["color"], "0B3D2E");
    assert_eq!(w["styles"]["Overskrift2"]["color"], "00734A");

    let controls = w["controls"].as_array().unwrap();
    let by_tag =
        |tag: &str| -> Vec<&Value> { controls.iter().filter(|c| c["tag"] == tag).collect() };
    for (tag, lock) in [
        ("recipient", "sdtLocked"),
        ("date", "sdtLocked"),
        ("subject", "sdtLocked"),
        ("case-number", "sdtLocked"),
    ] {
        let found = by_tag(tag);
        assert_eq!(found.len(), 1, "{tag}: {controls:?}");
        assert_eq!(found[0]["lock"], lock, "{tag}");
        assert!(found[0]["xpath"].is_null(), "{tag} is filled in, not bound");
    }
    assert_eq!(by_tag("date")[0]["date"], true);
    assert_eq!(
        by_tag("recipient")[0]["text"],
        "Modtagerens navn og adresse"
    );
    // The sender's data: one custom XML part, bound into every field that shows it (the name twice).
    let custom = w["custom_xml"].as_array().unwrap();
    assert_eq!(custom.len(), 1);
    let store = custom[0]["store"].as_str().unwrap();
    let xml = custom[0]["xml"].as_str().unwrap();
    for value in [
        "Sønderborg Bibliotek",
        "Rådhustorvet 4",
        "6400 Sønderborg",
        "+45 88 72 42 00",
        "bibliotek@example.dk",
        "sonderborg.dk/bibliotek",
    ] {
        assert!(xml.contains(value), "{value} in {xml}");
    }
    let names = by_tag("sender-name");
    assert_eq!(names.len(), 2);
    let bound: Vec<&Value> = controls.iter().filter(|c| !c["xpath"].is_null()).collect();
    assert!(bound.len() >= 8, "{bound:?}");
    for c in bound {
        assert_eq!(c["store"], store);
        assert_eq!(c["lock"], "sdtContentLocked", "{c}");
    }
    assert_eq!(by_tag("sender-phone")[0]["text"], "+45 88 72 42 00");
    // Page numbers from page 2 (default header), the logo on page 1 only (first-page header).
    assert!(
        w["headers"]["default"]["xml"]
            .as_str()
            .unwrap()
            .contains("NUMPAGES")
    );
    assert!(
        w["headers"]["first"]["xml"]
            .as_str()
            .unwrap()
            .contains("svgBlip")
    );
    assert!(
        !w["headers"]["first"]["xml"]
            .as_str()
            .unwrap()
            .contains("PAGE")
    );
    assert_eq!(w["core"]["version"], "2.1");
}

fn assert_powerpoint(p: &Value) {
    assert_eq!(p["content_type"], POWERPOINT_TEMPLATE_CT);
    assert_eq!(p["slide_emu"], serde_json::json!([12_192_000, 6_858_000]));
    assert_theme(&p["theme"], "potx");
    let names: Vec<&str> = p["layouts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "Titeldias",
            "Titel og indhold",
            "Afsnitsoverskrift",
            "To indholdsobjekter",
            "Billede med tekst",
            "Afslutning"
        ]
    );
    let picture_layout = &p["layouts"][4]["placeholders"];
    assert!(
        picture_layout.to_string().contains("PICTURE"),
        "{picture_layout}"
    );
    // The master's logo: logos/kommune/logo.toml, powerpoint-16x9: 50 mm wide, bottom-right, 6 mm margin,
    // clear space 0.5 × the mark (the artwork is 560.91 × 120 units, the mark 120 high).
    let pics = p["pictures"].as_array().unwrap();
    assert_eq!(pics.len(), 1, "{pics:?}");
    // The picture is the logo's box: the clear space built in, transparent.
    let logo = &pics[0];
    let scale = 50.0 / 560.91; // kommune/horizontal-positive.svg viewBox width
    let clear = 60.0 * scale;
    let width = logo["width_mm"].as_f64().unwrap();
    assert!((width - (50.0 + 2.0 * clear)).abs() < 0.01, "{logo}");
    let height = logo["height_mm"].as_f64().unwrap();
    assert!(
        (height - (120.0 * scale + 2.0 * clear)).abs() < 0.01,
        "{logo}"
    );
    let right = logo["left_mm"].as_f64().unwrap() + width;
    assert!((338.667 - right - 6.0).abs() < 0.01, "{logo}");
    let bottom = logo["top_mm"].as_f64().unwrap() + height;
    assert!((190.5 - bottom - 6.0).abs() < 0.01, "{logo}");
    // PNG at the slide's pixels (1920 px across 338.667 mm), SVG alongside
    let px = logo["pixels"][0].as_f64().unwrap();
    assert!((px - width * 1920.0 / 338.667).abs() <= 1.0, "{logo}");
    assert_eq!(logo["svg"], true);
    assert_eq!(p["slides"], 1);
    assert_eq!(p["core"]["version"], "2.1");
}

/// Converts the files to PDF in one LibreOffice run (with an import filter, if given); fails when any does not
/// convert.
fn libreoffice_pdfs(dir: &Path, files: &[&Path], filter: Option<&str>) -> Vec<PathBuf> {
    let out = dir.join("pdf");
    let profile = dir.join("lo-profile");
    let mut cmd = tool(
        "soffice",
        "libreoffice-writer-nogui libreoffice-impress-nogui",
    );
    cmd.arg(format!(
        "-env:UserInstallation=file://{}",
        profile.display()
    ))
    .args(["--headless", "--norestore"]);
    if let Some(f) = filter {
        cmd.arg(format!("--infilter={f}"));
    }
    run_ok(
        cmd.args(["--convert-to", "pdf", "--outdir"])
            .arg(&out)
            .args(files),
    );
    files
        .iter()
        .map(|f| {
            let pdf = out.join(f.with_extension("pdf").file_name().unwrap());
            assert!(pdf.is_file(), "LibreOffice did not convert {}", f.display());
            pdf
        })
        .collect()
}

/// A word's box in mm from pdftotext -bbox (points → mm).
fn word_box(pdf: &Path, word: &str) -> (f64, f64, f64, f64) {
    let html = run_ok(
        tool("pdftotext", "poppler-utils")
            .args(["-bbox", "-f", "1", "-l", "1"])
            .arg(pdf)
            .arg("-"),
    );
    let line = html
        .lines()
        .find(|l| l.contains(&format!(">{word}<")))
        .unwrap_or_else(|| panic!("{word} not on page 1 of {}:\n{html}", pdf.display()));
    let attr = |name: &str| -> f64 {
        let start = line.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
        let end = start + line[start..].find('"').unwrap();
        line[start..end].parse::<f64>().unwrap() * 25.4 / 72.0
    };
    (attr("xMin"), attr("yMin"), attr("xMax"), attr("yMax"))
}

fn assert_word_pdf(pdf: &Path, dir: &Path) {
    // DIN 5008 form B (export-standards.md §4.1): the recipient zone starts at y 62.7 mm, its text 5 mm inside
    // the address field (x 20): at x 25 mm.
    let (x, y, _, _) = word_box(pdf, "Modtagerens");
    assert!((x - 25.0).abs() <= 1.0, "recipient x {x:.2} mm");
    assert!((y - 62.7).abs() <= 1.0, "recipient y {y:.2} mm");
    // the return address line at y 45, the information block at x 125
    let (x, y, _, _) = word_box(pdf, "Dato:");
    assert!((x - 125.0).abs() <= 1.0, "info block x {x:.2} mm, y {y:.2}");
    // The logo: top-right, 46 mm wide (logos/bibliotek/logo.toml, letterhead-a4), in Sønderborg-grøn.
    let png = export_support::pdftoppm(pdf, 50, dir);
    let (w, h, px) = png_rgba(&png);
    let mm = |v: f64, total: u32, side_mm: f64| ((v / side_mm) * f64::from(total)) as u32;
    let green = count_near(
        &px,
        w,
        (mm(120.0, w, 210.0), 0, w, mm(40.0, h, 297.0)),
        [0x00, 0x73, 0x4a],
    );
    assert!(
        green > 20,
        "no Sønderborg-grøn in the logo area ({green} px)"
    );
    let _ = h;
}

fn assert_powerpoint_pdf(pdf: &Path, dir: &Path) {
    let png = export_support::pdftoppm(pdf, 40, dir);
    let (w, h, px) = png_rgba(&png);
    // The title layout's band (accent1 = Sønderborg-grøn) across the top.
    let band = count_near(&px, w, (0, 0, w, h / 10), [0x00, 0x73, 0x4a]);
    assert!(
        band > (w * h / 20) as usize,
        "accent1 band: {band} px of {w}×{h}"
    );
    // The logo bottom-right: its colours (the wordmark in Sønderborg-grøn or black) over white.
    let logo = count_near(&px, w, (w * 3 / 4, h * 4 / 5, w, h), [0x00, 0x73, 0x4a]);
    assert!(logo > 5, "no logo bottom-right ({logo} px)");
    // The title in dk2 (Skovgrøn), the heading colour of the theme.
    let title = count_near(&px, w, (0, h * 2 / 5, w, h * 3 / 5), [0x0b, 0x3d, 0x2e]);
    assert!(title > 30, "no dk2 title ({title} px)");
    let text = run_ok(tool("pdftotext", "poppler-utils").arg(pdf).arg("-"));
    assert!(text.contains("Sønderborg Kommune"), "{text}");
}

/// Pixels within 40 per channel of a colour inside a box (x0, y0, x1, y1).
fn count_near(px: &[u8], width: u32, area: (u32, u32, u32, u32), rgb: [u8; 3]) -> usize {
    let (x0, y0, x1, y1) = area;
    let mut n = 0;
    for y in y0..y1 {
        for x in x0..x1.min(width) {
            let i = ((y * width + x) * 4) as usize;
            if i + 3 < px.len() && (0..3).all(|c| px[i + c].abs_diff(rgb[c]) <= 40) {
                n += 1;
            }
        }
    }
    n
}
