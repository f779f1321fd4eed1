//! The export screen's layout: what is exported (left), for what and how (middle), the report and saving
//! (right).

use iced::widget::{
    Space, button, column, container, progress_bar, row, scrollable, text, text_input, toggler,
};
use iced::{Alignment, Color, Element, Length};

use super::{Export, Message, PATH_FIELD, Pack, Picker, Save};
use crate::compliance::Severity;
use crate::export;
use crate::export::ExportError;
use crate::gui::Ctx;
use crate::gui::id as search_id;
use crate::gui::picture::Spec;
use crate::gui::screen::{logo_detail, medium_key, preset_size};
use crate::gui::theme::{self, Tone, size};
use crate::gui::widget::picker::{self, Entry};
use crate::gui::widget::{self, focus};
use crate::manual::{ColorSpace, Format, Medium};
use crate::plan::Units;

impl Export {
    /// The screen.
    pub fn view<'a>(&'a self, ctx: &Ctx<'a>) -> Element<'a, Message> {
        let columns = row![
            column![self.subject(ctx)]
                .spacing(16)
                .width(Length::FillPortion(4)),
            column![self.presets(ctx)]
                .spacing(16)
                .width(Length::FillPortion(5)),
            column![
                self.result(ctx),
                self.saving(ctx),
                self.report(ctx),
                self.pack_view(ctx)
            ]
            .spacing(16)
            .width(Length::FillPortion(5)),
        ]
        .spacing(20);
        scrollable(
            column![
                widget::title(ctx.tr("export-title"), Some(ctx.tr("export-subtitle"))),
                columns,
                widget::card(self.kit.view(ctx).map(Message::Kit)),
            ]
            .spacing(20)
            .padding(32),
        )
        .into()
    }

    fn subject<'a>(&'a self, ctx: &Ctx<'a>) -> Element<'a, Message> {
        let m = ctx.manual;
        let logos = m.logos.iter().map(|l| {
            Entry::new(l.name.get(ctx.lang).to_owned(), Message::Logo(l.id.clone()))
                .also(format!("{} {}", l.id, l.synonyms.join(" ")))
                .selected(self.logo.as_deref() == Some(l.id.as_str()))
        });
        let logo_pick = picker::view(
            ctx,
            search_id::EXPORT_LOGO,
            &self.search.logo,
            |q| Message::Search(Picker::Logo, q),
            logos.collect(),
        );

        let mut col = column![widget::caption(ctx.tr("export-logo")), logo_pick].spacing(8);
        if let Some(logo) = self.logo.as_deref().and_then(|id| m.logo(id)) {
            let lockups = logo.lockups.iter().map(|l| {
                widget::choice(
                    l.name.get(ctx.lang).to_owned(),
                    self.lockup.as_deref() == Some(l.id.as_str()),
                    Message::Lockup(l.id.clone()),
                )
            });
            let mut colorways = vec![widget::choice(
                ctx.tr("export-colorway-auto"),
                self.colorway.is_none(),
                Message::Colorway(None),
            )];
            colorways.extend(logo.colorways.iter().map(|c| {
                widget::choice(
                    c.name.get(ctx.lang).to_owned(),
                    self.colorway.as_deref() == Some(c.id.as_str()),
                    Message::Colorway(Some(c.id.clone())),
                )
            }));
            col = col
                .push(widget::caption(ctx.tr("detail-lockup")))
                .push(row(lockups).spacing(8).wrap().vertical_spacing(8));
            col = col.push(logo_detail::cobrand_choice(
                ctx,
                logo,
                self.cobranded,
                Message::Cobranded,
            ));
            col = col
                .push(widget::caption(ctx.tr("detail-colorway")))
                .push(row(colorways).spacing(8).wrap().vertical_spacing(8));
        }
        let backgrounds = m.colors.iter().map(|c| {
            Entry::new(
                c.name.get(ctx.lang).to_owned(),
                Message::Background(Some(c.id.clone())),
            )
            .also(format!("{} {}", c.id, c.hex))
            .swatch(c.rgb)
            .selected(self.background.as_deref() == Some(c.id.as_str()))
        });
        col = col
            .push(widget::caption(ctx.tr("detail-background")))
            .push(widget::choice(
                ctx.tr("export-transparent"),
                self.background.is_none(),
                Message::Background(None),
            ))
            .push(picker::view(
                ctx,
                search_id::EXPORT_BACKGROUND,
                &self.search.background,
                |q| Message::Search(Picker::Background, q),
                backgrounds.collect(),
            ));

        let senders = m.senders.iter().map(|s| {
            Entry::new(
                s.name.get(ctx.lang).to_owned(),
                Message::Sender(Some(s.id.clone())),
            )
            .also(format!("{} {}", s.id, s.synonyms.join(" ")))
            .selected(self.sender.as_deref() == Some(s.id.as_str()))
        });
        col = col
            .push(widget::caption(ctx.tr("export-sender")))
            .push(widget::choice(
                ctx.tr("export-sender-none"),
                self.sender.is_none(),
                Message::Sender(None),
            ))
            .push(picker::view(
                ctx,
                search_id::EXPORT_SENDER,
                &self.search.sender,
                |q| Message::Search(Picker::Sender, q),
                senders.collect(),
            ));
        widget::card(col)
    }

