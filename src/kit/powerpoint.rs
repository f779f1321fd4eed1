//! The PowerPoint template (`.potx`) of a sender: the slide size of the manual's presentation preset, the
//! theme, one master with the logo at its size-table size and position (clear space kept free), six layouts —
//! title, title and content, section header, two contents, picture with text, closing slide — and one title
//! slide to start from.

mod shapes;

use crate::export::ExportError;
use crate::export::moment::Moment;
use crate::i18n::{Lang, tr};
use crate::manual::Manual;
use crate::plan::kit::{KitPlan, Page, PlacedLogo};
use crate::plan::{Rect, background, pick_colorway};
use crate::stamp::Stamp;

use super::logo_image::{self, LogoImages};
use super::opc::{CT_THEME, Package, REL_IMAGE, REL_OFFICE_DOCUMENT, REL_THEME, Rels};
use super::props;
use super::theme::{self, NS_A};
use super::xml::{DECLARATION, esc};
use shapes::{Placeholder, TREE_START, emu, picture, rectangle, text_box};

const NS_R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_P: &str = "http://schemas.openxmlformats.org/presentationml/2006/main";
const REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const CT: &str = "application/vnd.openxmlformats-officedocument.presentationml.";

/// The first id of the master and its layouts (PowerPoint's range starts at 2³¹).
const MASTER_ID: u64 = 2_147_483_648;

/// Where things go on the slide, in mm.
struct Grid {
    w: f64,
    h: f64,
    margin: f64,
    /// Content area between the top margin and the logo's clear space (or the footer row).
    top: f64,
    bottom: f64,
    footer: Rect,
}

impl Grid {
    fn new(page: &Page<'_>, logo: Option<&PlacedLogo<'_>>) -> Grid {
        let (w, h) = page.size_mm;
        let margin = 0.05 * w;
        let gap = 0.02 * h;
        let footer = Rect {
            x: margin,
            y: h - 0.09 * h,
            w: w - 2.0 * margin,
            h: 0.05 * h,
        };
        let mut top = margin;
        let mut bottom = footer.y - gap;
        if let Some(b) = logo.map(PlacedLogo::box_rect) {
            if b.y + b.h / 2.0 > h / 2.0 {
                bottom = bottom.min(b.y - gap);
            } else {
                top = top.max(b.y + b.h + gap);
            }
        }
        Grid {
            w,
            h,
            margin,
            top,
            bottom,
            footer,
        }
    }

    fn rect(&self, x: f64, y: f64, w: f64, h: f64) -> Rect {
        Rect { x, y, w, h }
    }

    fn full_width(&self, y: f64, h: f64) -> Rect {
        self.rect(self.margin, y, self.w - 2.0 * self.margin, h)
    }

    fn title(&self) -> Rect {
        self.full_width(self.top, 0.15 * self.h)
    }

    fn body_top(&self) -> f64 {
        self.top + 0.18 * self.h
    }

    fn body(&self) -> Rect {
        self.full_width(self.body_top(), self.bottom - self.body_top())
    }

    fn half(&self, right: bool) -> Rect {
        let gap = 0.03 * self.w;
        let w = (self.w - 2.0 * self.margin - gap) / 2.0;
        let x = if right {
            self.margin + w + gap
        } else {
            self.margin
        };
        self.rect(x, self.body_top(), w, self.bottom - self.body_top())
    }
}

