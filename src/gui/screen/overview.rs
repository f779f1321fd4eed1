//! Oversigt: what the design programme is, who adopted it, what it contains and what changed — and the manual
//! saved as a print-ready document (PDF).

use std::path::PathBuf;

use iced::widget::{button, column, container, row, scrollable, text};
use iced::{Alignment, Element, Length};

use super::Page;
use crate::gui::Ctx;
use crate::gui::desktop::{Picked, SaveDialog};
use crate::gui::theme::{self, Tone, size};
use crate::gui::widget::{self, focus};

/// The overview's own state: only the document being saved (everything else comes from the manual).
#[derive(Debug, Default)]
pub struct Overview {
    document: Document,
}

/// Where saving the manual as a document stands.
#[derive(Debug, Clone, Default, PartialEq)]
enum Document {
    #[default]
    Idle,
    /// The save dialog is open.
    Choosing,
    /// The PDF is being made.
    Writing,
    /// Written: where, and how many pages.
    Written(PathBuf, usize),
    /// Not written, and why (in the user's language).
    Failed(String),
}

/// What the user did.
#[derive(Debug, Clone)]
pub enum Message {
    /// Open a screen from one of the content tiles.
    Open(Page),
    /// "Gem som PDF …" was pressed.
    SaveDocument,
    /// The save dialog closed.
    DocumentPath(Picked),
    /// The document was written (path, pages) or not (why).
    DocumentWritten(Result<(PathBuf, usize), String>),
    /// Show the written document in the file manager.
    RevealDocument,
}

/// What the top level must do.
#[derive(Debug)]
pub enum Action {
    /// Nothing.
    None,
    /// Show a screen.
    Open(Page),
    /// Ask where to save the document (answer with [`Message::DocumentPath`]).
    AskDocumentPath(SaveDialog),
    /// Write the document (answer with [`Message::DocumentWritten`]); `replace` when the user already agreed.
    WriteDocument {
        /// Where.
        path: PathBuf,
        /// Replace an existing file.
        replace: bool,
    },
    /// Show a file in the file manager.
    Reveal(PathBuf),
}

impl Overview {
    /// The overview.
    pub fn new() -> Overview {
        Overview::default()
    }

    /// Handles a message.
    pub fn update(&mut self, message: Message, ctx: &Ctx) -> Action {
        match message {
            Message::Open(page) => Action::Open(page),
            Message::SaveDocument
                if matches!(self.document, Document::Choosing | Document::Writing) =>
            {
                Action::None
            }
            Message::SaveDocument => {
                self.document = Document::Choosing;
                Action::AskDocumentPath(SaveDialog {
                    title: ctx.tr("overview-document-dialog"),
                    folder: Some(ctx.settings.export_dialog_folder()),
                    file_name: crate::document::file_name(ctx.manual),
                    filter_name: "PDF".to_owned(),
                    extensions: vec!["pdf".to_owned()],
                })
            }
            // The dialog asked before replacing a file.
            Message::DocumentPath(Picked::Path(path)) => {
                self.document = Document::Writing;
                Action::WriteDocument {
                    path,
                    replace: true,
                }
            }
            Message::DocumentPath(Picked::Cancelled) => {
                self.document = Document::Idle;
                Action::None
            }
            // No dialog on this desktop: the conventional name in the export folder, never replacing a file.
            Message::DocumentPath(Picked::Unavailable) => {
                self.document = Document::Writing;
                Action::WriteDocument {
                    path: ctx
                        .settings
                        .export_dialog_folder()
                        .join(crate::document::file_name(ctx.manual)),
                    replace: false,
                }
            }
            Message::DocumentWritten(Ok((path, pages))) => {
                self.document = Document::Written(path, pages);
                Action::None
            }
            Message::DocumentWritten(Err(why)) => {
                self.document = Document::Failed(why);
                Action::None
            }
            Message::RevealDocument => match &self.document {
                Document::Written(path, _) => Action::Reveal(path.clone()),
                _ => Action::None,
            },
        }
    }

