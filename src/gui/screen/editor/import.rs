//! Importing a designer's SVG for one lockup × colourway (Logoer → Opstillinger og filer → "Importér SVG …").
//!
//! The file comes from the open dialog (the `Desktop` seam). The library ([`Import::prepare`]) resolves every
//! paint with `check`'s own function and maps it to the palette; this panel only shows the result before
//! anything changes — each colour with its palette match and ΔE2000, the refusals with their reasons, and a
//! preview of the artwork as it will be written — and applies it ([`Import::edit`], one undo step) only when
//! the user says so. A near match is used only after "Brug de nærmeste paletfarver", a colour off the palette
//! only after the user picks the palette colour for it: nothing is applied silently.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use iced::widget::{Space, column, container, image, row, text};
use iced::{Alignment, Color, Element, Length};

use super::Message;
use crate::gui::Ctx;
use crate::gui::theme::{self, Tone, size};
use crate::gui::widget;
use crate::i18n::Lang;
use crate::manual::edit::import::{Decisions, Import, Match, Paint, Status};
use crate::manual::{Manual, Rgb};

/// The preview's box, in logical pixels.
const PREVIEW: (f32, f32) = (320.0, 160.0);

/// The largest SVG file read (designer logos are a few hundred kB at most).
const MAX_BYTES: u64 = 16 * 1024 * 1024;

/// The artwork an import is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    /// The logo id.
    pub logo: String,
    /// The lockup id.
    pub lockup: String,
    /// The colourway id.
    pub colorway: String,
}

/// An import prepared from a file, waiting for the user's decision.
#[derive(Debug, Clone)]
pub struct Pending {
    /// What it is for.
    pub target: Target,
    /// The file it came from.
    pub file: PathBuf,
    text: Arc<str>,
    /// The library's result.
    pub import: Import,
    decisions: Decisions,
    preview: Option<image::Handle>,
}

/// Preparing an import: reading the file, resolving and mapping it, drawing the preview (blocking: a job).
#[derive(Debug)]
pub struct Job {
    target: Target,
    file: PathBuf,
    text: Option<Arc<str>>,
    manual: Arc<Manual>,
    decisions: Decisions,
}

impl Job {
    /// A file chosen for `target`, against `manual`'s palette.
    pub fn new(target: Target, file: PathBuf, manual: Arc<Manual>) -> Job {
        Job {
            target,
            file,
            text: None,
            manual,
            decisions: Decisions::default(),
        }
    }

    /// Runs it; why not, in `lang`.
    pub fn run(self, lang: Lang) -> Result<Pending, String> {
        let text = match self.text {
            Some(text) => text,
            None => read(&self.file).map_err(|detail| {
                crate::i18n::tr_args(
                    lang,
                    "import-read-error",
                    &[
                        ("file", self.file.display().to_string().into()),
                        ("detail", detail.into()),
                    ],
                )
            })?,
        };
        let t = &self.target;
        let import = Import::prepare(
            &self.manual,
            (&t.logo, &t.lockup, &t.colorway),
            &text,
            &self.decisions,
        );
        let preview = draw(import.svg().unwrap_or(&text));
        Ok(Pending {
            target: self.target,
            file: self.file,
            text,
            import,
            decisions: self.decisions,
            preview,
        })
    }
}

impl Pending {
    /// The same file prepared again with the near matches accepted.
    pub fn accept_near(&self, manual: Arc<Manual>) -> Job {
        let mut decisions = self.decisions.clone();
        decisions.accept_near = true;
        self.again(manual, decisions)
    }

    /// The same file prepared again with `rgb` mapped to the palette colour `id`.
    pub fn map(&self, manual: Arc<Manual>, rgb: Rgb, id: String) -> Job {
        let mut decisions = self.decisions.clone();
        decisions.map.retain(|(from, _)| *from != rgb);
        decisions.map.push((rgb, id));
        self.again(manual, decisions)
    }

