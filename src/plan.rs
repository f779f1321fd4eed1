//! The geometry of an export, resolved from a request and the manual: which artwork, the file's size, where
//! the logo sits, how much clear space it has. Rendering, export and compliance all read the same plan.

use std::borrow::Cow;

use serde::Serialize;

use crate::cobrand::{self, CobrandError, Cobranded};
use crate::manual::preset::mm_to_px;
use crate::manual::{
    Artwork, Cmyk, Color, ColorSpace, Colorway, ColorwayKind, Format, Lockup, Logo, Manual, Medium,
    Position, Preset, PresetSize, Rgb, SizeEntry, Text,
};

use crate::request::{Request, Subject, Target};

pub mod kit;

/// Why a request cannot be planned (it names something the manual does not have, or an impossible size).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PlanError {
    /// Unknown logo id.
    #[error("the manual has no logo \"{0}\"")]
    UnknownLogo(String),
    /// Unknown lockup.
    #[error("logo \"{logo}\" has no lockup \"{lockup}\" (it has: {known})")]
    UnknownLockup {
        /// Logo id.
        logo: String,
        /// Requested lockup.
        lockup: String,
        /// Lockups it has.
        known: String,
    },
    /// Unknown colourway.
    #[error("logo \"{logo}\" has no colourway \"{colorway}\" (it has: {known})")]
    UnknownColorway {
        /// Logo id.
        logo: String,
        /// Requested colourway.
        colorway: String,
        /// Colourways it has.
        known: String,
    },
    /// No artwork file loaded for the combination.
    #[error("logo \"{logo}\" has no artwork for {lockup}/{colorway} (see `designprogram check`)")]
    NoArtwork {
        /// Logo id.
        logo: String,
        /// Lockup.
        lockup: String,
        /// Colourway.
        colorway: String,
    },
    /// Unknown preset.
    #[error("the manual has no preset \"{0}\"")]
    UnknownPreset(String),
    /// Unknown palette colour.
    #[error("\"{0}\" is not a palette colour (or a tint the palette allows)")]
    UnknownColor(String),
    /// The size is impossible.
    #[error("invalid size: {0}")]
    InvalidSize(String),
    /// The co-branded lockup cannot be composed.
    #[error(transparent)]
    Cobrand(#[from] CobrandError),
}

/// Length units of a plan's geometry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Units {
    /// Millimetres (physical targets).
    Mm,
    /// Pixels (screen targets).
    Px,
}

/// A rectangle, origin at the top-left of the trim box, y down.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Rect {
    /// Left.
    pub x: f64,
    /// Top.
    pub y: f64,
    /// Width.
    pub w: f64,
    /// Height.
    pub h: f64,
}

/// A background: a palette colour, possibly a tint of it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Background<'m> {
    /// The palette colour.
    pub color: &'m Color,
    /// Tint percentage, if a tint.
    pub tint: Option<u8>,
    /// Screen colour.
    pub rgb: Rgb,
    /// Print colour (authored CMYK, scaled for tints).
    pub cmyk: Cmyk,
}

/// The resolved export.
#[derive(Debug, Clone, Serialize)]
pub struct Plan<'m> {
    /// The logo (None for swatches).
    pub logo: Option<&'m Logo>,
    /// The lockup.
    pub lockup: Option<&'m Lockup>,
    /// The colourway.
    pub colorway: Option<&'m Colorway>,
    /// The colourway was picked by the program for the background.
    pub colorway_picked: bool,
    /// The artwork drawn: the lockup's file, or the co-branded lockup composed from two.
    pub artwork: Option<Cow<'m, Artwork>>,
    /// The co-branded lockup, when the request asks for it (`artwork` is then its composed artwork).
    pub cobrand: Option<Cobranded<'m>>,
    /// The swatch colour (swatch exports).
    pub swatch: Option<&'m Color>,
    /// The preset, if the target is one.
    pub preset: Option<&'m Preset>,
    /// Where the file will be used.
    pub medium: Medium,
    /// Colour space the target asks for (raster formats are always sRGB files).
    pub color_space: ColorSpace,
    /// File format.
    pub format: Format,
    /// Units of all lengths below.
    pub units: Units,
    /// Raster resolution (pHYs / JFIF density).
    pub dpi: f64,
    /// Size of the trim box (the file without bleed).
    pub trim: (f64, f64),
    /// Bleed on every side (page exports), in units.
    pub bleed: f64,
    /// Crop marks (page exports).
    pub crop_marks: bool,
    /// The artwork (without clear space) inside the trim box.
    pub logo_rect: Rect,
    /// The manual's clear space at this size, in units.
    pub clear_space: f64,
    /// Whether the clear space is part of the exported box.
    pub clear_space_included: bool,
    /// The box's aspect ratio differs from the artwork's: the artwork was fitted and centred.
    pub fitted: bool,
    /// The logo size comes from the manual's size table.
    pub size_from_table: bool,
    /// Background, or None for transparent.
    pub background: Option<Background<'m>>,
    /// A full page export.
    pub page: bool,
    /// Raster size of the whole file (trim + bleed).
    pub pixels: (u32, u32),
}