    /// The card that saves the manual as a document.
    fn document_card<'a>(&'a self, ctx: &Ctx<'a>) -> Element<'a, Message> {
        let busy = matches!(self.document, Document::Choosing | Document::Writing);
        let mut col = column![
            widget::heading(ctx.tr("overview-document")),
            text(ctx.tr("overview-document-text")),
            widget::primary(
                ctx.tr("overview-document-save"),
                (!busy).then_some(Message::SaveDocument)
            ),
        ]
        .spacing(10);
        let banner = |content: Element<'a, Message>, tone: Tone| {
            container(content)
                .padding([10, 12])
                .width(Length::Fill)
                .style(theme::banner(tone))
        };
        match &self.document {
            Document::Writing => {
                col = col.push(widget::caption(ctx.tr("overview-document-writing")))
            }
            Document::Written(path, pages) => {
                col = col.push(banner(
                    column![
                        widget::path_text(ctx.tr_args(
                            "overview-document-written",
                            &[
                                ("path", path.display().to_string().into()),
                                ("pages", (*pages).into())
                            ]
                        )),
                        widget::secondary(ctx.tr("export-reveal"), Some(Message::RevealDocument)),
                    ]
                    .spacing(8)
                    .into(),
                    Tone::Success,
                ));
            }
            Document::Failed(why) => {
                col = col.push(banner(
                    widget::path_text(
                        ctx.tr_args("overview-document-failed", &[("error", why.clone().into())]),
                    ),
                    Tone::Danger,
                ));
            }
            Document::Idle | Document::Choosing => {}
        }
        widget::card(col)
    }

    /// The screen.
    pub fn view<'a>(&'a self, ctx: &Ctx<'a>) -> Element<'a, Message> {
        let m = ctx.manual;
        let p = &m.programme;
        let subtitle = p.theme.as_ref().map(|t| t.get(ctx.lang).to_owned());

        let about = widget::card(
            column![
                widget::heading(ctx.tr("overview-about")),
                widget::field(ctx.tr("overview-organisation"), p.organisation.clone()),
                widget::field(ctx.tr("overview-version"), p.version.clone()),
                widget::field(ctx.tr("overview-adopted-by"), p.adopted_by.clone()),
                widget::field(ctx.tr("overview-adopted-on"), p.adopted_on.clone()),
                widget::field(ctx.tr("overview-updated-on"), p.updated_on.clone()),
                widget::field(
                    ctx.tr("overview-journal"),
                    p.journal_no.clone().unwrap_or_else(|| ctx.tr("value-none"))
                ),
                widget::field(ctx.tr("overview-contact"), p.contact.clone()),
            ]
            .spacing(10),
        );

        let tiles = row![
            tile(
                ctx,
                "overview-count-logos",
                m.logos.len(),
                Some(Page::Logos)
            ),
            tile(
                ctx,
                "overview-count-colors",
                m.colors.len(),
                Some(Page::Colors)
            ),
            tile(
                ctx,
                "overview-count-presets",
                m.presets.len(),
                Some(Page::Export)
            ),
            tile(
                ctx,
                "overview-count-templates",
                m.templates.len(),
                Some(Page::Templates)
            ),
            tile(ctx, "overview-count-senders", m.senders.len(), None),
            tile(ctx, "overview-count-families", m.families.len(), None),
        ]
        .spacing(12);

        let chapters = m.chapters.iter().fold(
            column![widget::heading(ctx.tr("overview-chapters"))].spacing(10),
            |col, chapter| {
                let logos = m
                    .logos
                    .iter()
                    .filter(|l| l.chapter.as_deref() == Some(chapter.id.as_str()))
                    .count();
                let count = if logos > 0 {
                    ctx.tr_args("overview-chapter-logos", &[("count", logos.into())])
                } else {
                    String::new()
                };
                col.push(
                    row![
                        text(chapter.number.clone())
                            .font(theme::FONT_SEMIBOLD)
                            .width(Length::Fixed(28.0)),
                        text(chapter.name.get(ctx.lang).to_owned()).width(Length::Fill),
                        text(count).size(size::SMALL).style(theme::muted),
                    ]
                    .align_y(Alignment::Center),
                )
            },
        );

        let changes = m.changelog.iter().fold(
            column![widget::heading(ctx.tr("overview-changes"))].spacing(14),
            |col, entry| {
                col.push(
                    column![
                        text(ctx.tr_args(
                            "overview-change-title",
                            &[
                                ("version", entry.version.clone().into()),
                                ("date", entry.date.clone().into())
                            ]
                        ))
                        .font(theme::FONT_SEMIBOLD),
                        text(entry.text.get(ctx.lang).to_owned()),
                    ]
                    .spacing(2),
                )
            },
        );

        scrollable(
            column![
                widget::title(p.name.get(ctx.lang).to_owned(), subtitle),
                tiles,
                row![
                    column![about, widget::card(chapters)]
                        .spacing(16)
                        .width(Length::FillPortion(1)),
                    column![self.document_card(ctx), widget::card(changes)]
                        .spacing(16)
                        .width(Length::FillPortion(1)),
                ]
                .spacing(16),
            ]
            .spacing(24)
            .padding(32)
            .max_width(1200),
        )
        .into()
    }
}

/// A count of something the manual holds; a click opens its screen.
fn tile<'a>(ctx: &Ctx, label: &str, count: usize, page: Option<Page>) -> Element<'a, Message> {
    let content = column![
        text(count.to_string())
            .size(30)
            .font(theme::FONT_SEMIBOLD)
            .style(theme::accent),
        text(ctx.tr(label)).size(size::SMALL),
    ]
    .spacing(2);
    let message = page.map(Message::Open);
    focus(
        button(content)
            .padding([14, 18])
            .width(Length::Fill)
            .style(theme::card_button)
            .on_press_maybe(message.clone()),
        message,
    )
    .radius(10.0)
    .into()
}
