//! Redigér: the communications department maintains the manual here — programme and changelog, colours,
//! senders, logos, presets and templates — with live validation at every field, undo/redo, and a save that
//! refuses an invalid manual and never overwrites someone else's save.
//!
//! Everything goes through the library's editing session ([`manual::edit::Session`]): the forms are built
//! from its description of each entry, every change is an [`Edit`], every problem is the library's. The
//! screen only decides what is on screen. Opening, validating and saving run off the UI thread (the top level
//! runs the [`Action`]s); the session travels to a save job and back in a [`Slot`].
//!
//! [`manual::edit::Session`]: crate::manual::edit::Session

mod colors;
mod form;
mod import;
mod list;
mod logos;
mod presets;
mod programme;
mod refs;
mod senders;
mod toolbar;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use iced::widget::{Space, column, container, row, scrollable, text, text_editor};
use iced::{Alignment, Element, Length};

use crate::gui::Ctx;
use crate::gui::desktop::Picked;
use crate::gui::job::Slot;
use crate::gui::theme::{self, Tone, size};
use crate::gui::widget;
use crate::i18n::Lang;
use crate::manual::edit::{
    Edit, EditError, Entry, Field, Key, Place, Problem, SaveError, Session, Validation, Validator,
    describe_entry,
};
use crate::manual::{Rgb, journal};
use crate::publish::Published;
use crate::settings::ManualChoice;

pub use import::Target as ImportTarget;
pub use refs::Refs;

/// The editor screen. It lives as long as the application (a reload of the manual keeps the edits).
#[derive(Debug, Default)]
pub struct Editor {
    state: State,
    section: Section,
}

/// Where the editor is.
#[derive(Debug, Default)]
enum State {
    /// Not opened yet.
    #[default]
    Idle,
    /// The manual cannot be edited here (it is built into the program).
    Embedded,
    /// The manual cannot be edited here (it is a published bundle, read from this folder).
    Published(PathBuf),
    /// The session is being opened.
    Opening(PathBuf),
    /// The folder could not be opened for editing.
    Failed(PathBuf, String),
    /// Editing.
    Open(Box<Open>),
}

/// The parts of the manual, one tab each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Section {
    /// Programme metadata, new version, changelog.
    #[default]
    Programme,
    /// The palette.
    Colors,
    /// Senders.
    Senders,
    /// Logos.
    Logos,
    /// Presets and templates.
    Presets,
}

impl Section {
    const ALL: [Section; 5] = [
        Section::Programme,
        Section::Colors,
        Section::Senders,
        Section::Logos,
        Section::Presets,
    ];

    fn label(self) -> &'static str {
        match self {
            Section::Programme => "editor-section-programme",
            Section::Colors => "editor-section-colors",
            Section::Senders => "editor-section-senders",
            Section::Logos => "editor-section-logos",
            Section::Presets => "editor-section-presets",
        }
    }
}

/// An open editing session and everything on screen about it.
#[derive(Debug)]
struct Open {
    root: PathBuf,
    /// The interface language (list names are in it).
    lang: Lang,
    /// The session (`None` while a save job has it).
    session: Option<Session>,
    /// `Err(reason)` when the folder cannot be saved to.
    writable: Result<(), String>,
    /// A validation job is running.
    validating: bool,
    /// Problems of fields edited since the last validation (the field checks of [`Session::amend`]).
    fresh: HashMap<Field, Option<Problem>>,
    /// What the last save (or failed edit) said.
    notice: Option<(Tone, String)>,
    /// The last save was refused because someone else saved.
    conflict: bool,
    /// Why the last "add" did not happen.
    add_error: Option<String>,
    /// An SVG import waiting for the user's decision.
    import: Option<import::Pending>,
    /// An import is being prepared.
    importing: bool,
    /// A publish is running.
    publishing: bool,
    inputs: form::Inputs,
    refs: Refs,
    programme: programme::Programme,
    colors: list::List,
    senders: list::List,
    logos: logos::Logos,
    presets: presets::Presets,
}

/// What a section's view reads.
pub struct Env<'a> {
    /// Language and manual of the interface.
    pub ctx: Ctx<'a>,
    /// The session.
    pub session: &'a Session,
    /// The inputs as typed.
    pub inputs: &'a form::Inputs,
    /// The ids a key can name.
    pub refs: &'a Refs,
    fresh: &'a HashMap<Field, Option<Problem>>,
}