/// The `.potx` package.
pub(crate) fn potx(
    manual: &Manual,
    plan: &KitPlan<'_>,
    stamp: &Stamp,
    lang: Lang,
    moment: Moment,
) -> Result<Vec<u8>, ExportError> {
    let (Some(sender), Some(page)) = (plan.sender, &plan.page) else {
        return Err(ExportError::Request(
            "a PowerPoint template needs a sender".into(),
        ));
    };
    let placed = page
        .logo
        .as_ref()
        .filter(|l| l.entry.is_some())
        .ok_or_else(|| ExportError::Request("the sender's logo cannot be placed".into()))?;
    let px_per_mm = page.px_per_mm.unwrap_or(1920.0 / page.size_mm.0);
    let logo = logo_image::render(manual, placed, px(placed.box_rect().w * px_per_mm))?;
    let closing = closing_logo(manual, placed);
    let closing_images = match &closing {
        Some(c) => Some(logo_image::render(
            manual,
            c,
            px(c.box_rect().w * px_per_mm),
        )?),
        None => None,
    };
    let grid = Grid::new(page, Some(placed));

    let mut package = Package::new();
    package.default_type("png", "image/png");
    package.default_type("svg", "image/svg+xml");
    let mut root = Rels::default();
    root.add(REL_OFFICE_DOCUMENT, "ppt/presentation.xml");
    let title = format!("{} – {}", sender.name.get(lang), theme::name(manual, lang));
    props::add(&mut package, &mut root, stamp, &title, moment);
    package.rels("_rels/.rels", &root);

    // presentation
    let mut pres_rels = Rels::default();
    let master_rel = pres_rels.add(
        &format!("{REL}slideMaster"),
        "slideMasters/slideMaster1.xml",
    );
    let slide_rel = pres_rels.add(&format!("{REL}slide"), "slides/slide1.xml");
    pres_rels.add(REL_THEME, "theme/theme1.xml");
    pres_rels.add(&format!("{REL}presProps"), "presProps.xml");
    pres_rels.add(&format!("{REL}viewProps"), "viewProps.xml");
    pres_rels.add(&format!("{REL}tableStyles"), "tableStyles.xml");
    package.part(
        "ppt/presentation.xml",
        &format!("{CT}template.main+xml"),
        format!(
            r#"{DECLARATION}<p:presentation xmlns:a="{NS_A}" xmlns:r="{NS_R}" xmlns:p="{NS_P}" saveSubsetFonts="1"><p:sldMasterIdLst><p:sldMasterId id="{MASTER_ID}" r:id="{master_rel}"/></p:sldMasterIdLst><p:sldIdLst><p:sldId id="256" r:id="{slide_rel}"/></p:sldIdLst><p:sldSz cx="{cx}" cy="{cy}"/><p:notesSz cx="6858000" cy="9144000"/></p:presentation>"#,
            cx = emu(page.size_mm.0),
            cy = emu(page.size_mm.1),
        ),
    );
    package.rels("ppt/_rels/presentation.xml.rels", &pres_rels);
    package.part(
        "ppt/presProps.xml",
        &format!("{CT}presProps+xml"),
        format!(
            r#"{DECLARATION}<p:presentationPr xmlns:a="{NS_A}" xmlns:r="{NS_R}" xmlns:p="{NS_P}"/>"#
        ),
    );
    package.part(
        "ppt/viewProps.xml",
        &format!("{CT}viewProps+xml"),
        format!(r#"{DECLARATION}<p:viewPr xmlns:a="{NS_A}" xmlns:r="{NS_R}" xmlns:p="{NS_P}"/>"#),
    );
    package.part(
        "ppt/tableStyles.xml",
        &format!("{CT}tableStyles+xml"),
        format!(
            r#"{DECLARATION}<a:tblStyleLst xmlns:a="{NS_A}" def="{{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}}"/>"#
        ),
    );
    package.part(
        "ppt/theme/theme1.xml",
        CT_THEME,
        theme::theme_xml(manual, lang),
    );

    // media
    add_images(&mut package, "logo", &logo);
    if let Some(images) = &closing_images {
        add_images(&mut package, "logo-closing", images);
    }

    // master
    let layouts = layouts(
        sender,
        &grid,
        lang,
        closing.as_ref().map(PlacedLogo::box_rect),
    );
    let mut master_rels = Rels::default();
    let layout_rels: Vec<String> = (1..=layouts.len())
        .map(|i| {
            master_rels.add(
                &format!("{REL}slideLayout"),
                &format!("../slideLayouts/slideLayout{i}.xml"),
            )
        })
        .collect();
    master_rels.add(REL_THEME, "../theme/theme1.xml");
    let png = master_rels.add(REL_IMAGE, "../media/logo.png");
    let svg = master_rels.add(REL_IMAGE, "../media/logo.svg");
    package.part(
        "ppt/slideMasters/slideMaster1.xml",
        &format!("{CT}slideMaster+xml"),
        master(&grid, placed, &layout_rels, &png, &svg, lang),
    );
    package.rels("ppt/slideMasters/_rels/slideMaster1.xml.rels", &master_rels);

    for (i, layout) in layouts.iter().enumerate() {
        let n = i + 1;
        let mut rels = Rels::default();
        rels.add(
            &format!("{REL}slideMaster"),
            "../slideMasters/slideMaster1.xml",
        );
        let images = if layout.closing && closing_images.is_some() {
            Some((
                rels.add(REL_IMAGE, "../media/logo-closing.png"),
                rels.add(REL_IMAGE, "../media/logo-closing.svg"),
            ))
        } else {
            None
        };
        package.part(
            &format!("ppt/slideLayouts/slideLayout{n}.xml"),
            &format!("{CT}slideLayout+xml"),
            layout.xml(images.as_ref(), sender_logo_name(placed, lang)),
        );
        package.rels(
            &format!("ppt/slideLayouts/_rels/slideLayout{n}.xml.rels"),
            &rels,
        );
    }

    // the title slide to start from
    let mut slide_rels = Rels::default();
    slide_rels.add(
        &format!("{REL}slideLayout"),
        "../slideLayouts/slideLayout1.xml",
    );
    package.part(
        "ppt/slides/slide1.xml",
        &format!("{CT}slide+xml"),
        title_slide(manual, sender.name.get(lang), lang),
    );
    package.rels("ppt/slides/_rels/slide1.xml.rels", &slide_rels);
    package.finish(moment)
}

fn px(v: f64) -> u32 {
    v.round().clamp(1.0, 20_000.0) as u32
}

fn sender_logo_name<'a>(placed: &'a PlacedLogo<'_>, lang: Lang) -> &'a str {
    placed.logo.name.get(lang)
}

fn add_images(package: &mut Package, name: &str, images: &LogoImages) {
    package.file(&format!("ppt/media/{name}.png"), images.png.clone());
    package.file(&format!("ppt/media/{name}.svg"), images.svg.clone());
}

/// The logo for the closing slide: on the accent1 background, in the colourway the manual picks for it,
/// centred in the upper half at the size-table width.
fn closing_logo<'m>(manual: &'m Manual, placed: &PlacedLogo<'m>) -> Option<PlacedLogo<'m>> {
    let accent = manual.office_slots()?[4].id.clone();
    let bg = background(manual, &accent).ok()?;
    let colorway = pick_colorway(manual, placed.logo, Some(&bg))?;
    let artwork = placed.lockup.artwork(&colorway.id)?;
    Some(PlacedLogo {
        colorway,
        artwork,
        ..placed.clone()
    })
}

fn master(
    grid: &Grid,
    logo: &PlacedLogo<'_>,
    layout_rels: &[String],
    png: &str,
    svg: &str,
    lang: Lang,
) -> String {
    let f = grid.footer;
    let mut tree = String::from(TREE_START);
    tree.push_str(&rectangle(
        2,
        "Band",
        grid.rect(0.0, 0.0, grid.w, 0.015 * grid.h),
        "accent1",
    ));
    let phs = [
        (
            3,
            "Titel",
            "title",
            None,
            grid.title(),
            "b",
            tr(lang, "kit-slide-title-text"),
        ),
        (
            4,
            "Tekst",
            "body",
            Some(1),
            grid.body(),
            "t",
            tr(lang, "kit-slide-body-text"),
        ),
        (
            5,
            "Dato",
            "dt",
            Some(10),
            grid.rect(f.x, f.y, 0.18 * grid.w, f.h),
            "ctr",
            String::new(),
        ),
        (
            6,
            "Sidefod",
            "ftr",
            Some(11),
            grid.rect(f.x + 0.2 * grid.w, f.y, 0.35 * grid.w, f.h),
            "ctr",
            String::new(),
        ),
        (
            7,
            "Slidenummer",
            "sldNum",
            Some(12),
            grid.rect(f.x + 0.57 * grid.w, f.y, 0.1 * grid.w, f.h),
            "ctr",
            String::new(),
        ),
    ];
    for (id, name, kind, idx, rect, anchor, text) in phs {
        tree.push_str(
            &Placeholder {
                id,
                name,
                kind: Some(kind),
                idx,
                size: None,
                rect,
                anchor,
                text: &text,
                level1: String::new(),
            }
            .xml(),
        );
    }
    tree.push_str(&picture(
        8,
        logo.logo.name.get(lang),
        logo.box_rect(),
        png,
        svg,
    ));
    tree.push_str("</p:spTree>");
    let ids: String = layout_rels
        .iter()
        .enumerate()
        .map(|(i, r)| {
            format!(
                r#"<p:sldLayoutId id="{}" r:id="{r}"/>"#,
                MASTER_ID + 1 + i as u64
            )
        })
        .collect();
    format!(
        r#"{DECLARATION}<p:sldMaster xmlns:a="{NS_A}" xmlns:r="{NS_R}" xmlns:p="{NS_P}"><p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg>{tree}</p:cSld><p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/><p:sldLayoutIdLst>{ids}</p:sldLayoutIdLst>{TEXT_STYLES}</p:sldMaster>"#
    )
}

/// Titles in the heading font and dk2, body text in the body font and dk1, bullets from level 1.
const TEXT_STYLES: &str = concat!(
    r#"<p:txStyles><p:titleStyle><a:lvl1pPr algn="l" rtl="0" eaLnBrk="1" latinLnBrk="0" hangingPunct="1"><a:lnSpc><a:spcPct val="90000"/></a:lnSpc><a:spcBef><a:spcPct val="0"/></a:spcBef><a:buNone/><a:defRPr sz="3600" b="1" kern="1200"><a:solidFill><a:schemeClr val="tx2"/></a:solidFill><a:latin typeface="+mj-lt"/><a:ea typeface="+mj-ea"/><a:cs typeface="+mj-cs"/></a:defRPr></a:lvl1pPr></p:titleStyle>"#,
    r#"<p:bodyStyle>"#,
    r#"<a:lvl1pPr marL="228600" indent="-228600" algn="l" rtl="0" eaLnBrk="1" latinLnBrk="0" hangingPunct="1"><a:lnSpc><a:spcPct val="100000"/></a:lnSpc><a:spcBef><a:spcPts val="1000"/></a:spcBef><a:buFont typeface="Arial"/><a:buChar char="&#8226;"/><a:defRPr sz="2200" kern="1200"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/></a:defRPr></a:lvl1pPr>"#,
    r#"<a:lvl2pPr marL="685800" indent="-228600" algn="l" rtl="0" eaLnBrk="1" latinLnBrk="0" hangingPunct="1"><a:lnSpc><a:spcPct val="100000"/></a:lnSpc><a:spcBef><a:spcPts val="500"/></a:spcBef><a:buFont typeface="Arial"/><a:buChar char="&#8226;"/><a:defRPr sz="1800" kern="1200"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/></a:defRPr></a:lvl2pPr>"#,
    r#"<a:lvl3pPr marL="1143000" indent="-228600" algn="l" rtl="0" eaLnBrk="1" latinLnBrk="0" hangingPunct="1"><a:lnSpc><a:spcPct val="100000"/></a:lnSpc><a:spcBef><a:spcPts val="500"/></a:spcBef><a:buFont typeface="Arial"/><a:buChar char="&#8226;"/><a:defRPr sz="1600" kern="1200"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/></a:defRPr></a:lvl3pPr>"#,
    r#"</p:bodyStyle><p:otherStyle><a:defPPr><a:defRPr lang="da-DK"/></a:defPPr><a:lvl1pPr algn="l" rtl="0" eaLnBrk="1" latinLnBrk="0" hangingPunct="1"><a:defRPr sz="1800" kern="1200"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/></a:defRPr></a:lvl1pPr></p:otherStyle></p:txStyles>"#,
);

/// One slide layout.
struct Layout {
    kind: &'static str,
    name: String,
    background: Option<&'static str>,
    show_master: bool,
    shapes: Vec<String>,
    closing: bool,
    logo_rect: Option<Rect>,
}

impl Layout {
    fn xml(&self, images: Option<&(String, String)>, logo_name: &str) -> String {
        let mut tree = String::from(TREE_START);
        for s in &self.shapes {
            tree.push_str(s);
        }
        if let (Some((png, svg)), Some(rect)) = (images, self.logo_rect) {
            tree.push_str(&picture(20, logo_name, rect, png, svg));
        }
        tree.push_str("</p:spTree>");
        let bg = self.background.map_or_else(String::new, |c| {
            format!(r#"<p:bg><p:bgPr><a:solidFill><a:schemeClr val="{c}"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>"#)
        });
        let show = if self.show_master {
            ""
        } else {
            r#" showMasterSp="0""#
        };
        format!(
            r#"{DECLARATION}<p:sldLayout xmlns:a="{NS_A}" xmlns:r="{NS_R}" xmlns:p="{NS_P}" type="{kind}" preserve="1"{show}><p:cSld name="{name}">{bg}{tree}</p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>"#,
            kind = self.kind,
            name = esc(&self.name),
        )
    }
}

fn placeholder<'a>(
    id: u32,
    kind: Option<&'static str>,
    idx: Option<u32>,
    size: Option<&'static str>,
    rect: Rect,
    anchor: &'static str,
    text: &'a str,
) -> Placeholder<'a> {
    Placeholder {
        id,
        name: kind.unwrap_or("Indhold"),
        kind,
        idx,
        size,
        rect,
        anchor,
        text,
        level1: String::new(),
    }
}

