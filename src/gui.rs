//! The desktop application (iced 0.14): browse the design manual and export files that follow it.
//!
//! [`App`] is the top level: it owns the loaded manual, the settings and the pictures, switches screens, saves
//! settings and reloads the manual. Each screen under [`screen`] is a module with a state `struct`, a
//! `Message`, an `Action` (what it asks the top level to do), `new`, `update` and `view`. Slow work — loading
//! the manual, rendering pictures, writing files — runs off the UI thread ([`job`]); the desktop (file dialogs,
//! the file manager) sits behind the [`desktop::Desktop`] seam so that tests can run without dialogs.

mod app;
pub mod desktop;
mod engine;
mod job;
mod keys;
pub mod kit;
pub mod picture;
mod problems;
mod screen;
mod theme;
mod update;
mod widget;

use std::sync::Arc;

pub use app::{App, Boot, Message};
pub use screen::Page;
pub use screen::templates::PREVIEW_SIDE as TEMPLATE_PREVIEW_SIDE;

use crate::i18n::{self, Lang};
use crate::manual::Manual;
use crate::settings::{ManualChoice, Settings};

/// Widget ids that keyboard shortcuts and tests address.
pub mod id {
    use crate::manual::edit::{Entry, Field};

    /// The search field of the Logos screen (Ctrl+F).
    pub const SEARCH: &str = "logo-search";
    /// The preview of the open template in *Skabeloner* (a click on a photo there sets its focal point).
    pub const TEMPLATE_PREVIEW: &str = "template-preview";
    /// The search field of the editor's list.
    pub const EDITOR_SEARCH: &str = "editor-search";
    /// The id field for a new entry in the editor's list.
    pub const EDITOR_NEW_ID: &str = "editor-new-id";

    /// The editor's input of a field: `edit-color-groen-cmyk`, `edit-artwork-kommune-mark-positive-file`, ….
    pub fn field(field: &Field) -> String {
        let entry = match &field.entry {
            Entry::Programme => "programme".to_owned(),
            Entry::Changelog(i) => format!("changelog-{i}"),
            Entry::Color(id) => format!("color-{id}"),
            Entry::Sender(id) => format!("sender-{id}"),
            Entry::Logo(id) => format!("logo-{id}"),
            Entry::Lockup { logo, id } => format!("lockup-{logo}-{id}"),
            Entry::Colorway { logo, id } => format!("colorway-{logo}-{id}"),
            Entry::Artwork {
                logo,
                lockup,
                colorway,
            } => format!("artwork-{logo}-{lockup}-{colorway}"),
            Entry::Minimum { logo, index } => format!("minimum-{logo}-{index}"),
            Entry::Size { logo, index } => format!("size-{logo}-{index}"),
            Entry::Preset(id) => format!("preset-{id}"),
            Entry::Template(id) => format!("template-{id}"),
        };
        let key = field.key.label_message();
        format!("edit-{entry}-{}", key.trim_start_matches("edit-key-"))
    }
    /// The export screen's preview of the file.
    pub const PREVIEW: &str = super::screen::export::PREVIEW;
    /// The colour search of the Farver screen (shown when the palette is large).
    pub const COLORS_SEARCH: &str = "colors-search";
    /// The export screen's logo picker.
    pub const EXPORT_LOGO: &str = "export-logo-search";
    /// The export screen's background colour picker.
    pub const EXPORT_BACKGROUND: &str = "export-background-search";
    /// The export screen's sender picker.
    pub const EXPORT_SENDER: &str = "export-sender-search";
    /// The export screen's preset search.
    pub const EXPORT_PRESET: &str = "export-preset-search";
}

/// Opens the window and runs until it closes.
pub fn run(choice: ManualChoice, settings: Settings) -> iced::Result {
    let started = std::time::Instant::now();
    let boot = Boot {
        choice,
        settings,
        desktop: Arc::new(desktop::System),
        started: Some(started),
    };
    let mut application = iced::application(move || App::new(boot.clone()), App::update, App::view)
        .title(App::title)
        .theme(App::theme)
        .subscription(App::subscription)
        .settings(iced_settings())
        .window(window_settings());
    for font in theme::FONT_FILES {
        application = application.font(font);
    }
    application.run()
}

/// The iced settings: IBM Plex Sans, bundled, as the default font. Tests pass the same to the simulator.
pub fn iced_settings() -> iced::Settings {
    iced::Settings {
        id: Some("designprogram".to_owned()),
        fonts: theme::FONT_FILES
            .iter()
            .map(|bytes| std::borrow::Cow::Borrowed(*bytes))
            .collect(),
        default_font: theme::FONT,
        default_text_size: iced::Pixels(theme::size::BODY),
        antialiasing: true,
        ..iced::Settings::default()
    }
}

fn window_settings() -> iced::window::Settings {
    iced::window::Settings {
        size: iced::Size::new(1280.0, 820.0),
        min_size: Some(iced::Size::new(960.0, 640.0)),
        icon: iced::window::icon::from_file_data(ICON_PNG, None).ok(),
        #[cfg(target_os = "linux")]
        platform_specific: iced::window::settings::PlatformSpecific {
            // Matches the .desktop file's StartupWMClass, so the desktop shows the right icon.
            application_id: "designprogram".to_owned(),
            ..Default::default()
        },
        ..iced::window::Settings::default()
    }
}

/// The window icon (also installed with the `.desktop` file).
const ICON_PNG: &[u8] = include_bytes!("../assets/designprogram.png");

/// What every screen reads: the manual, the language, the pictures and the settings.
pub struct Ctx<'a> {
    /// The loaded manual.
    pub manual: &'a Manual,
    /// The interface language.
    pub lang: Lang,
    /// Rendered previews and thumbnails.
    pub pictures: &'a picture::Pictures,
    /// The user's settings.
    pub settings: &'a Settings,
}

impl Ctx<'_> {
    /// A message of the catalogue in the interface language.
    pub fn tr(&self, id: &str) -> String {
        i18n::tr(self.lang, id)
    }

    /// A message with arguments.
    pub fn tr_args(&self, id: &str, args: &[(&str, fluent_bundle::FluentValue<'_>)]) -> String {
        i18n::tr_args(self.lang, id, args)
    }

    /// A number as the language writes it (at most two decimals, no trailing zeros, a decimal comma in
    /// Danish): [`crate::i18n::number`].
    pub fn num(&self, value: f64) -> String {
        i18n::number(value, 2, self.lang)
    }
}
