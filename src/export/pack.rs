//! Packs: every logo × lockup × colourway × format that the chosen presets allow, written in parallel, with a
//! `manifest.json` (sizes, colour spaces, sha256 of every file) and a Danish read-me for the print shop,
//! optionally as one zip. Progress is reported through a callback and a flag cancels; the CLI and the GUI
//! both drive [`pack`].

mod archive;
mod manifest;

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use rayon::prelude::*;
use sha2::{Digest, Sha256};

use crate::cobrand;
use crate::compliance::{self, Finding, Severity};
use crate::manual::{Colorway, Format, Lockup, Logo, Manual, Preset, PresetKind};

use super::atomic::write_file;
use super::moment::Moment;
use super::{ExportError, WriteOptions, favicon, file_name, plan, write_plan};
use crate::request::Request;
use crate::stamp::Stamp;

pub use manifest::{Entry, Manifest};

/// Name of the manifest in a pack.
pub const MANIFEST: &str = "manifest.json";
/// Name of the read-me in a pack.
pub const README: &str = "LAES-MIG.txt";

/// Which presets a pack covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selection {
    /// Every preset of the manual.
    All,
    /// These preset ids, in this order.
    Presets(Vec<String>),
}

/// Progress of a running pack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// Jobs finished.
    pub done: usize,
    /// Jobs in all.
    pub total: usize,
}

/// What a pack wrote.
#[derive(Debug, Clone, PartialEq)]
pub struct Packed {
    /// The folder, or the zip file.
    pub path: PathBuf,
    /// What the manifest lists.
    pub manifest: Manifest,
    /// The warnings of the pack's files, one per rule, with how many files have it.
    pub warnings: Vec<PackWarning>,
}

/// A compliance warning that files of a pack have (the files were written; the user should know why they
/// may go wrong).
#[derive(Debug, Clone, PartialEq)]
pub struct PackWarning {
    /// The first file's finding.
    pub finding: Finding,
    /// How many files have a finding of this rule.
    pub files: usize,
}

/// One unit of work: a single file, or a favicon set.
#[derive(Debug, Clone, PartialEq)]
pub struct Job {
    /// The request.
    pub request: Request,
    /// The folder inside the pack (the preset id).
    pub folder: String,
    /// Whether the job writes a favicon set rather than one file.
    pub favicon_set: bool,
}

/// The jobs of a pack, in a stable order: presets, then logos, lockups, colourways (each followed by its
/// co-branded lockup, for logos under a co-branding rule, where that passes the compliance check), formats. JPEG files get the colourway's first
/// allowed background (JPEG cannot be transparent); everything else is transparent.
pub fn jobs(manual: &Manual, selection: &Selection) -> Result<Vec<Job>, ExportError> {
    let presets: Vec<&Preset> = match selection {
        Selection::All => manual.presets.iter().collect(),
        Selection::Presets(ids) => ids
            .iter()
            .map(|id| {
                manual
                    .preset(id)
                    .ok_or_else(|| super::PlanError::UnknownPreset(id.clone()).into())
            })
            .collect::<Result<_, ExportError>>()?,
    };
    let mut jobs = Vec::new();
    for preset in presets {
        for logo in &manual.logos {
            let cobranded = cobrand::rule(manual, logo).is_some();
            for lockup in logo.lockups.iter().filter(|k| preset.allows_lockup(&k.id)) {
                for colorway in &logo.colorways {
                    if lockup.artwork(&colorway.id).is_none() {
                        continue;
                    }
                    combination_jobs(preset, logo, lockup, colorway, false, &mut jobs);
                    if cobranded {
                        // The co-branded lockup where it follows the manual (at small presets it is
                        // below its minimum size, or it cannot be composed in the colourway).
                        let mut more = Vec::new();
                        combination_jobs(preset, logo, lockup, colorway, true, &mut more);
                        more.retain(|job| !compliance::check(manual, &job.request).is_blocking());
                        jobs.extend(more);
                    }
                }
            }
        }
    }
    Ok(jobs)
}

