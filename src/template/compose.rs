//! A laid-out page as one SVG document and its usvg tree: colour blocks and QR codes as paths, brand graphics
//! and the logo as nested artwork, text as `<text>` lines in the manual's fonts (real text: the PDF writer keeps
//! it as text, the rasteriser shapes it with the same fonts), photos as `<image>` elements whose pixels come
//! from the photo cache. The renderer, the SVG writer and the PDF writer all take this tree.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::Arc;

use resvg::usvg;

use crate::manual::logo::Artwork;
use crate::manual::template::{Align, Rect, VAlign};
use crate::manual::{Color, Rgb};
use crate::render::{RenderError, Scene, isolated_svg};

use super::Engine;
use super::layout::{Content, Item, Layout, PhotoItem, QrItem, TextItem};
use super::photo::{Colors, PhotoError};
use super::qr;

/// How a page is composed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Frame {
    /// Include the bleed (print PDF and SVG); raster files and previews are the trim box only.
    pub bleed: bool,
    /// Photo pixels per page unit wanted (the output's resolution); photos are never scaled up.
    pub photo_px_per_unit: f64,
    /// The colours photos are encoded in: sRGB, or already separated for a print PDF's output profile.
    pub photo_colors: Colors,
    /// Photos are drawn without a resampling filter (`image-rendering="optimizeSpeed"`, nearest pixel): for
    /// previews, whose photo the cache already scaled to the preview's pixels. Bicubic resampling of the photo
    /// was most of a preview's time, for no visible difference at 1:1.
    pub photo_unfiltered: bool,
}

/// Escapes text for XML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

fn hex(c: &Color) -> String {
    c.rgb.to_hex()
}

/// Numbers for SVG: at most six decimals.
fn n(v: f64) -> f64 {
    (v * 1e6).round() / 1e6
}

/// A composed page: the SVG text and the photos it refers to (`href="photo:N"`).
pub struct Page {
    /// The SVG document.
    pub svg: String,
    /// Photo bytes (JPEG) by href.
    pub images: HashMap<String, Arc<Vec<u8>>>,
    /// Size in page units (with or without bleed).
    pub size: (f64, f64),
    /// The colour under everything (for raster output).
    pub background: Option<Rgb>,
}

/// The SVG being written, and what it refers to.
struct Out {
    svg: String,
    images: HashMap<String, Arc<Vec<u8>>>,
    clips: usize,
}

/// Composes one page of a layout.
pub fn page(
    engine: &Engine,
    layout: &Layout<'_>,
    index: usize,
    frame: Frame,
) -> Result<Page, RenderError> {
    let bleed = if frame.bleed { layout.bleed } else { 0.0 };
    let (w, h) = (layout.trim.0 + 2.0 * bleed, layout.trim.1 + 2.0 * bleed);
    let mut out = Out {
        svg: String::new(),
        images: HashMap::new(),
        clips: 0,
    };
    let _ = write!(
        out.svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}"><g transform="translate({b} {b})">"#,
        w = n(w),
        h = n(h),
        b = n(bleed),
    );
    if let Some(bg) = layout.background {
        let _ = write!(
            out.svg,
            r#"<rect id="background" x="{}" y="{}" width="{}" height="{}" fill="{}"/>"#,
            n(-bleed),
            n(-bleed),
            n(w),
            n(h),
            hex(bg)
        );
    }
    for item in layout.pages.get(index).into_iter().flatten() {
        item_svg(engine, item, frame, &mut out);
    }
    out.svg.push_str("</g></svg>");
    Ok(Page {
        svg: out.svg,
        images: out.images,
        size: (w, h),
        background: Some(layout.background.map_or(Rgb([255, 255, 255]), |c| c.rgb)),
    })
}

impl Page {
    /// Parses the page into a usvg tree (the manual's fonts as the engine measured them, photos from the page).
    pub fn scene(&self, engine: &Engine) -> Result<Scene, RenderError> {
        let mut options =
            crate::render::options_with_fonts(engine.manual(), engine.fonts.database());
        let images = self.images.clone();
        options.image_href_resolver.resolve_string = Box::new(move |href, _| {
            images
                .get(href)
                .map(|data| usvg::ImageKind::JPEG(data.clone()))
        });
        let tree = usvg::Tree::from_str(&self.svg, &options).map_err(|e| RenderError::Svg {
            path: "(template)".to_owned(),
            message: e.to_string(),
        })?;
        Ok(Scene {
            tree,
            size: self.size,
            background: self.background,
            background_in_tree: true,
        })
    }
}

