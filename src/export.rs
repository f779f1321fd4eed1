//! Export: from a request to files. [`crate::plan`] resolves the geometry that rendering, export and
//! compliance share (re-exported here for callers); [`write`] is the one entry point for callers (CLI and GUI); [`pack`] makes whole sets of files.
//!
//! Every file is written to a temporary file in the target folder and renamed into place, so a failure or a
//! killed process never leaves a partial file at the target path.

pub(crate) mod atomic;
mod error;
pub mod favicon;
mod file_name;
pub mod ico;
mod jpeg;
pub(crate) mod moment;
pub mod pack;

pub mod pdf;
mod png;
mod svg;

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::manual::{Format, Manual};

pub use crate::plan::{Plan, PlanError, plan};
pub use crate::request::{Request, Subject, Target};
pub use error::ExportError;
pub use file_name::{color_space, file_name, kit_file_name};

/// PNG compression: how much time to spend on smaller files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PngCompression {
    /// `Balanced` up to [`PngCompression::AUTO_FAST_PIXELS`] pixels, `Fast` above (posters).
    #[default]
    Auto,
    /// Fast (fdeflate); files roughly a quarter larger.
    Fast,
    /// zlib level 6.
    Balanced,
    /// zlib level 9; slow.
    High,
}

impl PngCompression {
    /// Above this many pixels `Auto` compresses fast (A2 at 300 dpi is 35 million).
    pub const AUTO_FAST_PIXELS: u64 = 16_000_000;

    fn resolve(self, width: u32, height: u32) -> ::png::Compression {
        match self {
            PngCompression::Auto
                if u64::from(width) * u64::from(height) > Self::AUTO_FAST_PIXELS =>
            {
                ::png::Compression::Fast
            }
            PngCompression::Auto | PngCompression::Balanced => ::png::Compression::Balanced,
            PngCompression::Fast => ::png::Compression::Fast,
            PngCompression::High => ::png::Compression::High,
        }
    }
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

/// Plans and writes one request. `out` is a file path, or a folder (an existing folder, or a path ending in
/// a separator) that gets the conventional [`file_name`]. Returns the paths written.
pub fn write(
    manual: &Manual,
    request: &Request,
    out: &Path,
    options: &WriteOptions,
) -> Result<Vec<PathBuf>, ExportError> {
    let plan = plan(manual, request)?;
    write_plan(manual, &plan, out, options).map(|path| vec![path])
}

/// Writes an already planned (and checked) request; see [`write`] for `out`.
pub fn write_plan(
    manual: &Manual,
    plan: &Plan<'_>,
    out: &Path,
    options: &WriteOptions,
) -> Result<PathBuf, ExportError> {
    let target = target_path(manual, plan, out);
    atomic::write_file(&target, options.force, |w| encode(manual, plan, options, w))?;
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

/// Encodes a plan in its format into any writer (no file handling).
pub fn encode(
    manual: &Manual,
    plan: &Plan<'_>,
    options: &WriteOptions,
    out: &mut dyn Write,
) -> Result<(), ExportError> {
    match plan.format {
        Format::Png => png::write(manual, plan, options.png_compression, out),
        Format::Jpeg => jpeg::write(manual, plan, options.jpeg_quality, out),
        Format::Svg => svg::write(manual, plan, out),
        Format::Pdf => pdf::write(manual, plan, out),
        Format::Ico => ico::write(manual, plan, &ico::sizes(plan), out),
    }
}
