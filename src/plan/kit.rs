//! The geometry of the kit's Office templates: the page (an A4 letter from the manual's letterhead template, a
//! slide from a presentation preset), and the sender's logo placed on it by the size table with its clear
//! space. Compliance judges this plan; the Word and PowerPoint writers draw it.

use crate::manual::{
    Artwork, Colorway, Lockup, Logo, Manual, Medium, Preset, PresetKind, PresetSize, Sender,
    SizeEntry, Template,
};
use crate::request::kit::{KitFormat, KitRequest};

use super::{Rect, background, pick_colorway, place_box};

/// Millimetres per inch.
const MM_PER_INCH: f64 = 25.4;
/// PowerPoint's slide height for 16:9 and 4:3 (7.5 in), in mm.
const SLIDE_HEIGHT_MM: f64 = 7.5 * MM_PER_INCH;

/// Why a kit request cannot be planned.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KitPlanError {
    /// The manual has no sender of this id.
    #[error("the manual has no sender \"{0}\"")]
    UnknownSender(String),
    /// The manual has no senders at all.
    #[error("the manual has no senders")]
    NoSenders,
    /// The preset does not exist.
    #[error("the manual has no preset \"{0}\"")]
    UnknownPreset(String),
    /// The preset is not a presentation (an office preset in pixels, 16:9 or 4:3).
    #[error("preset \"{0}\" is not a presentation format (an office preset of 16:9 or 4:3 pixels)")]
    NotPresentation(String),
    /// The manual has no presentation preset.
    #[error("the manual has no presentation preset (an office preset of 16:9 or 4:3 pixels)")]
    NoPresentation,
    /// The manual has no letterhead template (or its preset is missing or not in mm).
    #[error("the manual has no letterhead template with an A-format preset in mm")]
    NoLetterhead,
}

/// A resolved kit request.
#[derive(Debug, Clone)]
pub struct KitPlan<'m> {
    /// What is made.
    pub format: KitFormat,
    /// The sender (per-sender formats only).
    pub sender: Option<&'m Sender>,
    /// The page of a Word or PowerPoint template.
    pub page: Option<Page<'m>>,
}

/// The page of an Office template.
#[derive(Debug, Clone)]
pub struct Page<'m> {
    /// Page (or slide) size in mm.
    pub size_mm: (f64, f64),
    /// The preset that gives the size (letterhead or presentation).
    pub preset: &'m Preset,
    /// The preset whose size-table entry places the logo.
    pub logo_preset: &'m str,
    /// The letterhead template (Word).
    pub template: Option<&'m Template>,
    /// Pixels per mm of the preset's raster size (presentations), for screen minimums and the logo PNG.
    pub px_per_mm: Option<f64>,
    /// The sender's logo, or `None` when the sender has no logo.
    pub logo: Option<PlacedLogo<'m>>,
}

/// The sender's logo on the page.
#[derive(Debug, Clone)]
pub struct PlacedLogo<'m> {
    /// The logo.
    pub logo: &'m Logo,
    /// The lockup (the size table's, else the first).
    pub lockup: &'m Lockup,
    /// The colourway for the page's background.
    pub colorway: &'m Colorway,
    /// The artwork.
    pub artwork: &'m Artwork,
    /// The size-table entry, or `None` when the table has none for the preset (the logo cannot be placed).
    pub entry: Option<&'m SizeEntry>,
    /// The artwork (without clear space) on the page, in mm from the top-left corner.
    pub rect: Rect,
    /// Clear space on every side, in mm.
    pub clear_space_mm: f64,
}

impl PlacedLogo<'_> {
    /// The box with its clear space.
    pub fn box_rect(&self) -> Rect {
        Rect {
            x: self.rect.x - self.clear_space_mm,
            y: self.rect.y - self.clear_space_mm,
            w: self.rect.w + 2.0 * self.clear_space_mm,
            h: self.rect.h + 2.0 * self.clear_space_mm,
        }
    }
}

