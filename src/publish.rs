//! Publishing the manual to staff without a server: `designprogram manual publish --to DIR` writes a versioned,
//! checksummed bundle (`designmanual-2.2.dpmanual`: a zip with `manifest.json`, the SHA-256 of every file and
//! the version) into a folder the kommune already has — a shared drive, an intranet web server's folder, a Git
//! repository — and then, last and atomically, a small `latest` pointer. Staff installations read the newest
//! valid bundle from there ([`install`]), keep the last good one in their local data folder and work offline
//! from it.
//!
//! A bundle that fails its checksum or validation is ignored with a [`Notice`], and the previous one stays in
//! use. A publish killed at any moment leaves readers with the old or the new version: the bundle is renamed
//! into place complete, and `latest` is replaced (temporary file + rename) only after it.

pub mod bundle;
pub mod install;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::i18n::{self, Lang};
use crate::manual::{self, Files, Message, journal};

pub use install::{Installed, Refreshed, SystemConfig, refresh};

/// The pointer file's name in a publish folder.
pub const LATEST: &str = "latest";
/// A bundle's file extension.
pub const EXTENSION: &str = "dpmanual";

/// `latest`: which bundle is current, with its version, size and SHA-256.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pointer {
    /// The bundle's file name in the same folder.
    pub bundle: String,
    /// The manual's version.
    pub version: String,
    /// The bundle's size in bytes.
    pub size: u64,
    /// The bundle's SHA-256, lowercase hex.
    pub sha256: String,
}

/// What a publish wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Published {
    /// The bundle's path.
    pub bundle: PathBuf,
    /// The pointer it wrote.
    pub pointer: Pointer,
    /// How many files of the manual it holds.
    pub files: usize,
    /// Whether an identical bundle was already there (nothing new was written but `latest`).
    pub unchanged: bool,
}

/// Why a bundle could not be read (the bundle is then ignored).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BundleError {
    /// Not a readable zip.
    #[error("the bundle is damaged: {0}")]
    Damaged(String),
    /// The manifest is missing, unreadable or does not match the files.
    #[error("the bundle's manifest does not match its files: {0}")]
    Manifest(String),
    /// A file's size or SHA-256 does not match the manifest (or the bundle's, `latest`).
    #[error("checksum mismatch: {0}")]
    Checksum(String),
    /// A name that would leave the folder, a link, or the like.
    #[error("unsafe entry \"{0}\"")]
    Unsafe(String),
    /// Too large, too many entries, or compressed beyond reason.
    #[error("over a limit: {0}")]
    Limit(String),
    /// The manual inside does not validate.
    #[error("the manual inside has {0} error(s)")]
    Invalid(usize),
    /// Reading or writing failed.
    #[error("{0}")]
    Io(String),
}

impl BundleError {
    /// The reason as a catalogue message.
    pub fn to_message(&self) -> Message {
        let (key, detail) = match self {
            BundleError::Damaged(d) => ("publish-bundle-damaged", d.clone()),
            BundleError::Manifest(d) => ("publish-bundle-manifest", d.clone()),
            BundleError::Checksum(d) => ("publish-bundle-checksum", d.clone()),
            BundleError::Unsafe(d) => ("publish-bundle-unsafe", d.clone()),
            BundleError::Limit(d) => ("publish-bundle-limit", d.clone()),
            BundleError::Invalid(n) => ("publish-bundle-invalid", n.to_string()),
            BundleError::Io(d) => ("publish-bundle-io", d.clone()),
        };
        Message::new(key).arg("detail", detail)
    }

    /// The reason in a language.
    pub fn message(&self, lang: Lang) -> String {
        self.to_message().render(lang)
    }
}

/// Why a publish did not happen.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PublishError {
    /// The manual has errors; an invalid manual is never published.
    #[error("the manual has {0} error(s); it is not published")]
    Invalid(usize),
    /// A different bundle of the same version is already published.
    #[error("{0} exists with different content: bump the version first (or --force)")]
    Exists(PathBuf),
    /// Reading the manual or writing the bundle failed.
    #[error("{path}: {message}")]
    Io {
        /// The path concerned.
        path: PathBuf,
        /// Why.
        message: String,
    },
}

