//! Photos for photo fields: read from a file with limits (a decompression bomb or a corrupt file is refused
//! with a reason, the rest of the template still works), EXIF orientation applied, cropped to the frame around a
//! focal point (never stretched), scaled down to what the output needs and cached, so that a preview on every
//! keystroke reuses the decoded, downsampled photo.

use std::collections::HashMap;
use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use image::{DynamicImage, ImageDecoder, ImageReader, Limits, RgbImage};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

/// Largest photo file read.
pub const MAX_FILE_BYTES: u64 = 200 << 20;
/// Largest width or height in pixels.
pub const MAX_SIDE: u32 = 20_000;
/// Largest number of pixels (a 24-megapixel camera is 6000 × 4000).
pub const MAX_PIXELS: u64 = 100_000_000;
/// Decoded images kept in memory.
const DECODED_KEPT: usize = 4;
/// Cropped, scaled and encoded photos kept in memory.
const RENDERED_KEPT: usize = 16;

/// Why a photo cannot be used. The message names the file and what to do.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PhotoError {
    /// The file cannot be opened or read.
    #[error("{}: cannot read the photo: {message}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// What the system said.
        message: String,
    },
    /// The file is larger than [`MAX_FILE_BYTES`].
    #[error("{}: the file is {bytes} bytes, more than the {limit} a photo may have", path.display())]
    FileTooLarge {
        /// The file.
        path: PathBuf,
        /// Its size.
        bytes: u64,
        /// The limit.
        limit: u64,
    },
    /// Not JPEG, PNG or WebP.
    #[error("{}: not a JPEG, PNG or WebP image", path.display())]
    Format {
        /// The file.
        path: PathBuf,
    },
    /// Too many pixels (a decompression bomb, or a scan far larger than any poster needs).
    #[error("{}: {width} × {height} pixels is more than the limit ({MAX_SIDE} per side, {MAX_PIXELS} in all)", path.display())]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Width it declares.
        width: u32,
        /// Height it declares.
        height: u32,
    },
    /// The image data is damaged.
    #[error("{}: the image is damaged and cannot be decoded: {message}", path.display())]
    Corrupt {
        /// The file.
        path: PathBuf,
        /// What the decoder said.
        message: String,
    },
}

impl PhotoError {
    /// A short key for the kind of problem (catalogue message `template-photo-{key}`).
    pub fn key(&self) -> &'static str {
        match self {
            PhotoError::Read { .. } => "read",
            PhotoError::FileTooLarge { .. } => "file-too-large",
            PhotoError::Format { .. } => "format",
            PhotoError::TooLarge { .. } => "too-large",
            PhotoError::Corrupt { .. } => "corrupt",
        }
    }
}

/// The focal point of a photo: the point (0–1 from the left and from the top) the crop keeps in view.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Focus {
    /// 0 left edge, 1 right edge.
    pub x: f64,
    /// 0 top, 1 bottom.
    pub y: f64,
}

impl Default for Focus {
    fn default() -> Self {
        Focus { x: 0.5, y: 0.5 }
    }
}

impl Focus {
    /// A focus clamped to 0–1 (not-a-number becomes the centre).
    pub fn new(x: f64, y: f64) -> Focus {
        let c = |v: f64| {
            if v.is_finite() {
                v.clamp(0.0, 1.0)
            } else {
                0.5
            }
        };
        Focus { x: c(x), y: c(y) }
    }
}

/// The part of a photo (in its pixels, after orientation) that fills a frame.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Crop {
    /// Left.
    pub x: u32,
    /// Top.
    pub y: u32,
    /// Width.
    pub w: u32,
    /// Height.
    pub h: u32,
}

/// The crop of a `width × height` photo that covers a frame of aspect `frame_w / frame_h` without stretching,
/// centred on the focus as far as the photo allows.
pub fn crop(width: u32, height: u32, frame_w: f64, frame_h: f64, focus: Focus) -> Crop {
    let (pw, ph) = (f64::from(width), f64::from(height));
    let aspect = frame_w / frame_h;
    let (cw, ch) = if pw / ph > aspect {
        (ph * aspect, ph)
    } else {
        (pw, pw / aspect)
    };
    let cw = cw.round().clamp(1.0, pw);
    let ch = ch.round().clamp(1.0, ph);
    let x = (focus.x * pw - cw / 2.0).clamp(0.0, pw - cw);
    let y = (focus.y * ph - ch / 2.0).clamp(0.0, ph - ch);
    Crop {
        x: x.round() as u32,
        y: y.round() as u32,
        w: cw as u32,
        h: ch as u32,
    }
}

