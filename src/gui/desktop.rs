//! The seam to the desktop: file dialogs and the file manager. The application uses [`System`] (rfd dialogs,
//! the platform's file manager); tests pass their own [`Desktop`] that answers without a dialog.

use std::fmt;
use std::path::{Path, PathBuf};
use std::process::Command;

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

/// File dialogs and the file manager, as the application needs them.
pub trait Desktop: Send + Sync + fmt::Debug {
    /// Asks where to save a file; `None` when the user cancels.
    fn save_file(&self, dialog: SaveDialog) -> BoxFuture<'static, Option<PathBuf>>;

    /// Asks for a folder; `None` when the user cancels.
    fn pick_folder(&self, dialog: FolderDialog) -> BoxFuture<'static, Option<PathBuf>>;

    /// Asks for a file to open; `None` when the user cancels.
    fn open_file(&self, dialog: OpenDialog) -> BoxFuture<'static, Option<PathBuf>>;

    /// Shows a file (or folder) in the platform's file manager.
    fn reveal(&self, path: &Path) -> Result<(), String>;
}

/// The real desktop: rfd's native dialogs (the XDG portal, or zenity) and the platform's file manager.
#[derive(Debug, Default, Clone, Copy)]
pub struct System;

impl Desktop for System {
    fn save_file(&self, dialog: SaveDialog) -> BoxFuture<'static, Option<PathBuf>> {
        let mut builder = rfd::AsyncFileDialog::new()
            .set_title(dialog.title)
            .set_file_name(dialog.file_name)
            .add_filter(dialog.filter_name, &dialog.extensions)
            .set_can_create_directories(true);
        if let Some(folder) = dialog.folder {
            builder = builder.set_directory(folder);
        }
        builder
            .save_file()
            .map(|handle| handle.map(|h| h.path().to_path_buf()))
            .boxed()
    }

    fn pick_folder(&self, dialog: FolderDialog) -> BoxFuture<'static, Option<PathBuf>> {
        let mut builder = rfd::AsyncFileDialog::new()
            .set_title(dialog.title)
            .set_can_create_directories(true);
        if let Some(folder) = dialog.folder {
            builder = builder.set_directory(folder);
        }
        builder
            .pick_folder()
            .map(|handle| handle.map(|h| h.path().to_path_buf()))
            .boxed()
    }

    fn open_file(&self, dialog: OpenDialog) -> BoxFuture<'static, Option<PathBuf>> {
        let mut builder = rfd::AsyncFileDialog::new()
            .set_title(dialog.title)
            .add_filter(dialog.filter_name, &dialog.extensions);
        if let Some(folder) = dialog.folder {
            builder = builder.set_directory(folder);
        }
        builder
            .pick_file()
            .map(|handle| handle.map(|h| h.path().to_path_buf()))
            .boxed()
    }

    fn reveal(&self, path: &Path) -> Result<(), String> {
        let mut command = if cfg!(target_os = "windows") {
            let mut c = Command::new("explorer");
            c.arg(format!("/select,{}", path.display()));
            c
        } else if cfg!(target_os = "macos") {
            let mut c = Command::new("open");
            c.arg("-R").arg(path);
            c
        } else {
            // xdg-open cannot select a file: open the folder that holds it.
            let folder = if path.is_dir() {
                path
            } else {
                path.parent().unwrap_or(path)
            };
            let mut c = Command::new("xdg-open");
            c.arg(folder);
            c
        };
        command
            .spawn()
            .map(drop)
            .map_err(|e| format!("{}: {e}", path.display()))
    }
}
