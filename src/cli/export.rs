//! `designprogram export LOGO …`: one logo file at a preset or an explicit size; prints each path written.

use std::path::{Path, PathBuf};

use clap::{ArgGroup, ValueEnum};

use crate::compliance;
use crate::export::{self, ExportError, Plan, PngCompression, Request, Target, WriteOptions};
use crate::i18n::Lang;
use crate::manual::{Format, Manual, PresetKind};

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
    /// The default: balanced.
    Auto,
    /// Deflate level 1 and the Up filter: fastest, larger files.
    Fast,
    /// Deflate level 6 (libpng's default).
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
    /// Logo id (see `designprogram list logos`).
    pub logo: String,
    /// Lockup id (default: the first the preset allows).
    #[arg(long, value_name = "L")]
    pub lockup: Option<String>,
    /// The co-branded lockup: the logo together with the logo its sender's co-branding rule requires
    /// (`[sender.cobranding]`), composed by the manual's rules.
    #[arg(long)]
    pub cobranded: bool,
    /// Colourway id (default: the one the manual allows on the background).
    #[arg(long, value_name = "C")]
    pub colorway: Option<String>,
    /// Preset id (see `designprogram list presets`).
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
    /// Background palette colour, optionally a tint: `groen`, `groen@40` (default: transparent).
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
    /// Who is exporting (sender id, see `designprogram list senders`), for the sender rules.
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
    /// The export request the arguments describe.
    pub fn request(&self, manual: &Manual) -> Request {
        let target = match (&self.preset, self.width_mm, self.width_px) {
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
                self.preset
                    .as_deref()
                    .and_then(|id| manual.preset(id))
                    .and_then(|p| p.formats.first().copied())
                    .unwrap_or(Format::Png)
            },
            Format::from,
        );
        let mut request = Request::logo(&self.logo, target, format);
        if let Some(l) = &self.lockup {
            request = request.with_lockup(l);
        }
        if let Some(c) = &self.colorway {
            request = request.with_colorway(c);
        }
        if let Some(b) = &self.background {
            request = request.with_background(b);
        }
        request = request.with_cobranded(self.cobranded);
        request.page = self.page;
        request.crop_marks = self.crop_marks.then_some(true);
        request.clear_space = !self.no_clear_space;
        request.sender = self.sender.clone();
        request
    }
}

/// Runs `export`.
pub fn run(context: &Context, args: &Args) -> u8 {
    let loaded = context.load();
    print_diagnostics(&loaded);
    let manual = &loaded.manual;
    let request = args.request(manual);
    let plan = match plan_and_check(manual, &request, context.lang, args.json, args.dry_run) {
        Ok(plan) => plan,
        Err(code) => return code,
    };
    let options = args.write.options();
    let out = args.out.as_deref().unwrap_or(Path::new("."));
    let written = if is_favicon_set(&plan, args.format) {
        favicon_set(manual, &plan, &request, out, &options)
    } else {
        export::write_plan(manual, &plan, out, &options).map(|p| vec![p])
    };
    match written {
        Ok(paths) => {
            for p in paths {
                println!("{}", p.display());
            }
            exit::OK
        }
        Err(e) => fail(&e),
    }
}

/// The gate between planning and writing. A dry run prints the compliance report (names the manual lacks
/// are findings there too) and stops. Otherwise names the manual lacks and impossible sizes stop with exit 1,
/// then blocking compliance findings print their reasons and stop with [`exit::BLOCKED`] before anything is
/// written; warnings are printed and the export proceeds.
pub fn plan_and_check<'m>(
    manual: &'m Manual,
    request: &Request,
    lang: Lang,
    json: bool,
    dry_run: bool,
) -> Result<Plan<'m>, u8> {
    if !dry_run && let Err(e) = export::plan(manual, request) {
        eprintln!("error: {e}");
        return Err(exit::FAILED);
    }
    let report = compliance::check(manual, request);
    if let Some(code) = report::gate(&report, lang, json, dry_run) {
        return Err(code);
    }
    export::plan(manual, request).map_err(|e| {
        eprintln!("error: {e}");
        exit::FAILED
    })
}

/// Prints an export error; the exit code says whether writing or the request failed.
pub fn fail(e: &ExportError) -> u8 {
    eprintln!("error: {e}");
    if e.is_write() {
        exit::WRITE
    } else {
        exit::FAILED
    }
}

fn is_favicon_set(plan: &Plan<'_>, format: Option<FormatArg>) -> bool {
    format.is_none() && plan.preset.is_some_and(|p| p.kind == PresetKind::Favicon)
}

/// Writes the favicon set into `out` (a folder, created if missing), or into a conventionally named folder
/// inside `out` when `out` is the current folder.
fn favicon_set(
    manual: &Manual,
    plan: &Plan<'_>,
    request: &Request,
    out: &Path,
    options: &WriteOptions,
) -> Result<Vec<PathBuf>, ExportError> {
    let dir = if out == Path::new(".") {
        out.join(export::favicon::folder_name(manual, plan))
    } else {
        out.to_path_buf()
    };
    std::fs::create_dir_all(&dir).map_err(|e| ExportError::Folder {
        path: dir.clone(),
        message: e.to_string(),
    })?;
    export::favicon::write_set(manual, request, &dir, options)
}
