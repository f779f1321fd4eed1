//! The changelog: every version with its date and what changed, newest first.

use super::flow::{Flow, Table};

/// Writes the chapter.
pub fn write(flow: &mut Flow<'_, '_>) {
    let ctx = flow.ctx;
    flow.section(&ctx.tr("document-changelog"));
    if ctx.manual.changelog.is_empty() {
        flow.paragraph(&ctx.tr("document-changelog-empty"), flow.body());
        return;
    }
    let rows = ctx
        .manual
        .changelog
        .iter()
        .map(|e| {
            vec![
                e.version.clone(),
                super::date(ctx.lang, &e.date),
                e.text.get(ctx.lang).to_owned(),
            ]
        })
        .collect();
    flow.table(&Table {
        columns: &[20.0, 28.0, 122.0],
        header: Some(vec![
            ctx.tr("document-version"),
            ctx.tr("document-date"),
            ctx.tr("document-change"),
        ]),
        rows,
    });
}
