//! Keyboard shortcuts: Tab/Shift+Tab move focus, Ctrl+F goes to the search, Enter exports on the export screen,
//! Esc goes back, Ctrl+Z / Ctrl+Y (or Ctrl+Shift+Z) undo and redo and Ctrl+S saves in the editor. Keys a focused
//! widget already used (typing, Enter in a field) are left alone, except the Ctrl shortcuts (text fields have no
//! undo of their own: the editor's undo covers what was typed).

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
    /// Undo the last edit (Ctrl+Z).
    Undo,
    /// Redo (Ctrl+Y, Ctrl+Shift+Z).
    Redo,
    /// Save (Ctrl+S).
    Save,
}

/// The shortcut of a key press; `captured` says whether a widget already used the key.
pub fn shortcut(key: &Key, modifiers: Modifiers, captured: bool) -> Option<Shortcut> {
    if modifiers.command()
        && let Key::Character(c) = key
    {
        match c.to_lowercase().as_str() {
            "f" => return Some(Shortcut::Search),
            "z" if modifiers.shift() => return Some(Shortcut::Redo),
            "z" => return Some(Shortcut::Undo),
            "y" => return Some(Shortcut::Redo),
            "s" => return Some(Shortcut::Save),
            _ => {}
        }
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
        // Undo, redo and save work in a text field too (fields have no undo of their own).
        let z = Key::Character("z".into());
        assert_eq!(shortcut(&z, Modifiers::CTRL, true), Some(Shortcut::Undo));
        assert_eq!(
            shortcut(
                &Key::Character("Z".into()),
                Modifiers::CTRL | Modifiers::SHIFT,
                true
            ),
            Some(Shortcut::Redo)
        );
        assert_eq!(
            shortcut(&Key::Character("y".into()), Modifiers::CTRL, true),
            Some(Shortcut::Redo)
        );
        assert_eq!(
            shortcut(&Key::Character("s".into()), Modifiers::CTRL, false),
            Some(Shortcut::Save)
        );
        assert_eq!(shortcut(&z, none, false), None);
    }
}
