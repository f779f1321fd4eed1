//! Raster images (photos in templates) as image XObjects.
//!
//! Every photo is decoded once, downsampled to the resolution it needs at its size on the page (at most
//! [`PRINT_PPI`] in print, [`SCREEN_PPI`] on screen) and then:
//! - in print, converted from its RGB (its embedded ICC profile, else sRGB) to CMYK for the output intent with
//!   lcms2 (perceptual, black-point compensation) and written as DeviceCMYK — so a print file stays PDF/X-1a;
//! - on screen, written as DeviceRGB (sRGB; an embedded profile is converted to sRGB first).
//!
//! JPEG sources stay JPEG (DCTDecode, quality 90); PNG sources stay lossless (FlateDecode). Transparency
//! becomes a soft mask, which makes a print file PDF/X-4.
//!
//! A caller that has the pixels already at the right size (the template engine) separates them itself with
//! [`separate_jpeg`] — the same transform and encoder — and marks the result with
//! [`super::Document::separated_photo`], so the photo is decoded, converted and encoded once, not twice.
//! The colour conversion runs on every core, in bands (the transform is shared, made without its one-pixel
//! cache, which is what makes it thread-safe).

use std::io::Cursor;
use std::sync::Arc;

use image::{DynamicImage, ImageDecoder, imageops::FilterType};
use pdf_writer::{Filter, Finish, Name, Pdf, Ref};
use rayon::prelude::*;
use resvg::usvg::ImageKind;

use super::super::ExportError;

/// The resolution photos are reduced to in print files, at their final size (export-standards.md §2.3).
pub const PRINT_PPI: f64 = 300.0;
/// The resolution photos are reduced to in screen files.
pub const SCREEN_PPI: f64 = 150.0;
/// JPEG quality of re-encoded photos.
const JPEG_QUALITY: u8 = 90;
/// The largest decoded image accepted (bytes), against decompression bombs: a 100 MP RGBA photo.
const MAX_DECODED_BYTES: u64 = 400 * 1024 * 1024;
/// Pixels per band of the parallel colour conversion.
const BAND_PIXELS: usize = 1 << 16;

/// A colour transform that threads may share (no one-pixel cache).
type SharedTransform = lcms2::Transform<u8, u8, lcms2::GlobalContext, lcms2::DisallowCache>;

/// An image written into the document.
pub(crate) struct Placed {
    /// The image XObject.
    pub xobject: Ref,
    /// Whether it has a soft mask (transparency).
    pub alpha: bool,
}

/// The colour a file holds photos in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Target {
    /// DeviceCMYK for the embedded output profile (FOGRA39).
    Cmyk,
    /// DeviceRGB (sRGB).
    Rgb,
}

/// Converts and writes the photos of one document.
pub(crate) struct Photos {
    /// The output profile photos are separated for (print documents only).
    output_profile: Option<&'static [u8]>,
    /// The sRGB → output transform, made on first use.
    srgb_to_cmyk: Option<SharedTransform>,
    /// CMYK JPEGs the caller already separated for the output profile with [`separate_jpeg`]: written as
    /// they are.
    separated: Vec<Arc<Vec<u8>>>,
}

/// Where a photo's pixels came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Source {
    Jpeg,
    Png,
}

impl Photos {
    /// The photos of a document; `output_profile` is the ICC profile CMYK photos are separated for.
    pub fn new(output_profile: Option<&'static [u8]>) -> Photos {
        Photos {
            output_profile,
            srgb_to_cmyk: None,
            separated: Vec::new(),
        }
    }

