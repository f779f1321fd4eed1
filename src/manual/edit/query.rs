//! What a form needs from the session's current state, each read with one parse of the file: the entries of
//! a file, the values of an entry, the logos, and whether the folder can be written at all. Also
//! [`Session::amend`], which folds typing in one field into one undoable step.

use std::path::Path;

use super::field::{Entry, Field, Key, logo_file};
use super::{Content, Edit, EditError, Session, locate, table, to_input};
use crate::manual::journal;

/// One entry of a list, with the values of the keys asked for (as a form shows them; `None`: not set).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// The entry.
    pub entry: Entry,
    /// The values, in the order of the keys asked for.
    pub values: Vec<Option<String>>,
}

/// What kind of entry a key's value names by id (a form offers those ids to pick from; whether the id exists
/// is still checked by validation).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Refers {
    /// A colour of `colors.toml`.
    Color,
    /// A sender of `senders.toml`.
    Sender,
    /// A preset of `presets.toml`.
    Preset,
    /// A lockup of the same logo (or, in a preset, of any logo).
    Lockup,
    /// A colourway of the same logo.
    Colorway,
    /// A chapter of `manual.toml`.
    Chapter,
}

impl Key {
    /// What the key's value names, if it names other entries by id.
    pub fn refers_to(self) -> Option<Refers> {
        Some(match self {
            Key::Parent | Key::CobrandingRequires | Key::Sender => Refers::Sender,
            Key::MainColor | Key::Spot | Key::Backgrounds => Refers::Color,
            Key::Preset | Key::LogoSize => Refers::Preset,
            Key::Lockup | Key::Lockups => Refers::Lockup,
            Key::Colorway => Refers::Colorway,
            Key::Chapter => Refers::Chapter,
            _ => return None,
        })
    }
}

impl Session {
    /// The entries of one of the manual's files (`colors.toml`, `logos/<id>/logo.toml`, …) in file order, each
    /// with the values of `keys`. Entries without the key leave it `None`.
    pub fn summaries(&self, file: &str, keys: &[Key]) -> Vec<Summary> {
        let Some(doc) = self
            .text(file)
            .ok()
            .flatten()
            .and_then(|text| table::parse(&text))
        else {
            return Vec::new();
        };
        locate::entries(file, doc.as_table())
            .into_iter()
            .map(|(entry, table)| {
                let values = keys
                    .iter()
                    .map(|&key| {
                        let field = Field::new(entry.clone(), key);
                        let spec = field.spec()?;
                        table::value_at(table, &field.path()).map(|v| to_input(spec.shape, v))
                    })
                    .collect();
                Summary { entry, values }
            })
            .collect()
    }

    /// Every key of an entry with its current value, as a form shows it (`None`: not set, or no such entry).
    pub fn values(&self, entry: &Entry) -> Vec<(Key, Option<String>)> {
        let keys: Vec<Key> = entry.keys().collect();
        let found = self
            .summaries(&entry.file(), &keys)
            .into_iter()
            .find(|s| &s.entry == entry);
        match found {
            Some(summary) => keys.into_iter().zip(summary.values).collect(),
            None => keys.into_iter().map(|k| (k, None)).collect(),
        }
    }

    /// The ids of the logos in the session's current state (folders with a `logo.toml`), sorted.
    pub fn logo_ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = std::fs::read_dir(self.root.join("logos"))
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .filter(|e| e.path().join("logo.toml").is_file())
                    .filter_map(|e| e.file_name().to_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default();
        ids.retain(|id| !matches!(self.work.get(&logo_file(id)), Some(Content::Absent)));
        for (path, content) in &self.work {
            if let Some(id) = locate::logo_of_file(path)
                && !matches!(content, Content::Absent)
                && !ids.contains(&id)
            {
                ids.push(id);
            }
        }
        ids.sort();
        ids
    }

    /// Whether the manual folder can be saved to; the reason when not (a read-only folder or share).
    pub fn writable(&self) -> Result<(), EditError> {
        writable(&self.root)
    }

    /// Applies an edit that may continue the previous one: a [`Edit::Set`] of the same field as the edit just
    /// before it (typing, one key at a time) replaces that step, so one undo takes back the whole typing.
    /// Any other edit, or one after an undo, redo or save, is a step of its own, as with [`Session::apply`].
    pub fn amend(&mut self, edit: Edit) -> Result<super::Applied, EditError> {
        let field = match &edit {
            Edit::Set { field, .. } => Some(field.clone()),
            _ => None,
        };
        let continues = field.is_some() && self.typing == field;
        let previous = if continues { self.undo.pop() } else { None };
        if let Some(step) = &previous {
            for (path, before, _) in &step.files {
                self.work.insert(path.clone(), before.clone());
            }
        }
        match self.apply(edit) {
            Ok(applied) => {
                // Typing back to the original value leaves no step, but the state still changed.
                if previous.is_some() && applied.files.is_empty() {
                    self.revision += 1;
                }
                self.typing = field;
                Ok(applied)
            }
            Err(e) => {
                if let Some(step) = previous {
                    for (path, _, after) in &step.files {
                        self.work.insert(path.clone(), after.clone());
                    }
                    self.undo.push(step);
                }
                Err(e)
            }
        }
    }
}

