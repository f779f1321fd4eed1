//! The cover: a band in the primary colour with the programme's name, the kommune's logo, the version and the
//! adoption.

use crate::manual::{ColorwayKind, Logo, Manual, Rgb, SenderKind};

use super::Ctx;
use super::canvas::{Anchor, Canvas, Type};
use super::style::{MARGIN_X, PAGE_H, PAGE_W, TEXT_W, size};

/// Bleed the band extends into (drawn always; cut away when the document has none).
const OVER: f64 = 3.0;

/// The cover page.
pub fn page(ctx: &Ctx<'_>) -> Canvas {
    let m = ctx.manual;
    let p = &m.programme;
    let mut c = Canvas::default();
    let band = 150.0;
    c.rect(
        (-OVER, -OVER, PAGE_W + 2.0 * OVER, band + OVER),
        &ctx.inks.primary,
        None,
    );
    let on_band =
        Rgb::parse_hex(&ctx.inks.primary).map_or(ctx.inks.paper.as_str(), |bg| ctx.inks.on(bg));
    let title = Type {
        size: size::COVER,
        weight: 600,
        color: on_band,
    };
    let mut y = 60.0;
    for line in ctx
        .metrics
        .wrap(p.name.get(ctx.lang), title.size, title.weight, TEXT_W)
    {
        c.text(&ctx.metrics, (MARGIN_X, y), title, Anchor::Start, &line);
        y += title.line();
    }
    if let Some(theme) = &p.theme {
        let style = Type {
            size: size::H2,
            weight: 400,
            color: on_band,
        };
        y += 2.0;
        for line in ctx
            .metrics
            .wrap(theme.get(ctx.lang), style.size, style.weight, TEXT_W)
        {
            c.text(&ctx.metrics, (MARGIN_X, y), style, Anchor::Start, &line);
            y += style.line();
        }
    }
    let version = Type {
        size: size::H2,
        weight: 600,
        color: on_band,
    };
    c.text(
        &ctx.metrics,
        (MARGIN_X, band - 14.0),
        version,
        Anchor::Start,
        &ctx.tr_args(
            "document-cover-version",
            &[("version", p.version.clone().into())],
        ),
    );

    // The kommune's own logo in its negative colourway on the band, else its positive one below it.
    if let Some(logo) = main_logo(m) {
        place_logo(ctx, &mut c, logo, band);
    }

    let small = Type {
        size: size::BODY,
        weight: 400,
        color: &ctx.inks.ink,
    };
    let mut y = PAGE_H - 52.0;
    let lines = [
        p.organisation.clone(),
        ctx.tr_args(
            "document-cover-adopted",
            &[
                ("by", p.adopted_by.clone().into()),
                ("on", super::date(ctx.lang, &p.adopted_on).into()),
            ],
        ),
        ctx.tr_args(
            "document-cover-updated",
            &[("on", super::date(ctx.lang, &p.updated_on).into())],
        ),
        p.journal_no
            .as_ref()
            .map(|j| ctx.tr_args("document-cover-journal", &[("journal", j.clone().into())]))
            .unwrap_or_default(),
        p.contact.clone(),
    ];
    let wrapped: Vec<String> = lines
        .iter()
        .filter(|l| !l.is_empty())
        .flat_map(|l| ctx.metrics.wrap(l, small.size, small.weight, TEXT_W))
        .collect();
    let room = ((PAGE_H - 15.0 - y) / small.line()).floor() as usize;
    for part in clipped(wrapped, room) {
        c.text(&ctx.metrics, (MARGIN_X, y), small, Anchor::Start, &part);
        y += small.line();
    }
    c
}

/// At most `max` lines; when some are left out, the last one shown ends with an ellipsis.
fn clipped(mut lines: Vec<String>, max: usize) -> Vec<String> {
    if lines.len() > max {
        lines.truncate(max);
        if let Some(last) = lines.last_mut() {
            last.push('…');
        }
    }
    lines
}

/// The logo of the top sender (the kommune), else the first logo.
fn main_logo(m: &Manual) -> Option<&Logo> {
    m.senders
        .iter()
        .find(|s| s.kind == SenderKind::Kommune)
        .and_then(|s| m.logos.iter().find(|l| l.sender == s.id))
        .or_else(|| m.logos.first())
}

fn place_logo(ctx: &Ctx<'_>, c: &mut Canvas, logo: &Logo, band: f64) {
    let negative = logo.colorways.iter().find(|cw| {
        cw.kind == ColorwayKind::Negative
            && cw.backgrounds.iter().any(|b| {
                ctx.manual
                    .color(b)
                    .is_some_and(|col| col.rgb.to_hex() == ctx.inks.primary)
            })
    });
    let Some(lockup) = logo.lockups.first() else {
        return;
    };
    let (colorway, top) = match negative {
        Some(cw) => (cw, 20.0),
        None => match logo.colorways.first() {
            Some(cw) => (cw, band + 20.0),
            None => return,
        },
    };
    let Some(art) = lockup.artwork(&colorway.id) else {
        return;
    };
    let height = 16.0;
    let width = height * lockup.aspect();
    let width = width.min(TEXT_W * 0.6);
    let height = width / lockup.aspect();
    c.artwork(art, (MARGIN_X, top, width, height));
}
