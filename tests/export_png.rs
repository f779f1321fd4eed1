//! Must show: for every logo and colourway, `export … --preset` PNG files whose pixel size and pHYs DPI, read
//! back, equal the preset (300 dpi = 11811 px/m). Expected sizes are literals worked out from the manual's
//! files and the reference tables (docs: export-standards.md), never from the library's own helpers.

mod export_support;

use designprogram::manual::load_embedded;
use export_support::{designprogram, png_facts, png_rgba, run_ok};

/// Presets that cover every kind of size: print at 300 and 150 dpi (logo size from the size table), a fixed
/// screen size, and a signature whose height follows the logo.
const PRESETS: [&str; 4] = ["poster-a3", "poster-a1", "og-image", "email-signature"];

/// The pixel size of a logo file, from the manual's literals: the horizontal lockup's viewBox width `W`
/// (its height is the mark, 120 units), the size table's logo width at the preset, the clear space 0.5 × the
/// mark (60 units) on every side, the preset's dpi (mm / 25.4 × dpi, rounded, as in export-standards.md):
///
/// | logo | W | poster-a3 (300 dpi) | poster-a1 (150 dpi) |
/// |---|---|---|---|
/// | kommune | 560.91 | 60 mm → 72.836 × 25.673 mm | 110 mm → 133.533 × 47.066 mm |
/// | bibliotek | 789.45 | 70 mm → 80.640 × 21.281 mm | 126 mm → 145.153 × 38.305 mm |
/// | kaerhaveskolen | 649.05 | 70 mm → 82.942 × 25.884 mm | 126 mm → 149.296 × 46.591 mm |
/// | solbakken | 816.23 | 70 mm → 80.291 × 20.582 mm | 126 mm → 144.524 × 37.048 mm |
///
/// og-image is 1200 × 630 px; the e-mail signature is 400 px wide and ⌈400 × 240 / (W + 120)⌉ high.
fn expected_size(logo: &str, preset: &str) -> (u32, u32) {
    match (logo, preset) {
        ("kommune", "poster-a3") => (860, 303),
        ("kommune", "poster-a1") => (789, 278),
        ("kommune", "email-signature") => (400, 141),
        ("bibliotek", "poster-a3") => (952, 251),
        ("bibliotek", "poster-a1") => (857, 226),
        ("bibliotek", "email-signature") => (400, 106),
        ("kaerhaveskolen", "poster-a3") => (980, 306),
        ("kaerhaveskolen", "poster-a1") => (882, 275),
        ("kaerhaveskolen", "email-signature") => (400, 125),
        ("solbakken", "poster-a3") => (948, 243),
        ("solbakken", "poster-a1") => (853, 219),
        ("solbakken", "email-signature") => (400, 103),
        (_, "og-image") => (1200, 630),
        other => panic!("no expected size for {other:?}"),
    }
}

#[test]
fn every_logo_and_colourway_has_the_presets_pixels_and_dpi() {
    let loaded = load_embedded();
    let manual = &loaded.manual;
    let dir = tempfile::tempdir().unwrap();
    let mut checked = 0;
    for logo in &manual.logos {
        for colorway in &logo.colorways {
            for preset_id in PRESETS {
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

                // The file is what the manual and the reference tables say, worked out by hand.
                assert_eq!(
                    facts.size,
                    expected_size(&logo.id, preset_id),
                    "{}",
                    out.display()
                );
                let ppm = match preset_id {
                    "poster-a3" => 11811, // 300 dpi
                    "poster-a1" => 5906,  // 150 dpi
                    _ => 2835,            // 72 dpi
                };
                assert_eq!(facts.ppm, Some((ppm, ppm)), "{}", out.display());
                assert!(facts.srgb, "{}: no sRGB chunk", out.display());
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

/// Every `--png-compression` setting writes the same pixels (the decoder reads back one image), and the
/// default — the Up filter and deflate level 6 — stays within 10 % of `balanced`, libpng's own setting
/// (adaptive filters, level 6), while `fast` stays within 1.5 × of it.
#[test]
fn every_png_compression_decodes_to_the_same_pixels_and_the_default_is_as_small_as_libpngs() {
    let dir = tempfile::tempdir().unwrap();
    let mut decoded = Vec::new();
    for setting in ["auto", "fast", "balanced", "high"] {
        let out = dir.path().join(format!("{setting}.png"));
        run_ok(
            designprogram(dir.path())
                .args([
                    "export",
                    "kommune",
                    "--lockup",
                    "stacked",
                    "--width-mm",
                    "120",
                ])
                .args(["--dpi", "300", "--png-compression", setting, "--out"])
                .arg(&out),
        );
        let size = std::fs::metadata(&out).unwrap().len();
        decoded.push((setting, size, png_rgba(&out)));
    }
    let (_, balanced_size, reference) = &decoded[2];
    assert_eq!(reference.0, 1417, "120 mm at 300 dpi");
    for (setting, size, image) in &decoded {
        assert!(image == reference, "{setting}: other pixels");
        let ratio = *size as f64 / *balanced_size as f64;
        let limit = if *setting == "fast" { 1.5 } else { 1.1 };
        assert!(
            ratio <= limit,
            "{setting}: {size} bytes, {ratio:.2} × balanced"
        );
    }
}
