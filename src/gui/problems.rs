//! The problems panel: a broken manual still opens with its valid part, and this lists what is wrong with it,
//! one `file:line:col` line per problem.

use iced::widget::{column, container, row, scrollable, text};
use iced::{Alignment, Element, Font, Length};

use crate::gui::Ctx;
use crate::gui::theme::{self, Tone, size};
use crate::gui::widget;
use crate::manual::{Diagnostic, Severity};

/// The banner over every screen, and the list when it is open.
pub fn view<'a, Message: Clone + 'a>(
    ctx: &Ctx<'a>,
    diagnostics: &'a [Diagnostic],
    open: bool,
    toggle: Message,
) -> Option<Element<'a, Message>> {
    if diagnostics.is_empty() {
        return None;
    }
    let errors = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let warnings = diagnostics.len() - errors;
    let tone = if errors > 0 {
        Tone::Danger
    } else {
        Tone::Warning
    };
    let summary = ctx.tr_args(
        "problems-summary",
        &[("errors", errors.into()), ("warnings", warnings.into())],
    );
    let label = if open {
        "problems-hide"
    } else {
        "problems-show"
    };
    let mut col = column![
        row![
            text(summary).width(Length::Fill),
            widget::secondary(ctx.tr(label), Some(toggle)),
        ]
        .spacing(12)
        .align_y(Alignment::Center)
    ]
    .spacing(10);
    if open {
        let lines = diagnostics.iter().map(|d| {
            let (tone, severity) = match d.severity {
                Severity::Error => (Tone::Danger, "problems-error"),
                Severity::Warning => (Tone::Warning, "problems-warning"),
            };
            let place = if d.line == 0 {
                d.file.clone()
            } else {
                format!("{}:{}:{}", d.file, d.line, d.column)
            };
            row![
                text(ctx.tr(severity))
                    .size(size::SMALL)
                    .font(theme::FONT_SEMIBOLD)
                    .style(theme::toned(tone))
                    .width(Length::Fixed(80.0)),
                text(place)
                    .size(size::SMALL)
                    .font(Font::MONOSPACE)
                    .width(Length::Fixed(300.0)),
                text(d.message.render(ctx.lang)).size(size::SMALL),
            ]
            .spacing(10)
            .into()
        });
        col = col.push(
            scrollable(column(lines.collect::<Vec<Element<'a, Message>>>()).spacing(6))
                .height(Length::Shrink),
        );
    }
    Some(
        container(col)
            .padding([12, 16])
            .width(Length::Fill)
            .style(theme::banner(tone))
            .into(),
    )
}
