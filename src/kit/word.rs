//! The Word letter template (`.dotx`) of a sender: A4 from the manual's letterhead template (DIN 5008 form
//! B in the demonstration manual), the logo in the first page's header at the size table's size and position,
//! the return address, the recipient zone, the information block with the sender's data, date and case
//! number, the body from the template's body field, page numbers from page 2, the theme and the styles in
//! the office fonts and colours. The sender's data lives once in a customXml part and is bound into every
//! field that shows it.

mod document;
mod sender_data;
mod styles;

use crate::export::ExportError;
use crate::export::moment::Moment;
use crate::i18n::Lang;
use crate::manual::Manual;
use crate::plan::kit::{KitPlan, PlacedLogo};
use crate::stamp::Stamp;

use super::logo_image;
use super::opc::{CT_THEME, Package, REL_IMAGE, REL_OFFICE_DOCUMENT, REL_THEME, Rels};
use super::props;
use super::theme::{self, NS_A};
use super::xml::{DECLARATION, esc};
use document::Fields;
use sender_data::SenderData;

pub(crate) const NS_W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
pub(crate) const NS_R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const CT: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
/// The content type that makes a package a Word template.
pub(crate) const CT_TEMPLATE: &str =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml";

/// Print resolution of the logo PNG in the header.
const LOGO_DPI: f64 = 300.0;

/// A length in mm as twentieths of a point.
pub(crate) fn twips(mm: f64) -> i64 {
    (mm * 1440.0 / 25.4).round() as i64
}

/// A length in mm as EMU.
fn emu(mm: f64) -> i64 {
    (mm * 36_000.0).round() as i64
}

