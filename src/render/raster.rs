//! Rasterising a [`Scene`] in horizontal bands, so that a poster never needs its whole pixmap in memory.
//!
//! Only the pixels inside the drawing's bounding box go through resvg; everything else is the background
//! colour (or transparent) and is written directly. A flat logo on an A0 page is mostly such pixels.

use resvg::tiny_skia;

use crate::manual::Manual;
use crate::plan::Plan;

use super::{Image, RenderError, Scene, scene};

/// Rows per band. Every raster output renders on this grid, so a preview, a PNG and a JPEG of the same size
/// have identical pixels.
pub const BAND_ROWS: u32 = 64;

/// Pixel layout of the rows a [`Raster`] produces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channels {
    /// RGBA8, straight alpha.
    Rgba,
    /// RGB8 (only meaningful on an opaque background).
    Rgb,
}

impl Channels {
    /// Bytes per pixel.
    pub fn bytes(self) -> usize {
        match self {
            Channels::Rgba => 4,
            Channels::Rgb => 3,
        }
    }
}

/// A scene mapped onto a pixel grid. Cheap to create; [`Raster::band`] renders any rows on demand and can
/// be called from several threads at once.
pub struct Raster<'s> {
    scene: &'s Scene,
    width: u32,
    height: u32,
    scale: (f32, f32),
    /// Pixels that may hold drawing: `(x0, y0, x1, y1)`, ends exclusive.
    content: Option<(u32, u32, u32, u32)>,
    /// The background as straight RGBA (transparent black without one).
    fill: [u8; 4],
}

