//! The PDF engine (`export::pdf::Document`) read back with the tools a print shop uses: several pages in one
//! file, text as real text in embedded subsets (`pdffonts`: emb/sub/uni yes; `pdftotext`: æøå exactly), photos
//! separated to DeviceCMYK at ≤ 300 ppi (`pdfimages -list`), a clip path cropping a photo (`pdftoppm` pixels),
//! only authored CMYK in the content streams, `qpdf --check`, page boxes per page (`pdfinfo -box`).

mod export_support;

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Arc;

use designprogram::export::pdf::{Document, Page};
use designprogram::export::{ExportError, Moment};
use designprogram::manual::{Manual, load_embedded};
use designprogram::render;
use export_support::{run_ok, tool};
use resvg::usvg;

/// Parses an SVG with the manual's fonts; `photo.jpg` / `photo.png` resolve to the given bytes.
fn tree(manual: &Manual, svg: &str, photo: Option<(&str, Vec<u8>)>) -> usvg::Tree {
    let mut options = render::options(manual);
    if let Some((name, bytes)) = photo {
        let name = name.to_owned();
        let data = Arc::new(bytes);
        options.image_href_resolver.resolve_string = Box::new(move |href, _| {
            (href == name).then(|| {
                if name.ends_with(".png") {
                    usvg::ImageKind::PNG(data.clone())
                } else {
                    usvg::ImageKind::JPEG(data.clone())
                }
            })
        });
    }
    usvg::Tree::from_str(svg, &options).unwrap()
}

/// An A5 page (148 × 210 mm) in mm units with 3 mm bleed: the tree is 154 × 216.
fn a5(body: &str) -> String {
    format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="154mm" height="216mm" viewBox="0 0 154 216">{body}</svg>"#
    )
}

/// A smooth test photo: red rises left to right, blue top to bottom.
fn photo(w: u32, h: u32) -> image::RgbImage {
    image::RgbImage::from_fn(w, h, |x, y| {
        image::Rgb([(x * 255 / w) as u8, 140, (y * 255 / h) as u8])
    })
}

fn jpeg(img: &image::RgbImage) -> Vec<u8> {
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 92)
        .encode_image(img)
        .unwrap();
    out
}

fn write(dir: &Path, name: &str, doc: Document<'_>) -> std::path::PathBuf {
    let path = dir.join(name);
    doc.save(&path, false).unwrap();
    path
}

fn qpdf_ok(pdf: &Path) {
    let check = run_ok(tool("qpdf", "qpdf").arg("--check").arg(pdf));
    assert!(
        check.contains("No syntax or stream encoding errors found"),
        "{check}"
    );
}

/// Every colour operator of every page: (operator, operands).
fn colour_operators(pdf: &Path) -> Vec<(String, Vec<f32>)> {
    let doc = lopdf::Document::load(pdf).unwrap();
    let mut found = Vec::new();
    for page in doc.get_pages().values() {
        let content =
            lopdf::content::Content::decode(&doc.get_page_content(*page).unwrap()).unwrap();
        for op in content.operations {
            if ["k", "K", "rg", "RG", "g", "G", "sc", "SC", "scn", "SCN"]
                .contains(&op.operator.as_str())
            {
                let values = op
                    .operands
                    .iter()
                    .filter_map(|o| o.as_float().ok())
                    .collect();
                found.push((op.operator.clone(), values));
            }
        }
    }
    found
}

const TEXT_PAGE_1: &str = r##"
  <rect x="0" y="0" width="154" height="40" fill="#00734a"/>
  <text x="13" y="25" font-family="IBM Plex Sans" font-weight="600" font-size="9" fill="#ffffff">Sønderborg Kommune</text>
  <text x="13" y="60" font-family="IBM Plex Sans" font-size="5" fill="#1d1d1b">Blåbærgrød og æbleskiver på Ærø – ÆØÅ æøå</text>
  <text x="13" y="70" font-family="IBM Plex Sans" font-size="5" fill="#99c7b7">En tone af grøn (40 %)</text>
"##;

const TEXT_PAGE_2: &str = r##"
  <text x="13" y="30" font-family="IBM Plex Sans" font-weight="700" font-size="8" fill="#1f5f8b">Fjordblå overskrift</text>
  <text x="13" y="45" font-family="IBM Plex Sans" font-size="5" fill="#1d1d1b">Blåbærgrød igen på side to</text>
"##;