/// The jobs of one logo, lockup and colourway for a preset: a favicon set, or one file per format.
fn combination_jobs(
    preset: &Preset,
    logo: &Logo,
    lockup: &Lockup,
    colorway: &Colorway,
    cobranded: bool,
    jobs: &mut Vec<Job>,
) {
    let base = |format: Format| {
        Request::logo(&logo.id, Request::preset(&preset.id), format)
            .with_lockup(&lockup.id)
            .with_colorway(&colorway.id)
            .with_cobranded(cobranded)
    };
    if preset.kind == PresetKind::Favicon {
        jobs.push(Job {
            request: base(Format::Png),
            folder: preset.id.clone(),
            favicon_set: true,
        });
        return;
    }
    for &format in &preset.formats {
        let mut request = base(format);
        if format == Format::Jpeg {
            let Some(bg) = colorway.backgrounds.first() else {
                continue;
            };
            request = request.with_background(bg);
        }
        jobs.push(Job {
            request,
            folder: preset.id.clone(),
            favicon_set: false,
        });
    }
}

/// A file a pack carries besides the logo files — the kit's palette files for the print shop, made and gated by
/// [`crate::kit::pack`] — written with them and listed in the manifest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Extra {
    /// Path inside the pack, `/`-separated (e.g. `farver/sonderborg_swatches_2-1.ase`).
    pub file: String,
    /// The file's bytes.
    pub bytes: Vec<u8>,
    /// The manifest's colour-space field (`cmyk+spot+srgb` for swatches, `cmyk-fogra39` for a print PDF).
    pub color_space: String,
    /// What was asked, as the file's stamp gives it (compact JSON).
    pub request: String,
}

/// Writes a pack into the folder `out` (created if missing), or with `zip` a single zip file in it.
///
/// Before anything is written, every file passes the compliance gate: if any would break the manual the pack
/// is refused with [`ExportError::Blocked`] (a refusal per offending file, named by its path in the pack); and
/// unless `options.force`, a file that already exists refuses it with [`ExportError::Exists`].
/// `progress` is called after every job (from worker threads); setting `cancel` stops the pack, removes what
/// it wrote and returns [`ExportError::Cancelled`].
pub fn pack(
    manual: &Manual,
    selection: &Selection,
    out: &Path,
    zip: bool,
    options: &WriteOptions,
    progress: &(dyn Fn(Progress) + Sync),
    cancel: &AtomicBool,
) -> Result<Packed, ExportError> {
    pack_with(manual, selection, &[], out, zip, options, progress, cancel)
}

/// [`pack`] with extra files (already checked by their maker) written beside the logo files.
#[allow(clippy::too_many_arguments)]
pub fn pack_with(
    manual: &Manual,
    selection: &Selection,
    extras: &[Extra],
    out: &Path,
    zip: bool,
    options: &WriteOptions,
    progress: &(dyn Fn(Progress) + Sync),
    cancel: &AtomicBool,
) -> Result<Packed, ExportError> {
    let jobs = jobs(manual, selection)?;
    let warnings = check_jobs(manual, &jobs)?;
    if !options.force && !zip {
        refuse_existing(manual, &jobs, out)?;
        if let Some(e) = extras
            .iter()
            .map(|e| out.join(&e.file))
            .find(|p| p.exists())
        {
            return Err(ExportError::Exists(e));
        }
    }
    let created = !out.exists();
    std::fs::create_dir_all(out).map_err(|e| ExportError::folder(out, &e))?;
    let result = write_pack(manual, &jobs, extras, out, zip, options, progress, cancel);
    if result.is_err() && created {
        remove_empty_folders(out);
    }
    result.map(|packed| Packed { warnings, ..packed })
}