impl PublishError {
    fn io(path: &Path, e: impl std::fmt::Display) -> PublishError {
        PublishError::Io {
            path: path.to_path_buf(),
            message: e.to_string(),
        }
    }

    /// The message in a language.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            PublishError::Invalid(n) => {
                i18n::tr_args(lang, "publish-error-invalid", &[("errors", (*n).into())])
            }
            PublishError::Exists(path) => i18n::tr_args(
                lang,
                "publish-error-exists",
                &[("path", path.display().to_string().into())],
            ),
            PublishError::Io { path, message } => i18n::tr_args(
                lang,
                "publish-error-io",
                &[
                    ("path", path.display().to_string().into()),
                    ("detail", message.clone().into()),
                ],
            ),
        }
    }
}

/// Something a staff installation should know about its manual.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// A published bundle was ignored; the previous manual stays in use.
    Ignored {
        /// The bundle's file name.
        bundle: String,
        /// Why.
        reason: BundleError,
    },
    /// The publish folder could not be read; the last good bundle is used.
    Offline {
        /// The folder.
        location: PathBuf,
        /// Why.
        message: String,
    },
}

impl Notice {
    /// The notice as a catalogue message.
    pub fn to_message(&self) -> Message {
        match self {
            Notice::Ignored { bundle, reason } => Message::new("publish-notice-ignored")
                .arg("bundle", bundle)
                .nested("reason", reason.to_message()),
            Notice::Offline { location, message } => Message::new("publish-notice-offline")
                .arg("location", location.display())
                .arg("detail", message),
        }
    }

    /// The notice in a language.
    pub fn message(&self, lang: Lang) -> String {
        self.to_message().render(lang)
    }
}

/// The bundle's file name for a version: `designmanual-2.2.dpmanual`.
pub fn bundle_name(version: &str) -> String {
    let safe: String = version
        .trim()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' || c == '_' || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect();
    let safe = safe.trim_matches(|c| c == '.' || c == '-');
    format!(
        "designmanual-{}.{EXTENSION}",
        if safe.is_empty() { "0" } else { safe }
    )
}

/// Publishes the manual folder `manual_dir` into the folder `to`: validates it (an invalid manual is refused),
/// writes the bundle and then the `latest` pointer, each by temporary file + rename. Publishing the same
/// version again with the same content only rewrites `latest`; with different content it is refused unless
/// `force`.
pub fn publish(manual_dir: &Path, to: &Path, force: bool) -> Result<Published, PublishError> {
    // A save that a killed editor left committed is finished first, so the folder holds one manual.
    let _ = journal::recover(manual_dir);
    let (manifest, files) = snapshot(manual_dir)?;
    std::fs::create_dir_all(to).map_err(|e| PublishError::io(to, e))?;
    let mut zip = std::io::Cursor::new(Vec::new());
    bundle::write(&mut zip, &manifest, &files).map_err(|e| PublishError::io(to, e))?;
    let bytes = zip.into_inner();
    let name = bundle_name(&manifest.version);
    let target = to.join(&name);
    let pointer = Pointer {
        bundle: name,
        version: manifest.version.clone(),
        size: bytes.len() as u64,
        sha256: bundle::sha256_hex(&bytes),
    };
    let unchanged = match std::fs::read(&target) {
        Ok(existing) if existing == bytes => true,
        Ok(_) if !force => return Err(PublishError::Exists(target)),
        _ => false,
    };
    if !unchanged {
        journal::replace_file(&target, &bytes).map_err(|e| PublishError::io(&target, e))?;
        pause();
    }
    let json = serde_json::to_vec_pretty(&pointer).map_err(|e| PublishError::io(to, e))?;
    let latest = to.join(LATEST);
    journal::replace_file(&latest, &json).map_err(|e| PublishError::io(&latest, e))?;
    Ok(Published {
        bundle: target,
        pointer,
        files: files.len(),
        unchanged,
    })
}

