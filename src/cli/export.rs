//! `designprogram export LOGO …`: one logo file at a preset or an explicit size; prints each path written.

use std::path::{Path, PathBuf};

use clap::{ArgGroup, ValueEnum};

use crate::compliance;
use crate::export::{self, ExportError, Plan, PngCompression, Request, Target, WriteOptions};
use crate::i18n::{Lang, tr};
use crate::manual::{Format, Manual, PresetKind};
use crate::resolve::{self, Unresolved};

use super::{Context, exit, print_diagnostics, report};

/// File formats on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// PNG raster (sRGB, pHYs).
    Png,
    /// JPEG raster (needs --background).
    Jpeg,
    /// SVG vector.
    Svg,
    /// PDF vector (print presets: CMYK, PDF/X).
    Pdf,
    /// Windows icon.
    Ico,
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Format {
        match f {
            FormatArg::Png => Format::Png,
            FormatArg::Jpeg => Format::Jpeg,
            FormatArg::Svg => Format::Svg,
            FormatArg::Pdf => Format::Pdf,
            FormatArg::Ico => Format::Ico,
        }
    }
}

/// PNG compression on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CompressionArg {
    /// The default: deflate level 6, the Up filter on every row (for flat-colour artwork about as small as
    /// balanced, several times faster).
    Auto,
    /// Runs only (zlib's RLE strategy) and the Up filter: fastest, files somewhat larger.
    Fast,
    /// Deflate level 6 with libpng's adaptive filters (libpng's, cairo's and rsvg-convert's default).
    Balanced,
    /// Deflate level 9: slower, slightly smaller.
    High,
}

impl From<CompressionArg> for PngCompression {
    fn from(c: CompressionArg) -> PngCompression {
        match c {
            CompressionArg::Auto => PngCompression::Auto,
            CompressionArg::Fast => PngCompression::Fast,
            CompressionArg::Balanced => PngCompression::Balanced,
            CompressionArg::High => PngCompression::High,
        }
    }
}

/// How files are written (shared by `export` and `pack`).
#[derive(Debug, Clone, clap::Args)]
pub struct WriteArgs {
    /// Replace existing files.
    #[arg(long)]
    pub force: bool,
    /// PNG compression.
    #[arg(long, value_enum, default_value = "auto", value_name = "LEVEL")]
    pub png_compression: CompressionArg,
    /// JPEG quality (1–100).
    #[arg(long, default_value_t = 90, value_parser = clap::value_parser!(u8).range(1..=100), value_name = "Q")]
    pub jpeg_quality: u8,
}

impl WriteArgs {
    /// The library's options.
    pub fn options(&self) -> WriteOptions {
        WriteOptions {
            force: self.force,
            png_compression: self.png_compression.into(),
            jpeg_quality: self.jpeg_quality,
        }
    }
}

