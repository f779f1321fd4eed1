//! Building blocks the screens share: headings, buttons that take keyboard focus, cards, pictures.

pub mod focus;
pub mod keys;
pub mod picker;
pub mod scroll;

use iced::widget::{Space, button, column, container, image, row, text};
use iced::{Alignment, Color, Element, Length};

use crate::compliance::{Finding, Severity};
use crate::gui::Ctx;
use crate::gui::picture::{Entry, Pictures, Spec};
use crate::gui::theme::{self, Tone, size};

pub use focus::focus;

/// An option of a pick list: a value (or "all"/"none") and its label in the interface language.
#[derive(Debug, Clone, PartialEq)]
pub struct Choice<T> {
    value: Option<T>,
    label: String,
}

impl<T> Choice<T> {
    /// An option.
    pub fn new(value: Option<T>, label: String) -> Choice<T> {
        Choice { value, label }
    }

    /// Its value.
    pub fn value(&self) -> Option<&T> {
        self.value.as_ref()
    }

    /// Its value, taken.
    pub fn into_value(self) -> Option<T> {
        self.value
    }
}

impl<T> std::fmt::Display for Choice<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.label)
    }
}

/// A screen title with an optional line under it.
pub fn title<'a, Message: 'a>(title: String, subtitle: Option<String>) -> Element<'a, Message> {
    let mut col = column![text(title).size(size::TITLE).font(theme::FONT_SEMIBOLD)].spacing(4);
    if let Some(subtitle) = subtitle {
        col = col.push(text(subtitle).size(size::BODY).style(theme::muted));
    }
    col.into()
}

/// A section heading.
pub fn heading<'a, Message: 'a>(label: String) -> Element<'a, Message> {
    text(label)
        .size(size::HEADING)
        .font(theme::FONT_SEMIBOLD)
        .into()
}

/// Secondary text.
pub fn caption<'a, Message: 'a>(label: String) -> Element<'a, Message> {
    text(label).size(size::SMALL).style(theme::muted).into()
}

/// A file path (or a sentence holding one): wraps anywhere, so that a long path without spaces stays inside
/// its card.
pub fn path_text<'a, Message: 'a>(label: String) -> Element<'a, Message> {
    text(label)
        .wrapping(text::Wrapping::WordOrGlyph)
        .width(Length::Fill)
        .into()
}

/// [`path_text`] as secondary text.
pub fn path_caption<'a, Message: 'a>(label: String) -> Element<'a, Message> {
    text(label)
        .size(size::SMALL)
        .style(theme::muted)
        .wrapping(text::Wrapping::WordOrGlyph)
        .width(Length::Fill)
        .into()
}

/// A label and its value on one line.
pub fn field<'a, Message: 'a>(label: String, value: String) -> Element<'a, Message> {
    row![
        text(label)
            .size(size::SMALL)
            .style(theme::muted)
            .width(Length::Fixed(128.0)),
        text(value).size(size::BODY),
    ]
    .spacing(8)
    .align_y(Alignment::Center)
    .into()
}

/// The main call to action; `None` shows it disabled (but still reachable with Tab).
pub fn primary<'a, Message: Clone + 'a>(
    label: String,
    on_press: Option<Message>,
) -> Element<'a, Message> {
    focus(
        button(text(label).font(theme::FONT_SEMIBOLD))
            .padding([10, 22])
            .style(theme::primary_button)
            .on_press_maybe(on_press.clone()),
        on_press,
    )
    .into()
}

/// A quiet outlined button.
pub fn secondary<'a, Message: Clone + 'a>(
    label: String,
    on_press: Option<Message>,
) -> Element<'a, Message> {
    focus(
        button(text(label))
            .padding([8, 16])
            .style(theme::secondary_button)
            .on_press_maybe(on_press.clone()),
        on_press,
    )
    .into()
}

/// One option among several, filled when selected.
pub fn choice<'a, Message: Clone + 'a>(
    label: String,
    selected: bool,
    on_press: Message,
) -> Element<'a, Message> {
    focus(
        button(text(label).size(size::BODY))
            .padding([7, 14])
            .style(theme::choice_button(selected))
            .on_press(on_press.clone()),
        Some(on_press),
    )
    .into()
}

/// A small link-like button.
pub fn link<'a, Message: Clone + 'a>(label: String, on_press: Message) -> Element<'a, Message> {
    focus(
        button(text(label).size(size::SMALL))
            .padding([3, 6])
            .style(theme::link_button)
            .on_press(on_press.clone()),
        Some(on_press),
    )
    .radius(6.0)
    .into()
}

/// A card around some content.
pub fn card<'a, Message: 'a>(content: impl Into<Element<'a, Message>>) -> Element<'a, Message> {
    container(content)
        .padding(20)
        .width(Length::Fill)
        .style(theme::card)
        .into()
}

/// A rendered picture at a fixed box size, on its own background; a calm placeholder while it renders.
pub fn picture<'a, Message: 'a>(
    pictures: &Pictures,
    spec: &Spec,
    width: f32,
    height: f32,
    background: Color,
    failed_label: String,
) -> Element<'a, Message> {
    let inner: Element<'a, Message> = match pictures.get(spec) {
        Some(Entry::Ready { handle, .. }) => image(handle.clone())
            .width(Length::Fill)
            .height(Length::Fill)
            .into(),
        Some(Entry::Failed(_)) => text(failed_label).size(size::SMALL).into(),
        Some(Entry::Pending) | None => Space::new().into(),
    };
    container(inner)
        .center(Length::Fill)
        .width(Length::Fixed(width))
        .height(Length::Fixed(height))
        .style(theme::plain(background))
        .into()
}

/// A compliance finding: its severity, what is wrong, what to do and the manual's chapter.
pub fn finding<'a, Message: 'a>(ctx: &Ctx<'a>, f: &'a Finding) -> Element<'a, Message> {
    let (tone, label) = match f.severity {
        Severity::Blocking => (Tone::Danger, "severity-blocking"),
        Severity::Warning => (Tone::Warning, "severity-warning"),
        Severity::Info => (Tone::Info, "severity-info"),
    };
    let mut col = column![
        text(ctx.tr(label))
            .size(size::SMALL)
            .font(theme::FONT_SEMIBOLD)
            .style(theme::toned(tone)),
        text(f.message.get(ctx.lang).to_owned()),
    ]
    .spacing(4);
    if let Some(fix) = &f.fix {
        col = col.push(text(fix.get(ctx.lang).to_owned()).size(size::SMALL));
    }
    if let Some(chapter) = &f.chapter {
        col = col.push(
            text(ctx.tr_args(
                "export-chapter",
                &[
                    ("number", chapter.number.clone().into()),
                    ("name", chapter.name.get(ctx.lang).to_owned().into()),
                ],
            ))
            .size(size::SMALL)
            .style(theme::muted),
        );
    }
    container(col)
        .padding([10, 12])
        .width(Length::Fill)
        .style(theme::banner(tone))
        .into()
}

/// A tinted box around a message.
pub fn banner<'a, Message: 'a>(
    content: impl Into<Element<'a, Message>>,
    tone: Tone,
) -> Element<'a, Message> {
    container(content)
        .padding([10, 12])
        .width(Length::Fill)
        .style(theme::banner(tone))
        .into()
}
