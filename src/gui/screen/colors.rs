//! Farver: the palette with its authored values (each one copies to the clipboard with a click) and the WCAG
//! contrast matrix of every pair — or, for a palette of more than [`FULL_MATRIX`] colours, the contrast of one
//! chosen colour against the colours on show. The palette is searchable and shown a page at a time, so a
//! manual with thousands of colours builds at most [`PAGE`] cards and 2 × [`PAGE`] matrix cells.

use iced::widget::{Space, button, column, container, row, scrollable, text, text_input};
use iced::{Alignment, Element, Length};

use crate::compliance::{ContrastLevels, Grade};
use crate::gui::theme::{self, Tone, size};
use crate::gui::widget::{self, focus};
use crate::gui::{Ctx, kit};
use crate::manual::{Color, Manual, Role};

/// Matrix cell size.
const CELL: (f32, f32) = (80.0, 74.0);
/// Width of the row labels.
const LABEL: f32 = 112.0;

/// Up to this many colours, the whole contrast matrix is shown.
pub const FULL_MATRIX: usize = 12;

/// Colour cards shown at once (more with "show more").
pub const PAGE: usize = 24;

/// The colours screen: the search, how many cards are on show, the colour chosen for the contrast and the kit panel.
#[derive(Debug)]
pub struct Colors {
    query: String,
    /// Indices into `Manual::colors` that match the query (`None`: all).
    results: Option<Vec<usize>>,
    limit: usize,
    chosen: Option<String>,
    /// "Hent farverne som …": swatches, colour sheet, tokens, CSS, SCSS, Office theme.
    kit: kit::Panel,
}

impl Default for Colors {
    fn default() -> Self {
        Colors {
            query: String::new(),
            results: None,
            limit: PAGE,
            chosen: None,
            kit: kit::Panel::new(kit::Scope::Palette),
        }
    }
}

/// What the user did.
#[derive(Debug, Clone)]
pub enum Message {
    /// Copy a value.
    Copy(String),
    /// The search text changed.
    Query(String),
    /// Show the next page of colours.
    ShowMore,
    /// Show the contrast of this colour.
    Choose(String),
    /// The "Hent farverne som …" panel.
    Kit(kit::Message),
}

/// What the top level must do.
#[derive(Debug)]
pub enum Action {
    /// Put the text on the clipboard and say so.
    Copy(String),
    /// What the "Hent farverne som …" panel needs done.
    Kit(kit::Action),
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
        Colors::default()
    }

    /// Handles a message.
    pub fn update(&mut self, message: Message, ctx: &Ctx) -> Option<Action> {
        match message {
            Message::Copy(value) => return Some(Action::Copy(value)),
            Message::Query(query) => {
                self.results = search(ctx.manual, &query);
                self.query = query;
                self.limit = PAGE;
            }
            Message::ShowMore => self.limit += PAGE,
            Message::Choose(id) => self.chosen = Some(id),
            Message::Kit(m) => return Some(Action::Kit(self.kit.update(m, ctx))),
        }
        None
    }

    /// The colours on show (at most `limit` of those that match) and how many match in all.
    fn shown<'m>(&self, m: &'m Manual) -> (Vec<&'m Color>, usize) {
        match &self.results {
            None => (m.colors.iter().take(self.limit).collect(), m.colors.len()),
            Some(found) => (
                found
                    .iter()
                    .take(self.limit)
                    .filter_map(|&i| m.colors.get(i))
                    .collect(),
                found.len(),
            ),
        }
    }

    /// The screen.
    pub fn view<'a>(&'a self, ctx: &Ctx<'a>) -> Element<'a, Message> {
        let m = ctx.manual;
        let large = m.colors.len() > FULL_MATRIX;
        let (shown, matching) = self.shown(m);
        let chosen = self
            .chosen
            .as_deref()
            .and_then(|id| m.color(id))
            .or_else(|| shown.first().copied());
        let swatches = row(shown
            .iter()
            .map(|c| swatch(ctx, c, large.then(|| chosen.is_some_and(|k| k.id == c.id)))))
        .spacing(16)
        .wrap()
        .vertical_spacing(16);
        let mut page = column![widget::title(
            ctx.tr("colors-title"),
            Some(ctx.tr("colors-subtitle"))
        )]
        .spacing(20)
        .padding(32);
        if large {
            page = page.push(
                row![
                    text_input(
                        &ctx.tr_args("colors-search", &[("count", m.colors.len().into())]),
                        &self.query,
                    )
                    .id(crate::gui::id::COLORS_SEARCH)
                    .on_input(Message::Query)
                    .padding([9, 12])
                    .size(size::BODY)
                    .style(theme::input)
                    .width(Length::Fixed(420.0)),
                    widget::caption(ctx.tr_args(
                        "colors-shown",
                        &[("shown", shown.len().into()), ("total", matching.into())]
                    )),
                ]
                .spacing(16)
                .align_y(Alignment::Center),
            );
        }
        page = page.push(swatches);
        page = page.push(widget::card(self.kit.view(ctx).map(Message::Kit)));
        if matching > shown.len() {
            page = page.push(widget::secondary(
                ctx.tr_args(
                    "colors-show-more",
                    &[("count", (matching - shown.len()).into())],
                ),
                Some(Message::ShowMore),
            ));
        }
        page = match (large, chosen) {
            (false, _) => page
                .push(widget::heading(ctx.tr("matrix-title")))
                .push(widget::caption(ctx.tr("matrix-explain")))
                .push(matrix(ctx, &m.colors.iter().collect::<Vec<_>>())),
            (true, Some(chosen)) => {
                let name = chosen.name.get(ctx.lang).to_owned();
                page.push(widget::heading(ctx.tr_args(
                    "matrix-chosen-title",
                    &[("color", name.clone().into())],
                )))
                .push(widget::caption(
                    ctx.tr_args("matrix-chosen-explain", &[("color", name.into())]),
                ))
                .push(chosen_matrix(ctx, chosen, &shown))
            }
            (true, None) => page,
        };
        scrollable(page.push(legend(ctx))).into()
    }
}

