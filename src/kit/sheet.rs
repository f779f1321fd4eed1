//! The print shop's colour sheet: A4 pages listing every colour of the palette with every value the manual
//! authors (HEX, RGB, CMYK, Pantone C and U, RAL, NCS, tints), a swatch printed in the authored CMYK, and the
//! manual's name, version and date. Composed as SVG in mm, parsed by usvg with the manual's own fonts, and
//! written by the PDF engine as real text with the fonts embedded.

use resvg::usvg;

use crate::export::ExportError;
use crate::export::moment::Moment;
use crate::export::pdf::{Document, Page};
use crate::i18n::{Lang, tr, tr_args};
use crate::manual::{Color, Manual, Role};
use crate::stamp::Stamp;

use super::xml::esc;

/// The colour sheet as a print PDF (PDF/X, FOGRA39): every swatch in its authored CMYK, the text as real text in
/// the manual's own font, embedded.
pub(crate) fn pdf(
    manual: &Manual,
    stamp: &Stamp,
    lang: Lang,
    moment: Moment,
) -> Result<Vec<u8>, ExportError> {
    let options = crate::render::options(manual);
    let title = tr_args(
        lang,
        "kit-sheet-title",
        &[(
            "programme",
            manual.programme.name.get(lang).to_owned().into(),
        )],
    );
    let mut document = Document::print(manual)
        .title(title)
        .stamp(stamp.clone())
        .moment(moment);
    for svg in pages(manual, lang, &manual.programme.updated_on) {
        let tree =
            usvg::Tree::from_str(&svg, &options).map_err(|e| ExportError::encode("SVG", e))?;
        document.add_page(&Page::mm(&tree, PAGE_MM.0, PAGE_MM.1).source("colour sheet"))?;
    }
    document.finish()
}

/// Page size (A4 portrait), mm.
pub(crate) const PAGE_MM: (f64, f64) = (210.0, 297.0);
const MARGIN: f64 = 15.0;
const HEADER: f64 = 42.0;
const ROW: f64 = 24.0;

/// Colours per page.
fn per_page() -> usize {
    ((PAGE_MM.1 - HEADER - MARGIN) / ROW).floor().max(1.0) as usize
}

/// The font family the sheet is set in: the body family with bundled files (else the headline family, else
/// the first bundled one).
fn family(manual: &Manual) -> String {
    let bundled = |role: &str| {
        manual
            .families
            .iter()
            .find(|f| !f.data.is_empty() && f.roles.iter().any(|r| r == role))
    };
    bundled("body")
        .or_else(|| bundled("headline"))
        .or_else(|| manual.families.iter().find(|f| !f.data.is_empty()))
        .map_or_else(|| "sans-serif".to_owned(), |f| f.name.clone())
}

/// The darkest palette colour (text) and a light neutral (outlines of very light swatches).
fn inks(manual: &Manual) -> (String, String) {
    let by_luminance = |c: &&Color| crate::manual::color::relative_luminance(c.rgb);
    let text = manual
        .colors
        .iter()
        .min_by(|a, b| by_luminance(a).total_cmp(&by_luminance(b)))
        .map_or_else(|| "#000000".to_owned(), |c| c.rgb.to_hex());
    let line = manual
        .colors
        .iter()
        .filter(|c| c.role == Role::Neutral)
        .filter(|c| {
            let l = by_luminance(c);
            (0.3..0.8).contains(&l)
        })
        .max_by(|a, b| by_luminance(a).total_cmp(&by_luminance(b)))
        .map_or_else(|| text.clone(), |c| c.rgb.to_hex());
    (text, line)
}

/// The SVG source of every page.
pub(crate) fn pages(manual: &Manual, lang: Lang, date: &str) -> Vec<String> {
    let chunks: Vec<&[Color]> = manual.colors.chunks(per_page()).collect();
    let total = chunks.len().max(1);
    if chunks.is_empty() {
        return vec![page(manual, lang, date, &[], 1, 1)];
    }
    chunks
        .iter()
        .enumerate()
        .map(|(i, colors)| page(manual, lang, date, colors, i + 1, total))
        .collect()
}

