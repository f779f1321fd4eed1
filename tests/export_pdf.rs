//! Must show: a print PDF of a page export on A4 with 3 mm bleed and crop marks — `pdfinfo -box` gives TrimBox
//! 595.28 × 841.89 pt, BleedBox 3 mm larger on each side, MediaBox containing the marks; `pdffonts` lists no
//! font (the artwork is outlined, so no font can be missing); `qpdf --check` passes; the green's authored CMYK appears exactly in the content stream; no
//! RGB colour operator appears. Plus a structural PDF/X preflight that reads the file back.

mod export_support;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use export_support::{designprogram, run_ok, tool};
use lopdf::{Document, Object, content::Content};

const MM: f64 = 72.0 / 25.4;

/// Exports the A4 poster page (green background, 3 mm bleed, crop marks) through the CLI.
fn a4_page(dir: &Path, extra: &[&str]) -> PathBuf {
    let out = dir.join("page.pdf");
    let printed = run_ok(
        designprogram(dir)
            .args([
                "export",
                "kommune",
                "--preset",
                "poster-a4",
                "--page",
                "--crop-marks",
                "--background",
                "groen",
                "--format",
                "pdf",
                "--out",
            ])
            .arg(&out)
            .args(extra),
    );
    assert_eq!(printed.trim(), out.display().to_string());
    out
}

fn boxes(pdf: &Path) -> BTreeMap<String, [f64; 4]> {
    let text = run_ok(tool("pdfinfo", "poppler-utils").arg("-box").arg(pdf));
    text.lines()
        .filter_map(|line| {
            let (name, rest) = line.split_once(':')?;
            let name = name.trim();
            if !name.ends_with("Box") {
                return None;
            }
            let v: Vec<f64> = rest
                .split_whitespace()
                .map(|n| n.parse().unwrap())
                .collect();
            Some((name.to_owned(), [v[0], v[1], v[2], v[3]]))
        })
        .collect()
}

#[test]
fn pdfinfo_boxes_fonts_and_qpdf() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = a4_page(dir.path(), &[]);
    let b = boxes(&pdf);
    let (media, bleed, trim) = (b["MediaBox"], b["BleedBox"], b["TrimBox"]);
    let close = |a: f64, e: f64| (a - e).abs() <= 0.015;
    assert!(close(trim[2] - trim[0], 595.28), "{trim:?}");
    assert!(close(trim[3] - trim[1], 841.89), "{trim:?}");
    for i in 0..2 {
        assert!(close(trim[i] - bleed[i], 3.0 * MM), "{bleed:?} {trim:?}");
        assert!(
            close(bleed[i + 2] - trim[i + 2], 3.0 * MM),
            "{bleed:?} {trim:?}"
        );
        assert!(media[i] <= bleed[i] && bleed[i + 2] <= media[i + 2]);
    }
    // 3 mm offset + 6 mm marks: the media box is the trim box + 9 mm per side (646.30 × 892.91 pt).
    assert!(
        close(media[2] - media[0], 646.30) && close(media[3] - media[1], 892.91),
        "{media:?}"
    );
    for [x0, y0, x1, y1] in crop_marks(&pdf) {
        for (x, y) in [(x0, y0), (x1, y1)] {
            assert!(
                x >= media[0] - 0.01
                    && x <= media[2] + 0.01
                    && y >= media[1] - 0.01
                    && y <= media[3] + 0.01
            );
            let inside_bleed = x > bleed[0] + 0.01
                && x < bleed[2] - 0.01
                && y > bleed[1] + 0.01
                && y < bleed[3] - 0.01;
            assert!(
                !inside_bleed,
                "crop mark end ({x}, {y}) inside the bleed box {bleed:?}"
            );
        }
    }

    // The logo is outlined artwork: the page uses no font at all, so nothing can be missing at the print
    // shop. pdffonts prints its two header lines and no font row; the page resources name no /Font.
    let fonts = run_ok(tool("pdffonts", "poppler-utils").arg(&pdf));
    let lines: Vec<&str> = fonts.lines().collect();
    assert_eq!(lines.len(), 2, "pdffonts lists fonts:\n{fonts}");
    assert!(
        lines[0].starts_with("name") && lines[0].contains("emb"),
        "{fonts}"
    );
    assert!(lines[1].starts_with("----"), "{fonts}");
    let doc = Document::load(&pdf).unwrap();
    for (_, object) in doc.objects.iter() {
        if let Ok(dict) = object.as_dict() {
            assert!(dict.get(b"Font").is_err(), "a /Font resource: {dict:?}");
            assert!(
                dict.get(b"Type").and_then(Object::as_name).ok() != Some(b"Font".as_slice()),
                "a font object"
            );
        }
    }

    let check = run_ok(tool("qpdf", "qpdf").arg("--check").arg(&pdf));
    assert!(
        check.contains("No syntax or stream encoding errors found"),
        "{check}"
    );
}

