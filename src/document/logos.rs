//! The logo chapter: for every logo its parts, every lockup with the clear space drawn and dimensioned, the
//! minimum sizes, every colourway on its allowed backgrounds and on backgrounds it must not be used on, and the
//! size table.

use crate::manual::color::contrast_ratio;
use crate::manual::{Color, Colorway, ColorwayKind, Lockup, Logo, Position, SenderKind};

use super::canvas::{Anchor, Type};
use super::flow::{Flow, Table};
use super::number;
use super::style::{MARGIN_X, TEXT_W, size};

/// Height of a lockup drawing (logo and clear space), at most.
const DRAWING_H: f64 = 48.0;
/// Width of a lockup drawing, at most.
const DRAWING_W: f64 = 100.0;
/// Background example tiles.
const TILE_W: f64 = 30.0;
const TILE_H: f64 = 19.0;
/// Forbidden examples per colourway.
const FORBIDDEN: usize = 2;

/// Writes the chapter.
pub fn write(flow: &mut Flow<'_, '_>) {
    let ctx = flow.ctx;
    let title = chapter_title(flow);
    flow.section(&title);
    if ctx.manual.logos.is_empty() {
        flow.paragraph(&ctx.tr("document-logos-none"), flow.body());
    }
    for (i, logo) in ordered(ctx.manual).into_iter().enumerate() {
        if i > 0 {
            flow.new_page();
        }
        write_logo(flow, logo);
    }
}

/// The logos in the order of their senders' rank: the kommune's first, then departments', then institutions'
/// (manual order within a rank).
fn ordered(manual: &crate::manual::Manual) -> Vec<&Logo> {
    let rank = |logo: &Logo| match manual.sender(&logo.sender).map(|s| s.kind) {
        Some(SenderKind::Kommune) => 0,
        Some(SenderKind::Forvaltning) => 1,
        Some(SenderKind::Institution) => 2,
        None => 3,
    };
    let mut logos: Vec<&Logo> = manual.logos.iter().collect();
    logos.sort_by_key(|l| rank(l));
    logos
}

/// The manual's own name for the logo chapter when the rules cite one, else the catalogue's.
fn chapter_title(flow: &Flow<'_, '_>) -> String {
    let ctx = flow.ctx;
    ctx.manual
        .rules
        .chapter_logo
        .as_deref()
        .and_then(|id| ctx.manual.chapter(id))
        .map_or_else(
            || ctx.tr("document-logos"),
            |c| c.name.get(ctx.lang).to_owned(),
        )
}

fn write_logo(flow: &mut Flow<'_, '_>, logo: &Logo) {
    let ctx = flow.ctx;
    let heading = Type {
        size: size::H2 + 2.0,
        weight: 600,
        color: &ctx.inks.primary,
    };
    flow.paragraph(logo.name.get(ctx.lang), heading);
    let sender = ctx
        .manual
        .sender(&logo.sender)
        .map_or_else(|| logo.sender.clone(), |s| s.name.get(ctx.lang).to_owned());
    let parts: Vec<&str> = logo.parts.iter().map(|p| p.name.get(ctx.lang)).collect();
    let mut facts = ctx.tr_args("document-logo-sender", &[("sender", sender.into())]);
    if !parts.is_empty() {
        facts.push_str(" · ");
        facts.push_str(&ctx.tr_args("document-logo-parts", &[("parts", parts.join(", ").into())]));
    }
    flow.paragraph(&facts, flow.small());

    let ratio = number(ctx.lang, logo.clear_space_ratio);
    let reference = logo.reference_name.get(ctx.lang);
    flow.heading(&ctx.tr("document-logo-lockups"), DRAWING_H);
    flow.paragraph(
        &ctx.tr_args(
            "document-logo-clear-space",
            &[
                ("ratio", ratio.clone().into()),
                ("reference", reference.to_owned().into()),
            ],
        ),
        flow.body(),
    );
    let shown = shown_colorway(logo);
    for lockup in &logo.lockups {
        write_lockup(flow, logo, lockup, shown);
    }

    write_minimums(flow, logo);
    write_colorways(flow, logo);
    write_sizes(flow, logo);
}

