//! Keyboard shortcuts: Tab/Shift+Tab move focus, Ctrl+F goes to the search, Enter exports on the export screen,
//! Esc goes back. Keys a focused widget already used (typing, Enter in a field) are left alone.

use iced::event::{self, Event};
use iced::keyboard::{self, Key, key::Named};
use iced::{Subscription, window};

/// A shortcut.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shortcut {
    /// Move focus forward.
    Next,
    /// Move focus back.
    Previous,
    /// Focus the logo search (Ctrl+F / Cmd+F).
    Search,
    /// Export (Enter on the export screen).
    Enter,
    /// Go back (Esc).
    Back,
}

/// The shortcuts as a subscription.
pub fn shortcuts() -> Subscription<Shortcut> {
    event::listen_with(shortcut)
}

fn shortcut(event: Event, status: event::Status, _window: window::Id) -> Option<Shortcut> {
    let Event::Keyboard(keyboard::Event::KeyPressed { key, modifiers, .. }) = event else {
        return None;
    };
    if modifiers.command()
        && matches!(&key, Key::Character(c) if c.as_str().eq_ignore_ascii_case("f"))
    {
        return Some(Shortcut::Search);
    }
    if status == event::Status::Captured {
        return None;
    }
    match key {
        Key::Named(Named::Tab) if modifiers.shift() => Some(Shortcut::Previous),
        Key::Named(Named::Tab) => Some(Shortcut::Next),
        Key::Named(Named::Enter) if modifiers.is_empty() => Some(Shortcut::Enter),
        Key::Named(Named::Escape) => Some(Shortcut::Back),
        _ => None,
    }
}
