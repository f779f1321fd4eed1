//! The one place where the interface calls the export engine and the compliance engine: previews (the same
//! renderer as the files), writing files, packs and the live compliance report. Everything here is pure and
//! blocking; callers run the slow parts through [`crate::gui::job`]. Errors stay typed
//! ([`ExportError`]): the screens say them in the interface language.

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use crate::compliance;
use crate::export::pack::{self, Selection};
use crate::export::{self, ExportError, Request, WriteOptions};
use crate::manual::Manual;
use crate::render;

/// Renders a request with the export renderer, its longer side at most `max_side` pixels.
pub fn render(
    manual: &Manual,
    request: &Request,
    max_side: u32,
) -> Result<render::Image, ExportError> {
    let plan = export::plan(manual, request)?;
    Ok(render::rgba(manual, &plan, Some(max_side))?)
}

/// The conventional file name of an export.
pub fn file_name(manual: &Manual, request: &Request) -> Result<String, ExportError> {
    let plan = export::plan(manual, request)?;
    Ok(export::file_name(manual, &plan))
}

/// Writes one export to `path` through the library's compliance gate. `replace` overwrites an existing file
/// (the save dialog already asked; the path field asks first). Returns the files written.
pub fn write(
    manual: &Manual,
    request: &Request,
    path: &Path,
    replace: bool,
) -> Result<Vec<PathBuf>, ExportError> {
    let options = WriteOptions {
        force: replace,
        ..WriteOptions::default()
    };
    export::write(manual, request, path, &options).map(|written| written.paths)
}

/// How a pack ended.
#[derive(Debug, Clone, PartialEq)]
pub enum Packed {
    /// Written: the folder and the number of files.
    Done(PathBuf, usize),
    /// Stopped by the user; what was written is removed.
    Cancelled,
    /// Not written: refused by the design manual, the folder exists, or writing failed.
    Failed(ExportError),
}

/// Where a pack goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PackTarget {
    /// Into this folder; an existing pack there is reported, not replaced.
    Folder(PathBuf),
    /// Into this folder, replacing the files of an earlier pack.
    Replace(PathBuf),
    /// Into a new folder next to this one (`…_2`, `…_3`, …).
    Beside(PathBuf),
}

/// Writes a logo pack for one preset — every logo, lockup, colourway and format the preset allows, with a
/// manifest and a read-me — through the library's compliance gate (nothing is written if one file would break
/// the manual). `report` hears `(done, total)` from the worker threads; setting `cancel` stops it.
pub fn pack(
    manual: &Manual,
    preset: &str,
    target: &PackTarget,
    lang: crate::i18n::Lang,
    report: &(dyn Fn(usize, usize) + Sync),
    cancel: &AtomicBool,
) -> Packed {
    let progress = |p: pack::Progress| report(p.done, p.total);
    let (folder, force) = match target {
        PackTarget::Folder(f) => (f.clone(), false),
        PackTarget::Replace(f) => (f.clone(), true),
        PackTarget::Beside(f) => (pack::free_folder(f), false),
    };
    let options = WriteOptions {
        force,
        ..WriteOptions::default()
    };
    // The kit's pack: a print preset's pack carries the palette for the print shop too.
    match crate::kit::pack(
        manual,
        &Selection::Presets(vec![preset.to_owned()]),
        &folder,
        false,
        &options,
        lang,
        &progress,
        cancel,
    ) {
        Ok(packed) => Packed::Done(packed.path, packed.manifest.files.len()),
        Err(ExportError::Cancelled) => Packed::Cancelled,
        Err(e) => Packed::Failed(e),
    }
}

/// Checks a request against the manual: the compliance report the export screen shows and re-runs on every
/// change (pure and well under a millisecond).
pub fn check(manual: &Manual, request: &Request) -> compliance::Report {
    compliance::check(manual, request)
}
