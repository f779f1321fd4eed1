//! The e-mail signature: an Outlook-ready folder (`NAME.htm`, `NAME.txt`, `NAME_files/logo.png`) and the HTML
//! to paste into the new Outlook. Classic Outlook renders HTML with Word's engine, so the signature is one
//! table with inline styles only, no scripts, no SVG; the logo is a PNG at twice its display size with a
//! 96 ppi resolution (Outlook rescales images that are not 96 ppi) and `width`/`height` at its display size,
//! with alt text. Whether the logo is there is the sender's choice in the manual (`signature_logo`). Every
//! user text is escaped. The fields come in the template's order (top to bottom), their sizes halved (the
//! template is drawn at twice the size on screen).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use base64::Engine as _;

use crate::export::{ExportError, WriteOptions, atomic};
use crate::manual::template::Source;
use crate::manual::{Color, Manual};
use crate::plan;
use crate::render;
use crate::request::{Request, Subject, Target};

use super::compose::escape;
use super::layout::{Content, Layout, LogoItem};
use super::write::{Output, TemplateError, target};
use super::{Engine, Fill};

/// The resolution written into the logo PNG (what Outlook expects).
pub const LOGO_PPI: f64 = 96.0;

/// One line of the signature.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The text (several lines for an address).
    pub text: String,
    /// CSS pixels.
    pub size_px: f64,
    /// Bold.
    pub bold: bool,
    /// `#rrggbb`.
    pub color: String,
    /// A link (`mailto:` or `https://`), for e-mail and web fields.
    pub link: Option<String>,
}

/// The signature's content: the logo (if the sender's signatures carry one) and the rows.
#[derive(Debug, Clone)]
pub struct Signature<'m> {
    /// The logo, with its display size in CSS pixels.
    pub logo: Option<(&'m LogoItem<'m>, u32, u32)>,
    /// Alt text of the logo: the sender's name.
    pub alt: String,
    /// The rows, top to bottom.
    pub rows: Vec<Row>,
    /// The font stack.
    pub font: String,
}

/// What a laid-out signature template says.
pub fn content<'m>(manual: &'m Manual, layout: &'m Layout<'m>) -> Signature<'m> {
    let scale = f64::from(layout.preset.display_scale.max(1));
    let font = manual
        .families
        .iter()
        .find(|f| f.roles.iter().any(|r| r == "office"))
        .map_or_else(
            || "sans-serif".to_owned(),
            |f| {
                std::iter::once(f.name.as_str())
                    .chain(f.fallback.iter().map(String::as_str))
                    .map(|n| {
                        if n.contains(' ') {
                            format!("'{n}'")
                        } else {
                            n.to_owned()
                        }
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            },
        );
    let show_logo = layout.sender.is_none_or(|s| manual.signature_logo(&s.id));
    let mut items: Vec<_> = layout.items().collect();
    items.sort_by(|a, b| a.rect.y.total_cmp(&b.rect.y));
    let mut logo = None;
    let mut rows = Vec::new();
    for item in items {
        match &item.content {
            Content::Logo(Some(l)) if show_logo => {
                // Whole CSS pixels; the PNG is exactly `display_scale` times that.
                let w = (l.rect.w / scale).round().max(1.0) as u32;
                let h = (l.rect.h / scale).round().max(1.0) as u32;
                logo = Some((l, w, h));
            }
            Content::Text(t) if !t.value.trim().is_empty() => {
                let Some(field) = item.element.text() else {
                    continue;
                };
                let link = match field.source {
                    Some(Source::PersonEmail | Source::SenderEmail) => {
                        Some(format!("mailto:{}", t.value.trim()))
                    }
                    Some(Source::SenderWeb) => Some(web_link(t.value.trim())),
                    _ => None,
                };
                rows.push(Row {
                    text: t.value.trim().to_owned(),
                    size_px: (t.fit.size / scale * 10.0).round() / 10.0,
                    bold: field.weight >= 600,
                    color: t
                        .color
                        .map_or_else(|| "#000000".to_owned(), |c: &Color| c.rgb.to_hex()),
                    link,
                });
            }
            _ => {}
        }
    }
    Signature {
        logo,
        alt: layout.sender.map(|s| s.name.da.clone()).unwrap_or_default(),
        rows,
        font,
    }
}

fn web_link(web: &str) -> String {
    if web.starts_with("http://") || web.starts_with("https://") {
        web.to_owned()
    } else {
        format!("https://{web}")
    }
}

/// The signature as an HTML table (inline styles only), the logo's `src` given.
pub fn table(signature: &Signature<'_>, logo_src: &str) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        r#"<table cellpadding="0" cellspacing="0" border="0" role="presentation" style="border-collapse:collapse;font-family:{};">"#,
        escape(&signature.font)
    );
    if let Some((_, w, h)) = signature.logo {
        let _ = write!(
            out,
            r#"<tr><td style="padding:0 0 10px 0;"><img src="{}" width="{w}" height="{h}" alt="{}" style="display:block;border:0;width:{w}px;height:{h}px;"></td></tr>"#,
            escape(logo_src),
            escape(&signature.alt)
        );
    }
    for row in &signature.rows {
        let weight = if row.bold { "bold" } else { "normal" };
        let text = row
            .text
            .lines()
            .map(escape)
            .collect::<Vec<_>>()
            .join("<br>");
        let inner = match &row.link {
            Some(href) => format!(
                r#"<a href="{}" style="color:{};text-decoration:none;">{text}</a>"#,
                escape(href),
                row.color
            ),
            None => text,
        };
        let _ = write!(
            out,
            r#"<tr><td style="font-size:{}px;line-height:1.35;font-weight:{weight};color:{};padding:0;">{inner}</td></tr>"#,
            row.size_px, row.color
        );
    }
    out.push_str("</table>");
    out
}

