//! The design manual as a document: a paginated, print-ready A4 PDF generated from the loaded [`Manual`], so
//! the printed manual and the program can never disagree.
//!
//! Every page is composed as SVG (text escaped, palette colours only, logos from the manual's own artwork),
//! parsed by usvg with the manual's fonts and written by the PDF engine ([`crate::export::pdf::Document`]):
//! real text in embedded font subsets, the authored CMYK of every colour, PDF/X-1a with the FOGRA39 output
//! intent. Contents: cover, contents, the programme and its adoption, the logos (lockups, clear space drawn and
//! dimensioned, minimum sizes, allowed and forbidden backgrounds), colours (every authored value), typography,
//! senders and their logos, formats and presets, templates, the changelog.

mod canvas;
mod changelog;
mod colors;
mod cover;
mod flow;
mod formats;
mod intro;
mod logos;
mod measure;
mod senders;
mod style;
mod templates;
mod typography;

use std::fmt::Write as _;
use std::path::Path;

use rayon::prelude::*;
use resvg::usvg;

use crate::export::pdf::Page;
use crate::export::{ExportError, Moment, pdf};
use crate::i18n::{self, Lang};
use crate::manual::Manual;
use crate::render;
use crate::stamp::Stamp;

use canvas::{Anchor, Canvas, Type};
use flow::{Draft, Flow};
use measure::Metrics;
use style::{Inks, MARGIN_X, PAGE_H, PAGE_W, size};

/// How the document is made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings {
    /// The language of the document's own texts and of the manual's names.
    pub lang: Lang,
    /// 3 mm bleed and crop marks for a print shop (default: plain A4 for any printer).
    pub bleed: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            lang: Lang::Da,
            bleed: false,
        }
    }
}

/// Bleed for print-shop documents, in mm (export-standards.md §2.1).
const BLEED_MM: f64 = 3.0;

/// Why the document could not be made.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{}", self.message(Lang::En))]
pub enum DocumentError {
    /// No font family of the manual bundles a font file, so no text can be set.
    NoFont,
    /// The palette is empty, so there is no colour to print with.
    NoPalette,
    /// A composed page could not be parsed (a defect, or an artwork usvg cannot read).
    Page {
        /// Page number.
        page: usize,
        /// What the parser said.
        message: String,
    },
    /// The PDF could not be written.
    Export(#[from] ExportError),
}

impl DocumentError {
    /// The message in a language (for the CLI and the GUI).
    pub fn message(&self, lang: Lang) -> String {
        match self {
            DocumentError::NoFont => i18n::tr(lang, "document-error-no-font"),
            DocumentError::NoPalette => i18n::tr(lang, "document-error-no-palette"),
            DocumentError::Page { page, message } => i18n::tr_args(
                lang,
                "document-error-page",
                &[
                    ("page", (*page).into()),
                    ("message", message.clone().into()),
                ],
            ),
            DocumentError::Export(e) => e.message(lang),
        }
    }
}

/// What every page needs: the manual, the language, the fonts' metrics and the palette roles.
pub(crate) struct Ctx<'m> {
    manual: &'m Manual,
    lang: Lang,
    metrics: Metrics,
    inks: Inks,
}

