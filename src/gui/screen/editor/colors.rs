//! Farver: the palette. Every authored value of a colour (HEX, RGB, CMYK, Pantone C/U, RAL, NCS), its role and
//! allowed tints, checked as it is typed. Nothing is converted or filled in: an empty RGB stays empty (the
//! manual then uses the HEX digits, as the manual format says), and the swatch shows the HEX as typed.

use iced::widget::{Space, column, container, text};
use iced::{Element, Length};

use super::list::{Item, Labels, List};
use super::{Env, Message, form};
use crate::gui::theme::{self, Tone, size};
use crate::gui::widget;
use crate::manual::Rgb;
use crate::manual::edit::{Entry, Field, Key, Session};

/// The list items: every colour of `colors.toml`, with a swatch of its HEX where it is one.
pub fn items(session: &Session, lang: crate::i18n::Lang) -> Vec<Item> {
    session
        .summaries(
            "colors.toml",
            &[Key::NameDa, Key::NameEn, Key::Hex, Key::Role],
        )
        .into_iter()
        .map(|s| {
            let id = s.entry.id().unwrap_or_default().to_owned();
            let [da, en, hex, role] = [0, 1, 2, 3].map(|i| s.values[i].clone());
            let title = super::localized(lang, da, en).unwrap_or_else(|| id.clone());
            let role = role
                .map(|r| crate::i18n::tr(lang, &form::choice_label(&r)))
                .unwrap_or_default();
            let hex = hex.unwrap_or_default();
            Item {
                subtitle: format!("{id} · {role} · {hex}"),
                swatch: Rgb::parse_hex(&hex).map(theme::from_rgb),
                entry: s.entry,
                title,
            }
        })
        .collect()
}

/// The section: the list, and the form of the selected colour.
pub fn view<'a>(env: &Env<'a>, list: &'a List, add_error: Option<&str>) -> Element<'a, Message> {
    let labels = Labels {
        search: "editor-colors-search",
        add: "editor-colors-add",
    };
    let pane: Element<'a, Message> = match list.selected() {
        Some(entry) => color(env, entry),
        None => widget::card(text(env.ctx.tr("editor-colors-none"))),
    };
    super::list_beside(list.view(env, labels), add_error, pane).into()
}

fn color<'a>(env: &Env<'a>, entry: &Entry) -> Element<'a, Message> {
    let ctx = &env.ctx;
    let hex = env.inputs.get(&Field::new(entry.clone(), Key::Hex));
    let sample: Element<'a, Message> = match Rgb::parse_hex(hex) {
        Some(rgb) => container(Space::new())
            .width(Length::Fill)
            .height(64)
            .style(theme::solid(theme::from_rgb(rgb)))
            .into(),
        None => container(
            text(ctx.tr("editor-colors-no-sample"))
                .size(size::SMALL)
                .style(theme::toned(Tone::Warning)),
        )
        .height(64)
        .into(),
    };
    widget::card(
        column![
            widget::heading(super::describe(env, entry)),
            sample,
            widget::caption(ctx.tr("editor-colors-authored")),
            form::entry(env, entry, &[]),
            form::remove(env, "editor-colors-remove", entry),
        ]
        .spacing(12),
    )
}
