//! Indstillinger: language (switched live), "Mine oplysninger" (the person's own data and *my workplace*, the
//! sender every screen starts from), which manual to use, the default export folder and the theme. The top
//! level applies and saves every change.

use std::path::PathBuf;

use iced::widget::{column, pick_list, row, scrollable, text, text_input};
use iced::{Alignment, Element, Length};

use crate::gui::Ctx;
use crate::gui::theme;
use crate::gui::widget::{self, Choice};
use crate::i18n::Lang;
use crate::settings::{Person, Theme};

/// A piece of "Mine oplysninger".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PersonField {
    /// Full name.
    Name,
    /// Job title.
    Title,
    /// Direct phone.
    Phone,
    /// E-mail.
    Email,
}

impl PersonField {
    /// Every field, in form order.
    pub const ALL: [PersonField; 4] = [
        PersonField::Name,
        PersonField::Title,
        PersonField::Phone,
        PersonField::Email,
    ];

    /// The widget id of its input.
    pub fn id(self) -> &'static str {
        match self {
            PersonField::Name => "person-name",
            PersonField::Title => "person-title",
            PersonField::Phone => "person-phone",
            PersonField::Email => "person-email",
        }
    }

    /// Its value in a person.
    pub fn get(self, p: &Person) -> &str {
        match self {
            PersonField::Name => &p.name,
            PersonField::Title => &p.title,
            PersonField::Phone => &p.phone,
            PersonField::Email => &p.email,
        }
    }

    /// Sets it: control characters dropped, at most [`Person::MAX_CHARS`] characters (as the settings file
    /// allows).
    pub fn set(self, p: &mut Person, value: &str) {
        let value: String = value
            .chars()
            .filter(|c| !c.is_control())
            .take(Person::MAX_CHARS)
            .collect();
        match self {
            PersonField::Name => p.name = value,
            PersonField::Title => p.title = value,
            PersonField::Phone => p.phone = value,
            PersonField::Email => p.email = value,
        }
    }
}

/// The settings screen; the settings themselves belong to the top level.
#[derive(Debug, Default)]
pub struct Settings {
    /// A folder being typed because no folder dialog could open.
    typing: Option<(Folder, String)>,
}

/// Which folder setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Folder {
    /// The manual folder.
    Manual,
    /// The default export folder.
    Export,
}

/// What the user did.
#[derive(Debug, Clone)]
pub enum Message {
    /// Switch the language.
    Language(Lang),
    /// Switch the theme.
    Theme(Theme),
    /// Choose a manual folder.
    PickManualFolder,
    /// Go back to the manual built into the program.
    UseEmbedded,
    /// Read the manual again (after the folder changed on disk).
    Reload,
    /// Choose the default export folder.
    PickExportFolder,
    /// Forget the default export folder.
    ClearExportFolder,
    /// A piece of "Mine oplysninger" was typed.
    Person(PersonField, String),
    /// Choose my workplace.
    Workplace(Option<String>),
    /// The folder typed where no dialog could open.
    TypeFolder(String),
    /// Use the typed folder.
    UseTyped,
}

/// What the top level must do (each one saves the settings).
#[derive(Debug)]
pub enum Action {
    /// Switch the language.
    Language(Lang),
    /// Switch the theme.
    Theme(Theme),
    /// Ask for a manual folder, then load it.
    PickManualFolder,
    /// Load the embedded manual.
    UseEmbedded,
    /// Load the manual again.
    Reload,
    /// Ask for the default export folder.
    PickExportFolder,
    /// Forget the default export folder.
    ClearExportFolder,
    /// Use this manual folder (typed).
    UseManualFolder(PathBuf),
    /// Use this export folder (typed).
    UseExportFolder(PathBuf),
    /// Change a piece of "Mine oplysninger".
    Person(PersonField, String),
    /// Change my workplace.
    Workplace(Option<String>),
    /// Nothing.
    None,
}

