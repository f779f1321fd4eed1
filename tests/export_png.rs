//! Must show: for every logo and colourway, `export … --preset` PNG files whose pixel size and pHYs DPI, read
//! back, equal the preset (300 dpi = 11811 px/m).

mod export_support;

use designprogram::export::{self, Request};
use designprogram::manual::preset::{dpi_to_ppm, mm_to_px};
use designprogram::manual::{Format, PresetSize, load_embedded};
use export_support::{designprogram, png_facts, run_ok};

/// Presets that cover every kind of size: print at 300 and 150 dpi (logo size from the size table), a fixed
/// screen size, and a signature whose height follows the logo.
const PRESETS: [&str; 4] = ["poster-a3", "poster-a1", "og-image", "email-signature"];

#[test]
fn every_logo_and_colourway_has_the_presets_pixels_and_dpi() {
    let loaded = load_embedded();
    let manual = &loaded.manual;
    let dir = tempfile::tempdir().unwrap();
    let mut checked = 0;
    for logo in &manual.logos {
        for colorway in &logo.colorways {
            for preset_id in PRESETS {
                let preset = manual.preset(preset_id).unwrap();
                let out = dir
                    .path()
                    .join(format!("{}-{}-{preset_id}.png", logo.id, colorway.id));
                let printed = run_ok(
                    designprogram(dir.path())
                        .args(["export", &logo.id, "--colorway", &colorway.id, "--preset"])
                        .arg(preset_id)
                        .args(["--format", "png", "--out"])
                        .arg(&out),
                );
                assert_eq!(printed.trim(), out.display().to_string());
                let facts = png_facts(&out);

                // The plan says what the file must be …
                let request = Request::logo(&logo.id, Request::preset(preset_id), Format::Png)
                    .with_colorway(&colorway.id);
                let plan = export::plan(manual, &request).unwrap();
                assert_eq!(facts.size, plan.pixels, "{}", out.display());
                let ppm = dpi_to_ppm(preset.dpi);
                assert_eq!(facts.ppm, Some((ppm, ppm)), "{}", out.display());
                assert!(facts.srgb, "{}: no sRGB chunk", out.display());

                // … and the plan agrees with the preset, computed independently here.
                match preset.size {
                    PresetSize::Mm { .. } => {
                        let entry = logo.size_for(preset_id, &plan.lockup.unwrap().id).unwrap();
                        let art = plan.artwork.unwrap();
                        let cs = logo.clear_space_units(plan.lockup.unwrap());
                        let scale = entry.width_mm / art.width;
                        let w_mm = (art.width + 2.0 * cs) * scale;
                        let h_mm = (art.height + 2.0 * cs) * scale;
                        assert_eq!(
                            facts.size,
                            (mm_to_px(w_mm, preset.dpi), mm_to_px(h_mm, preset.dpi))
                        );
                    }
                    PresetSize::Px {
                        width,
                        height: Some(height),
                    } => assert_eq!(facts.size, (width, height)),
                    PresetSize::Px {
                        width,
                        height: None,
                    } => assert_eq!(facts.size.0, width),
                }
                checked += 1;
            }
        }
    }
    assert!(checked >= 17 * PRESETS.len(), "{checked}");
}

#[test]
fn a4_at_300_dpi_is_2480_by_3508_with_11811_px_per_metre() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("a4.png");
    run_ok(
        designprogram(dir.path())
            .args([
                "export",
                "kommune",
                "--width-mm",
                "210",
                "--height-mm",
                "297",
                "--dpi",
                "300",
                "--background",
                "sand",
                "--out",
            ])
            .arg(&out),
    );
    let facts = png_facts(&out);
    assert_eq!(facts.size, (2480, 3508));
    assert_eq!(facts.ppm, Some((11811, 11811)));
    assert_eq!(facts.color, png::ColorType::Rgb, "opaque background → RGB");

    // A page export adds the bleed: 216 × 303 mm.
    let page = dir.path().join("page.png");
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
                "--format",
                "png",
                "--out",
            ])
            .arg(&page),
    );
    assert_eq!(png_facts(&page).size, (2551, 3579));

    // Transparent exports keep their alpha channel.
    let px = dir.path().join("px.png");
    run_ok(
        designprogram(dir.path())
            .args(["export", "kommune", "--width-px", "300", "--out"])
            .arg(&px),
    );
    let facts = png_facts(&px);
    assert_eq!(facts.color, png::ColorType::Rgba);
    assert_eq!(facts.size.0, 300);
}
