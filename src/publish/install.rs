//! The staff side: where the published manual is (set by IT for the whole machine, or by the user), fetching the
//! newest valid bundle into the local data folder, and keeping the last good one for offline use.
//!
//! ```text
//! <data>/manuals/current.json      which installed bundle is in use (replaced atomically)
//! <data>/manuals/<sha256[..16]>/   an installed, verified, validated bundle (the manual's files)
//! ```
//!
//! The machine-wide setting is `publish_location = "…"` in `config.toml` of the system configuration folder:
//! `$XDG_CONFIG_DIRS/designprogram/` (default `/etc/xdg/designprogram/`) on Linux, `%PROGRAMDATA%\designprogram\`
//! on Windows, `/Library/Application Support/designprogram/` on macOS. `DESIGNPROGRAM_SYSTEM_CONFIG` names the
//! file instead (tests, portable installs).

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{BundleError, EXTENSION, LATEST, Notice, Pointer, bundle};
use crate::manual::{self, edit::compare_versions, journal};

/// Environment variable naming the system configuration file (instead of the platform's).
pub const SYSTEM_CONFIG_ENV: &str = "DESIGNPROGRAM_SYSTEM_CONFIG";
/// Environment variable naming the local data folder (instead of the platform's).
pub const DATA_DIR_ENV: &str = "DESIGNPROGRAM_DATA_DIR";
/// Largest `latest` pointer.
const POINTER_BYTES: u64 = 64 << 10;
/// How many installed bundles are kept (the one in use and the one before).
const KEEP: usize = 2;

/// The machine-wide configuration IT sets.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SystemConfig {
    /// The file it was read from.
    pub path: Option<PathBuf>,
    /// The folder the department publishes to.
    pub publish_location: Option<PathBuf>,
    /// What was wrong with the file (it never fails as a whole).
    pub problems: Vec<String>,
}

impl SystemConfig {
    /// The candidate files, in order (the first that exists is read).
    pub fn paths() -> Vec<PathBuf> {
        if let Some(file) = std::env::var_os(SYSTEM_CONFIG_ENV).filter(|f| !f.is_empty()) {
            return vec![PathBuf::from(file)];
        }
        let mut dirs = Vec::new();
        if cfg!(windows) {
            if let Some(data) = std::env::var_os("PROGRAMDATA") {
                dirs.push(PathBuf::from(data));
            }
        } else if cfg!(target_os = "macos") {
            dirs.push(PathBuf::from("/Library/Application Support"));
        } else {
            let xdg = std::env::var("XDG_CONFIG_DIRS")
                .ok()
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| "/etc/xdg".into());
            dirs.extend(xdg.split(':').filter(|d| !d.is_empty()).map(PathBuf::from));
        }
        dirs.into_iter()
            .map(|d| d.join("designprogram").join("config.toml"))
            .collect()
    }

    /// Reads the first configuration file that exists (defaults when none does).
    pub fn load() -> SystemConfig {
        let Some(path) = SystemConfig::paths().into_iter().find(|p| p.is_file()) else {
            return SystemConfig::default();
        };
        match std::fs::read_to_string(&path) {
            Ok(text) => SystemConfig::parse(&text, &path),
            Err(e) => SystemConfig {
                problems: vec![format!("{}: cannot read: {e}", path.display())],
                path: Some(path),
                ..SystemConfig::default()
            },
        }
    }

    /// Parses the file's text, tolerating damage (a bad or unknown key is reported and skipped).
    pub fn parse(text: &str, path: &Path) -> SystemConfig {
        let mut config = SystemConfig {
            path: Some(path.to_path_buf()),
            ..SystemConfig::default()
        };
        let table: toml::Table = match text.parse() {
            Ok(t) => t,
            Err(e) => {
                config.problems.push(format!(
                    "{}: not valid TOML ({})",
                    path.display(),
                    e.message()
                ));
                return config;
            }
        };
        for (key, value) in table {
            match (key.as_str(), value.as_str()) {
                ("publish_location", Some(s)) if !s.trim().is_empty() => {
                    config.publish_location = Some(PathBuf::from(s.trim()));
                }
                ("publish_location", _) => config.problems.push(format!(
                    "{}: publish_location: expected a folder path",
                    path.display()
                )),
                _ => config
                    .problems
                    .push(format!("{}: unknown key `{key}` (ignored)", path.display())),
            }
        }
        config
    }
}