impl Plan<'_> {
    /// Pixels per unit at the plan's resolution.
    pub fn px_per_unit(&self) -> f64 {
        match self.units {
            Units::Mm => self.dpi / 25.4,
            Units::Px => 1.0,
        }
    }

    /// The logo's printed width in mm (physical targets only).
    pub fn logo_width_mm(&self) -> Option<f64> {
        (self.units == Units::Mm).then_some(self.logo_rect.w)
    }

    /// The logo's width in pixels in the raster file.
    pub fn logo_width_px(&self) -> f64 {
        self.logo_rect.w * self.px_per_unit()
    }

    /// The smallest width the drawn artwork (`logo_rect.w`) may have: the manual's minimum (print mm, screen
    /// px) for the lockup and colourway, or for a co-branded lockup the width at which both logos keep theirs.
    pub fn minimum_width(&self) -> (Option<f64>, Option<u32>) {
        match (&self.cobrand, self.logo, self.lockup, self.colorway) {
            (Some(c), _, _, _) => c.minimum(),
            (None, Some(l), Some(k), Some(c)) => l.minimum(&k.id, &c.id),
            _ => (None, None),
        }
    }

    /// The name of what is drawn: the lockup's, or the co-branded lockup's ("Liggende med Sønderborg Kommune").
    pub fn lockup_name(&self) -> Option<&Text> {
        match (&self.cobrand, self.lockup) {
            (Some(c), _) => Some(&c.name),
            (None, k) => k.map(|k| &k.name),
        }
    }

    /// Size of the whole file (trim + bleed) in units.
    pub fn media(&self) -> (f64, f64) {
        (
            self.trim.0 + 2.0 * self.bleed,
            self.trim.1 + 2.0 * self.bleed,
        )
    }
}

/// Parses a background spec `id` or `id@tint` against the palette.
pub fn background<'m>(manual: &'m Manual, spec: &str) -> Result<Background<'m>, PlanError> {
    let (id, tint) = match spec.split_once('@') {
        Some((id, t)) => (id, Some(t.trim_end_matches('%'))),
        None => (spec, None),
    };
    let color = manual
        .color(id)
        .ok_or_else(|| PlanError::UnknownColor(spec.to_owned()))?;
    match tint {
        None => Ok(Background {
            color,
            tint: None,
            rgb: color.rgb,
            cmyk: color.cmyk,
        }),
        Some(t) => {
            let p: u8 = t
                .parse()
                .map_err(|_| PlanError::UnknownColor(spec.to_owned()))?;
            if !color.tints.contains(&p) {
                return Err(PlanError::UnknownColor(spec.to_owned()));
            }
            Ok(Background {
                color,
                tint: Some(p),
                rgb: color.tint_rgb(p),
                cmyk: color.cmyk.tint(f32::from(p)),
            })
        }
    }
}

/// The colourway the manual allows on a background: the first colourway (positive colourways first) that lists
/// the background and whose main colour reaches the manual's logo contrast on it (tints included); else the
/// first that lists it; failing that, the one whose main colour contrasts most with it. Without a background:
/// the first positive colourway.
pub fn pick_colorway<'m>(
    manual: &Manual,
    logo: &'m Logo,
    background: Option<&Background<'_>>,
) -> Option<&'m Colorway> {
    let mut ordered: Vec<&Colorway> = logo.colorways.iter().collect();
    ordered.sort_by_key(|c| match c.kind {
        ColorwayKind::Positive => 0,
        ColorwayKind::Negative => 1,
        ColorwayKind::Black => 2,
        ColorwayKind::Greyscale => 3,
        ColorwayKind::Spot => 4,
    });
    let Some(bg) = background else {
        return ordered.first().copied();
    };
    let fit = |c: &Colorway| c.fit(manual, &bg.color.id, bg.rgb);
    let ratio = |c: &Colorway| fit(c).ratio.unwrap_or(0.0);
    // Allowed on the colour and readable on it (a light tint of an allowed colour may not be).
    if let Some(c) = ordered.iter().find(|c| fit(c).passes()) {
        return Some(c);
    }
    if let Some(c) = ordered.iter().find(|c| fit(c).allowed) {
        return Some(c);
    }
    ordered
        .into_iter()
        .max_by(|a, b| ratio(a).total_cmp(&ratio(b)))
}