impl<'a> Env<'a> {
    /// The problem to show at a field: the field check of what was just typed, else the last validation's.
    pub fn problem(&self, field: &Field) -> Option<&'a Problem> {
        match self.fresh.get(field) {
            Some(problem) => problem.as_ref(),
            None => self.session.problem_at(field),
        }
    }
}

/// What the user (or a finished job) did.
#[derive(Debug, Clone)]
pub enum Message {
    /// The session was opened (with whether the folder is writable), or not.
    Opened(Slot<Opening>),
    /// A validation finished.
    Validated(Result<Validation, String>),
    /// A save finished (the session comes back with the result).
    Saved(Slot<(Session, Result<journal::Saved, SaveError>)>),
    /// Show a section.
    Section(Section),
    /// Show a logo in Logoer.
    OpenLogo(String),
    /// Typing in a field.
    Input(Field, String),
    /// A click that sets a field (a choice, a picked id).
    Set(Field, String),
    /// An action in a multi-line field.
    Lines(Field, text_editor::Action),
    /// Remove an entry.
    Remove(Entry),
    /// Apply an edit as one step (add a row, a new version).
    Edit(Edit),
    /// Search the section's list.
    Search(String),
    /// Select an entry of the section's list.
    Select(Entry),
    /// The id typed for a new entry.
    NewId(String),
    /// Add an entry with that id.
    Add,
    /// Undo (Ctrl+Z).
    Undo,
    /// Redo (Ctrl+Y).
    Redo,
    /// Save (Ctrl+S).
    Save,
    /// Throw the edits away and read the folder again (after a conflict).
    Discard,
    /// Go to Indstillinger to choose a manual folder.
    OpenSettings,
    /// Close the notice.
    DismissNotice,
    /// The programme section.
    Programme(programme::Message),
    /// The logos section.
    Logos(logos::Message),
    /// The presets section.
    Presets(presets::Message),
    /// Choose an SVG file for this artwork ("Importér SVG …").
    ImportPick(import::Target),
    /// The open dialog answered.
    ImportFile(import::Target, Picked),
    /// An import was prepared, or why the file could not be read.
    ImportPrepared(Box<Result<import::Pending, String>>),
    /// Use the nearest palette colour for every near colour of the import.
    ImportAcceptNear,
    /// Use this palette colour for a colour of the import that is off the palette.
    ImportMap(Rgb, String),
    /// Put the prepared artwork into the manual (one edit).
    ImportApply,
    /// Throw the prepared import away.
    ImportCancel,
    /// Publish the manual (asks for the folder).
    Publish,
    /// The folder dialog answered.
    PublishTo(Picked),
    /// Publishing finished, or why not.
    Published(Result<Published, String>),
}

/// What the top level must do.
#[derive(Debug)]
pub enum Action {
    /// Nothing.
    None,
    /// Open a session on this folder (answer with [`Message::Opened`]).
    Open(PathBuf),
    /// Run this validation (answer with [`Message::Validated`]).
    Validate(Validator),
    /// Save the session (answer with [`Message::Saved`]).
    Save(Slot<Session>),
    /// The manual was saved: load it again, so that every screen and the next export use it.
    Reload,
    /// Show Indstillinger.
    OpenSettings,
    /// Ask for an SVG file (answer with [`Message::ImportFile`]).
    PickSvg(import::Target),
    /// Prepare an import (answer with [`Message::ImportPrepared`]).
    Import(import::Job),
    /// Ask for the folder to publish to (answer with [`Message::PublishTo`]).
    PickPublishFolder,
    /// Publish the manual folder `root` into `to` (answer with [`Message::Published`]).
    Publish {
        /// The manual folder.
        root: PathBuf,
        /// The publish folder.
        to: PathBuf,
    },
}

/// An opened session and whether its folder can be saved to, or why it could not be opened.
pub type Opening = Result<(Session, Result<(), EditError>), String>;

/// Opens an editing session on a folder and checks that it can be saved to (blocking: run it as a job).
pub fn open(root: &Path) -> Result<(Session, Result<(), EditError>), EditError> {
    let session = Session::open(root)?;
    let writable = session.writable();
    Ok((session, writable))
}