fn ph(
    id: u32,
    kind: Option<&'static str>,
    idx: Option<u32>,
    size: Option<&'static str>,
    rect: Rect,
    anchor: &'static str,
    text: &str,
) -> String {
    placeholder(id, kind, idx, size, rect, anchor, text).xml()
}

/// The same placeholder with its first level in another colour and alignment (closing slide).
fn ph_colored(
    id: u32,
    kind: &'static str,
    rect: Rect,
    text: &str,
    color: &str,
    align: &str,
) -> String {
    Placeholder {
        id,
        name: kind,
        kind: Some(kind),
        idx: None,
        size: None,
        rect,
        anchor: "ctr",
        text,
        level1: format!(
            r#"<a:lvl1pPr algn="{align}"><a:defRPr><a:solidFill><a:schemeClr val="{color}"/></a:solidFill></a:defRPr></a:lvl1pPr>"#
        ),
    }
    .xml()
}

fn layouts(
    sender: &crate::manual::Sender,
    g: &Grid,
    lang: Lang,
    closing_logo: Option<Rect>,
) -> Vec<Layout> {
    let t = |id: &str| tr(lang, id);
    let title = t("kit-slide-title-text");
    let body = t("kit-slide-body-text");
    let layout = |kind, name: &str, shapes: Vec<String>| Layout {
        kind,
        name: t(name),
        background: None,
        show_master: true,
        shapes,
        closing: false,
        logo_rect: None,
    };
    let band = rectangle(10, "Band", g.rect(0.0, 0.0, g.w, 0.12 * g.h), "accent1");
    let half_w = (g.w - 2.0 * g.margin) / 2.0 - 0.015 * g.w;
    let mut list = vec![
        layout(
            "title",
            "kit-slide-title",
            vec![
                band,
                ph(
                    2,
                    Some("ctrTitle"),
                    None,
                    None,
                    g.full_width(0.30 * g.h, 0.22 * g.h),
                    "b",
                    &title,
                ),
                Placeholder {
                    level1: r#"<a:lvl1pPr marL="0" indent="0"><a:buNone/></a:lvl1pPr>"#.to_owned(),
                    ..placeholder(
                        3,
                        Some("subTitle"),
                        Some(1),
                        None,
                        g.full_width(0.55 * g.h, 0.12 * g.h),
                        "t",
                        &t("kit-slide-subtitle-text"),
                    )
                }
                .xml(),
            ],
        ),
        layout(
            "obj",
            "kit-slide-title-content",
            vec![
                ph(2, Some("title"), None, None, g.title(), "b", &title),
                ph(3, None, Some(1), None, g.body(), "t", &body),
            ],
        ),
        Layout {
            background: Some("bg2"),
            ..layout(
                "secHead",
                "kit-slide-section",
                vec![
                    ph(
                        2,
                        Some("title"),
                        None,
                        None,
                        g.full_width(0.35 * g.h, 0.2 * g.h),
                        "b",
                        &title,
                    ),
                    ph(
                        3,
                        Some("body"),
                        Some(1),
                        None,
                        g.full_width(0.57 * g.h, 0.12 * g.h),
                        "t",
                        &body,
                    ),
                ],
            )
        },
        layout(
            "twoObj",
            "kit-slide-two-content",
            vec![
                ph(2, Some("title"), None, None, g.title(), "b", &title),
                ph(3, None, Some(1), Some("half"), g.half(false), "t", &body),
                ph(4, None, Some(2), Some("half"), g.half(true), "t", &body),
            ],
        ),
        layout(
            "picTx",
            "kit-slide-picture",
            vec![
                ph(
                    2,
                    Some("title"),
                    None,
                    None,
                    g.rect(g.margin, g.top, half_w, 0.15 * g.h),
                    "b",
                    &title,
                ),
                ph(
                    3,
                    Some("pic"),
                    Some(1),
                    None,
                    g.half(true),
                    "ctr",
                    &t("kit-slide-picture-text"),
                ),
                ph(
                    4,
                    Some("body"),
                    Some(2),
                    Some("half"),
                    g.rect(g.margin, g.body_top(), half_w, g.bottom - g.body_top()),
                    "t",
                    &body,
                ),
            ],
        ),
    ];
    // The closing slide: accent1 background, the logo in the colourway for it, "Tak" and the contact data.
    let contact = &sender.contact;
    let mut lines = vec![sender.name.get(lang).to_owned()];
    lines.extend(contact.address_lines.iter().cloned());
    lines.extend(
        [&contact.phone, &contact.email, &contact.web]
            .into_iter()
            .flatten()
            .cloned(),
    );
    list.push(Layout {
        kind: "cust",
        name: t("kit-slide-closing"),
        background: Some("accent1"),
        show_master: false,
        shapes: vec![
            ph_colored(
                2,
                "title",
                g.full_width(0.42 * g.h, 0.16 * g.h),
                &t("kit-slide-closing-text"),
                "bg1",
                "ctr",
            ),
            text_box(
                3,
                "Kontakt",
                g.full_width(0.62 * g.h, 0.3 * g.h),
                &lines,
                "bg1",
                14,
            ),
        ],
        closing: true,
        logo_rect: closing_logo.map(|r| Rect {
            x: (g.w - r.w) / 2.0,
            y: 0.14 * g.h,
            ..r
        }),
    });
    list
}

fn title_slide(manual: &Manual, sender_name: &str, lang: Lang) -> String {
    let p = &manual.programme;
    let subtitle = format!("{} {}", p.name.get(lang), p.version);
    let sp = |id: u32, kind: &str, idx: &str, text: &str| {
        format!(
            r#"<p:sp><p:nvSpPr><p:cNvPr id="{id}" name="{kind}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="{kind}"{idx}/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="da-DK"/><a:t>{}</a:t></a:r></a:p></p:txBody></p:sp>"#,
            esc(text)
        )
    };
    format!(
        r#"{DECLARATION}<p:sld xmlns:a="{NS_A}" xmlns:r="{NS_R}" xmlns:p="{NS_P}"><p:cSld>{TREE_START}{}{}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>"#,
        sp(2, "ctrTitle", "", sender_name),
        sp(3, "subTitle", r#" idx="1""#, &subtitle),
    )
}