impl<'s> Raster<'s> {
    /// Maps `scene` onto `width × height` pixels (each axis scaled on its own, so that both pixel sizes are
    /// exactly the plan's, e.g. A4 at 300 dpi = 2480 × 3508).
    pub fn new(scene: &'s Scene, width: u32, height: u32) -> Result<Raster<'s>, RenderError> {
        if width == 0 || height == 0 {
            return Err(RenderError::Allocation { width, height });
        }
        let scale = (
            (f64::from(width) / scene.size.0) as f32,
            (f64::from(height) / scene.size.1) as f32,
        );
        let content = {
            let b = scene.tree.root().abs_layer_bounding_box();
            // One pixel of margin for anti-aliasing.
            let x0 = (b.left() * scale.0).floor() - 1.0;
            let y0 = (b.top() * scale.1).floor() - 1.0;
            let x1 = (b.right() * scale.0).ceil() + 1.0;
            let y1 = (b.bottom() * scale.1).ceil() + 1.0;
            let clamp = |v: f32, max: u32| v.clamp(0.0, max as f32) as u32;
            let (x0, x1) = (clamp(x0, width), clamp(x1, width));
            let (y0, y1) = (clamp(y0, height), clamp(y1, height));
            (x0 < x1 && y0 < y1).then_some((x0, y0, x1, y1))
        };
        super::budget::check(&scene.tree, scale, width, height)?;
        let fill = scene.background.map_or([0; 4], |c| {
            let [r, g, b] = c.0;
            [r, g, b, 255]
        });
        Ok(Raster {
            scene,
            width,
            height,
            scale,
            content,
            fill,
        })
    }

    /// Width in pixels.
    pub fn width(&self) -> u32 {
        self.width
    }

    /// Height in pixels.
    pub fn height(&self) -> u32 {
        self.height
    }

    /// Whether every pixel is opaque (the scene has a background).
    pub fn is_opaque(&self) -> bool {
        self.scene.background.is_some()
    }

    /// Whether rows `y0 .. y0 + rows` hold nothing but the background.
    pub fn is_background(&self, y0: u32, rows: u32) -> bool {
        self.content
            .is_none_or(|(_, cy0, _, cy1)| y0 + rows <= cy0 || y0 >= cy1)
    }

    /// Renders rows `y0 .. y0 + rows` into `out` (resized to `width × rows × channels`).
    pub fn band(
        &self,
        y0: u32,
        rows: u32,
        channels: Channels,
        out: &mut Vec<u8>,
    ) -> Result<(), RenderError> {
        let rows = rows.min(self.height.saturating_sub(y0));
        let bpp = channels.bytes();
        let row_bytes = self.width as usize * bpp;
        out.clear();
        out.resize(row_bytes * rows as usize, 0);
        if self.fill[3] != 0 {
            fill_pattern(out, &self.fill[..bpp]);
        }
        let Some((cx0, cy0, cx1, cy1)) = self.content else {
            return Ok(());
        };
        let (ry0, ry1) = (y0.max(cy0), (y0 + rows).min(cy1));
        if ry0 >= ry1 {
            return Ok(());
        }
        let (pw, ph) = (cx1 - cx0, ry1 - ry0);
        let mut pixmap = tiny_skia::Pixmap::new(pw, ph).ok_or(RenderError::Allocation {
            width: pw,
            height: ph,
        })?;
        if self.fill[3] != 0 {
            let [r, g, b, a] = self.fill;
            pixmap.fill(tiny_skia::Color::from_rgba8(r, g, b, a));
        }
        let transform = tiny_skia::Transform::from_row(
            self.scale.0,
            0.0,
            0.0,
            self.scale.1,
            -(cx0 as f32),
            -(ry0 as f32),
        );
        resvg::render(&self.scene.tree, transform, &mut pixmap.as_mut());
        let opaque = self.fill[3] == 255;
        let src_bytes = pw as usize * 4;
        for (r, src) in pixmap.data().chunks_exact(src_bytes).enumerate() {
            let start = ((ry0 - y0) as usize + r) * row_bytes + cx0 as usize * bpp;
            let dst = &mut out[start..start + pw as usize * bpp];
            match (channels, opaque) {
                // On an opaque background premultiplied and straight alpha are the same.
                (Channels::Rgba, true) => dst.copy_from_slice(src),
                (Channels::Rgb, true) => {
                    for (d, s) in dst.chunks_exact_mut(3).zip(src.chunks_exact(4)) {
                        d.copy_from_slice(&s[..3]);
                    }
                }
                (_, false) => {
                    for (d, s) in dst.chunks_exact_mut(bpp).zip(src.chunks_exact(4)) {
                        let straight = demultiply([s[0], s[1], s[2], s[3]]);
                        d.copy_from_slice(&straight[..bpp]);
                    }
                }
            }
        }
        Ok(())
    }

    /// The whole raster as one RGBA image, rendered on the same band grid as the file exports (anti-aliasing
    /// of an edge can differ by a step of coverage between band grids, so the grid is fixed: [`BAND_ROWS`]).
    pub fn image(&self) -> Result<Image, RenderError> {
        let mut pixels = Vec::with_capacity(self.width as usize * self.height as usize * 4);
        let mut band = Vec::new();
        for y0 in (0..self.height).step_by(BAND_ROWS as usize) {
            self.band(y0, BAND_ROWS, Channels::Rgba, &mut band)?;
            pixels.extend_from_slice(&band);
        }
        Ok(Image {
            width: self.width,
            height: self.height,
            pixels,
        })
    }
}

/// Fills `out` with a repeated pixel, doubling the filled part with `copy_within` (fast even unoptimised).
fn fill_pattern(out: &mut [u8], pixel: &[u8]) {
    if out.len() < pixel.len() {
        return;
    }
    out[..pixel.len()].copy_from_slice(pixel);
    let mut filled = pixel.len();
    while filled < out.len() {
        let n = filled.min(out.len() - filled);
        out.copy_within(..n, filled);
        filled += n;
    }
}

/// Premultiplied RGBA to straight RGBA, rounding as tiny-skia's `demultiply` does.
fn demultiply(p: [u8; 4]) -> [u8; 4] {
    match p[3] {
        0 => [0; 4],
        255 => p,
        a => {
            let a_unit = f64::from(a) / 255.0;
            let un = |c: u8| (f64::from(c) / a_unit + 0.5).min(255.0) as u8;
            [un(p[0]), un(p[1]), un(p[2]), a]
        }
    }
}

/// Renders a plan as an RGBA image: at the plan's pixel size, or scaled down so that neither side exceeds
/// `max_side` (previews and thumbnails). The export uses the same drawing code.
pub fn rgba(manual: &Manual, plan: &Plan<'_>, max_side: Option<u32>) -> Result<Image, RenderError> {
    let scene = scene(manual, plan)?;
    let (w, h) = fit(plan.pixels, max_side);
    Raster::new(&scene, w, h)?.image()
}

/// `pixels` scaled down (never up) to fit `max_side`, keeping the aspect ratio; at least 1 px per side.
fn fit(pixels: (u32, u32), max_side: Option<u32>) -> (u32, u32) {
    let (w, h) = pixels;
    match max_side {
        Some(max) if w.max(h) > max => {
            let s = f64::from(max) / f64::from(w.max(h));
            let side = |v: u32| ((f64::from(v) * s).round() as u32).clamp(1, max);
            (side(w), side(h))
        }
        _ => (w, h),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::manual::{Format, load_embedded};
    use crate::plan::plan;
    use crate::request::{Request, Target};

    #[test]
    fn demultiply_and_fill() {
        assert_eq!(demultiply([0, 0, 0, 0]), [0, 0, 0, 0]);
        assert_eq!(demultiply([10, 20, 30, 255]), [10, 20, 30, 255]);
        assert_eq!(demultiply([64, 32, 0, 128]), [128, 64, 0, 128]);
        assert_eq!(demultiply([1, 1, 1, 2]), [128, 128, 128, 2]);
        let mut buf = vec![0u8; 3 * 7];
        fill_pattern(&mut buf, &[1, 2, 3]);
        assert_eq!(buf, [1, 2, 3].repeat(7));
    }

    #[test]
    fn thumbnails_keep_the_aspect_ratio() {
        assert_eq!(fit((1200, 630), Some(300)), (300, 158));
        assert_eq!(fit((100, 50), Some(300)), (100, 50));
        assert_eq!(fit((10_000, 1), Some(64)), (64, 1));
    }

    #[test]
    fn preview_draws_the_logo_on_its_background() {
        let loaded = load_embedded();
        let m = &loaded.manual;
        let req = Request::logo("kommune", Request::preset("og-image"), Format::Png)
            .with_background("groen");
        let p = plan(m, &req).unwrap();
        let img = rgba(m, &p, Some(300)).unwrap();
        assert_eq!((img.width, img.height), (300, 158));
        assert_eq!(img.pixels.len(), 300 * 158 * 4);
        // corners are the background, the centre row has white (negative colourway) pixels
        assert_eq!(&img.pixels[..4], &[0x00, 0x73, 0x4a, 255]);
        let row = 79 * 300 * 4;
        let centre = &img.pixels[row..row + 300 * 4];
        assert!(centre.chunks(4).any(|p| p == [255, 255, 255, 255]));
    }

    #[test]
    fn any_banding_differs_only_in_edge_antialiasing() {
        let loaded = load_embedded();
        let m = &loaded.manual;
        let req = Request::logo(
            "kommune",
            Target::Px {
                width: 301,
                height: Some(211),
            },
            Format::Png,
        );
        let p = plan(m, &req).unwrap();
        let s = scene(m, &p).unwrap();
        let r = Raster::new(&s, 301, 211).unwrap();
        assert!(!r.is_opaque());
        let whole = r.image().unwrap();
        let mut banded = Vec::new();
        let mut band = Vec::new();
        for y in (0..211).step_by(17) {
            r.band(y, 17, Channels::Rgba, &mut band).unwrap();
            banded.extend_from_slice(&band);
        }
        assert_eq!(banded.len(), whole.pixels.len());
        let alpha = |v: &[u8]| v.chunks(4).map(|p| p[3]).collect::<Vec<_>>();
        let (a, b) = (alpha(&banded), alpha(&whole.pixels));
        let max = a.iter().zip(&b).map(|(x, y)| x.abs_diff(*y)).max();
        let differing = a.iter().zip(&b).filter(|(x, y)| x != y).count();
        assert!(max <= Some(64), "{max:?}");
        assert!(differing < a.len() / 100, "{differing}");
        assert!(r.is_background(0, 1));
        // transparent corners, opaque drawing somewhere
        assert_eq!(&whole.pixels[..4], &[0, 0, 0, 0]);
        assert!(whole.pixels.chunks(4).any(|p| p[3] == 255));
    }

    /// The artwork of every logo of the embedded manual replaced by `svg`, bypassing `check` (which refuses
    /// filters): what the renderer's own guard must catch.
    fn with_artwork(svg: &str) -> Manual {
        let mut m = (*load_embedded().manual).clone();
        for logo in &mut m.logos {
            for lockup in &mut logo.lockups {
                for artwork in lockup.artwork.values_mut() {
                    artwork.svg = std::sync::Arc::from(svg);
                }
            }
        }
        m
    }

    #[test]
    fn filter_bombs_are_refused_before_rendering_at_a0_and_in_thumbnails() {
        let bombs = [
            r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 480 160"><filter id="f" x="-50%" y="-50%" width="200%" height="200%"><feMorphology operator="dilate" radius="9999"/></filter><rect x="0" y="20" width="480" height="120" fill="#00734a" filter="url(#f)"/></svg>"##,
            r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 480 160"><filter id="t"><feTurbulence baseFrequency="0.9" numOctaves="999999"/></filter><rect x="0" y="20" width="480" height="120" fill="#00734a" filter="url(#t)"/></svg>"##,
        ];
        for bomb in bombs {
            let m = with_artwork(bomb);
            let a0 = Target::Mm {
                width: 841.0,
                height: Some(1189.0),
                dpi: 300.0,
            };
            let req = Request::logo("kommune", a0, Format::Png).with_background("groen");
            let p = plan(&m, &req).unwrap();
            assert_eq!(p.pixels, (9933, 14043), "A0 at 300 dpi");
            let start = std::time::Instant::now();
            let scene = scene(&m, &p).unwrap();
            let a0 = Raster::new(&scene, p.pixels.0, p.pixels.1).err();
            let thumbnail = rgba(&m, &p, Some(256)).err();
            assert!(matches!(a0, Some(RenderError::TooCostly { .. })), "{a0:?}");
            assert!(
                matches!(thumbnail, Some(RenderError::TooCostly { .. })),
                "{thumbnail:?}"
            );
            assert!(start.elapsed().as_secs_f64() < 2.0, "{:?}", start.elapsed());
        }
        // a modest effect stays within the budget
        let soft = r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 480 160"><filter id="b"><feGaussianBlur stdDeviation="2"/></filter><rect x="0" y="20" width="480" height="120" fill="#00734a" filter="url(#b)"/></svg>"##;
        let m = with_artwork(soft);
        let req = Request::logo(
            "kommune",
            Target::Px {
                width: 256,
                height: None,
            },
            Format::Png,
        );
        let p = plan(&m, &req).unwrap();
        assert!(rgba(&m, &p, None).is_ok());
    }
}