    /// The ICC profile CMYK photos are separated for (print documents for FOGRA39), if any.
    pub fn output_profile(&self) -> Option<&'static [u8]> {
        self.output_profile
    }

    /// Marks a JPEG made by [`separate_jpeg`] for this document's output profile: an image holding these very
    /// bytes (the same allocation) is written unchanged into a print document.
    pub fn mark_separated(&mut self, jpeg: Arc<Vec<u8>>) {
        if !self.separated.iter().any(|d| Arc::ptr_eq(d, &jpeg)) {
            self.separated.push(jpeg);
        }
    }

    /// A JPEG marked as separated for the output profile, with its pixel size.
    fn separated_jpeg(&self, kind: &ImageKind) -> Option<(Arc<Vec<u8>>, u32, u32)> {
        let ImageKind::JPEG(data) = kind else {
            return None;
        };
        let data = self.separated.iter().find(|d| Arc::ptr_eq(d, data))?;
        let (w, h) = image::codecs::jpeg::JpegDecoder::new(Cursor::new(data.as_slice()))
            .ok()?
            .dimensions();
        Some((data.clone(), w, h))
    }

    /// Writes a JPEG already separated for the output profile (Adobe CMYK, as [`separate_jpeg`] writes it).
    fn place_separated(
        pdf: &mut Pdf,
        xobject: Ref,
        (data, w, h): (Arc<Vec<u8>>, u32, u32),
    ) -> Placed {
        let mut xo = pdf.image_xobject(xobject, &data);
        xo.filter(Filter::DctDecode);
        xo.width(w as i32).height(h as i32).bits_per_component(8);
        xo.color_space().device_cmyk();
        xo.decode([1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0]);
        xo.finish();
        Placed {
            xobject,
            alpha: false,
        }
    }

    /// Writes a raster image placed at `size_pt` (width, height on the page, in points).
    pub fn place(
        &mut self,
        pdf: &mut Pdf,
        next: &mut Ref,
        kind: &ImageKind,
        size_pt: (f64, f64),
        target: Target,
        what: &str,
    ) -> Result<Placed, ExportError> {
        let error = |message: String| ExportError::Image {
            page: what.to_owned(),
            message,
        };
        let (data, source) = match kind {
            ImageKind::JPEG(d) => (d.as_slice(), Source::Jpeg),
            ImageKind::PNG(d) => (d.as_slice(), Source::Png),
            ImageKind::GIF(_) => {
                return Err(error(
                    "GIF images are not supported; use PNG or JPEG".into(),
                ));
            }
            ImageKind::WEBP(_) => {
                return Err(error(
                    "WebP images are not supported; use PNG or JPEG".into(),
                ));
            }
            ImageKind::SVG(_) => return Err(error("an SVG image is drawn as vectors".into())),
        };
        if target == Target::Cmyk
            && let Some(separated) = self.separated_jpeg(kind)
        {
            return Ok(Self::place_separated(pdf, next.bump(), separated));
        }
        let max_ppi = match target {
            Target::Cmyk => PRINT_PPI,
            Target::Rgb => SCREEN_PPI,
        };
        let (mut image, icc) = decode(data, source).map_err(error)?;
        let wanted = pixels_for(size_pt, max_ppi);
        let (w, h) = (image.width(), image.height());
        let reduced = (w.min(wanted.0), h.min(wanted.1));
        let resized = reduced != (w, h);
        if resized {
            image = image.resize_exact(reduced.0, reduced.1, FilterType::Triangle);
        }
        let alpha = soft_mask(&image);
        let rgb = image.into_rgb8();
        let (w, h) = rgb.dimensions();
        let icc = icc.filter(|p| !is_srgb(p));

        let xobject = next.bump();
        let mask_ref = alpha.as_ref().map(|_| next.bump());
        let (samples, filter, cmyk) = match target {
            Target::Cmyk => {
                let cmyk = self.separate(rgb.as_raw(), icc.as_deref()).map_err(error)?;
                let (bytes, filter) =
                    encode(&cmyk, w, h, source, jpeg_encoder::ColorType::Cmyk).map_err(error)?;
                (bytes, filter, true)
            }
            Target::Rgb
                if source == Source::Jpeg
                    && !resized
                    && icc.is_none()
                    && is_plain_rgb_jpeg(data) =>
            {
                (data.to_vec(), Filter::DctDecode, false)
            }
            Target::Rgb => {
                let rgb = match icc.as_deref() {
                    Some(profile) => to_srgb(rgb.as_raw(), profile).map_err(error)?,
                    None => rgb.into_raw(),
                };
                let (bytes, filter) =
                    encode(&rgb, w, h, source, jpeg_encoder::ColorType::Rgb).map_err(error)?;
                (bytes, filter, false)
            }
        };
        let mut xo = pdf.image_xobject(xobject, &samples);
        xo.filter(filter);
        xo.width(w as i32).height(h as i32).bits_per_component(8);
        if cmyk {
            xo.color_space().device_cmyk();
            if filter == Filter::DctDecode {
                // Adobe-style CMYK JPEG (APP14, inverted samples), as Photoshop and InDesign write them.
                xo.decode([1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0]);
            }
        } else {
            xo.color_space().device_rgb();
        }
        if let Some(mask) = mask_ref {
            xo.s_mask(mask);
        }
        xo.finish();
        if let (Some(mask), Some(alpha)) = (mask_ref, alpha) {
            let deflated = miniz_oxide::deflate::compress_to_vec_zlib(&alpha, 6);
            let mut sm = pdf.image_xobject(mask, &deflated);
            sm.filter(Filter::FlateDecode);
            sm.width(w as i32).height(h as i32).bits_per_component(8);
            sm.color_space().device_gray();
        }
        Ok(Placed {
            xobject,
            alpha: mask_ref.is_some(),
        })
    }

    /// RGB (sRGB, or the given profile) → CMYK for the output profile.
    fn separate(&mut self, rgb: &[u8], icc: Option<&[u8]>) -> Result<Vec<u8>, String> {
        let output = self
            .output_profile
            .ok_or_else(|| "no output profile to separate the photo for".to_owned())?;
        if let Some(profile) = icc {
            let input = lcms2::Profile::new_icc(profile).map_err(|e| e.to_string())?;
            return Ok(transform_bands(&cmyk_transform(&input, output)?, rgb));
        }
        if self.srgb_to_cmyk.is_none() {
            self.srgb_to_cmyk = Some(cmyk_transform(&lcms2::Profile::new_srgb(), output)?);
        }
        Ok(self
            .srgb_to_cmyk
            .as_ref()
            .map(|t| transform_bands(t, rgb))
            .unwrap_or_default())
    }
}