/// The compliance gate for every job of a pack; the warnings, per rule, when none blocks.
fn check_jobs(manual: &Manual, jobs: &[Job]) -> Result<Vec<PackWarning>, ExportError> {
    let mut checked = Vec::with_capacity(jobs.len());
    for job in jobs {
        let plan = plan(manual, &job.request)?;
        let subject = format!("{}/{}", job.folder, job_name(manual, job, &plan));
        checked.push((subject, compliance::check_plan(manual, &job.request, &plan)));
    }
    let reports = compliance::gate_all(checked)?;
    let mut warnings: Vec<PackWarning> = Vec::new();
    for finding in reports
        .into_iter()
        .flat_map(|r| r.findings)
        .filter(|f| f.severity == Severity::Warning)
    {
        match warnings.iter_mut().find(|w| w.finding.rule == finding.rule) {
            Some(w) => w.files += 1,
            None => warnings.push(PackWarning { finding, files: 1 }),
        }
    }
    Ok(warnings)
}

/// The name of what a job writes: its file, or its favicon set's folder.
fn job_name(manual: &Manual, job: &Job, plan: &crate::plan::Plan<'_>) -> String {
    if job.favicon_set {
        favicon::folder_name(manual, plan)
    } else {
        file_name(manual, plan)
    }
}

/// [`ExportError::Exists`] for the first file (or favicon folder) of the pack already in `out`.
fn refuse_existing(manual: &Manual, jobs: &[Job], out: &Path) -> Result<(), ExportError> {
    if !out.exists() {
        return Ok(());
    }
    for name in [MANIFEST, README] {
        if out.join(name).exists() {
            return Err(ExportError::Exists(out.join(name)));
        }
    }
    for job in jobs {
        let plan = plan(manual, &job.request)?;
        let target = out.join(&job.folder).join(job_name(manual, job, &plan));
        if target.exists() {
            return Err(ExportError::Exists(target));
        }
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn write_pack(
    manual: &Manual,
    jobs: &[Job],
    extras: &[Extra],
    out: &Path,
    zip: bool,
    options: &WriteOptions,
    progress: &(dyn Fn(Progress) + Sync),
    cancel: &AtomicBool,
) -> Result<Packed, ExportError> {
    let moment = Moment::now();
    if zip {
        let target = out.join(archive::name(manual));
        if !options.force && target.exists() {
            return Err(ExportError::Exists(target));
        }
        let staging = tempfile::Builder::new()
            .prefix(".designprogram-pack-")
            .tempdir_in(out)
            .map_err(|e| ExportError::folder(out, &e))?;
        let manifest = write_all(
            manual,
            jobs,
            extras,
            staging.path(),
            options,
            moment,
            progress,
            cancel,
        )?;
        archive::write(staging.path(), &manifest, &target, options.force, moment)?;
        Ok(Packed {
            path: target,
            manifest,
            warnings: Vec::new(),
        })
    } else {
        let manifest = write_all(manual, jobs, extras, out, options, moment, progress, cancel)?;
        Ok(Packed {
            path: out.to_path_buf(),
            manifest,
            warnings: Vec::new(),
        })
    }
}

/// Runs the jobs into `dir`, then writes the manifest and the read-me. On failure or cancellation the files
/// written so far are removed.
#[allow(clippy::too_many_arguments)]
fn write_all(
    manual: &Manual,
    jobs: &[Job],
    extras: &[Extra],
    dir: &Path,
    options: &WriteOptions,
    moment: Moment,
    progress: &(dyn Fn(Progress) + Sync),
    cancel: &AtomicBool,
) -> Result<Manifest, ExportError> {
    let total = jobs.len();
    let done = AtomicUsize::new(0);
    let written: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());
    progress(Progress { done: 0, total });
    let result: Result<Vec<Vec<Entry>>, ExportError> = jobs
        .par_iter()
        .map(|job| {
            if cancel.load(Ordering::Relaxed) {
                return Err(ExportError::Cancelled);
            }
            let entries = run_job(manual, job, dir, options, &written)?;
            let done = done.fetch_add(1, Ordering::Relaxed) + 1;
            progress(Progress { done, total });
            Ok(entries)
        })
        .collect();
    let finish = result.and_then(|entries| {
        let mut entries: Vec<Entry> = entries.into_iter().flatten().collect();
        for extra in extras {
            entries.push(write_extra(manual, extra, dir, options, &written)?);
        }
        let stamp = Stamp::new(manual, &pack_request(jobs));
        let manifest = Manifest::new(stamp, moment, entries);
        for (name, text) in [
            (MANIFEST, manifest.to_json()),
            (README, manifest::readme(manual, &manifest)),
        ] {
            let path = dir.join(name);
            write_file(&path, options.force, |w| {
                w.write_all(text.as_bytes())
                    .map_err(|e| ExportError::write(&path, &e))
            })?;
            lock(&written).push(path);
        }
        Ok(manifest)
    });
    if finish.is_err() {
        for path in lock(&written).iter() {
            let _ = std::fs::remove_file(path);
        }
        for job in jobs {
            remove_empty_folders(&dir.join(&job.folder));
        }
        for extra in extras {
            if let Some(folder) = dir.join(&extra.file).parent() {
                remove_empty_folders(folder);
            }
        }
    }
    finish
}

/// Writes an extra file (atomically) and returns its manifest entry.
fn write_extra(
    manual: &Manual,
    extra: &Extra,
    dir: &Path,
    options: &WriteOptions,
    written: &Mutex<Vec<PathBuf>>,
) -> Result<Entry, ExportError> {
    let path = dir.join(&extra.file);
    let folder = super::atomic::folder_of(&path);
    std::fs::create_dir_all(&folder).map_err(|e| ExportError::folder(&folder, &e))?;
    write_file(&path, options.force, |w| {
        w.write_all(&extra.bytes)
            .map_err(|e| ExportError::write(&path, &e))
    })?;
    lock(written).push(path.clone());
    Ok(Entry {
        file: extra.file.clone(),
        logo: String::new(),
        lockup: String::new(),
        cobranded_with: None,
        colorway: String::new(),
        color_space: extra.color_space.clone(),
        preset: None,
        format: extra
            .file
            .rsplit_once('.')
            .map_or_else(String::new, |(_, ext)| ext.to_owned()),
        size_mm: None,
        size_px: None,
        dpi: 0.0,
        sha256: hex(&Sha256::digest(&extra.bytes)),
        bytes: extra.bytes.len() as u64,
        manual_version: manual.programme.version.clone(),
        request: extra.request.clone(),
    })
}

/// A folder name beside `folder` that does not exist yet: `folder` itself, else `folder_2`, `folder_3`, … (for
/// a second pack that must not replace the first).
pub fn free_folder(folder: &Path) -> PathBuf {
    if !folder.exists() {
        return folder.to_path_buf();
    }
    let name = folder
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    (2..)
        .map(|n| folder.with_file_name(format!("{name}_{n}")))
        .find(|candidate| !candidate.exists())
        .unwrap_or_else(|| folder.to_path_buf())
}

/// Removes a folder and its subfolders if they are empty (never a file).
fn remove_empty_folders(folder: &Path) {
    if let Ok(entries) = std::fs::read_dir(folder) {
        for entry in entries.flatten() {
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                remove_empty_folders(&entry.path());
            }
        }
    }
    let _ = std::fs::remove_dir(folder);
}

