//! A filled template resolved for one variant: every element's place on the variant's page (the design scaled
//! uniformly, edges on the page edge kept there and run into the bleed), the text fitted, the photo cropped,
//! the QR code encoded, the sender's logo placed by the size table. The checks and the renderer read the same
//! layout.

use std::borrow::Cow;

use crate::cobrand;
use crate::manual::logo::{Artwork, Lockup, Logo};
use crate::manual::template::{Element, ElementKind, LogoSlot, Rect, Units};
use crate::manual::{Color, Colorway, Format, Manual, Preset, Sender, Template};
use crate::plan::{self, Background};
use crate::request::{Request, Subject, Target};

use super::Engine;
use super::fill::{Fill, PhotoChoice};
use super::fonts::FaceId;
use super::photo::{Crop, PhotoError, Probe, crop};
use super::qr::{self, Qr, QrError};
use super::text::{self, Fit};

/// Why a fill cannot be laid out at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LayoutError {
    /// No such template.
    #[error("the manual has no template \"{0}\"")]
    UnknownTemplate(String),
    /// No such sender.
    #[error("the manual has no sender \"{0}\"")]
    UnknownSender(String),
    /// The variant's preset is missing (a broken manual).
    #[error("the template's preset \"{0}\" is missing")]
    UnknownPreset(String),
}

/// What lies under an element: the colour its content is read against.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Under<'m> {
    /// A palette colour (a colour block or the page background).
    Color(&'m Color),
    /// Unprinted white paper (no background colour).
    Paper,
    /// A photo, possibly under a coloured overlay of some opacity.
    Photo(Option<(&'m Color, f64)>),
}

/// A placed text field.
#[derive(Debug, Clone)]
pub struct TextItem<'m> {
    /// The text as drawn (cleaned).
    pub value: String,
    /// Its colour.
    pub color: Option<&'m Color>,
    /// The face it is set in.
    pub face: Option<FaceId>,
    /// The fit: size, lines, overflow.
    pub fit: Fit,
    /// Page units per font-size unit.
    pub units_per_size: f64,
    /// What it is read against.
    pub under: Under<'m>,
}

/// A placed photo field.
#[derive(Debug, Clone)]
pub struct PhotoItem<'m> {
    /// The chosen photo.
    pub choice: Option<PhotoChoice>,
    /// Its size, or why it cannot be used.
    pub probe: Option<Result<Probe, PhotoError>>,
    /// The part of the photo that fills the frame.
    pub crop: Option<Crop>,
    /// Effective resolution at the final size (pixels per inch; on screen pages the preset's dpi times the
    /// photo pixels per page pixel).
    pub ppi: Option<f64>,
    /// What the empty frame shows.
    pub placeholder: Option<&'m Color>,
    /// The overlay colour and opacity.
    pub overlay: Option<(&'m Color, f64)>,
}

/// A placed QR code field.
#[derive(Debug, Clone)]
pub struct QrItem<'m> {
    /// The URL.
    pub value: String,
    /// Colour of the dark modules.
    pub color: Option<&'m Color>,
    /// The light ground.
    pub ground: Option<&'m Color>,
    /// The code, or why the URL cannot be one (`None` when empty).
    pub code: Option<Result<Qr, QrError>>,
    /// The square the code fills (quiet zone included), page units.
    pub square: Rect,
    /// One module in page units.
    pub module: f64,
}

/// The sender's logo in its slot.
#[derive(Debug, Clone)]
pub struct LogoItem<'m> {
    /// The logo.
    pub logo: &'m Logo,
    /// Its lockup.
    pub lockup: &'m Lockup,
    /// The colourway (picked for the background unless the slot names one).
    pub colorway: &'m Colorway,
    /// The artwork drawn: the lockup's, or the co-branded lockup composed for a sender whose logos must stand
    /// with another (`[sender.cobranding]`).
    pub artwork: Cow<'m, Artwork>,
    /// Whether the artwork is the co-branded lockup.
    pub cobranded: bool,
    /// The artwork's place (without clear space) on the trim box.
    pub rect: Rect,
    /// The logo export this placement is, for the logo rules of the compliance check.
    pub request: Request,
}

