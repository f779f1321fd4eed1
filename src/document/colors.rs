//! The colour chapter: every palette colour as a swatch with every value the manual authors (HEX, RGB, CMYK,
//! Pantone C and U, RAL, NCS) and its allowed tints with their CMYK.

use crate::manual::Color;
use crate::manual::color::contrast_ratio;

use super::canvas::{Anchor, Type};
use super::flow::Flow;
use super::style::{MARGIN_X, size};

/// Swatch size.
const SWATCH_W: f64 = 46.0;
const SWATCH_H: f64 = 30.0;

/// Writes the chapter.
pub fn write(flow: &mut Flow<'_, '_>) {
    let ctx = flow.ctx;
    let title = ctx
        .manual
        .rules
        .chapter_colors
        .as_deref()
        .and_then(|id| ctx.manual.chapter(id))
        .map_or_else(
            || ctx.tr("document-colors"),
            |c| c.name.get(ctx.lang).to_owned(),
        );
    flow.section(&title);
    flow.paragraph(&ctx.tr("document-colors-text"), flow.body());
    for color in &ctx.manual.colors {
        write_color(flow, color);
    }
    write_contrast(flow);
}

/// Columns of the contrast matrix per table.
const MATRIX_COLUMNS: usize = 10;

/// The WCAG contrast of every palette colour as text (rows) on every palette colour as background (columns);
/// the pairs that reach the manual's text contrast are marked.
fn write_contrast(flow: &mut Flow<'_, '_>) {
    let ctx = flow.ctx;
    let colors = &ctx.manual.colors;
    if colors.len() < 2 {
        return;
    }
    let required = ctx.manual.rules.text_contrast;
    flow.heading(&ctx.tr("document-contrast"), 90.0);
    flow.paragraph(
        &ctx.tr_args(
            "document-contrast-text",
            &[("ratio", super::number(ctx.lang, required).into())],
        ),
        flow.body(),
    );
    for chunk in colors.chunks(MATRIX_COLUMNS) {
        let first = 170.0 - 14.0 * chunk.len() as f64;
        let columns: Vec<f64> = std::iter::once(first)
            .chain(std::iter::repeat_n(14.0, chunk.len()))
            .collect();
        let mut header = vec![ctx.tr("document-contrast-corner")];
        header.extend(chunk.iter().map(|c| c.name.get(ctx.lang).to_owned()));
        let rows = colors
            .iter()
            .map(|text| {
                let mut row = vec![text.name.get(ctx.lang).to_owned()];
                row.extend(chunk.iter().map(|bg| {
                    if bg.id == text.id {
                        return ctx.tr("document-none");
                    }
                    let ratio = contrast_ratio(text.rgb, bg.rgb);
                    let shown = super::number(ctx.lang, (ratio * 10.0).round() / 10.0);
                    if ratio >= required {
                        format!("{shown} •")
                    } else {
                        shown
                    }
                }));
                row
            })
            .collect();
        flow.table(&super::flow::Table {
            columns: &columns,
            header: Some(header),
            rows,
        });
    }
}

fn write_color(flow: &mut Flow<'_, '_>, color: &Color) {
    let ctx = flow.ctx;
    let rows = values(flow, color);
    let body = Type {
        size: size::SMALL + 0.5,
        weight: 400,
        color: &ctx.inks.ink,
    };
    let label = Type {
        size: size::SMALL + 0.5,
        weight: 400,
        color: &ctx.inks.muted,
    };
    let name = Type {
        size: size::H2,
        weight: 600,
        color: &ctx.inks.ink,
    };
    let tints_h = if color.tints.is_empty() { 0.0 } else { 12.0 };
    // The values stand in two columns of four rows.
    let height = (name.line() + 4.0 * body.line()).max(SWATCH_H) + tints_h + 4.0;
    let top = flow.room(height + 4.0) + 4.0;
    let c = flow.canvas();
    let paper = crate::manual::Rgb::parse_hex(&ctx.inks.paper).unwrap_or(color.rgb);
    let outline = (contrast_ratio(color.rgb, paper) < 1.5).then_some((ctx.inks.rule.as_str(), 0.2));
    c.rect(
        (MARGIN_X, top, SWATCH_W, SWATCH_H),
        &color.rgb.to_hex(),
        outline,
    );

    let x = MARGIN_X + SWATCH_W + 8.0;
    let mut y = top + name.ascent();
    let role = ctx.tr(match color.role {
        crate::manual::Role::Primary => "document-role-primary",
        crate::manual::Role::Secondary => "document-role-secondary",
        crate::manual::Role::Accent => "document-role-accent",
        crate::manual::Role::Neutral => "document-role-neutral",
    });
    c.text(
        &ctx.metrics,
        (x, y),
        name,
        Anchor::Start,
        color.name.get(ctx.lang),
    );
    let small = Type {
        size: size::SMALL,
        weight: 400,
        color: &ctx.inks.muted,
    };
    c.text(&ctx.metrics, (x + 92.0, y), small, Anchor::Start, &role);
    y += name.line();
    for (i, (key, value)) in rows.iter().enumerate() {
        let col = if i < 4 { 0.0 } else { 62.0 };
        let row_y = y + (i % 4) as f64 * body.line();
        c.text(&ctx.metrics, (x + col, row_y), label, Anchor::Start, key);
        c.text(
            &ctx.metrics,
            (x + col + 18.0, row_y),
            body,
            Anchor::Start,
            value,
        );
    }
    if !color.tints.is_empty() {
        let ty = top + SWATCH_H.max(name.line() + 4.0 * body.line()) + 3.0;
        c.text(
            &ctx.metrics,
            (MARGIN_X, ty + 4.0),
            label,
            Anchor::Start,
            &ctx.tr("document-color-tints"),
        );
        for (i, t) in color.tints.iter().enumerate() {
            let tx = MARGIN_X + 18.0 + i as f64 * 30.0;
            let rgb = color.tint_rgb(*t);
            let outline =
                (contrast_ratio(rgb, paper) < 1.5).then_some((ctx.inks.rule.as_str(), 0.2));
            c.rect((tx, ty, 9.0, 6.0), &rgb.to_hex(), outline);
            let tinted = color.cmyk.tint(f32::from(*t));
            c.text(
                &ctx.metrics,
                (tx + 11.0, ty + 2.6),
                body,
                Anchor::Start,
                &format!("{t} %"),
            );
            c.text(
                &ctx.metrics,
                (tx + 11.0, ty + 5.8),
                label,
                Anchor::Start,
                &tinted.notation(),
            );
        }
    }
    flow.y = top + height;
}

/// The authored values of a colour as (label, value); a value the manual does not state reads "–".
fn values(flow: &Flow<'_, '_>, color: &Color) -> Vec<(String, String)> {
    let ctx = flow.ctx;
    let none = ctx.tr("document-none");
    let [r, g, b] = color.rgb.0;
    let opt = |v: &Option<String>| v.clone().unwrap_or_else(|| none.clone());
    vec![
        ("HEX".to_owned(), color.hex.clone()),
        ("RGB".to_owned(), format!("{r} / {g} / {b}")),
        ("CMYK".to_owned(), color.cmyk.notation()),
        ("RAL".to_owned(), opt(&color.ral)),
        ("Pantone C".to_owned(), opt(&color.pantone_c)),
        ("Pantone U".to_owned(), opt(&color.pantone_u)),
        ("NCS".to_owned(), opt(&color.ncs)),
    ]
}
