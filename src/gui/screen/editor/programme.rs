//! Designprogram: the programme's metadata (version, adopted by and on, journal no., contact, …), a new
//! version with its changelog line (the library's [`Bump`]), and the changelog entries themselves.

use iced::widget::{column, row, text, text_input};
use iced::{Alignment, Element, Length};

use super::{Env, form};
use crate::gui::theme::{self, Tone, size};
use crate::gui::widget;
use crate::manual::edit::{Bump, Edit, Entry, Session};

/// Changelog entries shown as forms (the newest; older ones stay in the file untouched).
const CHANGELOG_SHOWN: usize = 10;

/// The new-version form.
#[derive(Debug, Default)]
pub struct Programme {
    version: String,
    date: String,
    adopted: bool,
    note_da: String,
    note_en: String,
    error: Option<String>,
}

/// What the user did in the new-version form.
#[derive(Debug, Clone)]
pub enum Message {
    /// The version typed.
    Version(String),
    /// The date typed.
    Date(String),
    /// Whether the date is the date of adoption.
    Adopted(bool),
    /// The Danish changelog line.
    NoteDa(String),
    /// The English changelog line.
    NoteEn(String),
    /// Make the new version.
    Bump,
}

/// The entries on screen: the programme and the newest changelog entries.
pub fn entries(session: &Session) -> Vec<Entry> {
    let changelog = session
        .summaries("manual.toml", &[])
        .into_iter()
        .filter(|s| matches!(s.entry, Entry::Changelog(_)))
        .take(CHANGELOG_SHOWN)
        .map(|s| s.entry);
    std::iter::once(Entry::Programme).chain(changelog).collect()
}

impl Programme {
    /// Handles a message; the edit to apply when the user asks for the new version.
    pub fn update(&mut self, message: Message) -> Option<Edit> {
        self.error = None;
        match message {
            Message::Version(v) => self.version = v,
            Message::Date(d) => self.date = d,
            Message::Adopted(a) => self.adopted = a,
            Message::NoteDa(n) => self.note_da = n,
            Message::NoteEn(n) => self.note_en = n,
            Message::Bump => {
                let note_en = self.note_en.trim();
                return Some(Edit::Bump(Bump {
                    version: self.version.trim().to_owned(),
                    date: self.date.trim().to_owned(),
                    adopted: self.adopted,
                    note_da: self.note_da.trim().to_owned(),
                    note_en: (!note_en.is_empty()).then(|| note_en.to_owned()),
                }));
            }
        }
        None
    }

    /// The new version was made: empty the form.
    pub fn done(&mut self) {
        *self = Programme::default();
    }

    /// The new version was refused: say why at the form.
    pub fn refused(&mut self, message: String) {
        self.error = Some(message);
    }

    /// The section.
    pub fn view<'a>(&'a self, env: &Env<'a>) -> Element<'a, super::Message> {
        let ctx = &env.ctx;
        let programme = widget::card(
            column![
                widget::heading(ctx.tr("editor-programme")),
                form::entry(env, &Entry::Programme, &[]),
            ]
            .spacing(12),
        );
        let changelog = env.inputs.entries_of(|e| matches!(e, Entry::Changelog(_)));
        let mut log = column![
            widget::heading(ctx.tr("editor-changelog")),
            widget::caption(ctx.tr("editor-changelog-explain")),
        ]
        .spacing(12);
        for entry in &changelog {
            log = log.push(
                column![
                    form::entry(env, entry, &[]),
                    form::remove(env, "editor-changelog-remove", entry),
                ]
                .spacing(6),
            );
        }
        column![programme, self.bump(env), widget::card(log)]
            .spacing(16)
            .into()
    }

    fn bump<'a>(&'a self, env: &Env<'a>) -> Element<'a, super::Message> {
        let ctx = &env.ctx;
        let input = |label: &str, placeholder: &str, value: &'a str, on: fn(String) -> Message| {
            row![
                text(ctx.tr(label))
                    .size(size::SMALL)
                    .font(theme::FONT_SEMIBOLD)
                    .width(Length::Fixed(190.0)),
                text_input(&ctx.tr(placeholder), value)
                    .id(label.to_owned())
                    .on_input(move |v| super::Message::Programme(on(v)))
                    .padding([7, 10])
                    .size(size::BODY)
                    .style(theme::input),
            ]
            .spacing(12)
            .align_y(Alignment::Center)
        };
        let adopted = row![
            text(ctx.tr("editor-bump-adopted"))
                .size(size::SMALL)
                .font(theme::FONT_SEMIBOLD)
                .width(Length::Fixed(190.0)),
            widget::choice(
                ctx.tr("editor-choice-ja"),
                self.adopted,
                super::Message::Programme(Message::Adopted(true))
            ),
            widget::choice(
                ctx.tr("editor-choice-nej"),
                !self.adopted,
                super::Message::Programme(Message::Adopted(false))
            ),
        ]
        .spacing(6)
        .align_y(Alignment::Center);
        let ready = !self.version.trim().is_empty()
            && !self.date.trim().is_empty()
            && !self.note_da.trim().is_empty();
        let mut card = column![
            widget::heading(ctx.tr("editor-bump")),
            widget::caption(ctx.tr("editor-bump-explain")),
            input(
                "editor-bump-version",
                "editor-ph-version",
                &self.version,
                Message::Version
            ),
            input(
                "editor-bump-date",
                "editor-ph-date",
                &self.date,
                Message::Date
            ),
            adopted,
            input(
                "editor-bump-note-da",
                "editor-ph-note",
                &self.note_da,
                Message::NoteDa
            ),
            input(
                "editor-bump-note-en",
                "editor-ph-optional",
                &self.note_en,
                Message::NoteEn
            ),
            widget::primary(
                ctx.tr("editor-bump-do"),
                ready.then_some(super::Message::Programme(Message::Bump))
            ),
        ]
        .spacing(10);
        if let Some(error) = &self.error {
            card = card.push(
                text(error.clone())
                    .size(size::SMALL)
                    .style(theme::toned(Tone::Danger)),
            );
        }
        widget::card(card)
    }
}