impl Editor {
    /// The editor, not opened yet.
    pub fn new() -> Editor {
        Editor::default()
    }

    /// Follows the manual the application uses: opens a session on its folder (once), or says why the
    /// manual cannot be edited here.
    pub fn sync(&mut self, choice: &ManualChoice) -> Action {
        let dir = match choice {
            ManualChoice::Embedded => {
                self.state = State::Embedded;
                return Action::None;
            }
            ManualChoice::Published(dir, _) => {
                self.state = State::Published(dir.clone());
                return Action::None;
            }
            ManualChoice::Folder(dir, _) => dir,
        };
        let same = match &self.state {
            State::Opening(root) | State::Failed(root, _) => root == dir,
            State::Open(open) => &open.root == dir,
            State::Idle | State::Embedded | State::Published(_) => false,
        };
        if same {
            return Action::None;
        }
        self.state = State::Opening(dir.clone());
        Action::Open(dir.clone())
    }

    /// Handles a message.
    pub fn update(&mut self, message: Message, lang: Lang) -> Action {
        match message {
            Message::Opened(slot) => self.opened(slot, lang),
            Message::Section(section) => {
                self.section = section;
                self.with_open(|open| open.refresh(section));
                Action::None
            }
            Message::OpenLogo(logo) => {
                self.section = Section::Logos;
                self.with_open(|open| {
                    open.logos.open(logo);
                    open.refresh(Section::Logos);
                });
                Action::None
            }
            Message::OpenSettings => Action::OpenSettings,
            Message::Discard => match &self.state {
                State::Open(open) => {
                    let root = open.root.clone();
                    self.state = State::Opening(root.clone());
                    Action::Open(root)
                }
                _ => Action::None,
            },
            message => {
                let section = self.section;
                let State::Open(open) = &mut self.state else {
                    return Action::None;
                };
                open.update(message, section, lang)
            }
        }
    }

    fn opened(&mut self, slot: Slot<Opening>, lang: Lang) -> Action {
        let root = match &self.state {
            State::Opening(root) => root.clone(),
            _ => return Action::None,
        };
        match slot.take() {
            Some(Ok((session, writable))) => {
                let mut open = Box::new(Open::new(root, session, writable, lang));
                open.refresh(self.section);
                self.state = State::Open(open);
            }
            Some(Err(message)) => self.state = State::Failed(root, message),
            None => {}
        }
        Action::None
    }

    fn with_open(&mut self, f: impl FnOnce(&mut Open)) {
        if let State::Open(open) = &mut self.state {
            f(open);
        }
    }

    /// The screen.
    pub fn view<'a>(&'a self, ctx: &Ctx<'a>) -> Element<'a, Message> {
        let subtitle = match &self.state {
            State::Open(open) => Some(open.root.display().to_string()),
            State::Opening(root) | State::Failed(root, _) | State::Published(root) => {
                Some(root.display().to_string())
            }
            _ => None,
        };
        let title = widget::title(ctx.tr("editor-title"), subtitle);
        let body: Element<'a, Message> = match &self.state {
            State::Idle | State::Embedded => unavailable(ctx, "editor-embedded"),
            State::Published(_) => unavailable(ctx, "editor-published"),
            State::Opening(_) => widget::card(text(ctx.tr("editor-opening"))),
            State::Failed(_, message) => widget::card(
                column![
                    widget::heading(ctx.tr("editor-failed")),
                    text(message.clone()),
                    widget::caption(ctx.tr("editor-choose-folder-explain")),
                    widget::secondary(ctx.tr("editor-open-settings"), Some(Message::OpenSettings)),
                ]
                .spacing(10),
            ),
            State::Open(open) => open.view(ctx, self.section),
        };
        scrollable(
            column![title, body]
                .spacing(16)
                .padding(32)
                .width(Length::Fill),
        )
        .into()
    }
}

/// Why there is nothing to edit (`what`: the catalogue id of the heading, its explanation is `what-explain`),
/// and how to choose a folder that can be edited.
fn unavailable<'a>(ctx: &Ctx<'a>, what: &str) -> Element<'a, Message> {
    widget::card(
        column![
            widget::heading(ctx.tr(what)),
            text(ctx.tr(&format!("{what}-explain"))),
            widget::caption(ctx.tr("editor-choose-folder-explain")),
            widget::primary(ctx.tr("editor-open-settings"), Some(Message::OpenSettings)),
        ]
        .spacing(10),
    )
}

