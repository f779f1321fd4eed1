//! A searchable choice among many (logos, senders, colours, presets): a search field and at most a page of
//! matching options, sorted by their visible name, the chosen one always on show. A manual with thousands of
//! entries therefore never builds thousands of widgets, and every keystroke costs one pass over the names.

use iced::widget::{Space, button, column, container, row, text, text_input};
use iced::{Alignment, Element, Length};

use crate::gui::Ctx;
use crate::gui::theme::{self, size};
use crate::manual::Rgb;

use super::focus;

/// How many options a picker shows at most.
pub const LIMIT: usize = 12;

/// One option.
#[derive(Debug, Clone)]
pub struct Entry<M> {
    /// The visible name (what the list is sorted by).
    pub label: String,
    /// Other words it is found by (id, HEX, synonyms).
    pub also: String,
    /// A colour sample, for colour options.
    pub swatch: Option<Rgb>,
    /// Whether it is the current choice.
    pub selected: bool,
    /// What choosing it sends.
    pub message: M,
}

impl<M> Entry<M> {
    /// An option with a label.
    pub fn new(label: String, message: M) -> Entry<M> {
        Entry {
            label,
            also: String::new(),
            swatch: None,
            selected: false,
            message,
        }
    }

    /// Other words it is found by.
    pub fn also(mut self, words: impl Into<String>) -> Entry<M> {
        self.also = words.into();
        self
    }

    /// A colour sample.
    pub fn swatch(mut self, rgb: Rgb) -> Entry<M> {
        self.swatch = Some(rgb);
        self
    }

    /// Marks the current choice.
    pub fn selected(mut self, selected: bool) -> Entry<M> {
        self.selected = selected;
        self
    }
}

/// The options that match `query` (every word, ignoring case and accents, in the label or the other words),
/// sorted by label with the chosen one first, at most `limit`; and how many more match.
pub fn matches<M>(entries: Vec<Entry<M>>, query: &str, limit: usize) -> (Vec<Entry<M>>, usize) {
    let words: Vec<String> = query
        .split_whitespace()
        .map(crate::naming::fold)
        .filter(|w| !w.is_empty())
        .collect();
    let mut found: Vec<Entry<M>> = entries
        .into_iter()
        .filter(|e| {
            words.is_empty() || {
                let haystack = crate::naming::fold(&format!("{} {}", e.label, e.also));
                words.iter().all(|w| haystack.contains(w.as_str()))
            }
        })
        .collect();
    found.sort_by_cached_key(|e| (!e.selected, crate::naming::fold(&e.label)));
    let more = found.len().saturating_sub(limit);
    found.truncate(limit);
    (found, more)
}

/// The picker: a search field (widget id `id`, so keyboard and tests can reach it) above the matching options.
pub fn view<'a, M: Clone + 'a>(
    ctx: &Ctx<'a>,
    id: &'static str,
    query: &str,
    on_query: impl Fn(String) -> M + 'a,
    entries: Vec<Entry<M>>,
) -> Element<'a, M> {
    let total = entries.len();
    let (shown, more) = matches(entries, query, LIMIT);
    let search = text_input(
        &ctx.tr_args("picker-search", &[("count", total.into())]),
        query,
    )
    .id(id)
    .on_input(on_query)
    .padding([7, 10])
    .size(size::SMALL)
    .style(theme::input)
    .width(Length::Fill);
    let options = shown.into_iter().map(option);
    let mut col = column![search, row(options).spacing(8).wrap().vertical_spacing(8)].spacing(8);
    if more > 0 {
        col = col.push(
            text(ctx.tr_args("picker-more", &[("count", more.into())]))
                .size(size::SMALL)
                .style(theme::muted),
        );
    }
    col.into()
}

fn option<'a, M: Clone + 'a>(e: Entry<M>) -> Element<'a, M> {
    let mut content = row![].spacing(6).align_y(Alignment::Center);
    if let Some(rgb) = e.swatch {
        content = content.push(
            container(Space::new())
                .width(14)
                .height(14)
                .style(theme::solid(theme::from_rgb(rgb))),
        );
    }
    content = content.push(text(e.label).size(size::SMALL));
    focus(
        button(content)
            .padding([6, 10])
            .style(theme::choice_button(e.selected))
            .on_press(e.message.clone()),
        Some(e.message),
    )
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(names: &[&str]) -> Vec<Entry<usize>> {
        names
            .iter()
            .enumerate()
            .map(|(i, n)| Entry::new((*n).to_owned(), i))
            .collect()
    }

    #[test]
    fn filters_by_every_word_ignoring_case_and_accents_and_sorts_by_name() {
        let all = entries(&[
            "Ølgod Skole",
            "Kærhaveskolen",
            "Bibliotek",
            "Nordborg Skole",
        ]);
        let (found, more) = matches(all.clone(), "skole", 10);
        let names: Vec<&str> = found.iter().map(|e| e.label.as_str()).collect();
        assert_eq!(names, ["Kærhaveskolen", "Nordborg Skole", "Ølgod Skole"]);
        assert_eq!(more, 0);
        let (found, _) = matches(all.clone(), "kaer SKOLE", 10);
        assert_eq!(found.len(), 1);
        let (found, more) = matches(all, "", 2);
        assert_eq!((found.len(), more), (2, 2));
    }

    #[test]
    fn the_chosen_option_stays_on_show() {
        let mut all = entries(&["A", "B", "C", "Z"]);
        all[3].selected = true;
        let (found, more) = matches(all, "", 2);
        assert_eq!(found[0].label, "Z");
        assert_eq!(more, 2);
    }
}