fn lock(m: &Mutex<Vec<PathBuf>>) -> std::sync::MutexGuard<'_, Vec<PathBuf>> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Writes one job; returns its manifest entries (with sha256 of the bytes on disk).
fn run_job(
    manual: &Manual,
    job: &Job,
    dir: &Path,
    options: &WriteOptions,
    written: &Mutex<Vec<PathBuf>>,
) -> Result<Vec<Entry>, ExportError> {
    let folder = dir.join(&job.folder);
    std::fs::create_dir_all(&folder).map_err(|e| ExportError::folder(&folder, &e))?;
    let plan = plan(manual, &job.request)?;
    let stamp = super::stamp(manual, &job.request, &plan);
    let files = if job.favicon_set {
        let set_dir = folder.join(favicon::folder_name(manual, &plan));
        std::fs::create_dir_all(&set_dir).map_err(|e| ExportError::folder(&set_dir, &e))?;
        let paths = favicon::write_set(manual, &job.request, &set_dir, options)?;
        lock(written).extend(paths.iter().cloned());
        paths
    } else {
        let path = write_plan(manual, &plan, &stamp, &folder, options)?;
        lock(written).push(path.clone());
        vec![path]
    };
    files
        .iter()
        .map(|path| {
            let bytes = std::fs::read(path).map_err(|e| ExportError::write(path, &e))?;
            let sha256 = hex(&Sha256::digest(&bytes));
            let relative = path
                .strip_prefix(dir)
                .unwrap_or(path)
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            Ok(Entry::new(
                &stamp,
                &plan,
                relative,
                sha256,
                bytes.len() as u64,
                path,
            ))
        })
        .collect()
}

