//! The typography chapter: every font family with its roles, licence, usage and fallbacks, and a specimen of
//! every bundled face (set in that face, embedded in the PDF).

use crate::manual::Family;

use super::canvas::{Anchor, Type};
use super::flow::{Flow, Table};
use super::style::{MARGIN_X, size};

/// Specimen sizes in points.
const LARGE: f64 = 22.0;
const SMALL: f64 = 11.0;

/// Writes the chapter.
pub fn write(flow: &mut Flow<'_, '_>) {
    let ctx = flow.ctx;
    flow.section(&ctx.tr("document-typography"));
    for family in &ctx.manual.families {
        write_family(flow, family);
    }
}

fn write_family(flow: &mut Flow<'_, '_>, family: &Family) {
    let ctx = flow.ctx;
    flow.heading(&family.name, 40.0);
    let none = ctx.tr("document-none");
    let join = |v: &[String]| {
        if v.is_empty() {
            none.clone()
        } else {
            v.join(", ")
        }
    };
    let roles: Vec<String> = family
        .roles
        .iter()
        .map(|r| match r.as_str() {
            "headline" => ctx.tr("document-font-role-headline"),
            "body" => ctx.tr("document-font-role-body"),
            "office" => ctx.tr("document-font-role-office"),
            other => other.to_owned(),
        })
        .collect();
    let mut rows = vec![
        vec![ctx.tr("document-font-roles"), join(&roles)],
        vec![ctx.tr("document-font-licence"), family.licence.clone()],
        vec![ctx.tr("document-font-fallback"), join(&family.fallback)],
    ];
    if let Some(usage) = &family.usage {
        rows.push(vec![
            ctx.tr("document-font-usage"),
            usage.get(ctx.lang).to_owned(),
        ]);
    }
    flow.table(&Table {
        columns: &[40.0, 130.0],
        header: None,
        rows,
    });
    if family.data.is_empty() {
        flow.paragraph(&ctx.tr("document-font-system"), flow.small());
        return;
    }
    let specimen = ctx.tr("document-font-specimen");
    let alphabet = [
        "ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ",
        "abcdefghijklmnopqrstuvwxyzæøå 0123456789 –.,:;!?»«",
    ];
    for data in &family.data {
        let Ok(face) = ttf_parser::Face::parse(data, 0) else {
            continue;
        };
        let weight = face.weight().to_number();
        let italic = face.is_italic();
        let name = |id: u16| {
            face.names()
                .into_iter()
                .filter(|n| n.name_id == id && n.is_unicode())
                .find_map(|n| n.to_string())
        };
        // The face's full name ("IBM Plex Sans SemiBold"); name id 2 says "Regular" for every weight of a
        // family with more than four styles.
        let full_name = name(ttf_parser::name_id::FULL_NAME)
            .or_else(|| {
                name(ttf_parser::name_id::TYPOGRAPHIC_SUBFAMILY)
                    .map(|s| format!("{} {s}", family.name))
            })
            .unwrap_or_else(|| family.name.clone());
        let large = LARGE * super::style::MM_PER_PT;
        let small_line = SMALL * super::style::MM_PER_PT * 1.35;
        let top = flow.room(large * 1.3 + 2.0 * small_line + 10.0);
        let label = Type {
            size: size::SMALL,
            weight: 400,
            color: &ctx.inks.muted,
        };
        let c = flow.canvas();
        c.text(
            &ctx.metrics,
            (MARGIN_X, top + label.ascent()),
            label,
            Anchor::Start,
            &format!("{full_name} · {weight}"),
        );
        let mut y = top + label.line() + large;
        c.specimen(
            (MARGIN_X, y),
            (&family.name, weight, italic),
            LARGE,
            &ctx.inks.ink,
            &specimen,
        );
        y += small_line * 1.2;
        for line in alphabet
            .iter()
            .flat_map(|a| ctx.metrics.wrap(a, SMALL, weight, super::style::TEXT_W))
        {
            c.specimen(
                (MARGIN_X, y),
                (&family.name, weight, italic),
                SMALL,
                &ctx.inks.ink,
                &line,
            );
            y += small_line;
        }
        flow.y = y + 4.0;
    }
}