impl Settings {
    /// The settings screen.
    pub fn new() -> Settings {
        Settings::default()
    }

    /// No folder dialog could open: offer a path field for the folder, starting from `current`.
    pub fn type_folder(&mut self, folder: Folder, current: Option<PathBuf>) {
        let text = current.map_or_else(String::new, |p| p.display().to_string());
        self.typing = Some((folder, text));
    }

    /// Handles a message.
    pub fn update(&mut self, message: Message, _ctx: &Ctx) -> Action {
        match message {
            Message::TypeFolder(text) => {
                if let Some((_, typed)) = &mut self.typing {
                    *typed = text;
                }
                Action::None
            }
            Message::UseTyped => match self.typing.take() {
                Some((folder, typed)) if !typed.trim().is_empty() => {
                    let path = PathBuf::from(typed.trim());
                    match folder {
                        Folder::Manual => Action::UseManualFolder(path),
                        Folder::Export => Action::UseExportFolder(path),
                    }
                }
                other => {
                    self.typing = other;
                    Action::None
                }
            },
            Message::Person(field, value) => Action::Person(field, value),
            Message::Workplace(id) => Action::Workplace(id),
            Message::Language(lang) => Action::Language(lang),
            Message::Theme(theme) => Action::Theme(theme),
            Message::PickManualFolder => Action::PickManualFolder,
            Message::UseEmbedded => Action::UseEmbedded,
            Message::Reload => Action::Reload,
            Message::PickExportFolder => Action::PickExportFolder,
            Message::ClearExportFolder => Action::ClearExportFolder,
        }
    }

    /// The screen; `source` says where the manual was read from.
    pub fn view<'a>(&'a self, ctx: &Ctx<'a>, source: String) -> Element<'a, Message> {
        let s = ctx.settings;
        let language = widget::card(
            column![
                widget::heading(ctx.tr("settings-language")),
                row![
                    widget::choice(
                        crate::i18n::tr(Lang::Da, "lang-name"),
                        ctx.lang == Lang::Da,
                        Message::Language(Lang::Da)
                    ),
                    widget::choice(
                        crate::i18n::tr(Lang::En, "lang-name"),
                        ctx.lang == Lang::En,
                        Message::Language(Lang::En)
                    ),
                ]
                .spacing(8),
            ]
            .spacing(10),
        );
        let theme = widget::card(
            column![
                widget::heading(ctx.tr("settings-theme")),
                row![
                    widget::choice(
                        ctx.tr("settings-theme-light"),
                        s.theme == Theme::Light,
                        Message::Theme(Theme::Light)
                    ),
                    widget::choice(
                        ctx.tr("settings-theme-dark"),
                        s.theme == Theme::Dark,
                        Message::Theme(Theme::Dark)
                    ),
                ]
                .spacing(8),
            ]
            .spacing(10),
        );
        let manual = widget::card(
            column![
                widget::heading(ctx.tr("settings-manual")),
                widget::path_text(source),
                widget::caption(ctx.tr("settings-manual-explain")),
                row![
                    widget::secondary(
                        ctx.tr("settings-choose-folder"),
                        Some(Message::PickManualFolder)
                    ),
                    widget::secondary(ctx.tr("settings-use-embedded"), Some(Message::UseEmbedded)),
                    widget::secondary(ctx.tr("settings-reload"), Some(Message::Reload)),
                ]
                .spacing(8)
                .align_y(Alignment::Center),
                self.typed_field(ctx, Folder::Manual),
            ]
            .spacing(10),
        );
        let export_folder = s.export_folder.as_ref().map_or_else(
            || ctx.tr("settings-export-folder-none"),
            |p| p.display().to_string(),
        );
        let export = widget::card(
            column![
                widget::heading(ctx.tr("settings-export-folder")),
                widget::path_text(export_folder),
                widget::path_caption(ctx.tr_args(
                    "settings-export-folder-now",
                    &[(
                        "path",
                        s.export_dialog_folder().display().to_string().into()
                    )]
                )),
                row![
                    widget::secondary(
                        ctx.tr("settings-choose-folder"),
                        Some(Message::PickExportFolder)
                    ),
                    widget::secondary(
                        ctx.tr("settings-clear"),
                        s.export_folder
                            .is_some()
                            .then_some(Message::ClearExportFolder)
                    ),
                ]
                .spacing(8),
                self.typed_field(ctx, Folder::Export),
            ]
            .spacing(10),
        );
        let saved_in = crate::settings::settings_path().map_or_else(
            || ctx.tr("settings-not-saved"),
            |p| {
                ctx.tr_args(
                    "settings-saved-in",
                    &[("path", p.display().to_string().into())],
                )
            },
        );
        scrollable(
            column![
                widget::title(ctx.tr("settings-title"), None),
                language,
                theme,
                manual,
                export,
                person(ctx),
                widget::path_caption(saved_in),
            ]
            .spacing(16)
            .padding(32)
            .max_width(820),
        )
        .into()
    }