/// What an item draws.
#[derive(Debug, Clone)]
pub enum Content<'m> {
    /// A colour block.
    Block(&'m Color),
    /// A brand graphic.
    Graphic(&'m Artwork),
    /// The logo slot: the logo, or `None` when the sender has no logo.
    Logo(Option<LogoItem<'m>>),
    /// A text field.
    Text(TextItem<'m>),
    /// A photo field.
    Photo(PhotoItem<'m>),
    /// A QR field.
    Qr(QrItem<'m>),
}

/// One element on the variant's page.
#[derive(Debug, Clone)]
pub struct Item<'m> {
    /// The element of the template.
    pub element: &'m Element,
    /// Its box on the trim box (page units).
    pub rect: Rect,
    /// Its box as drawn: edges on the page edge run into the bleed.
    pub drawn: Rect,
    /// What it draws.
    pub content: Content<'m>,
}

/// A fill laid out on its variant.
#[derive(Debug, Clone)]
pub struct Layout<'m> {
    /// The template.
    pub template: &'m Template,
    /// The variant's preset.
    pub preset: &'m Preset,
    /// The sender.
    pub sender: Option<&'m Sender>,
    /// The page background, if the template has one.
    pub background: Option<&'m Color>,
    /// Units of every length.
    pub units: Units,
    /// Trim size.
    pub trim: (f64, f64),
    /// Bleed on every side (0 on screen pages).
    pub bleed: f64,
    /// Design → variant scale.
    pub scale: f64,
    /// Items per page, in drawing order.
    pub pages: Vec<Vec<Item<'m>>>,
}

impl Layout<'_> {
    /// Size of the whole page with bleed.
    pub fn media(&self) -> (f64, f64) {
        (
            self.trim.0 + 2.0 * self.bleed,
            self.trim.1 + 2.0 * self.bleed,
        )
    }

    /// Pixel size of the page at the preset's resolution: the trim box (raster files are made without bleed).
    pub fn pixels(&self) -> (u32, u32) {
        match self.units {
            Units::Mm => (
                crate::manual::preset::mm_to_px(self.trim.0, self.preset.dpi),
                crate::manual::preset::mm_to_px(self.trim.1, self.preset.dpi),
            ),
            Units::Px => (
                self.trim.0.round().max(1.0) as u32,
                self.trim.1.round().max(1.0) as u32,
            ),
        }
    }

    /// Every item of every page.
    pub fn items(&self) -> impl Iterator<Item = &Item<'_>> {
        self.pages.iter().flatten()
    }
}

/// The design → variant mapping.
struct Geometry {
    design: (f64, f64),
    page: (f64, f64),
    scale: f64,
    offset: (f64, f64),
    bleed: f64,
}

impl Geometry {
    fn new(design: (f64, f64), page: (f64, f64), bleed: f64) -> Geometry {
        let scale = (page.0 / design.0).min(page.1 / design.1);
        Geometry {
            design,
            page,
            scale,
            offset: (
                (page.0 - design.0 * scale) / 2.0,
                (page.1 - design.1 * scale) / 2.0,
            ),
            bleed,
        }
    }

    /// One axis: an edge on the design page's edge stays on the page's edge.
    fn axis(&self, start: f64, end: f64, design: f64, page: f64, offset: f64) -> (f64, f64) {
        const EPS: f64 = 1e-6;
        let s = if start <= EPS {
            0.0
        } else {
            offset + start * self.scale
        };
        let e = if end >= design - EPS {
            page
        } else {
            offset + end * self.scale
        };
        (s, e)
    }

    fn map(&self, r: &Rect) -> (Rect, Rect) {
        let (x0, x1) = self.axis(r.x, r.right(), self.design.0, self.page.0, self.offset.0);
        let (y0, y1) = self.axis(r.y, r.bottom(), self.design.1, self.page.1, self.offset.1);
        let rect = Rect {
            x: x0,
            y: y0,
            w: x1 - x0,
            h: y1 - y0,
        };
        let b = self.bleed;
        let grow = |v: f64, edge: f64| if (v - edge).abs() < 1e-6 { b } else { 0.0 };
        let (l, t) = (grow(x0, 0.0), grow(y0, 0.0));
        let (r_, bo) = (grow(x1, self.page.0), grow(y1, self.page.1));
        let drawn = Rect {
            x: x0 - l,
            y: y0 - t,
            w: x1 - x0 + l + r_,
            h: y1 - y0 + t + bo,
        };
        (rect, drawn)
    }
}

/// Lays a fill out on its variant.
pub fn layout<'m>(
    engine: &Engine,
    manual: &'m Manual,
    fill: &Fill,
) -> Result<Layout<'m>, LayoutError> {
    let template = manual
        .template(&fill.template)
        .ok_or_else(|| LayoutError::UnknownTemplate(fill.template.clone()))?;
    let sender = match &fill.sender {
        Some(id) => Some(
            manual
                .sender(id)
                .ok_or_else(|| LayoutError::UnknownSender(id.clone()))?,
        ),
        None => fill.sender(manual),
    };
    let variant = fill.variant(template);
    let preset = manual
        .preset(variant)
        .ok_or_else(|| LayoutError::UnknownPreset(variant.to_owned()))?;
    let design = template
        .page_size(manual, &template.design)
        .ok_or_else(|| LayoutError::UnknownPreset(template.design.clone()))?;
    let trim = template
        .page_size(manual, variant)
        .ok_or_else(|| LayoutError::UnknownPreset(variant.to_owned()))?;
    let bleed = match template.units {
        Units::Mm => preset.bleed_mm,
        Units::Px => 0.0,
    };
    let geometry = Geometry::new(design, trim, bleed);
    let background = template.background.as_deref().and_then(|c| manual.color(c));
    let mut layout = Layout {
        template,
        preset,
        sender,
        background,
        units: template.units,
        trim,
        bleed,
        scale: geometry.scale,
        pages: Vec::new(),
    };
    for page in 1..=template.page_count() {
        let mut items: Vec<Item<'m>> = Vec::new();
        for element in template
            .elements
            .iter()
            .filter(|e| e.page == page && e.in_variant(variant))
        {
            let (rect, drawn) = geometry.map(&element.rect);
            let under = under(&layout, &items, &rect);
            let content = content(engine, manual, fill, &layout, element, rect, drawn, under);
            items.push(Item {
                element,
                rect,
                drawn,
                content,
            });
        }
        layout.pages.push(items);
    }
    Ok(layout)
}