/// A decoded photo, oriented, in sRGB (alpha flattened on white).
#[derive(Debug)]
pub struct Photo {
    /// The pixels.
    pub image: RgbImage,
}

/// What is known about a photo file without decoding all of it: its size after orientation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Probe {
    /// Width after EXIF orientation.
    pub width: u32,
    /// Height after EXIF orientation.
    pub height: u32,
}

/// Identifies a file's contents cheaply: its path, length and modification time.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Stamp {
    path: PathBuf,
    len: u64,
    modified: Option<SystemTime>,
}

impl Stamp {
    fn of(path: &Path) -> Result<Stamp, PhotoError> {
        let meta = std::fs::metadata(path).map_err(|e| PhotoError::Read {
            path: path.to_path_buf(),
            message: e.to_string(),
        })?;
        if !meta.is_file() {
            return Err(PhotoError::Read {
                path: path.to_path_buf(),
                message: "not a file".to_owned(),
            });
        }
        if meta.len() > MAX_FILE_BYTES {
            return Err(PhotoError::FileTooLarge {
                path: path.to_path_buf(),
                bytes: meta.len(),
                limit: MAX_FILE_BYTES,
            });
        }
        Ok(Stamp {
            path: path.to_path_buf(),
            len: meta.len(),
            modified: meta.modified().ok(),
        })
    }
}

/// A photo cropped and scaled for one frame at one resolution, encoded for the usvg tree.
#[derive(Debug, Clone)]
pub struct Rendered {
    /// Encoded bytes (JPEG).
    pub data: Arc<Vec<u8>>,
    /// Pixel size of the encoded image.
    pub width: u32,
    /// Pixel height.
    pub height: u32,
}

/// Key of a rendered photo.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct RenderKey {
    stamp: Stamp,
    crop: (u32, u32, u32, u32),
    size: (u32, u32),
    /// The output profile it was separated for (its address; `None`: sRGB).
    separated_for: Option<usize>,
}

/// The colours a rendered photo is encoded in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Colors {
    /// sRGB (previews, raster files, SVG, screen PDFs).
    Srgb,
    /// CMYK separated for this output ICC profile, as the print PDF writer would separate it
    /// ([`crate::export::pdf::separate_jpeg`]).
    Cmyk(&'static [u8]),
}

/// A decoded photo, or why it could not be decoded.
type Decoded = Result<Arc<Photo>, PhotoError>;

/// Photos read so far. Shared by every check and render of an [`super::Engine`]; thread-safe.
#[derive(Debug, Default)]
pub struct Cache {
    probes: Mutex<HashMap<Stamp, Result<Probe, PhotoError>>>,
    decoded: Mutex<Vec<(Stamp, Decoded)>>,
    rendered: Mutex<Vec<(RenderKey, Rendered)>>,
}

fn limits() -> Limits {
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(1 << 30);
    limits
}

/// A decoder for the file's bytes, with limits; the format comes from the contents, not the name.
fn decoder(path: &Path, bytes: &[u8]) -> Result<impl ImageDecoder, PhotoError> {
    let mut reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| PhotoError::Read {
            path: path.to_path_buf(),
            message: e.to_string(),
        })?;
    match reader.format() {
        Some(image::ImageFormat::Jpeg | image::ImageFormat::Png | image::ImageFormat::WebP) => {}
        _ => {
            return Err(PhotoError::Format {
                path: path.to_path_buf(),
            });
        }
    }
    reader.limits(limits());
    reader.into_decoder().map_err(|e| match e {
        image::ImageError::Limits(_) => {
            // Say how large it claims to be (the header alone, read without the limits).
            let (width, height) = ImageReader::new(Cursor::new(bytes))
                .with_guessed_format()
                .ok()
                .and_then(|r| r.into_dimensions().ok())
                .unwrap_or((0, 0));
            PhotoError::TooLarge {
                path: path.to_path_buf(),
                width,
                height,
            }
        }
        other => image_error(path, other),
    })
}

