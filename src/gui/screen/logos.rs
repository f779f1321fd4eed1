//! Logoer: every logo as a thumbnail, grouped by sender, narrowed by search and filters.

use iced::widget::{button, column, pick_list, row, scrollable, text, text_input};
use iced::{Alignment, Element, Length};

use crate::export::{Request, Target};
use crate::gui::picture::Spec;
use crate::gui::theme::{self, size};
use crate::gui::widget::{self, Choice, focus};
use crate::gui::{Ctx, id};
use crate::manual::{Colorway, ColorwayKind, Format, Lockup, Logo, Manual};
use crate::search::{Index, Query};

/// How many logos are shown before "show more".
const PAGE: usize = 24;

/// Thumbnail box in logical pixels, and the size it is rendered at.
const THUMB: (f32, f32) = (224.0, 126.0);
const THUMB_RENDER: (u32, u32) = (448, 252);

/// The logo browser.
#[derive(Debug, Default)]
pub struct Logos {
    query: String,
    sender: Option<String>,
    lockup: Option<String>,
    colorway: Option<ColorwayKind>,
    index: Index,
    results: Vec<usize>,
    limit: usize,
}

/// What the user did.
#[derive(Debug, Clone)]
pub enum Message {
    /// The search text changed.
    Query(String),
    /// A sender was picked (`None`: every sender).
    Sender(Option<String>),
    /// Pick the next sender (keyboard).
    NextSender,
    /// A lockup was picked.
    Lockup(Option<String>),
    /// A colourway kind was picked.
    Colorway(Option<ColorwayKind>),
    /// Clear search and filters.
    Clear,
    /// Show the next page of results.
    ShowMore,
    /// Open a logo in a lockup.
    Open {
        /// Logo id.
        logo: String,
        /// Lockup id.
        lockup: String,
    },
}

/// What the top level must do.
#[derive(Debug)]
pub enum Action {
    /// Make sure these thumbnails are rendered.
    Pictures(Vec<Spec>),
    /// Show a logo's detail screen.
    Open {
        /// Logo id.
        logo: String,
        /// The lockup of the card.
        lockup: String,
        /// The colourway shown on the card.
        colorway: Option<String>,
    },
}

impl Logos {
    /// The browser for a manual, showing everything.
    pub fn new(manual: &Manual) -> Logos {
        let mut logos = Logos {
            index: Index::new(manual),
            limit: PAGE,
            ..Logos::default()
        };
        logos.refresh(manual);
        logos
    }

    /// Handles a message.
    pub fn update(&mut self, message: Message, ctx: &Ctx) -> Action {
        let m = ctx.manual;
        match message {
            Message::Query(query) => self.query = query,
            Message::Sender(sender) => self.sender = sender,
            Message::NextSender => {
                let position = self
                    .sender
                    .as_ref()
                    .and_then(|s| m.senders.iter().position(|x| &x.id == s));
                self.sender = match position {
                    None => m.senders.first().map(|s| s.id.clone()),
                    Some(i) => m.senders.get(i + 1).map(|s| s.id.clone()),
                };
            }
            Message::Lockup(lockup) => self.lockup = lockup,
            Message::Colorway(kind) => self.colorway = kind,
            Message::Clear => {
                self.query.clear();
                self.sender = None;
                self.lockup = None;
                self.colorway = None;
            }
            Message::ShowMore => {
                self.limit += PAGE;
                return Action::Pictures(self.pictures(m));
            }
            Message::Open { logo, lockup } => {
                let colorway = m
                    .logo(&logo)
                    .and_then(|l| self.colorway_of(m, l))
                    .map(|c| c.id.clone());
                return Action::Open {
                    logo,
                    lockup,
                    colorway,
                };
            }
        }
        self.limit = PAGE;
        self.refresh(m);
        Action::Pictures(self.pictures(m))
    }

    /// Recomputes the results (the search index is fast enough for every keystroke).
    fn refresh(&mut self, m: &Manual) {
        let query = Query::parse(&self.query);
        let allowed: Option<Vec<&str>> = self.sender.as_ref().map(|s| {
            m.logos_for_sender(s)
                .iter()
                .map(|l| l.id.as_str())
                .collect()
        });
        self.results = (0..m.logos.len())
            .filter(|&i| {
                let logo = &m.logos[i];
                allowed
                    .as_ref()
                    .is_none_or(|ids| ids.contains(&logo.id.as_str()))
                    && self.index.matches(i, &query)
                    && !self.variants(m, logo).is_empty()
            })
            .collect();
    }

