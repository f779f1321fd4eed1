//! Where a manual's files come from: a folder on disk or the copy embedded in the binary.
//!
//! All access goes through [`Files`], which keeps paths inside the manual folder and refuses files larger than
//! the limit the caller gives, before reading them.

use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex};

use include_dir::{Dir, include_dir};

use super::diagnostic::Message;
use super::journal::{self, Fingerprint, Redirect};

/// The demonstration manual, embedded at build time.
static EMBEDDED: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/manual");

/// Where a manual was loaded from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// The demonstration manual compiled into the program.
    Embedded,
    /// A folder on disk.
    Folder(PathBuf),
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Origin::Embedded => f.write_str("(embedded demonstration manual)"),
            Origin::Folder(path) => write!(f, "{}", path.display()),
        }
    }
}

/// Why a file could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FileError {
    /// No such file.
    #[error("file not found")]
    NotFound,
    /// Larger than allowed.
    #[error("file is {size} bytes, larger than the limit of {limit} bytes")]
    TooLarge {
        /// Actual size.
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// The path leaves the manual folder or is otherwise unsafe.
    #[error("unsafe path: \"{path}\" {}", reason.english())]
    Unsafe {
        /// The path as written.
        path: String,
        /// What is wrong with it.
        reason: UnsafeReason,
    },
    /// Any other I/O error.
    #[error("cannot read: {0}")]
    Io(String),
}

/// Why a path is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnsafeReason {
    /// Empty.
    Empty,
    /// Absolute (`/…`, `C:…`, `\\server…`).
    Absolute,
    /// Not UTF-8.
    NotUtf8,
    /// `..` above the manual folder.
    Leaves,
    /// Only `.` and `..`: no file.
    NoFile,
    /// A symbolic link that points out of the manual folder.
    SymlinkOut,
}

impl UnsafeReason {
    fn key(self) -> &'static str {
        match self {
            UnsafeReason::Empty => "empty",
            UnsafeReason::Absolute => "absolute",
            UnsafeReason::NotUtf8 => "utf8",
            UnsafeReason::Leaves => "leaves",
            UnsafeReason::NoFile => "nofile",
            UnsafeReason::SymlinkOut => "symlink",
        }
    }

    fn english(self) -> String {
        Message::new("file-unsafe-reason")
            .arg("reason", self.key())
            .en()
    }
}

impl FileError {
    fn unsafe_path(path: &str, reason: UnsafeReason) -> FileError {
        FileError::Unsafe {
            path: path.to_owned(),
            reason,
        }
    }

    /// The reason as a catalogue message (the `Display` text is the English one).
    pub fn message(&self) -> Message {
        match self {
            FileError::NotFound => Message::new("file-not-found"),
            FileError::TooLarge { size, limit } => Message::new("file-too-large")
                .arg("size", size)
                .arg("limit", limit),
            FileError::Unsafe { path, reason } => {
                Message::new("file-unsafe").arg("path", path).nested(
                    "reason",
                    Message::new("file-unsafe-reason").arg("reason", reason.key()),
                )
            }
            FileError::Io(why) => Message::new("file-unreadable").arg("reason", why),
        }
    }
}

/// Read access to the files of one manual.
#[derive(Debug, Clone)]
pub struct Files {
    origin: Origin,
    /// Canonical root (folders only), to detect symlinks that point out.
    root: Option<PathBuf>,
    /// Files read from elsewhere than their path (see [`Layer`]), by path relative to the root.
    overlay: Arc<HashMap<String, Layer>>,
    /// Notes the fingerprint of every file read (an editor's base for conflict detection).
    recorder: Option<Arc<Recorder>>,
}

/// Where a file of an overlaid manual comes from.
#[derive(Debug, Clone)]
pub enum Layer {
    /// These bytes (an edit held in memory).
    Bytes(Arc<[u8]>),
    /// A staged file of a committed save in progress; its target once it has been renamed.
    Staged(PathBuf),
    /// The file does not exist.
    Removed,
}

/// The fingerprints of the files a load read, by path relative to the manual root.
#[derive(Debug, Default)]
pub struct Recorder(Mutex<HashMap<String, Fingerprint>>);

impl Recorder {
    fn note(&self, rel: &str, bytes: Option<&[u8]>) {
        let print = bytes.map(journal::fingerprint);
        if let Ok(mut map) = self.0.lock() {
            map.insert(rel.to_owned(), print);
        }
    }

    /// What was recorded.
    pub fn take(&self) -> HashMap<String, Fingerprint> {
        self.0
            .lock()
            .map(|mut map| std::mem::take(&mut *map))
            .unwrap_or_default()
    }
}

