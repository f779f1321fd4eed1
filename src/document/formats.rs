//! The formats chapter: every export preset by medium, with its size, resolution, bleed and crop marks, colour
//! space and output intent, and the file formats it makes.

use crate::manual::{ColorSpace, Format, Medium, Preset, PresetKind, PresetSize};

use super::flow::{Flow, Table};
use super::number;

/// Writes the chapter.
pub fn write(flow: &mut Flow<'_, '_>) {
    let ctx = flow.ctx;
    let title = ctx
        .manual
        .rules
        .chapter_formats
        .as_deref()
        .and_then(|id| ctx.manual.chapter(id))
        .map_or_else(
            || ctx.tr("document-formats"),
            |c| c.name.get(ctx.lang).to_owned(),
        );
    flow.section(&title);
    flow.paragraph(&ctx.tr("document-formats-text"), flow.body());
    for (medium, key) in [
        (Medium::Print, "document-medium-print"),
        (Medium::Office, "document-medium-office"),
        (Medium::Web, "document-medium-web"),
        (Medium::Social, "document-medium-social"),
    ] {
        let presets: Vec<&Preset> = ctx
            .manual
            .presets
            .iter()
            .filter(|p| p.medium == medium)
            .collect();
        if presets.is_empty() {
            continue;
        }
        flow.heading(&ctx.tr(key), 20.0);
        let rows = presets.iter().map(|p| row(flow, p)).collect();
        flow.table(&Table {
            columns: &[40.0, 28.0, 46.0, 30.0, 26.0],
            header: Some(vec![
                ctx.tr("document-preset"),
                ctx.tr("document-preset-size"),
                ctx.tr("document-preset-resolution"),
                ctx.tr("document-preset-color"),
                ctx.tr("document-preset-formats"),
            ]),
            rows,
        });
    }
}

fn row(flow: &Flow<'_, '_>, p: &Preset) -> Vec<String> {
    let ctx = flow.ctx;
    let lang = ctx.lang;
    let size = match p.size {
        PresetSize::Mm { width, height } => {
            format!("{} × {} mm", number(lang, width), number(lang, height))
        }
        PresetSize::Px {
            width,
            height: Some(height),
        } => format!("{width} × {height} px"),
        PresetSize::Px {
            width,
            height: None,
        } => format!("{width} px"),
    };
    let mut resolution = match p.size {
        PresetSize::Mm { .. } => format!("{} dpi", number(lang, p.dpi)),
        PresetSize::Px { .. } if p.display_scale > 1 => ctx.tr_args(
            "document-preset-display-scale",
            &[("scale", p.display_scale.into())],
        ),
        PresetSize::Px { .. } => "1 px = 1 px".to_owned(),
    };
    if p.bleed_mm > 0.0 {
        resolution.push_str(&format!(
            ", {}",
            ctx.tr_args(
                "document-preset-bleed",
                &[("mm", number(lang, p.bleed_mm).into())]
            )
        ));
    }
    if p.crop_marks {
        resolution.push_str(&format!(", {}", ctx.tr("document-preset-crop-marks")));
    }
    let color = match p.color_space {
        ColorSpace::Cmyk if !p.output_intent.trim().is_empty() => {
            format!("CMYK ({})", p.output_intent.trim())
        }
        ColorSpace::Cmyk => "CMYK".to_owned(),
        ColorSpace::Srgb => "sRGB".to_owned(),
    };
    let mut formats: Vec<String> = p
        .formats
        .iter()
        .map(|f| match f {
            Format::Pdf => "PDF",
            Format::Png => "PNG",
            Format::Jpeg => "JPEG",
            Format::Svg => "SVG",
            Format::Ico => "ICO",
        })
        .map(str::to_owned)
        .collect();
    match p.kind {
        PresetKind::Favicon => formats.push(ctx.tr("document-preset-favicon")),
        PresetKind::Signature => formats.push(ctx.tr("document-preset-signature")),
        PresetKind::Format => {}
    }
    vec![
        p.name.get(lang).to_owned(),
        size,
        resolution,
        color,
        formats.join(", "),
    ]
}
