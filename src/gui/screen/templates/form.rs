//! The form of an open template: the format, then one input per field in the manual's order — required
//! fields marked, character counts, colour choices as swatches, photos by dialog or drag and drop, and the
//! fields filled from the sender or from "Mine oplysninger" shown as they will be printed.

use iced::widget::{Space, button, column, container, row, text, text_editor, text_input};
use iced::{Alignment, Element, Length};

use super::{Message, Open, Templates, field_id};
use crate::gui::Ctx;
use crate::gui::screen::{medium_key, preset_size};
use crate::gui::theme::{self, Tone, size};
use crate::gui::widget::{self, focus};
use crate::manual::template::{Element as Field, ElementKind, PhotoField, Source, TextField};
use crate::manual::{Manual, Preset};

impl Templates {
    /// The form.
    pub(super) fn form<'a>(&'a self, ctx: &Ctx<'a>, open: &'a Open) -> Element<'a, Message> {
        let m = ctx.manual;
        let Some(t) = m.template(&open.fill.template) else {
            return widget::caption(ctx.tr("templates-none"));
        };
        let variant = open.fill.variant(t);
        let mut col = column![
            widget::link(ctx.tr("templates-back"), Message::Close),
            widget::heading(t.name.get(ctx.lang).to_owned()),
        ]
        .spacing(12);
        if let Some(description) = &t.description {
            col = col.push(widget::caption(description.get(ctx.lang).to_owned()));
        }
        if t.variants.len() > 1 {
            let presets: Vec<&Preset> = t.variants.iter().filter_map(|v| m.preset(v)).collect();
            let labels: Vec<String> = presets.iter().map(|p| format_label(ctx, p)).collect();
            let choices = presets.iter().zip(&labels).map(|(p, label)| {
                // Two formats of one size (the letterhead for the print shop and for the office printer)
                // also say what they are for.
                let label = if labels.iter().filter(|l| *l == label).count() > 1 {
                    format!("{label} · {}", ctx.tr(medium_key(p.medium)))
                } else {
                    label.clone()
                };
                widget::choice(label, p.id == variant, Message::Variant(p.id.clone()))
            });
            col = col
                .push(widget::caption(ctx.tr("templates-variant")))
                .push(row(choices).spacing(6).wrap().vertical_spacing(6));
        }
        let pages = t.page_count() as usize;
        if pages > 1 {
            let choices = (0..pages).map(|i| {
                let label = t.pages.get(i).map_or_else(
                    || ctx.tr_args("templates-page", &[("number", (i as i64 + 1).into())]),
                    |l| l.get(ctx.lang).to_owned(),
                );
                widget::choice(label, open.page == i, Message::Page(i))
            });
            col = col.push(row(choices).spacing(6));
        }
        col = col.push(widget::caption(ctx.tr("templates-required-legend")));
        for field in t.fields().filter(|f| f.in_variant(variant)) {
            col = col.push(field_row(ctx, open, field));
        }
        widget::card(col)
    }
}

/// One field: its label (marked when required), its input, and what helps filling it in.
fn field_row<'a>(ctx: &Ctx<'a>, open: &'a Open, field: &'a Field) -> Element<'a, Message> {
    let (Some(id), Some(label)) = (&field.id, &field.label) else {
        return Space::new().into();
    };
    let mut name = label.get(ctx.lang).to_owned();
    if field.required {
        name.push_str(" *");
    }
    let body: Element<'a, Message> = match &field.kind {
        ElementKind::Text(tf) => text_field(ctx, open, field, id, tf),
        ElementKind::Photo(pf) => photo_field(ctx, open, id, pf),
        ElementKind::Qr(_) => text_input(
            &ctx.tr("templates-qr-placeholder"),
            open.fill.texts.get(id).map_or("", String::as_str),
        )
        .id(field_id(id))
        .on_input(move |s| Message::Text(id.clone(), s))
        .on_submit(Message::Save)
        .padding([8, 12])
        .style(theme::input)
        .into(),
        _ => Space::new().into(),
    };
    let count = match &field.kind {
        ElementKind::Text(tf) if tf.editable => {
            let n = open.fill.value(ctx.manual, field).chars().count();
            ctx.tr_args(
                "templates-count",
                &[
                    ("count", (n as i64).into()),
                    ("lines", i64::from(tf.max_lines).into()),
                ],
            )
        }
        _ => String::new(),
    };
    column![
        row![
            text(name).font(theme::FONT_SEMIBOLD).size(size::SMALL),
            Space::new().width(Length::Fill),
            widget::caption(count),
        ]
        .align_y(Alignment::Center),
        body,
    ]
    .spacing(6)
    .into()
}

