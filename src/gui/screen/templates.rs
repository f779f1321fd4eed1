//! Skabeloner: each template's metadata and its page geometry — the page rendered by the export engine with the
//! logo where the size table puts it, and the template's fields drawn over it.

use iced::widget::{Space, column, container, pin, row, scrollable, stack, text};
use iced::{Color, Element, Length};

use crate::export::{self, Request};
use crate::gui::Ctx;
use crate::gui::picture::Spec;
use crate::gui::theme;
use crate::gui::widget;
use crate::manual::{Format, Logo, Manual, Rgb, Template};

/// The page preview fits this box.
const PAGE_BOX: (f32, f32) = (380.0, 440.0);

/// The templates screen.
#[derive(Debug, Default)]
pub struct Templates {
    selected: Option<String>,
}

/// What the user did.
#[derive(Debug, Clone)]
pub enum Message {
    /// Show a template.
    Select(String),
}

/// What the top level must do.
#[derive(Debug)]
pub enum Action {
    /// Make sure these pictures are rendered.
    Pictures(Vec<Spec>),
}

impl Templates {
    /// The screen, showing the first template.
    pub fn new(m: &Manual) -> Templates {
        Templates {
            selected: m.templates.first().map(|t| t.id.clone()),
        }
    }

    /// Handles a message.
    pub fn update(&mut self, message: Message, ctx: &Ctx) -> Action {
        match message {
            Message::Select(id) => self.selected = Some(id),
        }
        Action::Pictures(self.pictures(ctx.manual))
    }

    fn template<'m>(&self, m: &'m Manual) -> Option<&'m Template> {
        self.selected.as_deref().and_then(|id| m.template(id))
    }

    /// The logo templates are shown with: the top sender's (the kommune's).
    fn logo(m: &Manual) -> Option<&Logo> {
        m.logos
            .iter()
            .find(|l| m.sender(&l.sender).is_some_and(|s| s.parent.is_none()))
            .or(m.logos.first())
    }

    /// The page of a template: the logo placed by the size table on white paper.
    fn page_spec(m: &Manual, template: &Template) -> Option<Spec> {
        let logo = Templates::logo(m)?;
        let preset = &template.design;
        let mut request = Request::logo(&logo.id, Request::preset(preset), Format::Png);
        request.page = true;
        request.background = m.color_by_rgb(Rgb([255, 255, 255])).map(|c| c.id.clone());
        Some(Spec {
            request,
            max_side: (PAGE_BOX.1 * 2.0) as u32,
        })
    }

    /// The pictures this screen shows.
    pub fn pictures(&self, m: &Manual) -> Vec<Spec> {
        self.template(m)
            .and_then(|t| Templates::page_spec(m, t))
            .into_iter()
            .collect()
    }

    /// The screen.
    pub fn view<'a>(&'a self, ctx: &Ctx<'a>) -> Element<'a, Message> {
        let m = ctx.manual;
        let list = m.templates.iter().fold(column![].spacing(8), |col, t| {
            col.push(widget::choice(
                t.name.get(ctx.lang).to_owned(),
                self.selected.as_deref() == Some(t.id.as_str()),
                Message::Select(t.id.clone()),
            ))
        });
        let detail: Element<'a, Message> = match self.template(m) {
            Some(t) => row![page(ctx, t), metadata(ctx, t)].spacing(24).into(),
            None => widget::caption(ctx.tr("templates-none")),
        };
        scrollable(
            column![
                widget::title(
                    ctx.tr("templates-title"),
                    Some(ctx.tr("templates-subtitle"))
                ),
                row![list.width(Length::Fixed(220.0)), detail].spacing(24),
            ]
            .spacing(20)
            .padding(32),
        )
        .into()
    }
}