/// What lies under a box: the topmost earlier item that contains its centre.
fn under<'m>(layout: &Layout<'m>, below: &[Item<'m>], rect: &Rect) -> Under<'m> {
    let (cx, cy) = (rect.x + rect.w / 2.0, rect.y + rect.h / 2.0);
    for item in below.iter().rev() {
        let d = &item.drawn;
        if cx < d.x || cx > d.right() || cy < d.y || cy > d.bottom() {
            continue;
        }
        match &item.content {
            Content::Block(c) => return Under::Color(c),
            Content::Photo(p) => return Under::Photo(p.overlay),
            _ => {}
        }
    }
    layout.background.map_or(Under::Paper, Under::Color)
}

#[allow(clippy::too_many_arguments)]
fn content<'m>(
    engine: &Engine,
    manual: &'m Manual,
    fill: &Fill,
    layout: &Layout<'m>,
    element: &'m Element,
    rect: Rect,
    drawn: Rect,
    under: Under<'m>,
) -> Content<'m> {
    match &element.kind {
        ElementKind::Block { color } => manual
            .color(color)
            .map_or(Content::Logo(None), Content::Block),
        ElementKind::Graphic { artwork, .. } => Content::Graphic(artwork),
        ElementKind::Logo(slot) => Content::Logo(logo(manual, fill, layout, slot, rect, under)),
        ElementKind::Text(t) => {
            let value = fill.value(manual, element);
            let face = engine.fonts.face(manual, &t.role, t.weight);
            let units_per_size = match layout.units {
                Units::Mm => 25.4 / 72.0,
                Units::Px => 1.0,
            };
            let spec = text::Spec {
                width: rect.w,
                height: rect.h,
                size_max: t.size_max * layout.scale,
                size_min: t.size_min * layout.scale,
                line_height: t.line_height,
                max_lines: t.max_lines,
                units_per_size,
            };
            let fit = match face {
                Some(face) => text::fit(&engine.fonts, face, &value, &spec),
                None => text::Fit {
                    size: spec.size_min,
                    lines: Vec::new(),
                    fits: value.is_empty(),
                    chars: value.chars().count(),
                    chars_fitting: 0,
                },
            };
            Content::Text(TextItem {
                color: fill.color(element).and_then(|c| manual.color(c)),
                value,
                face,
                fit,
                units_per_size,
                under,
            })
        }
        ElementKind::Photo(p) => {
            let choice = element
                .id
                .as_deref()
                .and_then(|id| fill.photos.get(id))
                .cloned();
            let probe = choice.as_ref().map(|c| engine.photos.probe(&c.path));
            let crop = match (&probe, &choice) {
                (Some(Ok(size)), Some(c)) => {
                    Some(crop(size.width, size.height, drawn.w, drawn.h, c.focus))
                }
                _ => None,
            };
            let ppi = crop.map(|c| {
                let per_unit = f64::from(c.w) / drawn.w;
                match layout.units {
                    Units::Mm => per_unit * 25.4,
                    Units::Px => per_unit * layout.preset.dpi,
                }
            });
            Content::Photo(PhotoItem {
                choice,
                probe,
                crop,
                ppi,
                placeholder: manual.color(&p.placeholder),
                overlay: p
                    .overlay
                    .as_deref()
                    .and_then(|o| manual.color(o))
                    .map(|c| (c, p.overlay_opacity)),
            })
        }
        ElementKind::Qr(q) => {
            let value = fill.value(manual, element);
            let side = rect.w.min(rect.h);
            let square = Rect {
                x: rect.x + (rect.w - side) / 2.0,
                y: rect.y + (rect.h - side) / 2.0,
                w: side,
                h: side,
            };
            let code = (!value.is_empty()).then(|| qr::encode(&value));
            let module = match &code {
                Some(Ok(c)) => side / c.total() as f64,
                _ => 0.0,
            };
            Content::Qr(QrItem {
                color: fill.color(element).and_then(|c| manual.color(c)),
                ground: manual.color(&q.background),
                value,
                code,
                square,
                module,
            })
        }
    }
}

