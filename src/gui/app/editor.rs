//! The editor's actions at the top level: opening, validating and saving run as jobs off the UI thread; after
//! a save the manual is loaded again, so that every screen and the next export use the new values.

use iced::Task;

use super::{App, Message};
use crate::gui::desktop::{FolderDialog, OpenDialog};
use crate::gui::job::{self, Slot};
use crate::gui::screen::{Page, editor};
use crate::i18n;

impl App {
    /// Passes a message to the editor and carries out what it asks for.
    pub(super) fn editor(&mut self, message: editor::Message) -> Task<Message> {
        let action = self.editor.update(message, self.lang());
        self.editor_action(action)
    }

    /// Opens the editor on the manual in use (when the editor is showing).
    pub(super) fn sync_editor(&mut self) -> Task<Message> {
        if self.page != Page::Editor {
            return Task::none();
        }
        let action = self.editor.sync(&self.choice);
        self.editor_action(action)
    }

    fn editor_action(&mut self, action: editor::Action) -> Task<Message> {
        let to = |m: editor::Message| Message::Editor(m);
        let lang = self.lang();
        let stopped = move |_: job::Stopped| i18n::tr(lang, "job-stopped");
        match action {
            editor::Action::None => Task::none(),
            editor::Action::Open(root) => Task::perform(
                job::run(move || editor::open(&root).map_err(|e| e.message(lang))),
                move |result| {
                    let opened = result.map_err(stopped).and_then(|r| r);
                    to(editor::Message::Opened(Slot::new(opened)))
                },
            ),
            editor::Action::Validate(validator) => {
                Task::perform(job::run(move || validator.run()), move |result| {
                    to(editor::Message::Validated(result.map_err(stopped)))
                })
            }
            editor::Action::Save(slot) => Task::perform(
                job::run(move || {
                    let mut session = slot.take()?;
                    let result = session.save();
                    Some((session, result))
                }),
                move |result| match result {
                    Ok(Some(done)) => to(editor::Message::Saved(Slot::new(done))),
                    // The save job stopped unexpectedly: the edits are gone with it; read the folder again.
                    Ok(None) | Err(_) => to(editor::Message::Discard),
                },
            ),
            editor::Action::Reload => self.reload(),
            editor::Action::PickSvg(target) => Task::perform(
                self.desktop.open_file(OpenDialog {
                    title: i18n::tr(lang, "editor-import-dialog"),
                    folder: None,
                    filter_name: "SVG".to_owned(),
                    extensions: vec!["svg".to_owned()],
                }),
                move |picked| to(editor::Message::ImportFile(target, picked)),
            ),
            editor::Action::Import(work) => {
                Task::perform(job::run(move || work.run(lang)), move |result| {
                    let prepared = result.map_err(stopped).and_then(|r| r);
                    to(editor::Message::ImportPrepared(Box::new(prepared)))
                })
            }
            editor::Action::PickPublishFolder => Task::perform(
                self.desktop.pick_folder(FolderDialog {
                    title: i18n::tr(lang, "editor-publish-dialog"),
                    folder: None,
                }),
                move |picked| to(editor::Message::PublishTo(picked)),
            ),
            editor::Action::Publish { root, to: folder } => Task::perform(
                job::run(move || {
                    crate::publish::publish(&root, &folder, false).map_err(|e| e.message(lang))
                }),
                move |result| {
                    let published = result.map_err(stopped).and_then(|r| r);
                    to(editor::Message::Published(published))
                },
            ),
            editor::Action::OpenSettings => self.navigate(Page::Settings),
        }
    }
}