impl Open {
    fn new(root: PathBuf, session: Session, writable: Result<(), EditError>, lang: Lang) -> Open {
        Open {
            root,
            lang,
            session: Some(session),
            writable: writable.map_err(|e| e.message(lang)),
            validating: false,
            fresh: HashMap::new(),
            notice: None,
            conflict: false,
            add_error: None,
            import: None,
            importing: false,
            publishing: false,
            inputs: form::Inputs::default(),
            refs: Refs::default(),
            programme: programme::Programme::default(),
            colors: list::List::default(),
            senders: list::List::default(),
            logos: logos::Logos::default(),
            presets: presets::Presets::default(),
        }
    }

    fn update(&mut self, message: Message, section: Section, lang: Lang) -> Action {
        self.lang = lang;
        // Answers of jobs that do not need the session (it may be away at a save job).
        let message = match message {
            Message::ImportPrepared(result) => return self.prepared(*result),
            Message::Published(result) => return self.published(result),
            Message::ImportCancel => {
                self.import = None;
                return Action::None;
            }
            message => message,
        };
        let Some(session) = self.session.as_mut() else {
            return match message {
                Message::Saved(slot) => self.saved(slot, section),
                _ => Action::None,
            };
        };
        match message {
            Message::Validated(result) => self.validated(result),
            Message::Input(field, value) => self.typed(field, value),
            Message::Lines(field, action) => match self.inputs.lines_action(&field, action) {
                Some(value) => self.typed(field, value),
                None => Action::None,
            },
            Message::Set(field, value) => {
                self.inputs.set(&field, &value);
                self.edit(Edit::Set { field, value }, section)
            }
            Message::Remove(entry) => self.edit(Edit::Remove { entry }, section),
            Message::Edit(edit) => self.edit(edit, section),
            Message::Search(query) => {
                if let Some(list) = self.list_mut(section) {
                    list.search(query);
                }
                Action::None
            }
            Message::Select(entry) => {
                if let Some(list) = self.list_mut(section) {
                    list.select(entry);
                }
                self.add_error = None;
                self.refresh(section);
                Action::None
            }
            Message::NewId(id) => {
                if let Some(list) = self.list_mut(section) {
                    list.set_new_id(id);
                }
                self.add_error = None;
                Action::None
            }
            Message::Add => self.add(section),
            Message::Undo => {
                let done = session.undo();
                self.history(done, section)
            }
            Message::Redo => {
                let done = session.redo();
                self.history(done, section)
            }
            Message::Save => self.save(),
            Message::DismissNotice => {
                self.notice = None;
                Action::None
            }
            Message::Programme(m) => match self.programme.update(m) {
                Some(edit) => match self.apply(edit, section) {
                    Ok(action) => {
                        self.programme.done();
                        action
                    }
                    Err(message) => {
                        self.programme.refused(message);
                        Action::None
                    }
                },
                None => Action::None,
            },
            Message::Logos(m) => {
                self.logos.update(m);
                self.refresh(section);
                Action::None
            }
            Message::Presets(m) => {
                self.presets.update(m);
                self.refresh(section);
                Action::None
            }
            Message::ImportPick(target) if !self.importing => Action::PickSvg(target),
            Message::ImportFile(target, picked) => match picked {
                Picked::Path(file) => {
                    self.importing = true;
                    let manual = Arc::clone(session.manual());
                    Action::Import(import::Job::new(target, file, manual))
                }
                Picked::Cancelled => Action::None,
                Picked::Unavailable => self.say(Tone::Warning, "editor-import-no-dialog"),
            },
            Message::ImportAcceptNear => {
                let manual = Arc::clone(session.manual());
                self.reprepare(|pending| pending.accept_near(manual))
            }
            Message::ImportMap(rgb, id) => {
                let manual = Arc::clone(session.manual());
                self.reprepare(|pending| pending.map(manual, rgb, id))
            }
            Message::ImportApply => self.apply_import(section),
            Message::Publish if self.can_publish() => Action::PickPublishFolder,
            Message::PublishTo(picked) => match picked {
                Picked::Path(to) if self.can_publish() => {
                    self.publishing = true;
                    self.notice = None;
                    Action::Publish {
                        root: self.root.clone(),
                        to,
                    }
                }
                Picked::Unavailable => self.say(Tone::Warning, "editor-publish-no-dialog"),
                Picked::Path(_) | Picked::Cancelled => Action::None,
            },
            Message::ImportPrepared(_)
            | Message::Published(_)
            | Message::ImportCancel
            | Message::ImportPick(_)
            | Message::Publish => Action::None,
            Message::Saved(_)
            | Message::Opened(_)
            | Message::Section(_)
            | Message::OpenLogo(_)
            | Message::OpenSettings
            | Message::Discard => Action::None,
        }
    }

