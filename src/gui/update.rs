//! "Designmanualen er opdateret til 2.2": the banner over every screen after the manual changed version, with
//! the changelog lines since the version the user last saw (remembered in the settings).

use iced::widget::{column, container, row, text};
use iced::{Alignment, Element, Length};

use crate::gui::Ctx;
use crate::gui::theme::{self, Tone};
use crate::gui::widget;
use crate::publish::Update;

/// The banner, with `dismiss` sent by its button.
pub fn view<'a, Message: Clone + 'a>(
    ctx: &Ctx<'a>,
    update: &'a Update,
    dismiss: Message,
) -> Element<'a, Message> {
    let title = ctx.tr_args(
        "publish-banner-title",
        &[("version", update.version.clone().into())],
    );
    let mut col = column![
        row![
            text(title).font(theme::FONT_SEMIBOLD).width(Length::Fill),
            widget::secondary(ctx.tr("publish-banner-dismiss"), Some(dismiss)),
        ]
        .spacing(12)
        .align_y(Alignment::Center)
    ]
    .spacing(6);
    for entry in &update.entries {
        col = col.push(text(format!(
            "{} ({}): {}",
            entry.version,
            entry.date,
            entry.text.get(ctx.lang)
        )));
    }
    container(col)
        .padding([10, 14])
        .width(Length::Fill)
        .style(theme::banner(Tone::Success))
        .into()
}