fn page(
    manual: &Manual,
    lang: Lang,
    date: &str,
    colors: &[Color],
    number: usize,
    total: usize,
) -> String {
    let p = &manual.programme;
    let (w, h) = PAGE_MM;
    let font = esc(&family(manual));
    let (ink, line) = inks(manual);
    let mut body = String::new();
    let mut text = |x: f64, y: f64, size: f64, weight: u16, s: &str| {
        body.push_str(&format!(
            r#"<text x="{x:.2}" y="{y:.2}" font-size="{size}" font-weight="{weight}" fill="{ink}">{}</text>"#,
            esc(s)
        ));
    };
    text(
        MARGIN,
        22.0,
        7.0,
        600,
        &tr_args(
            lang,
            "kit-sheet-title",
            &[("programme", p.name.get(lang).to_owned().into())],
        ),
    );
    text(
        MARGIN,
        30.0,
        3.2,
        400,
        &tr_args(
            lang,
            "kit-sheet-subtitle",
            &[
                ("version", p.version.clone().into()),
                ("date", date.to_owned().into()),
            ],
        ),
    );
    if total > 1 {
        text(
            w - MARGIN - 12.0,
            h - 8.0,
            3.0,
            400,
            &format!("{number}/{total}"),
        );
    }
    let mut rows = String::new();
    for (i, c) in colors.iter().enumerate() {
        let y = HEADER + i as f64 * ROW;
        rows.push_str(&format!(
            r#"<rect x="{MARGIN}" y="{y:.2}" width="30" height="{:.2}" fill="{}" stroke="{line}" stroke-width="0.2"/>"#,
            ROW - 4.0,
            c.rgb.to_hex()
        ));
        let x = MARGIN + 35.0;
        let mut line_y = y + 4.5;
        let mut put = |size: f64, weight: u16, s: String| {
            rows.push_str(&format!(
                r#"<text x="{x:.2}" y="{line_y:.2}" font-size="{size}" font-weight="{weight}" fill="{ink}">{}</text>"#,
                esc(&s)
            ));
            line_y += size + 0.9;
        };
        put(4.2, 600, format!("{} ({})", c.name.get(lang), c.id));
        let [r, g, b] = c.rgb.0;
        put(
            3.0,
            400,
            format!(
                "CMYK {}    HEX {}    RGB {r} {g} {b}",
                c.cmyk.notation(),
                c.hex
            ),
        );
        let mut named = Vec::new();
        for (label, value) in [
            ("PANTONE", pantone(c)),
            ("RAL", c.ral.clone()),
            ("NCS", c.ncs.clone()),
        ] {
            if let Some(v) = value {
                let v = v
                    .strip_prefix(label)
                    .map_or(v.clone(), |rest| rest.trim().to_owned());
                named.push(format!("{label} {v}"));
            }
        }
        if !named.is_empty() {
            put(3.0, 400, named.join("    "));
        }
        if !c.tints.is_empty() {
            let tints: Vec<String> = c
                .tints
                .iter()
                .map(|t| format!("{t} % = {}", c.cmyk.tint(f32::from(*t)).notation()))
                .collect();
            put(
                2.6,
                400,
                format!("{}: {}", tr(lang, "kit-sheet-tint"), tints.join(", ")),
            );
        }
    }
    format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}mm" height="{h}mm" viewBox="0 0 {w} {h}" font-family="{font}">{body}{rows}</svg>"#
    )
}

/// "PANTONE 348 C / 348 U" from the authored references.
fn pantone(c: &Color) -> Option<String> {
    match (&c.pantone_c, &c.pantone_u) {
        (Some(pc), Some(pu)) => Some(format!(
            "{pc} / {}",
            pu.strip_prefix("PANTONE ").unwrap_or(pu)
        )),
        (Some(p), None) | (None, Some(p)) => Some(p.clone()),
        (None, None) => None,
    }
}