/// The local folder of installed bundles: `DESIGNPROGRAM_DATA_DIR`, else the platform's local data folder.
pub fn cache_dir() -> Option<PathBuf> {
    let base = match std::env::var_os(DATA_DIR_ENV) {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir),
        _ => crate::settings::project_dirs()?
            .data_local_dir()
            .to_path_buf(),
    };
    Some(base.join("manuals"))
}

/// An installed bundle (`current.json`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Installed {
    /// The folder holding the manual's files.
    pub folder: PathBuf,
    /// The manual's version.
    pub version: String,
    /// The bundle's SHA-256.
    pub sha256: String,
    /// The bundle's file name.
    pub bundle: String,
}

/// The result of [`refresh`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refreshed {
    /// The manual to use.
    pub installed: Installed,
    /// Whether it was installed just now.
    pub updated: bool,
    /// What the user should know (a bundle ignored, the folder offline).
    pub notices: Vec<Notice>,
}

/// The bundle in use, if any.
pub fn current(cache: &Path) -> Option<Installed> {
    let bytes = std::fs::read(cache.join("current.json")).ok()?;
    let mut installed: Installed = serde_json::from_slice(&bytes).ok()?;
    installed.folder = cache.join(&installed.folder);
    installed
        .folder
        .join("manual.toml")
        .is_file()
        .then_some(installed)
}

/// Brings the local copy up to date with the publish folder `location`: the bundle `latest` names if it is new
/// and valid, else the newest valid bundle newer than the one in use, else the one in use (with a notice for
/// every bundle ignored, or for an unreachable folder). `Err` only when no valid manual is available at all.
pub fn refresh(location: &Path, cache: &Path) -> Result<Refreshed, Vec<Notice>> {
    let current = current(cache);
    let mut notices = Vec::new();
    let keep = |current: Option<Installed>, notices: Vec<Notice>| match current {
        Some(installed) => Ok(Refreshed {
            installed,
            updated: false,
            notices,
        }),
        None => Err(notices),
    };
    if let Err(e) = std::fs::read_dir(location) {
        notices.push(Notice::Offline {
            location: location.to_path_buf(),
            message: e.to_string(),
        });
        return keep(current, notices);
    }
    let mut tried = Vec::new();
    if let Some(pointer) = read_pointer(location) {
        if current.as_ref().is_some_and(|c| c.sha256 == pointer.sha256) {
            return keep(current, notices);
        }
        tried.push(pointer.bundle.clone());
        match install(location, &pointer.bundle, Some(&pointer), cache) {
            Ok(installed) => return Ok(updated(installed, notices)),
            Err(reason) => notices.push(Notice::Ignored {
                bundle: pointer.bundle.clone(),
                reason,
            }),
        }
    }
    // `latest` is missing or its bundle is bad: the newest valid bundle newer than the one in use.
    for (version, name) in scan(location) {
        if current
            .as_ref()
            .is_some_and(|c| compare_versions(&version, &c.version).is_le())
        {
            break;
        }
        if tried.contains(&name) {
            continue;
        }
        match install(location, &name, None, cache) {
            Ok(installed) => return Ok(updated(installed, notices)),
            Err(reason) => notices.push(Notice::Ignored {
                bundle: name,
                reason,
            }),
        }
    }
    keep(current, notices)
}

fn updated(installed: Installed, notices: Vec<Notice>) -> Refreshed {
    Refreshed {
        installed,
        updated: true,
        notices,
    }
}

fn read_pointer(location: &Path) -> Option<Pointer> {
    let path = location.join(LATEST);
    let meta = std::fs::metadata(&path).ok()?;
    if meta.len() > POINTER_BYTES {
        return None;
    }
    let pointer: Pointer = serde_json::from_slice(&std::fs::read(&path).ok()?).ok()?;
    is_bundle_name(&pointer.bundle).then_some(pointer)
}

