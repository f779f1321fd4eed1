//! Farver: the palette with its authored values (each one copies to the clipboard with a click) and the WCAG
//! contrast matrix of every pair.

use iced::widget::{Space, button, column, container, row, scrollable, text};
use iced::{Alignment, Element, Length};

use crate::compliance::{ContrastLevels, Grade};
use crate::gui::Ctx;
use crate::gui::theme::{self, Tone, size};
use crate::gui::widget::{self, focus};
use crate::manual::{Color, Role};

/// Matrix cell size.
const CELL: (f32, f32) = (80.0, 74.0);
/// Width of the row labels.
const LABEL: f32 = 112.0;

/// The colours screen has no state: copying is done by the top level.
#[derive(Debug, Default)]
pub struct Colors;

/// What the user did.
#[derive(Debug, Clone)]
pub enum Message {
    /// Copy a value.
    Copy(String),
}

/// What the top level must do.
#[derive(Debug)]
pub enum Action {
    /// Put the text on the clipboard and say so.
    Copy(String),
}

/// How a grade reads in the matrix (the grades themselves are the library's: [`Grade`]).
fn label(grade: Grade) -> &'static str {
    match grade {
        Grade::Aaa => "matrix-aaa",
        Grade::Aa => "matrix-aa",
        Grade::Large => "matrix-large",
        Grade::Fail => "matrix-fail",
    }
}

/// How a grade is coloured.
fn tone(grade: Grade) -> Tone {
    match grade {
        Grade::Aaa | Grade::Aa => Tone::Success,
        Grade::Large => Tone::Warning,
        Grade::Fail => Tone::Danger,
    }
}

impl Colors {
    /// The colours screen.
    pub fn new() -> Colors {
        Colors
    }

    /// Handles a message.
    pub fn update(&mut self, message: Message, _ctx: &Ctx) -> Action {
        match message {
            Message::Copy(value) => Action::Copy(value),
        }
    }

    /// The screen.
    pub fn view<'a>(&'a self, ctx: &Ctx<'a>) -> Element<'a, Message> {
        let m = ctx.manual;
        let swatches = row(m.colors.iter().map(|c| swatch(ctx, c)))
            .spacing(16)
            .wrap()
            .vertical_spacing(16);
        scrollable(
            column![
                widget::title(ctx.tr("colors-title"), Some(ctx.tr("colors-subtitle"))),
                swatches,
                widget::heading(ctx.tr("matrix-title")),
                widget::caption(ctx.tr("matrix-explain")),
                matrix(ctx),
                legend(ctx),
            ]
            .spacing(20)
            .padding(32),
        )
        .into()
    }
}

fn role(role: Role) -> &'static str {
    match role {
        Role::Primary => "role-primary",
        Role::Secondary => "role-secondary",
        Role::Accent => "role-accent",
        Role::Neutral => "role-neutral",
    }
}