/// The palette colour an [`Under`] reads as for choosing a logo colourway.
fn under_color<'m>(layout: &Layout<'m>, under: Under<'m>) -> Option<&'m Color> {
    match under {
        Under::Color(c) => Some(c),
        Under::Photo(Some((c, _))) => Some(c),
        Under::Photo(None) | Under::Paper => layout.background,
    }
}

/// The sender's logo (its own, else the nearest parent's) placed in a slot: the co-branded lockup when the
/// sender's logos must stand with another (`[sender.cobranding]`) and it fits the slot at its minimum size,
/// else the logo alone (the check then gives the co-branding warning as for any export of it).
fn logo<'m>(
    manual: &'m Manual,
    fill: &Fill,
    layout: &Layout<'m>,
    slot: &LogoSlot,
    rect: Rect,
    under: Under<'m>,
) -> Option<LogoItem<'m>> {
    let sender = layout.sender?;
    let own = *manual.logos_for_sender(&sender.id).first()?;
    if cobrand::rule(manual, own).is_some()
        && let Some(item) = place_logo(manual, fill, layout, (slot, rect, under), true)
    {
        return Some(item);
    }
    place_logo(manual, fill, layout, (slot, rect, under), false)
}

/// The sender's logo or its co-branded lockup in a slot: by the size table where it has the preset and the
/// placement stays in the slot, else fitted into the slot with its clear space; `None` where it cannot be
/// placed (a co-branded lockup below its minimum size).
fn place_logo<'m>(
    manual: &'m Manual,
    fill: &Fill,
    layout: &Layout<'m>,
    (slot, rect, under): (&LogoSlot, Rect, Under<'m>),
    cobranded: bool,
) -> Option<LogoItem<'m>> {
    let sender = layout.sender?;
    let logo = *manual.logos_for_sender(&sender.id).first()?;
    let preset = layout.preset;
    let lockup = match &slot.lockup {
        Some(id) => logo.lockup(id)?,
        None => logo
            .lockups
            .iter()
            .find(|k| logo.size_for(&preset.id, &k.id).is_some())
            .or_else(|| logo.lockups.iter().find(|k| preset.allows_lockup(&k.id)))
            .or(logo.lockups.first())?,
    };
    let ground = under_color(layout, under);
    let background: Option<Background<'m>> =
        ground.and_then(|c| plan::background(manual, &c.id).ok());
    let format = preset.formats.first().copied().unwrap_or(Format::Png);
    let mut request = Request {
        subject: Subject::Logo {
            logo: logo.id.clone(),
            lockup: Some(lockup.id.clone()),
            colorway: slot.colorway.clone(),
            cobranded,
        },
        target: Target::Preset {
            id: preset.id.clone(),
        },
        format,
        background: ground.map(|c| c.id.clone()),
        page: true,
        crop_marks: None,
        clear_space: true,
        sender: fill.sender.clone().or_else(|| Some(sender.id.clone())),
    };
    let from_table = layout.units == Units::Mm && logo.size_for(&preset.id, &lockup.id).is_some();
    if from_table {
        let plan = plan::plan(manual, &request).ok()?;
        let placed = crate::manual::template::Rect {
            x: plan.logo_rect.x,
            y: plan.logo_rect.y,
            w: plan.logo_rect.w,
            h: plan.logo_rect.h,
        };
        // A co-branded lockup is wider than the logo the size table sizes: where it leaves the slot, it is
        // fitted into the slot instead (below).
        let (min_mm, min_px) = plan.minimum_width();
        let minimum = match layout.units {
            Units::Mm => min_mm,
            Units::Px => min_px.map(f64::from),
        };
        let below_minimum = minimum.is_some_and(|m| placed.w + 1e-9 < m);
        if !cobranded || (rect.contains(&placed) && !below_minimum) {
            return Some(LogoItem {
                logo,
                lockup,
                colorway: plan.colorway?,
                artwork: plan.artwork?,
                cobranded,
                rect: placed,
                request,
            });
        }
    }
    // No size-table entry: the logo with its clear space fitted into the slot, centred.
    let colorway = match &slot.colorway {
        Some(id) => logo.colorway(id)?,
        None => plan::pick_colorway(manual, logo, background.as_ref())?,
    };
    let (artwork, cs, minimum) = if cobranded {
        let c = cobrand::compose(manual, logo, lockup, colorway).ok()?;
        let minimum = minimum_width(&c, layout.units);
        (Cow::Owned(c.artwork.clone()), c.clear_space(), minimum)
    } else {
        (
            Cow::Borrowed(lockup.artwork(&colorway.id)?),
            logo.clear_space_units(lockup),
            0.0,
        )
    };
    let (cw, ch) = (artwork.width + 2.0 * cs, artwork.height + 2.0 * cs);
    let scale = (rect.w / cw).min(rect.h / ch);
    let placed = Rect {
        x: rect.x + (rect.w - cw * scale) / 2.0 + cs * scale,
        y: rect.y + (rect.h - ch * scale) / 2.0 + cs * scale,
        w: artwork.width * scale,
        h: artwork.height * scale,
    };
    if placed.w + 1e-9 < minimum {
        return None;
    }
    // The logo export this placement is: the logo with its clear space, so the logo itself is `placed.w`.
    let with_clear_space = placed.w + 2.0 * cs * scale;
    request.page = false;
    request.target = match layout.units {
        Units::Mm => Target::Mm {
            width: with_clear_space,
            height: None,
            dpi: preset.dpi,
        },
        Units::Px => Target::Px {
            width: with_clear_space.round().max(1.0) as u32,
            height: None,
        },
    };
    request.subject = Subject::Logo {
        logo: logo.id.clone(),
        lockup: Some(lockup.id.clone()),
        colorway: Some(colorway.id.clone()),
        cobranded,
    };
    Some(LogoItem {
        logo,
        lockup,
        colorway,
        artwork,
        cobranded,
        rect: placed,
        request,
    })
}

