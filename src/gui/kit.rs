//! "Office og web": the kit's files from the GUI — a panel the export screen shows with every format (and a
//! sender for the Word and PowerPoint templates), and the colours screen shows with the palette formats
//! ("Hent farverne som …"). It has its own state, messages and actions, so a screen embeds it with one field,
//! one message and one action; the top level carries out the actions (dialogs, writing) with [`effect`].

use std::path::PathBuf;
use std::sync::Arc;

use iced::Element;
use iced::Task;
use iced::widget::{column, row, text};

use crate::gui::desktop::{Desktop, Picked, RevealError, SaveDialog};
use crate::gui::theme::{self, Tone, size};
use crate::gui::widget;
use crate::gui::{Ctx, job};
use crate::i18n::Lang;
use crate::kit::{self, KitFormat, KitOptions, KitRequest};
use crate::manual::Manual;

/// Which formats the panel offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Scope {
    /// Everything, with a sender for the templates (the export screen).
    #[default]
    All,
    /// The palette's formats (the colours screen).
    Palette,
}

impl Scope {
    fn formats(self) -> &'static [KitFormat] {
        match self {
            Scope::All => &KitFormat::ALL,
            Scope::Palette => &[
                KitFormat::Swatches,
                KitFormat::ColorSheet,
                KitFormat::Tokens,
                KitFormat::Css,
                KitFormat::Scss,
                KitFormat::OfficeTheme,
            ],
        }
    }
}

/// The panel.
#[derive(Debug, Default)]
pub struct Panel {
    scope: Scope,
    sender: Option<String>,
    state: State,
}

#[derive(Debug, Clone, Default, PartialEq)]
enum State {
    #[default]
    Idle,
    /// A save dialog is open, or the file is being written.
    Busy,
    Saved(PathBuf),
    Installed(PathBuf),
    Failed(String),
}

/// What the user (or a finished job) did.
#[derive(Debug, Clone)]
pub enum Message {
    /// "Gem …" for a format.
    Save(KitFormat),
    /// The save dialog closed (or could not be shown).
    SavePath(KitFormat, Picked),
    /// Writing finished.
    Written(Result<PathBuf, String>),
    /// "Installér i Office" (Windows).
    Install,
    /// Installing finished.
    Installed(Result<PathBuf, String>),
    /// Show the file in the file manager.
    Reveal(PathBuf),
}

/// What the top level must do.
#[derive(Debug)]
pub enum Action {
    /// Nothing.
    None,
    /// Ask where to save (answer with [`Message::SavePath`]).
    AskSavePath(KitFormat, SaveDialog),
    /// Write the file, replacing an existing one when the dialog asked about it (answer with
    /// [`Message::Written`]).
    Write(KitRequest, PathBuf, bool),
    /// Install the Office theme (answer with [`Message::Installed`]).
    Install,
    /// Show a file in the file manager.
    Reveal(PathBuf),
}

impl Panel {
    /// A panel for a scope, for the top sender until the screen says otherwise.
    pub fn new(scope: Scope) -> Panel {
        Panel {
            scope,
            sender: None,
            state: State::Idle,
        }
    }

    /// Follows the sender chosen on the screen (the export screen's "Afsender"); `None`: the top sender.
    pub fn set_sender(&mut self, sender: Option<&str>) {
        let sender = sender.map(str::to_owned);
        if sender != self.sender {
            self.sender = sender;
            self.state = State::Idle;
        }
    }

    fn request(&self, format: KitFormat) -> KitRequest {
        KitRequest {
            format,
            sender: self.sender.clone().filter(|_| format.per_sender()),
            preset: None,
        }
    }