fn image_error(path: &Path, e: image::ImageError) -> PhotoError {
    match e {
        image::ImageError::Limits(_) => PhotoError::TooLarge {
            path: path.to_path_buf(),
            width: 0,
            height: 0,
        },
        image::ImageError::Unsupported(_) => PhotoError::Format {
            path: path.to_path_buf(),
        },
        other => PhotoError::Corrupt {
            path: path.to_path_buf(),
            message: other.to_string(),
        },
    }
}

fn check_size(path: &Path, (width, height): (u32, u32)) -> Result<(), PhotoError> {
    if width == 0
        || height == 0
        || width > MAX_SIDE
        || height > MAX_SIDE
        || u64::from(width) * u64::from(height) > MAX_PIXELS
    {
        return Err(PhotoError::TooLarge {
            path: path.to_path_buf(),
            width,
            height,
        });
    }
    Ok(())
}

fn read(path: &Path) -> Result<Vec<u8>, PhotoError> {
    std::fs::read(path).map_err(|e| PhotoError::Read {
        path: path.to_path_buf(),
        message: e.to_string(),
    })
}

fn oriented((w, h): (u32, u32), orientation: image::metadata::Orientation) -> (u32, u32) {
    use image::metadata::Orientation::*;
    match orientation {
        Rotate90 | Rotate270 | Rotate90FlipH | Rotate270FlipH => (h, w),
        _ => (w, h),
    }
}

fn probe_file(path: &Path) -> Result<Probe, PhotoError> {
    let bytes = read(path)?;
    let mut decoder = decoder(path, &bytes)?;
    let dims = decoder.dimensions();
    check_size(path, dims)?;
    let orientation = decoder
        .orientation()
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    let (width, height) = oriented(dims, orientation);
    Ok(Probe { width, height })
}

fn decode_file(path: &Path) -> Result<Photo, PhotoError> {
    let bytes = read(path)?;
    let mut decoder = decoder(path, &bytes)?;
    check_size(path, decoder.dimensions())?;
    let orientation = decoder
        .orientation()
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut image = DynamicImage::from_decoder(decoder).map_err(|e| image_error(path, e))?;
    image.apply_orientation(orientation);
    let image = if image.color().has_alpha() {
        flatten(&image.to_rgba8())
    } else {
        image.into_rgb8()
    };
    Ok(Photo { image })
}

/// RGBA on white.
fn flatten(rgba: &image::RgbaImage) -> RgbImage {
    RgbImage::from_fn(rgba.width(), rgba.height(), |x, y| {
        let p = rgba.get_pixel(x, y).0;
        let a = u16::from(p[3]);
        let c = |v: u8| ((u16::from(v) * a + 255 * (255 - a) + 127) / 255) as u8;
        image::Rgb([c(p[0]), c(p[1]), c(p[2])])
    })
}

impl Cache {
    /// The size of a photo (cheap: headers only, cached).
    pub fn probe(&self, path: &Path) -> Result<Probe, PhotoError> {
        let stamp = Stamp::of(path)?;
        if let Ok(probes) = self.probes.lock()
            && let Some(p) = probes.get(&stamp)
        {
            return p.clone();
        }
        if let Some(Ok(photo)) = self.decoded_if_cached(&stamp) {
            return Ok(Probe {
                width: photo.image.width(),
                height: photo.image.height(),
            });
        }
        let result = probe_file(path);
        if let Ok(mut probes) = self.probes.lock() {
            probes.insert(stamp, result.clone());
        }
        result
    }

    fn decoded_if_cached(&self, stamp: &Stamp) -> Option<Result<Arc<Photo>, PhotoError>> {
        let decoded = self.decoded.lock().ok()?;
        decoded
            .iter()
            .find(|(s, _)| s == stamp)
            .map(|(_, r)| r.clone())
    }

    /// The decoded photo (slow the first time: a 24-megapixel JPEG takes a few hundred milliseconds; call it
    /// off the UI thread).
    pub fn decode(&self, path: &Path) -> Result<Arc<Photo>, PhotoError> {
        let stamp = Stamp::of(path)?;
        if let Some(r) = self.decoded_if_cached(&stamp) {
            return r;
        }
        let result = decode_file(path).map(Arc::new);
        if let Ok(mut decoded) = self.decoded.lock() {
            decoded.retain(|(s, _)| s.path != stamp.path);
            if decoded.len() >= DECODED_KEPT {
                drop(decoded.remove(0));
            }
            decoded.push((stamp, result.clone()));
        }
        result
    }