/// What a pack was asked for, for its stamp: the presets it covers, in order.
fn pack_request(jobs: &[Job]) -> serde_json::Value {
    let mut presets: Vec<&str> = Vec::new();
    for job in jobs {
        if presets.last() != Some(&job.folder.as_str()) {
            presets.push(&job.folder);
        }
    }
    serde_json::json!({ "pack": { "presets": presets } })
}

/// Lowercase hex.
fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::manual::load_embedded;

    #[test]
    fn jobs_cover_every_allowed_combination() {
        let loaded = load_embedded();
        let m = &loaded.manual;
        let favicon = jobs(m, &Selection::Presets(vec!["favicon".into()])).unwrap();
        // only logos with a `mark` lockup, one set per colourway
        assert!(favicon.iter().all(|j| j.favicon_set));
        assert_eq!(favicon.len(), 5);
        let og = jobs(m, &Selection::Presets(vec!["og-image".into()])).unwrap();
        let combos: usize = m
            .logos
            .iter()
            .map(|l| {
                l.lockups
                    .iter()
                    .map(|k| {
                        l.colorways
                            .iter()
                            .filter(|c| k.artwork(&c.id).is_some())
                            .count()
                    })
                    .sum::<usize>()
            })
            .sum();
        // institutions under a co-branding rule add their co-branded lockups (the demo: 3 logos × 2 × 4) …
        let cobranded = og.iter().filter(|j| j.request.is_cobranded()).count();
        assert_eq!(cobranded, 3 * 2 * 4 * 3);
        // … where they pass: an e-mail signature is too small for them
        let signature = jobs(m, &Selection::Presets(vec!["email-signature".into()])).unwrap();
        assert!(!signature.iter().any(|j| j.request.is_cobranded()));
        assert_eq!(og.len(), combos * 3 + cobranded);
        assert!(
            og.iter()
                .filter(|j| j.request.format == Format::Jpeg)
                .all(|j| j.request.background.is_some())
        );
        assert!(matches!(
            jobs(m, &Selection::Presets(vec!["nope".into()])),
            Err(ExportError::Plan(_))
        ));
    }

    #[test]
    fn progress_is_reported_and_cancel_leaves_nothing() {
        let loaded = load_embedded();
        let m = &loaded.manual;
        let dir = tempfile::tempdir().unwrap();
        let selection = Selection::Presets(vec!["email-signature".into()]);
        let seen = Mutex::new(Vec::new());
        let packed = pack(
            m,
            &selection,
            &dir.path().join("a"),
            false,
            &WriteOptions::default(),
            &|p| lock_progress(&seen).push(p),
            &AtomicBool::new(false),
        )
        .unwrap();
        let seen = seen.into_inner().unwrap();
        let total = packed.manifest.files.len();
        assert_eq!(seen.first(), Some(&Progress { done: 0, total }));
        assert_eq!(seen.iter().map(|p| p.done).max(), Some(total));

        // Cancelled from the first progress report: an error, and the new folder is gone again.
        let cancel = AtomicBool::new(false);
        let out = dir.path().join("b");
        let result = pack(
            m,
            &selection,
            &out,
            true,
            &WriteOptions::default(),
            &|_| cancel.store(true, Ordering::Relaxed),
            &cancel,
        );
        assert_eq!(result, Err(ExportError::Cancelled));
        assert!(!out.exists());
    }

    fn lock_progress(m: &Mutex<Vec<Progress>>) -> std::sync::MutexGuard<'_, Vec<Progress>> {
        m.lock().unwrap()
    }
}
