//! The one place where the interface calls the export engine and the compliance engine: previews, writing
//! files, logo packs and the live compliance report. Everything here is pure and blocking; callers run the slow
//! parts through [`crate::gui::job`].
//!
//! WIRING: until the `export` branch lands, [`rasterize`], [`write`], [`pack`] and [`file_name`] carry interim
//! bodies; each is swapped for its engine call (`render::rgba`, `export::write`, the pack API,
//! `export::file_name`).

use std::path::{Path, PathBuf};

use crate::compliance;
use crate::export::{self, Plan, Request};
use crate::manual::{Format, Manual};

/// A rendered picture: RGBA8, not premultiplied, row by row.
#[derive(Debug, Clone)]
pub struct Picture {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// RGBA8 pixels.
    pub pixels: Vec<u8>,
}

/// Renders a request with the export renderer, its longer side at most `max_side` pixels.
pub fn render(manual: &Manual, request: &Request, max_side: u32) -> Result<Picture, String> {
    let plan = export::plan(manual, request).map_err(|e| e.to_string())?;
    rasterize(manual, &plan, Some(max_side))
}

/// Rasterizes a plan (interim body; becomes `render::rgba`).
fn rasterize(manual: &Manual, plan: &Plan, max_side: Option<u32>) -> Result<Picture, String> {
    use resvg::tiny_skia::{Color, Pixmap, Transform};
    use resvg::usvg;

    let (full_w, full_h) = plan.pixels;
    let scale = max_side.map_or(1.0, |m| {
        (f64::from(m) / f64::from(full_w.max(full_h))).min(1.0)
    });
    let width = (f64::from(full_w) * scale).round().max(1.0) as u32;
    let height = (f64::from(full_h) * scale).round().max(1.0) as u32;
    let mut pixmap =
        Pixmap::new(width, height).ok_or_else(|| format!("cannot draw {width}×{height} px"))?;
    if let Some(background) = &plan.background {
        let [r, g, b] = background.rgb.0;
        pixmap.fill(Color::from_rgba8(r, g, b, 255));
    }
    let px_per_unit = plan.px_per_unit() * scale;
    let bleed = plan.bleed * px_per_unit;
    if let Some(artwork) = plan.artwork {
        let mut options = usvg::Options::default();
        for font in manual.font_data() {
            options.fontdb_mut().load_font_data(font.to_vec());
        }
        let tree = usvg::Tree::from_str(&artwork.svg, &options).map_err(|e| e.to_string())?;
        let size = tree.size();
        let sx = plan.logo_rect.w * px_per_unit / f64::from(size.width());
        let sy = plan.logo_rect.h * px_per_unit / f64::from(size.height());
        let transform = Transform::from_row(
            sx as f32,
            0.0,
            0.0,
            sy as f32,
            (plan.logo_rect.x * px_per_unit + bleed) as f32,
            (plan.logo_rect.y * px_per_unit + bleed) as f32,
        );
        resvg::render(&tree, transform, &mut pixmap.as_mut());
    } else if let Some(swatch) = plan.swatch {
        let [r, g, b] = swatch.rgb.0;
        pixmap.fill(Color::from_rgba8(r, g, b, 255));
    }
    Ok(Picture {
        width,
        height,
        pixels: pixmap.take_demultiplied(),
    })
}

/// The conventional file name of an export (interim body; becomes the engine's naming convention).
pub fn file_name(manual: &Manual, request: &Request) -> Result<String, String> {
    let plan = export::plan(manual, request).map_err(|e| e.to_string())?;
    let mut parts = vec![manual.programme.short.clone()];
    if let Some(logo) = plan.logo {
        parts.push(crate::naming::slug(&logo.id));
    }
    if let Some(lockup) = plan.lockup {
        parts.push(crate::naming::slug(&lockup.id));
    }
    if let Some(colorway) = plan.colorway {
        parts.push(crate::naming::slug(&colorway.id));
    }
    match plan.preset {
        Some(preset) => parts.push(crate::naming::slug(&preset.id)),
        None => parts.push(format!("{}x{}", plan.pixels.0, plan.pixels.1)),
    }
    Ok(format!(
        "{}.{}",
        parts.join("_"),
        request.format.extension()
    ))
}

/// Writes one export to `path` (interim body; becomes `export::write`). Returns the files written.
pub fn write(manual: &Manual, request: &Request, path: &Path) -> Result<Vec<PathBuf>, String> {
    let plan = export::plan(manual, request).map_err(|e| e.to_string())?;
    let fail = |e: &dyn std::fmt::Display| format!("{}: {e}", path.display());
    match request.format {
        Format::Png | Format::Jpeg => {
            let picture = rasterize(manual, &plan, None)?;
            let image = image::RgbaImage::from_raw(picture.width, picture.height, picture.pixels)
                .ok_or_else(|| fail(&"the picture has the wrong size"))?;
            if request.format == Format::Jpeg {
                image::DynamicImage::ImageRgba8(image)
                    .to_rgb8()
                    .save_with_format(path, image::ImageFormat::Jpeg)
                    .map_err(|e| fail(&e))?;
            } else {
                image
                    .save_with_format(path, image::ImageFormat::Png)
                    .map_err(|e| fail(&e))?;
            }
        }
        Format::Svg => {
            let artwork = plan
                .artwork
                .ok_or_else(|| fail(&"nothing to write as SVG"))?;
            std::fs::write(path, artwork.svg.as_bytes()).map_err(|e| fail(&e))?;
        }
        Format::Pdf | Format::Ico => {
            return Err(fail(&format!(
                "{} export arrives with the export engine",
                request.format.extension()
            )));
        }
    }
    Ok(vec![path.to_path_buf()])
}

/// Writes every lockup × colourway of a logo in the given formats into `folder` (interim body; becomes the
/// engine's pack API). Reports `(done, total)` after each file and stops early when `cancelled` says so.
pub fn pack(
    manual: &Manual,
    logo: &str,
    formats: &[Format],
    folder: &Path,
    report: &mut dyn FnMut(usize, usize),
    cancelled: &dyn Fn() -> bool,
) -> Result<Vec<PathBuf>, String> {
    let logo = manual
        .logo(logo)
        .ok_or_else(|| format!("the manual has no logo \"{logo}\""))?;
    let mut requests = Vec::new();
    for lockup in &logo.lockups {
        for colorway in &logo.colorways {
            for format in formats {
                let target = export::Target::Px {
                    width: 2000,
                    height: None,
                };
                requests.push(
                    Request::logo(&logo.id, target, *format)
                        .with_lockup(&lockup.id)
                        .with_colorway(&colorway.id),
                );
            }
        }
    }
    std::fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    let total = requests.len();
    let mut written = Vec::new();
    report(0, total);
    for (done, request) in requests.iter().enumerate() {
        if cancelled() {
            return Err(PACK_CANCELLED.to_owned());
        }
        let name = file_name(manual, request)?;
        written.extend(write(manual, request, &folder.join(name))?);
        report(done + 1, total);
    }
    Ok(written)
}

/// The error a cancelled pack ends with.
pub const PACK_CANCELLED: &str = "cancelled";

/// Checks a request against the manual: the compliance report the export screen shows and re-runs on every
/// change (pure and well under a millisecond).
pub fn check(manual: &Manual, request: &Request) -> compliance::Report {
    compliance::check(manual, request)
}
