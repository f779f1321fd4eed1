//! Raster files and previews of a composed page. A page with a photo is rendered in a few large bands rather
//! than the export's 64-row bands: resvg decodes an embedded photo every time it renders, so the number of
//! bands is the number of decodes.

use std::io::Write;

use rayon::prelude::*;

use crate::export::{ExportError, PngCompression};
use crate::manual::preset::dpi_to_ppm;
use crate::render::{Channels, Image, Raster, RenderError, Scene};
use crate::stamp::Stamp;

/// Bands per page (two per core on the usual two-core office PC).
const BANDS: u32 = 4;

/// The page's pixels, `channels` per pixel, rows top to bottom; `bands` bands rendered in parallel.
pub fn pixels(
    scene: &Scene,
    width: u32,
    height: u32,
    channels: Channels,
    bands: u32,
) -> Result<Vec<u8>, RenderError> {
    let raster = Raster::new(scene, width, height)?;
    let rows = height.div_ceil(bands.max(1)).max(1);
    let row_bytes = width as usize * channels.bytes();
    let mut out = vec![0u8; row_bytes * height as usize];
    out.par_chunks_mut(row_bytes * rows as usize)
        .enumerate()
        .try_for_each(|(i, chunk)| {
            let mut band = Vec::new();
            raster.band(i as u32 * rows, rows, channels, &mut band)?;
            let n = chunk.len().min(band.len());
            chunk[..n].copy_from_slice(&band[..n]);
            Ok(())
        })?;
    Ok(out)
}

/// A preview: RGBA in one band.
pub fn image(scene: &Scene, width: u32, height: u32) -> Result<Image, RenderError> {
    Ok(Image {
        width,
        height,
        pixels: pixels(scene, width, height, Channels::Rgba, 1)?,
    })
}

/// Writes a page as an sRGB PNG (RGB: template pages are opaque) with the resolution in pHYs.
pub fn png(
    scene: &Scene,
    (width, height): (u32, u32),
    dpi: f64,
    stamp: &Stamp,
    compression: PngCompression,
    out: &mut dyn Write,
) -> Result<(), ExportError> {
    let rgb = pixels(scene, width, height, Channels::Rgb, BANDS)?;
    let mut encoder = ::png::Encoder::new(out, width, height);
    encoder.set_color(::png::ColorType::Rgb);
    encoder.set_depth(::png::BitDepth::Eight);
    let ppm = dpi_to_ppm(dpi);
    encoder.set_pixel_dims(Some(::png::PixelDimensions {
        xppu: ppm,
        yppu: ppm,
        unit: ::png::Unit::Meter,
    }));
    encoder.set_source_srgb(::png::SrgbRenderingIntent::RelativeColorimetric);
    encoder.set_compression(level(compression, width, height));
    for (keyword, text) in stamp.png_text() {
        // tEXt is Latin-1; anything else goes in an iTXt (UTF-8) chunk under the same keyword.
        let added = if text.chars().all(|c| u32::from(c) <= 0xff) {
            encoder.add_text_chunk(keyword, text)
        } else {
            encoder.add_itxt_chunk(keyword, text)
        };
        added.map_err(|e| ExportError::encode("PNG", e))?;
    }
    let mut writer = encoder
        .write_header()
        .map_err(|e| ExportError::encode("PNG", e))?;
    writer
        .write_image_data(&rgb)
        .map_err(|e| ExportError::encode("PNG", e))?;
    writer.finish().map_err(|e| ExportError::encode("PNG", e))
}

/// Above this many pixels `Auto` compresses fast (A2 at 300 dpi is 35 million): the png crate deflates on one
/// core.
const AUTO_FAST_PIXELS: u64 = 16_000_000;

/// The png crate's level for a compression choice.
fn level(compression: PngCompression, width: u32, height: u32) -> ::png::Compression {
    match compression {
        PngCompression::Auto if u64::from(width) * u64::from(height) > AUTO_FAST_PIXELS => {
            ::png::Compression::Fast
        }
        PngCompression::Auto | PngCompression::Balanced => ::png::Compression::Balanced,
        PngCompression::Fast => ::png::Compression::Fast,
        PngCompression::High => ::png::Compression::High,
    }
}

/// Writes a page as a baseline JPEG with its resolution as JFIF density.
pub fn jpeg(
    scene: &Scene,
    (width, height): (u32, u32),
    dpi: f64,
    quality: u8,
    out: &mut dyn Write,
) -> Result<(), ExportError> {
    let rgb = pixels(scene, width, height, Channels::Rgb, BANDS)?;
    let mut encoder =
        image::codecs::jpeg::JpegEncoder::new_with_quality(out, quality.clamp(1, 100));
    let dpi = dpi.round().clamp(1.0, f64::from(u16::MAX)) as u16;
    encoder.set_pixel_density(image::codecs::jpeg::PixelDensity::dpi(dpi));
    encoder
        .encode(&rgb, width, height, image::ExtendedColorType::Rgb8)
        .map_err(|e| ExportError::encode("JPEG", e))
}
