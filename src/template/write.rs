//! Writing a filled template: check → refuse → write. The check runs first and a blocking finding stops
//! everything before a file is touched ([`TemplateError::Blocked`] carries the report); then every page is
//! composed and written atomically (temporary file + rename), named by the naming convention.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::compliance::{self, Arg, Blocked, Finding, Report, Severity, text};
use crate::export::pdf::{Document, PRINT_PPI, Page};
use crate::export::{ExportError, WriteOptions, atomic, svg, template_file_name};
use crate::manual::template::{TemplateKind, Units};
use crate::manual::{ColorSpace, Format, Manual};
use crate::render::RenderError;
use crate::stamp::Stamp;

use super::compose::{self, Frame};
use super::layout::{Layout, LayoutError};
use super::photo::Colors;
use super::{Engine, Fill, raster, signature};

/// A file format of a filled template.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Output {
    /// PDF: print PDF/X in the authored CMYK with real text for print variants, sRGB otherwise.
    Pdf,
    /// PNG at the variant's pixel size (the trim box), sRGB.
    Png,
    /// JPEG at the variant's pixel size, sRGB.
    Jpeg,
    /// SVG (text outlined).
    Svg,
    /// An e-mail signature: an Outlook folder (`NAME.htm`, `NAME.txt`, `NAME_files/`).
    Html,
}

impl Output {
    /// Every output, in menu order.
    pub const ALL: [Output; 5] = [
        Output::Pdf,
        Output::Png,
        Output::Jpeg,
        Output::Svg,
        Output::Html,
    ];

    /// The file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Output::Pdf => "pdf",
            Output::Png => "png",
            Output::Jpeg => "jpg",
            Output::Svg => "svg",
            Output::Html => "htm",
        }
    }

    /// The name users know it by.
    pub fn name(self) -> &'static str {
        match self {
            Output::Pdf => "PDF",
            Output::Png => "PNG",
            Output::Jpeg => "JPEG",
            Output::Svg => "SVG",
            Output::Html => "HTML",
        }
    }

    fn of_format(format: Format) -> Option<Output> {
        match format {
            Format::Pdf => Some(Output::Pdf),
            Format::Png => Some(Output::Png),
            Format::Jpeg => Some(Output::Jpeg),
            Format::Svg => Some(Output::Svg),
            Format::Ico => None,
        }
    }
}

/// The outputs a filled template can be saved as: the variant preset's formats; an e-mail signature is HTML
/// (and PNG for a picture of it).
pub fn outputs(manual: &Manual, fill: &Fill) -> Vec<Output> {
    let Some(template) = manual.template(&fill.template) else {
        return Vec::new();
    };
    if template.kind == TemplateKind::Signature {
        return vec![Output::Html, Output::Png];
    }
    manual
        .preset(fill.variant(template))
        .map(|p| {
            p.formats
                .iter()
                .filter_map(|f| Output::of_format(*f))
                .collect()
        })
        .unwrap_or_default()
}

/// The conventional file name of a fill in an output (the manual's naming convention): what a save dialog
/// proposes. `None` when the fill cannot be laid out.
pub fn file_name(engine: &Engine, fill: &Fill, output: Output) -> Option<String> {
    let layout = engine.layout(fill).ok()?;
    let path = target(engine.manual(), &layout, output, Path::new("folder/"), None);
    path.file_name().map(|n| n.to_string_lossy().into_owned())
}

/// What was written.
#[derive(Debug, Clone)]
pub struct Written {
    /// Every file, in order (pages; for a signature the `.htm`, `.txt` and the logo).
    pub paths: Vec<PathBuf>,
    /// The check (warnings and info the user should see).
    pub report: Report,
}