    fn again(&self, manual: Arc<Manual>, decisions: Decisions) -> Job {
        Job {
            target: self.target.clone(),
            file: self.file.clone(),
            text: Some(Arc::clone(&self.text)),
            manual,
            decisions,
        }
    }
}

fn read(path: &Path) -> Result<Arc<str>, String> {
    let size = std::fs::metadata(path).map_err(|e| e.to_string())?.len();
    if size > MAX_BYTES {
        return Err(format!("{size} bytes"));
    }
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    String::from_utf8(bytes)
        .map(Arc::from)
        .map_err(|e| e.to_string())
}

/// The artwork drawn into the preview box (twice the box for sharpness), or `None` when it cannot be read.
fn draw(svg: &str) -> Option<image::Handle> {
    use resvg::{tiny_skia, usvg};
    // As `check` reads artwork: no files, no embedded images, no fonts (text is refused anyway).
    let options = usvg::Options {
        resources_dir: None,
        image_href_resolver: usvg::ImageHrefResolver {
            resolve_data: Box::new(|_, _, _| None),
            resolve_string: Box::new(|_, _| None),
        },
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &options).ok()?;
    let size = tree.size();
    let scale = (2.0 * PREVIEW.0 / size.width()).min(2.0 * PREVIEW.1 / size.height());
    let width = (size.width() * scale).ceil().clamp(1.0, 2.0 * PREVIEW.0) as u32;
    let height = (size.height() * scale).ceil().clamp(1.0, 2.0 * PREVIEW.1) as u32;
    let mut pixmap = tiny_skia::Pixmap::new(width, height)?;
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    let rgba: Vec<u8> = pixmap
        .pixels()
        .iter()
        .flat_map(|p| {
            let c = p.demultiply();
            [c.red(), c.green(), c.blue(), c.alpha()]
        })
        .collect();
    Some(image::Handle::from_rgba(width, height, rgba))
}

/// The panel: what the import would do, and the decisions left to the user.
pub fn view<'a>(ctx: &Ctx<'a>, pending: &'a Pending) -> Element<'a, Message> {
    let import = &pending.import;
    let t = &pending.target;
    let status = import.status();
    let preview: Element<'a, Message> = match &pending.preview {
        Some(handle) => image(handle.clone())
            .width(Length::Fill)
            .height(Length::Fill)
            .into(),
        None => text(ctx.tr("editor-import-no-preview"))
            .size(size::SMALL)
            .into(),
    };
    let preview = container(preview)
        .center(Length::Fill)
        .width(Length::Fixed(PREVIEW.0))
        .height(Length::Fixed(PREVIEW.1))
        .padding(8)
        .style(theme::plain(Color::WHITE));
    let mut paints = column![widget::caption(ctx.tr("editor-import-paints"))].spacing(6);
    for paint in &import.paints {
        paints = paints.push(paint_row(ctx, paint));
    }
    let mut content = column![
        widget::heading(ctx.tr_args(
            "editor-import-title",
            &[
                ("logo", t.logo.clone().into()),
                ("lockup", t.lockup.clone().into()),
                ("colorway", t.colorway.clone().into()),
            ],
        )),
        widget::path_caption(ctx.tr_args(
            "editor-import-file",
            &[
                ("file", pending.file.display().to_string().into()),
                ("width", format!("{:.0}", import.width).into()),
                ("height", format!("{:.0}", import.height).into()),
                ("path", import.path.clone().into()),
            ],
        )),
        row![preview, paints.width(Length::Fill)]
            .spacing(16)
            .align_y(Alignment::Start),
    ]
    .spacing(12);
    for reason in &import.refused {
        content = content.push(
            text(ctx.tr_args(
                "editor-import-refused",
                &[("reason", reason.render(ctx.lang).into())],
            ))
            .size(size::SMALL)
            .style(theme::toned(Tone::Danger)),
        );
    }
    let (tone, state) = match status {
        Status::Ready => (Tone::Success, "editor-import-ready"),
        Status::NeedsConfirmation => (Tone::Warning, "editor-import-confirm"),
        Status::Refused => (Tone::Danger, "editor-import-nothing"),
    };
    content = content.push(
        text(ctx.tr(state))
            .size(size::SMALL)
            .style(theme::toned(tone)),
    );
    let mut buttons = row![].spacing(8).align_y(Alignment::Center);
    if status == Status::NeedsConfirmation {
        buttons = buttons.push(widget::secondary(
            ctx.tr("editor-import-accept-near"),
            Some(Message::ImportAcceptNear),
        ));
    }
    buttons = buttons
        .push(widget::primary(
            ctx.tr("editor-import-apply"),
            (status == Status::Ready).then_some(Message::ImportApply),
        ))
        .push(widget::secondary(
            ctx.tr("editor-import-cancel"),
            Some(Message::ImportCancel),
        ));
    widget::card(content.push(buttons))
}

