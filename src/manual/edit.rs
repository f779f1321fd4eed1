//! Editing a manual folder: every change is an [`Edit`] (a value) applied to a [`Session`], which keeps the
//! files' comments and layout (`toml_edit`), validates live with the real loader, undoes and redoes, and saves
//! all changed files as one step — refusing an invalid manual and a file someone else changed meanwhile.
//!
//! A front end drives it like this:
//!
//! ```text
//! let mut session = Session::open(dir)?;                       // loads, notes what every file contained
//! session.apply(Edit::Set { field, value: "92,18,85,8".into() })?;  // field-level problems at once
//! session.validate();                                           // the real loader on the edited files
//! session.problem_at(&field);                                   // what to show at the field
//! session.undo(); session.redo();
//! session.save()?;                                              // refused when invalid or in conflict
//! ```
//!
//! Validation is [`Session::validator`] + [`Validator::run`] + [`Session::accept`] for a GUI that runs it off
//! the UI thread; [`Session::validate`] does all three.

mod apply;
mod error;
mod field;
pub mod import;
mod locate;
mod problem;
mod query;
mod table;
mod validate;
mod value;

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use toml_edit::DocumentMut;

pub use crate::manual::Message;
pub use apply::compare_versions;
pub use error::{EditError, SaveError, describe_entry};
pub use field::{
    COBRAND_ORDERS, COLOR_SPACES, COLORWAY_KINDS, Entry, FORMATS, Field, Key, MEDIA, POSITIONS,
    PRESET_KINDS, ROLES, SENDER_KINDS, Shape, Spec, logo_file,
};
pub use problem::{Place, Problem};
pub use query::{Refers, Summary, writable};
pub use validate::{Validation, Validator};
pub use value::{to_input, to_value};

use super::Manual;
use super::journal::{self, Fingerprint};
use super::load::{MAX_SVG_BYTES, MAX_TOML_BYTES};
use super::source::{FileError, Files, Recorder};

/// One change to the manual. Every edit can be undone.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// Sets a field to what the user typed (see [`Shape`] for the forms); an empty text removes an optional
    /// key. Text that does not fit is kept, shown as a problem at the field, and blocks saving.
    Set {
        /// The field.
        field: Field,
        /// What the user typed.
        value: String,
    },
    /// Adds an entry with these values: a colour, a sender, a logo (a new `logo.toml`), a lockup, a
    /// colourway, a minimum or size-table row (at its index), a changelog entry (at its index: 0 = newest).
    Add {
        /// The new entry (its id, or its index).
        entry: Entry,
        /// Values of its keys, as typed.
        values: Vec<(Key, String)>,
    },
    /// Removes an entry (a logo: its whole folder).
    Remove {
        /// The entry.
        entry: Entry,
    },
    /// A new version of the manual: the version, its date, and a changelog entry on top.
    Bump(Bump),
    /// Writes an artwork file into a logo's folder (`logos/<id>/<name>.svg`), as an import prepared it.
    PutFile {
        /// Path relative to the manual folder.
        path: String,
        /// The file's bytes.
        bytes: Arc<[u8]>,
    },
    /// Several edits as one step (one undo).
    Batch(Vec<Edit>),
}

/// A new version of the manual (`designprogram manual bump`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bump {
    /// The new version; it must be newer than the current one (`2.2` after `2.1`).
    pub version: String,
    /// The date (`2026-11-02`): of the changelog entry and `updated_on`; with `adopted`, also `adopted_on`.
    pub date: String,
    /// Whether the date is the date the version was adopted (`adopted_on`).
    pub adopted: bool,
    /// The changelog line in Danish.
    pub note_da: String,
    /// The changelog line in English, if given.
    pub note_en: Option<String>,
}

/// What an applied edit changed, with the problems its values have right away (the rest come from
/// validation).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Applied {
    /// The files it changed (empty: the edit changed nothing).
    pub files: Vec<String>,
    /// Field-level problems of the values it set.
    pub problems: Vec<Problem>,
}

/// A file's content in the session.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Content {
    Text(Arc<str>),
    Bytes(Arc<[u8]>),
    Absent,
}

