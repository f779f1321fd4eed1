//! Must show: `template fill` of the A3 poster with a headline, 300 words of Danish body text, a 24-megapixel
//! JPEG and a QR code gives a PDF that passes `qpdf --check`, whose fonts are all embedded subsets, whose text
//! gives the headline back with æøå exactly, whose colour operators are only the manual's authored CMYK (the
//! photo a DeviceCMYK image) — and the QR code in its PNG twin decodes to the URL.

mod export_support;

use std::collections::BTreeSet;
use std::path::Path;

use export_support::{designprogram, run_ok, tool};

const HEADLINE: &str = "Sommerfest på Ærø";
const URL: &str = "https://sonderborg.dk/sommerfest-2026";

/// 300 words of Danish.
fn body() -> String {
    let text = "Kære forældre og børn. Vi holder sommerfest i børnehaven Regnbuen lørdag den fjortende juni, og \
        hele familien er velkommen. Der er bål, snobrød, æbleskiver og saft, og børnene har øvet sange, som de \
        glæder sig til at synge for jer. Medarbejderne står for grillen, og vi håber, at I vil tage en ret med \
        til det fælles bord. Husk solcreme, en hue til de mindste og gerne et tæppe at sidde på. Tilmeld jer \
        via linket, så vi ved, hvor mange der kommer. Vel mødt til en dejlig dag på legepladsen ved fjorden.";
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = Vec::new();
    while out.len() < 300 {
        out.push(words[out.len() % words.len()]);
    }
    out.join(" ")
}

/// The authored CMYK of the demonstration palette (manual/colors.toml), as PDF operands.
const AUTHORED: &[[f32; 4]] = &[
    [0.90, 0.20, 0.85, 0.10], // groen
    [0.50, 0.00, 1.00, 0.00], // lysegroen
    [0.85, 0.40, 0.75, 0.60], // skovgroen
    [0.88, 0.50, 0.15, 0.10], // fjordblaa
    [0.03, 0.22, 1.00, 0.00], // solgul
    [0.05, 0.06, 0.14, 0.00], // sand
    [0.00, 0.00, 0.00, 0.70], // graa
    [0.00, 0.00, 0.00, 0.35], // lysgraa
    [0.00, 0.00, 0.00, 1.00], // sort
    [0.00, 0.00, 0.00, 0.00], // hvid
];

fn operand(o: &lopdf::Object) -> f32 {
    match o {
        lopdf::Object::Integer(i) => *i as f32,
        lopdf::Object::Real(r) => *r,
        other => panic!("not a number: {other:?}"),
    }
}

/// Every content stream of the file (pages and form XObjects), decoded.
fn content_streams(doc: &lopdf::Document) -> Vec<lopdf::content::Content> {
    let mut out = Vec::new();
    for (_, page) in doc.get_pages() {
        out.push(lopdf::content::Content::decode(&doc.get_page_content(page).unwrap()).unwrap());
    }
    for object in doc.objects.values() {
        if let lopdf::Object::Stream(s) = object
            && s.dict.get(b"Subtype").and_then(|v| v.as_name()).ok() == Some(b"Form")
        {
            let data = s
                .decompressed_content()
                .unwrap_or_else(|_| s.content.clone());
            out.push(lopdf::content::Content::decode(&data).unwrap());
        }
    }
    out
}

