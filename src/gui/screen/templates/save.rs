//! Saving and opening on the templates screen: "Gem …" through the library's checked write path, the filled
//! template as a `.dpskabelon` (save and open), and the photo dialog — each by the `Desktop` seam's dialog, or,
//! where no dialog can open, a path field with the proposed path.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use iced::Task;

use super::{Action, Message, Open, Templates};
use crate::export::{ExportError, WriteOptions};
use crate::gui::Ctx;
use crate::gui::desktop::{OpenDialog, Picked, SaveDialog};
use crate::gui::job;
use crate::template::saved::{self, SavedError};
use crate::template::write::{self, TemplateError};

/// What a dialog (or a typed path) is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Purpose {
    /// Where to save the file.
    File,
    /// Where to save the `.dpskabelon`.
    SaveFill,
    /// Which `.dpskabelon` to open.
    OpenFill,
    /// Which photo goes into this field.
    Photo(String),
}

/// Where saving (or opening) is.
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) enum Save {
    #[default]
    Idle,
    /// A dialog is open.
    Choosing(Purpose),
    /// No dialog could open: the user types the path (proposed: the export folder and the conventional name).
    Typing(Purpose, String),
    /// The file is being written.
    Writing,
    /// The file (or files) were written.
    Saved(Vec<PathBuf>),
    /// The `.dpskabelon` was written.
    FillSaved(PathBuf),
    /// The typed path exists: replace it?
    Exists(Purpose, PathBuf),
    /// Writing or reading failed (in words).
    Failed(String),
}

impl Templates {
    /// Saving, opening, the dialogs' answers, the typed path, replacing and the results.
    pub(super) fn on_save(&mut self, message: Message, ctx: &Ctx) -> Action {
        match message {
            Message::Save => self.ask_save(ctx),
            Message::SaveFill => self.ask_save_fill(ctx),
            Message::OpenFill => {
                self.save = Save::Choosing(Purpose::OpenFill);
                Action::AskOpen(
                    Purpose::OpenFill,
                    OpenDialog {
                        title: ctx.tr("templates-open-dialog"),
                        folder: Some(ctx.settings.export_dialog_folder()),
                        filter_name: ctx.tr("templates-saved-filter"),
                        extensions: vec![saved::EXTENSION.to_owned()],
                    },
                )
            }
            // A dialog asks before it replaces a file.
            Message::Picked(purpose, Picked::Path(path)) => self.act(purpose, path, true, ctx),
            Message::Picked(_, Picked::Cancelled) | Message::CancelSave => {
                self.save = Save::Idle;
                Action::None
            }
            Message::Picked(purpose, Picked::Unavailable) => {
                let proposed = self.proposed(&purpose, ctx);
                self.save = Save::Typing(purpose, proposed.display().to_string());
                Action::None
            }
            Message::TypePath(path) => {
                if let Save::Typing(_, typed) = &mut self.save {
                    *typed = path;
                }
                Action::None
            }
            Message::UseTyped => match std::mem::take(&mut self.save) {
                Save::Typing(purpose, typed) if !typed.trim().is_empty() => {
                    self.act(purpose, PathBuf::from(typed.trim()), false, ctx)
                }
                other => {
                    self.save = other;
                    Action::None
                }
            },
            Message::Replace => match std::mem::take(&mut self.save) {
                Save::Exists(purpose, path) => self.act(purpose, path, true, ctx),
                other => {
                    self.save = other;
                    Action::None
                }
            },
            Message::Written(Ok(written)) => {
                let folder = written
                    .paths
                    .first()
                    .and_then(|p| p.parent())
                    .map(Path::to_path_buf);
                self.save = Save::Saved(written.paths);
                folder.map_or(Action::None, Action::Remember)
            }
            Message::Written(Err(TemplateError::Export(ExportError::Exists(path)))) => {
                self.save = Save::Exists(Purpose::File, path);
                Action::None
            }
            Message::Written(Err(e)) => {
                self.save = Save::Failed(e.message(ctx.lang));
                Action::None
            }
            Message::FillSaved(Ok(path)) => {
                let folder = path.parent().map(Path::to_path_buf);
                self.save = Save::FillSaved(path);
                folder.map_or(Action::None, Action::Remember)
            }
            Message::FillSaved(Err(SavedError::Write(ExportError::Exists(path)))) => {
                self.save = Save::Exists(Purpose::SaveFill, path);
                Action::None
            }
            Message::FillSaved(Err(e)) => {
                self.save = Save::Failed(saved_error(ctx, &e));
                Action::None
            }
            Message::FillOpened(result) => self.fill_opened(result, ctx),
            _ => Action::None,
        }
    }