/// Whether a manual folder can be saved to (see [`journal::probe_writable`]).
pub fn writable(root: &Path) -> Result<(), EditError> {
    journal::probe_writable(root).map_err(|e| EditError::ReadOnly {
        folder: root.display().to_string(),
        message: e.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::super::tests::demo;
    use super::*;

    fn cmyk() -> Field {
        Field::new(Entry::Color("groen".into()), Key::Cmyk)
    }

    fn typing(session: &mut Session, field: &Field, text: &str) {
        for end in 1..=text.len() {
            session
                .amend(Edit::Set {
                    field: field.clone(),
                    value: text[..end].to_owned(),
                })
                .unwrap();
        }
    }

    #[test]
    fn typing_in_one_field_is_one_undo_step() {
        let dir = demo();
        let mut session = Session::open(dir.path()).unwrap();
        typing(&mut session, &cmyk(), "92,18,85,8");
        assert_eq!(session.history().count(), 1);
        assert_eq!(session.value(&cmyk()).as_deref(), Some("92, 18, 85, 8"));
        // Another field is another step; typing in the first again after that is a third.
        let hex = Field::new(Entry::Color("groen".into()), Key::Hex);
        typing(&mut session, &hex, "#00734b");
        typing(&mut session, &cmyk(), "91,18,85,8");
        assert_eq!(session.history().count(), 3);
        assert!(session.undo());
        assert_eq!(session.value(&cmyk()).as_deref(), Some("92, 18, 85, 8"));
        assert!(session.undo());
        assert_eq!(session.value(&hex).as_deref(), Some("#00734a"));
        assert!(session.undo());
        assert_eq!(session.value(&cmyk()).as_deref(), Some("90, 20, 85, 10"));
        assert!(!session.can_undo());
        // After an undo, typing starts a new step rather than folding into an older one.
        assert!(session.redo());
        typing(&mut session, &cmyk(), "1,2,3,4");
        assert_eq!(session.history().count(), 2);
    }

    #[test]
    fn typing_back_to_the_original_leaves_nothing_to_undo_or_save() {
        let dir = demo();
        let mut session = Session::open(dir.path()).unwrap();
        let revision = session.revision;
        typing(&mut session, &cmyk(), "9");
        assert!(session.is_dirty());
        session
            .amend(Edit::Set {
                field: cmyk(),
                value: "90, 20, 85, 10".into(),
            })
            .unwrap();
        assert!(!session.can_undo());
        assert!(!session.is_dirty());
        assert!(
            session.revision > revision,
            "the state changed, validate again"
        );
        session.validate();
        assert!(session.problem_at(&cmyk()).is_none());
    }

    #[test]
    fn a_failed_amend_keeps_the_step_it_would_have_replaced() {
        let dir = demo();
        let mut session = Session::open(dir.path()).unwrap();
        typing(&mut session, &cmyk(), "1,2,3,4");
        let missing = Field::new(Entry::Color("findes-ikke".into()), Key::Cmyk);
        assert!(
            session
                .amend(Edit::Set {
                    field: missing,
                    value: "1".into()
                })
                .is_err()
        );
        assert_eq!(session.history().count(), 1);
        assert_eq!(session.value(&cmyk()).as_deref(), Some("1, 2, 3, 4"));
    }

    #[test]
    fn summaries_values_and_logo_ids_follow_the_session() {
        let dir = demo();
        let mut session = Session::open(dir.path()).unwrap();
        let colors = session.summaries("colors.toml", &[Key::NameDa, Key::Hex]);
        assert_eq!(colors.len(), 10);
        assert_eq!(colors[0].entry, Entry::Color("groen".into()));
        assert_eq!(
            colors[0].values,
            [
                Some("Sønderborg-grøn".to_owned()),
                Some("#00734a".to_owned())
            ]
        );
        let values = session.values(&Entry::Color("sand".into()));
        assert!(values.contains(&(Key::Cmyk, Some("5, 6, 14, 0".to_owned()))));
        assert!(values.contains(&(Key::PantoneC, None)));

        session
            .apply(Edit::Add {
                entry: Entry::Logo("regnbuen".into()),
                values: vec![(Key::Sender, "kommune".into())],
            })
            .unwrap();
        assert_eq!(
            session.logo_ids(),
            [
                "bibliotek",
                "kaerhaveskolen",
                "kommune",
                "regnbuen",
                "solbakken"
            ]
        );
        session
            .apply(Edit::Remove {
                entry: Entry::Logo("bibliotek".into()),
            })
            .unwrap();
        assert_eq!(
            session.logo_ids(),
            ["kaerhaveskolen", "kommune", "regnbuen", "solbakken"]
        );
        let logo = session.summaries("logos/solbakken/logo.toml", &[Key::NameDa]);
        assert!(logo.iter().any(|s| s.entry
            == Entry::Colorway {
                logo: "solbakken".into(),
                id: "spot".into()
            }));
    }

    #[test]
    fn a_folder_that_cannot_be_written_is_named() {
        let dir = demo();
        assert_eq!(writable(dir.path()), Ok(()));
        assert!(dir.path().join(".designprogram/.gitignore").is_file());
        let file = dir.path().join("colors.toml");
        let error = writable(&file).unwrap_err();
        assert!(matches!(error, EditError::ReadOnly { .. }), "{error:?}");
        let da = error.message(crate::i18n::Lang::Da);
        assert!(da.starts_with("Der kan ikke gemmes i "), "{da}");
    }

    #[test]
    fn references_name_entries_of_the_right_kind() {
        assert_eq!(Key::Parent.refers_to(), Some(Refers::Sender));
        assert_eq!(Key::Backgrounds.refers_to(), Some(Refers::Color));
        assert_eq!(Key::LogoSize.refers_to(), Some(Refers::Preset));
        assert_eq!(Key::Cmyk.refers_to(), None);
        // Every reference of the demonstration manual names an entry of that kind.
        let manual = crate::manual::load_embedded().manual;
        for logo in &manual.logos {
            for colorway in &logo.colorways {
                assert!(manual.color(&colorway.main_color).is_some());
            }
            assert!(manual.sender(&logo.sender).is_some());
        }
    }
}