    /// Handles a message.
    pub fn update(&mut self, message: Message, ctx: &Ctx) -> Action {
        match message {
            Message::Save(format) => {
                if self.state == State::Busy {
                    return Action::None;
                }
                let request = self.request(format);
                // The library's check first: a file that would break the manual gets no dialog, and says why.
                let report = crate::compliance::check_kit(ctx.manual, &request);
                if let Some(finding) = report
                    .findings
                    .iter()
                    .find(|f| f.severity == crate::compliance::Severity::Blocking)
                {
                    self.state = State::Failed(finding.message.get(ctx.lang).to_owned());
                    return Action::None;
                }
                let Some(file_name) = kit::file_name(ctx.manual, &request) else {
                    return Action::None;
                };
                self.state = State::Busy;
                let extension = format.extension().rsplit('.').next().unwrap_or_default();
                Action::AskSavePath(
                    format,
                    SaveDialog {
                        title: ctx.tr(save_label(format)),
                        folder: Some(ctx.settings.export_dialog_folder()),
                        file_name,
                        filter_name: ctx.tr(format_label(format)),
                        extensions: vec![extension.to_owned()],
                    },
                )
            }
            Message::SavePath(_, Picked::Cancelled) => {
                self.state = State::Idle;
                Action::None
            }
            // The dialog asked before replacing a file.
            Message::SavePath(format, Picked::Path(path)) => {
                Action::Write(self.request(format), path, true)
            }
            // No dialog on this desktop: the conventional name in the export folder, never replacing a file.
            Message::SavePath(format, Picked::Unavailable) => {
                let request = self.request(format);
                match kit::file_name(ctx.manual, &request) {
                    Some(name) => Action::Write(
                        request,
                        ctx.settings.export_dialog_folder().join(name),
                        false,
                    ),
                    None => {
                        self.state = State::Idle;
                        Action::None
                    }
                }
            }
            Message::Written(Ok(path)) => {
                self.state = State::Saved(path);
                Action::None
            }
            Message::Installed(Ok(path)) => {
                self.state = State::Installed(path);
                Action::None
            }
            Message::Written(Err(e)) | Message::Installed(Err(e)) => {
                self.state = State::Failed(e);
                Action::None
            }
            Message::Install => {
                self.state = State::Busy;
                Action::Install
            }
            Message::Reveal(path) => Action::Reveal(path),
        }
    }

    /// The panel: a heading, whom the templates are for, one button per format, what happened.
    pub fn view<'a>(&'a self, ctx: &Ctx<'a>) -> Element<'a, Message> {
        let m = ctx.manual;
        let (heading, explain) = match self.scope {
            Scope::All => ("kit-group", "kit-group-explain"),
            Scope::Palette => ("kit-colors-as", "kit-group-explain"),
        };
        let mut col = column![
            widget::heading(ctx.tr(heading)),
            widget::caption(ctx.tr(explain))
        ]
        .spacing(10);
        let formats = self.scope.formats();
        if formats.iter().any(|f| f.per_sender())
            && let Ok(sender) = crate::plan::kit::sender(m, &self.request(KitFormat::Word))
        {
            col = col.push(widget::caption(ctx.tr_args(
                "kit-for-sender",
                &[("sender", sender.name.get(ctx.lang).to_owned().into())],
            )));
        }
        let busy = self.state == State::Busy;
        let mut buttons: Vec<Element<'a, Message>> = formats
            .iter()
            .map(|&f| widget::secondary(ctx.tr(save_label(f)), (!busy).then_some(Message::Save(f))))
            .collect();
        if formats.contains(&KitFormat::OfficeTheme) && kit::office_themes_folder().is_some() {
            buttons.push(widget::secondary(
                ctx.tr("kit-install-office-theme"),
                (!busy).then_some(Message::Install),
            ));
        }
        col = col.push(row(buttons).spacing(8).wrap().vertical_spacing(8));
        col = col.push(self.outcome(ctx));
        col.into()
    }

