//! The seam to the desktop: file dialogs and the file manager. The application uses [`System`] (rfd dialogs,
//! the platform's file manager); tests pass their own [`Desktop`] that answers without a dialog.
//!
//! Nothing here fails silently: a dialog that cannot open answers [`Picked::Unavailable`] (the export screen
//! then offers a path field and names what to install), and a file manager that cannot start says which
//! program is missing ([`RevealError`]).

use std::fmt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use iced::futures::FutureExt;
use iced::futures::future::BoxFuture;

/// What a "save as" dialog should show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SaveDialog {
    /// Window title.
    pub title: String,
    /// The folder it opens in.
    pub folder: Option<PathBuf>,
    /// The file name it proposes (the manual's naming convention).
    pub file_name: String,
    /// The filter's label, e.g. "PNG".
    pub filter_name: String,
    /// The filter's extensions, e.g. `["png"]`.
    pub extensions: Vec<String>,
}

/// What a folder dialog should show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FolderDialog {
    /// Window title.
    pub title: String,
    /// The folder it opens in.
    pub folder: Option<PathBuf>,
}

/// What an "open file" dialog should show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenDialog {
    /// Window title.
    pub title: String,
    /// The folder it opens in.
    pub folder: Option<PathBuf>,
    /// The filter's label, e.g. "SVG".
    pub filter_name: String,
    /// The filter's extensions, e.g. `["svg"]`.
    pub extensions: Vec<String>,
}

/// How a dialog ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Picked {
    /// The user chose this path.
    Path(PathBuf),
    /// The user closed the dialog without choosing.
    Cancelled,
    /// No dialog could be shown on this desktop (no portal, no zenity).
    Unavailable,
}

/// Why the file manager could not show a path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RevealError {
    /// The program that opens folders is not installed.
    Missing {
        /// The program, e.g. `xdg-open`.
        program: String,
        /// The package that has it, e.g. `xdg-utils`.
        package: String,
        /// The folder the user wanted to see.
        folder: PathBuf,
    },
    /// Asking the file manager stopped unexpectedly.
    Interrupted {
        /// The folder the user wanted to see.
        folder: PathBuf,
    },
    /// It is installed but could not start.
    Failed {
        /// The program.
        program: String,
        /// What the system said.
        message: String,
        /// The folder the user wanted to see.
        folder: PathBuf,
    },
}

/// File dialogs and the file manager, as the application needs them.
pub trait Desktop: Send + Sync + fmt::Debug {
    /// Asks where to save a file.
    fn save_file(&self, dialog: SaveDialog) -> BoxFuture<'static, Picked>;

    /// Asks for a folder.
    fn pick_folder(&self, dialog: FolderDialog) -> BoxFuture<'static, Picked>;

    /// Asks for a file to open.
    fn open_file(&self, dialog: OpenDialog) -> BoxFuture<'static, Picked>;

    /// Shows a file (or folder) in the platform's file manager.
    fn reveal(&self, path: &Path) -> Result<(), RevealError>;
}

/// The real desktop: rfd's native dialogs (the XDG portal, or zenity) and the platform's file manager.
#[derive(Debug, Default, Clone, Copy)]
pub struct System;

/// A dialog that closes faster than this without an answer, with no zenity to fall back on, never opened
/// (rfd answers "cancelled" both when the user cancels and when no dialog exists).
const NO_DIALOG_WITHIN: Duration = Duration::from_millis(400);

impl Desktop for System {
    fn save_file(&self, dialog: SaveDialog) -> BoxFuture<'static, Picked> {
        if !dialogs_possible() {
            return async { Picked::Unavailable }.boxed();
        }
        let mut builder = rfd::AsyncFileDialog::new()
            .set_title(dialog.title)
            .set_file_name(dialog.file_name)
            .add_filter(dialog.filter_name, &dialog.extensions)
            .set_can_create_directories(true);
        if let Some(folder) = dialog.folder {
            builder = builder.set_directory(folder);
        }
        let started = Instant::now();
        builder
            .save_file()
            .map(move |handle| picked(handle.map(|h| h.path().to_path_buf()), started))
            .boxed()
    }

    fn pick_folder(&self, dialog: FolderDialog) -> BoxFuture<'static, Picked> {
        if !dialogs_possible() {
            return async { Picked::Unavailable }.boxed();
        }
        let mut builder = rfd::AsyncFileDialog::new()
            .set_title(dialog.title)
            .set_can_create_directories(true);
        if let Some(folder) = dialog.folder {
            builder = builder.set_directory(folder);
        }
        let started = Instant::now();
        builder
            .pick_folder()
            .map(move |handle| picked(handle.map(|h| h.path().to_path_buf()), started))
            .boxed()
    }

    fn open_file(&self, dialog: OpenDialog) -> BoxFuture<'static, Picked> {
        if !dialogs_possible() {
            return async { Picked::Unavailable }.boxed();
        }
        let mut builder = rfd::AsyncFileDialog::new()
            .set_title(dialog.title)
            .add_filter(dialog.filter_name, &dialog.extensions);
        if let Some(folder) = dialog.folder {
            builder = builder.set_directory(folder);
        }
        let started = Instant::now();
        builder
            .pick_file()
            .map(move |handle| picked(handle.map(|h| h.path().to_path_buf()), started))
            .boxed()
    }

    fn reveal(&self, path: &Path) -> Result<(), RevealError> {
        let folder = if path.is_dir() {
            path.to_path_buf()
        } else {
            path.parent().unwrap_or(path).to_path_buf()
        };
        let (program, package, mut command) = if cfg!(target_os = "windows") {
            let mut c = Command::new("explorer");
            c.arg(format!("/select,{}", path.display()));
            ("explorer", "Windows", c)
        } else if cfg!(target_os = "macos") {
            let mut c = Command::new("open");
            c.arg("-R").arg(path);
            ("open", "macOS", c)
        } else {
            // xdg-open cannot select a file: open the folder that holds it.
            let mut c = Command::new("xdg-open");
            c.arg(&folder);
            ("xdg-open", "xdg-utils", c)
        };
        command.spawn().map(drop).map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                RevealError::Missing {
                    program: program.to_owned(),
                    package: package.to_owned(),
                    folder,
                }
            } else {
                RevealError::Failed {
                    program: program.to_owned(),
                    message: e.to_string(),
                    folder,
                }
            }
        })
    }
}

/// The answer of an rfd dialog: no path, fast, with no zenity installed, means no dialog was shown.
fn picked(path: Option<PathBuf>, started: Instant) -> Picked {
    match path {
        Some(path) => Picked::Path(path),
        None if !on_path("zenity") && started.elapsed() < NO_DIALOG_WITHIN => Picked::Unavailable,
        None => Picked::Cancelled,
    }
}

/// Whether a native dialog can possibly open: always on Windows and macOS; on Linux and the BSDs only with a
/// D-Bus session (for the desktop portal) or zenity.
fn dialogs_possible() -> bool {
    if cfg!(any(target_os = "windows", target_os = "macos")) {
        return true;
    }
    on_path("zenity") || session_bus()
}

fn session_bus() -> bool {
    std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some_and(|a| !a.is_empty())
        || std::env::var_os("XDG_RUNTIME_DIR")
            .is_some_and(|dir| Path::new(&dir).join("bus").exists())
}

/// Whether a program is on `PATH`.
pub fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(program).is_file()))
}
