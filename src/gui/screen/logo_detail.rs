//! One logo: a large preview on a palette background, the clear space and minimum size drawn over it, and
//! the colourway the manual wants for that background.

use iced::widget::{Space, button, column, container, pin, row, scrollable, stack, text, toggler};
use iced::{Alignment, Color, Element, Length};

use crate::cobrand;
use crate::export::{self, Request, Target};
use crate::gui::Ctx;
use crate::gui::picture::Spec;
use crate::gui::theme::{self, Tone, size};
use crate::gui::widget::{self, focus};
use crate::manual::{Format, Logo, Manual};

/// The preview box on screen, and the size it is rendered at.
const PREVIEW: (f32, f32) = (720.0, 420.0);
const MARGIN: f32 = 48.0;
const PREVIEW_RENDER: (u32, u32) = (1248, 648);

/// The detail screen of one logo.
#[derive(Debug, Clone)]
pub struct LogoDetail {
    logo: String,
    lockup: String,
    colorway: String,
    background: String,
    clear_space: bool,
    minimum: bool,
    /// Show the co-branded lockup (institutions under a co-branding rule).
    cobranded: bool,
}

/// What the user did.
#[derive(Debug, Clone)]
pub enum Message {
    /// Pick a lockup.
    Lockup(String),
    /// Pick a colourway.
    Colorway(String),
    /// Pick a background.
    Background(String),
    /// Show or hide the clear space.
    ClearSpace(bool),
    /// Show or hide the minimum size.
    Minimum(bool),
    /// Show the logo alone or as the co-branded lockup.
    Cobranded(bool),
    /// Export this logo as shown.
    Export,
    /// Back to the logos.
    Back,
}

/// What the top level must do.
#[derive(Debug)]
pub enum Action {
    /// Make sure these pictures are rendered.
    Pictures(Vec<Spec>),
    /// Open the export screen with this logo, lockup, colourway and background.
    Export {
        /// Logo id.
        logo: String,
        /// Lockup id.
        lockup: String,
        /// Colourway id.
        colorway: String,
        /// Background colour id.
        background: String,
        /// The co-branded lockup.
        cobranded: bool,
    },
    /// Go back.
    Back,
}

impl LogoDetail {
    /// The detail of a logo, with a lockup and colourway if given (else the first lockup and the colourway for
    /// its first allowed background).
    pub fn new(
        m: &Manual,
        logo: &str,
        lockup: Option<&str>,
        colorway: Option<&str>,
    ) -> Option<LogoDetail> {
        let l = m.logo(logo)?;
        let lockup = lockup.and_then(|id| l.lockup(id)).or(l.lockups.first())?;
        let colorway = colorway
            .and_then(|id| l.colorway(id))
            .or_else(|| crate::plan::pick_colorway(m, l, None))?;
        let background = colorway
            .backgrounds
            .iter()
            .find(|b| m.color(b).is_some())
            .or(m.colors.first().map(|c| &c.id))?
            .clone();
        Some(LogoDetail {
            logo: l.id.clone(),
            lockup: lockup.id.clone(),
            colorway: colorway.id.clone(),
            background,
            clear_space: true,
            minimum: false,
            cobranded: false,
        })
    }

    /// Handles a message.
    pub fn update(&mut self, message: Message, ctx: &Ctx) -> Action {
        match message {
            Message::Lockup(id) => self.lockup = id,
            Message::Colorway(id) => self.colorway = id,
            Message::Background(id) => self.background = id,
            Message::ClearSpace(on) => self.clear_space = on,
            Message::Minimum(on) => self.minimum = on,
            Message::Cobranded(on) => self.cobranded = on,
            Message::Export => {
                return Action::Export {
                    logo: self.logo.clone(),
                    lockup: self.lockup.clone(),
                    colorway: self.colorway.clone(),
                    background: self.background.clone(),
                    cobranded: self.cobranded,
                };
            }
            Message::Back => return Action::Back,
        }
        Action::Pictures(self.pictures(ctx.manual))
    }

    fn preview_request(&self) -> Request {
        Request::logo(
            &self.logo,
            Target::Px {
                width: PREVIEW_RENDER.0,
                height: Some(PREVIEW_RENDER.1),
            },
            Format::Png,
        )
        .with_lockup(&self.lockup)
        .with_colorway(&self.colorway)
        .with_background(&self.background)
        .with_cobranded(self.cobranded)
    }

    /// The minimum width (print mm, screen px) of what is shown: the lockup, or the co-branded lockup.
    fn minimum_width(&self, m: &Manual) -> (Option<f64>, Option<u32>) {
        export::plan(m, &self.preview_request())
            .map(|p| p.minimum_width())
            .unwrap_or_default()
    }