impl Ctx<'_> {
    /// A message of the document catalogue.
    fn tr(&self, id: &str) -> String {
        i18n::tr(self.lang, id)
    }

    /// A message with arguments.
    fn tr_args(&self, id: &str, args: &[(&str, fluent_bundle::FluentValue<'_>)]) -> String {
        i18n::tr_args(self.lang, id, args)
    }
}

/// The pages as SVG documents (A4 in mm; with bleed, the canvas is 216 × 303 mm), in order.
pub fn pages(manual: &Manual, settings: Settings) -> Result<Vec<String>, DocumentError> {
    let ctx = Ctx {
        manual,
        lang: settings.lang,
        metrics: Metrics::of(manual).ok_or(DocumentError::NoFont)?,
        inks: Inks::of(manual).ok_or(DocumentError::NoPalette)?,
    };
    let mut flow = Flow::new(&ctx);
    intro::write(&mut flow);
    logos::write(&mut flow);
    colors::write(&mut flow);
    typography::write(&mut flow);
    senders::write(&mut flow);
    formats::write(&mut flow);
    templates::write(&mut flow);
    changelog::write(&mut flow);

    let contents = contents(&ctx, &flow);
    let front = 1 + contents.len();
    let total = front + flow.pages.len();
    let bleed = if settings.bleed { BLEED_MM } else { 0.0 };
    let mut out = Vec::with_capacity(total);
    out.push(svg_page(cover::page(&ctx).body(), bleed));
    for (i, page) in contents.iter().enumerate() {
        let chrome = chrome(&ctx, &ctx.tr("document-contents"), 2 + i, total);
        out.push(svg_page(
            &format!("{}{}", chrome.body(), page.body()),
            bleed,
        ));
    }
    for (i, Draft { section, canvas }) in flow.pages.iter().enumerate() {
        let title = flow.sections.get(*section).map_or("", |s| s.title.as_str());
        let chrome = chrome(&ctx, title, front + i + 1, total);
        out.push(svg_page(
            &format!("{}{}", chrome.body(), canvas.body()),
            bleed,
        ));
    }
    Ok(out)
}

/// The document as PDF bytes: print-ready (PDF/X-1a, the manual's authored CMYK, fonts embedded).
pub fn render(
    manual: &Manual,
    settings: Settings,
    moment: Moment,
) -> Result<Vec<u8>, DocumentError> {
    Ok(build(manual, settings, moment)?.finish()?)
}

/// Writes the document to `path` (atomically; an existing file is refused unless `force`); returns the
/// number of pages.
pub fn save(
    manual: &Manual,
    settings: Settings,
    path: &Path,
    force: bool,
) -> Result<usize, DocumentError> {
    let doc = build(manual, settings, Moment::now())?;
    let pages = doc.page_count();
    doc.save(path, force)?;
    Ok(pages)
}

/// Composes, parses and draws every page.
fn build<'m>(
    manual: &'m Manual,
    settings: Settings,
    moment: Moment,
) -> Result<pdf::Document<'m>, DocumentError> {
    let svgs = pages(manual, settings)?;
    let options = render::options(manual);
    // Parsing and text layout is the expensive part: in parallel; writing the PDF is sequential.
    let trees: Vec<usvg::Tree> = svgs
        .par_iter()
        .enumerate()
        .map(|(i, svg)| {
            usvg::Tree::from_str(svg, &options).map_err(|e| DocumentError::Page {
                page: i + 1,
                message: e.to_string(),
            })
        })
        .collect::<Result<_, _>>()?;
    let programme = manual.programme.name.get(settings.lang);
    let request = serde_json::json!({
        "document": "designmanual",
        "lang": settings.lang.code(),
        "bleed": settings.bleed,
    });
    let mut doc = pdf::Document::print(manual)
        .title(format!("{programme} {}", manual.programme.version))
        .stamp(Stamp::new(manual, &request))
        .moment(moment);
    let bleed = if settings.bleed { BLEED_MM } else { 0.0 };
    for (i, tree) in trees.iter().enumerate() {
        let page = Page::mm(tree, PAGE_W, PAGE_H)
            .bleed_mm(bleed)
            .crop_marks(settings.bleed)
            .source(format!("designmanual, side {}", i + 1));
        doc.add_page(&page)?;
    }
    Ok(doc)
}