/// The top-left corner of a box (a logo with its clear space) placed on a page of `page` size at a size-table
/// position, `margin` from the trim edges it sits against (centred positions ignore the margin across).
pub fn place_box(
    page: (f64, f64),
    size: (f64, f64),
    position: Position,
    margin: f64,
) -> (f64, f64) {
    let x = match position {
        Position::TopLeft | Position::BottomLeft => margin,
        Position::TopCenter | Position::Center | Position::BottomCenter => (page.0 - size.0) / 2.0,
        Position::TopRight | Position::BottomRight => page.0 - margin - size.0,
    };
    let y = match position {
        Position::TopLeft | Position::TopCenter | Position::TopRight => margin,
        Position::Center => (page.1 - size.1) / 2.0,
        Position::BottomLeft | Position::BottomCenter | Position::BottomRight => {
            page.1 - margin - size.1
        }
    };
    (x, y)
}

/// The pixel height of a box that follows the artwork: rounded up, so that the width alone sets the logo's
/// size (rounding down would shrink the logo to fit the height, up to 1 % below the width asked for).
fn auto_px_height(width: f64, aspect: f64) -> f64 {
    (width / aspect - 1e-9).ceil().max(1.0)
}

/// The logo width (mm) a size-table entry gives a lockup. When the table names another lockup for the preset,
/// the reference measure (e.g. the mark's height) keeps the physical size the table gives it there, but the
/// width never drops below this lockup's minimum for the colourway.
fn table_width(
    logo: &Logo,
    lockup: &Lockup,
    colorway: &Colorway,
    entry: &SizeEntry,
    art_w: f64,
) -> f64 {
    if entry.lockup == lockup.id {
        return entry.width_mm;
    }
    let Some((other, other_w)) = logo
        .lockup(&entry.lockup)
        .and_then(|o| o.artwork.values().next().map(|a| (o, a.width)))
    else {
        return entry.width_mm;
    };
    let reference_mm = entry.width_mm / other_w * other.reference;
    let width = reference_mm / lockup.reference * art_w;
    width.max(logo.minimum(&lockup.id, &colorway.id).0.unwrap_or(0.0))
}

/// What a plan draws: a logo (alone or as a co-branded lockup) or a swatch.
struct Drawn<'m> {
    logo: Option<&'m Logo>,
    lockup: Option<&'m Lockup>,
    colorway: Option<&'m Colorway>,
    colorway_picked: bool,
    artwork: Option<Cow<'m, Artwork>>,
    /// Width of the logo's own artwork (without a co-branded partner), in its user units.
    own_width: f64,
    swatch: Option<&'m Color>,
    cobrand: Option<Cobranded<'m>>,
}

impl Drawn<'_> {
    /// Artwork extent in its user units (1 × 1 for swatches).
    fn size(&self) -> (f64, f64) {
        self.artwork
            .as_deref()
            .map_or((1.0, 1.0), |a| (a.width, a.height))
    }

    /// The manual's clear space in the artwork's user units.
    fn clear_space(&self) -> f64 {
        match (&self.cobrand, self.logo, self.lockup) {
            (Some(c), _, _) => c.clear_space(),
            (None, Some(l), Some(k)) => l.clear_space_units(k),
            _ => 0.0,
        }
    }
}