    fn ask_save(&mut self, ctx: &Ctx) -> Action {
        if matches!(self.save, Save::Typing(Purpose::File, _)) {
            return self.on_save(Message::UseTyped, ctx);
        }
        if self.blocked(ctx).is_some() {
            return Action::None;
        }
        let Some(open) = &self.open else {
            return Action::None;
        };
        let Some(file_name) = write::file_name(&self.engine, &open.fill, open.output) else {
            return Action::None;
        };
        let output = open.output;
        self.save = Save::Choosing(Purpose::File);
        Action::AskSave(
            Purpose::File,
            SaveDialog {
                title: ctx.tr("templates-save-dialog"),
                folder: Some(ctx.settings.export_dialog_folder()),
                file_name,
                filter_name: output.name().to_owned(),
                extensions: vec![output.extension().to_owned()],
            },
        )
    }

    fn ask_save_fill(&mut self, ctx: &Ctx) -> Action {
        if matches!(self.save, Save::Typing(Purpose::SaveFill, _)) {
            return self.on_save(Message::UseTyped, ctx);
        }
        if self.open.is_none() {
            return Action::None;
        }
        self.save = Save::Choosing(Purpose::SaveFill);
        Action::AskSave(
            Purpose::SaveFill,
            SaveDialog {
                title: ctx.tr("templates-save-fill-dialog"),
                folder: Some(ctx.settings.export_dialog_folder()),
                file_name: self.fill_file_name(ctx),
                filter_name: ctx.tr("templates-saved-filter"),
                extensions: vec![saved::EXTENSION.to_owned()],
            },
        )
    }

    /// The proposed `.dpskabelon` name: the template's name.
    fn fill_file_name(&self, ctx: &Ctx) -> String {
        let name = self.template(ctx.manual).map_or_else(
            || "skabelon".to_owned(),
            |t| crate::naming::slug(&t.name.da),
        );
        format!("{name}.{}", saved::EXTENSION)
    }

    /// The path a path field proposes where no dialog can open.
    fn proposed(&self, purpose: &Purpose, ctx: &Ctx) -> PathBuf {
        let folder = ctx.settings.export_dialog_folder();
        let name = match (purpose, &self.open) {
            (Purpose::File, Some(open)) => write::file_name(&self.engine, &open.fill, open.output),
            (Purpose::SaveFill, _) => Some(self.fill_file_name(ctx)),
            _ => None,
        };
        match name {
            Some(name) => folder.join(name),
            None => folder.join(""),
        }
    }

