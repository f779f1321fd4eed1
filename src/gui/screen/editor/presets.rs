//! Formater og skabeloner: the metadata of the presets (what a file is for: size, bleed, colour space,
//! formats) and of the templates (their kind, preset and logo size), as forms beside a searchable list.

use iced::Element;
use iced::widget::{column, row, text};

use super::list::{Item, Labels, List};
use super::{Env, form};
use crate::gui::widget;
use crate::i18n::Lang;
use crate::manual::edit::{Entry, Key, Session};

/// Presets or templates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Kind {
    /// `presets.toml`.
    #[default]
    Presets,
    /// `templates.toml`.
    Templates,
}

/// The section.
#[derive(Debug, Default)]
pub struct Presets {
    kind: Kind,
    presets: List,
    templates: List,
}

/// What the user did.
#[derive(Debug, Clone)]
pub enum Message {
    /// Show presets or templates.
    Kind(Kind),
}

fn items(session: &Session, lang: Lang, file: &str, kind: Key) -> Vec<Item> {
    session
        .summaries(file, &[Key::NameDa, Key::NameEn, kind])
        .into_iter()
        .map(|s| {
            let id = s.entry.id().unwrap_or_default().to_owned();
            let [da, en, what] = [0, 1, 2].map(|i| s.values[i].clone());
            let what = what
                .map(|w| {
                    let label = form::choice_label(&w);
                    if crate::i18n::catalog().has(lang, &label) {
                        crate::i18n::tr(lang, &label)
                    } else {
                        w
                    }
                })
                .unwrap_or_default();
            Item {
                title: super::localized(lang, da, en).unwrap_or_else(|| id.clone()),
                subtitle: format!("{id} · {what}"),
                swatch: None,
                entry: s.entry,
            }
        })
        .collect()
}

impl Presets {
    /// Handles a message.
    pub fn update(&mut self, message: Message) {
        match message {
            Message::Kind(kind) => self.kind = kind,
        }
    }

    /// Reads both lists again.
    pub fn set_items(&mut self, session: &Session, lang: Lang) {
        self.presets
            .set_items(items(session, lang, "presets.toml", Key::Medium));
        self.templates
            .set_items(items(session, lang, "templates.toml", Key::TemplateKind));
    }

    /// The list showing.
    pub fn list_mut(&mut self) -> &mut List {
        match self.kind {
            Kind::Presets => &mut self.presets,
            Kind::Templates => &mut self.templates,
        }
    }

    fn list(&self) -> &List {
        match self.kind {
            Kind::Presets => &self.presets,
            Kind::Templates => &self.templates,
        }
    }

    /// The selected preset or template.
    pub fn selected(&self) -> Option<&Entry> {
        self.list().selected()
    }

    /// A new entry of the kind showing.
    pub fn entry(&self, id: String) -> Entry {
        match self.kind {
            Kind::Presets => Entry::Preset(id),
            Kind::Templates => Entry::Template(id),
        }
    }

    /// The section.
    pub fn view<'a>(
        &'a self,
        env: &Env<'a>,
        add_error: Option<&str>,
    ) -> Element<'a, super::Message> {
        let ctx = &env.ctx;
        let (labels, remove, none) = match self.kind {
            Kind::Presets => (
                Labels {
                    search: "editor-presets-search",
                    add: "editor-presets-add",
                },
                "editor-presets-remove",
                "editor-presets-none",
            ),
            Kind::Templates => (
                Labels {
                    search: "editor-templates-search",
                    add: "editor-templates-add",
                },
                "editor-templates-remove",
                "editor-templates-none",
            ),
        };
        let kinds = row![
            widget::choice(
                ctx.tr("editor-presets-presets"),
                self.kind == Kind::Presets,
                super::Message::Presets(Message::Kind(Kind::Presets))
            ),
            widget::choice(
                ctx.tr("editor-presets-templates"),
                self.kind == Kind::Templates,
                super::Message::Presets(Message::Kind(Kind::Templates))
            ),
        ]
        .spacing(6);
        let pane: Element<'a, super::Message> = match self.selected() {
            Some(entry) => widget::card(
                column![
                    widget::heading(super::describe(env, entry)),
                    form::entry(env, entry, &[]),
                    form::remove(env, remove, entry),
                ]
                .spacing(12),
            ),
            None => widget::card(text(ctx.tr(none))),
        };
        column![
            kinds,
            super::list_beside(self.list().view(env, labels), add_error, pane),
        ]
        .spacing(12)
        .into()
    }
}