/// Resolves the subject: the logo, lockup and colourway (picked for the background when not named) and the
/// artwork; for a co-branded request the lockup composed with the required logo.
fn drawn<'m>(
    manual: &'m Manual,
    request: &Request,
    preset: Option<&Preset>,
    background: Option<&Background<'_>>,
) -> Result<Drawn<'m>, PlanError> {
    let (logo, lockup, colorway, cobranded) = match &request.subject {
        Subject::Swatch { color } => {
            let c = manual
                .color(color)
                .ok_or_else(|| PlanError::UnknownColor(color.clone()))?;
            return Ok(Drawn {
                logo: None,
                lockup: None,
                colorway: None,
                colorway_picked: false,
                artwork: None,
                own_width: 1.0,
                swatch: Some(c),
                cobrand: None,
            });
        }
        Subject::Logo {
            logo,
            lockup,
            colorway,
            cobranded,
        } => (logo, lockup, colorway, *cobranded),
    };
    let l = manual
        .logo(logo)
        .ok_or_else(|| PlanError::UnknownLogo(logo.clone()))?;
    let k = find_lockup(l, lockup.as_deref(), preset)?;
    let (c, picked) = match colorway {
        Some(id) => (find_colorway(l, id)?, false),
        None => (
            pick_colorway(manual, l, background)
                .ok_or_else(|| PlanError::UnknownLogo(logo.clone()))?,
            true,
        ),
    };
    let own = k.artwork(&c.id).ok_or_else(|| PlanError::NoArtwork {
        logo: l.id.clone(),
        lockup: k.id.clone(),
        colorway: c.id.clone(),
    })?;
    let cobrand = cobranded
        .then(|| cobrand::compose(manual, l, k, c))
        .transpose()?;
    let artwork = match &cobrand {
        Some(composed) => Cow::Owned(composed.artwork.clone()),
        None => Cow::Borrowed(own),
    };
    Ok(Drawn {
        logo: Some(l),
        lockup: Some(k),
        colorway: Some(c),
        colorway_picked: picked,
        artwork: Some(artwork),
        own_width: own.width,
        swatch: None,
        cobrand,
    })
}

/// The lockup named, else the first the preset allows, else the first.
fn find_lockup<'m>(
    logo: &'m Logo,
    id: Option<&str>,
    preset: Option<&Preset>,
) -> Result<&'m Lockup, PlanError> {
    match id {
        Some(id) => logo.lockup(id).ok_or_else(|| PlanError::UnknownLockup {
            logo: logo.id.clone(),
            lockup: id.to_owned(),
            known: ids(logo.lockups.iter().map(|k| k.id.as_str())),
        }),
        None => logo
            .lockups
            .iter()
            .find(|k| preset.is_none_or(|p| p.allows_lockup(&k.id)))
            .or(logo.lockups.first())
            .ok_or_else(|| PlanError::UnknownLogo(logo.id.clone())),
    }
}

fn find_colorway<'m>(logo: &'m Logo, id: &str) -> Result<&'m Colorway, PlanError> {
    logo.colorway(id).ok_or_else(|| PlanError::UnknownColorway {
        logo: logo.id.clone(),
        colorway: id.to_owned(),
        known: ids(logo.colorways.iter().map(|c| c.id.as_str())),
    })
}

fn ids<'a>(ids: impl Iterator<Item = &'a str>) -> String {
    ids.collect::<Vec<_>>().join(", ")
}

/// Where the file is used and the colour space it asks for: the preset's; a size in mm is print, in px screen.
fn medium(preset: Option<&Preset>, target: &Target) -> (Medium, ColorSpace) {
    match (preset, target) {
        (Some(p), _) => (p.medium, p.color_space),
        (None, Target::Mm { .. }) => (Medium::Print, ColorSpace::Cmyk),
        (None, _) => (Medium::Web, ColorSpace::Srgb),
    }
}

/// The file's box before the artwork is placed in it.
struct Frame {
    units: Units,
    dpi: f64,
    trim: (f64, f64),
    bleed: f64,
    crop_marks: bool,
    /// Pages: the artwork's width (units), position and margin from the size table or the default.
    placed: Option<(f64, Position, f64)>,
    size_from_table: bool,
}

impl Frame {
    fn new(units: Units, dpi: f64, trim: (f64, f64)) -> Frame {
        Frame {
            units,
            dpi,
            trim,
            bleed: 0.0,
            crop_marks: false,
            placed: None,
            size_from_table: false,
        }
    }
}

fn positive(v: f64, what: &str) -> Result<f64, PlanError> {
    if v.is_finite() && v > 0.0 {
        Ok(v)
    } else {
        Err(PlanError::InvalidSize(format!(
            "{what} must be positive, got {v}"
        )))
    }
}