    /// The photo cropped to `crop` and scaled down to at most `size` pixels (never up), as JPEG in `colors`;
    /// cached.
    pub fn render(
        &self,
        path: &Path,
        crop: Crop,
        size: (u32, u32),
        colors: Colors,
    ) -> Result<Rendered, PhotoError> {
        let stamp = Stamp::of(path)?;
        let size = (
            size.0.clamp(1, crop.w.max(1)),
            size.1.clamp(1, crop.h.max(1)),
        );
        let key = RenderKey {
            stamp,
            crop: (crop.x, crop.y, crop.w, crop.h),
            size,
            separated_for: match colors {
                Colors::Srgb => None,
                Colors::Cmyk(profile) => Some(profile.as_ptr() as usize),
            },
        };
        if let Ok(rendered) = self.rendered.lock()
            && let Some((_, r)) = rendered.iter().find(|(k, _)| *k == key)
        {
            return Ok(r.clone());
        }
        let photo = self.decode(path)?;
        let rendered =
            encode(&photo.image, crop, size, colors).map_err(|message| PhotoError::Corrupt {
                path: path.to_path_buf(),
                message,
            })?;
        if let Ok(mut cache) = self.rendered.lock() {
            if cache.len() >= RENDERED_KEPT {
                cache.remove(0);
            }
            cache.push((key, rendered.clone()));
        }
        Ok(rendered)
    }
}

/// Crops, scales (area average: every source pixel counts) and encodes as a high-quality JPEG (sRGB), or
/// separated for an output profile.
fn encode(
    image: &RgbImage,
    crop: Crop,
    size: (u32, u32),
    colors: Colors,
) -> Result<Rendered, String> {
    let x = crop.x.min(image.width().saturating_sub(1));
    let y = crop.y.min(image.height().saturating_sub(1));
    let w = crop.w.min(image.width() - x).max(1);
    let h = crop.h.min(image.height() - y).max(1);
    let (tw, th) = (size.0.min(w), size.1.min(h));
    let scaled = scale(image, Crop { x, y, w, h }, (tw, th));
    let data = match colors {
        Colors::Srgb => {
            let mut data = Vec::new();
            let mut encoder = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut data, 92);
            encoder
                .encode(&scaled, tw, th, image::ExtendedColorType::Rgb8)
                .map_err(|e| e.to_string())?;
            data
        }
        Colors::Cmyk(profile) => crate::export::pdf::separate_jpeg(&scaled, tw, th, profile)?,
    };
    Ok(Rendered {
        data: Arc::new(data),
        width: tw,
        height: th,
    })
}

/// Source pixels along one axis that make up each target pixel, and their weights (summing to 1): the
/// target pixel's footprint on the source, partly covered pixels at its ends weighted by the part covered.
fn footprints(source: u32, target: u32) -> Vec<(usize, Vec<f32>)> {
    let step = f64::from(source) / f64::from(target);
    (0..target)
        .map(|i| {
            let (a, b) = (f64::from(i) * step, f64::from(i + 1) * step);
            let first = a.floor() as usize;
            let last = (b.ceil() as usize).clamp(first + 1, source as usize);
            let weights = (first..last)
                .map(|j| ((b.min(j as f64 + 1.0) - a.max(j as f64)) / step) as f32)
                .collect();
            (first, weights)
        })
        .collect()
}