/// The indices of the colours whose name (either language), id or HEX contain every word of `query`.
fn search(m: &Manual, query: &str) -> Option<Vec<usize>> {
    let words: Vec<String> = query
        .split_whitespace()
        .map(crate::naming::fold)
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() {
        return None;
    }
    Some(
        m.colors
            .iter()
            .enumerate()
            .filter(|(_, c)| {
                let haystack =
                    crate::naming::fold(&format!("{} {} {} {}", c.name.da, c.name.en, c.id, c.hex));
                words.iter().all(|w| haystack.contains(w.as_str()))
            })
            .map(|(i, _)| i)
            .collect(),
    )
}

fn role(role: Role) -> &'static str {
    match role {
        Role::Primary => "role-primary",
        Role::Secondary => "role-secondary",
        Role::Accent => "role-accent",
        Role::Neutral => "role-neutral",
    }
}

/// A colour card: the colour, its name and role, and every authored value as a copy button. `chosen` (in a large
/// palette) adds the button that shows this colour's contrast.
fn swatch<'a>(ctx: &Ctx<'a>, c: &'a Color, chosen: Option<bool>) -> Element<'a, Message> {
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
    let mut card = column![
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
    .spacing(10);
    match chosen {
        Some(true) => card = card.push(widget::caption(ctx.tr("colors-picked"))),
        Some(false) => {
            card = card.push(widget::link(
                ctx.tr("colors-pick"),
                Message::Choose(c.id.clone()),
            ));
        }
        None => {}
    }
    container(card)
        .padding(14)
        .width(Length::Fixed(300.0))
        .style(theme::card)
        .into()
}

/// The contrast matrix of `colors`: text colour down the side, background across the top.
fn matrix<'a>(ctx: &Ctx<'a>, colors: &[&'a Color]) -> Element<'a, Message> {
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

/// The contrast of one colour against the colours on show: as text on each, and each as text on it.
fn chosen_matrix<'a>(
    ctx: &Ctx<'a>,
    chosen: &'a Color,
    shown: &[&'a Color],
) -> Element<'a, Message> {
    let name = chosen.name.get(ctx.lang).to_owned();
    let label = |key: &str| {
        container(text(ctx.tr_args(key, &[("color", name.clone().into())])).size(size::SMALL))
            .width(Length::Fixed(140.0))
            .height(Length::Fixed(CELL.1))
            .align_y(Alignment::Center)
    };
    let header = shown.iter().fold(
        row![Space::new().width(Length::Fixed(140.0))].spacing(4),
        |r, c| {
            r.push(
                container(
                    text(c.name.get(ctx.lang).to_owned())
                        .size(size::SMALL)
                        .align_x(Alignment::Center),
                )
                .width(Length::Fixed(CELL.0))
                .height(Length::Fixed(40.0))
                .align_x(Alignment::Center)
                .align_y(Alignment::End),
            )
        },
    );
    let as_text = shown
        .iter()
        .fold(row![label("matrix-as-text")].spacing(4), |r, bg| {
            r.push(cell(ctx, chosen, bg))
        });
    let as_background = shown
        .iter()
        .fold(row![label("matrix-as-background")].spacing(4), |r, fg| {
            r.push(cell(ctx, fg, chosen))
        });
    container(
        scrollable(column![header, as_text, as_background].spacing(4)).direction(
            scrollable::Direction::Horizontal(scrollable::Scrollbar::default()),
        ),
    )
    .padding(16)
    .style(theme::card)
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