/// The box, its units and resolution. `content` is the artwork with its clear space (user units).
fn frame(
    request: &Request,
    preset: Option<&Preset>,
    drawn: &Drawn<'_>,
    content: (f64, f64),
) -> Result<Frame, PlanError> {
    let aspect = content.0 / content.1;
    match (&request.target, preset) {
        (Target::Mm { width, height, dpi }, _) => {
            let w = positive(*width, "width")?;
            let h = match height {
                Some(h) => positive(*h, "height")?,
                None => w / aspect,
            };
            Ok(Frame::new(Units::Mm, positive(*dpi, "dpi")?, (w, h)))
        }
        (Target::Px { width, height }, _) => {
            let w = positive(f64::from(*width), "width")?;
            let h = match height {
                Some(h) => positive(f64::from(*h), "height")?,
                None => auto_px_height(w, aspect),
            };
            Ok(Frame::new(Units::Px, 72.0, (w, h)))
        }
        (Target::Preset { .. }, Some(p)) => Ok(preset_frame(request, p, drawn, content)),
        (Target::Preset { id }, None) => Err(PlanError::UnknownPreset(id.clone())),
    }
}

/// A preset's box: a page (with bleed, crop marks and the logo placed per the size table), a logo file at
/// the size table's width with its clear space around it, or the preset's size.
fn preset_frame(request: &Request, p: &Preset, drawn: &Drawn<'_>, content: (f64, f64)) -> Frame {
    let (width, height) = match p.size {
        PresetSize::Mm { width, height } => (width, height),
        PresetSize::Px { width, height } => {
            let w = f64::from(width);
            let h = height.map_or_else(|| auto_px_height(w, content.0 / content.1), f64::from);
            return Frame::new(Units::Px, p.dpi, (w, h));
        }
    };
    // The size table sets the width of the logo itself; a co-branded lockup grows with its partner.
    let art_w = drawn.size().0;
    let entry = match (drawn.logo, drawn.lockup, drawn.colorway) {
        (Some(l), Some(k), Some(c)) => l.size_for(&p.id, &k.id).map(|e| {
            let own = table_width(l, k, c, e, drawn.own_width);
            let whole = own * art_w / drawn.own_width;
            // … but never below the width at which both logos of the lockup keep their minimum.
            let minimum = drawn.cobrand.as_ref().and_then(|c| c.minimum().0);
            (whole.max(minimum.unwrap_or(0.0)), e)
        }),
        _ => None,
    };
    if request.page {
        let (w, pos, margin) = match entry {
            Some((w, e)) => (w, e.position, e.margin_mm),
            None => (width.min(height) * 0.25, Position::BottomRight, 10.0),
        };
        return Frame {
            bleed: p.bleed_mm,
            crop_marks: request.crop_marks.unwrap_or(p.crop_marks),
            placed: Some((w, pos, margin)),
            size_from_table: entry.is_some(),
            ..Frame::new(Units::Mm, p.dpi, (width, height))
        };
    }
    match entry {
        Some((w, _)) => {
            let scale = w / art_w;
            Frame {
                size_from_table: true,
                ..Frame::new(Units::Mm, p.dpi, (content.0 * scale, content.1 * scale))
            }
        }
        None => Frame::new(Units::Mm, p.dpi, (width, height)),
    }
}

/// Whether the box's height follows the artwork (rounded to whole pixels: not a box of another shape).
fn auto_height(request: &Request, preset: Option<&Preset>) -> bool {
    match (&request.target, preset.map(|p| p.size)) {
        (Target::Mm { height, .. }, _) => height.is_none(),
        (Target::Px { height, .. }, _) => height.is_none(),
        (Target::Preset { .. }, Some(PresetSize::Px { height, .. })) => height.is_none(),
        (Target::Preset { .. }, _) => false,
    }
}

/// Places a page's artwork of width `logo_w` (units) at a position with a margin from the trim edge to the
/// box that includes the clear space.
fn place_on_page(
    trim: (f64, f64),
    (logo_w, position, margin): (f64, Position, f64),
    art: (f64, f64),
    cs_units: f64,
) -> Rect {
    let scale = logo_w / art.0;
    let box_w = (art.0 + 2.0 * cs_units) * scale;
    let box_h = (art.1 + 2.0 * cs_units) * scale;
    let cs = cs_units * scale;
    let (x, y) = place_box(trim, (box_w, box_h), position, margin);
    Rect {
        x: x + cs,
        y: y + cs,
        w: art.0 * scale,
        h: art.1 * scale,
    }
}

