//! The templates screen's layout: the gallery (filters, thumbnails), and for an open template the form (left),
//! the live preview, saving and the compliance panel (right).

use iced::widget::{
    Space, button, column, container, image, mouse_area, pick_list, row, scrollable, text,
    text_input,
};
use iced::{Alignment, Color, Element, Length, mouse};

use super::save::{Purpose, Save};
use super::{Message, Open, PATH_FIELD, Picture, Templates};
use crate::gui::Ctx;
use crate::gui::theme::{self, Tone, size};
use crate::gui::widget::{self, Choice, focus};
use crate::manual::Template;
use crate::manual::template::{Channel, TemplateKind};
use crate::template::write;

/// The area the preview fits in (logical pixels).
const PREVIEW_AREA: (f32, f32) = (520.0, 560.0);
/// The box a thumbnail fits in.
const THUMB_BOX: f32 = 150.0;
/// Width of the form column.
const FORM_WIDTH: f32 = 420.0;

/// The largest box with the page's aspect ratio inside the preview area: a portrait poster stands upright, a
/// LinkedIn banner lies flat.
pub(super) fn preview_box(width: u32, height: u32) -> (f32, f32) {
    box_for(f64::from(width), f64::from(height), PREVIEW_AREA)
}

fn box_for(width: f64, height: f64, area: (f32, f32)) -> (f32, f32) {
    let (w, h) = (width.max(1e-6), height.max(1e-6));
    let scale = (f64::from(area.0) / w).min(f64::from(area.1) / h);
    ((w * scale) as f32, (h * scale) as f32)
}

impl Templates {
    /// The screen.
    pub fn view<'a>(&'a self, ctx: &Ctx<'a>) -> Element<'a, Message> {
        let mut col = column![
            widget::title(
                ctx.tr("templates-title"),
                Some(ctx.tr("templates-subtitle"))
            ),
            self.filters(ctx),
        ]
        .spacing(20);
        if let Some(notice) = &self.notice {
            col = col.push(widget::banner(
                widget::path_text(notice.clone()),
                Tone::Warning,
            ));
        }
        col = col.push(match &self.open {
            None => self.gallery(ctx),
            Some(open) => self.editor(ctx, open),
        });
        scrollable(col.padding(32)).into()
    }

    /// Where the file goes (Print / Skærm / E-mail) and the sender.
    fn filters<'a>(&'a self, ctx: &Ctx<'a>) -> Element<'a, Message> {
        let m = ctx.manual;
        let senders: Vec<Choice<String>> = m
            .senders
            .iter()
            .map(|s| Choice::new(Some(s.id.clone()), s.name.get(ctx.lang).to_owned()))
            .collect();
        let selected = senders
            .iter()
            .find(|c| c.value() == self.sender.as_ref())
            .cloned();
        let sender = row![
            text(ctx.tr("templates-sender")).style(theme::muted),
            pick_list(senders, selected, |c: Choice<String>| {
                Message::Sender(c.into_value())
            })
            .padding([8, 12])
            .style(theme::pick_list)
            .width(Length::Fixed(260.0)),
        ]
        .spacing(8)
        .align_y(Alignment::Center);
        let mut filters = row![].spacing(8).align_y(Alignment::Center);
        if self.open.is_none() {
            for (channel, label) in [
                (None, "templates-channel-all"),
                (Some(Channel::Print), "templates-channel-print"),
                (Some(Channel::Screen), "templates-channel-screen"),
                (Some(Channel::Email), "templates-channel-email"),
            ] {
                filters = filters.push(widget::choice(
                    ctx.tr(label),
                    self.channel == channel,
                    Message::Channel(channel),
                ));
            }
            filters = filters.push(Space::new().width(Length::Fixed(24.0)));
        }
        filters.push(sender).wrap().vertical_spacing(8).into()
    }

    /// The templates as thumbnails.
    fn gallery<'a>(&'a self, ctx: &Ctx<'a>) -> Element<'a, Message> {
        let m = ctx.manual;
        let shown: Vec<&Template> = m
            .templates
            .iter()
            .filter(|t| self.channel.is_none_or(|c| t.channel(m) == c))
            .collect();
        let mut col = column![].spacing(16);
        if shown.is_empty() {
            col = col.push(widget::caption(ctx.tr("templates-none")));
        }
        let cards = shown.into_iter().map(|t| self.card(ctx, t));
        col = col.push(row(cards).spacing(16).wrap().vertical_spacing(16));
        col.push(
            row![
                widget::secondary(ctx.tr("templates-open-saved"), Some(Message::OpenFill)),
                Space::new().width(Length::Fixed(12.0)),
                widget::caption(ctx.tr("templates-drop-hint")),
            ]
            .align_y(Alignment::Center),
        )
        .push(self.saving(ctx))
        .into()
    }

