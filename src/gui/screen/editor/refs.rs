//! The ids a key can name (colours, senders, presets, chapters, the selected logo's lockups and colourways),
//! with their names, for the pickers beside such fields. Read from the session after every change.

use crate::i18n::Lang;
use crate::manual::edit::{Entry, Key, Refers, Session};

/// An id and its names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    /// The id.
    pub id: String,
    /// Danish name.
    pub da: String,
    /// English name (the Danish one when there is none).
    pub en: String,
}

impl Named {
    /// The name in a language.
    pub fn name(&self, lang: Lang) -> &str {
        match lang {
            Lang::Da => &self.da,
            Lang::En => &self.en,
        }
    }
}

/// Everything the pickers offer.
#[derive(Debug, Default)]
pub struct Refs {
    colors: Vec<Named>,
    senders: Vec<Named>,
    presets: Vec<Named>,
    chapters: Vec<Named>,
    all_lockups: Vec<Named>,
    logo: Option<String>,
    lockups: Vec<Named>,
    colorways: Vec<Named>,
}

/// The entries of a file with their names (`None` entries are skipped by `keep`).
pub fn named(session: &Session, file: &str, keep: impl Fn(&Entry) -> bool) -> Vec<Named> {
    session
        .summaries(file, &[Key::NameDa, Key::NameEn])
        .into_iter()
        .filter(|s| keep(&s.entry))
        .filter_map(|s| {
            let id = s.entry.id()?.to_owned();
            let da = s.values[0].clone().unwrap_or_else(|| id.clone());
            let en = s.values[1].clone().unwrap_or_else(|| da.clone());
            Some(Named { id, da, en })
        })
        .collect()
}

impl Refs {
    /// Reads the ids again.
    pub fn follow(&mut self, session: Option<&Session>) {
        let Some(session) = session else {
            return;
        };
        self.colors = named(session, "colors.toml", |_| true);
        self.senders = named(session, "senders.toml", |_| true);
        self.presets = named(session, "presets.toml", |_| true);
        let manual = session.manual();
        self.chapters = manual
            .chapters
            .iter()
            .map(|c| Named {
                id: c.id.clone(),
                da: c.name.da.clone(),
                en: c.name.en.clone(),
            })
            .collect();
        self.all_lockups.clear();
        for lockup in manual.logos.iter().flat_map(|l| &l.lockups) {
            if !self.all_lockups.iter().any(|n| n.id == lockup.id) {
                self.all_lockups.push(Named {
                    id: lockup.id.clone(),
                    da: lockup.name.da.clone(),
                    en: lockup.name.en.clone(),
                });
            }
        }
    }

    /// The lockups and colourways of the logo being edited.
    pub fn set_logo(&mut self, logo: Option<String>, lockups: Vec<Named>, colorways: Vec<Named>) {
        self.logo = logo;
        self.lockups = lockups;
        self.colorways = colorways;
    }

    /// The ids a key of this kind can name (in the logo `logo`, for lockups and colourways), with names.
    pub fn options(&self, refers: Refers, logo: Option<&str>, lang: Lang) -> Vec<(String, String)> {
        let list = match refers {
            Refers::Color => &self.colors,
            Refers::Sender => &self.senders,
            Refers::Preset => &self.presets,
            Refers::Chapter => &self.chapters,
            Refers::Lockup if logo.is_some() && logo == self.logo.as_deref() => &self.lockups,
            Refers::Lockup => &self.all_lockups,
            Refers::Colorway if logo.is_some() && logo == self.logo.as_deref() => &self.colorways,
            Refers::Colorway => return Vec::new(),
        };
        list.iter()
            .map(|n| (n.id.clone(), n.name(lang).to_owned()))
            .collect()
    }

    /// The colourways of the logo being edited.
    pub fn colorways(&self) -> &[Named] {
        &self.colorways
    }

    /// The lockups of the logo being edited.
    pub fn lockups(&self) -> &[Named] {
        &self.lockups
    }
}
