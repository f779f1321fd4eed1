//! JPEG and SVG files read back: a JPEG decodes to the preset's size with its JFIF density and the same picture
//! as the PNG of the same request; an SVG has its size in the target's unit and, rendered by an independent
//! renderer (rsvg-convert), draws the same picture as the PNG.

mod export_support;

use std::path::{Path, PathBuf};

use export_support::{designprogram, png_rgba, run_ok, tool};

/// Exports the kommune logo at og-image (1200 × 630 px) on a background, in a format.
fn og_image(dir: &Path, background: &str, format: &str) -> PathBuf {
    let out = dir.join(format!("og-{background}.{format}"));
    run_ok(
        designprogram(dir)
            .args([
                "export",
                "kommune",
                "--preset",
                "og-image",
                "--background",
                background,
            ])
            .args(["--format", format, "--out"])
            .arg(&out),
    );
    out
}

fn rgb(px: &[u8], w: u32, x: u32, y: u32, channels: usize) -> [u8; 3] {
    let i = (y * w + x) as usize * channels;
    [px[i], px[i + 1], px[i + 2]]
}

fn diff(a: [u8; 3], b: [u8; 3]) -> u8 {
    (0..3).map(|k| a[k].abs_diff(b[k])).max().unwrap_or(0)
}

/// The JFIF density (units, x, y) from the APP0 segment.
fn jfif_density(bytes: &[u8]) -> (u8, u16, u16) {
    assert_eq!(&bytes[..2], [0xff, 0xd8], "SOI");
    assert_eq!(&bytes[2..4], [0xff, 0xe0], "APP0 follows SOI");
    assert_eq!(&bytes[6..11], b"JFIF\0");
    let be = |i: usize| u16::from_be_bytes([bytes[i], bytes[i + 1]]);
    (bytes[13], be(14), be(16))
}

#[test]
fn jpeg_decodes_to_the_presets_size_and_the_pngs_picture() {
    let dir = tempfile::tempdir().unwrap();
    let jpeg = og_image(dir.path(), "groen", "jpeg");
    let bytes = std::fs::read(&jpeg).unwrap();
    // og-image is a pixel preset: 72 dpi (units 1 = dots per inch)
    assert_eq!(jfif_density(&bytes), (1, 72, 72));
    let decoded = image::load_from_memory_with_format(&bytes, image::ImageFormat::Jpeg)
        .unwrap()
        .to_rgb8();
    assert_eq!((decoded.width(), decoded.height()), (1200, 630));
    let jpg = decoded.as_raw();
    // the background is Sønderborg green #00734a (manual/colors.toml), within JPEG's error
    for (x, y) in [(0, 0), (1199, 0), (0, 629), (1199, 629), (20, 315)] {
        let c = rgb(jpg, 1200, x, y, 3);
        assert!(diff(c, [0x00, 0x73, 0x4a]) <= 4, "({x}, {y}) is {c:?}");
    }
    // the same request as PNG: the same picture, up to JPEG's error (larger at the logo's edges)
    let png = og_image(dir.path(), "groen", "png");
    let (w, h, reference) = png_rgba(&png);
    assert_eq!((w, h), (1200, 630));
    let total: u64 = (0..h)
        .flat_map(|y| (0..w).map(move |x| (x, y)))
        .map(|(x, y)| u64::from(diff(rgb(jpg, w, x, y, 3), rgb(&reference, w, x, y, 4))))
        .sum();
    let mean = total as f64 / f64::from(w * h);
    assert!(mean < 2.0, "mean difference from the PNG: {mean}");
    // the white (negative) logo is there
    let white = (0..w * h)
        .filter(|i| rgb(jpg, w, i % w, i / w, 3).iter().all(|&c| c > 235))
        .count();
    assert!(white > 5_000, "{white} white pixels");
}

#[test]
fn svg_has_its_size_and_renders_like_the_png_in_rsvg_convert() {
    let dir = tempfile::tempdir().unwrap();
    let svg = og_image(dir.path(), "sand", "svg");
    let text = std::fs::read_to_string(&svg).unwrap();
    let doc = roxmltree::Document::parse(&text).unwrap();
    let root = doc.root_element();
    assert_eq!(root.attribute("width"), Some("1200px"));
    assert_eq!(root.attribute("height"), Some("630px"));
    assert_eq!(root.attribute("viewBox"), Some("0 0 1200 630"));
    for node in doc.descendants().filter(|n| n.is_element()) {
        let name = node.tag_name().name();
        assert!(!matches!(name, "text" | "image" | "script"), "<{name}>");
        for attr in node.attributes() {
            assert!(
                !attr.name().ends_with("href") || attr.value().starts_with('#'),
                "an external reference: {}",
                attr.value()
            );
        }
    }
    // the background comes first, in sand #efe9dc (usvg writes the rectangle as a path)
    let first = root
        .children()
        .find(|n| n.is_element() && !matches!(n.tag_name().name(), "metadata" | "title" | "desc"))
        .unwrap();
    assert_eq!(
        first.attribute("fill").map(str::to_lowercase).as_deref(),
        Some("#efe9dc")
    );

    let rendered = dir.path().join("rsvg.png");
    run_ok(
        tool("rsvg-convert", "librsvg2-bin")
            .args(["-w", "1200", "-h", "630", "-o"])
            .arg(&rendered)
            .arg(&svg),
    );
    let (w, h, theirs) = png_rgba(&rendered);
    let (_, _, ours) = png_rgba(&og_image(dir.path(), "sand", "png"));
    assert_eq!((w, h), (1200, 630));
    // Away from edges (a uniform 5 × 5 neighbourhood in our file) the colours are the same; at edges each
    // pixel has a match within its 3 × 3 neighbourhood in the other rendering.
    let (mut interior, mut off) = (0u8, 0usize);
    for y in 0..h {
        for x in 0..w {
            let p = rgb(&ours, w, x, y, 4);
            let near = |r: u32| {
                let ys = y.saturating_sub(r)..=(y + r).min(h - 1);
                ys.flat_map(move |ny| {
                    (x.saturating_sub(r)..=(x + r).min(w - 1)).map(move |nx| (nx, ny))
                })
            };
            if near(2).all(|(nx, ny)| rgb(&ours, w, nx, ny, 4) == p) {
                interior = interior.max(diff(p, rgb(&theirs, w, x, y, 4)));
            }
            let best = near(1)
                .map(|(nx, ny)| diff(p, rgb(&theirs, w, nx, ny, 4)))
                .min()
                .unwrap_or(0);
            off += usize::from(best > 16);
        }
    }
    assert!(
        interior <= 1,
        "colours differ by {interior} away from edges"
    );
    assert!(
        off < (w * h / 200) as usize,
        "{off} pixels have no match nearby"
    );
}

#[test]
fn print_svg_is_sized_in_millimetres() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("page.svg");
    run_ok(
        designprogram(dir.path())
            .args([
                "export",
                "kommune",
                "--preset",
                "poster-a4",
                "--page",
                "--background",
                "groen",
            ])
            .args(["--format", "svg", "--out"])
            .arg(&out),
    );
    let text = std::fs::read_to_string(&out).unwrap();
    let doc = roxmltree::Document::parse(&text).unwrap();
    let root = doc.root_element();
    // A4 + 3 mm bleed on every side (export-standards.md §1.1): 216 × 303 mm
    assert_eq!(root.attribute("width"), Some("216mm"));
    assert_eq!(root.attribute("height"), Some("303mm"));
    assert_eq!(root.attribute("viewBox"), Some("0 0 216 303"));
}