    /// One template in the gallery: its thumbnail (with the sender's logo), name and format.
    fn card<'a>(&'a self, ctx: &Ctx<'a>, t: &'a Template) -> Element<'a, Message> {
        let m = ctx.manual;
        let (w, h) = t
            .page_size(m, &t.design)
            .map_or((THUMB_BOX, THUMB_BOX), |(w, h)| {
                box_for(w, h, (THUMB_BOX, THUMB_BOX))
            });
        let thumb: Element<'a, Message> = match self.thumbs.get(&t.id) {
            Some(p) => image(p.handle.clone())
                .width(Length::Fixed(w))
                .height(Length::Fixed(h))
                .into(),
            None => container(Space::new())
                .width(Length::Fixed(w))
                .height(Length::Fixed(h))
                .style(theme::plain(Color::WHITE))
                .into(),
        };
        let format = m
            .preset(&t.design)
            .map(|p| p.name.get(ctx.lang).to_owned())
            .unwrap_or_default();
        let variants = if t.variants.len() > 1 {
            ctx.tr_args(
                "templates-variants",
                &[("count", (t.variants.len() as i64).into())],
            )
        } else {
            format
        };
        let message = Message::Open(t.id.clone());
        focus(
            button(
                column![
                    container(thumb)
                        .center_x(Length::Fixed(THUMB_BOX + 8.0))
                        .center_y(Length::Fixed(THUMB_BOX + 8.0))
                        .style(theme::frame(theme::LIGHT.border, 1.0)),
                    text(t.name.get(ctx.lang).to_owned()).font(theme::FONT_SEMIBOLD),
                    text(format!("{} · {variants}", kind_name(ctx, t.kind)))
                        .size(size::SMALL)
                        .style(theme::muted),
                ]
                .spacing(6)
                .width(Length::Fixed(THUMB_BOX + 24.0)),
            )
            .padding(8)
            .style(theme::card_button)
            .on_press(message.clone()),
            Some(message),
        )
        .into()
    }

    /// An open template: the form, and the preview with saving and the compliance panel.
    fn editor<'a>(&'a self, ctx: &Ctx<'a>, open: &'a Open) -> Element<'a, Message> {
        let right = column![
            self.preview(ctx, open),
            self.save_card(ctx, open),
            compliance(ctx, open),
        ]
        .spacing(16)
        .width(Length::Fill);
        row![
            container(self.form(ctx, open)).width(Length::Fixed(FORM_WIDTH)),
            right
        ]
        .spacing(24)
        .into()
    }

    /// The live preview at the page's true aspect ratio; a click chooses a photo's focal point.
    fn preview<'a>(&'a self, ctx: &Ctx<'a>, open: &'a Open) -> Element<'a, Message> {
        let m = ctx.manual;
        let template = m.template(&open.fill.template);
        let variant = template.map(|t| open.fill.variant(t).to_owned());
        let page_size = template
            .zip(variant.as_deref())
            .and_then(|(t, v)| t.page_size(m, v));
        let stale = open.rendering
            || open
                .preview
                .as_ref()
                .is_none_or(|p| p.generation != open.generation);
        let (w, h) = match (&open.preview, page_size) {
            (Some(super::Preview { picture: Ok(p), .. }), _) => preview_box(p.width, p.height),
            (_, Some((w, h))) => box_for(w, h, PREVIEW_AREA),
            _ => PREVIEW_AREA,
        };
        let inner: Element<'a, Message> = match open.preview.as_ref().map(|p| &p.picture) {
            Some(Ok(Picture { handle, .. })) => mouse_area(
                image(handle.clone())
                    .width(Length::Fixed(w))
                    .height(Length::Fixed(h)),
            )
            .on_move(Message::Hover)
            .on_press(Message::PreviewClicked)
            .interaction(mouse::Interaction::Crosshair)
            .into(),
            Some(Err(reason)) => container(text(reason.clone()).size(size::SMALL))
                .center(Length::Fixed(w))
                .into(),
            None => Space::new()
                .width(Length::Fixed(w))
                .height(Length::Fixed(h))
                .into(),
        };
        let frame = container(inner)
            .id(crate::gui::id::TEMPLATE_PREVIEW)
            .width(Length::Fixed(w))
            .height(Length::Fixed(h))
            .style(theme::frame(theme::LIGHT.border, 1.0));
        let size = variant
            .as_deref()
            .and_then(|v| m.preset(v))
            .map(|p| super::form::format_label(ctx, p));
        let status = if stale {
            ctx.tr("templates-preview-updating")
        } else {
            ctx.tr("templates-preview-ready")
        };
        widget::card(
            column![
                container(frame).center_x(Length::Fill),
                row![
                    widget::caption(size.unwrap_or_default()),
                    Space::new().width(Length::Fill),
                    widget::caption(status),
                ],
            ]
            .spacing(8),
        )
    }

    /// Saving: the format, "Gem …" (disabled with the reason while the manual blocks it), the `.dpskabelon`.
    fn save_card<'a>(&'a self, ctx: &Ctx<'a>, open: &'a Open) -> Element<'a, Message> {
        let outputs = write::outputs(ctx.manual, &open.fill);
        let formats = row(outputs
            .into_iter()
            .map(|o| widget::choice(o.name().to_owned(), open.output == o, Message::Output(o))))
        .spacing(8);
        let blocked = self.blocked(ctx);
        let mut buttons = row![
            widget::primary(
                ctx.tr("templates-save"),
                blocked.is_none().then_some(Message::Save)
            ),
            widget::secondary(ctx.tr("templates-save-fill"), Some(Message::SaveFill)),
        ]
        .spacing(8)
        .align_y(Alignment::Center);
        let is_signature = self
            .template(ctx.manual)
            .is_some_and(|t| t.kind == TemplateKind::Signature);
        if is_signature {
            buttons = buttons.push(widget::secondary(
                ctx.tr("templates-copy-html"),
                (!open.report.is_blocking()).then_some(Message::CopyHtml),
            ));
        }
        let mut col = column![
            widget::heading(ctx.tr("templates-save-heading")),
            formats,
            buttons
        ]
        .spacing(10);
        if let Some(reason) = blocked {
            col = col.push(text(reason).style(theme::toned(Tone::Danger)));
        }
        widget::card(col.push(self.saving(ctx)))
    }

    /// Where saving (or opening) is: the path field without a dialog, the question before replacing, the
    /// result.
    fn saving<'a>(&'a self, ctx: &Ctx<'a>) -> Element<'a, Message> {
        match &self.save {
            Save::Typing(purpose, path) => {
                let (explain, action) = match purpose {
                    Purpose::File | Purpose::SaveFill => {
                        ("dialog-unavailable", "templates-save-here")
                    }
                    _ => ("dialog-unavailable", "templates-open-here"),
                };
                widget::banner(
                    column![
                        widget::path_text(ctx.tr(explain)),
                        text_input("", path)
                            .id(PATH_FIELD)
                            .on_input(Message::TypePath)
                            .on_submit(Message::UseTyped)
                            .padding([8, 12])
                            .style(theme::input),
                        row![
                            widget::primary(ctx.tr(action), Some(Message::UseTyped)),
                            widget::secondary(
                                ctx.tr("templates-cancel"),
                                Some(Message::CancelSave)
                            ),
                        ]
                        .spacing(8),
                    ]
                    .spacing(8),
                    Tone::Warning,
                )
            }
            Save::Exists(_, path) => widget::banner(
                column![
                    widget::path_text(ctx.tr_args(
                        "templates-exists",
                        &[("path", path.display().to_string().into())]
                    )),
                    row![
                        widget::primary(ctx.tr("templates-replace"), Some(Message::Replace)),
                        widget::secondary(ctx.tr("templates-cancel"), Some(Message::CancelSave)),
                    ]
                    .spacing(8),
                ]
                .spacing(8),
                Tone::Warning,
            ),
            Save::Saved(paths) => {
                let mut col = column![].spacing(6);
                for path in paths {
                    col = col.push(widget::path_text(ctx.tr_args(
                        "templates-saved",
                        &[("path", path.display().to_string().into())],
                    )));
                }
                if let Some(first) = paths.first() {
                    col = col.push(widget::link(
                        ctx.tr("templates-reveal"),
                        Message::Reveal(first.clone()),
                    ));
                }
                widget::banner(col, Tone::Success)
            }
            Save::FillSaved(path) => widget::banner(
                column![
                    widget::path_text(ctx.tr_args(
                        "templates-fill-saved",
                        &[("path", path.display().to_string().into())],
                    )),
                    widget::link(ctx.tr("templates-reveal"), Message::Reveal(path.clone())),
                ]
                .spacing(6),
                Tone::Success,
            ),
            Save::Failed(reason) => widget::banner(widget::path_text(reason.clone()), Tone::Danger),
            Save::Writing => widget::caption(ctx.tr("templates-writing")),
            Save::Idle | Save::Choosing(_) => Space::new().into(),
        }
    }
}

/// The live compliance panel: the same findings the CLI gives for this fill and format.
fn compliance<'a>(ctx: &Ctx<'a>, open: &'a Open) -> Element<'a, Message> {
    let mut col = column![widget::heading(ctx.tr("templates-check"))].spacing(8);
    if open.report.findings.is_empty() {
        col = col.push(widget::banner(
            text(ctx.tr("templates-check-ok")),
            Tone::Success,
        ));
    }
    for f in &open.report.findings {
        col = col.push(widget::finding(ctx, f));
    }
    widget::card(col)
}

/// A template kind's name.
pub(super) fn kind_name(ctx: &Ctx, kind: TemplateKind) -> String {
    let id = format!("template-kind-{}", kind.id());
    if crate::i18n::catalog().has(ctx.lang, &id) {
        ctx.tr(&id)
    } else {
        kind.id().to_owned()
    }
}