#[test]
fn the_a3_poster_pdf_is_print_ready_and_its_png_twin_scans() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // A 24-megapixel photo (6000 × 4000), made at test time.
    let photo = d.join("foto.jpg");
    let made = tool("convert", "imagemagick")
        .args([
            "-size",
            "6000x4000",
            "gradient:#3a7bd5-#f2c200",
            "-quality",
            "85",
        ])
        .arg(&photo)
        .status()
        .unwrap();
    assert!(made.success());
    let body_file = d.join("broedtekst.txt");
    let body = body();
    assert_eq!(body.split_whitespace().count(), 300);
    std::fs::write(&body_file, &body).unwrap();

    let fill = |format: &str, out: &Path| {
        let mut cmd = designprogram(d);
        cmd.args([
            "template",
            "fill",
            "plakat",
            "--variant",
            "poster-a3",
            "--sender",
            "kommune",
        ])
        .arg("--set")
        .arg(format!("overskrift={HEADLINE}"))
        .arg("--set")
        .arg(format!("broedtekst=@{}", body_file.display()))
        .arg("--set")
        .arg(format!("qr={URL}"))
        .arg("--photo")
        .arg(format!("foto={}", photo.display()))
        .args(["--format", format])
        .arg("--out")
        .arg(out);
        run_ok(&mut cmd)
    };
    let pdf = d.join("plakat.pdf");
    fill("pdf", &pdf);

    // qpdf --check
    let check = tool("qpdf", "qpdf")
        .arg("--check")
        .arg(&pdf)
        .output()
        .unwrap();
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );

    // pdffonts: every font embedded, as a subset, with a ToUnicode map.
    let fonts = tool("pdffonts", "poppler-utils")
        .arg(&pdf)
        .output()
        .unwrap();
    let fonts = String::from_utf8_lossy(&fonts.stdout);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(rows.len() >= 2, "{fonts}");
    for row in &rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        let n = cols.len();
        assert_eq!(&cols[n - 5..n - 2], ["yes", "yes", "yes"], "{row}");
        assert!(cols[0].contains('+'), "subset prefix: {row}");
    }

    // pdftotext: the headline with æøå, exactly, and the body text.
    let text = tool("pdftotext", "poppler-utils")
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(text.lines().any(|l| l.trim() == HEADLINE), "{text}");
    assert!(text.contains("børnehaven Regnbuen"), "{text}");

    // PDF/X with the output intent.
    let info = tool("pdfinfo", "poppler-utils").arg(&pdf).output().unwrap();
    let info = String::from_utf8_lossy(&info.stdout);
    assert!(
        info.contains("PDF/X-1a") || info.contains("PDF/X-4"),
        "{info}"
    );

    // Colour operators: only the authored CMYK; no RGB or grey anywhere.
    let doc = lopdf::Document::load(&pdf).unwrap();
    let mut seen = BTreeSet::new();
    for content in content_streams(&doc) {
        for op in &content.operations {
            match op.operator.as_str() {
                "k" | "K" => {
                    let c: Vec<f32> = op.operands.iter().map(operand).collect();
                    let authored = AUTHORED
                        .iter()
                        .any(|a| a.iter().zip(&c).all(|(x, y)| (x - y).abs() < 0.0005));
                    assert!(authored, "{} {c:?} is not an authored CMYK", op.operator);
                    seen.insert(format!("{c:?}"));
                }
                "rg" | "RG" | "g" | "G" => panic!("device RGB/grey colour: {op:?}"),
                "cs" | "CS" => {
                    let name = op.operands[0].as_name().unwrap();
                    assert!(name != b"DeviceRGB" && name != b"DeviceGray", "{op:?}");
                }
                _ => {}
            }
        }
    }
    // green headline, black text, white ground of the QR code, the wave's greens
    assert!(seen.len() >= 4, "{seen:?}");
    // The photo: a CMYK image, converted for the output intent.
    let images: Vec<&lopdf::Stream> = doc
        .objects
        .values()
        .filter_map(|o| o.as_stream().ok())
        .filter(|s| s.dict.get(b"Subtype").and_then(|v| v.as_name()).ok() == Some(b"Image"))
        .collect();
    assert_eq!(images.len(), 1);
    let space = images[0].dict.get(b"ColorSpace").unwrap();
    assert_eq!(space.as_name().unwrap(), b"DeviceCMYK", "{space:?}");
    // At 300 ppi of its frame and no more (export-standards.md §2.3): the frame spans the page's width plus
    // 3 mm bleed each side, 303 mm = 3579 px at 300 ppi — not the photo's 6000 px.
    let width = images[0].dict.get(b"Width").unwrap().as_i64().unwrap();
    assert_eq!(width, 3579);
    // Separated, not inverted: rendered back, the top of the photo is the gradient's blue (#3a7bd5).
    let raster = d.join("plakat-r10");
    let rendered = tool("pdftoppm", "poppler-utils")
        .args(["-r", "10", "-png", "-singlefile"])
        .arg(&pdf)
        .arg(&raster)
        .status()
        .unwrap();
    assert!(rendered.success());
    let page = image::open(raster.with_extension("png")).unwrap().to_rgb8();
    // 10 px per inch: 20 mm down the media box (6 mm of crop-mark margin, the bleed, then the photo).
    let [r, g, b] = page.get_pixel(page.width() / 2, 8).0;
    assert!(
        i32::from(b) > i32::from(r) + 60 && b > g,
        "the photo's top is not blue: {:?}",
        [r, g, b]
    );

    // The PNG twin: the QR code decodes to the URL.
    let png = d.join("plakat.png");
    fill("png", &png);
    let scan = tool("zbarimg", "zbar-tools")
        .args(["--quiet", "--raw"])
        .arg(&png)
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&scan.stdout).trim(), URL);
}