/// A colour card: the colour, its name and role, and every authored value as a copy button.
fn swatch<'a>(ctx: &Ctx<'a>, c: &'a Color) -> Element<'a, Message> {
    let [r, g, b] = c.rgb.0;
    let mut values: Vec<(String, String)> = vec![
        (ctx.tr("color-hex"), c.hex.clone()),
        (ctx.tr("color-rgb"), format!("{r}, {g}, {b}")),
        (ctx.tr("color-cmyk"), c.cmyk.notation()),
    ];
    for (label, value) in [
        ("color-pantone-c", &c.pantone_c),
        ("color-pantone-u", &c.pantone_u),
        ("color-ral", &c.ral),
        ("color-ncs", &c.ncs),
    ] {
        if let Some(value) = value {
            values.push((ctx.tr(label), value.clone()));
        }
    }
    let rows = values.into_iter().map(|(label, value)| {
        let message = Message::Copy(value.clone());
        focus(
            button(
                row![
                    text(label.clone())
                        .size(size::SMALL)
                        .style(theme::muted)
                        .width(Length::Fixed(70.0)),
                    text(value).size(size::BODY).width(Length::Fill),
                    text(ctx.tr("colors-copy"))
                        .size(size::SMALL)
                        .style(theme::accent),
                ]
                .spacing(6)
                .align_y(Alignment::Center),
            )
            .padding([4, 6])
            .width(Length::Fill)
            .style(theme::link_button)
            .on_press(message.clone()),
            Some(message),
        )
        .radius(6.0)
        .into()
    });
    let block = container(Space::new())
        .width(Length::Fill)
        .height(84)
        .style(theme::solid(theme::from_rgb(c.rgb)));
    container(
        column![
            block,
            column![
                text(c.name.get(ctx.lang).to_owned()).font(theme::FONT_SEMIBOLD),
                text(ctx.tr(role(c.role)))
                    .size(size::SMALL)
                    .style(theme::muted),
            ]
            .spacing(2),
            column(rows.collect::<Vec<Element<'a, Message>>>()).spacing(2),
        ]
        .spacing(10),
    )
    .padding(14)
    .width(Length::Fixed(300.0))
    .style(theme::card)
    .into()
}

/// The contrast matrix: text colour down the side, background across the top.
fn matrix<'a>(ctx: &Ctx<'a>) -> Element<'a, Message> {
    let colors = &ctx.manual.colors;
    let corner = container(
        text(ctx.tr("matrix-corner"))
            .size(size::SMALL)
            .style(theme::muted),
    )
    .width(Length::Fixed(LABEL))
    .height(Length::Fixed(40.0))
    .align_y(Alignment::End);
    let header = colors.iter().fold(row![corner].spacing(4), |r, bg| {
        r.push(
            container(
                text(bg.name.get(ctx.lang).to_owned())
                    .size(size::SMALL)
                    .align_x(Alignment::Center),
            )
            .width(Length::Fixed(CELL.0))
            .height(Length::Fixed(40.0))
            .align_x(Alignment::Center)
            .align_y(Alignment::End),
        )
    });
    let rows = colors.iter().map(|fg| {
        let label = container(text(fg.name.get(ctx.lang).to_owned()).size(size::SMALL))
            .width(Length::Fixed(LABEL))
            .height(Length::Fixed(CELL.1))
            .align_y(Alignment::Center);
        colors
            .iter()
            .fold(row![label].spacing(4), |r, bg| r.push(cell(ctx, fg, bg)))
            .into()
    });
    // Scrolls sideways when the palette is wider than the window, so that no column is cut off.
    scrollable(
        container(column![header].extend(rows).spacing(4))
            .padding(16)
            .style(theme::card),
    )
    .direction(scrollable::Direction::Horizontal(
        scrollable::Scrollbar::new(),
    ))
    .width(Length::Fill)
    .into()
}

/// One pair: a sample of the text colour on the background, the ratio and its grade.
fn cell<'a>(ctx: &Ctx<'a>, fg: &'a Color, bg: &'a Color) -> Element<'a, Message> {
    if fg.id == bg.id {
        return container(text(ctx.tr("value-none")).style(theme::muted))
            .width(Length::Fixed(CELL.0))
            .height(Length::Fixed(CELL.1))
            .center(Length::Fixed(CELL.0))
            .into();
    }
    let levels = ContrastLevels::of(fg.rgb, bg.rgb);
    let grade = levels.grade();
    let text_color = theme::from_rgb(fg.rgb);
    let sample = container(
        text(ctx.tr("matrix-sample"))
            .size(20)
            .font(theme::FONT_SEMIBOLD)
            .color(text_color),
    )
    .center_x(Length::Fill)
    .height(Length::Fixed(38.0))
    .align_y(Alignment::Center)
    .style(theme::solid(theme::from_rgb(bg.rgb)));
    let verdict = row![
        text(levels.ratio_text(ctx.lang)).size(size::SMALL),
        text(ctx.tr(label(grade)))
            .size(size::SMALL)
            .font(theme::FONT_SEMIBOLD)
            .style(theme::toned(tone(grade))),
    ]
    .spacing(6);
    column![sample, container(verdict).center_x(Length::Fill)]
        .spacing(4)
        .width(Length::Fixed(CELL.0))
        .height(Length::Fixed(CELL.1))
        .into()
}

fn legend<'a>(ctx: &Ctx<'a>) -> Element<'a, Message> {
    let item = |grade: Grade, explain: &str| {
        row![
            text(ctx.tr(label(grade)))
                .font(theme::FONT_SEMIBOLD)
                .style(theme::toned(tone(grade)))
                .width(Length::Fixed(60.0)),
            text(ctx.tr(explain)).size(size::SMALL),
        ]
        .spacing(8)
        .align_y(Alignment::Center)
    };
    column![
        item(Grade::Aaa, "matrix-aaa-explain"),
        item(Grade::Aa, "matrix-aa-explain"),
        item(Grade::Large, "matrix-large-explain"),
        item(Grade::Fail, "matrix-fail-explain"),
    ]
    .spacing(6)
    .into()
}
