//! PDF: always vector for artwork. Print files (CMYK plans) use the manual's authored CMYK, a Separation named by
//! the Pantone code for spot colourways, page boxes, crop marks in registration colour, and PDF/X
//! identification (PDF/X-1a:2003, or PDF/X-4 when the artwork has transparency) with a FOGRA39 output intent.
//! Screen files (sRGB plans) use DeviceRGB and claim no PDF/X conformance.
//!
//! [`Document`] and [`Page`] are the engine every caller shares (logo files, filled templates, colour sheets,
//! the manual as a document): several pages, each a usvg tree with its paper geometry, in one file; text as
//! real text in embedded font subsets; photos as images (separated to CMYK for print). See docs/export.md.

mod document;
mod draw;
mod font;
mod ink;
mod pdfx;
mod photo;
mod sheet;

use std::io::Write;

use crate::manual::{ColorSpace, ColorwayKind, Manual};
use crate::plan::Units;
use crate::render;
use crate::stamp::Stamp;

use super::moment::Moment;
use super::{ExportError, Plan};
pub use document::{Document, Page};
pub use photo::{PRINT_PPI, SCREEN_PPI, separate_jpeg};
use sheet::PT_PER_MM;

/// Whether a plan makes a print PDF (CMYK, PDF/X) rather than a screen PDF (sRGB).
pub fn is_print(plan: &Plan<'_>) -> bool {
    plan.color_space == ColorSpace::Cmyk
}

/// The output condition of a print plan: the preset's, or FOGRA39.
pub fn output_condition<'p>(plan: &'p Plan<'_>) -> &'p str {
    plan.preset
        .map(|p| p.output_intent.trim())
        .filter(|c| !c.is_empty())
        .unwrap_or(pdfx::FOGRA39)
}

/// Writes the plan as a one-page PDF, stamped in its information dictionary and XMP.
pub(crate) fn write(
    manual: &Manual,
    plan: &Plan<'_>,
    stamp: &Stamp,
    out: &mut dyn Write,
) -> Result<(), ExportError> {
    let bytes = document(manual, plan, stamp, Moment::now())?;
    out.write_all(&bytes)
        .map_err(|e| ExportError::encode("PDF", e))
}

/// A logo plan as a one-page document.
fn document(
    manual: &Manual,
    plan: &Plan<'_>,
    stamp: &Stamp,
    moment: Moment,
) -> Result<Vec<u8>, ExportError> {
    let print = is_print(plan);
    let scene = render::scene(manual, plan)?;
    // Points per plan unit: a px target's dpi says how large a pixel is on paper (72: one pixel = one point).
    let scale = match plan.units {
        Units::Mm => PT_PER_MM,
        Units::Px => 72.0 / plan.dpi,
    };
    let (w, h) = plan.media();
    let bleed = plan.bleed;
    let mut page = Page::pt(
        &scene.tree,
        (w - 2.0 * bleed) * scale,
        (h - 2.0 * bleed) * scale,
    )
    .bleed_pt(bleed * scale)
    .crop_marks(plan.crop_marks)
    .source(
        plan.artwork
            .as_deref()
            .map_or_else(|| "(swatch)".to_owned(), |a| a.path.clone()),
    );
    if let Some(bg) = plan.background {
        page = page.background(bg.rgb, bg.cmyk);
    }
    if let Some(c) = plan.colorway
        && print
        && c.kind == ColorwayKind::Spot
    {
        let id = c.spot.as_deref().unwrap_or(&c.main_color);
        if ink::Spot::of(manual, id).is_none() {
            return Err(ExportError::NoSpotName {
                colorway: c.id.clone(),
                color: id.to_owned(),
            });
        }
        page = page.spot(id);
    }
    let mut doc = if print {
        Document::print_for(manual, output_condition(plan))
    } else {
        Document::screen(manual)
    }
    .title(title(manual, plan))
    .stamp(stamp.clone())
    .moment(moment);
    doc.add_page(&page)?;
    doc.finish()
}

/// The document title: the logo, lockup and colourway by their Danish names, and the preset.
pub(crate) fn title(manual: &Manual, plan: &Plan<'_>) -> String {
    let mut parts: Vec<&str> = Vec::new();
    if let Some(l) = plan.logo {
        parts.push(&l.name.da);
    }
    if let Some(k) = plan.lockup_name() {
        parts.push(&k.da);
    }
    if let Some(c) = plan.colorway {
        parts.push(&c.name.da);
    }
    if let Some(c) = plan.swatch {
        parts.push(&c.name.da);
    }
    if let Some(p) = plan.preset {
        parts.push(&p.name.da);
    }
    if parts.is_empty() {
        manual.programme.name.da.clone()
    } else {
        parts.join(" · ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::{Request, Target, plan};
    use crate::manual::{Format, load_embedded};

    fn content_of(pdf: &[u8]) -> String {
        let doc = lopdf::Document::load_mem(pdf).unwrap();
        let page = *doc.get_pages().values().next().unwrap();
        String::from_utf8(doc.get_page_content(page).unwrap()).unwrap()
    }

    #[test]
    fn print_page_is_cmyk_with_marks_and_pdfx() {
        let loaded = load_embedded();
        let m = &loaded.manual;
        let mut req = Request::logo("kommune", Request::preset("poster-a4"), Format::Pdf)
            .with_background("groen");
        req.page = true;
        let p = plan(m, &req).unwrap();
        let bytes = document(
            m,
            &p,
            &Stamp::new(m, &req),
            Moment::from_unix(1_790_000_000),
        )
        .unwrap();
        assert!(bytes.starts_with(b"%PDF-1.4"));
        let text = String::from_utf8_lossy(&bytes);
        assert!(text.contains("/GTS_PDFXVersion (PDF/X-1a:2003)"));
        assert!(text.contains("/Trapped /False"));
        assert!(text.contains("/S /GTS_PDFX"));
        let content = content_of(&bytes);
        assert!(content.contains("0.9 0.2 0.85 0.1 k"), "{content}");
        assert!(!content.contains(" rg") && !content.contains(" RG"));
        assert!(content.contains("/Reg CS"));
    }

    #[test]
    fn spot_colourway_separates_the_pantone() {
        let loaded = load_embedded();
        let m = &loaded.manual;
        let req = Request::logo("kommune", Request::preset("poster-a4"), Format::Pdf)
            .with_colorway("spot");
        let p = plan(m, &req).unwrap();
        let bytes = document(m, &p, &Stamp::new(m, &req), Moment::from_unix(0)).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        assert!(text.contains("/Separation /PANTONE#20348#20C"), "{text}");
        assert!(content_of(&bytes).contains("/Spot cs"));
    }

    #[test]
    fn screen_pdf_is_srgb_without_pdfx() {
        let loaded = load_embedded();
        let m = &loaded.manual;
        let req = Request::logo(
            "kommune",
            Target::Px {
                width: 600,
                height: None,
            },
            Format::Pdf,
        );
        let p = plan(m, &req).unwrap();
        let bytes = document(m, &p, &Stamp::new(m, &req), Moment::from_unix(0)).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.contains("GTS_PDFX"));
        assert!(content_of(&bytes).contains(" rg"));
    }
}
