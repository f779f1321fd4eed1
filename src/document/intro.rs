//! Section 1: the programme, its adoption and the manual's chapters.

use super::flow::{Flow, Table};

/// Writes the section.
pub fn write(flow: &mut Flow<'_, '_>) {
    let ctx = flow.ctx;
    let m = ctx.manual;
    let p = &m.programme;
    flow.section(&ctx.tr("document-intro"));
    if let Some(theme) = &p.theme {
        let style = super::canvas::Type {
            size: super::style::size::H2,
            weight: 400,
            color: &ctx.inks.primary,
        };
        flow.paragraph(theme.get(ctx.lang), style);
    }
    let text = ctx.tr_args(
        "document-intro-text",
        &[
            ("organisation", p.organisation.clone().into()),
            ("programme", p.name.get(ctx.lang).to_owned().into()),
            ("version", p.version.clone().into()),
        ],
    );
    flow.paragraph(&text, flow.body());
    flow.paragraph(&ctx.tr("document-intro-same-data"), flow.body());

    flow.heading(&ctx.tr("document-adoption"), 40.0);
    let none = || ctx.tr("document-none");
    let rows = vec![
        vec![ctx.tr("document-organisation"), p.organisation.clone()],
        vec![
            ctx.tr("document-programme"),
            p.name.get(ctx.lang).to_owned(),
        ],
        vec![ctx.tr("document-version"), p.version.clone()],
        vec![ctx.tr("document-adopted-by"), p.adopted_by.clone()],
        vec![
            ctx.tr("document-adopted-on"),
            super::date(ctx.lang, &p.adopted_on),
        ],
        vec![
            ctx.tr("document-updated-on"),
            super::date(ctx.lang, &p.updated_on),
        ],
        vec![
            ctx.tr("document-journal"),
            p.journal_no.clone().unwrap_or_else(none),
        ],
        vec![ctx.tr("document-contact"), p.contact.clone()],
    ];
    flow.table(&Table {
        columns: &[50.0, 120.0],
        header: None,
        rows,
    });

    if !m.chapters.is_empty() {
        flow.heading(&ctx.tr("document-chapters"), 30.0);
        flow.paragraph(&ctx.tr("document-chapters-text"), flow.body());
        flow.table(&Table {
            columns: &[20.0, 150.0],
            header: Some(vec![
                ctx.tr("document-chapter-number"),
                ctx.tr("document-chapter-name"),
            ]),
            rows: m
                .chapters
                .iter()
                .map(|c| vec![c.number.clone(), c.name.get(ctx.lang).to_owned()])
                .collect(),
        });
    }
}