#[test]
fn authored_cmyk_exactly_and_no_rgb() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = a4_page(dir.path(), &[]);
    let doc = Document::load(&pdf).unwrap();
    let page = *doc.get_pages().values().next().unwrap();
    let content = String::from_utf8(doc.get_page_content(page).unwrap()).unwrap();
    // Sønderborg green is authored as 90/20/85/10 (manual/colors.toml).
    assert!(content.contains("0.9 0.2 0.85 0.1 k"), "{content}");
    let ops = Content::decode(content.as_bytes()).unwrap().operations;
    for op in &ops {
        assert!(
            !matches!(op.operator.as_str(), "rg" | "RG" | "g" | "G"),
            "device colour {op:?}"
        );
    }
    // No RGB anywhere in the file: uncompress every stream with qpdf and search it all.
    let plain = dir.path().join("plain.pdf");
    run_ok(
        tool("qpdf", "qpdf")
            .args(["--qdf", "--object-streams=disable"])
            .arg(&pdf)
            .arg(&plain),
    );
    let bytes = std::fs::read(&plain).unwrap();
    let text = String::from_utf8_lossy(&bytes);
    for rgb in ["/DeviceRGB", "/CalRGB", " rg\n", " RG\n"] {
        assert!(!text.contains(rgb), "{rgb} in a CMYK print PDF");
    }
}

#[test]
fn pdfx_preflight() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = a4_page(dir.path(), &[]);
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF-1.4"), "PDF/X-1a:2003 is PDF 1.4");
    let doc = Document::load_mem(&bytes).unwrap();

    // Trailer: document ID, two 16-byte strings.
    let id = doc.trailer.get(b"ID").unwrap().as_array().unwrap();
    assert_eq!(id.len(), 2);
    for part in id {
        assert_eq!(part.as_str().unwrap().len(), 16);
    }

    // Info: title, dates, trapping, PDF/X version.
    let info_ref = doc.trailer.get(b"Info").unwrap().as_reference().unwrap();
    let info = doc.get_dictionary(info_ref).unwrap();
    for key in ["Title", "CreationDate", "ModDate"] {
        assert!(info.get(key.as_bytes()).is_ok(), "Info has no {key}");
    }
    let title = lopdf::decode_text_string(info.get(b"Title").unwrap()).unwrap();
    assert!(title.contains("Sønderborg"), "{title}");
    assert_eq!(info.get(b"Trapped").unwrap().as_name().unwrap(), b"False");
    assert_eq!(
        info.get(b"GTS_PDFXVersion").unwrap().as_str().unwrap(),
        b"PDF/X-1a:2003"
    );

    // Catalog: exactly one GTS_PDFX output intent, FOGRA39, with an embedded CMYK output profile; XMP.
    let catalog = doc.catalog().unwrap();
    assert!(catalog.get(b"Metadata").is_ok(), "no XMP metadata");
    let intents = catalog.get(b"OutputIntents").unwrap().as_array().unwrap();
    assert_eq!(intents.len(), 1);
    let intent = doc.dereference(&intents[0]).unwrap().1.as_dict().unwrap();
    assert_eq!(intent.get(b"S").unwrap().as_name().unwrap(), b"GTS_PDFX");
    assert_eq!(
        intent
            .get(b"OutputConditionIdentifier")
            .unwrap()
            .as_str()
            .unwrap(),
        b"FOGRA39"
    );
    let profile_ref = intent
        .get(b"DestOutputProfile")
        .unwrap()
        .as_reference()
        .unwrap();
    let profile = doc.get_object(profile_ref).unwrap().as_stream().unwrap();
    assert_eq!(profile.dict.get(b"N").unwrap().as_i64().unwrap(), 4);
    let icc = profile.decompressed_content().unwrap();
    assert_eq!(&icc[12..20], b"prtrCMYK", "an output (prtr) CMYK profile");
    assert_eq!(&icc[36..40], b"acsp");

    // Page: TrimBox inside BleedBox inside MediaBox; no ArtBox next to the TrimBox.
    let page_id = *doc.get_pages().values().next().unwrap();
    let page = doc.get_dictionary(page_id).unwrap();
    let rect = |key: &[u8]| -> [f64; 4] {
        let a = page.get(key).unwrap().as_array().unwrap();
        [0, 1, 2, 3].map(|i| match &a[i] {
            Object::Integer(v) => *v as f64,
            Object::Real(v) => f64::from(*v),
            other => panic!("{other:?}"),
        })
    };
    let (media, bleed, trim) = (rect(b"MediaBox"), rect(b"BleedBox"), rect(b"TrimBox"));
    assert!(page.get(b"ArtBox").is_err());
    for i in 0..2 {
        assert!(media[i] <= bleed[i] && bleed[i] <= trim[i]);
        assert!(trim[i + 2] <= bleed[i + 2] && bleed[i + 2] <= media[i + 2]);
    }

    // Colour spaces: only Separations with a DeviceCMYK alternate (registration /All, spot colours).
    let resources = page.get(b"Resources").unwrap().as_dict().unwrap();
    let spaces = resources.get(b"ColorSpace").unwrap().as_dict().unwrap();
    for (name, space) in spaces.iter() {
        let arr = doc.dereference(space).unwrap().1.as_array().unwrap();
        assert_eq!(arr[0].as_name().unwrap(), b"Separation", "{name:?}");
        assert_eq!(arr[2].as_name().unwrap(), b"DeviceCMYK", "{name:?}");
    }
    let reg = spaces.get(b"Reg").unwrap().as_array().unwrap();
    assert_eq!(
        reg[1].as_name().unwrap(),
        b"All",
        "crop marks in registration colour"
    );

    // No transparency (PDF/X-1a): no soft masks, no alpha below 1, no transparency groups.
    assert!(page.get(b"Group").is_err());
    for (_, object) in doc.objects.iter() {
        if let Ok(dict) = object.as_dict() {
            assert!(dict.get(b"SMask").is_err());
            for key in [b"CA".as_slice(), b"ca".as_slice()] {
                if let Ok(v) = dict.get(key) {
                    assert!(v.as_float().unwrap() >= 1.0, "alpha below 1");
                }
            }
        }
    }
}

