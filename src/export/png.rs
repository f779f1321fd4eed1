//! PNG: sRGB, pHYs from the plan's dpi, streamed band by band into the encoder so that memory stays bounded.

use std::io::Write;

use rayon::prelude::*;

use crate::manual::Manual;
use crate::manual::preset::dpi_to_ppm;
use crate::render::{self, BAND_ROWS, Channels, Raster};
use crate::stamp::Stamp;

use super::{ExportError, Plan, PngCompression};

/// Writes the plan as a PNG of `plan.pixels`, stamped.
pub(crate) fn write(
    manual: &Manual,
    plan: &Plan<'_>,
    stamp: &Stamp,
    compression: PngCompression,
    out: &mut dyn Write,
) -> Result<(), ExportError> {
    let scene = render::scene(manual, plan)?;
    let (w, h) = plan.pixels;
    let raster = Raster::new(&scene, w, h)?;
    encode(&raster, plan.dpi, stamp, compression, out)
}

/// Encodes a raster: RGB on an opaque background, RGBA otherwise; the stamp in text chunks.
pub(crate) fn encode(
    raster: &Raster<'_>,
    dpi: f64,
    stamp: &Stamp,
    compression: PngCompression,
    out: &mut dyn Write,
) -> Result<(), ExportError> {
    let (w, h) = (raster.width(), raster.height());
    let channels = if raster.is_opaque() {
        Channels::Rgb
    } else {
        Channels::Rgba
    };
    let mut encoder = png::Encoder::new(out, w, h);
    encoder.set_color(match channels {
        Channels::Rgb => png::ColorType::Rgb,
        Channels::Rgba => png::ColorType::Rgba,
    });
    encoder.set_depth(png::BitDepth::Eight);
    let ppm = dpi_to_ppm(dpi);
    encoder.set_pixel_dims(Some(png::PixelDimensions {
        xppu: ppm,
        yppu: ppm,
        unit: png::Unit::Meter,
    }));
    encoder.set_source_srgb(png::SrgbRenderingIntent::RelativeColorimetric);
    encoder.set_compression(compression.resolve(w, h));
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
    let mut stream = writer
        .stream_writer_with_size(1 << 20)
        .map_err(|e| ExportError::encode("PNG", e))?;
    let row_bytes = w as usize * channels.bytes();
    let starts: Vec<u32> = (0..h).step_by(BAND_ROWS as usize).collect();
    // A window of bands renders in parallel, then goes to the encoder in order.
    let window = rayon::current_num_threads().max(1) * 2;
    let mut background_band: Option<Vec<u8>> = None;
    for chunk in starts.chunks(window) {
        let rendered: Vec<Option<Result<Vec<u8>, ExportError>>> = chunk
            .par_iter()
            .map(|&y| {
                (!raster.is_background(y, BAND_ROWS)).then(|| {
                    let mut band = Vec::new();
                    raster.band(y, BAND_ROWS, channels, &mut band)?;
                    Ok(band)
                })
            })
            .collect();
        for (&y, band) in chunk.iter().zip(rendered) {
            let bytes = BAND_ROWS.min(h - y) as usize * row_bytes;
            let owned;
            let data: &[u8] = match band {
                Some(band) => {
                    owned = band?;
                    &owned
                }
                None => {
                    if background_band.is_none() {
                        let mut b = Vec::new();
                        raster.band(y, BAND_ROWS, channels, &mut b)?;
                        background_band = Some(b);
                    }
                    background_band.as_deref().unwrap_or_default()
                }
            };
            stream
                .write_all(&data[..bytes.min(data.len())])
                .map_err(|e| ExportError::encode("PNG", e))?;
        }
    }
    stream.finish().map_err(|e| ExportError::encode("PNG", e))?;
    Ok(())
}
