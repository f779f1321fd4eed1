//! The desktop application (iced). Placeholder window until the GUI lands: shows the manual's name.

use iced::widget::{column, text};
use iced::{Element, Task};

use crate::manual::Loaded;
use crate::settings::{ManualChoice, Settings};

/// Opens the window and runs until it closes.
pub fn run(choice: ManualChoice, _settings: Settings) -> iced::Result {
    let loaded = choice.load();
    iced::application(
        move || {
            (
                App {
                    loaded: loaded.clone(),
                },
                Task::none(),
            )
        },
        App::update,
        App::view,
    )
    .title("designprogram")
    .run()
}

struct App {
    loaded: Loaded,
}

#[derive(Debug, Clone)]
enum Message {}

impl App {
    fn update(&mut self, message: Message) -> Task<Message> {
        match message {}
    }

    fn view(&self) -> Element<'_, Message> {
        let m = &self.loaded.manual;
        column![
            text(m.programme.name.da.clone()).size(28),
            text(format!("Version {}", m.programme.version)),
        ]
        .padding(24)
        .into()
    }
}