/// The `.dotx` package.
pub(crate) fn dotx(
    manual: &Manual,
    plan: &KitPlan<'_>,
    stamp: &Stamp,
    lang: Lang,
    moment: Moment,
) -> Result<Vec<u8>, ExportError> {
    let (Some(sender), Some(page)) = (plan.sender, &plan.page) else {
        return Err(ExportError::Request(
            "a Word template needs a sender".into(),
        ));
    };
    let template = page
        .template
        .ok_or_else(|| ExportError::Request("the manual has no letterhead template".into()))?;
    let placed = page
        .logo
        .as_ref()
        .filter(|l| l.entry.is_some())
        .ok_or_else(|| ExportError::Request("the sender's logo cannot be placed".into()))?;
    let fields = Fields {
        return_address: document::fields_rect(template, &["returadresse"]),
        recipient: document::fields_rect(template, &["modtager"]),
        info: document::fields_rect(
            template,
            &["afsender", "adresse", "telefon", "e-mail", "web"],
        ),
    };
    let (page_w, page_h) = page.size_mm;
    // Margins from the template's letter text field; later pages start as far from the top as the body is
    // from the left edge.
    let (left, right, body_top, bottom) = match document::fields_rect(template, &["brevtekst"]) {
        Some(b) => (b.x, page_w - b.x - b.w, b.y, page_h - b.y - b.h),
        None => (25.0, 20.0, 100.0, 25.0),
    };
    let top = left.min(body_top);
    let data = SenderData::new(manual, sender, lang);

    let mut package = Package::new();
    package.default_type("png", "image/png");
    package.default_type("svg", "image/svg+xml");
    let mut root = Rels::default();
    root.add(REL_OFFICE_DOCUMENT, "word/document.xml");
    let title = format!("{} – {}", sender.name.get(lang), template.name.get(lang));
    props::add(&mut package, &mut root, stamp, &title, moment);
    package.rels("_rels/.rels", &root);

    let mut rels = Rels::default();
    rels.add(&format!("{REL}styles"), "styles.xml");
    rels.add(&format!("{REL}settings"), "settings.xml");
    rels.add(REL_THEME, "theme/theme1.xml");
    let first = rels.add(&format!("{REL}header"), "header1.xml");
    let default = rels.add(&format!("{REL}header"), "header2.xml");
    rels.add(&format!("{REL}customXml"), "../customXml/item1.xml");

    let section = format!(
        r#"<w:sectPr><w:headerReference w:type="default" r:id="{default}"/><w:headerReference w:type="first" r:id="{first}"/><w:pgSz w:w="{w}" w:h="{h}"/><w:pgMar w:top="{top}" w:right="{right}" w:bottom="{bottom}" w:left="{left}" w:header="{hd}" w:footer="{hd}" w:gutter="0"/><w:cols w:space="708"/><w:titlePg/><w:docGrid w:linePitch="360"/></w:sectPr>"#,
        w = twips(page_w),
        h = twips(page_h),
        top = twips(top),
        right = twips(right),
        bottom = twips(bottom),
        left = twips(left),
        hd = twips(top / 2.0),
    );
    package.part(
        "word/document.xml",
        CT_TEMPLATE,
        document::document_xml(&fields, &data, &section, body_top, top, lang),
    );
    package.rels("word/_rels/document.xml.rels", &rels);
    package.part(
        "word/styles.xml",
        &format!("{CT}styles+xml"),
        styles::styles_xml(manual, lang),
    );
    package.part(
        "word/settings.xml",
        &format!("{CT}settings+xml"),
        styles::settings_xml(),
    );
    package.part(
        "word/theme/theme1.xml",
        CT_THEME,
        theme::theme_xml(manual, lang),
    );

    // first page: the logo; later pages: the page number
    let images = logo_image::render(manual, placed, px(placed.box_rect().w / 25.4 * LOGO_DPI))?;
    package.file("word/media/logo.png", images.png);
    package.file("word/media/logo.svg", images.svg);
    let mut header_rels = Rels::default();
    let png = header_rels.add(REL_IMAGE, "media/logo.png");
    let svg = header_rels.add(REL_IMAGE, "media/logo.svg");
    package.part(
        "word/header1.xml",
        &format!("{CT}header+xml"),
        logo_header(placed, &png, &svg, lang),
    );
    package.rels("word/_rels/header1.xml.rels", &header_rels);
    package.part(
        "word/header2.xml",
        &format!("{CT}header+xml"),
        document::page_number_header(lang),
    );

    // the sender's data, bound into the fields
    package.file("customXml/item1.xml", data.item_xml());
    package.part(
        "customXml/itemProps1.xml",
        "application/vnd.openxmlformats-officedocument.customXmlProperties+xml",
        data.props_xml(),
    );
    let mut item_rels = Rels::default();
    item_rels.add(&format!("{REL}customXmlProps"), "itemProps1.xml");
    package.rels("customXml/_rels/item1.xml.rels", &item_rels);
    package.finish(moment)
}

fn px(v: f64) -> u32 {
    v.round().clamp(1.0, 20_000.0) as u32
}

/// The first page's header: the logo anchored to the page at its place, its clear space inside the picture.
fn logo_header(placed: &PlacedLogo<'_>, png: &str, svg: &str, lang: Lang) -> String {
    let r = placed.box_rect();
    let (cx, cy) = (emu(r.w), emu(r.h));
    let descr = esc(placed.logo.name.get(lang));
    format!(
        r#"{DECLARATION}<w:hdr xmlns:w="{NS_W}" xmlns:r="{NS_R}" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="{NS_A}" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><w:p><w:pPr><w:pStyle w:val="Sidehoved"/></w:pPr><w:r><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="1" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="page"><wp:posOffset>{x}</wp:posOffset></wp:positionH><wp:positionV relativeFrom="page"><wp:posOffset>{y}</wp:posOffset></wp:positionV><wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/><wp:docPr id="1" name="Logo" descr="{descr}"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="logo.png" descr="{descr}"/><pic:cNvPicPr><a:picLocks noChangeAspect="1"/></pic:cNvPicPr></pic:nvPicPr><pic:blipFill><a:blip r:embed="{png}"><a:extLst><a:ext uri="{{96DAC541-7B7A-43D3-8B79-37D633B846F1}}"><asvg:svgBlip xmlns:asvg="http://schemas.microsoft.com/office/drawing/2016/SVG/main" r:embed="{svg}"/></a:ext></a:extLst></a:blip><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r></w:p></w:hdr>"#,
        x = emu(r.x),
        y = emu(r.y),
    )
}