/// Fits the artwork with its clear space into the box, centred; returns its rectangle and whether the box
/// has another shape than the content.
fn fit_in_box(trim: (f64, f64), art: (f64, f64), cs_units: f64) -> (Rect, bool) {
    let content = (art.0 + 2.0 * cs_units, art.1 + 2.0 * cs_units);
    let scale = (trim.0 / content.0).min(trim.1 / content.1);
    let rect = Rect {
        x: (trim.0 - content.0 * scale) / 2.0 + cs_units * scale,
        y: (trim.1 - content.1 * scale) / 2.0 + cs_units * scale,
        w: art.0 * scale,
        h: art.1 * scale,
    };
    let fitted = ((trim.0 / trim.1) / (content.0 / content.1) - 1.0).abs() > 0.005;
    (rect, fitted)
}

/// The raster size of the whole file; refused above 40,000 px per side.
fn pixels(units: Units, media: (f64, f64), dpi: f64) -> Result<(u32, u32), PlanError> {
    let pixels = match units {
        Units::Mm => (mm_to_px(media.0, dpi), mm_to_px(media.1, dpi)),
        Units::Px => (
            media.0.round().max(1.0) as u32,
            media.1.round().max(1.0) as u32,
        ),
    };
    if pixels.0 > 40_000 || pixels.1 > 40_000 {
        return Err(PlanError::InvalidSize(format!(
            "{}×{} px is larger than 40000 px per side; lower the dpi",
            pixels.0, pixels.1
        )));
    }
    Ok(pixels)
}

