//! Why an edit or a save did not happen, in either language.

use super::field::Entry;
use super::field::Key;
use crate::i18n::Lang;
use crate::manual::Message;
use crate::manual::journal;

/// Why an edit could not be applied at all (nothing changed).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    /// The entry does not exist.
    #[error("{} has no such entry ({entry:?})", entry.file())]
    NoEntry {
        /// The entry.
        entry: Entry,
    },
    /// An entry of that kind has no such key.
    #[error("{entry:?} has no key {key:?}")]
    NoKey {
        /// The entry.
        entry: Entry,
        /// The key.
        key: Key,
    },
    /// An entry with this id already exists.
    #[error("{} already has {entry:?}", entry.file())]
    Exists {
        /// The entry.
        entry: Entry,
    },
    /// The id is not a valid id.
    #[error("invalid id \"{0}\": expected 1–48 characters a–z, 0–9 and -")]
    InvalidId(String),
    /// The new version is not newer than the current one.
    #[error("version {given} is not newer than the current version {current}")]
    NotNewer {
        /// The current version.
        current: String,
        /// The version given.
        given: String,
    },
    /// The file is not valid TOML, so it cannot be edited here (fix it in a text editor; `check` says where).
    #[error("{0} is not valid TOML; fix it first (designprogram check shows where)")]
    Syntax(String),
    /// A file could not be read.
    #[error("{file}: {message}")]
    Read {
        /// The file.
        file: String,
        /// Why.
        message: String,
    },
    /// The manual folder cannot be written (read-only folder or share, or not a folder).
    #[error("{folder} cannot be saved to: {message}")]
    ReadOnly {
        /// The folder.
        folder: String,
        /// Why.
        message: String,
    },
    /// A file path an edit may not write.
    #[error("an edit may not write \"{0}\" (only logos/<id>/<name>.svg)")]
    Path(String),
}

impl EditError {
    /// The message in a language.
    pub fn message(&self, lang: Lang) -> String {
        let m = match self {
            EditError::NoEntry { entry } => Message::new("edit-error-no-entry")
                .arg("entry", describe_entry(entry, lang))
                .arg("file", entry.file()),
            EditError::NoKey { entry, key } => Message::new("edit-error-no-key")
                .arg("entry", describe_entry(entry, lang))
                .arg("key", crate::i18n::tr(lang, &key.label_message())),
            EditError::Exists { entry } => {
                Message::new("edit-error-exists").arg("entry", describe_entry(entry, lang))
            }
            EditError::InvalidId(id) => Message::new("edit-error-invalid-id").arg("id", id),
            EditError::NotNewer { current, given } => Message::new("edit-error-not-newer")
                .arg("current", current)
                .arg("given", given),
            EditError::Syntax(file) => Message::new("edit-error-syntax").arg("file", file),
            EditError::Read { file, message } => Message::new("edit-error-read")
                .arg("file", file)
                .arg("detail", message),
            EditError::Path(path) => Message::new("edit-error-path").arg("path", path),
            EditError::ReadOnly { folder, message } => Message::new("edit-error-read-only")
                .arg("folder", folder)
                .arg("detail", message),
        };
        m.render(lang)
    }
}

/// "colour groen", "sender regnbuen", … in a language.
pub fn describe_entry(entry: &Entry, lang: Lang) -> String {
    let kind = crate::i18n::tr(lang, entry.kind_message());
    match entry {
        Entry::Programme => kind,
        Entry::Changelog(i) | Entry::Minimum { index: i, .. } | Entry::Size { index: i, .. } => {
            format!("{kind} {}", i + 1)
        }
        Entry::Artwork {
            logo,
            lockup,
            colorway,
        } => format!("{kind} {logo}/{lockup}/{colorway}"),
        Entry::Lockup { logo, id } | Entry::Colorway { logo, id } => format!("{kind} {logo}/{id}"),
        Entry::Color(id)
        | Entry::Sender(id)
        | Entry::Logo(id)
        | Entry::Preset(id)
        | Entry::Template(id) => format!("{kind} {id}"),
    }
}

/// Why a save did not happen. Nothing was written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SaveError {
    /// The edited manual has errors ([`Session::problems`] lists them).
    #[error("the manual has {errors} error(s); saving an invalid manual is refused")]
    Invalid {
        /// How many.
        errors: usize,
    },
    /// The files could not be saved (conflict, lock, disk).
    #[error(transparent)]
    Files(#[from] journal::SaveError),
}

impl SaveError {
    /// The message in a language.
    pub fn message(&self, lang: Lang) -> String {
        let m = match self {
            SaveError::Invalid { errors } => {
                Message::new("edit-save-invalid").arg("errors", errors.to_string())
            }
            SaveError::Files(journal::SaveError::Conflict { files }) => {
                Message::new("edit-save-conflict").arg("files", files.join(", "))
            }
            SaveError::Files(journal::SaveError::Busy { holder }) => {
                Message::new("edit-save-busy").arg("holder", holder)
            }
            SaveError::Files(journal::SaveError::Io { path, message }) => {
                Message::new("edit-save-io")
                    .arg("path", path.display().to_string())
                    .arg("detail", message)
            }
            SaveError::Files(journal::SaveError::Moved { .. }) => Message::new("edit-save-moved"),
            SaveError::Files(journal::SaveError::UnsafePath(path)) => {
                Message::new("edit-error-path").arg("path", path)
            }
        };
        m.render(lang)
    }
}
