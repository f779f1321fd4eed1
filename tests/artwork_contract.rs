//! One contract between `check` and export: logo artwork made the way Illustrator, Inkscape and Affinity export it
//! (CSS classes, no fill, colour keywords, `currentColor`, a palette colour spelled `white`) either passes `check`
//! and then exports to PNG, JPEG, SVG, print PDF and ICO with exactly the palette's colours (read back from the
//! files), or is refused by `check` with the resolved colour or the feature named. Filter bombs are refused
//! within the time budget.
//!
//! Each fixture in `tests/fixtures/artwork/` replaces the kommune logo's positive artwork in a copy of the
//! demonstration manual.

use std::path::{Path, PathBuf};
use std::time::Instant;

use designprogram::export::{self, Request, Target, WriteOptions};
use designprogram::manual::{self, Format, Loaded, Severity};
use lopdf::{Document, Object, content::Content};

/// The demonstration manual's palette, as authored in manual/colors.toml: (HEX, CMYK in percent).
const PALETTE: &[([u8; 3], [f32; 4])] = &[
    ([0x00, 0x73, 0x4a], [90.0, 20.0, 85.0, 10.0]),
    ([0x8d, 0xc6, 0x3f], [50.0, 0.0, 100.0, 0.0]),
    ([0x0b, 0x3d, 0x2e], [85.0, 40.0, 75.0, 60.0]),
    ([0x1f, 0x5f, 0x8b], [88.0, 50.0, 15.0, 10.0]),
    ([0xf2, 0xc2, 0x00], [3.0, 22.0, 100.0, 0.0]),
    ([0xef, 0xe9, 0xdc], [5.0, 6.0, 14.0, 0.0]),
    ([0x6f, 0x6f, 0x6e], [0.0, 0.0, 0.0, 70.0]),
    ([0xb2, 0xb2, 0xb2], [0.0, 0.0, 0.0, 35.0]),
    ([0x1d, 0x1d, 0x1b], [0.0, 0.0, 0.0, 100.0]),
    ([0xff, 0xff, 0xff], [0.0, 0.0, 0.0, 0.0]),
];

