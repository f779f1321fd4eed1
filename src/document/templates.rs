//! The templates chapter: every template with its format and its fields drawn on the page to scale.

use crate::manual::template::FieldKind;
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
    let preset = ctx.manual.preset(&t.preset);
    let size_mm = preset.and_then(|p| match p.size {
        PresetSize::Mm { width, height } => Some((width, height)),
        PresetSize::Px { .. } => None,
    });
    flow.heading(t.name.get(ctx.lang), 30.0);
    let format = preset.map_or_else(|| t.preset.clone(), |p| p.name.get(ctx.lang).to_owned());
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
        for field in &t.fields {
            let rect = (
                MARGIN_X + field.x_mm * scale,
                top + field.y_mm * scale,
                field.width_mm * scale,
                field.height_mm * scale,
            );
            let fill = match field.kind {
                FieldKind::Image => &ctx.inks.light,
                FieldKind::Text => &ctx.inks.paper,
            };
            c.rect(rect, fill, None);
            c.frame(rect, &ctx.inks.primary, 0.25, Some(0.8));
            c.text(
                &ctx.metrics,
                (rect.0 + 1.0, rect.1 + 2.6),
                label,
                Anchor::Start,
                field.name.get(ctx.lang),
            );
        }
        flow.y = top + dh + 6.0;
    }
    let rows = t
        .fields
        .iter()
        .map(|f| {
            vec![
                f.name.get(ctx.lang).to_owned(),
                ctx.tr(match f.kind {
                    FieldKind::Text => "document-field-text",
                    FieldKind::Image => "document-field-image",
                }),
                format!(
                    "{} × {} mm",
                    number(ctx.lang, f.width_mm),
                    number(ctx.lang, f.height_mm)
                ),
                format!(
                    "{}, {} mm",
                    number(ctx.lang, f.x_mm),
                    number(ctx.lang, f.y_mm)
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