/// Resolves a request against the manual.
pub fn plan<'m>(manual: &'m Manual, request: &Request) -> Result<Plan<'m>, PlanError> {
    let preset = match &request.target {
        Target::Preset { id } => Some(
            manual
                .preset(id)
                .ok_or_else(|| PlanError::UnknownPreset(id.clone()))?,
        ),
        _ => None,
    };
    let background = request
        .background
        .as_deref()
        .map(|spec| background(manual, spec))
        .transpose()?;
    let drawn = drawn(manual, request, preset, background.as_ref())?;
    let art = drawn.size();
    let cs_units = if request.clear_space {
        drawn.clear_space()
    } else {
        0.0
    };
    let content = (art.0 + 2.0 * cs_units, art.1 + 2.0 * cs_units);
    let (medium, color_space) = medium(preset, &request.target);
    let frame = frame(request, preset, &drawn, content)?;
    let (logo_rect, fitted) = match frame.placed {
        Some(placed) => (place_on_page(frame.trim, placed, art, cs_units), false),
        None => {
            let (rect, fitted) = fit_in_box(frame.trim, art, cs_units);
            let shaped = drawn.swatch.is_none() && !auto_height(request, preset);
            (rect, fitted && shaped)
        }
    };
    let clear_space = drawn.clear_space() * logo_rect.w / art.0;
    let media = (
        frame.trim.0 + 2.0 * frame.bleed,
        frame.trim.1 + 2.0 * frame.bleed,
    );
    let pixels = pixels(frame.units, media, frame.dpi)?;
    Ok(Plan {
        logo: drawn.logo,
        lockup: drawn.lockup,
        colorway: drawn.colorway,
        colorway_picked: drawn.colorway_picked,
        artwork: drawn.artwork,
        cobrand: drawn.cobrand,
        swatch: drawn.swatch,
        preset,
        medium,
        color_space,
        format: request.format,
        units: frame.units,
        dpi: frame.dpi,
        trim: frame.trim,
        bleed: frame.bleed,
        crop_marks: frame.crop_marks,
        logo_rect,
        clear_space,
        clear_space_included: request.clear_space,
        fitted,
        size_from_table: frame.size_from_table,
        background,
        page: request.page,
        pixels,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::manual::load_embedded;
    use crate::request::Request;

    #[test]
    fn size_table_logo_export_has_clear_space_built_in() {
        let loaded = load_embedded();
        let m = &loaded.manual;
        let req = Request::logo("kommune", Request::preset("poster-a3"), Format::Png);
        let p = plan(m, &req).unwrap();
        let entry = m
            .logo("kommune")
            .unwrap()
            .size_for("poster-a3", "horizontal")
            .unwrap();
        assert!(p.size_from_table);
        assert!((p.logo_rect.w - entry.width_mm).abs() < 1e-9);
        // clear space on every side = 0.5 × mark height (120 units)
        let scale = entry.width_mm / p.artwork.unwrap().width;
        assert!((p.clear_space - 60.0 * scale).abs() < 1e-9);
        assert!((p.trim.0 - (entry.width_mm + 2.0 * p.clear_space)).abs() < 1e-9);
        assert_eq!(p.units, Units::Mm);
        assert_eq!(p.colorway.unwrap().id, "positive");
    }

    #[test]
    fn page_export_is_the_whole_format_with_bleed() {
        let loaded = load_embedded();
        let m = &loaded.manual;
        let mut req = Request::logo("kommune", Request::preset("poster-a4"), Format::Pdf)
            .with_background("groen");
        req.page = true;
        let p = plan(m, &req).unwrap();
        assert_eq!(p.trim, (210.0, 297.0));
        assert_eq!(p.bleed, 3.0);
        assert!(p.crop_marks);
        assert_eq!(p.pixels, (mm_to_px(216.0, 300.0), mm_to_px(303.0, 300.0)));
        // a green background picks the negative colourway
        assert_eq!(p.colorway.unwrap().id, "negative");
        assert!(p.colorway_picked);
        // bottom-right with the table's margin
        let e = m
            .logo("kommune")
            .unwrap()
            .size_for("poster-a4", "horizontal")
            .unwrap();
        let right = p.logo_rect.x + p.logo_rect.w + p.clear_space;
        assert!((210.0 - e.margin_mm - right).abs() < 1e-9);
    }

    #[test]
    fn screen_box_is_fitted_and_centred() {
        let loaded = load_embedded();
        let m = &loaded.manual;
        let p = plan(
            m,
            &Request::logo("kommune", Request::preset("og-image"), Format::Png),
        )
        .unwrap();
        assert_eq!(p.pixels, (1200, 630));
        assert!(p.fitted);
        let centre_x = p.logo_rect.x + p.logo_rect.w / 2.0;
        assert!((centre_x - 600.0).abs() < 1e-6);
        let p = plan(
            m,
            &Request::logo(
                "kommune",
                Target::Px {
                    width: 400,
                    height: None,
                },
                Format::Png,
            ),
        )
        .unwrap();
        assert!(!p.fitted);
        assert_eq!(p.pixels.0, 400);
    }

    #[test]
    fn a_height_that_follows_the_artwork_is_not_fitted() {
        let loaded = load_embedded();
        let m = &loaded.manual;
        // 100 px wide: the height rounds 35.25 → 35 px, a 0.7 % different shape that is not a fitted box
        for width in [100, 101, 37, 1000] {
            let target = Target::Px {
                width,
                height: None,
            };
            let p = plan(m, &Request::logo("kommune", target, Format::Png)).unwrap();
            assert!(!p.fitted, "{width} px");
        }
        let sig = plan(
            m,
            &Request::logo("kommune", Request::preset("email-signature"), Format::Png),
        )
        .unwrap();
        assert!(!sig.fitted);
        // the width sets the logo's size: 186 px wide, the logo is 186 × 816.23 / 936.23 px
        let target = Target::Px {
            width: 186,
            height: None,
        };
        let p = plan(m, &Request::logo("solbakken", target, Format::Png)).unwrap();
        assert!((p.logo_width_px() - 186.0 * 816.23 / 936.23).abs() < 1e-9);
        assert_eq!(p.pixels, (186, 48));
        let target = Target::Px {
            width: 100,
            height: Some(100),
        };
        let p = plan(m, &Request::logo("kommune", target, Format::Png)).unwrap();
        assert!(p.fitted);
    }

    #[test]
    fn unknown_names_are_errors() {
        let loaded = load_embedded();
        let m = &loaded.manual;
        let bad = Request::logo("nope", Request::preset("og-image"), Format::Png);
        assert_eq!(
            plan(m, &bad).unwrap_err(),
            PlanError::UnknownLogo("nope".into())
        );
        let bad = Request::logo("kommune", Request::preset("og-image"), Format::Png)
            .with_colorway("pink");
        assert!(matches!(
            plan(m, &bad),
            Err(PlanError::UnknownColorway { .. })
        ));
        let bad = Request::logo("kommune", Request::preset("og-image"), Format::Png)
            .with_background("groen@33");
        assert!(matches!(plan(m, &bad), Err(PlanError::UnknownColor(_))));
    }
}