#[test]
fn two_pages_of_real_text_with_embedded_subsets() {
    let loaded = load_embedded();
    let m = &loaded.manual;
    let dir = tempfile::tempdir().unwrap();
    let one = tree(m, &a5(TEXT_PAGE_1), None);
    let two = tree(m, &a5(TEXT_PAGE_2), None);
    let mut doc = Document::print(m)
        .title("Prøve – æøå")
        .moment(Moment::from_unix(1_790_000_000));
    doc.add_page(&Page::mm(&one, 148.0, 210.0).bleed_mm(3.0).crop_marks(true))
        .unwrap();
    doc.add_page(&Page::mm(&two, 148.0, 210.0).bleed_mm(3.0))
        .unwrap();
    assert_eq!(doc.page_count(), 2);
    let pdf = write(dir.path(), "text.pdf", doc);
    qpdf_ok(&pdf);

    // pdffonts: the regular face is used on both pages and listed once; every font is an embedded subset
    // with a ToUnicode map.
    let fonts = run_ok(tool("pdffonts", "poppler-utils").arg(&pdf));
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert_eq!(rows.len(), 3, "{fonts}");
    for row in &rows {
        let c: Vec<&str> = row.split_whitespace().collect();
        let n = c.len();
        assert_eq!(
            &c[n - 5..n - 2],
            ["yes", "yes", "yes"],
            "emb sub uni: {row}"
        );
        assert!(
            c[0].len() > 7 && c[0].as_bytes()[6] == b'+',
            "subset tag: {row}"
        );
        assert_eq!(c[1..4].join(" "), "CID TrueType Identity-H", "{row}");
    }
    let names: BTreeSet<&str> = rows
        .iter()
        .map(|r| {
            r.split_whitespace()
                .next()
                .unwrap()
                .split('+')
                .nth(1)
                .unwrap()
        })
        .collect();
    assert_eq!(
        names,
        BTreeSet::from([
            "IBMPlexSans-Bold",
            "IBMPlexSans-Regular",
            "IBMPlexSans-SemiBold"
        ])
    );

    // pdftotext: the words come back exactly, page by page.
    let text = run_ok(
        tool("pdftotext", "poppler-utils")
            .args(["-layout"])
            .arg(&pdf)
            .arg("-"),
    );
    let pages: Vec<&str> = text.split('\u{c}').collect();
    assert!(pages[0].contains("Sønderborg Kommune"), "{text}");
    assert!(
        pages[0].contains("Blåbærgrød og æbleskiver på Ærø – ÆØÅ æøå"),
        "{text}"
    );
    assert!(pages[1].contains("Fjordblå overskrift"), "{text}");
    assert!(pages[1].contains("Blåbærgrød igen på side to"), "{text}");

    // Only authored CMYK: green 90/20/85/10, white, black 0/0/0/100, fjord blue 88/50/15/10, the 40 % tint
    // of green (36/8/34/4), and the registration colour of the crop marks.
    let allowed: [&[f32]; 6] = [
        &[0.9, 0.2, 0.85, 0.1],
        &[0.0, 0.0, 0.0, 0.0],
        &[0.0, 0.0, 0.0, 1.0],
        &[0.88, 0.5, 0.15, 0.1],
        &[0.36, 0.08, 0.34, 0.04],
        &[1.0],
    ];
    let ops = colour_operators(&pdf);
    assert!(ops.iter().any(|(op, _)| op == "k"));
    for (op, values) in &ops {
        assert!(
            ["k", "K", "SCN", "scn", "SC", "sc"].contains(&op.as_str()),
            "{op} {values:?}"
        );
        assert!(
            allowed.iter().any(|a| a.len() == values.len()
                && a.iter().zip(values).all(|(x, y)| (x - y).abs() < 1e-4)),
            "{op} {values:?} is not an authored value"
        );
    }

    // pdfinfo -box, both pages: A5 trim, 3 mm bleed; only page 1 has crop marks (a larger media box).
    let boxes = run_ok(
        tool("pdfinfo", "poppler-utils")
            .args(["-f", "1", "-l", "2", "-box"])
            .arg(&pdf),
    );
    let get = |page: u32, name: &str| -> Vec<f64> {
        let prefix = format!("Page    {page} {name}:");
        let line = boxes
            .lines()
            .find(|l| l.starts_with(&prefix))
            .unwrap_or_else(|| panic!("{prefix} in {boxes}"));
        line[prefix.len()..]
            .split_whitespace()
            .map(|v| v.parse().unwrap())
            .collect()
    };
    for page in [1, 2] {
        let trim = get(page, "TrimBox");
        assert!((trim[2] - trim[0] - 419.528).abs() < 0.02, "{trim:?}");
        assert!((trim[3] - trim[1] - 595.276).abs() < 0.02, "{trim:?}");
        let bleed = get(page, "BleedBox");
        assert!((trim[0] - bleed[0] - 8.504).abs() < 0.02, "{bleed:?}");
    }
    assert!((get(1, "MediaBox")[2] - (148.0 + 18.0) * 72.0 / 25.4).abs() < 0.02);
    assert!((get(2, "MediaBox")[2] - (148.0 + 6.0) * 72.0 / 25.4).abs() < 0.02);

    let info = run_ok(tool("pdfinfo", "poppler-utils").arg(&pdf));
    let field = |name: &str| {
        info.lines()
            .find_map(|l| l.strip_prefix(name))
            .map(str::trim)
            .unwrap_or_default()
            .to_owned()
    };
    assert_eq!(field("Pages:"), "2", "{info}");
    assert_eq!(field("Title:"), "Prøve – æøå", "{info}");
    let bytes = std::fs::read(&pdf).unwrap();
    let raw = String::from_utf8_lossy(&bytes);
    assert!(raw.contains("/GTS_PDFXVersion (PDF/X-1a:2003)"));
    assert_eq!(raw.matches("/S /GTS_PDFX").count(), 1, "one output intent");
}