/// A date as the language writes it ("12. marts 2024", "12 March 2024"); anything that is not `YYYY-MM-DD` is
/// shown as written.
fn date(lang: Lang, iso: &str) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    let (Some(year), Some(month), Some(day)) = (
        parts
            .first()
            .filter(|y| y.len() == 4)
            .and_then(|y| y.parse::<u16>().ok()),
        parts
            .get(1)
            .and_then(|m| m.parse::<usize>().ok())
            .filter(|m| (1..=12).contains(m)),
        parts
            .get(2)
            .and_then(|d| d.parse::<u8>().ok())
            .filter(|d| (1..=31).contains(d)),
    ) else {
        return iso.to_owned();
    };
    if parts.len() != 3 {
        return iso.to_owned();
    }
    let month = i18n::tr(lang, &format!("document-month-{month}"));
    i18n::tr_args(
        lang,
        "document-date-long",
        &[
            ("day", day.into()),
            ("month", month.into()),
            ("year", year.into()),
        ],
    )
}

/// The conventional file name, `{org}_designmanual_{version}.pdf` in lowercase ASCII.
pub fn file_name(manual: &Manual) -> String {
    let p = &manual.programme;
    format!(
        "{}_designmanual_{}.pdf",
        crate::naming::slug(&p.short),
        crate::naming::slug(&p.version)
    )
}

/// The contents page(s): every section with the page it starts on.
fn contents(ctx: &Ctx<'_>, flow: &Flow<'_, '_>) -> Vec<Canvas> {
    const PER_PAGE: usize = 30;
    let pages = flow.sections.len().div_ceil(PER_PAGE).max(1);
    let first_flow_page = 2 + pages;
    let body = Type {
        size: size::H2,
        weight: 400,
        color: &ctx.inks.ink,
    };
    let heading = Type {
        size: size::H1,
        weight: 600,
        color: &ctx.inks.primary,
    };
    let mut out = Vec::new();
    for (n, chunk) in flow
        .sections
        .chunks(PER_PAGE)
        .chain(flow.sections.is_empty().then_some(&[][..]))
        .enumerate()
    {
        let mut canvas = Canvas::default();
        let mut y = style::TOP + heading.ascent();
        if n == 0 {
            canvas.text(
                &ctx.metrics,
                (MARGIN_X, y),
                heading,
                Anchor::Start,
                &ctx.tr("document-contents"),
            );
        }
        y += heading.line() * 1.2;
        for section in chunk {
            let page = first_flow_page + section.first_page;
            canvas.text(
                &ctx.metrics,
                (MARGIN_X, y),
                body,
                Anchor::Start,
                &section.number,
            );
            canvas.text(
                &ctx.metrics,
                (MARGIN_X + 12.0, y),
                body,
                Anchor::Start,
                &section.title,
            );
            canvas.text(
                &ctx.metrics,
                (PAGE_W - MARGIN_X, y),
                body,
                Anchor::End,
                &page.to_string(),
            );
            canvas.line(
                (MARGIN_X + 12.0, y + 2.2),
                (PAGE_W - MARGIN_X, y + 2.2),
                &ctx.inks.rule,
                0.15,
            );
            y += body.line() * 1.5;
        }
        out.push(canvas);
    }
    out
}

/// The running header (organisation, section) and footer (programme and version, page number).
fn chrome(ctx: &Ctx<'_>, section: &str, page: usize, total: usize) -> Canvas {
    let p = &ctx.manual.programme;
    let small = Type {
        size: size::SMALL,
        weight: 400,
        color: &ctx.inks.muted,
    };
    let mut c = Canvas::default();
    let (left, right) = (MARGIN_X, PAGE_W - MARGIN_X);
    c.text(
        &ctx.metrics,
        (left, 14.0),
        small,
        Anchor::Start,
        &p.organisation,
    );
    c.text(&ctx.metrics, (right, 14.0), small, Anchor::End, section);
    c.line((left, 16.5), (right, 16.5), &ctx.inks.rule, 0.2);
    c.line(
        (left, PAGE_H - 16.5),
        (right, PAGE_H - 16.5),
        &ctx.inks.rule,
        0.2,
    );
    let version = ctx.tr_args(
        "document-footer-version",
        &[("version", p.version.clone().into())],
    );
    c.text(
        &ctx.metrics,
        (left, PAGE_H - 12.0),
        small,
        Anchor::Start,
        &format!("{} · {version}", p.name.get(ctx.lang)),
    );
    let number = ctx.tr_args(
        "document-footer-page",
        &[("page", page.into()), ("total", total.into())],
    );
    c.text(
        &ctx.metrics,
        (right, PAGE_H - 12.0),
        small,
        Anchor::End,
        &number,
    );
    c
}