/// `designmanual-<version>.dpmanual`, a plain file name.
fn is_bundle_name(name: &str) -> bool {
    name.starts_with("designmanual-")
        && name.ends_with(&format!(".{EXTENSION}"))
        && !name.contains(['/', '\\', ':'])
        && !name.starts_with('.')
}

/// The bundles in a folder with their versions (from the file name), newest first.
fn scan(location: &Path) -> Vec<(String, String)> {
    let mut found: Vec<(String, String)> = std::fs::read_dir(location)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter_map(|e| e.file_name().into_string().ok())
                .filter(|name| is_bundle_name(name))
                .map(|name| {
                    let version = name
                        .trim_start_matches("designmanual-")
                        .trim_end_matches(&format!(".{EXTENSION}"))
                        .to_owned();
                    (version, name)
                })
                .collect()
        })
        .unwrap_or_default();
    found.sort_by(|a, b| compare_versions(&b.0, &a.0));
    found
}

/// Copies, verifies, extracts and validates one bundle, and makes it the one in use.
fn install(
    location: &Path,
    name: &str,
    pointer: Option<&Pointer>,
    cache: &Path,
) -> Result<Installed, BundleError> {
    let path = location.join(name);
    let io = |e: std::io::Error| BundleError::Io(format!("{}: {e}", path.display()));
    let meta = std::fs::metadata(&path).map_err(io)?;
    if meta.len() > bundle::limits::BUNDLE_BYTES {
        return Err(BundleError::Limit(format!("{} bytes", meta.len())));
    }
    let bytes = std::fs::read(&path).map_err(io)?;
    let sha256 = bundle::sha256_hex(&bytes);
    if let Some(p) = pointer
        && (p.sha256 != sha256 || p.size != bytes.len() as u64)
    {
        return Err(BundleError::Checksum(name.to_owned()));
    }
    std::fs::create_dir_all(cache)
        .map_err(|e| BundleError::Io(format!("{}: {e}", cache.display())))?;
    let folder_name = sha256[..16].to_owned();
    let folder = cache.join(&folder_name);
    let manifest = if folder.join("manual.toml").is_file() {
        None // installed before (e.g. rolled back to): verified then
    } else {
        let incoming = tempfile::Builder::new()
            .prefix(".incoming-")
            .tempdir_in(cache)
            .map_err(|e| BundleError::Io(e.to_string()))?;
        let manifest = bundle::extract(std::io::Cursor::new(&bytes), incoming.path())?;
        let loaded = manual::load_folder(incoming.path());
        let errors = loaded
            .diagnostics
            .iter()
            .filter(|d| d.severity == manual::Severity::Error)
            .count();
        if errors > 0 {
            return Err(BundleError::Invalid(errors));
        }
        let incoming = incoming.keep();
        if std::fs::rename(&incoming, &folder).is_err() {
            let _ = std::fs::remove_dir_all(&incoming); // installed meanwhile by another process
        }
        Some(manifest)
    };
    let version = manifest.map_or_else(
        || {
            manual::load_folder(&folder)
                .manual
                .programme
                .version
                .clone()
        },
        |m| m.version,
    );
    let record = Installed {
        folder: PathBuf::from(&folder_name),
        version,
        sha256,
        bundle: name.to_owned(),
    };
    let json = serde_json::to_vec_pretty(&record).map_err(|e| BundleError::Io(e.to_string()))?;
    let previous = current(cache);
    journal::replace_file(&cache.join("current.json"), &json)
        .map_err(|e| BundleError::Io(e.to_string()))?;
    prune(cache, &folder_name, previous.as_ref());
    Ok(Installed { folder, ..record })
}

/// Removes installed bundles other than the one in use and the one before.
fn prune(cache: &Path, current: &str, previous: Option<&Installed>) {
    let keep: Vec<String> = std::iter::once(current.to_owned())
        .chain(previous.and_then(|p| p.folder.file_name()?.to_str().map(str::to_owned)))
        .take(KEEP)
        .collect();
    let Ok(entries) = std::fs::read_dir(cache) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name().to_string_lossy().into_owned();
        if entry.path().is_dir() && !keep.contains(&name) && !name.starts_with(".incoming-") {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}