    /// The path field for a folder when no dialog could open (nothing otherwise).
    fn typed_field<'a>(&'a self, ctx: &Ctx<'a>, which: Folder) -> Element<'a, Message> {
        match &self.typing {
            Some((folder, typed)) if *folder == which => column![
                widget::caption(ctx.tr("dialog-type-folder")),
                row![
                    text_input(&ctx.tr("dialog-folder-placeholder"), typed)
                        .on_input(Message::TypeFolder)
                        .on_submit(Message::UseTyped)
                        .padding([8, 12])
                        .width(Length::Fill),
                    widget::primary(ctx.tr("dialog-use-folder"), Some(Message::UseTyped)),
                ]
                .spacing(8)
                .align_y(Alignment::Center),
            ]
            .spacing(6)
            .into(),
            _ => column![].into(),
        }
    }
}

/// "Mine oplysninger": name, title, direct phone, e-mail (used in person fields and the e-mail signature), and
/// my workplace (the sender every screen starts from).
fn person<'a>(ctx: &Ctx<'a>) -> Element<'a, Message> {
    let p = &ctx.settings.person;
    let mut col = column![
        widget::heading(ctx.tr("settings-person")),
        widget::caption(ctx.tr("settings-person-explain")),
    ]
    .spacing(10);
    for field in PersonField::ALL {
        let label = match field {
            PersonField::Name => "settings-person-name",
            PersonField::Title => "settings-person-title",
            PersonField::Phone => "settings-person-phone",
            PersonField::Email => "settings-person-email",
        };
        col = col.push(
            row![
                text(ctx.tr(label))
                    .style(theme::muted)
                    .width(Length::Fixed(140.0)),
                text_input("", field.get(p))
                    .id(field.id())
                    .on_input(move |v| Message::Person(field, v))
                    .padding([8, 12])
                    .style(theme::input)
                    .width(Length::Fill),
            ]
            .spacing(8)
            .align_y(Alignment::Center),
        );
    }
    let mut senders = vec![Choice::new(None, ctx.tr("settings-workplace-none"))];
    senders.extend(
        ctx.manual
            .senders
            .iter()
            .map(|s| Choice::new(Some(s.id.clone()), s.name.get(ctx.lang).to_owned())),
    );
    let selected = senders
        .iter()
        .find(|c| c.value() == ctx.settings.workplace.as_ref())
        .cloned();
    col = col.push(
        row![
            text(ctx.tr("settings-workplace"))
                .style(theme::muted)
                .width(Length::Fixed(140.0)),
            pick_list(senders, selected, |c: Choice<String>| {
                Message::Workplace(c.into_value())
            })
            .padding([8, 12])
            .style(theme::pick_list)
            .width(Length::Fill),
        ]
        .spacing(8)
        .align_y(Alignment::Center),
    );
    widget::card(col.push(widget::caption(ctx.tr("settings-workplace-explain"))))
}