/// The `crop` of an image scaled to `size` (at most the crop's size) by area averaging, the rows in parallel:
/// RGB samples, rows top to bottom.
fn scale(image: &RgbImage, crop: Crop, (tw, th): (u32, u32)) -> Vec<u8> {
    let stride = image.width() as usize * 3;
    let src = image.as_raw();
    let (x0, w) = (crop.x as usize * 3, crop.w as usize * 3);
    let row = |y: usize| &src[(crop.y as usize + y) * stride + x0..][..w];
    if (tw, th) == (crop.w, crop.h) {
        return (0..th as usize).flat_map(row).copied().collect();
    }
    let columns = footprints(crop.w, tw);
    let rows = footprints(crop.h, th);
    let mut out = vec![0u8; tw as usize * th as usize * 3];
    out.par_chunks_mut(tw as usize * 3)
        .zip(rows.par_iter())
        .for_each_init(
            || vec![0f32; w],
            |sum, (target, (first, weights))| {
                sum.fill(0.0);
                for (k, weight) in weights.iter().enumerate() {
                    for (s, v) in sum.iter_mut().zip(row(first + k)) {
                        *s += weight * f32::from(*v);
                    }
                }
                for (pixel, (first, weights)) in target.chunks_exact_mut(3).zip(&columns) {
                    let mut rgb = [0f32; 3];
                    for (k, weight) in weights.iter().enumerate() {
                        let at = (first + k) * 3;
                        for c in 0..3 {
                            rgb[c] += weight * sum[at + c];
                        }
                    }
                    for c in 0..3 {
                        pixel[c] = (rgb[c] + 0.5).clamp(0.0, 255.0) as u8;
                    }
                }
            },
        );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crops_cover_the_frame_around_the_focus() {
        // A 6000 × 4000 photo in a square frame: 4000 × 4000, centred.
        assert_eq!(
            crop(6000, 4000, 1.0, 1.0, Focus::default()),
            Crop {
                x: 1000,
                y: 0,
                w: 4000,
                h: 4000
            }
        );
        // Focus on the far left: the crop stops at the edge.
        assert_eq!(crop(6000, 4000, 1.0, 1.0, Focus::new(0.0, 0.5)).x, 0);
        assert_eq!(crop(6000, 4000, 1.0, 1.0, Focus::new(1.0, 0.5)).x, 2000);
        // A wide frame on a tall photo keeps the width.
        let c = crop(3000, 4000, 297.0, 200.0, Focus::new(0.5, 0.2));
        assert_eq!((c.w, c.h), (3000, 2020));
        assert_eq!(c.y, 0);
        assert_eq!(Focus::new(f64::NAN, 7.0), Focus { x: 0.5, y: 1.0 });
    }

    #[test]
    fn scaling_averages_the_area_each_pixel_covers() {
        // 4 × 2 → 2 × 1: each target pixel is the mean of a 2 × 2 block.
        let image = RgbImage::from_fn(4, 2, |x, y| image::Rgb([(x * 40 + y * 10) as u8, 200, 0]));
        let all = Crop {
            x: 0,
            y: 0,
            w: 4,
            h: 2,
        };
        assert_eq!(scale(&image, all, (2, 1)), vec![25, 200, 0, 105, 200, 0]);
        // 3 → 2 columns: the middle pixel is shared half and half (0, 90, 180 → 30 and 150).
        let row = RgbImage::from_fn(3, 1, |x, _| image::Rgb([(x * 90) as u8, 0, 255]));
        let whole = Crop {
            x: 0,
            y: 0,
            w: 3,
            h: 1,
        };
        assert_eq!(scale(&row, whole, (2, 1)), vec![30, 0, 255, 150, 0, 255]);
        // A crop at its own size is copied.
        let part = Crop {
            x: 1,
            y: 1,
            w: 2,
            h: 1,
        };
        assert_eq!(scale(&image, part, (2, 1)), vec![50, 200, 0, 90, 200, 0]);
    }

    #[test]
    fn refuses_what_is_not_a_photo() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::default();
        let text = dir.path().join("note.jpg");
        std::fs::write(&text, "not an image").unwrap();
        assert!(matches!(cache.probe(&text), Err(PhotoError::Format { .. })));
        let missing = dir.path().join("missing.jpg");
        assert!(matches!(
            cache.decode(&missing),
            Err(PhotoError::Read { .. })
        ));
        // A PNG header that declares 100 000 × 100 000 pixels: refused before any allocation.
        let mut bomb = Vec::new();
        bomb.extend_from_slice(b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR");
        bomb.extend_from_slice(&100_000u32.to_be_bytes());
        bomb.extend_from_slice(&100_000u32.to_be_bytes());
        bomb.extend_from_slice(&[8, 2, 0, 0, 0, 0, 0, 0, 0]);
        let bomb_path = dir.path().join("bomb.png");
        std::fs::write(&bomb_path, &bomb).unwrap();
        let err = cache.decode(&bomb_path).unwrap_err();
        assert!(
            matches!(
                err,
                PhotoError::TooLarge { .. } | PhotoError::Corrupt { .. }
            ),
            "{err:?}"
        );
    }
}
