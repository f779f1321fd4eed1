//! `.dpskabelon`: a filled template saved to reopen later (a poster series is quick to make). A small TOML
//! file, versioned (`format = 1`), read tolerantly: unknown keys are warnings, bad values are left out with a
//! warning, user text is cleaned. Photos are stored as paths, relative to the file when they are beside or
//! below it. The person's own data is not stored (it comes from the settings of whoever opens the file).
//! docs/templates.md describes the format.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::export::{ExportError, atomic};

use super::fill::{Fill, PhotoChoice, clean};
use super::photo::Focus;

/// The file extension.
pub const EXTENSION: &str = "dpskabelon";
/// The format version written and read.
pub const FORMAT: i64 = 1;
/// Largest file read.
pub const MAX_BYTES: u64 = 1 << 20;

/// Why a saved template cannot be read or written.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum SavedError {
    /// Cannot read the file.
    #[error("{}: cannot read: {message}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// What the system said.
        message: String,
    },
    /// Not a `.dpskabelon` file this program reads.
    #[error("{}: not a saved template: {message}", path.display())]
    Invalid {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// Writing failed.
    #[error(transparent)]
    Write(#[from] ExportError),
}

/// The file's contents.
#[derive(Debug, Serialize, Deserialize)]
struct File {
    format: i64,
    template: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    variant: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    sender: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    manual_version: Option<String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    texts: BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    colors: BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    photos: BTreeMap<String, SavedPhoto>,
}

#[derive(Debug, Serialize, Deserialize)]
struct SavedPhoto {
    path: String,
    #[serde(default)]
    focus: Focus,
}

/// A saved template read back, with what was wrong in it.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    /// The fill.
    pub fill: Fill,
    /// The manual version it was saved with.
    pub manual_version: Option<String>,
    /// Problems that were left out (unknown keys, bad values).
    pub warnings: Vec<String>,
}

/// The file's text for a fill; photo paths relative to `folder` (the folder the file is saved in) when the
/// photo is inside it.
pub fn to_string(fill: &Fill, manual_version: &str, folder: &Path) -> String {
    let photos = fill
        .photos
        .iter()
        .map(|(id, p)| {
            let path = p
                .path
                .strip_prefix(folder)
                .unwrap_or(&p.path)
                .to_string_lossy()
                .replace('\\', "/");
            (
                id.clone(),
                SavedPhoto {
                    path,
                    focus: p.focus,
                },
            )
        })
        .collect();
    let file = File {
        format: FORMAT,
        template: fill.template.clone(),
        variant: fill.variant.clone(),
        sender: fill.sender.clone(),
        manual_version: Some(manual_version.to_owned()),
        texts: fill.texts.clone(),
        colors: fill.colors.clone(),
        photos,
    };
    let body = toml::to_string(&file).unwrap_or_default();
    format!("# Designprogram: udfyldt skabelon (filled template), docs/templates.md\n{body}")
}

/// Parses a saved template; relative photo paths are resolved against `folder`.
pub fn parse(text: &str, folder: &Path, name: &Path) -> Result<Loaded, SavedError> {
    let invalid = |message: String| SavedError::Invalid {
        path: name.to_path_buf(),
        message,
    };
    let mut warnings = Vec::new();
    let file: File = serde_ignored::deserialize(
        toml::de::Deserializer::parse(text).map_err(|e| invalid(first_line(e.message())))?,
        |path| warnings.push(format!("unknown key `{path}` (ignored)")),
    )
    .map_err(|e: toml::de::Error| invalid(first_line(e.message())))?;
    if file.format != FORMAT {
        return Err(invalid(format!(
            "format {} is not supported: this program reads format {FORMAT}",
            file.format
        )));
    }
    let mut fill = Fill::new(&clean(&file.template));
    fill.variant = file.variant;
    fill.sender = file.sender;
    for (id, value) in file.texts {
        fill.set_text(&id, &value);
    }
    fill.colors = file.colors;
    for (id, photo) in file.photos {
        let p = Path::new(&photo.path);
        if photo.path.is_empty() || photo.path.contains('\0') {
            warnings.push(format!("photos.{id}: empty path (ignored)"));
            continue;
        }
        let path = if p.is_absolute() {
            p.to_path_buf()
        } else {
            folder.join(p)
        };
        fill.photos.insert(
            id,
            PhotoChoice {
                path,
                focus: Focus::new(photo.focus.x, photo.focus.y),
            },
        );
    }
    Ok(Loaded {
        fill,
        manual_version: file.manual_version,
        warnings,
    })
}

fn first_line(message: &str) -> String {
    message.lines().next().unwrap_or(message).trim().to_owned()
}

/// Reads a `.dpskabelon` file.
pub fn load(path: &Path) -> Result<Loaded, SavedError> {
    let read_error = |message: String| SavedError::Read {
        path: path.to_path_buf(),
        message,
    };
    let meta = std::fs::metadata(path).map_err(|e| read_error(e.to_string()))?;
    if meta.len() > MAX_BYTES {
        return Err(read_error(format!(
            "the file is {} bytes, more than {MAX_BYTES}",
            meta.len()
        )));
    }
    let text = std::fs::read_to_string(path).map_err(|e| read_error(e.to_string()))?;
    let folder = atomic::folder_of(path);
    parse(&text, &folder, path)
}

/// Saves a fill atomically.
pub fn save(fill: &Fill, manual_version: &str, path: &Path, force: bool) -> Result<(), SavedError> {
    let folder = atomic::folder_of(path);
    let folder = folder.canonicalize().unwrap_or(folder);
    let text = to_string(fill, manual_version, &folder);
    atomic::write_file(path, force, |w| {
        w.write_all(text.as_bytes())
            .map_err(|e| ExportError::write(path, &e))
    })?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_with_relative_photos() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().canonicalize().unwrap();
        let mut fill = Fill::new("plakat");
        fill.variant = Some("poster-a3".into());
        fill.sender = Some("bibliotek".into());
        fill.set_text("overskrift", "Sommerfest i Regnbuen \"æøå\" <b>");
        fill.colors.insert("overskrift".into(), "groen".into());
        fill.photos.insert(
            "foto".into(),
            PhotoChoice {
                path: folder.join("fotos/sol.jpg"),
                focus: Focus::new(0.25, 0.75),
            },
        );
        let path = folder.join("serie.dpskabelon");
        save(&fill, "2.1", &path, false).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains("path = \"fotos/sol.jpg\""), "{text}");
        assert!(text.contains("format = 1"));
        let loaded = load(&path).unwrap();
        assert_eq!(loaded.fill, fill);
        assert_eq!(loaded.manual_version.as_deref(), Some("2.1"));
        assert!(loaded.warnings.is_empty());
    }

    #[test]
    fn tolerant_but_strict_about_the_format() {
        let p = Path::new("x.dpskabelon");
        let loaded = parse(
            "format = 1\ntemplate = \"plakat\"\nshoe = 3\n[texts]\noverskrift = \"a\\u0007b\"\n",
            Path::new("/tmp"),
            p,
        )
        .unwrap();
        assert_eq!(loaded.fill.texts["overskrift"], "ab");
        assert_eq!(loaded.warnings.len(), 1);
        assert!(matches!(
            parse("format = 2\ntemplate = \"x\"\n", Path::new("/"), p),
            Err(SavedError::Invalid { .. })
        ));
        assert!(parse("not toml [", Path::new("/"), p).is_err());
    }
}
