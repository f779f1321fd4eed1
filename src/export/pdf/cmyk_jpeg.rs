//! CMYK JPEGs encoded on every core: the image is cut into strips of whole 8-pixel block rows, each strip is
//! encoded on its own (same quality, tables and block size), and the strips' entropy-coded data are joined
//! behind one header with restart markers between them. A restart marker resets the DC prediction, which is
//! exactly how each strip was encoded, so the result is one ordinary baseline JPEG (`DRI` + `RSTn`, part of
//! every baseline decoder) with the same pixels as a single-threaded encode.

use rayon::prelude::*;

/// JPEG markers used here.
const SOF0: u8 = 0xC0;
const SOS: u8 = 0xDA;
const DRI: u8 = 0xDD;
const RST0: u8 = 0xD0;
const EOI: u8 = 0xD9;

/// Encodes `w × h` CMYK samples (4 bytes a pixel) as an Adobe CMYK JPEG at `quality`, the strips in parallel.
pub(crate) fn encode(cmyk: &[u8], w: u32, h: u32, quality: u8) -> Result<Vec<u8>, String> {
    let blocks_per_row = w.div_ceil(8) as usize;
    let block_rows = h.div_ceil(8) as usize;
    // Two strips per core, each at most one restart interval (u16 blocks).
    let most = (usize::from(u16::MAX) / blocks_per_row.max(1)).max(1);
    let rows = block_rows
        .div_ceil(rayon::current_num_threads().max(1) * 2)
        .clamp(1, most);
    encode_in_strips(cmyk, w, h, quality, rows)
}

/// [`encode`] with strips of `rows` block rows (8 pixel rows each).
fn encode_in_strips(
    cmyk: &[u8],
    w: u32,
    h: u32,
    quality: u8,
    rows: usize,
) -> Result<Vec<u8>, String> {
    let interval = w.div_ceil(8) as usize * rows;
    let strip_bytes = w as usize * 4 * 8 * rows;
    if strip_bytes == 0 || cmyk.len() <= strip_bytes || interval > usize::from(u16::MAX) {
        return encode_one(cmyk, w, h, quality);
    }
    let strips: Vec<Vec<u8>> = cmyk
        .par_chunks(strip_bytes)
        .map(|strip| encode_one(strip, w, (strip.len() / (w as usize * 4)) as u32, quality))
        .collect::<Result<_, _>>()?;
    join(&strips, h, interval as u16)
}

/// One JPEG: quality `quality`, every component at full resolution (8 × 8 blocks), standard tables.
fn encode_one(cmyk: &[u8], w: u32, h: u32, quality: u8) -> Result<Vec<u8>, String> {
    let side = |v: u32| u16::try_from(v).map_err(|_| format!("{w}×{h} px is too large for JPEG"));
    let mut out = Vec::new();
    let mut encoder = jpeg_encoder::Encoder::new(&mut out, quality);
    encoder.set_sampling_factor(jpeg_encoder::SamplingFactor::F_1_1);
    encoder
        .encode(cmyk, side(w)?, side(h)?, jpeg_encoder::ColorType::Cmyk)
        .map_err(|e| e.to_string())?;
    Ok(out)
}

/// Where the scan header (SOS) of a JPEG starts, walking its segments.
fn scan_start(jpeg: &[u8]) -> Result<usize, String> {
    let mut at = 2;
    while at + 4 <= jpeg.len() {
        if jpeg[at] != 0xFF {
            break;
        }
        if jpeg[at + 1] == SOS {
            return Ok(at);
        }
        at += 2 + usize::from(u16::from_be_bytes([jpeg[at + 2], jpeg[at + 3]]));
    }
    Err("the JPEG encoder wrote no scan".to_owned())
}

/// The strips' JPEGs as one: the first strip's header with the whole height and a restart interval, then
/// every strip's entropy-coded data, `RSTn` between them.
fn join(strips: &[Vec<u8>], h: u32, interval: u16) -> Result<Vec<u8>, String> {
    let first = strips.first().ok_or("no strips")?;
    let sos = scan_start(first)?;
    let mut out = Vec::with_capacity(strips.iter().map(Vec::len).sum());
    out.extend_from_slice(&first[..sos]);
    // The frame header's height: the whole image (FF C0, length, precision, then the height).
    let sof = (2..sos.saturating_sub(1))
        .find(|&i| out[i] == 0xFF && out[i + 1] == SOF0)
        .ok_or("the JPEG encoder wrote no baseline frame header")?;
    let height = u16::try_from(h).map_err(|_| "too tall for JPEG".to_owned())?;
    out[sof + 5..sof + 7].copy_from_slice(&height.to_be_bytes());
    out.extend_from_slice(&[0xFF, DRI, 0, 4]);
    out.extend_from_slice(&interval.to_be_bytes());
    for (i, strip) in strips.iter().enumerate() {
        let sos = scan_start(strip)?;
        let data = sos + 2 + usize::from(u16::from_be_bytes([strip[sos + 2], strip[sos + 3]]));
        if i == 0 {
            out.extend_from_slice(&strip[sos..data]);
        } else {
            out.extend_from_slice(&[0xFF, RST0 + ((i - 1) % 8) as u8]);
        }
        let end = strip.len().saturating_sub(2);
        if strip[end..] != [0xFF, EOI] || data > end {
            return Err("a JPEG strip does not end its scan".to_owned());
        }
        out.extend_from_slice(&strip[data..end]);
    }
    out.extend_from_slice(&[0xFF, EOI]);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::ImageDecoder;

    fn decode(jpeg: &[u8]) -> (u32, u32, Vec<u8>) {
        let d = image::codecs::jpeg::JpegDecoder::new(std::io::Cursor::new(jpeg)).unwrap();
        let (w, h) = d.dimensions();
        let mut pixels = vec![0; d.total_bytes() as usize];
        d.read_image(&mut pixels).unwrap();
        (w, h, pixels)
    }

    #[test]
    fn strips_joined_with_restart_markers_decode_as_one_encode() {
        // 37 × 45: a partial block column and a partial last strip.
        let (w, h) = (37u32, 45u32);
        let cmyk: Vec<u8> = (0..w * h * 4)
            .map(|i| ((i * 7 + i / 150 * 31) % 256) as u8)
            .collect();
        let whole = encode_one(&cmyk, w, h, 90).unwrap();
        let joined = encode_in_strips(&cmyk, w, h, 90, 2).unwrap();
        assert_ne!(whole, joined, "it was cut into strips");
        // Three strips of 16 rows (the last one 13): two restart markers.
        let markers = joined
            .windows(2)
            .filter(|p| p[0] == 0xFF && (RST0..RST0 + 8).contains(&p[1]));
        assert_eq!(markers.count(), 2);
        assert_eq!(decode(&joined), decode(&whole));
    }
}