fn rect(out: &mut String, r: &Rect, color: &Color, opacity: Option<f64>) {
    let _ = write!(
        out,
        r#"<rect x="{}" y="{}" width="{}" height="{}" fill="{}""#,
        n(r.x),
        n(r.y),
        n(r.w),
        n(r.h),
        hex(color)
    );
    if let Some(o) = opacity {
        let _ = write!(out, r#" fill-opacity="{}""#, n(o));
    }
    out.push_str("/>");
}

fn item_svg(engine: &Engine, item: &Item<'_>, frame: Frame, out: &mut Out) {
    match &item.content {
        Content::Block(c) => rect(&mut out.svg, &item.drawn, c, None),
        Content::Graphic(artwork) => graphic_svg(artwork, &item.drawn, out),
        Content::Logo(Some(logo)) => {
            let r = &logo.rect;
            out.svg
                .push_str(&isolated_svg(&logo.artwork, (r.x, r.y, r.w, r.h)));
        }
        Content::Logo(None) => {}
        Content::Text(t) => text_svg(engine, item, t, &mut out.svg),
        Content::Photo(p) => photo_svg(engine, item, p, frame, out),
        Content::Qr(q) => qr_svg(q, &mut out.svg),
    }
}

/// A brand graphic covering its box without stretching: drawn at its own proportions over the box (centred)
/// and clipped to it.
fn graphic_svg(artwork: &Artwork, d: &Rect, out: &mut Out) {
    let aspect = artwork.width / artwork.height;
    let (w, h) = if d.w / d.h > aspect {
        (d.w, d.w / aspect)
    } else {
        (d.h * aspect, d.h)
    };
    let (x, y) = (d.x + (d.w - w) / 2.0, d.y + (d.h - h) / 2.0);
    let id = format!("clip{}", out.clips);
    out.clips += 1;
    let _ = write!(
        out.svg,
        r#"<clipPath id="{id}"><rect x="{}" y="{}" width="{}" height="{}"/></clipPath><g clip-path="url(#{id})">"#,
        n(d.x),
        n(d.y),
        n(d.w),
        n(d.h)
    );
    out.svg.push_str(&isolated_svg(artwork, (x, y, w, h)));
    out.svg.push_str("</g>");
}

fn text_svg(engine: &Engine, item: &Item<'_>, t: &TextItem<'_>, out: &mut String) {
    let (Some(face), Some(color)) = (t.face, t.color) else {
        return;
    };
    let Some(field) = item.element.text() else {
        return;
    };
    if t.value.is_empty() {
        return;
    }
    let r = &item.rect;
    let size = t.fit.size * t.units_per_size;
    let line = size * field.line_height;
    let (asc, desc) = engine.fonts.vertical(face);
    let (asc, desc) = (f64::from(asc) * size, f64::from(desc) * size);
    let total = line * t.fit.lines.len() as f64;
    let top = match field.valign {
        VAlign::Top => r.y,
        VAlign::Center => r.y + (r.h - total) / 2.0,
        VAlign::Bottom => r.y + r.h - total,
    };
    let (x, anchor) = match field.align {
        Align::Left => (r.x, "start"),
        Align::Center => (r.x + r.w / 2.0, "middle"),
        Align::Right => (r.right(), "end"),
    };
    let (family, weight) = engine.fonts.css(face);
    let _ = write!(
        out,
        r#"<g font-family="{}" font-weight="{weight}" font-size="{}" fill="{}" text-anchor="{anchor}">"#,
        escape(family),
        n(size),
        hex(color)
    );
    for (i, l) in t.fit.lines.iter().enumerate() {
        if l.text.is_empty() {
            continue;
        }
        let baseline = top + i as f64 * line + (line - (asc - desc)) / 2.0 + asc;
        let _ = write!(
            out,
            r#"<text x="{}" y="{}" xml:space="preserve">{}</text>"#,
            n(x),
            n(baseline),
            escape(&l.text)
        );
    }
    out.push_str("</g>");
}

fn photo_svg(engine: &Engine, item: &Item<'_>, p: &PhotoItem<'_>, frame: Frame, out: &mut Out) {
    let d = &item.drawn;
    let rendered: Option<Result<_, PhotoError>> = match (&p.choice, p.crop) {
        (Some(choice), Some(crop)) => {
            let size = (
                (d.w * frame.photo_px_per_unit).ceil().max(1.0) as u32,
                (d.h * frame.photo_px_per_unit).ceil().max(1.0) as u32,
            );
            Some(
                engine
                    .photos
                    .render(&choice.path, crop, size, frame.photo_colors),
            )
        }
        _ => None,
    };
    match rendered {
        Some(Ok(photo)) => {
            let href = format!("photo:{}", out.images.len());
            let rendering = if frame.photo_unfiltered {
                r#" image-rendering="optimizeSpeed""#
            } else {
                ""
            };
            let _ = write!(
                out.svg,
                r#"<image x="{}" y="{}" width="{}" height="{}" preserveAspectRatio="none"{rendering} href="{href}"/>"#,
                n(d.x),
                n(d.y),
                n(d.w),
                n(d.h)
            );
            out.images.insert(href, photo.data);
        }
        _ => {
            if let Some(c) = p.placeholder {
                rect(&mut out.svg, d, c, None);
            }
        }
    }
    if let Some((c, opacity)) = p.overlay {
        rect(&mut out.svg, d, c, (opacity < 1.0).then_some(opacity));
    }
}

fn qr_svg(q: &QrItem<'_>, out: &mut String) {
    let Some(Ok(code)) = &q.code else {
        return;
    };
    let s = &q.square;
    if let Some(ground) = q.ground {
        rect(out, s, ground, None);
    }
    if let Some(color) = q.color {
        let origin = qr::QUIET_ZONE as f64 * q.module;
        let _ = write!(
            out,
            r#"<path fill="{}" d="{}"/>"#,
            hex(color),
            qr::path(code, s.x + origin, s.y + origin, q.module)
        );
    }
}