/// Why a filled template was not written. Nothing is left at the target when this is returned.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum TemplateError {
    /// The filled template breaks the design manual (the compliance gate refused it): nothing was written.
    #[error(transparent)]
    Blocked(#[from] Blocked),
    /// The fill names what the manual does not have.
    #[error(transparent)]
    Layout(#[from] LayoutError),
    /// Composing or rasterising failed.
    #[error(transparent)]
    Render(RenderError),
    /// Writing or encoding failed.
    #[error(transparent)]
    Export(#[from] ExportError),
}

impl TemplateError {
    /// Whether the error is about writing files (disk, permissions, an existing file) rather than the request.
    pub fn is_write(&self) -> bool {
        matches!(self, TemplateError::Export(e) if e.is_write())
    }

    /// The error in words, in a language.
    pub fn message(&self, lang: crate::i18n::Lang) -> String {
        match self {
            TemplateError::Blocked(b) => b.summary(lang),
            TemplateError::Layout(e) => super::check::unusable(e)
                .findings
                .first()
                .map_or_else(|| e.to_string(), |f| f.message.get(lang).to_owned()),
            TemplateError::Render(e) => ExportError::from(e.clone()).message(lang),
            TemplateError::Export(e) => e.message(lang),
        }
    }
}

/// The check of a fill for one output: [`Engine::check`] plus whether the variant offers the format.
pub fn check(engine: &Engine, fill: &Fill, output: Output) -> Report {
    let mut report = engine.check(fill);
    let offered = outputs(engine.manual(), fill);
    if !offered.is_empty() && !offered.contains(&output) {
        let names: Vec<Arg<'_>> = offered.iter().map(|o| Arg::S(o.name())).collect();
        report.findings.push(Finding::new(
            "template.format",
            Severity::Blocking,
            text(
                "template-format",
                &[
                    ("format", Arg::S(output.name())),
                    ("formats", Arg::Or(names)),
                ],
            ),
        ));
        report = Report::new(report.findings);
    }
    report
}

/// Checks, then writes a filled template. `out` is a file path, or a folder (existing, or ending in a
/// separator) that gets the conventional file name. Several pages as PNG, JPEG or SVG give one file per page
/// (`-1`, `-2` before the extension of a given path; `_p1`, `_p2` in conventional names).
pub fn write(
    engine: &Engine,
    fill: &Fill,
    output: Output,
    out: &Path,
    options: &WriteOptions,
) -> Result<Written, TemplateError> {
    let report = compliance::gate(check(engine, fill, output))?;
    let manual = engine.manual();
    let layout = engine.layout(fill)?;
    let stamp = stamp(manual, &layout);
    let paths = match output {
        Output::Html => signature::write(engine, &layout, out, options)?,
        Output::Pdf => vec![write_pdf(engine, &layout, out, &stamp, options)?],
        Output::Png | Output::Jpeg | Output::Svg => {
            let pages = layout.pages.len();
            let mut paths = Vec::new();
            for page in 0..pages {
                let target = target(
                    manual,
                    &layout,
                    output,
                    out,
                    (pages > 1).then_some(page as u32 + 1),
                );
                write_page(engine, &layout, page, output, &target, &stamp, options)?;
                paths.push(target);
            }
            paths
        }
    };
    Ok(Written { paths, report })
}

/// The provenance stamp of a filled template's files: the manual and which template, variant and sender
/// (the typed texts stay out of it).
pub(crate) fn stamp(manual: &Manual, layout: &Layout<'_>) -> Stamp {
    #[derive(Serialize)]
    struct Made<'a> {
        template: &'a str,
        variant: &'a str,
        sender: Option<&'a str>,
    }
    Stamp::new(
        manual,
        &Made {
            template: &layout.template.id,
            variant: &layout.preset.id,
            sender: layout.sender.map(|s| s.id.as_str()),
        },
    )
}

/// Whether the output is a print file in the authored CMYK (a print variant as PDF).
fn is_print(layout: &Layout<'_>, output: Output) -> bool {
    output == Output::Pdf && layout.preset.color_space == ColorSpace::Cmyk
}

/// Where one file goes.
pub(crate) fn target(
    manual: &Manual,
    layout: &Layout<'_>,
    output: Output,
    out: &Path,
    page: Option<u32>,
) -> PathBuf {
    let is_folder = out.is_dir() || out.as_os_str().to_string_lossy().ends_with(['/', '\\']);
    if is_folder {
        let color_space = if is_print(layout, output) {
            let condition = layout.preset.output_intent.trim();
            let condition = if condition.is_empty() {
                "FOGRA39"
            } else {
                condition
            };
            format!("cmyk-{}", crate::naming::slug(condition))
        } else {
            "srgb".to_owned()
        };
        return out.join(template_file_name(
            manual,
            &layout.template.id,
            layout.sender.map(|s| s.id.as_str()),
            &color_space,
            &layout.preset.id,
            page,
            output.extension(),
        ));
    }
    match page {
        None => out.to_path_buf(),
        Some(p) => {
            let stem = out
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            let ext = out.extension().map_or_else(
                || output.extension().to_owned(),
                |e| e.to_string_lossy().into_owned(),
            );
            out.with_file_name(format!("{stem}-{p}.{ext}"))
        }
    }
}

/// Photo resolution for files: the preset's dpi at the final size (a photo is never scaled up).
fn photo_px_per_unit(layout: &Layout<'_>) -> f64 {
    match layout.units {
        Units::Mm => layout.preset.dpi / 25.4,
        Units::Px => 1.0,
    }
}

/// Photo resolution in a print PDF: the preset's dpi, at most [`PRINT_PPI`] (what a print shop asks for;
/// more pixels only make the file larger and slower), never scaled up.
fn print_photo_px_per_unit(layout: &Layout<'_>) -> f64 {
    match layout.units {
        Units::Mm => layout.preset.dpi.min(PRINT_PPI) / 25.4,
        Units::Px => 1.0,
    }
}

fn write_page(
    engine: &Engine,
    layout: &Layout<'_>,
    page: usize,
    output: Output,
    target: &Path,
    stamp: &Stamp,
    options: &WriteOptions,
) -> Result<(), TemplateError> {
    let bleed = output == Output::Svg;
    let frame = Frame {
        bleed,
        photo_px_per_unit: photo_px_per_unit(layout),
        photo_colors: Colors::Srgb,
        photo_unfiltered: false,
    };
    let composed = compose::page(engine, layout, page, frame)?;
    let scene = composed.scene(engine)?;
    let (w, h) = layout.pixels();
    let dpi = layout.preset.dpi;
    atomic::write_file(target, options.force, |out| match output {
        Output::Png => raster::png(&scene, (w, h), dpi, stamp, options.png_compression, out),
        Output::Jpeg => raster::jpeg(&scene, (w, h), dpi, options.jpeg_quality, out),
        _ => {
            let unit = match layout.units {
                Units::Mm => "mm",
                Units::Px => "px",
            };
            let metadata = stamp.svg_metadata(&layout.template.name.da);
            let text = svg::serialize(&scene.tree, composed.size, unit, &metadata)?;
            out.write_all(text.as_bytes())
                .map_err(|e| ExportError::encode("SVG", e))
        }
    })?;
    Ok(())
}

/// Every page as one PDF through the library's PDF engine: for print variants PDF/X in the authored CMYK with
/// the output intent, bleed and crop marks (the photo converted to the output intent's CMYK by the engine);
/// for screen variants sRGB.
fn write_pdf(
    engine: &Engine,
    layout: &Layout<'_>,
    out: &Path,
    stamp: &Stamp,
    options: &WriteOptions,
) -> Result<PathBuf, TemplateError> {
    let manual = engine.manual();
    let print = is_print(layout, Output::Pdf);
    let target = target(manual, layout, Output::Pdf, out, None);
    let condition = layout.preset.output_intent.trim();
    let document = if print && !condition.is_empty() {
        Document::print_for(manual, condition)
    } else if print {
        Document::print(manual)
    } else {
        Document::screen(manual)
    };
    let sender = layout.sender.map_or("", |s| s.name.da.as_str());
    let mut document = document
        .title(format!("{} – {sender}", layout.template.name.da))
        .stamp(stamp.clone());
    // Print photos are cropped, scaled and separated for the output profile once, by the photo cache, and
    // written as they are; without a profile (or on screen) the document converts them.
    let (photo_px_per_unit, photo_colors) = match document.output_profile() {
        Some(profile) if print => (print_photo_px_per_unit(layout), Colors::Cmyk(profile)),
        _ => (photo_px_per_unit(layout), Colors::Srgb),
    };
    let frame = Frame {
        bleed: print,
        photo_px_per_unit,
        photo_colors,
        photo_unfiltered: false,
    };
    let (w, h) = layout.trim;
    for index in 0..layout.pages.len() {
        let composed = compose::page(engine, layout, index, frame)?;
        if photo_colors != Colors::Srgb {
            for jpeg in composed.images.values() {
                document.separated_photo(jpeg.clone());
            }
        }
        let scene = composed.scene(engine)?;
        let page = match layout.units {
            Units::Mm => Page::mm(&scene.tree, w, h),
            // A pixel page is a page of points (72 dpi).
            Units::Px => Page::pt(&scene.tree, w, h),
        };
        let page = if print {
            page.bleed_mm(layout.bleed)
                .crop_marks(layout.preset.crop_marks)
        } else {
            page
        };
        document.add_page(&page.source(format!(
            "{} ({}), page {}",
            layout.template.id,
            layout.preset.id,
            index + 1
        )))?;
    }
    document.save(&target, options.force)?;
    Ok(target)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::manual::load_embedded;

    #[test]
    fn proposed_file_names_follow_the_naming_convention() {
        let engine = Engine::new(load_embedded().manual);
        let mut fill = Fill::new("plakat");
        fill.sender = Some("bibliotek".into());
        assert_eq!(
            file_name(&engine, &fill, Output::Pdf).as_deref(),
            Some("sonderborg_plakat_bibliotek_cmyk-fogra39_poster-a3.pdf")
        );
        assert_eq!(
            file_name(&engine, &fill, Output::Png).as_deref(),
            Some("sonderborg_plakat_bibliotek_srgb_poster-a3.png")
        );
        assert_eq!(file_name(&engine, &Fill::new("nope"), Output::Pdf), None);
    }
}
