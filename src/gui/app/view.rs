//! The window's layout: the green navigation rail, the problems banner, notices, and the screen showing.

use iced::widget::{Space, button, center, column, container, row, text};
use iced::{Alignment, Element, Length};

use super::{App, Message};
use crate::export::{Request, Target};
use crate::gui::picture::{Entry, Spec};
use crate::gui::screen::Page;
use crate::gui::theme::{self, size};
use crate::gui::widget::{self, focus};
use crate::gui::{Ctx, problems};
use crate::i18n;
use crate::manual::{ColorwayKind, Format, Manual};
use crate::settings::ManualChoice;

/// Key presses as application messages.
fn shortcut(
    key: &iced::keyboard::Key,
    modifiers: iced::keyboard::Modifiers,
    captured: bool,
) -> Option<Message> {
    crate::gui::keys::shortcut(key, modifiers, captured).map(Message::Key)
}

/// The brand mark on the rail: the top sender's mark, in white.
pub fn brand_spec(m: &Manual) -> Option<Spec> {
    let logo = m
        .logos
        .iter()
        .find(|l| m.sender(&l.sender).is_some_and(|s| s.parent.is_none()))?;
    let lockup = logo
        .lockups
        .iter()
        .find(|l| l.id == "mark")
        .or(logo.lockups.first())?;
    let colorway = logo
        .colorways
        .iter()
        .find(|c| c.kind == ColorwayKind::Negative)?;
    let mut request = Request::logo(
        &logo.id,
        Target::Px {
            width: 96,
            height: None,
        },
        Format::Png,
    )
    .with_lockup(&lockup.id)
    .with_colorway(&colorway.id);
    request.clear_space = false;
    Some(Spec {
        request,
        max_side: 96,
    })
}

impl App {
    /// The window's content.
    pub fn view(&self) -> Element<'_, Message> {
        let lang = self.lang();
        let Some(ready) = &self.ready else {
            return center(
                column![
                    text(i18n::tr(lang, "app-name"))
                        .size(size::TITLE)
                        .font(theme::FONT_SEMIBOLD),
                    text(i18n::tr(lang, "loading")).style(theme::muted),
                ]
                .spacing(8)
                .align_x(Alignment::Center),
            )
            .into();
        };
        let ctx = Ctx {
            manual: &ready.loaded.manual,
            lang,
            pictures: &ready.pictures,
            settings: &self.settings,
        };
        let screen: Element<'_, Message> = match self.page {
            Page::Overview => ready.overview.view(&ctx).map(Message::Overview),
            Page::Logos => ready.logos.view(&ctx).map(Message::Logos),
            Page::Logo => match &ready.detail {
                Some(detail) => detail.view(&ctx).map(Message::Detail),
                None => ready.logos.view(&ctx).map(Message::Logos),
            },
            Page::Colors => ready.colors.view(&ctx).map(Message::Colors),
            Page::Templates => ready.templates.view(&ctx).map(Message::Templates),
            Page::Export => ready.export.view(&ctx).map(Message::Export),
            Page::Editor => self.editor.view(&ctx).map(Message::Editor),
            Page::Settings => ready
                .settings
                .view(&ctx, self.source(&ctx))
                .map(Message::Settings),
        };
        let mut content = column![].width(Length::Fill).height(Length::Fill);
        let mut top = column![].spacing(8).padding([0, 32]);
        let mut has_top = false;
        if let Some(banner) = problems::view(
            &ctx,
            &ready.loaded.diagnostics,
            ready.problems_open,
            Message::ToggleProblems,
        ) {
            top = top.push(banner);
            has_top = true;
        }
        if let Some(update) = &ready.update {
            top = top.push(crate::gui::update::view(
                &ctx,
                update,
                Message::DismissUpdate,
            ));
            has_top = true;
        }
        if let Some((tone, notice)) = &self.notice {
            top = top.push(
                container(
                    row![
                        text(notice.clone()).width(Length::Fill),
                        widget::link(ctx.tr("action-close"), Message::DismissNotice),
                    ]
                    .align_y(Alignment::Center),
                )
                .padding([8, 14])
                .width(Length::Fill)
                .style(theme::banner(*tone)),
            );
            has_top = true;
        }
        if has_top {
            content = content.push(Space::new().height(16)).push(top);
        }
        let page = self.page;
        content = content.push(widget::scroll::scroll_memory(
            screen,
            page as u8,
            self.scroll_offset(page),
            move |offset| Message::Scrolled(page, offset),
        ));
        widget::keys::keys(row![self.rail(&ctx), content], shortcut).into()
    }

    /// Where the manual came from, for the settings screen.
    fn source(&self, ctx: &Ctx) -> String {
        match &self.choice {
            ManualChoice::Embedded => ctx.tr("settings-manual-embedded"),
            ManualChoice::Folder(dir, why) => ctx.tr_args(
                "settings-manual-folder",
                &[
                    ("path", dir.display().to_string().into()),
                    ("why", (*why).into()),
                ],
            ),
            ManualChoice::Published(location, why) => ctx.tr_args(
                "settings-manual-published",
                &[
                    ("path", location.display().to_string().into()),
                    ("why", (*why).into()),
                ],
            ),
        }
    }

    fn rail<'a>(&'a self, ctx: &Ctx<'a>) -> Element<'a, Message> {
        let m = ctx.manual;
        let mark: Element<'a, Message> =
            match brand_spec(m).and_then(|s| ctx.pictures.get(&s).cloned()) {
                Some(Entry::Ready { handle, .. }) => iced::widget::image(handle).width(48).into(),
                _ => Space::new().width(48).height(24).into(),
            };
        let brand = column![
            mark,
            text(ctx.tr("app-name"))
                .size(20)
                .font(theme::FONT_BOLD)
                .color(theme::LIGHT.on_primary),
            text(m.programme.organisation.clone())
                .size(size::SMALL)
                .color(theme::mix(theme::LIGHT.on_primary, theme::GREEN, 0.25)),
        ]
        .spacing(6);
        let current = if self.page == Page::Logo {
            Page::Logos
        } else {
            self.page
        };
        let items = Page::RAIL.iter().map(|&page| {
            let message = Message::Navigate(page);
            focus(
                button(text(ctx.tr(page.label())).size(size::BODY))
                    .padding([9, 14])
                    .width(Length::Fill)
                    .style(theme::rail_button(page == current))
                    .on_press(message.clone()),
                Some(message),
            )
            .into()
        });
        let version = ctx.tr_args(
            "rail-version",
            &[("version", m.programme.version.clone().into())],
        );
        container(
            column![
                brand,
                Space::new().height(20),
                column(items.collect::<Vec<Element<'a, Message>>>()).spacing(4),
                Space::new().height(Length::Fill),
                text(version).size(size::SMALL).color(theme::mix(
                    theme::LIGHT.on_primary,
                    theme::GREEN,
                    0.3
                )),
            ]
            .spacing(4),
        )
        .padding([24, 14])
        .width(Length::Fixed(220.0))
        .height(Length::Fill)
        .style(theme::rail)
        .into()
    }
}