/// What `check` must say about a fixture: `None` = valid; else parts of the one error on the artwork.
const FIXTURES: &[(&str, Option<&[&str]>)] = &[
    ("illustrator-classes.svg", None),
    ("inkscape-style.svg", None),
    ("affinity-inherited.svg", None),
    ("current-color.svg", None),
    ("named-white.svg", None),
    // the renderer (usvg) reads only `currentColor` as the keyword and draws the lowercase spelling black
    (
        "current-color-lowercase.svg",
        Some(&["paints fill #000000", "nearest palette colour is sort"]),
    ),
    (
        "no-fill.svg",
        Some(&[
            "paints fill #000000",
            "nearest palette colour is sort #1d1d1b",
        ]),
    ),
    (
        "named-black.svg",
        Some(&["paints fill #000000", "nearest palette colour is sort"]),
    ),
    (
        "illustrator-off-palette.svg",
        Some(&[
            "paints fill #00744a (on 2 elements",
            "nearest palette colour is groen #00734a",
        ]),
    ),
    (
        "gradient.svg",
        Some(&["a gradient in logo artwork is refused"]),
    ),
    (
        "group-opacity.svg",
        Some(&["transparency (opacity", "is refused"]),
    ),
    ("drop-shadow.svg", Some(&["a filter effect (filter)"])),
    ("femorphology-bomb.svg", Some(&["a filter effect (filter)"])),
    ("feturbulence-bomb.svg", Some(&["a filter effect (filter)"])),
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
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

/// A copy of the demonstration manual whose kommune logo uses `fixture` as its positive artwork (every lockup).
fn manual_with(fixture: &str, dir: &Path) -> Loaded {
    copy_dir(&root().join("manual"), dir);
    let svg = std::fs::read(root().join("tests/fixtures/artwork").join(fixture)).unwrap();
    for lockup in ["horizontal", "stacked", "mark"] {
        std::fs::write(
            dir.join(format!("logos/kommune/{lockup}-positive.svg")),
            &svg,
        )
        .unwrap();
    }
    manual::load_folder(dir)
}

fn is_palette_rgb(rgb: [u8; 3]) -> bool {
    PALETTE.iter().any(|(c, _)| *c == rgb)
}

#[test]
fn every_fixture_passes_check_and_exports_in_palette_colours_or_is_refused_with_the_reason() {
    for &(fixture, refusal) in FIXTURES {
        let dir = tempfile::tempdir().unwrap();
        let start = Instant::now();
        let loaded = manual_with(fixture, &dir.path().join("manual"));
        let errors: Vec<String> = loaded
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .map(ToString::to_string)
            .collect();
        match refusal {
            Some(parts) => {
                // refused once per file (3 lockups share the artwork), naming what the renderer would draw
                assert!(!errors.is_empty(), "{fixture}: check passed");
                let first = &errors[0];
                assert!(
                    first.starts_with("logos/kommune/horizontal-positive.svg:"),
                    "{fixture}: {errors:#?}"
                );
                for part in parts {
                    assert!(first.contains(part), "{fixture}: {part:?} not in {first}");
                }
                let logo = loaded.manual.logo("kommune").unwrap();
                assert!(
                    logo.lockups
                        .iter()
                        .all(|k| !k.artwork.contains_key("positive")),
                    "{fixture}: refused artwork must not be exported"
                );
                // and the export of it fails at once (at A0, 300 dpi), without rendering anything
                let mut request = Request::logo(
                    "kommune",
                    Target::Mm {
                        width: 841.0,
                        height: Some(1189.0),
                        dpi: 300.0,
                    },
                    Format::Png,
                );
                request.subject = export::Subject::Logo {
                    logo: "kommune".into(),
                    lockup: Some("horizontal".into()),
                    colorway: Some("positive".into()),
                    cobranded: false,
                };
                let out = dir.path().join("refused.png");
                let result =
                    export::write(&loaded.manual, &request, &out, &WriteOptions::default());
                assert!(result.is_err(), "{fixture}: exported {result:?}");
                assert!(!out.exists());
                assert!(
                    start.elapsed().as_secs_f64() < 2.0,
                    "{fixture}: check + export took {:?}",
                    start.elapsed()
                );
            }
            None => {
                assert!(errors.is_empty(), "{fixture}: {errors:#?}");
                exports_in_palette_colours(fixture, &loaded, dir.path());
                eprintln!("{fixture}: check + 5 exports in {:?}", start.elapsed());
            }
        }
    }
}

/// Exports the positive horizontal lockup in every format and reads the colours back.
fn exports_in_palette_colours(fixture: &str, loaded: &Loaded, dir: &Path) {
    let m = &loaded.manual;
    let logo = |target: Target, format: Format| {
        let mut r = Request::logo("kommune", target, format);
        r.subject = export::Subject::Logo {
            logo: "kommune".into(),
            lockup: Some("horizontal".into()),
            colorway: Some("positive".into()),
            cobranded: false,
        };
        r
    };
    let write = |request: Request, name: &str| -> PathBuf {
        let out = dir.join(name);
        export::write(m, &request, &out, &WriteOptions::default())
            .unwrap_or_else(|e| panic!("{fixture} → {name}: {e}"))
            .paths
            .remove(0)
    };
    let px = |w| Target::Px {
        width: w,
        height: None,
    };

    // PNG: every fully opaque pixel that is not an anti-aliased edge is a palette colour
    let png = write(logo(px(480), Format::Png), "logo.png");
    raster_colours(fixture, "PNG", &image::open(&png).unwrap().to_rgba8(), 0);

    // JPEG (og-image preset, on white): lossy (4:2:0 chroma), so within 12 levels of a palette colour
    let jpeg = write(
        logo(
            Target::Preset {
                id: "og-image".into(),
            },
            Format::Jpeg,
        )
        .with_background("hvid"),
        "logo.jpg",
    );
    raster_colours(fixture, "JPEG", &image::open(&jpeg).unwrap().to_rgba8(), 12);

    // ICO: every image inside decodes and paints palette colours
    let mut icon = logo(
        Target::Preset {
            id: "favicon".into(),
        },
        Format::Ico,
    )
    .with_background("hvid");
    icon.subject = export::Subject::Logo {
        logo: "kommune".into(),
        lockup: Some("mark".into()), // the favicon preset allows the mark only
        colorway: Some("positive".into()),
        cobranded: false,
    };
    let ico = write(icon, "favicon.ico");
    raster_colours(fixture, "ICO", &image::open(&ico).unwrap().to_rgba8(), 0);

    // SVG: every paint in the written file is a palette HEX
    let svg = write(logo(px(480), Format::Svg), "logo.svg");
    let mut text = std::fs::read_to_string(&svg).unwrap();
    // a clip path's shapes are geometry, not paint (usvg writes them with the default fill)
    while let (Some(a), Some(b)) = (text.find("<clipPath"), text.find("</clipPath>")) {
        text.replace_range(a..b + "</clipPath>".len(), "");
    }
    let mut paints = 0;
    for attr in ["fill=\"", "stroke=\""] {
        for (i, _) in text.match_indices(attr) {
            let value = &text[i + attr.len()..];
            let value = &value[..value.find('"').unwrap()];
            if value == "none" {
                continue;
            }
            let hex = u32::from_str_radix(value.trim_start_matches('#'), 16)
                .unwrap_or_else(|_| panic!("{fixture}: SVG paint {value}"));
            let rgb = [(hex >> 16) as u8, (hex >> 8) as u8, hex as u8];
            assert!(is_palette_rgb(rgb), "{fixture}: SVG paints {value}");
            paints += 1;
        }
    }
    assert!(paints >= 2, "{fixture}: {text}");

    // Print PDF: only DeviceCMYK, and only the authored CMYK of palette colours
    let pdf = write(
        logo(
            Target::Preset {
                id: "poster-a4".into(),
            },
            Format::Pdf,
        ),
        "logo.pdf",
    );
    let colours = pdf_colour_operators(&pdf);
    assert!(
        !colours.is_empty(),
        "{fixture}: no colour operator in the PDF"
    );
    for (op, operands) in colours {
        assert!(
            matches!(op.as_str(), "k" | "K"),
            "{fixture}: PDF colour operator {op} {operands:?}"
        );
        let cmyk: Vec<f32> = operands.iter().map(|v| v * 100.0).collect();
        assert!(
            PALETTE
                .iter()
                .any(|(_, c)| c.iter().zip(&cmyk).all(|(a, b)| (a - b).abs() < 0.01)),
            "{fixture}: CMYK {cmyk:?} is not a palette colour's authored CMYK"
        );
    }
}

/// Asserts that the colours of a raster are palette colours: every opaque pixel whose 3 × 3 neighbourhood shares
/// its colour (the inside of a shape, not an anti-aliased edge) is within `tolerance` of a palette colour.
fn raster_colours(fixture: &str, format: &str, img: &image::RgbaImage, tolerance: u8) {
    let (w, h) = (img.width() as usize, img.height() as usize);
    let px: Vec<[u8; 4]> = img.pixels().map(|p| p.0).collect();
    let same = |a: [u8; 4], b: [u8; 4]| (0..4).all(|i| a[i].abs_diff(b[i]) <= tolerance);
    let mut inside = std::collections::HashSet::new();
    for y in 1..h.saturating_sub(1) {
        for x in 1..w.saturating_sub(1) {
            let p = px[y * w + x];
            if p[3] == 255
                && [y - 1, y, y + 1].iter().all(|&yy| {
                    px[yy * w + x - 1..=yy * w + x + 1]
                        .iter()
                        .all(|&q| same(q, p))
                })
            {
                inside.insert(p);
            }
        }
    }
    assert!(!inside.is_empty(), "{fixture}: {format} has no opaque area");
    for p in inside {
        let near = PALETTE
            .iter()
            .any(|(c, _)| same([c[0], c[1], c[2], 255], p));
        assert!(
            near,
            "{fixture}: {format} paints {p:?}, not a palette colour"
        );
    }
}

/// Every colour-setting operator with its operands, from every content stream of the file.
fn pdf_colour_operators(pdf: &Path) -> Vec<(String, Vec<f32>)> {
    let doc = Document::load(pdf).unwrap();
    let mut found = Vec::new();
    for object in doc.objects.values() {
        let Object::Stream(stream) = object else {
            continue;
        };
        let name = |key: &[u8]| stream.dict.get(key).ok().and_then(|o| o.as_name().ok());
        let content_stream = name(b"Subtype").is_none_or(|s| s == b"Form")
            && name(b"Type").is_none_or(|t| t == b"XObject")
            && stream.dict.get(b"N").is_err()
            && stream.dict.get(b"Length1").is_err();
        if !content_stream {
            continue; // images, ICC profiles, metadata, fonts
        }
        let data = stream
            .decompressed_content()
            .unwrap_or_else(|_| stream.content.clone());
        let Ok(content) = Content::decode(&data) else {
            continue;
        };
        for op in content.operations {
            if matches!(
                op.operator.as_str(),
                "k" | "K" | "rg" | "RG" | "g" | "G" | "sc" | "SC" | "scn" | "SCN"
            ) {
                let operands = op
                    .operands
                    .iter()
                    .filter_map(|o| {
                        o.as_float()
                            .ok()
                            .or_else(|| o.as_i64().ok().map(|i| i as f32))
                    })
                    .collect();
                found.push((op.operator, operands));
            }
        }
    }
    found
}