    fn presets<'a>(&'a self, ctx: &Ctx<'a>) -> Element<'a, Message> {
        let m = ctx.manual;
        let mut col = column![
            widget::heading(ctx.tr("export-presets")),
            iced::widget::text_input(
                &ctx.tr_args("picker-search", &[("count", m.presets.len().into())]),
                &self.search.preset,
            )
            .id(search_id::EXPORT_PRESET)
            .on_input(|q| Message::Search(Picker::Preset, q))
            .padding([7, 10])
            .size(size::SMALL)
            .style(theme::input)
            .width(Length::Fill),
        ]
        .spacing(8);
        // searchable and sorted by visible name within each medium (the chosen preset always on show)
        let words: Vec<String> = self
            .search
            .preset
            .split_whitespace()
            .map(crate::naming::fold)
            .collect();
        let mut sorted: Vec<&crate::manual::Preset> = m
            .presets
            .iter()
            .filter(|p| {
                self.preset.as_deref() == Some(p.id.as_str()) || {
                    let hay = crate::naming::fold(&format!("{} {}", p.name.get(ctx.lang), p.id));
                    words.iter().all(|w| hay.contains(w.as_str()))
                }
            })
            .collect();
        sorted.sort_by_cached_key(|p| crate::naming::fold(p.name.get(ctx.lang)));
        for medium in [Medium::Print, Medium::Office, Medium::Web, Medium::Social] {
            let label = medium_key(medium);
            let presets: Vec<Element<'a, Message>> = sorted
                .iter()
                .filter(|p| p.medium == medium)
                .take(picker::LIMIT)
                .map(|p| {
                    let selected = self.preset.as_deref() == Some(p.id.as_str());
                    let message = Message::Preset(p.id.clone());
                    focus(
                        button(
                            row![
                                text(p.name.get(ctx.lang).to_owned()).width(Length::Fill),
                                text(preset_size(ctx, p.size))
                                    .size(size::SMALL)
                                    .style(theme::muted),
                            ]
                            .spacing(8)
                            .align_y(Alignment::Center),
                        )
                        .padding([7, 12])
                        .width(Length::Fill)
                        .style(theme::choice_button(selected))
                        .on_press(message.clone()),
                        Some(message),
                    )
                    .into()
                })
                .collect();
            if presets.is_empty() {
                continue;
            }
            col = col
                .push(Space::new().height(6))
                .push(
                    text(ctx.tr(label))
                        .font(theme::FONT_SEMIBOLD)
                        .size(size::SMALL),
                )
                .push(column(presets).spacing(6));
        }
        if let Some(preset) = self.preset.as_deref().and_then(|id| m.preset(id)) {
            let formats = preset.formats.iter().map(|f| {
                widget::choice(
                    ctx.tr(format_label(*f)),
                    self.format == Some(*f),
                    Message::Format(*f),
                )
            });
            col = col
                .push(Space::new().height(6))
                .push(widget::caption(ctx.tr("export-format")))
                .push(row(formats).spacing(8));
            if !preset.medium.is_screen() {
                col = col.push(focus(
                    toggler(self.page)
                        .label(ctx.tr("export-page"))
                        .on_toggle(Message::Page),
                    Some(Message::Page(!self.page)),
                ));
            }
        }
        widget::card(col)
    }