    fn outcome<'a>(&'a self, ctx: &Ctx<'a>) -> Element<'a, Message> {
        let line = |id: &str, tone: Tone, value: String| -> Element<'a, Message> {
            text(ctx.tr_args(id, &[("path", value.into())]))
                .size(size::SMALL)
                .style(theme::toned(tone))
                .into()
        };
        match &self.state {
            State::Idle => column![].into(),
            State::Busy => widget::caption(ctx.tr("kit-writing")),
            State::Saved(path) | State::Installed(path) => {
                let id = if matches!(self.state, State::Saved(_)) {
                    "kit-saved"
                } else {
                    "kit-installed"
                };
                row![
                    line(id, Tone::Success, path.display().to_string()),
                    widget::link(ctx.tr("export-reveal"), Message::Reveal(path.clone())),
                ]
                .spacing(8)
                .into()
            }
            State::Failed(e) => text(ctx.tr_args("kit-failed", &[("error", e.clone().into())]))
                .size(size::SMALL)
                .style(theme::toned(Tone::Danger))
                .into(),
        }
    }
}

/// The "Gem …" label of a format.
fn save_label(format: KitFormat) -> &'static str {
    match format {
        KitFormat::OfficeTheme => "kit-save-office-theme",
        KitFormat::Word => "kit-save-word",
        KitFormat::PowerPoint => "kit-save-powerpoint",
        KitFormat::Swatches => "kit-save-swatches",
        KitFormat::ColorSheet => "kit-save-color-sheet",
        KitFormat::Tokens => "kit-save-tokens",
        KitFormat::Css => "kit-save-css",
        KitFormat::Scss => "kit-save-scss",
    }
}

/// The name of a format.
fn format_label(format: KitFormat) -> &'static str {
    match format {
        KitFormat::OfficeTheme => "kit-format-office-theme",
        KitFormat::Word => "kit-format-word",
        KitFormat::PowerPoint => "kit-format-powerpoint",
        KitFormat::Swatches => "kit-format-swatches",
        KitFormat::ColorSheet => "kit-format-color-sheet",
        KitFormat::Tokens => "kit-format-tokens",
        KitFormat::Css => "kit-format-css",
        KitFormat::Scss => "kit-format-scss",
    }
}

/// Carries out a panel's action at the top level; `wrap` turns the panel's answer into the application's
/// message (through the screen that holds the panel).
pub fn effect<M: Send + 'static>(
    action: Action,
    manual: &Arc<Manual>,
    lang: Lang,
    desktop: &Arc<dyn Desktop>,
    wrap: fn(Message) -> M,
    revealed: fn(Result<(), RevealError>) -> M,
) -> Task<M> {
    match action {
        Action::None => Task::none(),
        Action::AskSavePath(format, dialog) => {
            Task::perform(desktop.save_file(dialog), move |path| {
                wrap(Message::SavePath(format, path))
            })
        }
        Action::Write(request, path, replace) => {
            let manual = Arc::clone(manual);
            let options = KitOptions {
                force: replace,
                lang,
            };
            Task::perform(
                job::run(move || {
                    kit::write(&manual, &request, &path, &options).map_err(|e| e.message(lang))
                }),
                move |result| {
                    wrap(Message::Written(result.unwrap_or_else(|_| {
                        Err(crate::i18n::tr(lang, "kit-stopped"))
                    })))
                },
            )
        }
        Action::Install => {
            let manual = Arc::clone(manual);
            Task::perform(
                job::run(move || {
                    kit::install_office_theme(&manual, lang).map_err(|e| e.message(lang))
                }),
                move |result| {
                    wrap(Message::Installed(result.unwrap_or_else(|_| {
                        Err(crate::i18n::tr(lang, "kit-stopped"))
                    })))
                },
            )
        }
        Action::Reveal(path) => {
            let desktop = Arc::clone(desktop);
            Task::perform(job::run(move || desktop.reveal(&path)), move |result| {
                revealed(result.unwrap_or_else(|_| {
                    Err(RevealError::Failed {
                        program: String::new(),
                        message: crate::i18n::tr(lang, "kit-stopped"),
                        folder: PathBuf::new(),
                    })
                }))
            })
        }
    }
}