/// The manual's files and their manifest, read as one consistent state and validated.
fn snapshot(dir: &Path) -> Result<(bundle::Manifest, BTreeMap<String, Vec<u8>>), PublishError> {
    for _ in 0..4 {
        let before = journal::marker(dir);
        let loaded = manual::load_folder(dir);
        let errors = loaded
            .diagnostics
            .iter()
            .filter(|d| d.severity == manual::Severity::Error)
            .count();
        if errors > 0 {
            return Err(PublishError::Invalid(errors));
        }
        let source = Files::folder(dir).map_err(|e| PublishError::io(dir, e))?;
        let mut files = BTreeMap::new();
        for rel in bundle::manual_files(dir).map_err(|e| PublishError::io(dir, e))? {
            let bytes = source
                .read(&rel, bundle::limits::FILE_BYTES)
                .map_err(|e| PublishError::io(&dir.join(&rel), e))?;
            files.insert(rel, bytes);
        }
        if journal::marker(dir) != before {
            continue; // an editor saved meanwhile: read again
        }
        let p = &loaded.manual.programme;
        let manifest = bundle::Manifest {
            kind: bundle::KIND.into(),
            format: 1,
            organisation: p.organisation.clone(),
            version: p.version.clone(),
            updated_on: p.updated_on.clone(),
            files: files
                .iter()
                .map(|(path, bytes)| bundle::FileEntry {
                    path: path.clone(),
                    size: bytes.len() as u64,
                    sha256: bundle::sha256_hex(bytes),
                })
                .collect(),
        };
        return Ok((manifest, files));
    }
    Err(PublishError::io(
        dir,
        "the manual keeps changing while it is read; try again",
    ))
}

/// The published manual for a staff installation: brought up to date from the publish folder `location` into
/// the local data folder ([`refresh`]), every notice added as a warning. Without any valid bundle (never fetched,
/// and the folder unreachable or broken) the embedded demonstration manual, with a warning saying so.
pub fn load_published(location: &Path) -> manual::Loaded {
    let refreshed = match install::cache_dir() {
        Some(cache) => refresh(location, &cache),
        None => Err(vec![Notice::Offline {
            location: location.to_path_buf(),
            message: "no local data folder on this system".into(),
        }]),
    };
    let warn = |message: Message| manual::Diagnostic {
        file: location.display().to_string(),
        line: 0,
        column: 0,
        severity: manual::Severity::Warning,
        message,
    };
    let (mut loaded, notices) = match refreshed {
        Ok(r) => (manual::load_folder(&r.installed.folder), r.notices),
        Err(notices) => {
            let mut loaded = manual::load_embedded();
            let none = Message::new("publish-notice-none").arg("location", location.display());
            loaded.diagnostics.insert(0, warn(none));
            (loaded, notices)
        }
    };
    let mut diagnostics: Vec<manual::Diagnostic> =
        notices.iter().map(|n| warn(n.to_message())).collect();
    diagnostics.append(&mut loaded.diagnostics);
    loaded.diagnostics = diagnostics;
    loaded
}

/// What changed since the version a user last saw.
#[derive(Debug, Clone, PartialEq)]
pub struct Update {
    /// The manual's version now.
    pub version: String,
    /// The changelog entries newer than the version last seen, newest first.
    pub entries: Vec<manual::ChangelogEntry>,
}

/// The update to announce: `None` when nothing was seen before (a first start) or the manual is not newer.
pub fn update_since(manual: &manual::Manual, last_seen: Option<&str>) -> Option<Update> {
    let last_seen = last_seen?;
    let version = &manual.programme.version;
    if manual::edit::compare_versions(version, last_seen).is_le() {
        return None;
    }
    Some(Update {
        version: version.clone(),
        entries: manual
            .changelog
            .iter()
            .filter(|e| manual::edit::compare_versions(&e.version, last_seen).is_gt())
            .cloned()
            .collect(),
    })
}

/// Test knob (shared with saving, [`journal::STEP_DELAY_ENV`]): pause between writing the bundle and `latest`.
fn pause() {
    if let Some(ms) = std::env::var(journal::STEP_DELAY_ENV)
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
    {
        std::thread::sleep(std::time::Duration::from_millis(ms));
    }
}

#[cfg(test)]
mod tests;