/// sRGB pixels (`w × h`, 3 bytes each) separated for the output profile `profile` and encoded as an
/// Adobe-style CMYK JPEG, exactly as a print document converts a photo (perceptual, black-point
/// compensation, quality 90). Mark the bytes with [`super::Document::separated_photo`] so the document writes
/// them unchanged.
pub fn separate_jpeg(rgb: &[u8], w: u32, h: u32, profile: &[u8]) -> Result<Vec<u8>, String> {
    let transform = cmyk_transform(&lcms2::Profile::new_srgb(), profile)?;
    let cmyk = transform_bands(&transform, rgb);
    encode(&cmyk, w, h, Source::Jpeg, jpeg_encoder::ColorType::Cmyk).map(|(bytes, _)| bytes)
}

/// RGB → CMYK in bands on every core.
fn transform_bands(t: &SharedTransform, rgb: &[u8]) -> Vec<u8> {
    let mut out = vec![0u8; rgb.len() / 3 * 4];
    rgb.par_chunks(3 * BAND_PIXELS)
        .zip(out.par_chunks_mut(4 * BAND_PIXELS))
        .for_each(|(src, dst)| t.transform_pixels(src, dst));
    out
}

/// Perceptual with black-point compensation (stack-notes.md §6), as print shops convert photos.
fn cmyk_transform(input: &lcms2::Profile, output: &[u8]) -> Result<SharedTransform, String> {
    let output = lcms2::Profile::new_icc(output).map_err(|e| e.to_string())?;
    SharedTransform::new_flags_context(
        lcms2::GlobalContext::new(),
        input,
        lcms2::PixelFormat::RGB_8,
        &output,
        lcms2::PixelFormat::CMYK_8,
        lcms2::Intent::Perceptual,
        lcms2::Flags::NO_CACHE | lcms2::Flags::BLACKPOINT_COMPENSATION,
    )
    .map_err(|e| e.to_string())
}

/// A photo tagged with another RGB profile (Display P3, Adobe RGB), converted to sRGB.
fn to_srgb(rgb: &[u8], icc: &[u8]) -> Result<Vec<u8>, String> {
    let input = lcms2::Profile::new_icc(icc).map_err(|e| e.to_string())?;
    let t = lcms2::Transform::<u8, u8>::new(
        &input,
        lcms2::PixelFormat::RGB_8,
        &lcms2::Profile::new_srgb(),
        lcms2::PixelFormat::RGB_8,
        lcms2::Intent::Perceptual,
    )
    .map_err(|e| e.to_string())?;
    let mut out = vec![0u8; rgb.len()];
    t.transform_pixels(rgb, &mut out);
    Ok(out)
}

/// Whether an embedded profile is (a flavour of) sRGB, so no conversion is needed; an unreadable or
/// non-RGB profile counts as sRGB too (the photo is then taken as sRGB, as browsers do).
fn is_srgb(icc: &[u8]) -> bool {
    let Ok(profile) = lcms2::Profile::new_icc(icc) else {
        return true;
    };
    if profile.color_space() != lcms2::ColorSpaceSignature::RgbData {
        return true;
    }
    profile
        .info(lcms2::InfoType::Description, lcms2::Locale::none())
        .is_some_and(|d| d.to_ascii_lowercase().contains("srgb"))
}

