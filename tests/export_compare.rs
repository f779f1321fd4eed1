//! Must show: the same request as PDF (rendered by `pdftoppm` at the same dpi) and as PNG agree within a
//! small per-pixel tolerance.

mod export_support;

use std::path::Path;

use designprogram::export::{self, Request, Target, WriteOptions};
use designprogram::manual::{Format, load_embedded};
use export_support::{pdftoppm, png_rgba};

/// An RGBA image for comparisons.
struct Img {
    w: u32,
    h: u32,
    px: Vec<u8>,
}

impl Img {
    fn load(path: &Path) -> Img {
        let (w, h, px) = png_rgba(path);
        Img { w, h, px }
    }

    fn rgb(&self, x: u32, y: u32) -> [u8; 3] {
        let i = ((y * self.w + x) * 4) as usize;
        [self.px[i], self.px[i + 1], self.px[i + 2]]
    }

    /// Whether the (2r+1)² neighbourhood of a pixel has one colour (the pixel is away from any edge).
    fn uniform(&self, x: u32, y: u32, r: u32) -> bool {
        let c = self.rgb(x, y);
        (y.saturating_sub(r)..=(y + r).min(self.h - 1)).all(|ny| {
            (x.saturating_sub(r)..=(x + r).min(self.w - 1)).all(|nx| self.rgb(nx, ny) == c)
        })
    }
}

fn diff(p: [u8; 3], q: [u8; 3]) -> u8 {
    (0..3).map(|i| p[i].abs_diff(q[i])).max().unwrap_or(0)
}

/// Compares two renderings of the same page. Returns the largest difference of a pixel away from edges (its
/// 5 × 5 neighbourhood is one colour: the colours must be the same there), the largest difference anywhere
/// when each pixel may match its 3 × 3 neighbourhood (anti-aliasing: renderers cover edge pixels slightly
/// differently), and the share of pixels whose neighbourhood difference exceeds 8.
fn compare(a: &Img, b: &Img) -> (u8, u8, f64) {
    let (mut interior, mut worst, mut off) = (0, 0, 0usize);
    for y in 0..a.h {
        for x in 0..a.w {
            let p = a.rgb(x, y);
            if a.uniform(x, y, 2) {
                interior = interior.max(diff(p, b.rgb(x, y)));
            }
            let best = (y.saturating_sub(1)..=(y + 1).min(a.h - 1))
                .flat_map(|ny| (x.saturating_sub(1)..=(x + 1).min(a.w - 1)).map(move |nx| (nx, ny)))
                .map(|(nx, ny)| diff(p, b.rgb(nx, ny)))
                .min()
                .unwrap_or(0);
            worst = worst.max(best);
            off += usize::from(best > 8);
        }
    }
    (interior, worst, off as f64 / f64::from(a.w * a.h))
}

fn export(request: &Request, format: Format, out: &Path) {
    let loaded = load_embedded();
    let request = Request {
        format,
        ..request.clone()
    };
    export::write(&loaded.manual, &request, out, &WriteOptions::default()).unwrap();
}

/// A screen (sRGB) PDF at 72 dpi — one pixel is one point — against the PNG of the same request: colours
/// and geometry agree pixel for pixel, up to anti-aliasing of the edges.
#[test]
fn screen_pdf_and_png_agree_per_pixel() {
    let dir = tempfile::tempdir().unwrap();
    for (logo, lockup, background) in [
        ("kommune", "horizontal", "sand"),
        ("kommune", "stacked", "groen"),
        ("kaerhaveskolen", "horizontal", "hvid"),
    ] {
        let request = Request::logo(
            logo,
            Target::Px {
                width: 900,
                height: Some(600),
            },
            Format::Png,
        )
        .with_lockup(lockup)
        .with_background(background);
        let png = dir.path().join(format!("{logo}-{lockup}.png"));
        let pdf = dir.path().join(format!("{logo}-{lockup}.pdf"));
        export(&request, Format::Png, &png);
        export(&request, Format::Pdf, &pdf);
        let ours = Img::load(&png);
        let poppler = Img::load(&pdftoppm(&pdf, 72, dir.path()));
        assert_eq!(
            (poppler.w, poppler.h),
            (ours.w, ours.h),
            "{logo} {lockup}: pdftoppm size"
        );
        let (interior, worst, share) = compare(&ours, &poppler);
        eprintln!(
            "{logo} {lockup}: interior {interior}, edges {worst}, {:.3} % > 8",
            share * 100.0
        );
        assert!(
            interior <= 1,
            "{logo} {lockup}: colours differ by {interior} away from edges"
        );
        assert!(
            worst <= 128,
            "{logo} {lockup}: an edge pixel differs by {worst}"
        );
        assert!(
            share < 0.02,
            "{logo} {lockup}: {:.3} % of pixels differ by more than 8",
            share * 100.0
        );
    }
}

/// A print (CMYK) page: poppler shows CMYK with its own conversion, so colours cannot be compared; the
/// geometry can. Each pixel is classified as background or logo by the nearer of the two colours in each
/// image, and the classifications agree except at edges.
#[test]
fn print_pdf_and_png_have_the_same_geometry_at_the_same_dpi() {
    let dir = tempfile::tempdir().unwrap();
    let mut request = Request::logo("kommune", Request::preset("poster-a4"), Format::Png)
        .with_background("groen");
    request.page = true;
    request.crop_marks = Some(false); // the media box is then the bleed box, like the PNG
    let png = dir.path().join("page.png");
    let pdf = dir.path().join("page.pdf");
    export(&request, Format::Png, &png);
    export(&request, Format::Pdf, &pdf);
    let ours = Img::load(&png);
    let poppler = Img::load(&pdftoppm(&pdf, 300, dir.path()));
    assert!(
        poppler.w.abs_diff(ours.w) <= 1 && poppler.h.abs_diff(ours.h) <= 1,
        "{}x{} vs {}x{}",
        poppler.w,
        poppler.h,
        ours.w,
        ours.h
    );
    // The negative colourway is white on green: bright = logo.
    let logo = |img: &Img, x: u32, y: u32| {
        img.rgb(x, y).iter().map(|&c| u32::from(c)).sum::<u32>() > 3 * 180
    };
    let (w, h) = (ours.w.min(poppler.w), ours.h.min(poppler.h));
    let (mut disagree, mut drawn) = (0u64, 0u64);
    for y in 0..h {
        for x in 0..w {
            let mine = logo(&ours, x, y);
            drawn += u64::from(mine);
            // Agreement within one pixel: some neighbour in poppler's rendering has the same class.
            let matched = (y.saturating_sub(1)..=(y + 1).min(h - 1)).any(|ny| {
                (x.saturating_sub(1)..=(x + 1).min(w - 1)).any(|nx| logo(&poppler, nx, ny) == mine)
            });
            disagree += u64::from(!matched);
        }
    }
    assert!(drawn > 10_000, "the logo is drawn ({drawn} px)");
    assert_eq!(
        disagree, 0,
        "{disagree} pixels have no counterpart within one pixel"
    );
}
