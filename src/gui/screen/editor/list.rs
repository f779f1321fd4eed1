//! A searchable list of entries (colours, senders, logos, presets, templates) beside the form of the selected
//! one. However long the list, at most [`SHOWN`] rows are built; the search narrows it down (Danish spellings
//! fold as in the logo search: "groen" finds "grøn").

use iced::widget::{Space, button, column, container, row, text, text_input};
use iced::{Alignment, Color, Element, Length};

use super::{Env, Message};
use crate::gui::theme::{self, size};
use crate::gui::widget::{self, focus};
use crate::manual::edit::Entry;
use crate::search::{Query, fold};

/// Rows built at most.
pub const SHOWN: usize = 60;

/// Width of the list column.
const WIDTH: f32 = 300.0;

/// One row of a list.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// The entry it selects.
    pub entry: Entry,
    /// Its name.
    pub title: String,
    /// Its id and what else tells it apart.
    pub subtitle: String,
    /// A colour swatch (colours only).
    pub swatch: Option<Color>,
}

/// A list's state: its items, the search and the selection.
#[derive(Debug, Default)]
pub struct List {
    items: Vec<Item>,
    haystacks: Vec<String>,
    query: String,
    matches: Vec<usize>,
    selected: Option<Entry>,
    new_id: String,
}

impl List {
    /// Replaces the items (after an edit), keeping the search and, where it still exists, the selection.
    pub fn set_items(&mut self, items: Vec<Item>) {
        self.haystacks = items
            .iter()
            .map(|i| fold(&format!("{} {}", i.title, i.subtitle)))
            .collect();
        self.items = items;
        self.filter();
        let kept = self
            .selected
            .as_ref()
            .is_some_and(|s| self.items.iter().any(|i| &i.entry == s));
        if !kept {
            self.selected = self.items.first().map(|i| i.entry.clone());
        }
    }

    /// The selected entry.
    pub fn selected(&self) -> Option<&Entry> {
        self.selected.as_ref()
    }

    /// Selects an entry.
    pub fn select(&mut self, entry: Entry) {
        self.selected = Some(entry);
    }

    /// Searches.
    pub fn search(&mut self, query: String) {
        self.query = query;
        self.filter();
    }

    /// The id typed for a new entry.
    pub fn new_id(&self) -> &str {
        &self.new_id
    }

    /// Notes the id typed for a new entry.
    pub fn set_new_id(&mut self, id: String) {
        self.new_id = id;
    }

    fn filter(&mut self) {
        let query = Query::parse(&self.query);
        self.matches = (0..self.items.len())
            .filter(|&i| query.matches(&self.haystacks[i]))
            .collect();
    }

    /// The list: search field, count, at most [`SHOWN`] rows, and a field and button to add an entry.
    pub fn view<'a>(&'a self, env: &Env<'a>, labels: Labels) -> Element<'a, Message> {
        let ctx = &env.ctx;
        let search = text_input(&ctx.tr(labels.search), &self.query)
            .id(crate::gui::id::EDITOR_SEARCH)
            .on_input(Message::Search)
            .padding([8, 10])
            .size(size::BODY)
            .style(theme::input);
        let count = ctx.tr_args(
            "editor-list-count",
            &[
                ("shown", self.matches.len().min(SHOWN).into()),
                ("total", self.items.len().into()),
            ],
        );
        let mut rows = column![].spacing(2);
        for &i in self.matches.iter().take(SHOWN) {
            rows = rows.push(self.row(&self.items[i]));
        }
        if self.matches.len() > SHOWN {
            rows = rows.push(widget::caption(ctx.tr("editor-list-more")));
        }
        if self.matches.is_empty() {
            rows = rows.push(widget::caption(ctx.tr("editor-list-none")));
        }
        let add = row![
            text_input(&ctx.tr("editor-new-id"), &self.new_id)
                .id(crate::gui::id::EDITOR_NEW_ID)
                .on_input(Message::NewId)
                .on_submit(Message::Add)
                .padding([7, 10])
                .size(size::SMALL)
                .style(theme::input),
            widget::secondary(
                ctx.tr(labels.add),
                (!self.new_id.trim().is_empty()).then_some(Message::Add)
            ),
        ]
        .spacing(6)
        .align_y(Alignment::Center);
        container(
            column![
                search,
                widget::caption(count),
                rows,
                Space::new().height(8),
                widget::caption(ctx.tr("editor-new-explain")),
                add
            ]
            .spacing(8),
        )
        .padding(14)
        .width(Length::Fixed(WIDTH))
        .style(theme::card)
        .into()
    }

    fn row<'a>(&'a self, item: &'a Item) -> Element<'a, Message> {
        let selected = self.selected.as_ref() == Some(&item.entry);
        let mut line = row![].spacing(10).align_y(Alignment::Center);
        if let Some(color) = item.swatch {
            line = line.push(
                container(Space::new())
                    .width(22)
                    .height(22)
                    .style(theme::solid(color)),
            );
        }
        line = line.push(
            column![
                text(item.title.clone()).size(size::BODY),
                text(item.subtitle.clone())
                    .size(size::SMALL)
                    .style(theme::muted),
            ]
            .spacing(0),
        );
        let message = Message::Select(item.entry.clone());
        focus(
            button(line)
                .padding([5, 8])
                .width(Length::Fill)
                .style(theme::choice_button(selected))
                .on_press(message.clone()),
            Some(message),
        )
        .into()
    }
}

/// The catalogue ids a list shows.
#[derive(Debug, Clone, Copy)]
pub struct Labels {
    /// The search field's placeholder.
    pub search: &'static str,
    /// The add button.
    pub add: &'static str,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(id: &str, title: &str) -> Item {
        Item {
            entry: Entry::Color(id.into()),
            title: title.into(),
            subtitle: id.into(),
            swatch: None,
        }
    }

    #[test]
    fn search_folds_danish_letters_and_keeps_the_selection() {
        let mut list = List::default();
        list.set_items(vec![item("groen", "Sønderborg-grøn"), item("sand", "Sand")]);
        assert_eq!(list.selected(), Some(&Entry::Color("groen".into())));
        list.select(Entry::Color("sand".into()));
        list.search("soenderborg".into());
        assert_eq!(list.matches, [0]);
        list.set_items(vec![item("sand", "Sand"), item("groen", "Sønderborg-grøn")]);
        assert_eq!(list.matches, [1]);
        assert_eq!(list.selected(), Some(&Entry::Color("sand".into())));
        list.set_items(vec![item("groen", "Sønderborg-grøn")]);
        assert_eq!(list.selected(), Some(&Entry::Color("groen".into())));
    }

    #[test]
    fn thousands_of_items_filter_without_building_rows() {
        let mut list = List::default();
        list.set_items(
            (0..5000)
                .map(|i| item(&format!("farve-{i}"), &format!("Farve {i}")))
                .collect(),
        );
        assert_eq!(list.matches.len(), 5000);
        list.search("farve 4999".into());
        assert_eq!(list.matches, [4999]);
    }
}
