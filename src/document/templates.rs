//! The templates chapter: every template with its format and its fields drawn on the page to scale.

use crate::manual::template::ElementKind;
use crate::manual::{PresetSize, Template};

use super::canvas::{Anchor, Type};
use super::flow::{Flow, Table};
use super::number;
use super::style::{MARGIN_X, size};

/// The largest side of a template drawing, in mm.
const DRAWING: f64 = 90.0;

/// Writes the chapter.
pub fn write(flow: &mut Flow<'_, '_>) {
    let ctx = flow.ctx;
    flow.section(&ctx.tr("document-templates"));
    if ctx.manual.templates.is_empty() {
        flow.paragraph(&ctx.tr("document-templates-none"), flow.body());
    }
    for template in &ctx.manual.templates {
        write_template(flow, template);
    }
}

fn write_template(flow: &mut Flow<'_, '_>, t: &Template) {
    let ctx = flow.ctx;
    let preset = ctx.manual.preset(&t.design);
    let size_mm = preset.and_then(|p| match p.size {
        PresetSize::Mm { width, height } => Some((width, height)),
        PresetSize::Px { .. } => None,
    });
    flow.heading(t.name.get(ctx.lang), 30.0);
    let format = preset.map_or_else(|| t.design.clone(), |p| p.name.get(ctx.lang).to_owned());
    let size = size_mm.map_or_else(String::new, |(w, h)| {
        format!(" · {} × {} mm", number(ctx.lang, w), number(ctx.lang, h))
    });
    flow.paragraph(&format!("{format}{size}"), flow.small());
    if let Some((w, h)) = size_mm.filter(|(w, h)| *w > 0.0 && *h > 0.0) {
        let scale = DRAWING / w.max(h);
        let (dw, dh) = (w * scale, h * scale);
        let top = flow.room(dh + 6.0);
        let label = Type {
            size: size::SMALL - 1.0,
            weight: 400,
            color: &ctx.inks.ink,
        };
        let c = flow.canvas();
        c.rect(
            (MARGIN_X, top, dw, dh),
            &ctx.inks.paper,
            Some((&ctx.inks.muted, 0.3)),
        );
        for field in t.fields().filter(|f| f.page == 1) {
            let rect = (
                MARGIN_X + field.rect.x * scale,
                top + field.rect.y * scale,
                field.rect.w * scale,
                field.rect.h * scale,
            );
            let fill = if is_text(&field.kind) {
                &ctx.inks.paper
            } else {
                &ctx.inks.light
            };
            c.rect(rect, fill, None);
            c.frame(rect, &ctx.inks.primary, 0.25, Some(0.8));
            c.text(
                &ctx.metrics,
                (rect.0 + 1.0, rect.1 + 2.6),
                label,
                Anchor::Start,
                field.label.as_ref().map_or("", |l| l.get(ctx.lang)),
            );
        }
        flow.y = top + dh + 6.0;
    }
    let rows = t
        .fields()
        .map(|f| {
            vec![
                f.label
                    .as_ref()
                    .map_or_else(String::new, |l| l.get(ctx.lang).to_owned()),
                ctx.tr(if is_text(&f.kind) {
                    "document-field-text"
                } else {
                    "document-field-image"
                }),
                format!(
                    "{} × {} mm",
                    number(ctx.lang, f.rect.w),
                    number(ctx.lang, f.rect.h)
                ),
                format!(
                    "{}, {} mm",
                    number(ctx.lang, f.rect.x),
                    number(ctx.lang, f.rect.y)
                ),
            ]
        })
        .collect();
    flow.table(&Table {
        columns: &[60.0, 30.0, 40.0, 40.0],
        header: Some(vec![
            ctx.tr("document-field"),
            ctx.tr("document-field-kind"),
            ctx.tr("document-field-size"),
            ctx.tr("document-field-position"),
        ]),
        rows,
    });
}

/// Whether a field holds text (photos and QR codes are drawn as picture boxes).
fn is_text(kind: &ElementKind) -> bool {
    matches!(kind, ElementKind::Text(_))
}