    /// Shows a notice from the catalogue.
    fn say(&mut self, tone: Tone, id: &str) -> Action {
        self.notice = Some((tone, crate::i18n::tr(self.lang, id)));
        Action::None
    }

    /// Prepares the pending import again with another decision.
    fn reprepare(&mut self, job: impl FnOnce(&import::Pending) -> import::Job) -> Action {
        match &self.import {
            Some(pending) if !self.importing => {
                self.importing = true;
                Action::Import(job(pending))
            }
            _ => Action::None,
        }
    }

    fn prepared(&mut self, result: Result<import::Pending, String>) -> Action {
        self.importing = false;
        match result {
            Ok(pending) => {
                self.import = Some(pending);
                Action::None
            }
            Err(message) => {
                self.notice = Some((Tone::Danger, message));
                Action::None
            }
        }
    }

    /// Puts the prepared artwork into the manual as one edit (only when the library says it is ready).
    fn apply_import(&mut self, section: Section) -> Action {
        let Some(edit) = self.import.as_ref().and_then(|p| p.import.edit()) else {
            return Action::None;
        };
        match self.apply(edit, section) {
            Ok(action) => {
                if let Some(pending) = self.import.take() {
                    let text = crate::i18n::tr_args(
                        self.lang,
                        "editor-import-applied",
                        &[("path", pending.import.path.into())],
                    );
                    self.notice = Some((Tone::Success, text));
                }
                action
            }
            Err(message) => {
                self.notice = Some((Tone::Danger, message));
                Action::None
            }
        }
    }

    /// Publishing needs the saved manual without errors, and one publish at a time.
    fn can_publish(&self) -> bool {
        !self.publishing
            && self.session.as_ref().is_some_and(|s| {
                !s.is_dirty() && s.is_validated() && !s.problems().iter().any(Problem::is_error)
            })
    }

    fn published(&mut self, result: Result<Published, String>) -> Action {
        self.publishing = false;
        self.notice = Some(match result {
            Ok(done) => (
                Tone::Success,
                crate::i18n::tr_args(
                    self.lang,
                    if done.unchanged {
                        "publish-unchanged"
                    } else {
                        "publish-done"
                    },
                    &[
                        ("bundle", done.bundle.display().to_string().into()),
                        ("version", done.pointer.version.clone().into()),
                        ("files", done.files.into()),
                        ("sha256", done.pointer.sha256.clone().into()),
                    ],
                ),
            ),
            Err(message) => (Tone::Danger, message),
        });
        Action::None
    }

    /// Typing: one undo step per field, the field check at once, the list names follow.
    fn typed(&mut self, field: Field, value: String) -> Action {
        self.inputs.set(&field, &value);
        let Some(session) = self.session.as_mut() else {
            return Action::None;
        };
        let result = session.amend(Edit::Set {
            field: field.clone(),
            value,
        });
        match result {
            Ok(applied) => {
                let here = Place::Field(field.clone());
                let problem = applied.problems.into_iter().find(|p| p.place == here);
                self.fresh.insert(field.clone(), problem);
                if LISTED.contains(&field.key) {
                    self.refresh_lists();
                }
                self.validate()
            }
            Err(e) => {
                self.notice = Some((Tone::Danger, e.message(self.lang)));
                Action::None
            }
        }
    }

    /// Any other edit: one step; the forms and lists are read again. A refused edit is said in the notice.
    fn edit(&mut self, edit: Edit, section: Section) -> Action {
        match self.apply(edit, section) {
            Ok(action) => action,
            Err(message) => {
                self.notice = Some((Tone::Danger, message));
                Action::None
            }
        }
    }

