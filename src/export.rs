//! Export: from a request to files. [`crate::plan`] resolves the geometry that rendering, export and
//! compliance share (re-exported here for callers). Every public writer passes the compliance gate first:
//! [`write`] (check + write), [`check`] then [`write_checked`] / [`write_favicon_set`] / [`encode`] (the
//! writers take a [`Checked`], which only [`check`] makes), and [`pack::pack`] for whole sets of files. A
//! request that breaks the manual is refused with [`ExportError::Blocked`] before anything is written.
//!
//! Every file is written to a temporary file in the target folder and renamed into place, so a failure or a
//! killed process never leaves a partial file at the target path.

pub(crate) mod atomic;
mod error;
pub mod favicon;
mod file_name;
pub mod ico;
mod jpeg;
pub mod moment;
pub mod pack;

pub mod pdf;
mod png;
pub(crate) mod svg;

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::compliance::{self, Report};
use crate::manual::{Format, Manual};
use crate::stamp::Stamp;

pub use crate::plan::{Plan, PlanError, plan};
pub use crate::request::{Request, Subject, Target};
pub use error::{ExportError, IoCause, IoKind};
pub use file_name::{color_space, file_name, kit_file_name, template_file_name};
pub use moment::Moment;

/// PNG compression: how much time to spend on smaller files. Every setting compresses bands of rows in
/// parallel into one zlib stream (zlib-rs).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PngCompression {
    /// The default: deflate level 6 and the Up filter on every row. On flat-colour artwork (every logo and
    /// brand graphic) the files are within a few per cent of [`PngCompression::Balanced`]'s, several times
    /// faster: the adaptive filter choice costs more than the deflate.
    #[default]
    Auto,
    /// zlib's RLE strategy (matches of runs only) and the Up filter: fastest, files somewhat larger (most on
    /// small images).
    Fast,
    /// Deflate level 6 with libpng's adaptive row filters: libpng's, cairo's and rsvg-convert's default, for
    /// a like-for-like comparison.
    Balanced,
    /// Deflate level 9 with adaptive filters: slower, files slightly smaller.
    High,
}

/// How files are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WriteOptions {
    /// Replace existing files.
    pub force: bool,
    /// PNG compression.
    pub png_compression: PngCompression,
    /// JPEG quality, 1–100.
    pub jpeg_quality: u8,
}

impl Default for WriteOptions {
    fn default() -> Self {
        WriteOptions {
            force: false,
            png_compression: PngCompression::Auto,
            jpeg_quality: 90,
        }
    }
}

/// A request that passed the compliance gate: its plan and its report (warnings and info only). Only
/// [`check`] makes one, so every writer that takes it writes checked output.
#[derive(Debug, Clone)]
pub struct Checked<'m> {
    request: Request,
    plan: Plan<'m>,
    report: Report,
    stamp: Stamp,
}

impl<'m> Checked<'m> {
    /// The request.
    pub fn request(&self) -> &Request {
        &self.request
    }

    /// Its plan.
    pub fn plan(&self) -> &Plan<'m> {
        &self.plan
    }

    /// Its compliance report: no blocking findings, maybe warnings and info.
    pub fn report(&self) -> &Report {
        &self.report
    }

    /// The provenance every file of it carries.
    pub fn stamp(&self) -> &Stamp {
        &self.stamp
    }
}

/// The stamp of an export: the manual, and the request as resolved (lockup and colourway filled in from the
/// plan), so that the file names exactly what was made.
pub(crate) fn stamp(manual: &Manual, request: &Request, plan: &Plan<'_>) -> Stamp {
    let mut resolved = request.clone();
    if let Some(lockup) = plan.lockup {
        resolved = resolved.with_lockup(&lockup.id);
    }
    if let Some(colorway) = plan.colorway {
        resolved = resolved.with_colorway(&colorway.id);
    }
    Stamp::new(manual, &resolved)
}

/// What [`write`] wrote.
#[derive(Debug, Clone, PartialEq)]
pub struct Written {
    /// The files, in the order written.
    pub paths: Vec<PathBuf>,
    /// The compliance report (warnings and info) of the request.
    pub report: Report,
}

