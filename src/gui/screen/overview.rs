//! Oversigt: what the design programme is, who adopted it, what it contains and what changed.

use iced::widget::{button, column, row, scrollable, text};
use iced::{Alignment, Element, Length};

use super::Page;
use crate::gui::Ctx;
use crate::gui::theme::{self, size};
use crate::gui::widget::{self, focus};

/// The overview has no state of its own: everything comes from the manual.
#[derive(Debug, Default)]
pub struct Overview;

/// What the user did.
#[derive(Debug, Clone)]
pub enum Message {
    /// Open a screen from one of the content tiles.
    Open(Page),
}

/// What the top level must do.
#[derive(Debug)]
pub enum Action {
    /// Show a screen.
    Open(Page),
}

impl Overview {
    /// The overview.
    pub fn new() -> Overview {
        Overview
    }

    /// Handles a message.
    pub fn update(&mut self, message: Message, _ctx: &Ctx) -> Action {
        match message {
            Message::Open(page) => Action::Open(page),
        }
    }

    /// The screen.
    pub fn view<'a>(&'a self, ctx: &Ctx<'a>) -> Element<'a, Message> {
        let m = ctx.manual;
        let p = &m.programme;
        let subtitle = p.theme.as_ref().map(|t| t.get(ctx.lang).to_owned());

        let about = widget::card(
            column![
                widget::heading(ctx.tr("overview-about")),
                widget::field(ctx.tr("overview-organisation"), p.organisation.clone()),
                widget::field(ctx.tr("overview-version"), p.version.clone()),
                widget::field(ctx.tr("overview-adopted-by"), p.adopted_by.clone()),
                widget::field(ctx.tr("overview-adopted-on"), p.adopted_on.clone()),
                widget::field(ctx.tr("overview-updated-on"), p.updated_on.clone()),
                widget::field(
                    ctx.tr("overview-journal"),
                    p.journal_no.clone().unwrap_or_else(|| ctx.tr("value-none"))
                ),
                widget::field(ctx.tr("overview-contact"), p.contact.clone()),
            ]
            .spacing(10),
        );

        let tiles = row![
            tile(
                ctx,
                "overview-count-logos",
                m.logos.len(),
                Some(Page::Logos)
            ),
            tile(
                ctx,
                "overview-count-colors",
                m.colors.len(),
                Some(Page::Colors)
            ),
            tile(
                ctx,
                "overview-count-presets",
                m.presets.len(),
                Some(Page::Export)
            ),
            tile(
                ctx,
                "overview-count-templates",
                m.templates.len(),
                Some(Page::Templates)
            ),
            tile(ctx, "overview-count-senders", m.senders.len(), None),
            tile(ctx, "overview-count-families", m.families.len(), None),
        ]
        .spacing(12);

        let chapters = m.chapters.iter().fold(
            column![widget::heading(ctx.tr("overview-chapters"))].spacing(10),
            |col, chapter| {
                let logos = m
                    .logos
                    .iter()
                    .filter(|l| l.chapter.as_deref() == Some(chapter.id.as_str()))
                    .count();
                let count = if logos > 0 {
                    ctx.tr_args("overview-chapter-logos", &[("count", logos.into())])
                } else {
                    String::new()
                };
                col.push(
                    row![
                        text(chapter.number.clone())
                            .font(theme::FONT_SEMIBOLD)
                            .width(Length::Fixed(28.0)),
                        text(chapter.name.get(ctx.lang).to_owned()).width(Length::Fill),
                        text(count).size(size::SMALL).style(theme::muted),
                    ]
                    .align_y(Alignment::Center),
                )
            },
        );

        let changes = m.changelog.iter().fold(
            column![widget::heading(ctx.tr("overview-changes"))].spacing(14),
            |col, entry| {
                col.push(
                    column![
                        text(ctx.tr_args(
                            "overview-change-title",
                            &[
                                ("version", entry.version.clone().into()),
                                ("date", entry.date.clone().into())
                            ]
                        ))
                        .font(theme::FONT_SEMIBOLD),
                        text(entry.text.get(ctx.lang).to_owned()),
                    ]
                    .spacing(2),
                )
            },
        );

        scrollable(
            column![
                widget::title(p.name.get(ctx.lang).to_owned(), subtitle),
                tiles,
                row![
                    column![about, widget::card(chapters)]
                        .spacing(16)
                        .width(Length::FillPortion(1)),
                    column![widget::card(changes)].width(Length::FillPortion(1)),
                ]
                .spacing(16),
            ]
            .spacing(24)
            .padding(32)
            .max_width(1200),
        )
        .into()
    }
}

/// A count of something the manual holds; a click opens its screen.
fn tile<'a>(ctx: &Ctx, label: &str, count: usize, page: Option<Page>) -> Element<'a, Message> {
    let content = column![
        text(count.to_string())
            .size(30)
            .font(theme::FONT_SEMIBOLD)
            .style(theme::accent),
        text(ctx.tr(label)).size(size::SMALL),
    ]
    .spacing(2);
    let message = page.map(Message::Open);
    focus(
        button(content)
            .padding([14, 18])
            .width(Length::Fill)
            .style(theme::card_button)
            .on_press_maybe(message.clone()),
        message,
    )
    .radius(10.0)
    .into()
}