/// One colour: the artwork's, the palette's it becomes, what the library says, and a button where the user
/// decides.
fn paint_row<'a>(ctx: &Ctx<'a>, paint: &'a Paint) -> Element<'a, Message> {
    let swatch = |rgb: Rgb| {
        container(Space::new())
            .width(20)
            .height(20)
            .style(theme::solid(theme::from_rgb(rgb)))
    };
    let hex = paint.rgb.to_hex();
    let delta = |d: f64| format!("{d:.1}");
    let (target, message, tone, action) = match &paint.to {
        Match::Exact { color } => (
            Some(paint.rgb),
            ctx.tr_args(
                "editor-import-exact",
                &[("color", hex.into()), ("id", color.clone().into())],
            ),
            Tone::Success,
            None,
        ),
        Match::Near {
            color,
            hex: to,
            delta: d,
            accepted,
        } => (
            Some(*to),
            ctx.tr_args(
                if *accepted {
                    "editor-import-near-accepted"
                } else {
                    "editor-import-near"
                },
                &[
                    ("color", hex.into()),
                    ("id", color.clone().into()),
                    ("hex", to.to_hex().into()),
                    ("delta", delta(*d).into()),
                ],
            ),
            if *accepted {
                Tone::Success
            } else {
                Tone::Warning
            },
            None,
        ),
        Match::Mapped {
            color,
            hex: to,
            delta: d,
        } => (
            Some(*to),
            ctx.tr_args(
                "editor-import-mapped",
                &[
                    ("color", hex.into()),
                    ("id", color.clone().into()),
                    ("hex", to.to_hex().into()),
                    ("delta", delta(*d).into()),
                ],
            ),
            Tone::Success,
            None,
        ),
        Match::Off { nearest } => match nearest {
            Some((id, to, d)) => (
                None,
                ctx.tr_args(
                    "editor-import-off",
                    &[
                        ("color", hex.into()),
                        ("id", id.clone().into()),
                        ("hex", to.to_hex().into()),
                        ("delta", delta(*d).into()),
                    ],
                ),
                Tone::Danger,
                Some(widget::secondary(
                    ctx.tr_args("editor-import-map", &[("id", id.clone().into())]),
                    Some(Message::ImportMap(paint.rgb, id.clone())),
                )),
            ),
            None => (
                None,
                ctx.tr_args("editor-import-off-none", &[("color", hex.into())]),
                Tone::Danger,
                None,
            ),
        },
    };
    let mut line = row![swatch(paint.rgb)]
        .spacing(8)
        .align_y(Alignment::Center);
    line = match target {
        Some(to) if to != paint.rgb => line.push(text("→").size(size::SMALL)).push(swatch(to)),
        _ => line,
    };
    line = line.push(
        text(message)
            .size(size::SMALL)
            .style(theme::toned(tone))
            .width(Length::Fill),
    );
    if let Some(action) = action {
        line = line.push(action);
    }
    line.into()
}