impl Files {
    /// The embedded demonstration manual.
    pub fn embedded() -> Self {
        Files {
            origin: Origin::Embedded,
            root: None,
            overlay: Arc::default(),
            recorder: None,
        }
    }

    /// A manual folder on disk.
    pub fn folder(path: &Path) -> Result<Self, FileError> {
        let root = path.canonicalize().map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => FileError::NotFound,
            _ => FileError::Io(e.to_string()),
        })?;
        if !root.is_dir() {
            return Err(FileError::Io(format!("{} is not a folder", path.display())));
        }
        // A save in progress that has committed: its new files are what a reader must see.
        let overlay = journal::redirects(&root)
            .into_iter()
            .map(|(rel, redirect)| {
                let layer = match redirect {
                    Redirect::Staged(path) => Layer::Staged(path),
                    Redirect::Removed => Layer::Removed,
                };
                (rel, layer)
            })
            .collect();
        Ok(Files {
            origin: Origin::Folder(path.to_path_buf()),
            root: Some(root),
            overlay: Arc::new(overlay),
            recorder: None,
        })
    }

    /// These files with `layers` on top (an editor's changes, held in memory).
    pub fn with_layers(mut self, layers: impl IntoIterator<Item = (String, Layer)>) -> Self {
        Arc::make_mut(&mut self.overlay).extend(layers);
        self
    }

    /// These files, noting the fingerprint of every file read into `recorder`.
    pub fn recording(mut self, recorder: Arc<Recorder>) -> Self {
        self.recorder = Some(recorder);
        self
    }

    /// The canonical manual folder (`None` for the embedded manual).
    pub fn root(&self) -> Option<&Path> {
        self.root.as_deref()
    }

    /// Where these files come from.
    pub fn origin(&self) -> &Origin {
        &self.origin
    }

    /// Reads a file given by its path relative to the manual root (already resolved with [`resolve`]).
    pub fn read(&self, rel: &str, limit: u64) -> Result<Vec<u8>, FileError> {
        let result = self.read_layered(rel, limit);
        if let Some(recorder) = &self.recorder {
            match &result {
                Ok(bytes) => recorder.note(rel, Some(bytes)),
                Err(FileError::NotFound) => recorder.note(rel, None),
                Err(_) => {}
            }
        }
        result
    }

    fn read_layered(&self, rel: &str, limit: u64) -> Result<Vec<u8>, FileError> {
        match self.overlay.get(rel) {
            Some(Layer::Bytes(bytes)) => {
                let size = bytes.len() as u64;
                if size > limit {
                    return Err(FileError::TooLarge { size, limit });
                }
                return Ok(bytes.to_vec());
            }
            Some(Layer::Removed) => return Err(FileError::NotFound),
            Some(Layer::Staged(path)) => match read_limited(path, limit) {
                Err(FileError::NotFound) => {} // renamed into place meanwhile: read the target
                other => return other,
            },
            None => {}
        }
        self.read_own(rel, limit)
    }

    fn read_own(&self, rel: &str, limit: u64) -> Result<Vec<u8>, FileError> {
        match &self.root {
            None => {
                let file = EMBEDDED.get_file(rel).ok_or(FileError::NotFound)?;
                let size = file.contents().len() as u64;
                if size > limit {
                    return Err(FileError::TooLarge { size, limit });
                }
                Ok(file.contents().to_vec())
            }
            Some(root) => {
                let path = root.join(rel);
                let meta = std::fs::symlink_metadata(&path).map_err(io_error)?;
                if meta.file_type().is_symlink() {
                    let target = path.canonicalize().map_err(io_error)?;
                    if !target.starts_with(root) {
                        return Err(FileError::unsafe_path(rel, UnsafeReason::SymlinkOut));
                    }
                }
                read_limited(&path, limit).map_err(|e| match e {
                    FileError::Io(m) if m == NOT_A_FILE => {
                        FileError::Io(format!("{rel} is not a file"))
                    }
                    other => other,
                })
            }
        }
    }

    /// Reads a UTF-8 text file.
    pub fn read_text(&self, rel: &str, limit: u64) -> Result<String, FileError> {
        let bytes = self.read(rel, limit)?;
        String::from_utf8(bytes).map_err(|_| FileError::Io("the file is not valid UTF-8".into()))
    }

    /// Whether a file exists.
    pub fn exists(&self, rel: &str) -> bool {
        match self.overlay.get(rel) {
            Some(Layer::Bytes(_) | Layer::Staged(_)) => return true,
            Some(Layer::Removed) => return false,
            None => {}
        }
        match &self.root {
            None => EMBEDDED.get_file(rel).is_some(),
            Some(root) => root.join(rel).is_file(),
        }
    }

    /// Names of the sub-folders of `dir` (relative to the root), sorted.
    pub fn subfolders(&self, dir: &str) -> Vec<String> {
        let mut names: Vec<String> = match &self.root {
            None => EMBEDDED
                .get_dir(dir)
                .map(|d| {
                    d.dirs()
                        .filter_map(|sub| sub.path().file_name())
                        .map(|n| n.to_string_lossy().into_owned())
                        .collect()
                })
                .unwrap_or_default(),
            Some(root) => std::fs::read_dir(root.join(dir))
                .map(|entries| {
                    entries
                        .filter_map(Result::ok)
                        .filter(|e| e.path().is_dir())
                        .map(|e| e.file_name().to_string_lossy().into_owned())
                        .collect()
                })
                .unwrap_or_default(),
        };
        // Folders that only the overlay has (a new logo not saved yet, or not yet renamed into place).
        let prefix = format!("{dir}/");
        for (rel, layer) in self.overlay.iter() {
            if let (Some(rest), false) =
                (rel.strip_prefix(&prefix), matches!(layer, Layer::Removed))
                && let Some((folder, _)) = rest.split_once('/')
                && !names.iter().any(|n| n == folder)
            {
                names.push(folder.to_owned());
            }
        }
        names.sort();
        names
    }
}

