//! PNG: sRGB, pHYs from the plan's dpi. Bands of rows are rendered, filtered and deflated in parallel — each
//! band an independent piece of one zlib stream ([`zlib`]) — and written in order as IDAT chunks, so that
//! memory stays bounded (a window of bands) and every core compresses. Deflate is zlib-rs (zlib-ng's
//! algorithms). The default filters every row with Up and deflates at level 6: on flat-colour artwork that
//! is within a few per cent of libpng's adaptive filters at a fraction of the time; `balanced` is libpng's
//! own setting (adaptive filters, level 6), for a like-for-like comparison with other tools.

mod filter;
mod zlib;

use std::io::Write;
use std::sync::OnceLock;

use rayon::prelude::*;

use crate::manual::Manual;
use crate::manual::preset::dpi_to_ppm;
use crate::render::{self, BAND_ROWS, Channels, Raster};
use crate::stamp::Stamp;

use super::{ExportError, Plan, PngCompression};
use zlib::{Method, Piece};

/// The PNG file signature.
const SIGNATURE: [u8; 8] = [0x89, b'P', b'N', b'G', b'\r', b'\n', 0x1a, b'\n'];

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
    let fail = |e: std::io::Error| ExportError::encode("PNG", e);
    out.write_all(&SIGNATURE).map_err(fail)?;
    chunk(out, b"IHDR", &header(w, h, channels)).map_err(fail)?;
    // sRGB (relative colorimetric), with the gAMA and cHRM the PNG specification asks writers to add.
    chunk(out, b"sRGB", &[1]).map_err(fail)?;
    chunk(out, b"gAMA", &45_455u32.to_be_bytes()).map_err(fail)?;
    let chrm: Vec<u8> = [
        31_270u32, 32_900, 64_000, 33_000, 30_000, 60_000, 15_000, 6_000,
    ]
    .iter()
    .flat_map(|v| v.to_be_bytes())
    .collect();
    chunk(out, b"cHRM", &chrm).map_err(fail)?;
    let ppm = dpi_to_ppm(dpi).to_be_bytes();
    chunk(out, b"pHYs", &[&ppm[..], &ppm[..], &[1]].concat()).map_err(fail)?;
    for (keyword, text) in stamp.png_text() {
        let (kind, data) = text_chunk(&keyword, &text);
        chunk(out, kind, &data).map_err(fail)?;
    }

    let (method, filter) = encoding(compression);
    let band = Band {
        raster,
        channels,
        method,
        filter,
    };
    let starts: Vec<u32> = (0..h).step_by(BAND_ROWS as usize).collect();
    // A window of bands renders and compresses in parallel, then goes out in order.
    let window = rayon::current_num_threads().max(1) * 2;
    // Every band of background alone (but the last, which ends the stream) compresses to the same piece.
    let background: OnceLock<Result<Piece, ExportError>> = OnceLock::new();
    let mut adler = 1u32;
    for chunk_starts in starts.chunks(window) {
        let pieces: Vec<Result<Piece, ExportError>> = chunk_starts
            .par_iter()
            .map(|&y| {
                let last = y + BAND_ROWS >= h;
                if !last && raster.is_background(y, BAND_ROWS) {
                    background.get_or_init(|| band.piece(y, false)).clone()
                } else {
                    band.piece(y, last)
                }
            })
            .collect();
        for (&y, piece) in chunk_starts.iter().zip(pieces) {
            let piece = piece?;
            let data = if y == 0 {
                [&zlib::header(method)[..], &piece.deflated].concat()
            } else {
                piece.deflated
            };
            chunk(out, b"IDAT", &data).map_err(fail)?;
            adler = zlib::adler32_combine(adler, piece.adler, piece.len);
        }
    }
    chunk(out, b"IDAT", &adler.to_be_bytes()).map_err(fail)?;
    chunk(out, b"IEND", &[]).map_err(fail)
}

/// The deflate method and row filter of a compression setting.
fn encoding(compression: PngCompression) -> (Method, filter::Strategy) {
    match compression {
        PngCompression::Auto => (Method::Level(6), filter::Strategy::Up),
        PngCompression::Fast => (Method::Rle, filter::Strategy::Up),
        PngCompression::Balanced => (Method::Level(6), filter::Strategy::Adaptive),
        PngCompression::High => (Method::Level(9), filter::Strategy::Adaptive),
    }
}

/// What every band needs to become a piece of the zlib stream.
struct Band<'r, 's> {
    raster: &'r Raster<'s>,
    channels: Channels,
    method: Method,
    filter: filter::Strategy,
}

impl Band<'_, '_> {
    /// Renders, filters and deflates the band starting at row `y`.
    fn piece(&self, y: u32, last: bool) -> Result<Piece, ExportError> {
        let mut pixels = Vec::new();
        self.raster.band(y, BAND_ROWS, self.channels, &mut pixels)?;
        let bpp = self.channels.bytes();
        let row_bytes = self.raster.width() as usize * bpp;
        let mut filtered = Vec::with_capacity(pixels.len() + pixels.len() / row_bytes);
        filter::filter_rows(&pixels, row_bytes, bpp, self.filter, &mut filtered);
        zlib::piece(&filtered, self.method, last).map_err(|e| ExportError::encode("PNG", e))
    }
}

/// A text chunk: tEXt when the text is Latin-1, else iTXt (UTF-8, uncompressed, no language tag). The
/// keyword is Latin-1 (the stamp's keywords are ASCII).
fn text_chunk(keyword: &str, text: &str) -> (&'static [u8; 4], Vec<u8>) {
    let latin1 =
        |s: &str| -> Vec<u8> { s.chars().map(|c| u8::try_from(c).unwrap_or(b'?')).collect() };
    let mut data = latin1(keyword);
    data.push(0);
    if text.chars().all(|c| u32::from(c) <= 0xff) {
        data.extend(latin1(text));
        (b"tEXt", data)
    } else {
        // compression flag, method, empty language tag, empty translated keyword
        data.extend_from_slice(&[0, 0, 0, 0]);
        data.extend_from_slice(text.as_bytes());
        (b"iTXt", data)
    }
}

/// The IHDR data: size, 8 bits per channel, RGB or RGBA, deflate, adaptive filtering, no interlace.
fn header(w: u32, h: u32, channels: Channels) -> Vec<u8> {
    let color_type = match channels {
        Channels::Rgb => 2,
        Channels::Rgba => 6,
    };
    let mut data = Vec::with_capacity(13);
    data.extend_from_slice(&w.to_be_bytes());
    data.extend_from_slice(&h.to_be_bytes());
    data.extend_from_slice(&[8, color_type, 0, 0, 0]);
    data
}

/// Writes one chunk: length, type, data, CRC-32 of type and data.
fn chunk(out: &mut dyn Write, kind: &[u8; 4], data: &[u8]) -> std::io::Result<()> {
    let len = u32::try_from(data.len()).map_err(std::io::Error::other)?;
    let mut crc = crc32fast::Hasher::new();
    crc.update(kind);
    crc.update(data);
    out.write_all(&len.to_be_bytes())?;
    out.write_all(kind)?;
    out.write_all(data)?;
    out.write_all(&crc.finalize().to_be_bytes())
}
