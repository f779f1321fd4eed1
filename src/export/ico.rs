//! ICO: several sizes in one Windows icon, each frame PNG-compressed.

use std::io::Write;

use image::ExtendedColorType;
use image::codecs::ico::{IcoEncoder, IcoFrame};

use crate::manual::{Manual, PresetKind};
use crate::render::{self, Raster};

use super::{ExportError, Plan};

/// The sizes of the classic `favicon.ico`.
pub const FAVICON_SIZES: [u32; 3] = [16, 32, 48];
/// Sizes an icon may hold (256 is the format's maximum).
const ICON_SIZES: [u32; 7] = [16, 24, 32, 48, 64, 128, 256];

/// The frame sizes for a plan: 16/32/48 for a favicon preset; otherwise every standard size up to the
/// plan's own size (at most 256).
pub fn sizes(plan: &Plan<'_>) -> Vec<u32> {
    if plan.preset.is_some_and(|p| p.kind == PresetKind::Favicon) {
        return FAVICON_SIZES.to_vec();
    }
    let largest = plan.pixels.0.max(plan.pixels.1).min(256);
    let mut sizes: Vec<u32> = ICON_SIZES.into_iter().filter(|s| *s <= largest).collect();
    if sizes.is_empty() {
        sizes.push(16);
    }
    sizes
}

/// Writes the plan as an ICO with the given frame sizes (the longer side of each frame).
pub(crate) fn write(
    manual: &Manual,
    plan: &Plan<'_>,
    frame_sizes: &[u32],
    out: &mut dyn Write,
) -> Result<(), ExportError> {
    let scene = render::scene(manual, plan)?;
    let (pw, ph) = (f64::from(plan.pixels.0), f64::from(plan.pixels.1));
    let mut frames = Vec::with_capacity(frame_sizes.len());
    for &size in frame_sizes {
        let scale = f64::from(size) / pw.max(ph);
        let w = ((pw * scale).round() as u32).max(1);
        let h = ((ph * scale).round() as u32).max(1);
        let image = Raster::new(&scene, w, h)?.image()?;
        let frame = IcoFrame::as_png(&image.pixels, w, h, ExtendedColorType::Rgba8)
            .map_err(|e| ExportError::encode("ICO", e))?;
        frames.push(frame);
    }
    IcoEncoder::new(out)
        .encode_images(&frames)
        .map_err(|e| ExportError::encode("ICO", e))
}