/// The provenance comment every signature file starts with: the manual and its version, what was made, by
/// which program (the stamp of every output, [`crate::stamp::Stamp`]).
fn stamp(manual: &Manual, layout: &Layout<'_>) -> String {
    let stamp = super::write::stamp(manual, layout);
    let comment = format!(
        "{} · {} · {} · {}",
        stamp.summary(),
        layout.template.name.da,
        stamp.request,
        stamp.generator
    );
    format!("<!-- {} -->", escape(&comment).replace("--", "- -"))
}

/// The whole `.htm` file.
pub fn document(
    manual: &Manual,
    layout: &Layout<'_>,
    signature: &Signature<'_>,
    logo_src: &str,
) -> String {
    format!(
        "{}\n<!DOCTYPE html>\n<html lang=\"da\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"><title>{}</title></head><body>{}</body></html>\n",
        stamp(manual, layout),
        escape(&layout.template.name.da),
        table(signature, logo_src)
    )
}

/// The plain-text version: one line per row (addresses keep their lines).
pub fn plain_text(signature: &Signature<'_>) -> String {
    let mut out = String::new();
    for row in &signature.rows {
        out.push_str(&row.text);
        out.push('\n');
    }
    out
}

/// The logo PNG: the logo's artwork at `display_scale` times its display size `(w, h)` in CSS pixels, 96 ppi,
/// on the template's background.
pub fn logo_png(
    manual: &Manual,
    layout: &Layout<'_>,
    logo: &LogoItem<'_>,
    (w, h): (u32, u32),
) -> Result<Vec<u8>, TemplateError> {
    let scale = layout.preset.display_scale.max(1);
    let request = Request {
        subject: Subject::Logo {
            logo: logo.logo.id.clone(),
            lockup: Some(logo.lockup.id.clone()),
            colorway: Some(logo.colorway.id.clone()),
            cobranded: logo.cobranded,
        },
        target: Target::Px {
            width: w * scale,
            height: Some(h * scale),
        },
        format: crate::manual::Format::Png,
        background: layout.background.map(|c| c.id.clone()),
        page: false,
        crop_marks: None,
        clear_space: false,
        sender: None,
    };
    let plan = plan::plan(manual, &request).map_err(ExportError::from)?;
    let scene = render::scene(manual, &plan)?;
    let mut bytes = Vec::new();
    let stamp = crate::stamp::Stamp::new(manual, &request);
    super::raster::png(
        &scene,
        plan.pixels,
        LOGO_PPI,
        &stamp,
        crate::export::PngCompression::High,
        &mut bytes,
    )?;
    Ok(bytes)
}

/// The HTML to paste into the new Outlook (or any web mail): the table with the logo inline as a `data:` URL.
pub fn clipboard_html(engine: &Engine, fill: &Fill) -> Result<String, TemplateError> {
    let manual = engine.manual();
    let layout = engine.layout(fill)?;
    let signature = content(manual, &layout);
    let src = match signature.logo {
        Some((logo, w, h)) => format!(
            "data:image/png;base64,{}",
            base64::engine::general_purpose::STANDARD.encode(logo_png(
                manual,
                &layout,
                logo,
                (w, h)
            )?)
        ),
        None => String::new(),
    };
    Ok(format!(
        "{}{}",
        stamp(manual, &layout),
        table(&signature, &src)
    ))
}

/// Writes the Outlook folder: `out` is the `.htm` path, or a folder that gets the conventional name.
pub(super) fn write(
    engine: &Engine,
    layout: &Layout<'_>,
    out: &Path,
    options: &WriteOptions,
) -> Result<Vec<PathBuf>, TemplateError> {
    let manual = engine.manual();
    let htm = target(manual, layout, Output::Html, out, None);
    let name = htm
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "signatur".to_owned());
    let folder = atomic::folder_of(&htm);
    let signature = content(manual, layout);
    let mut paths = Vec::new();
    let logo_src = match signature.logo {
        Some((logo, w, h)) => {
            let bytes = logo_png(manual, layout, logo, (w, h))?;
            let files = folder.join(format!("{name}_files"));
            std::fs::create_dir_all(&files).map_err(|e| ExportError::folder(&files, &e))?;
            let png_path = files.join("logo.png");
            atomic::write_file(&png_path, options.force, |w| {
                w.write_all(&bytes)
                    .map_err(|e| ExportError::write(&png_path, &e))
            })?;
            paths.push(png_path);
            format!("{name}_files/logo.png")
        }
        None => String::new(),
    };
    let html = document(manual, layout, &signature, &logo_src);
    atomic::write_file(&htm, options.force, |w| {
        w.write_all(html.as_bytes())
            .map_err(|e| ExportError::write(&htm, &e))
    })?;
    let txt = htm.with_extension("txt");
    let plain = plain_text(&signature);
    atomic::write_file(&txt, options.force, |w| {
        w.write_all(plain.as_bytes())
            .map_err(|e| ExportError::write(&txt, &e))
    })?;
    paths.insert(0, txt);
    paths.insert(0, htm);
    Ok(paths)
}