/// The sender a per-sender request is for: the named one, else the top sender (no parent).
pub fn sender<'m>(manual: &'m Manual, request: &KitRequest) -> Result<&'m Sender, KitPlanError> {
    match &request.sender {
        Some(id) => manual
            .sender(id)
            .ok_or_else(|| KitPlanError::UnknownSender(id.clone())),
        None => manual
            .senders
            .iter()
            .find(|s| s.parent.is_none())
            .or(manual.senders.first())
            .ok_or(KitPlanError::NoSenders),
    }
}

/// The slide size in mm of a presentation preset (PowerPoint's 13.333 × 7.5 in or 10 × 7.5 in), or `None` when
/// the preset is not a presentation.
pub fn slide_mm(preset: &Preset) -> Option<(f64, f64)> {
    let PresetSize::Px {
        width,
        height: Some(height),
    } = preset.size
    else {
        return None;
    };
    if preset.medium != Medium::Office || preset.kind != PresetKind::Format || height == 0 {
        return None;
    }
    let aspect = f64::from(width) / f64::from(height);
    [16.0 / 9.0, 4.0 / 3.0]
        .into_iter()
        .find(|a| (aspect / a - 1.0).abs() < 0.01)
        .map(|a| (SLIDE_HEIGHT_MM * a, SLIDE_HEIGHT_MM))
}

/// The manual's presentation presets, in manual order.
pub fn presentation_presets(manual: &Manual) -> impl Iterator<Item = &Preset> {
    manual.presets.iter().filter(|p| slide_mm(p).is_some())
}

/// The letterhead template Word letters follow: the first template of kind `letterhead`.
pub fn letterhead(manual: &Manual) -> Option<&Template> {
    manual
        .templates
        .iter()
        .find(|t| t.kind == crate::manual::template::TemplateKind::Letterhead)
}

/// Resolves a kit request.
pub fn plan<'m>(manual: &'m Manual, request: &KitRequest) -> Result<KitPlan<'m>, KitPlanError> {
    if !request.format.per_sender() {
        return Ok(KitPlan {
            format: request.format,
            sender: None,
            page: None,
        });
    }
    let sender = sender(manual, request)?;
    let page = match request.format {
        KitFormat::Word => word_page(manual, sender)?,
        _ => slide_page(manual, sender, request.preset.as_deref())?,
    };
    Ok(KitPlan {
        format: request.format,
        sender: Some(sender),
        page: Some(page),
    })
}

fn word_page<'m>(manual: &'m Manual, sender: &Sender) -> Result<Page<'m>, KitPlanError> {
    let template = letterhead(manual).ok_or(KitPlanError::NoLetterhead)?;
    let preset = manual
        .preset(&template.design)
        .ok_or(KitPlanError::NoLetterhead)?;
    let PresetSize::Mm { width, height } = preset.size else {
        return Err(KitPlanError::NoLetterhead);
    };
    let logo_preset = preset.id.as_str();
    let size_mm = (width, height);
    Ok(Page {
        size_mm,
        preset,
        logo_preset,
        template: Some(template),
        px_per_mm: None,
        logo: place_logo(manual, sender, logo_preset, size_mm),
    })
}

fn slide_page<'m>(
    manual: &'m Manual,
    sender: &Sender,
    preset: Option<&str>,
) -> Result<Page<'m>, KitPlanError> {
    let preset = match preset {
        Some(id) => {
            let p = manual
                .preset(id)
                .ok_or_else(|| KitPlanError::UnknownPreset(id.to_owned()))?;
            slide_mm(p)
                .map(|_| p)
                .ok_or_else(|| KitPlanError::NotPresentation(id.to_owned()))?
        }
        None => presentation_presets(manual)
            .next()
            .ok_or(KitPlanError::NoPresentation)?,
    };
    let size_mm = slide_mm(preset).ok_or(KitPlanError::NoPresentation)?;
    let px_per_mm = preset.pixel_size().map(|(w, _)| f64::from(w) / size_mm.0);
    Ok(Page {
        size_mm,
        preset,
        logo_preset: &preset.id,
        template: None,
        px_per_mm,
        logo: place_logo(manual, sender, &preset.id, size_mm),
    })
}