    /// The logo at its minimum screen width, drawn at that real size.
    fn minimum_spec(&self, m: &Manual) -> Option<Spec> {
        let (_, px) = self.minimum_width(m);
        let mut request = Request::logo(
            &self.logo,
            Target::Px {
                width: px?,
                height: None,
            },
            Format::Png,
        )
        .with_lockup(&self.lockup)
        .with_colorway(&self.colorway)
        .with_background(&self.background)
        .with_cobranded(self.cobranded);
        request.clear_space = false;
        Some(Spec {
            request,
            max_side: px?.max(1),
        })
    }

    /// The pictures this screen shows.
    pub fn pictures(&self, m: &Manual) -> Vec<Spec> {
        let mut specs = vec![Spec {
            request: self.preview_request(),
            max_side: PREVIEW_RENDER.0,
        }];
        specs.extend(self.minimum_spec(m));
        specs
    }

    /// The screen.
    pub fn view<'a>(&'a self, ctx: &Ctx<'a>) -> Element<'a, Message> {
        let m = ctx.manual;
        let Some(logo) = m.logo(&self.logo) else {
            return widget::title(ctx.tr("detail-missing"), None);
        };
        let sender = m
            .sender(&logo.sender)
            .map(|s| s.name.get(ctx.lang).to_owned());

        let controls = widget::card(
            column![self.lockups(ctx, logo)]
                .push(cobrand_choice(
                    ctx,
                    logo,
                    self.cobranded,
                    Message::Cobranded,
                ))
                .push(self.colorways(ctx, logo))
                .push(self.backgrounds(ctx))
                .spacing(18),
        );

        let left = column![
            self.preview(ctx),
            row![
                focus(
                    toggler(self.clear_space)
                        .label(ctx.tr("detail-show-clear-space"))
                        .on_toggle(Message::ClearSpace),
                    Some(Message::ClearSpace(!self.clear_space)),
                ),
                focus(
                    toggler(self.minimum)
                        .label(ctx.tr("detail-show-minimum"))
                        .on_toggle(Message::Minimum),
                    Some(Message::Minimum(!self.minimum)),
                ),
            ]
            .spacing(28),
            self.cobranding(ctx, logo),
            self.suggestion(ctx, logo),
            self.rules(ctx, logo),
        ]
        .spacing(16)
        .width(Length::Fixed(PREVIEW.0));

        let right = column![
            controls,
            row![
                widget::primary(ctx.tr("detail-export"), Some(Message::Export)),
                widget::secondary(ctx.tr("action-back"), Some(Message::Back)),
            ]
            .spacing(10),
        ]
        .spacing(16)
        .width(Length::Fill);

        scrollable(
            column![
                widget::title(logo.name.get(ctx.lang).to_owned(), sender),
                row![left, right].spacing(24),
            ]
            .spacing(20)
            .padding(32),
        )
        .into()
    }