/// Plans a request and passes it through the compliance gate: [`ExportError::Plan`] when the manual cannot
/// resolve it, [`ExportError::Blocked`] (with the report) when it breaks the manual. Nothing is written.
pub fn check<'m>(manual: &'m Manual, request: &Request) -> Result<Checked<'m>, ExportError> {
    let plan = plan(manual, request)?;
    let report = compliance::gate(compliance::check_plan(manual, request, &plan))?;
    Ok(Checked {
        request: request.clone(),
        stamp: stamp(manual, request, &plan),
        plan,
        report,
    })
}

/// Checks and writes one request. `out` is a file path, or a folder (an existing folder, or a path ending in
/// a separator) that gets the conventional [`file_name`]. A request that breaks the manual is refused with
/// [`ExportError::Blocked`] before anything is written.
pub fn write(
    manual: &Manual,
    request: &Request,
    out: &Path,
    options: &WriteOptions,
) -> Result<Written, ExportError> {
    let checked = check(manual, request)?;
    let path = write_checked(manual, &checked, out, options)?;
    Ok(Written {
        paths: vec![path],
        report: checked.report,
    })
}

/// Writes a checked request; see [`write`] for `out`.
pub fn write_checked(
    manual: &Manual,
    checked: &Checked<'_>,
    out: &Path,
    options: &WriteOptions,
) -> Result<PathBuf, ExportError> {
    write_plan(manual, &checked.plan, &checked.stamp, out, options)
}

/// Writes the favicon set of a checked (square) request into the folder `dir`: `favicon.ico`, `icon.svg`,
/// the touch and maskable icons and `site.webmanifest` ([`favicon::FILES`]).
pub fn write_favicon_set(
    manual: &Manual,
    checked: &Checked<'_>,
    dir: &Path,
    options: &WriteOptions,
) -> Result<Vec<PathBuf>, ExportError> {
    favicon::write_set(manual, &checked.request, dir, options)
}

/// Writes a plan that has passed the gate (callers inside the library only: packs gate all their jobs first).
pub(crate) fn write_plan(
    manual: &Manual,
    plan: &Plan<'_>,
    stamp: &Stamp,
    out: &Path,
    options: &WriteOptions,
) -> Result<PathBuf, ExportError> {
    let target = target_path(manual, plan, out);
    atomic::write_file(&target, options.force, |w| {
        encode_plan(manual, plan, stamp, options, w)
    })?;
    Ok(target)
}

/// Where [`write_plan`] puts a file: into `out` if it is a folder, else at `out`.
pub fn target_path(manual: &Manual, plan: &Plan<'_>, out: &Path) -> PathBuf {
    let is_folder = out.is_dir() || out.as_os_str().to_string_lossy().ends_with(['/', '\\']);
    if is_folder {
        out.join(file_name(manual, plan))
    } else {
        out.to_path_buf()
    }
}

/// Encodes a checked request in its format into any writer (no file handling).
pub fn encode(
    manual: &Manual,
    checked: &Checked<'_>,
    options: &WriteOptions,
    out: &mut dyn Write,
) -> Result<(), ExportError> {
    encode_plan(manual, &checked.plan, &checked.stamp, options, out)
}

/// Encodes a plan, stamped where the format has room for it (PNG, SVG, PDF).
fn encode_plan(
    manual: &Manual,
    plan: &Plan<'_>,
    stamp: &Stamp,
    options: &WriteOptions,
    out: &mut dyn Write,
) -> Result<(), ExportError> {
    match plan.format {
        Format::Png => png::write(manual, plan, stamp, options.png_compression, out),
        Format::Jpeg => jpeg::write(manual, plan, options.jpeg_quality, out),
        Format::Svg => svg::write(manual, plan, stamp, out),
        Format::Pdf => pdf::write(manual, plan, stamp, out),
        Format::Ico => ico::write(manual, plan, &ico::sizes(plan), out),
    }
}