/// The colourway the lockups are shown in: the positive one, else the first.
fn shown_colorway(logo: &Logo) -> Option<&Colorway> {
    logo.colorways
        .iter()
        .find(|c| c.kind == ColorwayKind::Positive)
        .or_else(|| logo.colorways.first())
}

/// One lockup: the artwork inside its clear space (a light area with a dashed edge), the clear space
/// dimensioned on the left and at the top as x, and the lockup's name and minimum sizes beside it.
fn write_lockup(flow: &mut Flow<'_, '_>, logo: &Logo, lockup: &Lockup, shown: Option<&Colorway>) {
    let ctx = flow.ctx;
    let Some(art) = shown.and_then(|c| lockup.artwork(&c.id)) else {
        return;
    };
    let clear = logo.clear_space_units(lockup);
    let (box_w, box_h) = (art.width + 2.0 * clear, art.height + 2.0 * clear);
    let scale = (DRAWING_W / box_w).min(DRAWING_H / box_h);
    let (w, h) = (box_w * scale, box_h * scale);
    let top = flow.room(h + 12.0) + 6.0;
    let x = MARGIN_X + 8.0;
    let c = flow.canvas();
    c.rect((x, top, w, h), &ctx.inks.light, None);
    c.frame((x, top, w, h), &ctx.inks.primary, 0.2, Some(1.0));
    let cs = clear * scale;
    c.rect(
        (x + cs, top + cs, art.width * scale, art.height * scale),
        &ctx.inks.paper,
        None,
    );
    c.artwork(
        art,
        (x + cs, top + cs, art.width * scale, art.height * scale),
    );

    // Dimension lines: x at the left (vertical extent of the clear space above the artwork is x too).
    let dim = Type {
        size: size::SMALL,
        weight: 600,
        color: &ctx.inks.ink,
    };
    let mid_y = top + h / 2.0;
    c.line((x, mid_y), (x + cs, mid_y), &ctx.inks.ink, 0.2);
    c.line((x, mid_y - 1.2), (x, mid_y + 1.2), &ctx.inks.ink, 0.2);
    c.line(
        (x + cs, mid_y - 1.2),
        (x + cs, mid_y + 1.2),
        &ctx.inks.ink,
        0.2,
    );
    c.text(
        &ctx.metrics,
        (x + cs / 2.0, mid_y - 1.0),
        dim,
        Anchor::Middle,
        "x",
    );
    let mid_x = x + w / 2.0;
    c.line((mid_x, top), (mid_x, top + cs), &ctx.inks.ink, 0.2);
    c.line((mid_x - 1.2, top), (mid_x + 1.2, top), &ctx.inks.ink, 0.2);
    c.line(
        (mid_x - 1.2, top + cs),
        (mid_x + 1.2, top + cs),
        &ctx.inks.ink,
        0.2,
    );
    c.text(
        &ctx.metrics,
        (mid_x + 1.5, top + cs / 2.0 + 1.0),
        dim,
        Anchor::Start,
        "x",
    );
    // The reference measure, at the right edge of the artwork.
    let rx = x + cs + art.width * scale + 2.0;
    let ref_h = lockup.reference * scale;
    c.line((rx, top + cs), (rx, top + cs + ref_h), &ctx.inks.muted, 0.2);
    c.line(
        (rx - 1.0, top + cs),
        (rx + 1.0, top + cs),
        &ctx.inks.muted,
        0.2,
    );
    c.line(
        (rx - 1.0, top + cs + ref_h),
        (rx + 1.0, top + cs + ref_h),
        &ctx.inks.muted,
        0.2,
    );

    let label_x = x + w + 8.0;
    let name = Type {
        size: size::BODY,
        weight: 600,
        color: &ctx.inks.ink,
    };
    let small = Type {
        size: size::SMALL,
        weight: 400,
        color: &ctx.inks.muted,
    };
    let label_w = MARGIN_X + TEXT_W - label_x;
    let mut y = top + name.ascent();
    c.text(
        &ctx.metrics,
        (label_x, y),
        name,
        Anchor::Start,
        lockup.name.get(ctx.lang),
    );
    y += name.line();
    let x_mm = |width_mm: f64| width_mm / art.width * clear;
    let (print, screen) = shown.map_or((None, None), |cw| logo.minimum(&lockup.id, &cw.id));
    let mut lines = vec![ctx.tr_args(
        "document-logo-reference",
        &[(
            "reference",
            logo.reference_name.get(ctx.lang).to_owned().into(),
        )],
    )];
    if let Some(mm) = print {
        lines.push(ctx.tr_args(
            "document-logo-min-print",
            &[
                ("mm", number(ctx.lang, mm).into()),
                ("x", number(ctx.lang, round1(x_mm(mm))).into()),
            ],
        ));
    }
    if let Some(px) = screen {
        lines.push(ctx.tr_args("document-logo-min-screen", &[("px", px.into())]));
    }
    for line in lines {
        for part in ctx.metrics.wrap(&line, small.size, small.weight, label_w) {
            c.text(&ctx.metrics, (label_x, y), small, Anchor::Start, &part);
            y += small.line();
        }
    }
    flow.y = top + h.max(y - top) + 4.0;
}

