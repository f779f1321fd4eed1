//! What can go wrong while writing an export, with the path and a reason a person can act on.

use std::path::{Path, PathBuf};

use crate::render::RenderError;

use super::PlanError;

/// Why an export was not written. Nothing is left at the target path when this is returned.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExportError {
    /// The request does not fit the manual.
    #[error(transparent)]
    Plan(#[from] PlanError),
    /// The artwork could not be composed or rasterised.
    #[error(transparent)]
    Render(#[from] RenderError),
    /// The target exists and `force` was not given.
    #[error("{} already exists; use --force to replace it", .0.display())]
    Exists(PathBuf),
    /// The target folder cannot be written (missing, not a folder, no permission).
    #[error("cannot write into the folder {}: {message}", path.display())]
    Folder {
        /// The folder.
        path: PathBuf,
        /// What the system said.
        message: String,
    },
    /// Writing the file failed part-way (disk full, I/O error); the partial file was removed.
    #[error("writing {} failed: {message}; nothing was left behind", path.display())]
    Write {
        /// The target path.
        path: PathBuf,
        /// What the system said.
        message: String,
    },
    /// JPEG has no transparency.
    #[error("JPEG cannot be transparent: choose a background colour (--background), or export PNG")]
    NeedsBackground,
    /// A colour in the artwork is not in the palette, so the print file has no authored CMYK for it.
    #[error(
        "{artwork}: colour {hex} is not a palette colour, so it has no authored CMYK value for print"
    )]
    NotInPalette {
        /// Artwork path.
        artwork: String,
        /// The colour, `#rrggbb`.
        hex: String,
    },
    /// A spot colourway names a palette colour without a Pantone reference.
    #[error("colourway \"{colorway}\" prints as a spot colour, but {color} has no pantone_c")]
    NoSpotName {
        /// Colourway id.
        colorway: String,
        /// Palette id.
        color: String,
    },
    /// The artwork uses something a vector print file cannot carry faithfully.
    #[error("{artwork}: {what} cannot be written to a vector {format} file")]
    Unsupported {
        /// Artwork path.
        artwork: String,
        /// What it uses (e.g. "a gradient").
        what: String,
        /// The format.
        format: &'static str,
    },
    /// A font could not be embedded (subset) in a PDF.
    #[error("the font {font} could not be embedded: {message}")]
    Font {
        /// The font's PostScript name.
        font: String,
        /// What went wrong.
        message: String,
    },
    /// A raster image (photo) could not be decoded, converted or placed.
    #[error("{page}: the image cannot be placed: {message}")]
    Image {
        /// What was being drawn (template, page).
        page: String,
        /// What went wrong.
        message: String,
    },
    /// An encoder failed.
    #[error("{format} encoding failed: {message}")]
    Encode {
        /// The format.
        format: &'static str,
        /// What the encoder said.
        message: String,
    },
    /// The request does not make sense for the format (e.g. an ICO larger than 256 px).
    #[error("{0}")]
    Request(String),
    /// The caller cancelled (pack).
    #[error("cancelled")]
    Cancelled,
}

impl ExportError {
    /// A write error for a path.
    pub(crate) fn write(path: &Path, e: &std::io::Error) -> ExportError {
        ExportError::Write {
            path: path.to_path_buf(),
            message: describe(e),
        }
    }

    /// A folder error for a path.
    pub(crate) fn folder(path: &Path, e: &std::io::Error) -> ExportError {
        ExportError::Folder {
            path: path.to_path_buf(),
            message: describe(e),
        }
    }

    /// An encoder error.
    pub(crate) fn encode(format: &'static str, e: impl std::fmt::Display) -> ExportError {
        ExportError::Encode {
            format,
            message: e.to_string(),
        }
    }

    /// Whether the error is about writing files (exit code WRITE in the CLI) rather than the request.
    pub fn is_write(&self) -> bool {
        matches!(
            self,
            ExportError::Exists(_) | ExportError::Folder { .. } | ExportError::Write { .. }
        )
    }
}

/// An I/O error in words, naming the common cases plainly.
fn describe(e: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match e.kind() {
        ErrorKind::StorageFull => "the disk is full".to_owned(),
        ErrorKind::PermissionDenied => "permission denied".to_owned(),
        ErrorKind::NotFound => "the folder does not exist".to_owned(),
        ErrorKind::NotADirectory => "not a folder".to_owned(),
        ErrorKind::ReadOnlyFilesystem => "the file system is read-only".to_owned(),
        _ => e.to_string(),
    }
}