const NOT_A_FILE: &str = "not a file";

/// Reads a file of at most `limit` bytes.
fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, FileError> {
    let meta = std::fs::metadata(path).map_err(io_error)?;
    if !meta.is_file() {
        return Err(FileError::Io(NOT_A_FILE.into()));
    }
    if meta.len() > limit {
        return Err(FileError::TooLarge {
            size: meta.len(),
            limit,
        });
    }
    std::fs::read(path).map_err(io_error)
}

fn io_error(e: std::io::Error) -> FileError {
    match e.kind() {
        std::io::ErrorKind::NotFound => FileError::NotFound,
        _ => FileError::Io(e.to_string()),
    }
}

/// Resolves `path`, written in the file `from` (both relative to the manual root), to a normalised path
/// relative to the root. Refuses absolute paths and paths that leave the manual folder.
pub fn resolve(from: &str, path: &str) -> Result<String, FileError> {
    if path.is_empty() {
        return Err(FileError::unsafe_path(path, UnsafeReason::Empty));
    }
    let looks_absolute = path.starts_with('/')
        || path.starts_with('\\')
        || path.as_bytes().get(1) == Some(&b':')
        || Path::new(path).is_absolute();
    if looks_absolute {
        return Err(FileError::unsafe_path(path, UnsafeReason::Absolute));
    }
    let mut parts: Vec<&str> = from.split('/').collect();
    parts.pop(); // the file name of `from`
    for component in Path::new(path).components() {
        match component {
            Component::Normal(part) => match part.to_str() {
                Some(p) => parts.push(p),
                None => return Err(FileError::unsafe_path(path, UnsafeReason::NotUtf8)),
            },
            Component::CurDir => {}
            Component::ParentDir => {
                if parts.pop().is_none() {
                    return Err(FileError::unsafe_path(path, UnsafeReason::Leaves));
                }
            }
            Component::RootDir | Component::Prefix(_) => {
                return Err(FileError::unsafe_path(path, UnsafeReason::Absolute));
            }
        }
    }
    if parts.is_empty() {
        return Err(FileError::unsafe_path(path, UnsafeReason::NoFile));
    }
    Ok(parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolve_keeps_paths_inside() {
        assert_eq!(
            resolve("logos/kommune/logo.toml", "a.svg").unwrap(),
            "logos/kommune/a.svg"
        );
        assert_eq!(
            resolve("logos/kommune/logo.toml", "../bib/./b.svg").unwrap(),
            "logos/bib/b.svg"
        );
        assert_eq!(
            resolve("typography.toml", "fonts/x.ttf").unwrap(),
            "fonts/x.ttf"
        );
        for bad in [
            "../x.svg",
            "/etc/passwd",
            "C:/x.svg",
            "\\\\server\\x",
            "a/../../x",
        ] {
            assert!(
                matches!(
                    resolve("typography.toml", bad),
                    Err(FileError::Unsafe { .. })
                ),
                "{bad}"
            );
        }
        assert!(resolve("logos/k/logo.toml", "../../../x").is_err());
    }
}