/// The sender's own logo (else the nearest parent's) on a page with the theme's background (lt1), placed by the
/// size table of `logo_preset`. Without a size-table entry the logo keeps its lockup but no rectangle
/// (`entry: None`): compliance refuses the file.
fn place_logo<'m>(
    manual: &'m Manual,
    sender: &Sender,
    logo_preset: &str,
    page: (f64, f64),
) -> Option<PlacedLogo<'m>> {
    let logo = manual.logos_for_sender(&sender.id).into_iter().next()?;
    let entry = logo.sizes.iter().find(|s| s.preset == logo_preset);
    let lockup = entry
        .and_then(|e| logo.lockup(&e.lockup))
        .or(logo.lockups.first())?;
    let page_color = manual.office_slots().map(|s| s[1].id.clone());
    let bg = page_color.and_then(|id| background(manual, &id).ok());
    let colorway = pick_colorway(manual, logo, bg.as_ref())?;
    let artwork = lockup.artwork(&colorway.id)?;
    let (rect, clear_space_mm) = match entry {
        Some(e) => {
            let scale = e.width_mm / artwork.width;
            let cs = logo.clear_space_units(lockup) * scale;
            let size = (e.width_mm + 2.0 * cs, artwork.height * scale + 2.0 * cs);
            let (x, y) = place_box(page, size, e.position, e.margin_mm);
            let rect = Rect {
                x: x + cs,
                y: y + cs,
                w: e.width_mm,
                h: artwork.height * scale,
            };
            (rect, cs)
        }
        None => (
            Rect {
                x: 0.0,
                y: 0.0,
                w: 0.0,
                h: 0.0,
            },
            0.0,
        ),
    };
    Some(PlacedLogo {
        logo,
        lockup,
        colorway,
        artwork,
        entry,
        rect,
        clear_space_mm,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::manual::load_embedded;

    #[test]
    fn letter_logo_sits_top_right_at_the_size_table_width() {
        let loaded = load_embedded();
        let m = &loaded.manual;
        let p = plan(
            m,
            &KitRequest::new(KitFormat::Word).with_sender("bibliotek"),
        )
        .unwrap();
        let page = p.page.unwrap();
        assert_eq!(page.size_mm, (210.0, 297.0));
        let logo = page.logo.unwrap();
        assert_eq!(logo.logo.id, "bibliotek");
        assert_eq!(logo.colorway.id, "positive");
        // logos/bibliotek/logo.toml: letterhead-a4, 46 mm, top-right, 12 mm from the trim (clear space included)
        assert!((logo.rect.w - 46.0).abs() < 1e-9);
        let b = logo.box_rect();
        assert!((210.0 - (b.x + b.w) - 12.0).abs() < 1e-9);
        assert!((b.y - 12.0).abs() < 1e-9);
    }

    #[test]
    fn slides_are_sized_like_powerpoint() {
        let loaded = load_embedded();
        let m = &loaded.manual;
        let p = plan(m, &KitRequest::new(KitFormat::PowerPoint)).unwrap();
        assert_eq!(p.sender.unwrap().id, "kommune");
        let page = p.page.unwrap();
        assert_eq!(page.preset.id, "powerpoint-16x9");
        // 13.333 × 7.5 in = 12 192 000 × 6 858 000 EMU (36 000 EMU per mm)
        assert!((page.size_mm.0 * 36_000.0 - 12_192_000.0).abs() < 0.5);
        assert!((page.size_mm.1 * 36_000.0 - 6_858_000.0).abs() < 0.5);
        let bad = KitRequest {
            preset: Some("poster-a4".into()),
            ..KitRequest::new(KitFormat::PowerPoint)
        };
        assert_eq!(
            plan(m, &bad).unwrap_err(),
            KitPlanError::NotPresentation("poster-a4".into())
        );
    }
}