/// Decodes a photo (with limits) and returns it with its embedded ICC profile.
fn decode(data: &[u8], source: Source) -> Result<(DynamicImage, Option<Vec<u8>>), String> {
    let mut limits = image::Limits::default();
    limits.max_alloc = Some(MAX_DECODED_BYTES);
    let text = |e: image::ImageError| e.to_string();
    match source {
        Source::Jpeg => {
            let mut d = image::codecs::jpeg::JpegDecoder::new(Cursor::new(data)).map_err(text)?;
            d.set_limits(limits).map_err(text)?;
            let icc = d.icc_profile().ok().flatten();
            Ok((DynamicImage::from_decoder(d).map_err(text)?, icc))
        }
        Source::Png => {
            let mut d = image::codecs::png::PngDecoder::new(Cursor::new(data)).map_err(text)?;
            d.set_limits(limits).map_err(text)?;
            let icc = d.icc_profile().ok().flatten();
            Ok((DynamicImage::from_decoder(d).map_err(text)?, icc))
        }
    }
}

/// The pixel size a photo needs at `size_pt` and `ppi` (rounded as export-standards.md §1 does, at least 1).
fn pixels_for(size_pt: (f64, f64), ppi: f64) -> (u32, u32) {
    let px = |pt: f64| {
        (pt.abs() / 72.0 * ppi)
            .round()
            .clamp(1.0, f64::from(u32::MAX)) as u32
    };
    (px(size_pt.0), px(size_pt.1))
}

/// The alpha channel as a soft mask, if the image has any transparent pixel.
fn soft_mask(image: &DynamicImage) -> Option<Vec<u8>> {
    if !image.color().has_alpha() {
        return None;
    }
    let rgba = image.to_rgba8();
    let alpha: Vec<u8> = rgba.pixels().map(|p| p.0[3]).collect();
    alpha.iter().any(|a| *a < 255).then_some(alpha)
}

/// Whether a JPEG is 3-component (YCbCr/RGB), so it can go into a screen PDF unchanged.
fn is_plain_rgb_jpeg(data: &[u8]) -> bool {
    image::codecs::jpeg::JpegDecoder::new(Cursor::new(data))
        .is_ok_and(|d| d.color_type() == image::ColorType::Rgb8)
}

/// Encodes samples: JPEG for JPEG sources, Flate for PNG sources.
fn encode(
    samples: &[u8],
    w: u32,
    h: u32,
    source: Source,
    color: jpeg_encoder::ColorType,
) -> Result<(Vec<u8>, Filter), String> {
    match source {
        Source::Png => Ok((
            miniz_oxide::deflate::compress_to_vec_zlib(samples, 6),
            Filter::FlateDecode,
        )),
        Source::Jpeg => {
            let side =
                |v: u32| u16::try_from(v).map_err(|_| format!("{w}×{h} px is too large for JPEG"));
            let mut out = Vec::new();
            jpeg_encoder::Encoder::new(&mut out, JPEG_QUALITY)
                .encode(samples, side(w)?, side(h)?, color)
                .map_err(|e| e.to_string())?;
            Ok((out, Filter::DctDecode))
        }
    }
}

/// Resource name of an image.
pub(crate) fn resource_name(index: usize) -> String {
    format!("Im{index}")
}

/// Writes the drawing of an image XObject into the unit square mapped onto `(0, 0, w, h)` of the current
/// user space (y down).
pub(crate) fn draw(content: &mut pdf_writer::Content, name: &str, w: f32, h: f32) {
    content.save_state();
    content.transform([w, 0.0, 0.0, -h, 0.0, h]);
    content.x_object(Name(name.as_bytes()));
    content.restore_state();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a4_at_300_ppi_is_the_reference_pixel_size() {
        // export-standards.md §1.1: A4 at 300 ppi = 2480 × 3508 px.
        let a4 = (210.0 * 72.0 / 25.4, 297.0 * 72.0 / 25.4);
        assert_eq!(pixels_for(a4, 300.0), (2480, 3508));
        assert_eq!(pixels_for((0.0, 0.0), 300.0), (1, 1));
    }

    #[test]
    fn srgb_to_fogra39_matches_the_measured_values() {
        // stack-notes.md §6: sRGB → FOGRA39, perceptual + BPC: #00558c → C96 M66 Y23 K8.
        let mut photos = Photos::new(Some(super::super::pdfx::FOGRA39_ICC));
        let cmyk = photos.separate(&[0x00, 0x55, 0x8c], None).unwrap();
        let percent: Vec<f64> = cmyk.iter().map(|v| f64::from(*v) / 2.55).collect();
        for (got, want) in percent.iter().zip([96.0, 66.0, 23.0, 8.0]) {
            assert!((got - want).abs() <= 1.5, "{percent:?}");
        }
    }
}
