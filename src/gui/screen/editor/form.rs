//! The editor's forms, built from the library's description of each entry ([`Entry::specs`]): one row per
//! key with its label, an input fitting the key's shape (a text field, choice buttons, yes/no, lines), a
//! picker of ids where the key names other entries, and the problem at the field right under it.
//!
//! What the user types is kept here exactly as typed (the session writes it to the file at once, but a half
//! typed `92,` must stay on screen as `92,`); it is read again from the session when the visible entries change
//! or an undo/redo changes them.

use std::collections::HashMap;

use iced::widget::{column, container, pick_list, row, text, text_editor, text_input};
use iced::{Alignment, Element, Length};

use super::{Env, Message};
use crate::gui::theme::{self, Tone, size};
use crate::gui::widget::{self, Choice};
use crate::manual::edit::{Entry, Field, Key, Refers, Session, Shape, Spec};

/// Width of the label column.
const LABEL: f32 = 190.0;

/// The inputs of the entries on screen, as typed.
#[derive(Debug, Default)]
pub struct Inputs {
    entries: Vec<Entry>,
    values: HashMap<Field, String>,
    lines: HashMap<Field, text_editor::Content>,
}

impl Inputs {
    /// Reads the fields of these entries from the session (one parse of each file), forgetting all others.
    pub fn load(&mut self, session: &Session, entries: &[Entry]) {
        self.values.clear();
        self.lines.clear();
        self.entries = entries.to_vec();
        for entry in entries {
            for (key, value) in session.values(entry) {
                let field = Field::new(entry.clone(), key);
                let value = value.unwrap_or_default();
                if field.spec().is_some_and(|s| s.shape == Shape::Lines) {
                    self.lines
                        .insert(field.clone(), text_editor::Content::with_text(&value));
                }
                self.values.insert(field, value);
            }
        }
    }

    /// The entries on screen that `keep` accepts, in order.
    pub fn entries_of(&self, keep: impl Fn(&Entry) -> bool) -> Vec<Entry> {
        self.entries.iter().filter(|e| keep(e)).cloned().collect()
    }

    /// The text of a field as typed.
    pub fn get(&self, field: &Field) -> &str {
        self.values.get(field).map_or("", String::as_str)
    }

    /// Notes what the user typed.
    pub fn set(&mut self, field: &Field, value: &str) {
        self.values.insert(field.clone(), value.to_owned());
    }

    /// Performs an action in a multi-line field; the new text when it was an edit.
    pub fn lines_action(&mut self, field: &Field, action: text_editor::Action) -> Option<String> {
        let content = self.lines.entry(field.clone()).or_default();
        let edit = action.is_edit();
        content.perform(action);
        let text = content.text();
        edit.then(|| {
            self.values.insert(field.clone(), text.clone());
            text
        })
    }
}

/// The rows of every key of an entry (`skip`: keys shown elsewhere).
pub fn entry<'a>(env: &Env<'a>, entry: &Entry, skip: &[Key]) -> Element<'a, Message> {
    let rows = entry
        .specs()
        .iter()
        .filter(|spec| !skip.contains(&spec.key))
        .map(|spec| field(env, &Field::new(entry.clone(), spec.key)));
    column(rows).spacing(10).into()
}

/// One row: label, input, and the problem (or a hint) under the input.
pub fn field<'a>(env: &Env<'a>, field: &Field) -> Element<'a, Message> {
    let Some(spec) = field.spec() else {
        return column![].into();
    };
    let ctx = &env.ctx;
    let mut label = ctx.tr(&field.key.label_message());
    if spec.required {
        label.push_str(" *");
    }
    let problem = env.problem(field);
    let mut under = column![input(env, field, spec, problem.is_some())].spacing(4);
    if let Some(problem) = problem {
        let tone = if problem.is_error() {
            Tone::Danger
        } else {
            Tone::Warning
        };
        under = under.push(
            text(problem.message.render(ctx.lang))
                .size(size::SMALL)
                .style(theme::toned(tone)),
        );
    }
    row![
        text(label)
            .size(size::SMALL)
            .font(theme::FONT_SEMIBOLD)
            .width(Length::Fixed(LABEL)),
        under.width(Length::Fill),
    ]
    .spacing(12)
    .align_y(Alignment::Start)
    .into()
}

/// The input of a field, fitting its shape.
fn input<'a>(env: &Env<'a>, field: &Field, spec: &Spec, invalid: bool) -> Element<'a, Message> {
    let value = env.inputs.get(field);
    match spec.shape {
        Shape::Choice(options) => choices(env, field, options, value, false),
        Shape::Choices(options) => choices(env, field, options, value, true),
        Shape::Bool => choices(env, field, &["ja", "nej"], value, false),
        Shape::Lines => lines(env, field, invalid),
        _ => {
            let line = text_line(env, field, spec, value, invalid);
            match field.key.refers_to() {
                Some(refers) => row![line, picker(env, field, refers, spec.shape)]
                    .spacing(8)
                    .align_y(Alignment::Center)
                    .into(),
                None => line,
            }
        }
    }
}

/// A one-line text field.
fn text_line<'a>(
    env: &Env<'a>,
    field: &Field,
    spec: &Spec,
    value: &str,
    invalid: bool,
) -> Element<'a, Message> {
    let target = field.clone();
    text_input(&placeholder(env, spec), value)
        .id(crate::gui::id::field(field))
        .on_input(move |typed| Message::Input(target.clone(), typed))
        .padding([7, 10])
        .size(size::BODY)
        .style(if invalid {
            theme::input_invalid
        } else {
            theme::input
        })
        .width(Length::Fill)
        .into()
}