/// The smallest width of a co-branded lockup in the template's units (0 where the manual sets none).
fn minimum_width(c: &cobrand::Cobranded<'_>, units: Units) -> f64 {
    match (units, c.minimum()) {
        (Units::Mm, (Some(mm), _)) => mm,
        (Units::Px, (_, Some(px))) => f64::from(px),
        _ => 0.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_scale_uniformly_and_keep_edges() {
        // The A3 design on A4: scale 1/√2, nothing moves off the edges.
        let g = Geometry::new((297.0, 420.0), (210.0, 297.0), 3.0);
        assert!((g.scale - 210.0 / 297.0).abs() < 1e-9);
        let (r, d) = g.map(&Rect {
            x: 0.0,
            y: 0.0,
            w: 297.0,
            h: 200.0,
        });
        assert_eq!((r.x, r.y, r.w), (0.0, 0.0, 210.0));
        // (A-series sizes are rounded to whole mm: the aspect ratios differ by 0.01 %.)
        assert!((r.h - 200.0 * g.scale).abs() < 0.05);
        assert_eq!((d.x, d.y, d.w), (-3.0, -3.0, 216.0));
        assert!((d.h - (200.0 * g.scale + 3.0)).abs() < 0.05);
        // 50 × 70 cm: the height sets the scale, full-width elements still span the width.
        let g = Geometry::new((297.0, 420.0), (500.0, 700.0), 3.0);
        assert!((g.scale - 700.0 / 420.0).abs() < 1e-9);
        let (r, _) = g.map(&Rect {
            x: 0.0,
            y: 10.0,
            w: 297.0,
            h: 10.0,
        });
        assert_eq!((r.x, r.w), (0.0, 500.0));
        let (r, _) = g.map(&Rect {
            x: 20.0,
            y: 10.0,
            w: 100.0,
            h: 10.0,
        });
        assert!((r.w - 100.0 * g.scale).abs() < 1e-9, "never stretched");
        assert!((r.x - (2.5 + 20.0 * g.scale)).abs() < 1e-9);
    }
}