fn round1(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

/// Minimum sizes of every lockup in every colourway (print width in mm, screen width in px).
fn write_minimums(flow: &mut Flow<'_, '_>, logo: &Logo) {
    let ctx = flow.ctx;
    if logo.lockups.is_empty() || logo.colorways.is_empty() {
        return;
    }
    flow.heading(&ctx.tr("document-logo-minimums"), 25.0);
    flow.paragraph(&ctx.tr("document-logo-minimums-text"), flow.body());
    let n = logo.colorways.len().min(5);
    let first = 170.0 - 26.0 * n as f64;
    let columns: Vec<f64> = std::iter::once(first)
        .chain(std::iter::repeat_n(26.0, n))
        .collect();
    let mut header = vec![ctx.tr("document-logo-lockup")];
    header.extend(
        logo.colorways
            .iter()
            .take(n)
            .map(|c| c.name.get(ctx.lang).to_owned()),
    );
    let dash = ctx.tr("document-none");
    let rows = logo
        .lockups
        .iter()
        .map(|l| {
            let mut row = vec![l.name.get(ctx.lang).to_owned()];
            row.extend(logo.colorways.iter().take(n).map(|c| {
                let (print, screen) = logo.minimum(&l.id, &c.id);
                let mm = print.map_or(dash.clone(), |v| format!("{} mm", number(ctx.lang, v)));
                let px = screen.map_or(dash.clone(), |v| format!("{v} px"));
                format!("{mm} / {px}")
            }));
            row
        })
        .collect();
    flow.table(&Table {
        columns: &columns,
        header: Some(header),
        rows,
    });
}

/// Every colourway on its allowed backgrounds, and on the palette colours it reads worst on, crossed out.
fn write_colorways(flow: &mut Flow<'_, '_>, logo: &Logo) {
    let ctx = flow.ctx;
    let Some(lockup) = logo.lockups.first() else {
        return;
    };
    flow.heading(&ctx.tr("document-logo-colorways"), TILE_H + 20.0);
    flow.paragraph(&ctx.tr("document-logo-colorways-text"), flow.body());
    for colorway in &logo.colorways {
        let Some(art) = lockup.artwork(&colorway.id) else {
            continue;
        };
        let allowed: Vec<&Color> = colorway
            .backgrounds
            .iter()
            .filter_map(|b| ctx.manual.color(b))
            .collect();
        let forbidden = forbidden(ctx.manual, colorway);
        let per_row = 5;
        let tiles = allowed.len() + forbidden.len();
        let rows = tiles.div_ceil(per_row).max(1);
        let block = 8.0 + rows as f64 * (TILE_H + 8.0);
        let top = flow.room(block);
        let title = Type {
            size: size::BODY,
            weight: 600,
            color: &ctx.inks.ink,
        };
        let main = ctx.manual.color(&colorway.main_color).map_or_else(
            || colorway.main_color.clone(),
            |c| c.name.get(ctx.lang).to_owned(),
        );
        let c = flow.canvas();
        c.text(
            &ctx.metrics,
            (MARGIN_X, top + title.ascent()),
            title,
            Anchor::Start,
            &format!(
                "{} · {}",
                colorway.name.get(ctx.lang),
                ctx.tr_args("document-logo-main-color", &[("color", main.into())])
            ),
        );
        let small = Type {
            size: size::SMALL,
            weight: 400,
            color: &ctx.inks.muted,
        };
        let tiles = allowed
            .iter()
            .map(|c| (*c, true))
            .chain(forbidden.iter().map(|c| (*c, false)));
        for (i, (bg, ok)) in tiles.enumerate() {
            let x = MARGIN_X + (i % per_row) as f64 * (TILE_W + 4.0);
            let y = top + 5.0 + (i / per_row) as f64 * (TILE_H + 8.0);
            c.rect(
                (x, y, TILE_W, TILE_H),
                &bg.rgb.to_hex(),
                Some((&ctx.inks.rule, 0.15)),
            );
            let pad = 3.0;
            let (aw, ah) = fit(
                art.width,
                art.height,
                TILE_W - 2.0 * pad,
                TILE_H - 2.0 * pad,
            );
            c.artwork(
                art,
                (x + (TILE_W - aw) / 2.0, y + (TILE_H - ah) / 2.0, aw, ah),
            );
            let label = if ok {
                bg.name.get(ctx.lang).to_owned()
            } else {
                let cross = ctx.inks.on(bg.rgb).to_owned();
                c.line((x, y), (x + TILE_W, y + TILE_H), &cross, 0.5);
                c.line((x, y + TILE_H), (x + TILE_W, y), &cross, 0.5);
                ctx.tr_args(
                    "document-logo-forbidden",
                    &[("color", bg.name.get(ctx.lang).to_owned().into())],
                )
            };
            c.text(
                &ctx.metrics,
                (x, y + TILE_H + 3.0),
                small,
                Anchor::Start,
                &label,
            );
        }
        flow.y = top + block;
    }
}

/// The palette colours a colourway may not be used on that it reads worst on (lowest contrast first).
fn forbidden<'m>(manual: &'m crate::manual::Manual, colorway: &Colorway) -> Vec<&'m Color> {
    let Some(main) = manual.color(&colorway.main_color) else {
        return Vec::new();
    };
    let mut others: Vec<&Color> = manual
        .colors
        .iter()
        .filter(|c| !colorway.backgrounds.contains(&c.id))
        .collect();
    others.sort_by(|a, b| {
        contrast_ratio(a.rgb, main.rgb).total_cmp(&contrast_ratio(b.rgb, main.rgb))
    });
    others.truncate(FORBIDDEN);
    others
}