    /// Applies an edit as one step; why not, in the interface language.
    fn apply(&mut self, edit: Edit, section: Section) -> Result<Action, String> {
        let Some(session) = self.session.as_mut() else {
            return Ok(Action::None);
        };
        let applied = session.apply(edit).map_err(|e| e.message(self.lang))?;
        for problem in applied.problems {
            if let Place::Field(field) = &problem.place {
                self.fresh.insert(field.clone(), Some(problem.clone()));
            }
        }
        self.refresh(section);
        Ok(self.validate())
    }

    fn history(&mut self, done: bool, section: Section) -> Action {
        if !done {
            return Action::None;
        }
        self.fresh.clear();
        self.refresh(section);
        self.validate()
    }

    fn add(&mut self, section: Section) -> Action {
        let Some(list) = self.list_mut(section) else {
            return Action::None;
        };
        let id = list.new_id().trim().to_owned();
        let entry = match section {
            Section::Colors => Entry::Color(id),
            Section::Senders => Entry::Sender(id),
            Section::Logos => Entry::Logo(id),
            Section::Presets => self.presets.entry(id),
            Section::Programme => return Action::None,
        };
        let edit = Edit::Add {
            entry: entry.clone(),
            values: Vec::new(),
        };
        match self.apply(edit, section) {
            Ok(action) => {
                if let Some(list) = self.list_mut(section) {
                    list.set_new_id(String::new());
                    list.select(entry);
                }
                self.add_error = None;
                self.refresh(section);
                action
            }
            Err(message) => {
                self.add_error = Some(message);
                Action::None
            }
        }
    }

    /// Starts a validation unless one is running (its result starts the next one if the state moved on).
    fn validate(&mut self) -> Action {
        let Some(session) = self.session.as_ref() else {
            return Action::None;
        };
        if self.validating || session.is_validated() {
            return Action::None;
        }
        self.validating = true;
        Action::Validate(session.validator())
    }

    fn validated(&mut self, result: Result<Validation, String>) -> Action {
        self.validating = false;
        match result {
            Ok(validation) => {
                if self.session.as_mut().is_some_and(|s| s.accept(validation)) {
                    self.fresh.clear();
                    // Names the validated manual gives (logos, chapters) may have changed.
                    self.refresh_lists();
                }
            }
            Err(message) => self.notice = Some((Tone::Danger, message)),
        }
        self.validate()
    }

    fn save(&mut self) -> Action {
        let ready = self.writable.is_ok() && self.session.as_ref().is_some_and(Session::can_save);
        match self.session.take() {
            Some(session) if ready => {
                self.notice = None;
                Action::Save(Slot::new(session))
            }
            session => {
                self.session = session;
                Action::None
            }
        }
    }

    fn saved(
        &mut self,
        slot: Slot<(Session, Result<journal::Saved, SaveError>)>,
        section: Section,
    ) -> Action {
        let Some((session, result)) = slot.take() else {
            return Action::None;
        };
        self.session = Some(session);
        self.refresh(section);
        match result {
            Ok(saved) if saved.files.is_empty() => Action::None,
            Ok(saved) => {
                self.conflict = false;
                self.notice = Some((
                    Tone::Success,
                    crate::i18n::tr_args(
                        self.lang,
                        "editor-saved",
                        &[
                            ("count", saved.files.len().into()),
                            ("files", saved.files.join(", ").into()),
                        ],
                    ),
                ));
                Action::Reload
            }
            Err(e) => {
                self.conflict = matches!(e, SaveError::Files(journal::SaveError::Conflict { .. }));
                self.notice = Some((Tone::Danger, e.message(self.lang)));
                Action::None
            }
        }
    }

    fn list_mut(&mut self, section: Section) -> Option<&mut list::List> {
        match section {
            Section::Colors => Some(&mut self.colors),
            Section::Senders => Some(&mut self.senders),
            Section::Logos => Some(&mut self.logos.list),
            Section::Presets => Some(self.presets.list_mut()),
            Section::Programme => None,
        }
    }

    /// Reads the lists, the pickers' ids and the visible forms again from the session.
    fn refresh(&mut self, section: Section) {
        self.refresh_lists();
        self.reload_inputs(section);
    }