    /// The preview of the file and its facts.
    fn result<'a>(&'a self, ctx: &Ctx<'a>) -> Element<'a, Message> {
        let m = ctx.manual;
        let Some(request) = self.request() else {
            return widget::card(widget::caption(ctx.tr("export-need-preset")));
        };
        let plan = match export::plan(m, &request) {
            Ok(plan) => plan,
            Err(e) => {
                return widget::card(text(crate::export::ExportError::from(e).message(ctx.lang)));
            }
        };
        let (w, h) = plan.pixels;
        let (box_w, box_h) = preview_box((f64::from(w), f64::from(h)));
        let background = plan
            .background
            .map_or(Color::from_rgb8(0xee, 0xee, 0xee), |b| {
                theme::from_rgb(b.rgb)
            });
        let spec = Spec {
            request: request.clone(),
            max_side: super::PREVIEW_SIDE,
        };
        let what = if plan.page {
            ctx.tr_args("export-what-page", &[("bleed", ctx.num(plan.bleed).into())])
        } else if plan.units == Units::Mm {
            ctx.tr("export-what-logo")
        } else {
            ctx.tr("export-what-image")
        };
        let mut facts = column![
            widget::field(ctx.tr("export-what"), what),
            widget::field(
                ctx.tr("export-file-size"),
                ctx.tr_args("size-px", &[("width", w.into()), ("height", h.into())]),
            ),
            widget::field(
                ctx.tr("export-resolution"),
                ctx.tr_args("export-dpi", &[("dpi", ctx.num(plan.dpi).into())]),
            ),
            widget::field(
                ctx.tr("export-color-space"),
                match (plan.color_space, request.format.is_raster()) {
                    (ColorSpace::Cmyk, false) => ctx.tr("export-cmyk"),
                    _ => ctx.tr("export-srgb"),
                },
            ),
        ]
        .spacing(6);
        // E-mail signatures are made at a multiple of the size they are shown at: say what to type in.
        if let Some(scale) = plan.preset.map(|p| p.display_scale).filter(|s| *s > 1) {
            facts = facts.push(widget::field(
                ctx.tr("export-display-size"),
                ctx.tr_args(
                    "size-px",
                    &[
                        ("width", (w / scale).into()),
                        ("height", (h / scale).into()),
                    ],
                ),
            ));
        }
        if plan.units == Units::Mm {
            facts = facts.push(widget::field(
                ctx.tr("export-print-size"),
                ctx.tr_args(
                    "size-mm",
                    &[
                        (
                            "width",
                            ctx.num((plan.media().0 * 10.0).round() / 10.0).into(),
                        ),
                        (
                            "height",
                            ctx.num((plan.media().1 * 10.0).round() / 10.0).into(),
                        ),
                    ],
                ),
            ));
        }
        if let Some(colorway) = plan.colorway.filter(|_| plan.colorway_picked) {
            facts = facts.push(widget::field(
                ctx.tr("detail-colorway"),
                colorway.name.get(ctx.lang).to_owned(),
            ));
        }
        widget::card(
            column![
                widget::heading(ctx.tr("export-result")),
                container(
                    container(widget::picture(
                        ctx.pictures,
                        &spec,
                        box_w,
                        box_h,
                        background,
                        ctx.tr("picture-failed"),
                    ))
                    .id(super::PREVIEW)
                    .style(theme::frame(theme::LIGHT.border, 1.0))
                )
                .center_x(Length::Fill),
                facts,
            ]
            .spacing(12),
        )
    }

    fn report<'a>(&'a self, ctx: &Ctx<'a>) -> Element<'a, Message> {
        let mut col = column![widget::heading(ctx.tr("export-report"))].spacing(10);
        if self.request().is_none() {
            col = col.push(widget::caption(ctx.tr("export-report-waiting")));
        } else if self.report.findings.is_empty() {
            col = col.push(
                container(text(ctx.tr("export-report-clean")))
                    .padding([8, 12])
                    .width(Length::Fill)
                    .style(theme::banner(Tone::Success)),
            );
        }
        for f in &self.report.findings {
            col = col.push(widget::finding(ctx, f));
        }
        widget::card(col)
    }