/// A page's SVG document: the trim is 210 × 297 mm; with bleed the canvas grows by `bleed` on every side and
/// the drawing moves in by it (elements that should bleed extend past the trim themselves).
fn svg_page(body: &str, bleed: f64) -> String {
    let (w, h) = (PAGE_W + 2.0 * bleed, PAGE_H + 2.0 * bleed);
    let mut out = String::with_capacity(body.len() + 256);
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}mm" height="{h}mm" viewBox="0 0 {w} {h}"><g transform="translate({bleed} {bleed})">"#
    );
    out.push_str(body);
    out.push_str("</g></svg>");
    out
}

/// A number as the language writes it (the program's one number formatter): at most two decimals, a decimal
/// comma in Danish.
fn number(lang: Lang, v: f64) -> String {
    i18n::number(v, 2, lang)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::manual::load_embedded;

    #[test]
    fn every_page_parses_and_the_demo_makes_at_least_twelve() {
        let loaded = load_embedded();
        let svgs = pages(&loaded.manual, Settings::default()).unwrap();
        assert!(svgs.len() >= 12, "{} pages", svgs.len());
        let options = render::options(&loaded.manual);
        for (i, svg) in svgs.iter().enumerate() {
            let tree = usvg::Tree::from_str(svg, &options)
                .unwrap_or_else(|e| panic!("page {}: {e}", i + 1));
            let size = tree.size();
            assert!((size.height() / size.width() - 297.0 / 210.0).abs() < 1e-4);
        }
        let bleed = pages(
            &loaded.manual,
            Settings {
                lang: Lang::En,
                bleed: true,
            },
        )
        .unwrap();
        assert_eq!(bleed.len(), svgs.len());
        assert!(bleed[0].contains(r#"viewBox="0 0 216 303""#));
    }

    #[test]
    fn long_and_odd_text_stays_on_the_pages() {
        let loaded = load_embedded();
        let mut m = (*loaded.manual).clone();
        m.changelog[0].text.da = "Ændret æøå 🎉 <b>&amp; ".repeat(1_500);
        m.logos[0].name.da = format!("{} 🎉 {}", "Langt navn".repeat(40), "\u{7}");
        m.programme.contact = "x".repeat(10_000);
        let svgs = pages(&m, Settings::default()).unwrap();
        let options = render::options(&m);
        for (i, svg) in svgs.iter().enumerate() {
            let tree = usvg::Tree::from_str(svg, &options)
                .unwrap_or_else(|e| panic!("page {}: {e}", i + 1));
            // Everything drawn lies on the page (the cover's band may reach into the bleed).
            let b = tree.root().abs_bounding_box();
            let scale = tree.size().width() / 210.0;
            assert!(b.bottom() / scale <= 297.5, "page {}: {b:?}", i + 1);
        }
    }

    #[test]
    fn dates_are_written_out_in_the_language() {
        assert_eq!(date(Lang::Da, "2024-03-12"), "12. marts 2024");
        assert_eq!(date(Lang::En, "2024-03-12"), "12 March 2024");
        assert_eq!(date(Lang::Da, "2026-10-01"), "1. oktober 2026");
        assert_eq!(date(Lang::Da, "marts 2024"), "marts 2024");
        assert_eq!(date(Lang::Da, "2024-13-01"), "2024-13-01");
    }

    #[test]
    fn a_manual_without_fonts_or_colours_says_why() {
        let empty = Manual::default();
        assert_eq!(
            pages(&empty, Settings::default()).unwrap_err(),
            DocumentError::NoFont
        );
        assert!(
            DocumentError::NoPalette
                .message(Lang::Da)
                .contains("ingen farver")
        );
    }
}
