//! Afsendere: every institution, department and the kommune — its parent, names, contact data (letterheads,
//! signatures and Office templates fill it in), co-branding rules, and which logos it uses: its own, those it
//! inherits from the senders above it, and a picker that gives one more logo to it.

use iced::Element;
use iced::widget::{column, pick_list, row, text};

use super::list::{Item, Labels, List};
use super::{Env, Message, form};
use crate::gui::theme::{self, size};
use crate::gui::widget::{self, Choice};
use crate::manual::edit::{Entry, Field, Key, Session};

/// The list items: every sender of `senders.toml`.
pub fn items(session: &Session, lang: crate::i18n::Lang) -> Vec<Item> {
    session
        .summaries(
            "senders.toml",
            &[Key::NameDa, Key::NameEn, Key::SenderKind, Key::Parent],
        )
        .into_iter()
        .map(|s| {
            let id = s.entry.id().unwrap_or_default().to_owned();
            let [da, en, kind, parent] = [0, 1, 2, 3].map(|i| s.values[i].clone());
            let title = super::localized(lang, da, en).unwrap_or_else(|| id.clone());
            let kind = kind
                .map(|k| crate::i18n::tr(lang, &form::choice_label(&k)))
                .unwrap_or_default();
            let parent = parent.map(|p| format!(" · ↑ {p}")).unwrap_or_default();
            Item {
                subtitle: format!("{id} · {kind}{parent}"),
                swatch: None,
                entry: s.entry,
                title,
            }
        })
        .collect()
}

/// The section: the list, and the form of the selected sender with its logos.
pub fn view<'a>(env: &Env<'a>, list: &'a List, add_error: Option<&str>) -> Element<'a, Message> {
    let labels = Labels {
        search: "editor-senders-search",
        add: "editor-senders-add",
    };
    let pane: Element<'a, Message> = match list.selected() {
        Some(entry) => column![
            widget::card(
                column![
                    widget::heading(super::describe(env, entry)),
                    form::entry(env, entry, &[]),
                    form::remove(env, "editor-senders-remove", entry),
                ]
                .spacing(12)
            ),
            logos(env, entry),
        ]
        .spacing(16)
        .into(),
        None => widget::card(text(env.ctx.tr("editor-senders-none"))),
    };
    super::list_beside(list.view(env, labels), add_error, pane).into()
}

/// The logos a sender uses: its own (each opens in Logoer), the inherited ones, and a picker to give it one.
fn logos<'a>(env: &Env<'a>, entry: &Entry) -> Element<'a, Message> {
    let ctx = &env.ctx;
    let Some(id) = entry.id() else {
        return column![].into();
    };
    let manual = env.session.manual();
    let usable = manual.logos_for_sender(id);
    let mut own: Vec<Element<'a, Message>> = Vec::new();
    let mut inherited = Vec::new();
    for logo in &usable {
        if logo.sender == id {
            own.push(widget::secondary(
                logo.name.get(ctx.lang).to_owned(),
                Some(Message::OpenLogo(logo.id.clone())),
            ));
        } else {
            inherited.push(logo.name.get(ctx.lang).to_owned());
        }
    }
    let has_own = usable.iter().any(|l| l.sender == id);
    let options: Vec<Choice<String>> = manual
        .logos
        .iter()
        .filter(|l| l.sender != id)
        .map(|l| Choice::new(Some(l.id.clone()), l.name.get(ctx.lang).to_owned()))
        .collect();
    let sender = id.to_owned();
    let give = pick_list(options, None::<Choice<String>>, move |choice| {
        let logo = choice.into_value().unwrap_or_default();
        Message::Set(Field::new(Entry::Logo(logo), Key::Sender), sender.clone())
    })
    .placeholder(ctx.tr("editor-senders-give-logo"))
    .text_size(size::SMALL)
    .padding([7, 10])
    .style(theme::pick_list);
    let mut content = column![
        widget::heading(ctx.tr("editor-senders-logos")),
        widget::caption(ctx.tr("editor-senders-logos-explain")),
    ]
    .spacing(10);
    content = content.push(if has_own {
        row(own).spacing(6).wrap().vertical_spacing(6).into()
    } else {
        widget::caption(ctx.tr("editor-senders-no-own-logo"))
    });
    if !inherited.is_empty() {
        content = content.push(
            text(ctx.tr_args(
                "editor-senders-inherited",
                &[("logos", inherited.join(", ").into())],
            ))
            .size(size::SMALL),
        );
    }
    content = content.push(give);
    widget::card(content)
}