/// Several lines (an address).
fn lines<'a>(env: &Env<'a>, field: &Field, invalid: bool) -> Element<'a, Message> {
    let Some(content) = env.inputs.lines.get(field) else {
        return column![].into();
    };
    let target = field.clone();
    text_editor(content)
        .id(crate::gui::id::field(field))
        .on_action(move |action| Message::Lines(target.clone(), action))
        .height(Length::Fixed(84.0))
        .padding([7, 10])
        .size(size::BODY)
        .style(theme::editor(invalid))
        .into()
}

/// Choice buttons: one value (or several, separated by commas), plus the value as written when it is none of
/// them, so that nothing typed in a text editor is hidden.
fn choices<'a>(
    env: &Env<'a>,
    field: &Field,
    options: &'static [&'static str],
    value: &str,
    many: bool,
) -> Element<'a, Message> {
    let chosen: Vec<String> = value
        .split(',')
        .map(|v| v.trim().to_lowercase())
        .filter(|v| !v.is_empty())
        .collect();
    let mut buttons: Vec<Element<'a, Message>> = Vec::new();
    for option in options {
        let selected = chosen.iter().any(|c| c == option);
        let next = if !many {
            if selected && !field.spec().is_some_and(|s| s.required) {
                String::new()
            } else {
                (*option).to_owned()
            }
        } else if selected {
            join(chosen.iter().filter(|c| c != option))
        } else {
            join(chosen.iter().chain(std::iter::once(&(*option).to_owned())))
        };
        buttons.push(widget::choice(
            env.ctx.tr(&choice_label(option)),
            selected,
            Message::Set(field.clone(), next),
        ));
    }
    let unknown: Vec<&String> = chosen
        .iter()
        .filter(|c| !options.contains(&c.as_str()))
        .collect();
    if !unknown.is_empty() {
        buttons.push(
            text(join(unknown.into_iter()))
                .size(size::SMALL)
                .style(theme::toned(Tone::Danger))
                .into(),
        );
    }
    row(buttons).spacing(6).wrap().vertical_spacing(6).into()
}

fn join<'s>(values: impl Iterator<Item = &'s String>) -> String {
    values.cloned().collect::<Vec<String>>().join(", ")
}

/// The catalogue id of a choice value (`editor-choice-primary`).
pub fn choice_label(value: &str) -> String {
    format!("editor-choice-{value}")
}

/// A picker of the ids a key can name: sets the field (one id), or adds to it (several).
fn picker<'a>(env: &Env<'a>, field: &Field, refers: Refers, shape: Shape) -> Element<'a, Message> {
    let options: Vec<Choice<String>> = env
        .refs
        .options(refers, field.entry.logo(), env.ctx.lang)
        .into_iter()
        .map(|(id, name)| Choice::new(Some(id.clone()), format!("{name} ({id})")))
        .collect();
    let current = env.inputs.get(field).to_owned();
    let target = field.clone();
    let many = shape == Shape::Words;
    let list = pick_list(options, None::<Choice<String>>, move |choice| {
        let id = choice.into_value().unwrap_or_default();
        let value = if many && !current.trim().is_empty() {
            format!("{current}, {id}")
        } else {
            id
        };
        Message::Set(target.clone(), value)
    })
    .placeholder(env.ctx.tr(if many {
        "editor-pick-add"
    } else {
        "editor-pick"
    }))
    .text_size(size::SMALL)
    .padding([7, 10])
    .style(theme::pick_list)
    .width(Length::Fixed(210.0));
    container(list).into()
}

/// What an empty field shows: an example of the form, or that it may stay empty.
fn placeholder(env: &Env, spec: &Spec) -> String {
    let id = match spec.key {
        Key::Hex => "editor-ph-hex",
        Key::Rgb => "editor-ph-rgb",
        Key::Cmyk => "editor-ph-cmyk",
        Key::Tints => "editor-ph-tints",
        Key::Phone => "editor-ph-phone",
        Key::Email => "editor-ph-email",
        Key::Version => "editor-ph-version",
        _ => match spec.shape {
            Shape::Date => "editor-ph-date",
            Shape::Number | Shape::Integer if !spec.required => "editor-ph-number-optional",
            Shape::Number | Shape::Integer => "editor-ph-number",
            Shape::Words if !spec.required => "editor-ph-words",
            _ if !spec.required => "editor-ph-optional",
            _ => return String::new(),
        },
    };
    env.ctx.tr(id)
}

/// A small "Fjern …" link under an entry.
pub fn remove<'a>(env: &Env<'a>, label: &str, entry: &Entry) -> Element<'a, Message> {
    widget::link(env.ctx.tr(label), Message::Remove(entry.clone()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, catalog};
    use crate::manual::edit::{
        COBRAND_ORDERS, COLOR_SPACES, COLORWAY_KINDS, FORMATS, MEDIA, POSITIONS, PRESET_KINDS,
        ROLES, SENDER_KINDS,
    };

    #[test]
    fn every_choice_has_a_label_in_both_languages() {
        let lists: [&[&str]; 10] = [
            ROLES,
            SENDER_KINDS,
            COBRAND_ORDERS,
            COLORWAY_KINDS,
            POSITIONS,
            MEDIA,
            PRESET_KINDS,
            COLOR_SPACES,
            FORMATS,
            &["ja", "nej"],
        ];
        for lang in [Lang::Da, Lang::En] {
            for value in lists.iter().flat_map(|l| l.iter()) {
                assert!(catalog().has(lang, &choice_label(value)), "{value}");
            }
        }
    }
}