    fn preview<'a>(&self, ctx: &Ctx<'a>) -> Element<'a, Message> {
        let m = ctx.manual;
        let spec = Spec {
            request: self.preview_request(),
            max_side: PREVIEW_RENDER.0,
        };
        let background = m
            .color(&self.background)
            .map_or(Color::WHITE, |c| theme::from_rgb(c.rgb));
        let picture = widget::picture(
            ctx.pictures,
            &spec,
            PREVIEW.0 - 2.0 * MARGIN,
            PREVIEW.1 - 2.0 * MARGIN,
            background,
            ctx.tr("picture-failed"),
        );
        let mut layers = stack![
            container(picture)
                .padding(MARGIN)
                .style(theme::solid(background))
        ];
        // The picture has the render's proportions: one scale maps render pixels into the box.
        let scale = (PREVIEW.0 - 2.0 * MARGIN) / PREVIEW_RENDER.0 as f32;
        let marker = theme::colors_for_background(background);
        if self.clear_space
            && let Ok(plan) = export::plan(m, &spec.request)
        {
            let at = |v: f64| MARGIN + v as f32 * scale;
            let len = |v: f64| v as f32 * scale;
            let r = plan.logo_rect;
            let cs = plan.clear_space;
            // The clear space as four bands around the logo, so the logo itself keeps its true colours.
            for (x, y, w, h) in [
                (r.x - cs, r.y - cs, r.w + 2.0 * cs, cs),
                (r.x - cs, r.y + r.h, r.w + 2.0 * cs, cs),
                (r.x - cs, r.y, cs, r.h),
                (r.x + r.w, r.y, cs, r.h),
            ] {
                layers = layers.push(
                    pin(container(Space::new())
                        .width(len(w))
                        .height(len(h))
                        .style(theme::outline(marker, 0.0)))
                    .x(at(x))
                    .y(at(y)),
                );
            }
            for (x, y, w, h) in [
                (r.x - cs, r.y - cs, r.w + 2.0 * cs, r.h + 2.0 * cs),
                (r.x, r.y, r.w, r.h),
            ] {
                layers = layers.push(
                    pin(container(Space::new())
                        .width(len(w))
                        .height(len(h))
                        .style(theme::frame(marker, 1.0)))
                    .x(at(x))
                    .y(at(y)),
                );
            }
        }
        if self.minimum
            && let Some(min) = self.minimum_spec(m)
            && let Ok(plan) = export::plan(m, &min.request)
        {
            let (w, h) = (plan.pixels.0 as f32, plan.pixels.1 as f32);
            layers = layers.push(
                pin(column![
                    container(widget::picture(
                        ctx.pictures,
                        &min,
                        w,
                        h,
                        background,
                        String::new(),
                    ))
                    .padding(8)
                    .style(theme::frame(marker, 1.5)),
                    container(text(ctx.tr("detail-minimum-actual")).size(size::SMALL))
                        .padding([2, 6])
                        .style(theme::card),
                ]
                .spacing(4))
                .x(12.0)
                .y(12.0),
            );
        }
        layers.into()
    }

    fn lockups<'a>(&self, ctx: &Ctx<'a>, logo: &'a Logo) -> Element<'a, Message> {
        let buttons = logo.lockups.iter().map(|l| {
            widget::choice(
                l.name.get(ctx.lang).to_owned(),
                l.id == self.lockup,
                Message::Lockup(l.id.clone()),
            )
        });
        column![
            widget::caption(ctx.tr("detail-lockup")),
            row(buttons).spacing(8).wrap().vertical_spacing(8),
        ]
        .spacing(8)
        .into()
    }

    fn colorways<'a>(&self, ctx: &Ctx<'a>, logo: &'a Logo) -> Element<'a, Message> {
        let buttons = logo.colorways.iter().map(|c| {
            widget::choice(
                c.name.get(ctx.lang).to_owned(),
                c.id == self.colorway,
                Message::Colorway(c.id.clone()),
            )
        });
        column![
            widget::caption(ctx.tr("detail-colorway")),
            row(buttons).spacing(8).wrap().vertical_spacing(8),
        ]
        .spacing(8)
        .into()
    }

    fn backgrounds<'a>(&self, ctx: &Ctx<'a>) -> Element<'a, Message> {
        let buttons = ctx.manual.colors.iter().map(|c| {
            let swatch = container(Space::new())
                .width(16)
                .height(16)
                .style(theme::solid(theme::from_rgb(c.rgb)));
            let message = Message::Background(c.id.clone());
            focus(
                button(
                    row![
                        swatch,
                        text(c.name.get(ctx.lang).to_owned()).size(size::SMALL)
                    ]
                    .spacing(6)
                    .align_y(Alignment::Center),
                )
                .padding([6, 10])
                .style(theme::choice_button(c.id == self.background))
                .on_press(message.clone()),
                Some(message),
            )
            .into()
        });
        column![
            widget::caption(ctx.tr("detail-background")),
            row(buttons.collect::<Vec<Element<'a, Message>>>())
                .spacing(8)
                .wrap()
                .vertical_spacing(8),
        ]
        .spacing(8)
        .into()
    }

    /// Whether the colourway is allowed on the background, and if not, the one that is.
    fn suggestion<'a>(&self, ctx: &Ctx<'a>, logo: &'a Logo) -> Element<'a, Message> {
        let m = ctx.manual;
        let (Some(colorway), Ok(background)) = (
            logo.colorway(&self.colorway),
            crate::plan::background(m, &self.background),
        ) else {
            return Space::new().into();
        };
        let names = [
            ("colorway", colorway.name.get(ctx.lang).to_owned().into()),
            (
                "background",
                background.color.name.get(ctx.lang).to_owned().into(),
            ),
        ];
        let fits =
            |c: &crate::manual::Colorway| c.fit(m, &background.color.id, background.rgb).passes();
        if fits(colorway) {
            return container(text(ctx.tr_args("detail-allowed", &names)).size(size::BODY))
                .padding([10, 14])
                .width(Length::Fill)
                .style(theme::banner(Tone::Success))
                .into();
        }
        let suggested = crate::plan::pick_colorway(m, logo, Some(&background)).filter(|c| fits(c));
        let mut content = column![text(ctx.tr_args("detail-not-allowed", &names))].spacing(8);
        if let Some(s) = suggested {
            content = content.push(widget::secondary(
                ctx.tr_args(
                    "detail-use-suggested",
                    &[("colorway", s.name.get(ctx.lang).to_owned().into())],
                ),
                Some(Message::Colorway(s.id.clone())),
            ));
        }
        container(content)
            .padding([10, 14])
            .width(Length::Fill)
            .style(theme::banner(Tone::Warning))
            .into()
    }

    /// What the co-branding rule says, and whether the preview follows it.
    fn cobranding<'a>(&self, ctx: &Ctx<'a>, logo: &'a Logo) -> Element<'a, Message> {
        let (Some(rule), Some(with)) =
            (cobrand::rule(ctx.manual, logo), cobrand_partner(ctx, logo))
        else {
            return Space::new().into();
        };
        let args = [
            ("with", with.into()),
            ("ratio", ctx.num(rule.min_separation).into()),
            (
                "reference",
                logo.reference_name.get(ctx.lang).to_owned().into(),
            ),
        ];
        let (tone, explanation) = if self.cobranded {
            (Tone::Success, ctx.tr_args("cobrand-shown", &args))
        } else {
            (Tone::Warning, ctx.tr_args("cobrand-required", &args))
        };
        container(text(explanation).size(size::BODY))
            .padding([10, 14])
            .width(Length::Fill)
            .style(theme::banner(tone))
            .into()
    }

    fn rules<'a>(&self, ctx: &Ctx<'a>, logo: &'a Logo) -> Element<'a, Message> {
        let (print_mm, screen_px) = self.minimum_width(ctx.manual);
        // A co-branded lockup's minimum is computed: shown to 0.1 mm, never below the limit.
        let print_mm = print_mm.map(|mm| (mm * 10.0 - 1e-9).ceil() / 10.0);
        let minimum = match (print_mm, screen_px) {
            (Some(mm), Some(px)) => ctx.tr_args(
                "detail-minimum-both",
                &[("mm", ctx.num(mm).into()), ("px", px.into())],
            ),
            (Some(mm), None) => ctx.tr_args("units-mm", &[("value", ctx.num(mm).into())]),
            (None, Some(px)) => ctx.tr_args("units-px", &[("value", px.into())]),
            (None, None) => ctx.tr("value-none"),
        };
        let allowed = logo
            .colorway(&self.colorway)
            .map(|c| {
                c.backgrounds
                    .iter()
                    .filter_map(|b| ctx.manual.color(b))
                    .map(|b| b.name.get(ctx.lang).to_owned())
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .unwrap_or_default();
        widget::card(
            column![
                widget::heading(ctx.tr("detail-rules")),
                widget::field(
                    ctx.tr("detail-clear-space"),
                    ctx.tr_args(
                        "detail-clear-space-rule",
                        &[
                            ("ratio", ctx.num(logo.clear_space_ratio).into()),
                            (
                                "reference",
                                logo.reference_name.get(ctx.lang).to_owned().into()
                            ),
                        ],
                    ),
                ),
                widget::field(ctx.tr("detail-minimum"), minimum),
                widget::field(ctx.tr("detail-allowed-backgrounds"), allowed),
            ]
            .spacing(10),
        )
    }
}

/// The name of the sender whose logo a logo must stand with (`None`: no co-branding rule).
pub(crate) fn cobrand_partner(ctx: &Ctx<'_>, logo: &Logo) -> Option<String> {
    let m = ctx.manual;
    let rule = cobrand::rule(m, logo)?;
    let required = m.logo(&rule.requires)?;
    Some(m.sender(&required.sender).map_or_else(
        || required.name.get(ctx.lang).to_owned(),
        |s| s.name.get(ctx.lang).to_owned(),
    ))
}

/// For a logo under a co-branding rule: the choice between the logo alone and the co-branded lockup (the
/// logo detail and the export screen show the same).
pub(crate) fn cobrand_choice<'a, M: Clone + 'a>(
    ctx: &Ctx<'a>,
    logo: &Logo,
    cobranded: bool,
    message: impl Fn(bool) -> M,
) -> Option<Element<'a, M>> {
    let with = cobrand_partner(ctx, logo)?;
    let choices = row![
        widget::choice(ctx.tr("cobrand-alone"), !cobranded, message(false)),
        widget::choice(
            ctx.tr_args("cobrand-together", &[("with", with.into())]),
            cobranded,
            message(true),
        ),
    ]
    .spacing(8)
    .wrap()
    .vertical_spacing(8);
    Some(
        column![widget::caption(ctx.tr("cobrand-caption")), choices]
            .spacing(8)
            .into(),
    )
}
