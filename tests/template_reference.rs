//! Reference images of every demo template, in the manner of resvg's test suite: each page of each template
//! (its design variant, the example fill, a generated photo) is rendered small and compared with
//! `tests/reference/templates/<id>[-<page>].png` channel by channel. A pixel may differ by at most
//! [`TOLERANCE`] per channel; on failure a diff image (the reference in grey, differing pixels in red) is written
//! to `target/template-reference-diff/` and the test names it. `DESIGNPROGRAM_UPDATE_REFERENCES=1` writes the
//! references anew (look at them before committing).

use std::path::{Path, PathBuf};

use designprogram::manual::load_embedded;
use designprogram::template::{Engine, Fill, PhotoChoice};

/// Largest side of the rendered pages.
const SIDE: u32 = 240;
/// Largest difference of one channel of one pixel.
const TOLERANCE: u8 = 6;
/// Environment variable that regenerates the references.
const REGENERATE: &str = "DESIGNPROGRAM_UPDATE_REFERENCES";

fn reference_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/reference/templates")
}

fn diff_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("target/template-reference-diff")
}

/// A deterministic stand-in photo: sky, sun, a field.
fn photo(path: &Path) {
    let (w, h) = (900u32, 600u32);
    let img = image::RgbImage::from_fn(w, h, |x, y| {
        let (fx, fy) = (f64::from(x) - 600.0, f64::from(y) - 180.0);
        if fx * fx + fy * fy < 80.0 * 80.0 {
            image::Rgb([250, 220, 90])
        } else if y > 380 {
            image::Rgb([60, 140 + (x % 40) as u8, 70])
        } else {
            image::Rgb([90 + (y / 6) as u8, 150 + (y / 8) as u8, 220])
        }
    });
    img.save(path).unwrap();
}

fn read_png(path: &Path) -> Option<(u32, u32, Vec<u8>)> {
    let img = image::open(path).ok()?.to_rgba8();
    Some((img.width(), img.height(), img.into_raw()))
}

fn write_png(path: &Path, w: u32, h: u32, rgba: &[u8]) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    image::RgbaImage::from_raw(w, h, rgba.to_vec())
        .unwrap()
        .save(path)
        .unwrap();
}

/// Compares with `references/<name>.png`; on a difference writes the diff image (and the rendering) into
/// `diffs` and returns what differs.
fn compare(
    references: &Path,
    diffs: &Path,
    name: &str,
    w: u32,
    h: u32,
    got: &[u8],
) -> Option<String> {
    let path = references.join(format!("{name}.png"));
    let Some((rw, rh, reference)) = read_png(&path) else {
        return Some(format!(
            "{name}: no reference {} (run with {REGENERATE}=1)",
            path.display()
        ));
    };
    if (rw, rh) != (w, h) {
        return Some(format!("{name}: size {w}×{h}, reference {rw}×{rh}"));
    }
    let mut differing = 0usize;
    let mut worst = 0u8;
    let mut diff = Vec::with_capacity(reference.len());
    for (p, r) in got.chunks(4).zip(reference.chunks(4)) {
        let d = p
            .iter()
            .zip(r)
            .map(|(a, b)| a.abs_diff(*b))
            .max()
            .unwrap_or(0);
        worst = worst.max(d);
        if d > TOLERANCE {
            differing += 1;
            diff.extend_from_slice(&[255, 0, 0, 255]);
        } else {
            let grey = ((u16::from(r[0]) + u16::from(r[1]) + u16::from(r[2])) / 6 + 128) as u8;
            diff.extend_from_slice(&[grey, grey, grey, 255]);
        }
    }
    if differing == 0 {
        return None;
    }
    let diff_path = diffs.join(format!("{name}-diff.png"));
    write_png(&diff_path, w, h, &diff);
    write_png(&diffs.join(format!("{name}-got.png")), w, h, got);
    Some(format!(
        "{name}: {differing} pixels differ by more than {TOLERANCE} (worst {worst}); see {}",
        diff_path.display()
    ))
}

#[test]
fn every_demo_template_matches_its_reference_image() {
    let regenerate = std::env::var_os(REGENERATE).is_some_and(|v| v == "1");
    let dir = tempfile::tempdir().unwrap();
    let photo_path = dir.path().join("foto.png");
    photo(&photo_path);
    let engine = Engine::new(load_embedded().manual);
    let manual = engine.manual().clone();
    let mut failures = Vec::new();
    let mut count = 0;
    for t in &manual.templates {
        let mut fill = Fill::example(&manual, t);
        for field in t.fields() {
            if let (Some(id), designprogram::manual::template::ElementKind::Photo(_)) =
                (&field.id, &field.kind)
            {
                fill.photos.insert(
                    id.clone(),
                    PhotoChoice {
                        path: photo_path.clone(),
                        focus: Default::default(),
                    },
                );
            }
        }
        for page in 0..t.page_count() as usize {
            let name = if t.page_count() > 1 {
                format!("{}-{}", t.id, page + 1)
            } else {
                t.id.clone()
            };
            let img = engine.preview(&fill, page, SIDE).unwrap();
            count += 1;
            if regenerate {
                write_png(
                    &reference_dir().join(format!("{name}.png")),
                    img.width,
                    img.height,
                    &img.pixels,
                );
            } else if let Some(f) = compare(
                &reference_dir(),
                &diff_dir(),
                &name,
                img.width,
                img.height,
                &img.pixels,
            ) {
                failures.push(f);
            }
        }
    }
    assert!(count >= 10, "every template and page: {count}");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_comparison_can_fail() {
    // A reference compared with itself passes; with one pixel changed beyond the tolerance it fails.
    let dir = tempfile::tempdir().unwrap();
    let (w, h) = (4, 3);
    let mut px = vec![200u8; (w * h * 4) as usize];
    write_png(&dir.path().join("same.png"), w, h, &px);
    assert!(compare(dir.path(), dir.path(), "same", w, h, &px).is_none());
    px[5] = 200 - TOLERANCE;
    assert!(
        compare(dir.path(), dir.path(), "same", w, h, &px).is_none(),
        "within the tolerance"
    );
    px[5] = 200 - TOLERANCE - 1;
    let failure = compare(dir.path(), dir.path(), "same", w, h, &px).unwrap();
    assert!(failure.contains("1 pixels differ"), "{failure}");
    assert!(dir.path().join("same-diff.png").exists());
}
