//! The templates chapter: every template with its format and its fields drawn on the page to scale.

use crate::manual::Template;
use crate::manual::template::{Element, ElementKind, Units};

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
    let unit = match t.units {
        Units::Mm => "mm",
        Units::Px => "px",
    };
    let page = t.page_size(ctx.manual, &t.design);
    flow.heading(t.name.get(ctx.lang), 30.0);
    let format = t
        .variants
        .iter()
        .map(|v| {
            ctx.manual
                .preset(v)
                .map_or_else(|| v.clone(), |p| p.name.get(ctx.lang).to_owned())
        })
        .collect::<Vec<_>>()
        .join(", ");
    let size = page.map_or_else(String::new, |(w, h)| {
        format!(
            " · {} × {} {unit}",
            number(ctx.lang, w),
            number(ctx.lang, h)
        )
    });
    flow.paragraph(&format!("{format}{size}"), flow.small());
    if let Some((w, h)) = page.filter(|(w, h)| *w > 0.0 && *h > 0.0) {
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
        for field in design_fields(t).filter(|f| f.page == 1) {
            let r = field.rect;
            let rect = (
                MARGIN_X + r.x * scale,
                top + r.y * scale,
                r.w * scale,
                r.h * scale,
            );
            let fill = match field.kind {
                ElementKind::Text(_) => &ctx.inks.paper,
                _ => &ctx.inks.light,
            };
            c.rect(rect, fill, None);
            c.frame(rect, &ctx.inks.primary, 0.25, Some(0.8));
            c.text(
                &ctx.metrics,
                (rect.0 + 1.0, rect.1 + 2.6),
                label,
                Anchor::Start,
                &label_of(field, ctx.lang),
            );
        }
        flow.y = top + dh + 6.0;
    }
    let rows = design_fields(t)
        .map(|f| {
            vec![
                label_of(f, ctx.lang),
                ctx.tr(match f.kind {
                    ElementKind::Text(_) => "document-field-text",
                    ElementKind::Qr(_) => "document-field-qr",
                    _ => "document-field-image",
                }),
                format!(
                    "{} × {} {unit}",
                    number(ctx.lang, f.rect.w),
                    number(ctx.lang, f.rect.h)
                ),
                format!(
                    "{}, {} {unit}",
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

/// The fields of the template's design variant, in drawing order.
fn design_fields(t: &Template) -> impl Iterator<Item = &Element> {
    t.fields().filter(|f| f.in_variant(&t.design))
}

/// A field's label (its id when it has none).
fn label_of(field: &Element, lang: crate::i18n::Lang) -> String {
    field.label.as_ref().map_or_else(
        || field.id.clone().unwrap_or_default(),
        |l| l.get(lang).to_owned(),
    )
}