/// A `w × h` box scaled to fit inside `max_w × max_h`.
fn fit(w: f64, h: f64, max_w: f64, max_h: f64) -> (f64, f64) {
    let s = (max_w / w).min(max_h / h);
    (w * s, h * s)
}

/// The size table: the logo width per format preset, its position and margin.
fn write_sizes(flow: &mut Flow<'_, '_>, logo: &Logo) {
    let ctx = flow.ctx;
    if logo.sizes.is_empty() {
        return;
    }
    flow.heading(&ctx.tr("document-logo-sizes"), 25.0);
    let rows = logo
        .sizes
        .iter()
        .map(|s| {
            let preset = ctx
                .manual
                .preset(&s.preset)
                .map_or_else(|| s.preset.clone(), |p| p.name.get(ctx.lang).to_owned());
            let lockup = logo
                .lockup(&s.lockup)
                .map_or_else(|| s.lockup.clone(), |l| l.name.get(ctx.lang).to_owned());
            vec![
                preset,
                lockup,
                format!("{} mm", number(ctx.lang, s.width_mm)),
                ctx.tr(position_key(s.position)),
                format!("{} mm", number(ctx.lang, s.margin_mm)),
            ]
        })
        .collect();
    flow.table(&Table {
        columns: &[45.0, 35.0, 25.0, 40.0, 25.0],
        header: Some(vec![
            ctx.tr("document-preset"),
            ctx.tr("document-logo-lockup"),
            ctx.tr("document-logo-width"),
            ctx.tr("document-logo-position"),
            ctx.tr("document-logo-margin"),
        ]),
        rows,
    });
}

fn position_key(p: Position) -> &'static str {
    match p {
        Position::TopLeft => "document-position-top-left",
        Position::TopCenter => "document-position-top-center",
        Position::TopRight => "document-position-top-right",
        Position::Center => "document-position-center",
        Position::BottomLeft => "document-position-bottom-left",
        Position::BottomCenter => "document-position-bottom-center",
        Position::BottomRight => "document-position-bottom-right",
    }
}