fn metadata<'a>(ctx: &Ctx<'a>, t: &'a Template) -> Element<'a, Message> {
    let m = ctx.manual;
    let preset = m.preset(&t.design);
    let format = preset.map_or_else(
        || t.design.clone(),
        |p| {
            format!(
                "{} · {}",
                p.name.get(ctx.lang),
                super::preset_size(ctx, p.size)
            )
        },
    );
    let bleed = preset.map_or_else(
        || ctx.tr("value-none"),
        |p| ctx.tr_args("units-mm", &[("value", ctx.num(p.bleed_mm).into())]),
    );
    let logo = Some(t.design.as_str())
        .and_then(|size| {
            let logo = Templates::logo(m)?;
            logo.lockups.iter().find_map(|k| logo.size_for(size, &k.id))
        })
        .map_or_else(
            || ctx.tr("value-none"),
            |e| {
                ctx.tr_args(
                    "templates-logo-size",
                    &[
                        ("width", ctx.num(e.width_mm).into()),
                        ("margin", ctx.num(e.margin_mm).into()),
                    ],
                )
            },
        );
    let fields = t.fields().fold(column![].spacing(6), |col, f| {
        let name = f.label.as_ref().map_or("", |l| l.get(ctx.lang));
        col.push(widget::field(
            name.to_owned(),
            ctx.tr_args(
                "templates-field-geometry",
                &[
                    ("x", ctx.num(f.rect.x).into()),
                    ("y", ctx.num(f.rect.y).into()),
                    ("w", ctx.num(f.rect.w).into()),
                    ("h", ctx.num(f.rect.h).into()),
                ],
            ),
        ))
    });
    widget::card(
        column![
            widget::heading(t.name.get(ctx.lang).to_owned()),
            widget::field(ctx.tr("templates-kind"), kind(ctx, t.kind.id())),
            widget::field(ctx.tr("templates-format"), format),
            widget::field(ctx.tr("templates-bleed"), bleed),
            widget::field(ctx.tr("templates-logo"), logo),
            widget::heading(ctx.tr("templates-fields")),
            fields,
            widget::caption(ctx.tr("templates-later")),
        ]
        .spacing(10),
    )
}

/// The page: rendered by the export engine, with the trim box and the fields drawn over it.
fn page<'a>(ctx: &Ctx<'a>, t: &'a Template) -> Element<'a, Message> {
    let m = ctx.manual;
    let Some(spec) = Templates::page_spec(m, t) else {
        return Space::new().into();
    };
    let Ok(plan) = export::plan(m, &spec.request) else {
        return widget::caption(ctx.tr("picture-failed"));
    };
    let (media_w, media_h) = plan.media();
    let scale = (PAGE_BOX.0 / media_w as f32).min(PAGE_BOX.1 / media_h as f32);
    let (w, h) = (media_w as f32 * scale, media_h as f32 * scale);
    let bleed = plan.bleed as f32 * scale;
    let mut layers = stack![
        container(widget::picture(
            ctx.pictures,
            &spec,
            w,
            h,
            Color::WHITE,
            ctx.tr("picture-failed"),
        ))
        .style(theme::frame(theme::LIGHT.border, 1.0))
    ];
    let to_box = |mm: f64| mm as f32 * scale;
    let origin = bleed;
    let marker = theme::colors_for_background(Color::WHITE);
    layers = layers.push(
        pin(container(Space::new())
            .width(to_box(plan.trim.0))
            .height(to_box(plan.trim.1))
            .style(theme::frame(marker, 1.0)))
        .x(origin)
        .y(origin),
    );
    for f in t.fields().filter(|f| f.page == 1) {
        let name = f.label.as_ref().map_or("", |l| l.get(ctx.lang));
        layers = layers.push(
            pin(container(text(name.to_owned()).size(10).color(marker))
                .padding(2)
                .width(to_box(f.rect.w))
                .height(to_box(f.rect.h))
                .style(theme::outline(marker, 1.0)))
            .x(origin + to_box(f.rect.x))
            .y(origin + to_box(f.rect.y)),
        );
    }
    column![layers, widget::caption(ctx.tr("templates-preview-note"))]
        .spacing(8)
        .width(Length::Fixed(w.max(PAGE_BOX.0)))
        .into()
}

/// A template kind's name: from the catalogue for the kinds it knows, else as the manual writes it.
fn kind(ctx: &Ctx, kind: &str) -> String {
    let id = format!("template-kind-{kind}");
    if crate::i18n::catalog().has(ctx.lang, &id) {
        ctx.tr(&id)
    } else {
        kind.to_owned()
    }
}