    /// Carries out a purpose with a chosen path.
    fn act(&mut self, purpose: Purpose, path: PathBuf, replace: bool, ctx: &Ctx) -> Action {
        let engine = Arc::clone(&self.engine);
        let lang = ctx.lang;
        match purpose {
            Purpose::File => {
                let Some(open) = &self.open else {
                    self.save = Save::Idle;
                    return Action::None;
                };
                let (fill, output) = (open.fill.clone(), open.output);
                self.save = Save::Writing;
                let options = WriteOptions {
                    force: replace,
                    ..WriteOptions::default()
                };
                Action::Run(Task::perform(
                    job::run(move || write::write(&engine, &fill, output, &path, &options)),
                    |result| {
                        Message::Written(
                            result.unwrap_or(Err(TemplateError::Export(ExportError::Interrupted))),
                        )
                    },
                ))
            }
            Purpose::SaveFill => {
                let Some(open) = &self.open else {
                    self.save = Save::Idle;
                    return Action::None;
                };
                let fill = open.fill.clone();
                self.save = Save::Writing;
                let version = ctx.manual.programme.version.clone();
                Action::Run(Task::perform(
                    job::run(move || {
                        saved::save(&fill, &version, &path, replace).map(|()| path.clone())
                    }),
                    |result| {
                        Message::FillSaved(
                            result.unwrap_or(Err(SavedError::Write(ExportError::Interrupted))),
                        )
                    },
                ))
            }
            Purpose::OpenFill => {
                self.save = Save::Idle;
                Action::Run(Task::perform(
                    job::run(move || saved::load(&path)),
                    move |result| {
                        Message::FillOpened(match result {
                            Ok(loaded) => {
                                loaded.map(Box::new).map_err(|e| saved_error_in(lang, &e))
                            }
                            Err(job::Stopped) => Err(crate::i18n::tr(lang, "job-stopped")),
                        })
                    },
                ))
            }
            Purpose::Photo(field) => {
                self.save = Save::Idle;
                self.use_photo(field, path, ctx)
            }
        }
    }

    /// A `.dpskabelon` was read: open its template with what was filled in, and decode its photos.
    fn fill_opened(&mut self, result: Result<Box<saved::Loaded>, String>, ctx: &Ctx) -> Action {
        let loaded = match result {
            Ok(loaded) => *loaded,
            Err(message) => {
                self.notice = Some(message);
                return Action::None;
            }
        };
        let Some(template) = ctx.manual.template(&loaded.fill.template) else {
            self.notice = Some(ctx.tr_args(
                "template-unknown",
                &[("id", loaded.fill.template.clone().into())],
            ));
            return Action::None;
        };
        self.notice = (!loaded.warnings.is_empty()).then(|| {
            ctx.tr_args(
                "templates-opened-warnings",
                &[("warnings", loaded.warnings.join("; ").into())],
            )
        });
        if let Some(sender) = &loaded.fill.sender {
            self.sender = Some(sender.clone());
            self.sender_chosen = true;
        }
        let photos: Vec<(String, PathBuf)> = loaded
            .fill
            .photos
            .iter()
            .map(|(field, p)| (field.clone(), p.path.clone()))
            .collect();
        let focus: Vec<_> = loaded
            .fill
            .photos
            .iter()
            .map(|(f, p)| (f.clone(), p.focus))
            .collect();
        self.open = Some(Open::new(ctx.manual, template, loaded.fill));
        self.save = Save::Idle;
        let mut tasks = Vec::new();
        for (field, path) in photos {
            if let Action::Run(task) = self.use_photo(field, path, ctx) {
                tasks.push(task);
            }
        }
        // `use_photo` starts each photo centred: put the saved focal points back.
        if let Some(open) = &mut self.open {
            for (field, point) in focus {
                if let Some(choice) = open.fill.photos.get_mut(&field) {
                    choice.focus = point;
                }
            }
        }
        if let Action::Run(task) = self.changed(ctx) {
            tasks.push(task);
        }
        Action::Run(Task::batch(tasks))
    }
}

fn saved_error(ctx: &Ctx, e: &SavedError) -> String {
    saved_error_in(ctx.lang, e)
}

/// A `.dpskabelon` problem in words.
fn saved_error_in(lang: crate::i18n::Lang, e: &SavedError) -> String {
    match e {
        SavedError::Write(e) => e.message(lang),
        SavedError::Read { path, message } | SavedError::Invalid { path, message } => {
            crate::i18n::tr_args(
                lang,
                "templates-saved-unreadable",
                &[
                    ("path", path.display().to_string().into()),
                    ("detail", message.clone().into()),
                ],
            )
        }
    }
}
