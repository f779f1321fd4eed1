//! The favicon set: `favicon.ico` (16, 32, 48), `icon.svg`, `apple-touch-icon.png` (180, opaque),
//! `icon-192.png`, `icon-512.png`, `icon-maskable-512.png` (the mark inside the central 80 % circle on an opaque
//! palette background) and `site.webmanifest`.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde_json::json;

use crate::manual::Manual;
use crate::render::{self, Raster};

use super::atomic::write_file;
use super::{ExportError, Plan, WriteOptions, ico, plan, png, svg};
use crate::plan::Rect;
use crate::request::Request;
use crate::stamp::Stamp;

/// Diameter of the maskable icon's safe zone, as a fraction of its side.
pub const MASKABLE_SAFE_ZONE: f64 = 0.8;

/// The file names of the set, in the order they are written.
pub const FILES: [&str; 7] = [
    "favicon.ico",
    "icon.svg",
    "apple-touch-icon.png",
    "icon-192.png",
    "icon-512.png",
    "icon-maskable-512.png",
    "site.webmanifest",
];

/// The conventional folder name of a favicon set: the file name without extension, e.g.
/// `sonderborg_kommune_mark_positive_srgb_favicon`.
pub fn folder_name(manual: &Manual, plan: &Plan<'_>) -> String {
    let name = super::file_name(manual, plan);
    match name.rsplit_once('.') {
        Some((stem, _)) => stem.to_owned(),
        None => name,
    }
}

/// Writes the favicon set for a (square) request into `dir`. The transparent icons use the request as it is;
/// the opaque ones use its background, or else the colourway's first allowed background. On failure the
/// files this call already wrote are removed again.
pub(crate) fn write_set(
    manual: &Manual,
    request: &Request,
    dir: &Path,
    options: &WriteOptions,
) -> Result<Vec<PathBuf>, ExportError> {
    let base = plan(manual, request)?;
    if base.pixels.0 != base.pixels.1 {
        return Err(ExportError::FaviconNotSquare);
    }
    let (lockup, colorway) = match (base.lockup, base.colorway) {
        (Some(l), Some(c)) => (l, c),
        _ => {
            return Err(ExportError::FaviconNeedsLogo);
        }
    };
    let background = request
        .background
        .clone()
        .or_else(|| colorway.backgrounds.first().cloned())
        .ok_or_else(|| ExportError::FaviconNoBackground {
            colorway: colorway.id.clone(),
        })?;
    let opaque_request = request
        .clone()
        .with_lockup(&lockup.id)
        .with_colorway(&colorway.id)
        .with_background(&background);
    let opaque = plan(manual, &opaque_request)?;
    let mut maskable = plan(
        manual,
        &Request {
            clear_space: false,
            ..opaque_request
        },
    )?;
    maskable.logo_rect = inside_circle(&maskable);
    let manifest = manifest(manual, &base, &opaque);
    let stamp = super::stamp(manual, request, &base);

    let mut written = Vec::new();
    let result = (|| {
        let mut file = |name: &str, produce: &dyn Fn(&mut dyn Write) -> Result<(), ExportError>| {
            let path = dir.join(name);
            write_file(&path, options.force, |out| produce(out))?;
            written.push(path);
            Ok::<(), ExportError>(())
        };
        file(FILES[0], &|out| {
            ico::write(manual, &base, &ico::FAVICON_SIZES, out)
        })?;
        file(FILES[1], &|out| svg::write(manual, &base, &stamp, out))?;
        let png = |plan: &Plan<'_>, side, out: &mut dyn Write| {
            square_png(manual, plan, side, &stamp, options, out)
        };
        file(FILES[2], &|out| png(&opaque, 180, out))?;
        file(FILES[3], &|out| png(&base, 192, out))?;
        file(FILES[4], &|out| png(&base, 512, out))?;
        file(FILES[5], &|out| png(&maskable, 512, out))?;
        file(FILES[6], &|out| {
            out.write_all(manifest.as_bytes())
                .map_err(|e| ExportError::encode("webmanifest", e))
        })?;
        Ok(())
    })();
    match result {
        Ok(()) => Ok(written),
        Err(e) => {
            for path in &written {
                let _ = std::fs::remove_file(path);
            }
            Err(e)
        }
    }
}

/// A square PNG of a plan at `side` pixels.
fn square_png(
    manual: &Manual,
    plan: &Plan<'_>,
    side: u32,
    stamp: &Stamp,
    options: &WriteOptions,
    out: &mut dyn Write,
) -> Result<(), ExportError> {
    let scene = render::scene(manual, plan)?;
    let raster = Raster::new(&scene, side, side)?;
    png::encode(&raster, plan.dpi, stamp, options.png_compression, out)
}

/// The artwork scaled so that its bounding box fits the central safe-zone circle, centred.
fn inside_circle(plan: &Plan<'_>) -> Rect {
    let (aw, ah) = plan
        .artwork
        .as_deref()
        .map_or((1.0, 1.0), |a| (a.width, a.height));
    let side = plan.trim.0.min(plan.trim.1);
    let scale = MASKABLE_SAFE_ZONE * side / aw.hypot(ah);
    let (w, h) = (aw * scale, ah * scale);
    Rect {
        x: (plan.trim.0 - w) / 2.0,
        y: (plan.trim.1 - h) / 2.0,
        w,
        h,
    }
}

/// The `site.webmanifest` for the set.
fn manifest(manual: &Manual, base: &Plan<'_>, opaque: &Plan<'_>) -> String {
    let name = base.logo.map_or_else(
        || manual.programme.organisation.clone(),
        |l| l.name.da.clone(),
    );
    let color = opaque
        .background
        .map_or_else(|| "#ffffff".to_owned(), |b| b.rgb.to_hex());
    let value = json!({
        "name": name,
        "short_name": manual.programme.organisation,
        "icons": [
            { "src": "/icon-192.png", "sizes": "192x192", "type": "image/png" },
            { "src": "/icon-512.png", "sizes": "512x512", "type": "image/png" },
            { "src": "/icon-maskable-512.png", "sizes": "512x512", "type": "image/png", "purpose": "maskable" }
        ],
        "theme_color": color,
        "background_color": color,
        "display": "standalone"
    });
    let mut text = serde_json::to_string_pretty(&value).unwrap_or_default();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::manual::{Format, load_embedded};

    #[test]
    fn maskable_mark_fits_the_safe_circle() {
        let loaded = load_embedded();
        let m = &loaded.manual;
        let req = Request::logo("kommune", Request::preset("favicon"), Format::Png)
            .with_background("groen");
        let mut p = plan(m, &req).unwrap();
        p.logo_rect = inside_circle(&p);
        let r = p.logo_rect;
        let half_diagonal = r.w.hypot(r.h) / 2.0;
        assert!((half_diagonal - 0.4 * 512.0).abs() < 1e-9);
        assert!((r.x + r.w / 2.0 - 256.0).abs() < 1e-9);
        assert!((r.y + r.h / 2.0 - 256.0).abs() < 1e-9);
    }
}
