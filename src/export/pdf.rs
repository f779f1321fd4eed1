//! PDF: always vector. Print files (CMYK plans) use the manual's authored CMYK, a Separation named by the
//! Pantone code for spot colourways, page boxes, crop marks in registration colour, and PDF/X
//! identification (PDF/X-1a:2003, or PDF/X-4 when the artwork has transparency) with a FOGRA39 output intent.
//! Screen files (sRGB plans) use DeviceRGB and claim no PDF/X conformance.

mod draw;
mod ink;
mod page;
mod pdfx;

use std::io::Write;

use pdf_writer::{Content, Filter, Finish, Name, Pdf, Ref};
use sha2::{Digest, Sha256};

use crate::manual::{ColorSpace, Manual};
use crate::render;
use crate::stamp::Stamp;

use super::moment::Moment;
use super::{ExportError, Plan};
use draw::{Drawing, SPOT};
use ink::Inks;
use page::MARK_WIDTH_PT;
use page::Page;
use pdfx::{Identity, Standard};

/// Resource name of the registration colour (Separation `/All`) for crop marks.
const REGISTRATION: Name<'static> = Name(b"Reg");

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

fn document(
    manual: &Manual,
    plan: &Plan<'_>,
    stamp: &Stamp,
    moment: Moment,
) -> Result<Vec<u8>, ExportError> {
    let print = is_print(plan);
    let scene = render::scene(manual, plan)?;
    let inks = Inks::new(manual, plan, print)?;
    let page = Page::new(plan);

    // The page content: background and artwork in scene units, then the crop marks in page points.
    let mut content = Content::new();
    content.save_state();
    content.transform(page.scene_to_page);
    let mut drawing = Drawing::new(&mut content, &inks);
    if let Some(bg) = plan.background {
        let (w, h) = plan.media();
        drawing.fill_rect(
            inks.background(bg.rgb, bg.cmyk),
            0.0,
            0.0,
            w as f32,
            h as f32,
        );
    }
    drawing.group(scene.tree.root())?;
    let alphas = std::mem::take(&mut drawing.alphas);
    let uses_spot = drawing.uses_spot;
    content.restore_state();
    if !page.marks.is_empty() {
        content.save_state();
        content.set_line_width(MARK_WIDTH_PT);
        content.set_stroke_color_space(REGISTRATION);
        content.set_stroke_color([1.0]);
        for [x0, y0, x1, y1] in &page.marks {
            content.move_to(*x0, *y0).line_to(*x1, *y1).stroke();
        }
        content.restore_state();
    }
    let content = content.finish();

    let standard = match (print, alphas.is_empty()) {
        (true, true) => Standard::X1a,
        (true, false) => Standard::X4,
        (false, _) => Standard::Screen,
    };
    let title = title(manual, plan);
    let mut hash = Sha256::new();
    hash.update(title.as_bytes());
    hash.update(format!("{moment:?}").as_bytes());
    hash.update(content.as_slice());
    let digest = hash.finalize();
    let mut id = [0u8; 16];
    id.copy_from_slice(&digest[..16]);

    let mut pdf = Pdf::new();
    let (major, minor) = standard.pdf_version();
    pdf.set_version(major, minor);
    let mut next = Ref::new(1);
    let catalog_id = next.bump();
    let pages_id = next.bump();
    let page_id = next.bump();
    let content_id = next.bump();

    let identity = Identity {
        title: &title,
        author: &manual.programme.organisation,
        moment,
        id,
        standard,
        stamp,
    };
    let xmp = pdfx::write_identity(&mut pdf, &mut next, &identity);
    let condition = output_condition(plan);
    let profile = if print {
        pdfx::output_intent_profile(&mut pdf, &mut next, condition, standard)?
    } else {
        None
    };

    let mut catalog = pdf.catalog(catalog_id);
    catalog.pages(pages_id);
    catalog.metadata(xmp);
    if print {
        let mut intents = catalog.output_intents();
        pdfx::output_intent(&mut intents.push(), condition, profile);
    }
    catalog.finish();
    pdf.pages(pages_id).kids([page_id]).count(1);

    let mut pdf_page = pdf.page(page_id);
    pdf_page
        .parent(pages_id)
        .media_box(page.media)
        .contents(content_id);
    if print {
        pdf_page.bleed_box(page.bleed).trim_box(page.trim);
    }
    let mut resources = pdf_page.resources();
    let mut spaces = resources.color_spaces();
    if !page.marks.is_empty() {
        let all = spaces
            .insert(REGISTRATION)
            .start::<pdf_writer::writers::ColorSpace>();
        let mut sep = all.separation(Name(b"All"));
        sep.alternate_color_space().device_cmyk();
        separation_tint(&mut sep, [1.0; 4]);
    }
    if uses_spot && let Some(spot) = inks.spot() {
        let cs = spaces
            .insert(SPOT)
            .start::<pdf_writer::writers::ColorSpace>();
        let mut sep = cs.separation(Name(spot.name.as_bytes()));
        sep.alternate_color_space().device_cmyk();
        separation_tint(&mut sep, spot.cmyk.unit());
    }
    spaces.finish();
    if !alphas.is_empty() {
        let mut states = resources.ext_g_states();
        for (i, (fill, stroke)) in alphas.iter().enumerate() {
            states
                .insert(Name(format!("GS{i}").as_bytes()))
                .start::<pdf_writer::writers::ExtGraphicsState>()
                .non_stroking_alpha(*fill)
                .stroking_alpha(*stroke);
        }
    }
    resources.finish();
    pdf_page.finish();

    let deflated = miniz_oxide::deflate::compress_to_vec_zlib(&content, 6);
    pdf.stream(content_id, &deflated)
        .filter(Filter::FlateDecode);
    Ok(pdf.finish())
}

/// Tint transform of a Separation: 0 → no ink, 1 → the given CMYK.
fn separation_tint(sep: &mut pdf_writer::writers::Separation<'_>, cmyk: [f32; 4]) {
    sep.tint_exponential()
        .domain([0.0, 1.0])
        .c0([0.0; 4])
        .c1(cmyk)
        .n(1.0);
}

/// The document title: the logo, lockup and colourway by their Danish names, and the preset.
pub(crate) fn title(manual: &Manual, plan: &Plan<'_>) -> String {
    let mut parts: Vec<&str> = Vec::new();
    if let Some(l) = plan.logo {
        parts.push(&l.name.da);
    }
    if let Some(k) = plan.lockup {
        parts.push(&k.name.da);
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
    use ink::Ink;

    /// The background ink of a plan.
    fn background_ink(manual: &Manual, plan: &Plan<'_>) -> Option<Ink> {
        let inks = Inks::new(manual, plan, is_print(plan)).ok()?;
        plan.background.map(|b| inks.background(b.rgb, b.cmyk))
    }

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
        assert_eq!(
            background_ink(m, &p),
            Some(Ink::Cmyk([0.9, 0.2, 0.85, 0.1]))
        );
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
