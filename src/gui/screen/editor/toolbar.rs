//! The editor's toolbar (undo, redo, save — and why saving is not possible now) and the list of the manual's
//! problems that are not at a field on screen.

use iced::widget::{column, container, row, text};
use iced::{Alignment, Element, Length};

use super::{Env, Message, Open};
use crate::gui::theme::{self, Tone, size};
use crate::gui::widget;
use crate::manual::edit::{Problem, SaveError};

/// Problems listed at most.
const LISTED: usize = 12;

/// Undo, redo, save, the save state and the last notice.
pub fn view<'a>(env: &Env<'a>, open: &'a Open) -> Element<'a, Message> {
    let ctx = &env.ctx;
    let session = env.session;
    let (reason, tone) = save_state(env, open);
    let can_save = reason.is_none();
    let status = reason.unwrap_or_else(|| {
        ctx.tr_args(
            "editor-ready-to-save",
            &[
                ("count", session.changed_files().len().into()),
                ("files", session.changed_files().join(", ").into()),
            ],
        )
    });
    let buttons = row![
        widget::secondary(
            ctx.tr("editor-undo"),
            session.can_undo().then_some(Message::Undo)
        ),
        widget::secondary(
            ctx.tr("editor-redo"),
            session.can_redo().then_some(Message::Redo)
        ),
        widget::primary(ctx.tr("editor-save"), can_save.then_some(Message::Save)),
        widget::secondary(
            ctx.tr("editor-publish"),
            open.can_publish().then_some(Message::Publish)
        ),
        text(status)
            .size(size::SMALL)
            .style(theme::toned(tone))
            .width(Length::Fill),
    ]
    .spacing(8)
    .align_y(Alignment::Center);
    let mut content = column![buttons, widget::caption(ctx.tr("editor-keys"))].spacing(8);
    if open.publishing {
        content = content.push(text(ctx.tr("editor-publishing")).size(size::SMALL));
    } else if session.is_dirty() {
        content = content.push(widget::caption(ctx.tr("editor-publish-save-first")));
    }
    if let Some((tone, notice)) = &open.notice {
        let mut line = row![text(notice.clone()).width(Length::Fill)]
            .spacing(8)
            .align_y(Alignment::Center);
        if open.conflict {
            line = line.push(widget::secondary(
                ctx.tr("editor-discard"),
                Some(Message::Discard),
            ));
        }
        line = line.push(widget::link(ctx.tr("action-close"), Message::DismissNotice));
        content = content.push(
            container(line)
                .padding([8, 14])
                .width(Length::Fill)
                .style(theme::banner(*tone)),
        );
    }
    widget::card(content)
}

/// Why saving is not possible now (`None`: it is), and how to show it.
fn save_state(env: &Env, open: &Open) -> (Option<String>, Tone) {
    let ctx = &env.ctx;
    let session = env.session;
    if let Err(reason) = &open.writable {
        let text = ctx.tr_args("editor-read-only", &[("reason", reason.clone().into())]);
        return (Some(text), Tone::Warning);
    }
    if !session.is_dirty() {
        return (Some(ctx.tr("editor-nothing-to-save")), Tone::Info);
    }
    if !session.is_validated() {
        return (Some(ctx.tr("editor-validating")), Tone::Info);
    }
    let errors = session.problems().iter().filter(|p| p.is_error()).count();
    if errors > 0 {
        let text = SaveError::Invalid { errors }.message(ctx.lang);
        return (Some(text), Tone::Danger);
    }
    (None, Tone::Success)
}

/// The manual's problems, errors first, each with where it is.
pub fn problems<'a>(env: &Env<'a>) -> Element<'a, Message> {
    let ctx = &env.ctx;
    let mut all: Vec<&Problem> = env.session.problems().iter().collect();
    if all.is_empty() {
        return widget::caption(ctx.tr("editor-no-problems"));
    }
    all.sort_by_key(|p| !p.is_error());
    let mut list = column![widget::heading(
        ctx.tr_args("editor-problems", &[("count", all.len().into())])
    )]
    .spacing(6);
    for problem in all.iter().take(LISTED) {
        let tone = if problem.is_error() {
            Tone::Danger
        } else {
            Tone::Warning
        };
        list = list.push(
            text(problem.describe(ctx.lang))
                .size(size::SMALL)
                .style(theme::toned(tone)),
        );
    }
    if all.len() > LISTED {
        list = list.push(widget::caption(ctx.tr_args(
            "editor-problems-more",
            &[("count", (all.len() - LISTED).into())],
        )));
    }
    widget::card(list)
}