    fn refresh_lists(&mut self) {
        let Some(session) = self.session.as_ref() else {
            return;
        };
        let lang = self.lang;
        self.refs.follow(Some(session));
        self.colors.set_items(colors::items(session, lang));
        self.senders.set_items(senders::items(session, lang));
        self.logos.list.set_items(logos::items(session, lang));
        self.logos.follow(&mut self.refs, Some(session));
        self.presets.set_items(session, lang);
    }

    fn reload_inputs(&mut self, section: Section) {
        let Some(session) = self.session.as_ref() else {
            return;
        };
        let entries: Vec<Entry> = match section {
            Section::Programme => programme::entries(session),
            Section::Colors => self.colors.selected().cloned().into_iter().collect(),
            Section::Senders => self.senders.selected().cloned().into_iter().collect(),
            Section::Logos => self.logos.visible(&self.refs),
            Section::Presets => self.presets.selected().cloned().into_iter().collect(),
        };
        self.inputs.load(session, &entries);
    }

    fn view<'a>(&'a self, ctx: &Ctx<'a>, section: Section) -> Element<'a, Message> {
        let Some(session) = self.session.as_ref() else {
            return widget::card(text(ctx.tr("editor-saving")));
        };
        let env = Env {
            ctx: Ctx {
                manual: ctx.manual,
                lang: ctx.lang,
                pictures: ctx.pictures,
                settings: ctx.settings,
            },
            session,
            inputs: &self.inputs,
            refs: &self.refs,
            fresh: &self.fresh,
        };
        let tabs = Section::ALL
            .iter()
            .map(|&s| widget::choice(ctx.tr(s.label()), s == section, Message::Section(s)));
        let body = match section {
            Section::Programme => self.programme.view(&env),
            Section::Colors => colors::view(&env, &self.colors, self.add_error.as_deref()),
            Section::Senders => senders::view(&env, &self.senders, self.add_error.as_deref()),
            Section::Logos => self.logos.view(&env, self.add_error.as_deref()),
            Section::Presets => self.presets.view(&env, self.add_error.as_deref()),
        };
        let importing: Element<'a, Message> = match (&self.import, self.importing) {
            (_, true) => widget::caption(ctx.tr("editor-importing")),
            (Some(pending), false) if section == Section::Logos => import::view(ctx, pending),
            _ => Space::new().into(),
        };
        column![
            toolbar::view(&env, self),
            row(tabs.collect::<Vec<Element<'a, Message>>>()).spacing(6),
            importing,
            body,
            toolbar::problems(&env),
        ]
        .spacing(16)
        .width(Length::Fill)
        .into()
    }
}

/// Keys the lists show: typing in one of them updates the lists at once.
const LISTED: [Key; 6] = [
    Key::NameDa,
    Key::NameEn,
    Key::Hex,
    Key::Role,
    Key::SenderKind,
    Key::Sender,
];

/// The name in the language (the Danish one when there is no English one).
fn localized(lang: Lang, da: Option<String>, en: Option<String>) -> Option<String> {
    match lang {
        Lang::Da => da,
        Lang::En => en.or(da),
    }
}

/// "Farven groen", "Opstillingen kommune/mark", …: a heading naming the entry.
fn describe(env: &Env, entry: &Entry) -> String {
    describe_entry(entry, env.ctx.lang)
}

/// A section's layout: its list (with why the last "add" did not happen under it) beside the selected entry's pane.
fn list_beside<'a>(
    list: Element<'a, Message>,
    add_error: Option<&str>,
    pane: Element<'a, Message>,
) -> iced::widget::Row<'a, Message> {
    row![
        with_error(list, add_error),
        container(pane).width(Length::Fill)
    ]
    .spacing(16)
    .align_y(Alignment::Start)
}

/// A list with why the last "add" did not happen under it.
fn with_error<'a>(list: Element<'a, Message>, error: Option<&str>) -> Element<'a, Message> {
    match error {
        Some(error) => column![
            list,
            text(error.to_owned())
                .size(size::SMALL)
                .style(theme::toned(Tone::Danger))
                .width(Length::Fixed(300.0)),
        ]
        .spacing(6)
        .into(),
        None => list,
    }
}
