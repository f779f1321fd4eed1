//! JPEG: opaque only (refused without a background), JFIF density from the plan's dpi, selectable quality.

use std::io::Write;

use image::ExtendedColorType;
use image::codecs::jpeg::{JpegEncoder, PixelDensity};
use rayon::prelude::*;

use crate::manual::Manual;
use crate::render::{self, BAND_ROWS, Channels, Raster};

use super::{ExportError, Plan};

/// Writes the plan as a baseline JPEG. The encoder needs the whole RGB image (3 bytes per pixel) in memory.
pub(crate) fn write(
    manual: &Manual,
    plan: &Plan<'_>,
    quality: u8,
    out: &mut dyn Write,
) -> Result<(), ExportError> {
    if plan.background.is_none() && plan.swatch.is_none() {
        return Err(ExportError::NeedsBackground);
    }
    let scene = render::scene(manual, plan)?;
    let (w, h) = plan.pixels;
    let raster = Raster::new(&scene, w, h)?;
    let row_bytes = w as usize * 3;
    let mut rgb = vec![0u8; row_bytes * h as usize];
    rgb.par_chunks_mut(row_bytes * BAND_ROWS as usize)
        .enumerate()
        .try_for_each(|(i, chunk)| {
            let mut band = Vec::new();
            raster.band(i as u32 * BAND_ROWS, BAND_ROWS, Channels::Rgb, &mut band)?;
            chunk.copy_from_slice(&band[..chunk.len()]);
            Ok::<(), ExportError>(())
        })?;
    let mut encoder = JpegEncoder::new_with_quality(out, quality.clamp(1, 100));
    let dpi = plan.dpi.round().clamp(1.0, f64::from(u16::MAX)) as u16;
    encoder.set_pixel_density(PixelDensity::dpi(dpi));
    encoder
        .encode(&rgb, w, h, ExtendedColorType::Rgb8)
        .map_err(|e| ExportError::encode("JPEG", e))
}