    /// The colourway the cards show: the filtered kind, else the default (positive) one.
    fn colorway_of<'l>(&self, m: &Manual, logo: &'l Logo) -> Option<&'l Colorway> {
        match self.colorway {
            Some(kind) => logo.colorways.iter().find(|c| c.kind == kind),
            None => crate::plan::pick_colorway(m, logo, None),
        }
    }

    /// The cards of a logo: one per lockup (or the filtered lockup), in the card colourway.
    fn variants<'l>(&self, m: &Manual, logo: &'l Logo) -> Vec<(&'l Lockup, &'l Colorway)> {
        let Some(colorway) = self.colorway_of(m, logo) else {
            return Vec::new();
        };
        logo.lockups
            .iter()
            .filter(|l| self.lockup.as_ref().is_none_or(|id| &l.id == id))
            .filter(|l| l.artwork(&colorway.id).is_some())
            .map(|l| (l, colorway))
            .collect()
    }

    /// The thumbnail of a card, on the first background the colourway is approved for.
    fn spec(m: &Manual, logo: &Logo, lockup: &Lockup, colorway: &Colorway) -> Spec {
        let mut request = Request::logo(
            &logo.id,
            Target::Px {
                width: THUMB_RENDER.0,
                height: Some(THUMB_RENDER.1),
            },
            Format::Png,
        )
        .with_lockup(&lockup.id)
        .with_colorway(&colorway.id);
        request.background = colorway
            .backgrounds
            .iter()
            .find(|b| m.color(b).is_some())
            .cloned();
        Spec {
            request,
            max_side: THUMB_RENDER.0,
        }
    }

    /// The thumbnails of the cards on show.
    pub fn pictures(&self, m: &Manual) -> Vec<Spec> {
        self.results
            .iter()
            .take(self.limit)
            .flat_map(|&i| {
                let logo = &m.logos[i];
                self.variants(m, logo)
                    .into_iter()
                    .map(move |(l, c)| Logos::spec(m, logo, l, c))
            })
            .collect()
    }

    /// The screen.
    pub fn view<'a>(&'a self, ctx: &Ctx<'a>) -> Element<'a, Message> {
        let m = ctx.manual;
        let filters = self.filters(ctx);

        let mut body = column![].spacing(28);
        if self.results.is_empty() {
            body = body.push(widget::card(
                column![
                    widget::heading(ctx.tr("logos-none")),
                    widget::caption(ctx.tr("logos-none-hint")),
                ]
                .spacing(6),
            ));
        }
        // the logos on show, grouped by sender in the manual's sender order (one pass, whatever the size)
        let mut groups: Vec<(usize, Vec<&'a Logo>)> = Vec::new();
        for &i in self.results.iter().take(self.limit) {
            let logo = &m.logos[i];
            let order = m
                .senders
                .iter()
                .position(|s| s.id == logo.sender)
                .unwrap_or(usize::MAX);
            match groups.iter_mut().find(|(o, _)| *o == order) {
                Some((_, logos)) => logos.push(logo),
                None => groups.push((order, vec![logo])),
            }
        }
        groups.sort_by_key(|(order, _)| *order);
        // When most senders have one logo (a large organisation), a heading per logo would bury the logos:
        // then one grid, each card captioned with its sender.
        let singletons = groups.iter().filter(|(_, l)| l.len() == 1).count();
        if groups.len() > 3 && singletons * 2 > groups.len() {
            let cards = groups.iter().flat_map(|(order, logos)| {
                let sender = m.senders.get(*order);
                logos.iter().flat_map(move |l| {
                    self.variants(m, l).into_iter().map(move |(k, c)| {
                        let caption = sender.map_or_else(String::new, |s| {
                            ctx.tr_args(
                                "logos-sender-caption",
                                &[("sender", s.name.get(ctx.lang).to_owned().into())],
                            )
                        });
                        column![card(ctx, l, k, c), widget::caption(caption)]
                            .spacing(4)
                            .into()
                    })
                })
            });
            body = body.push(
                row(cards.collect::<Vec<Element<'a, Message>>>())
                    .spacing(16)
                    .wrap()
                    .vertical_spacing(16),
            );
            groups.clear();
        }
        for (order, logos) in groups {
            let Some(sender) = m.senders.get(order) else {
                continue;
            };
            let cards: Vec<Element<'a, Message>> = logos
                .into_iter()
                .flat_map(|l| {
                    self.variants(m, l)
                        .into_iter()
                        .map(move |(k, c)| card(ctx, l, k, c))
                })
                .collect();
            body = body.push(
                column![
                    row![
                        widget::heading(sender.name.get(ctx.lang).to_owned()),
                        widget::caption(ctx.tr(sender_kind(sender.kind))),
                    ]
                    .spacing(10)
                    .align_y(Alignment::Center),
                    row(cards).spacing(16).wrap().vertical_spacing(16),
                ]
                .spacing(12),
            );
        }
        if self.results.len() > self.limit {
            body = body.push(widget::secondary(
                ctx.tr_args(
                    "logos-show-more",
                    &[("count", (self.results.len() - self.limit).into())],
                ),
                Some(Message::ShowMore),
            ));
        }

        column![
            column![
                widget::title(
                    ctx.tr("logos-title"),
                    Some(ctx.tr_args(
                        "logos-count",
                        &[
                            ("shown", self.results.len().into()),
                            ("total", m.logos.len().into())
                        ]
                    )),
                ),
                filters,
            ]
            .spacing(16)
            .padding([24, 32]),
            scrollable(body.padding([8, 32]).width(Length::Fill)).height(Length::Fill),
        ]
        .into()
    }

    fn filters<'a>(&'a self, ctx: &Ctx<'a>) -> Element<'a, Message> {
        let m = ctx.manual;
        let all = |id: &str| ctx.tr(id);

        let mut senders = vec![Choice::new(None, all("logos-all-senders"))];
        senders.extend(
            m.senders
                .iter()
                .map(|s| Choice::new(Some(s.id.clone()), s.name.get(ctx.lang).to_owned())),
        );
        let sender = senders
            .iter()
            .find(|c| c.value() == self.sender.as_ref())
            .cloned();

        let mut lockups = vec![Choice::new(None, all("logos-all-lockups"))];
        for logo in &m.logos {
            for lockup in &logo.lockups {
                if !lockups.iter().any(|c| c.value() == Some(&lockup.id)) {
                    lockups.push(Choice::new(
                        Some(lockup.id.clone()),
                        lockup.name.get(ctx.lang).to_owned(),
                    ));
                }
            }
        }
        let lockup = lockups
            .iter()
            .find(|c| c.value() == self.lockup.as_ref())
            .cloned();

        let mut colorways = vec![Choice::new(None, all("logos-all-colorways"))];
        colorways.extend(
            [
                ColorwayKind::Positive,
                ColorwayKind::Negative,
                ColorwayKind::Black,
                ColorwayKind::Greyscale,
                ColorwayKind::Spot,
            ]
            .into_iter()
            .map(|kind| Choice::new(Some(kind), ctx.tr(colorway_kind(kind)))),
        );
        let colorway = colorways
            .iter()
            .find(|c| c.value() == self.colorway.as_ref())
            .cloned();

        let search = text_input(&ctx.tr("logos-search"), &self.query)
            .id(id::SEARCH)
            .on_input(Message::Query)
            .padding([9, 12])
            .size(size::BODY)
            .style(theme::input)
            .width(Length::Fixed(300.0));

        row![
            search,
            focus(
                pick_list(senders, sender, |c: Choice<String>| Message::Sender(
                    c.into_value()
                ))
                .padding([8, 12])
                .style(theme::pick_list)
                .width(Length::Fixed(220.0)),
                Some(Message::NextSender),
            ),
            pick_list(lockups, lockup, |c: Choice<String>| Message::Lockup(
                c.into_value()
            ))
            .padding([8, 12])
            .style(theme::pick_list)
            .width(Length::Fixed(170.0)),
            pick_list(colorways, colorway, |c: Choice<ColorwayKind>| {
                Message::Colorway(c.into_value())
            })
            .padding([8, 12])
            .style(theme::pick_list)
            .width(Length::Fixed(190.0)),
            widget::link(ctx.tr("logos-clear"), Message::Clear),
        ]
        .spacing(10)
        .align_y(Alignment::Center)
        .wrap()
        .vertical_spacing(10)
        .into()
    }
}

/// A logo's card: its thumbnail, name and variant; a click opens it.
fn card<'a>(
    ctx: &Ctx<'a>,
    logo: &'a Logo,
    lockup: &'a Lockup,
    colorway: &'a Colorway,
) -> Element<'a, Message> {
    let m = ctx.manual;
    let spec = Logos::spec(m, logo, lockup, colorway);
    let background = spec
        .request
        .background
        .as_deref()
        .and_then(|b| m.color(b))
        .map_or(iced::Color::WHITE, |c| theme::from_rgb(c.rgb));
    let variant = format!(
        "{} · {}",
        lockup.name.get(ctx.lang),
        colorway.name.get(ctx.lang)
    );
    let content = column![
        widget::picture(
            ctx.pictures,
            &spec,
            THUMB.0,
            THUMB.1,
            background,
            ctx.tr("picture-failed"),
        ),
        text(logo.name.get(ctx.lang).to_owned())
            .font(theme::FONT_SEMIBOLD)
            .size(size::BODY),
        text(variant).size(size::SMALL).style(theme::muted),
    ]
    .spacing(6)
    .width(Length::Fixed(THUMB.0));
    let open = Message::Open {
        logo: logo.id.clone(),
        lockup: lockup.id.clone(),
    };
    focus(
        button(content)
            .padding(8)
            .style(theme::card_button)
            .on_press(open.clone()),
        Some(open),
    )
    .radius(10.0)
    .into()
}

/// The catalogue id of a sender kind's name.
pub fn sender_kind(kind: crate::manual::SenderKind) -> &'static str {
    match kind {
        crate::manual::SenderKind::Kommune => "sender-kommune",
        crate::manual::SenderKind::Forvaltning => "sender-forvaltning",
        crate::manual::SenderKind::Institution => "sender-institution",
    }
}

/// The catalogue id of a colourway kind's name.
pub fn colorway_kind(kind: ColorwayKind) -> &'static str {
    match kind {
        ColorwayKind::Positive => "colorway-positive",
        ColorwayKind::Negative => "colorway-negative",
        ColorwayKind::Black => "colorway-black",
        ColorwayKind::Greyscale => "colorway-greyscale",
        ColorwayKind::Spot => "colorway-spot",
    }
}