/// Arguments of `export`.
#[derive(Debug, clap::Args)]
#[command(group(ArgGroup::new("size").required(true).args(["preset", "width_mm", "width_px"])))]
pub struct Args {
    /// Logo: id, Danish or English name, or synonym (see `designprogram list logos`).
    pub logo: String,
    /// Lockup id or name (default: the first the preset allows).
    #[arg(long, value_name = "L")]
    pub lockup: Option<String>,
    /// The co-branded lockup: the logo together with the logo its sender's co-branding rule requires
    /// (`[sender.cobranding]`), composed by the manual's rules.
    #[arg(long)]
    pub cobranded: bool,
    /// Colourway id or name (default: the one the manual allows on the background).
    #[arg(long, value_name = "C")]
    pub colorway: Option<String>,
    /// Preset id or name (see `designprogram list presets`).
    #[arg(long, value_name = "P")]
    pub preset: Option<String>,
    /// Box width in mm (needs --dpi).
    #[arg(long, value_name = "W", requires = "dpi")]
    pub width_mm: Option<f64>,
    /// Box height in mm (default: follows the logo).
    #[arg(long, value_name = "H", requires = "width_mm")]
    pub height_mm: Option<f64>,
    /// Resolution for mm sizes.
    #[arg(long, value_name = "D", requires = "width_mm")]
    pub dpi: Option<f64>,
    /// Box width in px.
    #[arg(long, value_name = "W")]
    pub width_px: Option<u32>,
    /// Box height in px (default: follows the logo).
    #[arg(long, value_name = "H", requires = "width_px")]
    pub height_px: Option<u32>,
    /// File format (default: the preset's first format, else png). A favicon preset without --format
    /// writes the whole favicon set.
    #[arg(long, value_enum)]
    pub format: Option<FormatArg>,
    /// Background palette colour (id, name or synonym), optionally a tint: `groen`, `grøn@40` (default:
    /// transparent).
    #[arg(long, value_name = "COLOR")]
    pub background: Option<String>,
    /// A full page (trim + bleed) in the background colour with the logo at the manual's size and place.
    #[arg(long)]
    pub page: bool,
    /// Crop marks on a page PDF (default: the preset's setting).
    #[arg(long)]
    pub crop_marks: bool,
    /// Leave out the clear space around the logo.
    #[arg(long)]
    pub no_clear_space: bool,
    /// Output file, or folder for the conventional file name (default: the current folder).
    #[arg(long, value_name = "PATH")]
    pub out: Option<PathBuf>,
    /// Who is exporting (sender id or name, see `designprogram list senders`), for the sender rules.
    #[arg(long, value_name = "S")]
    pub sender: Option<String>,
    /// Check against the design manual and print the report; write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Print the compliance report as JSON (docs/compliance.md) when it stops the export or with --dry-run.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    write: WriteArgs,
}

impl Args {
    /// The export request the arguments describe. Logo, lockup, colourway, preset, background and sender may
    /// be given by id, name or synonym ([`crate::resolve`]); a name that resolves is noted on stderr.
    pub fn request(&self, manual: &Manual, lang: Lang) -> Result<Request, Unresolved> {
        let note = |given: &str, resolved: resolve::Resolved| {
            if resolved.by_name {
                eprintln!("{}", super::resolved_note(lang, given, &resolved.id));
            }
            resolved.id
        };
        let logo = note(&self.logo, resolve::logo(manual, &self.logo)?);
        let preset = match &self.preset {
            Some(p) => Some(note(p, resolve::preset(manual, p)?)),
            None => None,
        };
        let target = match (&preset, self.width_mm, self.width_px) {
            (Some(id), _, _) => Target::Preset { id: id.clone() },
            (None, Some(width), _) => Target::Mm {
                width,
                height: self.height_mm,
                dpi: self.dpi.unwrap_or(300.0),
            },
            (None, None, width) => Target::Px {
                width: width.unwrap_or(0),
                height: self.height_px,
            },
        };
        let format = self.format.map_or_else(
            || {
                preset
                    .as_deref()
                    .and_then(|id| manual.preset(id))
                    .and_then(|p| p.formats.first().copied())
                    .unwrap_or(Format::Png)
            },
            Format::from,
        );
        let mut request = Request::logo(&logo, target, format);
        if let Some(found) = manual.logo(&logo) {
            if let Some(l) = &self.lockup {
                request = request.with_lockup(&note(l, resolve::lockup(found, l)?));
            }
            if let Some(c) = &self.colorway {
                request = request.with_colorway(&note(c, resolve::colorway(found, c)?));
            }
        }
        if let Some(b) = &self.background {
            request = request.with_background(&note(b, resolve::color(manual, b)?));
        }
        if let Some(s) = &self.sender {
            request.sender = Some(note(s, resolve::sender(manual, s)?));
        }
        request = request.with_cobranded(self.cobranded);
        request.page = self.page;
        request.crop_marks = self.crop_marks.then_some(true);
        request.clear_space = !self.no_clear_space;
        Ok(request)
    }
}