#[test]
fn a_photo_is_separated_to_cmyk_at_300_ppi_and_cropped_by_its_frame() {
    let loaded = load_embedded();
    let m = &loaded.manual;
    let dir = tempfile::tempdir().unwrap();
    // A 24-megapixel photo placed 100 × 66.67 mm (the frame shows its middle 100 × 50 mm): 300 ppi needs
    // 1181 × 787 px.
    let source = photo(6000, 4000);
    let svg = a5(r##"
      <defs><clipPath id="frame"><rect x="27" y="43" width="100" height="50"/></clipPath></defs>
      <g clip-path="url(#frame)">
        <image x="27" y="26.33" width="100" height="66.67" preserveAspectRatio="none" href="photo.jpg"/>
      </g>
      <text x="27" y="110" font-family="IBM Plex Sans" font-size="5" fill="#1d1d1b">Foto: Søren Ærbødig</text>
    "##);
    let t = tree(m, &svg, Some(("photo.jpg", jpeg(&source))));
    drop(source);
    let mut doc = Document::print(m).moment(Moment::from_unix(0));
    doc.add_page(&Page::mm(&t, 148.0, 210.0).bleed_mm(3.0))
        .unwrap();
    let pdf = write(dir.path(), "photo.pdf", doc);
    qpdf_ok(&pdf);

    // pdfimages -list: page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
    let list = run_ok(tool("pdfimages", "poppler-utils").arg("-list").arg(&pdf));
    let rows: Vec<Vec<&str>> = list
        .lines()
        .skip(2)
        .map(|l| l.split_whitespace().collect())
        .collect();
    assert_eq!(rows.len(), 1, "{list}");
    let row = &rows[0];
    assert_eq!((row[3], row[4]), ("1181", "787"), "{list}");
    assert_eq!(
        (row[5], row[6], row[7], row[8]),
        ("cmyk", "4", "8", "jpeg"),
        "{list}"
    );
    let ppi: f64 = row[12].parse().unwrap();
    assert!((ppi - 300.0).abs() < 1.5, "{list}");

    // The output intent says FOGRA39 and the file stays PDF/X-1a (no transparency).
    let raw = String::from_utf8_lossy(&std::fs::read(&pdf).unwrap()).into_owned();
    assert!(raw.contains("/GTS_PDFXVersion (PDF/X-1a:2003)"));
    assert!(raw.contains("/OutputConditionIdentifier (FOGRA39)"));
    let text = run_ok(tool("pdftotext", "poppler-utils").arg(&pdf).arg("-"));
    assert!(text.contains("Foto: Søren Ærbødig"), "{text}");

    // Pixels at 50 dpi: inside the frame the photo (its centre: red ≈ 127, green 140, blue ≈ 127 after the
    // CMYK round trip), above the frame white paper (the clip path cropped the photo's top sixth).
    let png = dir.path().join("page");
    run_ok(
        tool("pdftoppm", "poppler-utils")
            .args(["-png", "-r", "50", "-singlefile"])
            .arg(&pdf)
            .arg(&png),
    );
    let page = image::open(dir.path().join("page.png")).unwrap().to_rgb8();
    let at = |x_mm: f64, y_mm: f64| {
        page.get_pixel((x_mm / 25.4 * 50.0) as u32, (y_mm / 25.4 * 50.0) as u32)
            .0
    };
    let centre = at(77.0, 68.0);
    for (got, want) in centre.iter().zip([127u8, 140, 127]) {
        assert!(got.abs_diff(want) <= 40, "photo centre {centre:?}");
    }
    assert_eq!(at(77.0, 37.0), [255, 255, 255], "above the frame: cropped");
    assert_eq!(at(77.0, 97.0), [255, 255, 255], "below the frame: cropped");
}

#[test]
fn screen_documents_hold_rgb_photos_and_text() {
    let loaded = load_embedded();
    let m = &loaded.manual;
    let dir = tempfile::tempdir().unwrap();
    let mut png = Vec::new();
    photo(300, 200)
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
      <image x="0" y="0" width="600" height="400" href="photo.png"/>
      <text x="650" y="100" font-family="IBM Plex Sans" font-size="40" fill="#123456">Skærm – æøå</text>
    </svg>"##;
    let t = tree(m, svg, Some(("photo.png", png)));
    let mut doc = Document::screen(m);
    doc.add_page(&Page::pt(&t, 1200.0, 630.0)).unwrap();
    let pdf = write(dir.path(), "screen.pdf", doc);
    qpdf_ok(&pdf);
    let list = run_ok(tool("pdfimages", "poppler-utils").arg("-list").arg(&pdf));
    let row: Vec<&str> = list.lines().nth(2).unwrap().split_whitespace().collect();
    assert_eq!(
        (row[3], row[4], row[5], row[9]),
        ("300", "200", "rgb", "no"),
        "{list}"
    );
    let text = run_ok(tool("pdftotext", "poppler-utils").arg(&pdf).arg("-"));
    assert!(text.contains("Skærm – æøå"), "{text}");
    // A colour outside the palette is fine on screen.
    assert!(colour_operators(&pdf).iter().any(|(op, _)| op == "rg"));
    let raw = String::from_utf8_lossy(&std::fs::read(&pdf).unwrap()).into_owned();
    assert!(!raw.contains("GTS_PDFX"));
}

#[test]
fn print_refuses_a_colour_outside_the_palette_naming_it() {
    let loaded = load_embedded();
    let m = &loaded.manual;
    let t = tree(
        m,
        &a5(
            r##"<text x="10" y="10" font-family="IBM Plex Sans" font-size="5" fill="#123456">Forkert farve</text>"##,
        ),
        None,
    );
    let mut doc = Document::print(m);
    let err = doc
        .add_page(
            &Page::mm(&t, 148.0, 210.0)
                .bleed_mm(3.0)
                .source("plakat.svg"),
        )
        .unwrap_err();
    assert_eq!(
        err,
        ExportError::NotInPalette {
            artwork: "plakat.svg".into(),
            hex: "#123456".into()
        }
    );
    assert!(err.to_string().contains("#123456"));
    assert!(matches!(
        Document::print(m).finish(),
        Err(ExportError::Request(_))
    ));
}

#[test]
fn spot_pages_separate_the_pantone_colour() {
    let loaded = load_embedded();
    let m = &loaded.manual;
    let dir = tempfile::tempdir().unwrap();
    let t = tree(
        m,
        &a5(r##"<rect x="20" y="20" width="50" height="50" fill="#00734a"/>"##),
        None,
    );
    let mut doc = Document::print(m);
    doc.add_page(&Page::mm(&t, 148.0, 210.0).bleed_mm(3.0).spot("groen"))
        .unwrap();
    doc.add_page(&Page::mm(&t, 148.0, 210.0).bleed_mm(3.0))
        .unwrap();
    let pdf = write(dir.path(), "spot.pdf", doc);
    qpdf_ok(&pdf);
    let raw = String::from_utf8_lossy(&std::fs::read(&pdf).unwrap()).into_owned();
    assert!(raw.contains("/Separation /PANTONE#20348#20C"), "{raw}");
    let ops = colour_operators(&pdf);
    assert!(ops.iter().any(|(op, v)| op == "scn" && v == &[1.0]));
    assert!(
        ops.iter()
            .any(|(op, v)| op == "k" && v == &[0.9, 0.2, 0.85, 0.1])
    );
}