#[test]
fn spot_colourway_is_a_pantone_separation() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("spot.pdf");
    run_ok(
        designprogram(dir.path())
            .args([
                "export",
                "kommune",
                "--colorway",
                "spot",
                "--preset",
                "poster-a3",
                "--format",
                "pdf",
                "--out",
            ])
            .arg(&out),
    );
    let plain = dir.path().join("plain.pdf");
    run_ok(
        tool("qpdf", "qpdf")
            .args(["--qdf", "--object-streams=disable"])
            .arg(&out)
            .arg(&plain),
    );
    let text = String::from_utf8_lossy(&std::fs::read(&plain).unwrap()).into_owned();
    assert!(
        text.contains("/PANTONE#20348#20C"),
        "Separation named by the Pantone code"
    );
    assert!(text.contains("/Spot cs"));
    assert!(!text.contains("/DeviceRGB") && !text.contains(" rg\n"));
    let check = run_ok(tool("qpdf", "qpdf").arg("--check").arg(&out));
    assert!(check.contains("No syntax or stream encoding errors found"));
}

/// The crop-mark lines of page 1: every `m … l … S` drawn after selecting the `/Reg` stroke colour space.
fn crop_marks(pdf: &Path) -> Vec<[f64; 4]> {
    let doc = Document::load(pdf).unwrap();
    let page = *doc.get_pages().values().next().unwrap();
    let content = doc.get_page_content(page).unwrap();
    let ops = Content::decode(&content).unwrap().operations;
    let num = |o: &Object| o.as_float().map(f64::from).unwrap();
    let mut marks = Vec::new();
    let mut registration = false;
    let mut start = None;
    let mut width = 0.0;
    for op in ops {
        match op.operator.as_str() {
            "CS" => registration = op.operands[0].as_name().unwrap() == b"Reg",
            "w" => width = num(&op.operands[0]),
            "m" if registration => start = Some((num(&op.operands[0]), num(&op.operands[1]))),
            "l" if registration => {
                let (x0, y0) = start.take().unwrap();
                marks.push([x0, y0, num(&op.operands[0]), num(&op.operands[1])]);
                assert!((width - 0.25).abs() < 1e-6, "crop marks are 0.25 pt");
            }
            "Q" => registration = false,
            _ => {}
        }
    }
    assert_eq!(marks.len(), 8, "two marks per corner");
    marks
}