    fn saving<'a>(&'a self, ctx: &Ctx<'a>) -> Element<'a, Message> {
        let blocked = self.blocked(ctx);
        let save = widget::primary(
            ctx.tr("export-save"),
            blocked.is_none().then_some(Message::Save),
        );
        let mut col = column![
            row![save, widget::caption(ctx.tr("export-enter-hint"))]
                .spacing(12)
                .align_y(Alignment::Center)
        ]
        .spacing(10);
        match blocked {
            Some((reason, true)) => col = col.push(text(reason).style(theme::toned(Tone::Danger))),
            Some((reason, false)) => col = col.push(text(reason).style(theme::muted)),
            None => {}
        }
        match &self.save {
            Save::Saved(paths) => {
                let shown = paths
                    .iter()
                    .map(|p| p.display().to_string())
                    .collect::<Vec<_>>()
                    .join("\n");
                let mut saved = column![widget::path_text(
                    ctx.tr_args("export-saved", &[("path", shown.into())])
                )]
                .spacing(8);
                if let Some(first) = paths.first() {
                    saved = saved.push(widget::secondary(
                        ctx.tr("export-reveal"),
                        Some(Message::Reveal(first.clone())),
                    ));
                }
                col = col.push(widget::banner(saved, Tone::Success));
            }
            Save::Typing(path) => {
                col = col.push(widget::banner(
                    column![
                        text(ctx.tr("dialog-type-path")).size(size::SMALL),
                        text_input(&ctx.tr("dialog-path-placeholder"), path)
                            .id(PATH_FIELD)
                            .on_input(Message::TypePath)
                            .on_submit(Message::SaveTyped)
                            .padding([8, 12])
                            .width(Length::Fill),
                        row![
                            widget::primary(ctx.tr("dialog-save-here"), Some(Message::SaveTyped)),
                            widget::secondary(ctx.tr("action-cancel"), Some(Message::CancelSave)),
                        ]
                        .spacing(8),
                    ]
                    .spacing(8),
                    Tone::Warning,
                ));
            }
            Save::Exists(path) => {
                col = col.push(widget::banner(
                    column![
                        widget::path_text(ctx.tr_args(
                            "export-exists",
                            &[("path", path.display().to_string().into())]
                        )),
                        row![
                            widget::primary(ctx.tr("export-replace"), Some(Message::Replace)),
                            widget::secondary(ctx.tr("action-cancel"), Some(Message::CancelSave)),
                        ]
                        .spacing(8),
                    ]
                    .spacing(8),
                    Tone::Warning,
                ));
            }
            Save::Failed(ExportError::Blocked(blocked)) => {
                let mut refused =
                    column![text(ctx.tr("export-save-blocked")).font(theme::FONT_SEMIBOLD)]
                        .spacing(8);
                for f in blocked.findings() {
                    refused = refused.push(widget::finding(ctx, f));
                }
                col = col.push(refused);
            }
            Save::Failed(e) => {
                col = col.push(widget::banner(
                    widget::path_text(
                        ctx.tr_args("export-failed", &[("error", e.message(ctx.lang).into())]),
                    ),
                    Tone::Danger,
                ));
            }
            Save::Writing => col = col.push(widget::caption(ctx.tr("export-writing"))),
            Save::Idle | Save::Choosing => {}
        }
        widget::card(col)
    }