/// Runs `export`. A dry run prints the compliance report and writes nothing. Otherwise the library's gate
/// decides: names the manual lacks and impossible sizes stop with exit 1 (the reason in the language, with the
/// ids that exist); a request that breaks the manual prints the report and stops with [`exit::BLOCKED`]
/// before anything is written; warnings are printed and the file is written.
pub fn run(context: &Context, args: &Args) -> u8 {
    let loaded = context.load();
    print_diagnostics(&loaded, context.lang);
    let manual = &loaded.manual;
    let lang = context.lang;
    let request = match args.request(manual, lang) {
        Ok(request) => request,
        Err(e) => {
            super::error(lang, &e.message(lang));
            return exit::FAILED;
        }
    };
    if args.dry_run {
        let report = compliance::check(manual, &request);
        return report::gate(&report, lang, args.json, true).unwrap_or(exit::OK);
    }
    let checked = match export::check(manual, &request) {
        Ok(checked) => checked,
        Err(e) => return fail(manual, Some(&request), &e, lang, args.json),
    };
    report::gate(checked.report(), lang, args.json, false);
    let options = args.write.options();
    let out = args.out.as_deref().unwrap_or(Path::new("."));
    let written = if is_favicon_set(checked.plan(), args.format) {
        favicon_set(manual, &checked, out, &options)
    } else {
        export::write_checked(manual, &checked, out, &options).map(|p| vec![p])
    };
    match written {
        Ok(paths) => {
            for p in paths {
                println!("{}", p.display());
            }
            exit::OK
        }
        Err(e) => fail(manual, Some(&request), &e, lang, args.json),
    }
}

/// Prints why an export (or pack) was not made, in the language, and returns the exit code: the report of
/// each refused file for [`ExportError::Blocked`] ([`exit::BLOCKED`]); the reason and the ids that exist for a
/// request the manual cannot resolve ([`exit::FAILED`]); the file problem, with the `--force` hint for an
/// existing file ([`exit::WRITE`]).
pub fn fail(
    manual: &Manual,
    request: Option<&Request>,
    e: &ExportError,
    lang: Lang,
    json: bool,
) -> u8 {
    match e {
        ExportError::Blocked(blocked) => {
            if let [one] = blocked.refusals.as_slice() {
                report::gate(&one.report, lang, json, false);
            } else if json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(blocked).unwrap_or_default()
                );
            } else {
                eprint!("{}", blocked.render(lang));
            }
            exit::BLOCKED
        }
        ExportError::Plan(plan_error) => {
            let text = match request {
                Some(request) => {
                    let finding = compliance::explain(manual, request, plan_error);
                    match &finding.fix {
                        Some(fix) => format!("{} {}", finding.message.get(lang), fix.get(lang)),
                        None => finding.message.get(lang).to_owned(),
                    }
                }
                None => e.message(lang),
            };
            super::error(lang, &text);
            exit::FAILED
        }
        ExportError::Exists(_) => {
            super::error(
                lang,
                &format!("{} {}", e.message(lang), tr(lang, "cli-force-hint")),
            );
            exit::WRITE
        }
        _ => {
            super::error(lang, &e.message(lang));
            if e.is_write() {
                exit::WRITE
            } else {
                exit::FAILED
            }
        }
    }
}

fn is_favicon_set(plan: &Plan<'_>, format: Option<FormatArg>) -> bool {
    format.is_none() && plan.preset.is_some_and(|p| p.kind == PresetKind::Favicon)
}

/// Writes the favicon set into `out` (a folder, created if missing), or into a conventionally named folder
/// inside `out` when `out` is the current folder.
fn favicon_set(
    manual: &Manual,
    checked: &export::Checked<'_>,
    out: &Path,
    options: &WriteOptions,
) -> Result<Vec<PathBuf>, ExportError> {
    let dir = if out == Path::new(".") {
        out.join(export::favicon::folder_name(manual, checked.plan()))
    } else {
        out.to_path_buf()
    };
    std::fs::create_dir_all(&dir).map_err(|e| ExportError::folder(&dir, &e))?;
    export::write_favicon_set(manual, checked, &dir, options)
}
