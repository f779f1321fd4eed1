//! Keyboard shortcuts: Tab/Shift+Tab move focus, Ctrl+F goes to the search, Enter exports on the export screen,
//! Esc goes back. Keys a focused widget already used (typing, Enter in a field) are left alone, except Ctrl+F.

use iced::keyboard::{Key, Modifiers, key::Named};

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

/// The shortcut of a key press; `captured` says whether a widget already used the key.
pub fn shortcut(key: &Key, modifiers: Modifiers, captured: bool) -> Option<Shortcut> {
    if modifiers.command()
        && matches!(key, Key::Character(c) if c.as_str().eq_ignore_ascii_case("f"))
    {
        return Some(Shortcut::Search);
    }
    if captured {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_map_to_shortcuts_unless_a_widget_used_them() {
        let none = Modifiers::empty();
        let tab = Key::Named(Named::Tab);
        assert_eq!(shortcut(&tab, none, false), Some(Shortcut::Next));
        assert_eq!(
            shortcut(&tab, Modifiers::SHIFT, false),
            Some(Shortcut::Previous)
        );
        assert_eq!(shortcut(&tab, none, true), None);
        let f = Key::Character("f".into());
        assert_eq!(shortcut(&f, Modifiers::CTRL, true), Some(Shortcut::Search));
        assert_eq!(shortcut(&f, none, false), None);
        let enter = Key::Named(Named::Enter);
        assert_eq!(shortcut(&enter, none, false), Some(Shortcut::Enter));
        assert_eq!(
            shortcut(&enter, none, true),
            None,
            "Enter in a field submits the field"
        );
        assert_eq!(
            shortcut(&Key::Named(Named::Escape), none, false),
            Some(Shortcut::Back)
        );
    }
}