impl Content {
    fn bytes(&self) -> Option<&[u8]> {
        match self {
            Content::Text(t) => Some(t.as_bytes()),
            Content::Bytes(b) => Some(b),
            Content::Absent => None,
        }
    }

    fn fingerprint(&self) -> Fingerprint {
        self.bytes().map(journal::fingerprint)
    }
}

/// One undoable step: the files it changed, before and after.
#[derive(Debug, Clone)]
struct Step {
    edit: Edit,
    files: Vec<(String, Content, Content)>,
}

/// An editing session on a manual folder.
#[derive(Debug)]
pub struct Session {
    root: PathBuf,
    /// What each file contained when the session first read it (the base for conflicts).
    base: HashMap<String, Fingerprint>,
    /// The last completed save the session has seen.
    generation: u64,
    /// Every file an edit touched, as it is now in the session.
    work: BTreeMap<String, Content>,
    undo: Vec<Step>,
    redo: Vec<Step>,
    revision: u64,
    validation: Validation,
    /// The field the last step set by [`Session::amend`] (typing in it continues that step).
    typing: Option<Field>,
}

/// How many steps can be undone.
const UNDO_DEPTH: usize = 500;

impl Session {
    /// Opens a manual folder for editing: finishes a save a killed process left behind, loads the manual and
    /// notes what every file contained.
    pub fn open(root: &Path) -> Result<Session, EditError> {
        let read_error = |e: FileError| EditError::Read {
            file: root.display().to_string(),
            message: e.to_string(),
        };
        // Best effort: a read-only folder can still be browsed; the save reports the problem.
        let _ = journal::recover(root);
        let recorder = Arc::new(Recorder::default());
        let files = Files::folder(root)
            .map_err(read_error)?
            .recording(recorder.clone());
        let generation = journal::generation(root);
        let loaded = super::load_files(&files);
        let mut session = Session {
            root: root.to_path_buf(),
            base: recorder.take(),
            generation,
            work: BTreeMap::new(),
            undo: Vec::new(),
            redo: Vec::new(),
            revision: 0,
            validation: Validation {
                revision: 0,
                loaded: loaded.clone(),
                problems: Vec::new(),
            },
            typing: None,
        };
        session.validation.problems = session.place_all(&loaded.diagnostics);
        Ok(session)
    }

    /// The manual folder.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The manual as last validated (with the edits up to that point).
    pub fn manual(&self) -> &Arc<Manual> {
        &self.validation.loaded.manual
    }

    /// The last validation.
    pub fn validation(&self) -> &Validation {
        &self.validation
    }

    /// Whether the last validation is of the current state.
    pub fn is_validated(&self) -> bool {
        self.validation.revision == self.revision
    }

    /// Every problem of the last validation.
    pub fn problems(&self) -> &[Problem] {
        &self.validation.problems
    }

    /// The problem to show at a field, if any (errors first).
    pub fn problem_at(&self, field: &Field) -> Option<&Problem> {
        let at = |p: &&Problem| p.place == Place::Field(field.clone());
        let problems = &self.validation.problems;
        problems
            .iter()
            .filter(at)
            .find(|p| p.is_error())
            .or_else(|| problems.iter().find(at))
    }

    /// The files whose content differs from what is on disk (what a save writes).
    pub fn changed_files(&self) -> Vec<String> {
        self.work
            .iter()
            .filter(|(path, content)| {
                self.base.get(*path).copied().flatten() != content.fingerprint()
            })
            .map(|(path, _)| path.clone())
            .collect()
    }

    /// Whether there is anything to save.
    pub fn is_dirty(&self) -> bool {
        !self.changed_files().is_empty()
    }

    /// Whether saving is possible now: something changed, validated, and no errors.
    pub fn can_save(&self) -> bool {
        self.is_dirty() && self.is_validated() && !self.problems().iter().any(Problem::is_error)
    }

