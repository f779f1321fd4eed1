//! Indstillinger: language (switched live), which manual to use, the default export folder and the theme.
//! The top level applies and saves every change.

use iced::widget::{column, row, scrollable, text};
use iced::{Alignment, Element};

use crate::gui::Ctx;
use crate::gui::widget;
use crate::i18n::Lang;
use crate::settings::Theme;

/// The settings screen; the settings themselves belong to the top level.
#[derive(Debug, Default)]
pub struct Settings;

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
}

impl Settings {
    /// The settings screen.
    pub fn new() -> Settings {
        Settings
    }

    /// Handles a message.
    pub fn update(&mut self, message: Message, _ctx: &Ctx) -> Action {
        match message {
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
                text(source),
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
                text(export_folder),
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
                widget::caption(saved_in),
            ]
            .spacing(16)
            .padding(32)
            .max_width(820),
        )
        .into()
    }
}