    fn pack_view<'a>(&'a self, ctx: &Ctx<'a>) -> Element<'a, Message> {
        let mut col = column![
            widget::heading(ctx.tr("export-pack")),
            widget::caption(ctx.tr("export-pack-explain")),
        ]
        .spacing(10);
        let again = || widget::secondary(ctx.tr("export-pack-start"), Some(Message::Pack));
        col = match &self.pack {
            Pack::Running {
                done,
                total,
                cancelling,
                ..
            } => col
                .push(progress_bar(0.0..=(*total).max(1) as f32, *done as f32).girth(10))
                .push(
                    row![
                        text(ctx.tr_args(
                            "export-pack-progress",
                            &[("done", (*done).into()), ("total", (*total).into())]
                        ))
                        .width(Length::Fill),
                        widget::secondary(
                            ctx.tr("action-cancel"),
                            (!cancelling).then_some(Message::CancelPack),
                        ),
                    ]
                    .align_y(Alignment::Center),
                ),
            Pack::Done(folder, count) => col
                .push(widget::path_text(ctx.tr_args(
                    "export-pack-done",
                    &[
                        ("count", (*count).into()),
                        ("path", folder.display().to_string().into()),
                    ],
                )))
                .push(
                    row![
                        widget::secondary(
                            ctx.tr("export-reveal"),
                            Some(Message::Reveal(folder.clone()))
                        ),
                        again(),
                    ]
                    .spacing(8)
                    .wrap()
                    .vertical_spacing(8),
                ),
            Pack::Cancelled => col
                .push(text(ctx.tr("export-pack-cancelled")))
                .push(again()),
            Pack::Typing(folder) => col.push(widget::banner(
                column![
                    text(ctx.tr("dialog-type-pack-folder")).size(size::SMALL),
                    text_input(&ctx.tr("dialog-folder-placeholder"), folder)
                        .on_input(Message::TypePackFolder)
                        .on_submit(Message::PackTyped)
                        .padding([8, 12])
                        .width(Length::Fill),
                    row![
                        widget::primary(ctx.tr("dialog-pack-here"), Some(Message::PackTyped)),
                        widget::secondary(ctx.tr("action-cancel"), Some(Message::CancelPackChoice)),
                    ]
                    .spacing(8)
                    .wrap()
                    .vertical_spacing(8),
                ]
                .spacing(8),
                Tone::Warning,
            )),
            Pack::Exists(folder) => col.push(widget::banner(
                column![
                    widget::path_text(ctx.tr_args(
                        "export-pack-exists",
                        &[("path", folder.display().to_string().into())]
                    )),
                    row![
                        widget::primary(ctx.tr("export-pack-replace"), Some(Message::PackReplace)),
                        widget::secondary(ctx.tr("export-pack-beside"), Some(Message::PackBeside)),
                        widget::secondary(ctx.tr("action-cancel"), Some(Message::CancelPackChoice)),
                    ]
                    .spacing(8)
                    .wrap()
                    .vertical_spacing(8),
                ]
                .spacing(8),
                Tone::Warning,
            )),
            Pack::Failed(ExportError::Blocked(blocked)) => {
                let mut refused = column![
                    text(ctx.tr_args(
                        "export-pack-blocked",
                        &[("count", blocked.refusals.len().into())]
                    ))
                    .font(theme::FONT_SEMIBOLD)
                ]
                .spacing(8);
                if let Some(first) = blocked.refusals.first() {
                    refused = refused.push(widget::path_caption(first.subject.clone()));
                    for f in first
                        .report
                        .findings
                        .iter()
                        .filter(|f| f.severity == Severity::Blocking)
                    {
                        refused = refused.push(widget::finding(ctx, f));
                    }
                }
                col.push(refused).push(again())
            }
            Pack::Failed(e) => col
                .push(widget::path_text(ctx.tr_args(
                    "export-failed",
                    &[("error", e.message(ctx.lang).into())],
                )))
                .push(again()),
            Pack::Idle | Pack::Choosing => {
                let col = col.push(widget::secondary(
                    ctx.tr("export-pack-start"),
                    (self.preset.is_some() && self.pack == Pack::Idle).then_some(Message::Pack),
                ));
                if self.preset.is_none() {
                    col.push(widget::caption(ctx.tr("export-pack-need-preset")))
                } else {
                    col
                }
            }
        };
        widget::card(col)
    }
}

/// The largest box with the file's aspect ratio inside the preview area (300 × 300 px): a portrait page
/// stands upright, a wide banner lies flat.
pub(super) fn preview_box((width, height): (f64, f64)) -> (f32, f32) {
    const AREA: (f64, f64) = (300.0, 300.0);
    let (w, h) = (width.max(1e-6), height.max(1e-6));
    let scale = (AREA.0 / w).min(AREA.1 / h);
    ((w * scale) as f32, (h * scale) as f32)
}

/// The catalogue id of a format's name.
fn format_label(format: Format) -> &'static str {
    match format {
        Format::Pdf => "format-pdf",
        Format::Png => "format-png",
        Format::Jpeg => "format-jpeg",
        Format::Svg => "format-svg",
        Format::Ico => "format-ico",
    }
}

#[cfg(test)]
mod tests {
    use super::preview_box;

    #[test]
    fn previews_keep_the_files_aspect_ratio() {
        // A portrait A3 page at 300 dpi (export-standards.md: 3508 × 4961 px) stands upright.
        let (w, h) = preview_box((3508.0, 4961.0));
        assert!((h - 300.0).abs() < 0.01 && w < h, "{w} × {h}");
        assert!((f64::from(w) / f64::from(h) - 3508.0 / 4961.0).abs() < 1e-4);
        // A Facebook cover (851 × 315) lies flat, as wide as the area.
        let (w, h) = preview_box((851.0, 315.0));
        assert!((w - 300.0).abs() < 0.01 && (f64::from(h) - 300.0 * 315.0 / 851.0).abs() < 0.01);
        // A square stays square.
        assert_eq!(preview_box((512.0, 512.0)), (300.0, 300.0));
    }
}