    /// The current text of a field, as a form shows it (`None`: not set).
    pub fn value(&self, field: &Field) -> Option<String> {
        let spec = field.spec()?;
        let text = self.text(&field.entry.file()).ok()??;
        let doc = table::parse(&text)?;
        let value = table::value_at(table::entry(&doc, &field.entry)?, &field.path())?;
        Some(to_input(spec.shape, value))
    }

    /// Whether the manual has this entry (in the session's current state).
    pub fn has_entry(&self, entry: &Entry) -> bool {
        self.text(&entry.file())
            .ok()
            .flatten()
            .and_then(|text| table::parse(&text))
            .is_some_and(|doc| table::entry(&doc, entry).is_some())
    }

    /// Applies an edit. On an error nothing changes.
    pub fn apply(&mut self, edit: Edit) -> Result<Applied, EditError> {
        let mut step = Step {
            edit: edit.clone(),
            files: Vec::new(),
        };
        if let Err(e) = self.apply_into(&edit, &mut step) {
            for (path, before, _) in step.files.into_iter().rev() {
                self.work.insert(path, before);
            }
            return Err(e);
        }
        step.files.retain(|(_, before, after)| before != after);
        if step.files.is_empty() {
            return Ok(Applied::default());
        }
        let applied = Applied {
            files: step.files.iter().map(|(p, _, _)| p.clone()).collect(),
            problems: self.immediate_problems(&edit),
        };
        self.undo.push(step);
        if self.undo.len() > UNDO_DEPTH {
            self.undo.remove(0);
        }
        self.redo.clear();
        self.revision += 1;
        self.typing = None;
        Ok(applied)
    }

    /// Undoes the last edit; `false` when there is none.
    pub fn undo(&mut self) -> bool {
        let Some(step) = self.undo.pop() else {
            return false;
        };
        for (path, before, _) in &step.files {
            self.work.insert(path.clone(), before.clone());
        }
        self.redo.push(step);
        self.revision += 1;
        self.typing = None;
        true
    }

    /// Redoes the last undone edit; `false` when there is none.
    pub fn redo(&mut self) -> bool {
        let Some(step) = self.redo.pop() else {
            return false;
        };
        for (path, _, after) in &step.files {
            self.work.insert(path.clone(), after.clone());
        }
        self.undo.push(step);
        self.revision += 1;
        self.typing = None;
        true
    }

    /// Whether there is an edit to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is an edit to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// The edits that can be undone, oldest first.
    pub fn history(&self) -> impl Iterator<Item = &Edit> {
        self.undo.iter().map(|s| &s.edit)
    }

    /// What validation of the current state needs (send it to another thread and [`Validator::run`] it).
    pub fn validator(&self) -> Validator {
        Validator {
            root: self.root.clone(),
            revision: self.revision,
            layers: self
                .work
                .iter()
                .map(|(p, c)| (p.clone(), c.clone()))
                .collect(),
        }
    }

    /// Takes a validation's result; `false` (and ignored) when the state changed since.
    pub fn accept(&mut self, validation: Validation) -> bool {
        if validation.revision != self.revision {
            return false;
        }
        self.validation = validation;
        true
    }

    /// Validates the current state with the real loader (and the field checks).
    pub fn validate(&mut self) -> &[Problem] {
        if !self.is_validated() {
            let validation = self.validator().run();
            self.accept(validation);
        }
        self.problems()
    }

    /// Saves every changed file as one step. Refused when the edited manual has errors, or when a file
    /// changed on disk since the session read it (someone else saved): then nothing is written.
    pub fn save(&mut self) -> Result<journal::Saved, SaveError> {
        self.typing = None;
        let mut attempts = 0;
        loop {
            attempts += 1;
            let errors = self.validate().iter().filter(|p| p.is_error()).count();
            if errors > 0 {
                return Err(SaveError::Invalid { errors });
            }
            let changes: Vec<journal::Change> = self
                .changed_files()
                .into_iter()
                .map(|path| journal::Change {
                    content: self.work[&path].bytes().map(Arc::from),
                    expected: self.base.get(&path).copied().flatten(),
                    path,
                })
                .collect();
            if changes.is_empty() {
                return Ok(journal::Saved {
                    generation: self.generation,
                    files: Vec::new(),
                    backup: PathBuf::new(),
                });
            }
            let seen = self.generation;
            match journal::save(&self.root, &changes, Some(seen)) {
                Ok(saved) => {
                    for change in &changes {
                        let print = change.content.as_deref().map(journal::fingerprint);
                        self.base.insert(change.path.clone(), print);
                    }
                    self.generation = saved.generation;
                    return Ok(saved);
                }
                // Someone else saved other files meanwhile: validate against their manual, then try again.
                Err(journal::SaveError::Moved { generation }) if attempts < 3 => {
                    self.generation = generation;
                    self.revision += 1;
                }
                Err(e) => return Err(e.into()),
            }
        }
    }

