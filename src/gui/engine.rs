//! The one place where the interface calls the export engine and the compliance engine: previews (the same
//! renderer as the files), writing files, packs and the live compliance report. Everything here is pure and
//! blocking; callers run the slow parts through [`crate::gui::job`].

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use crate::compliance;
use crate::export::pack::{self, Selection};
use crate::export::{self, ExportError, Request, WriteOptions};
use crate::manual::Manual;
use crate::render;

/// Renders a request with the export renderer, its longer side at most `max_side` pixels.
pub fn render(manual: &Manual, request: &Request, max_side: u32) -> Result<render::Image, String> {
    let plan = export::plan(manual, request).map_err(|e| e.to_string())?;
    render::rgba(manual, &plan, Some(max_side)).map_err(|e| e.to_string())
}

/// The conventional file name of an export.
pub fn file_name(manual: &Manual, request: &Request) -> Result<String, String> {
    let plan = export::plan(manual, request).map_err(|e| e.to_string())?;
    Ok(export::file_name(manual, &plan))
}

/// Writes one export to `path` (the user chose it in the save dialog, which already asked before replacing a
/// file). Returns the files written.
pub fn write(manual: &Manual, request: &Request, path: &Path) -> Result<Vec<PathBuf>, String> {
    let options = WriteOptions {
        force: true,
        ..WriteOptions::default()
    };
    export::write(manual, request, path, &options).map_err(|e| e.to_string())
}

/// How a pack ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Packed {
    /// Written: the folder and the number of files.
    Done(PathBuf, usize),
    /// Stopped by the user; what was written is removed.
    Cancelled,
    /// Failed.
    Failed(String),
}

/// Writes a logo pack for one preset — every logo, lockup, colourway and format the preset allows, with a
/// manifest and a read-me — into `folder`. `report` hears `(done, total)` from the worker threads; setting
/// `cancel` stops it.
pub fn pack(
    manual: &Manual,
    preset: &str,
    folder: &Path,
    report: &(dyn Fn(usize, usize) + Sync),
    cancel: &AtomicBool,
) -> Packed {
    let progress = |p: pack::Progress| report(p.done, p.total);
    match pack::pack(
        manual,
        &Selection::Presets(vec![preset.to_owned()]),
        folder,
        false,
        &WriteOptions::default(),
        &progress,
        cancel,
    ) {
        Ok(packed) => Packed::Done(packed.path, packed.manifest.files.len()),
        Err(ExportError::Cancelled) => Packed::Cancelled,
        Err(e) => Packed::Failed(e.to_string()),
    }
}

/// Checks a request against the manual: the compliance report the export screen shows and re-runs on every
/// change (pure and well under a millisecond).
pub fn check(manual: &Manual, request: &Request) -> compliance::Report {
    compliance::check(manual, request)
}
