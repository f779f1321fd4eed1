//! The senders chapter: the kommune, its departments and institutions as a tree, each with its contact data,
//! its co-branding rule and its own logos.

use std::collections::HashSet;

use crate::manual::sender::CobrandOrder;
use crate::manual::{ColorwayKind, Sender, SenderKind};

use super::canvas::{Anchor, Type};
use super::flow::Flow;
use super::number;
use super::style::{MARGIN_X, TEXT_W, size};

/// Logo thumbnails: the height of the artwork.
const THUMB_H: f64 = 9.0;
/// Indentation per level of the tree.
const INDENT: f64 = 6.0;

/// Writes the chapter.
pub fn write(flow: &mut Flow<'_, '_>) {
    let ctx = flow.ctx;
    let title = ctx
        .manual
        .rules
        .chapter_senders
        .as_deref()
        .and_then(|id| ctx.manual.chapter(id))
        .map_or_else(
            || ctx.tr("document-senders"),
            |c| c.name.get(ctx.lang).to_owned(),
        );
    flow.section(&title);
    flow.paragraph(&ctx.tr("document-senders-text"), flow.body());
    let senders = &ctx.manual.senders;
    let known: HashSet<&str> = senders.iter().map(|s| s.id.as_str()).collect();
    let mut seen = HashSet::new();
    // Roots: no parent, or a parent the manual does not have; then their children, depth first.
    let mut stack: Vec<(&Sender, usize)> = senders
        .iter()
        .filter(|s| s.parent.as_deref().is_none_or(|p| !known.contains(p)))
        .rev()
        .map(|s| (s, 0))
        .collect();
    while let Some((sender, depth)) = stack.pop() {
        if !seen.insert(sender.id.as_str()) {
            continue;
        }
        write_sender(flow, sender, depth);
        stack.extend(
            senders
                .iter()
                .filter(|s| s.parent.as_deref() == Some(sender.id.as_str()))
                .rev()
                .map(|s| (s, depth + 1)),
        );
    }
}

fn write_sender(flow: &mut Flow<'_, '_>, sender: &Sender, depth: usize) {
    let ctx = flow.ctx;
    let m = ctx.manual;
    let x = MARGIN_X + INDENT * depth.min(4) as f64;
    let width = TEXT_W - (x - MARGIN_X);
    let name = Type {
        size: size::BODY + 1.0,
        weight: 600,
        color: &ctx.inks.ink,
    };
    let small = Type {
        size: size::SMALL,
        weight: 400,
        color: &ctx.inks.muted,
    };
    let kind = ctx.tr(match sender.kind {
        SenderKind::Kommune => "document-sender-kommune",
        SenderKind::Forvaltning => "document-sender-forvaltning",
        SenderKind::Institution => "document-sender-institution",
    });
    let mut lines = vec![kind];
    let contact = &sender.contact;
    let mut reach: Vec<String> = contact.address_lines.clone();
    reach.extend(contact.phone.iter().cloned());
    reach.extend(contact.email.iter().cloned());
    reach.extend(contact.web.iter().cloned());
    if !reach.is_empty() {
        lines.push(reach.join(" · "));
    }
    if let Some(hours) = &contact.opening_hours {
        lines.push(hours.clone());
    }
    if let Some(rule) = &sender.cobranding {
        let required = m.sender(&rule.requires).map_or_else(
            || rule.requires.clone(),
            |s| s.name.get(ctx.lang).to_owned(),
        );
        let order = ctx.tr_args(
            match rule.order {
                CobrandOrder::OwnFirst => "document-cobranding-own-first",
                CobrandOrder::RequiredFirst => "document-cobranding-required-first",
            },
            &[("required", required.clone().into())],
        );
        lines.push(ctx.tr_args(
            "document-cobranding",
            &[
                ("required", required.into()),
                ("order", order.into()),
                ("mm", number(ctx.lang, rule.min_separation).into()),
            ],
        ));
    }
    let wrapped: Vec<String> = lines
        .iter()
        .flat_map(|l| ctx.metrics.wrap(l, small.size, small.weight, width))
        .collect();
    let logos: Vec<_> = m.logos.iter().filter(|l| l.sender == sender.id).collect();
    let logos_h = if logos.is_empty() { 0.0 } else { THUMB_H + 7.0 };
    let height = name.line() + wrapped.len() as f64 * small.line() + logos_h + 3.0;
    let top = flow.room(height);
    let c = flow.canvas();
    let mut y = top + name.ascent();
    c.text(
        &ctx.metrics,
        (x, y),
        name,
        Anchor::Start,
        sender.name.get(ctx.lang),
    );
    y += name.line() * 0.9;
    for line in &wrapped {
        c.text(&ctx.metrics, (x, y), small, Anchor::Start, line);
        y += small.line();
    }
    let mut lx = x;
    for logo in logos {
        let lockup = logo.lockups.first();
        let colorway = logo
            .colorways
            .iter()
            .find(|c| c.kind == ColorwayKind::Positive)
            .or_else(|| logo.colorways.first());
        let Some(art) = lockup.zip(colorway).and_then(|(l, c)| l.artwork(&c.id)) else {
            continue;
        };
        let w = (THUMB_H * art.width / art.height).min(60.0);
        let h = w * art.height / art.width;
        if lx + w > MARGIN_X + TEXT_W {
            break;
        }
        c.artwork(art, (lx, y, w, h));
        c.text(
            &ctx.metrics,
            (lx, y + THUMB_H + 3.5),
            small,
            Anchor::Start,
            logo.name.get(ctx.lang),
        );
        lx += w.max(
            ctx.metrics
                .width(logo.name.get(ctx.lang), small.size, small.weight),
        ) + 8.0;
    }
    flow.y = top + height;
}