    // --- files ------------------------------------------------------------------------------------

    /// Sets a file's content in the session, recording what it was for undo.
    fn put(&mut self, step: &mut Step, path: &str, content: Content) -> Result<(), EditError> {
        let current = self.content(path)?;
        match step.files.iter_mut().find(|(p, _, _)| p == path) {
            Some(entry) => entry.2 = content.clone(),
            None => step.files.push((path.to_owned(), current, content.clone())),
        }
        self.work.insert(path.to_owned(), content);
        Ok(())
    }

    /// A file's content: as edited, else as on disk (noting it as the base when first read).
    fn content(&mut self, path: &str) -> Result<Content, EditError> {
        if let Some(content) = self.work.get(path) {
            return Ok(content.clone());
        }
        let content = self.read_disk(path)?;
        self.base
            .entry(path.to_owned())
            .or_insert_with(|| content.fingerprint());
        Ok(content)
    }

    fn read_disk(&self, path: &str) -> Result<Content, EditError> {
        let files = Files::folder(&self.root).map_err(|e| EditError::Read {
            file: self.root.display().to_string(),
            message: e.to_string(),
        })?;
        let limit = if path.ends_with(".toml") {
            MAX_TOML_BYTES
        } else {
            MAX_SVG_BYTES
        };
        match files.read(path, limit) {
            Ok(bytes) if path.ends_with(".toml") => match String::from_utf8(bytes) {
                Ok(text) => Ok(Content::Text(Arc::from(text))),
                Err(_) => Err(EditError::Syntax(path.to_owned())),
            },
            Ok(bytes) => Ok(Content::Bytes(Arc::from(bytes))),
            Err(FileError::NotFound) => Ok(Content::Absent),
            Err(e) => Err(EditError::Read {
                file: path.to_owned(),
                message: e.to_string(),
            }),
        }
    }

    /// A TOML file's current text (`None`: it does not exist).
    fn text(&self, path: &str) -> Result<Option<String>, EditError> {
        let content = match self.work.get(path) {
            Some(c) => c.clone(),
            None => self.read_disk(path)?,
        };
        Ok(match content {
            Content::Text(t) => Some(t.to_string()),
            Content::Bytes(b) => Some(String::from_utf8_lossy(&b).into_owned()),
            Content::Absent => None,
        })
    }

    fn document(&mut self, path: &str) -> Result<DocumentMut, EditError> {
        match self.content(path)? {
            Content::Text(text) => {
                table::parse(&text).ok_or_else(|| EditError::Syntax(path.to_owned()))
            }
            Content::Bytes(_) => Err(EditError::Syntax(path.to_owned())),
            Content::Absent => Err(EditError::Read {
                file: path.to_owned(),
                message: FileError::NotFound.to_string(),
            }),
        }
    }

    /// The files of a folder (relative paths), on disk and in the session.
    fn files_in(&self, folder: &str) -> Vec<String> {
        let mut paths: Vec<String> = std::fs::read_dir(self.root.join(folder))
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .filter(|e| e.path().is_file())
                    .filter_map(|e| Some(format!("{folder}{}", e.file_name().to_str()?)))
                    .collect()
            })
            .unwrap_or_default();
        for path in self.work.keys() {
            if path.starts_with(folder) && !paths.contains(path) {
                paths.push(path.clone());
            }
        }
        paths.sort();
        paths
    }
}

#[cfg(test)]
mod tests;