/// A text field: a line (or an editor for several lines) and its colours; a field filled from the sender or
/// the person shows its value and where it comes from.
fn text_field<'a>(
    ctx: &Ctx<'a>,
    open: &'a Open,
    field: &'a Field,
    id: &'a String,
    tf: &'a TextField,
) -> Element<'a, Message> {
    let m = ctx.manual;
    let placeholder = tf
        .default
        .as_ref()
        .map_or_else(String::new, |d| d.get(ctx.lang).to_owned());
    let input: Element<'a, Message> = if !tf.editable {
        let value = open.fill.value(m, field);
        let from = tf.source.map_or("", source_label);
        column![
            text(if value.is_empty() {
                ctx.tr("templates-source-empty")
            } else {
                value
            }),
            widget::caption(ctx.tr(from)),
        ]
        .spacing(2)
        .into()
    } else if let Some(editor) = open.editors.get(id) {
        text_editor(editor)
            .id(field_id(id))
            .placeholder(placeholder)
            .on_action(move |a| Message::Edit(id.clone(), a))
            .height(Length::Fixed(
                (22.0 * tf.max_lines.clamp(2, 6) as f32) + 16.0,
            ))
            .padding(8)
            .style(theme::editor(false))
            .into()
    } else {
        // A field filled from the sender or the person shows that value, ready to be changed.
        let value = match tf.source {
            Some(_) => open.fill.value(m, field),
            None => open.fill.texts.get(id).cloned().unwrap_or_default(),
        };
        text_input(&placeholder, &value)
            .id(field_id(id))
            .on_input(move |s| Message::Text(id.clone(), s))
            .on_submit(Message::Save)
            .padding([8, 12])
            .style(theme::input)
            .into()
    };
    let mut col = column![input].spacing(6);
    if tf.editable
        && let Some(source) = tf.source
    {
        col = col.push(widget::caption(ctx.tr(source_label(source))));
    }
    if tf.colors.len() > 1 {
        col = col.push(swatches(ctx, m, open, field, id, &tf.colors));
    }
    col.into()
}

/// The palette colours a field may use, as swatches; the chosen one is framed.
fn swatches<'a>(
    ctx: &Ctx<'a>,
    m: &'a Manual,
    open: &'a Open,
    field: &'a Field,
    id: &'a str,
    colors: &'a [String],
) -> Element<'a, Message> {
    let chosen = open.fill.color(field);
    let items = colors.iter().filter_map(|c| m.color(c)).map(|c| {
        let selected = chosen == Some(c.id.as_str());
        let message = Message::Color(id.to_owned(), c.id.clone());
        focus(
            button(
                row![
                    container(Space::new())
                        .width(Length::Fixed(18.0))
                        .height(Length::Fixed(18.0))
                        .style(theme::solid(theme::from_rgb(c.rgb))),
                    text(c.name.get(ctx.lang).to_owned()).size(size::SMALL),
                ]
                .spacing(6)
                .align_y(Alignment::Center),
            )
            .padding([4, 8])
            .style(theme::choice_button(selected))
            .on_press(message.clone()),
            Some(message),
        )
        .into()
    });
    row(items.collect::<Vec<Element<'a, Message>>>())
        .spacing(6)
        .wrap()
        .vertical_spacing(6)
        .into()
}

/// A photo field: choose (dialog or drag and drop), remove, its size, and how to set the focal point.
fn photo_field<'a>(
    ctx: &Ctx<'a>,
    open: &'a Open,
    id: &'a String,
    _pf: &'a PhotoField,
) -> Element<'a, Message> {
    let chosen = open.fill.photos.get(id);
    let mut buttons = row![widget::secondary(
        ctx.tr("templates-photo-choose"),
        Some(Message::PickPhoto(id.clone()))
    )]
    .spacing(8);
    if chosen.is_some() {
        buttons = buttons.push(widget::secondary(
            ctx.tr("templates-photo-remove"),
            Some(Message::RemovePhoto(id.clone())),
        ));
    }
    let mut col = column![buttons].spacing(4);
    match chosen {
        None => col = col.push(widget::caption(ctx.tr("templates-photo-none"))),
        Some(choice) => {
            let name = choice
                .path
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
            let state = if open.loading.contains(id) {
                ctx.tr("templates-photo-loading")
            } else {
                match open.photo_sizes.get(id) {
                    Some(Ok((w, h))) => ctx.tr_args(
                        "templates-photo-size",
                        &[
                            ("width", i64::from(*w).into()),
                            ("height", i64::from(*h).into()),
                        ],
                    ),
                    Some(Err(_)) => ctx.tr("templates-photo-unusable"),
                    None => String::new(),
                }
            };
            col = col.push(widget::path_caption(format!("{name} · {state}")));
            col = col.push(widget::caption(ctx.tr_args(
                "templates-photo-focus",
                &[
                    ("x", ((choice.focus.x * 100.0).round() as i64).into()),
                    ("y", ((choice.focus.y * 100.0).round() as i64).into()),
                ],
            )));
        }
    }
    col.push(
        text(ctx.tr("templates-drop-hint"))
            .size(size::SMALL)
            .style(theme::toned(Tone::Info)),
    )
    .into()
}

/// The catalogue id saying where a source field's value comes from.
fn source_label(source: Source) -> &'static str {
    if source.is_sender() {
        "templates-from-sender"
    } else {
        "templates-from-person"
    }
}

/// A format button's label: the page size from the preset, with its ISO 216 name where it has one
/// ("A3 · 297 × 420 mm", "500 × 700 mm", "1080 × 1080 px").
pub(super) fn format_label(ctx: &Ctx<'_>, preset: &Preset) -> String {
    let size = preset_size(ctx, preset.size);
    match preset.iso_name() {
        Some(name) => ctx.tr_args(
            "templates-variant-iso",
            &[("name", name.into()), ("size", size.into())],
        ),
        None => size,
    }
}
