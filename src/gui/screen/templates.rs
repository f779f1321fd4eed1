//! Skabeloner, the place staff start: pick a template (thumbnails from the renderer, filtered by sender and by
//! Print / Skærm / E-mail), fill in the Danish form, watch the live preview and the compliance panel, and save
//! a finished file through the library's checked write path (`template::write`).
//!
//! Typing never waits on rendering: every change bumps a generation counter and asks for a preview off the UI
//! thread; while one renders, further changes only mark the preview stale, and a render that arrives for an
//! older generation is dropped and the newest fill rendered instead. The compliance check runs on every change
//! (it is cheap: the engine caches fonts, measured words and decoded photos).

mod form;
mod save;
mod view;

use std::collections::HashMap;
use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;

use iced::widget::image::Handle;
use iced::widget::text_editor;
use iced::{Point, Task};

use crate::compliance::{Report, Severity};
use crate::gui::Ctx;
use crate::gui::desktop::{OpenDialog, Picked, SaveDialog};
use crate::gui::job;
use crate::manual::template::{Channel, ElementKind};
use crate::manual::{Manual, Template};
use crate::template::layout::Content;
use crate::template::write::{self, Output, TemplateError, Written};
use crate::template::{Engine, Fill, Focus, PhotoChoice, saved};

pub use save::Purpose;
use save::Save;

/// Longest side of the live preview, in pixels.
pub const PREVIEW_SIDE: u32 = 560;
/// Longest side of a thumbnail, in pixels.
const THUMB_SIDE: u32 = 180;
/// Text fields with more lines than this get a multi-line editor (Enter starts a new line there).
const MULTILINE: u32 = 2;
/// The path field shown when no dialog can open.
pub const PATH_FIELD: &str = "templates-path";

/// The widget id of a field's input (tests type into it).
pub fn field_id(field: &str) -> String {
    format!("template-field-{field}")
}

/// The templates screen.
#[derive(Debug)]
pub struct Templates {
    engine: Arc<Engine>,
    /// The filter: where the file goes (`None`: everything).
    channel: Option<Channel>,
    /// The sender whose logo and contact data the templates show.
    sender: Option<String>,
    /// The sender was chosen on this screen (else it follows "my workplace").
    sender_chosen: bool,
    /// Thumbnails of the sender in `thumbs_for`, by template id.
    thumbs: HashMap<String, Picture>,
    thumbs_for: Option<Option<String>>,
    /// The open template.
    open: Option<Open>,
    /// Saving or opening a file.
    save: Save,
    /// A `.dpskabelon` that could not be read, or was read with warnings.
    notice: Option<String>,
}

/// An open template: what the user filled in, and what the screen shows of it.
#[derive(Debug)]
struct Open {
    fill: Fill,
    /// Multi-line fields' editors (by field id).
    editors: HashMap<String, text_editor::Content>,
    /// The page shown (from 0).
    page: usize,
    output: Output,
    report: Report,
    /// The generation of the newest fill; a preview of an older one is stale.
    generation: u64,
    /// A render is running.
    rendering: bool,
    preview: Option<Preview>,
    /// Where the mouse is on the preview (for choosing a photo's focal point by a click).
    hover: Option<Point>,
    /// Photos being decoded, by field id.
    loading: Vec<String>,
    /// Decoded photo sizes (or why a photo could not be read), by field id.
    photo_sizes: HashMap<String, Result<(u32, u32), String>>,
}

/// A rendered picture.
#[derive(Clone)]
pub struct Picture {
    handle: Handle,
    width: u32,
    height: u32,
}

impl fmt::Debug for Picture {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Picture({} × {})", self.width, self.height)
    }
}

/// A preview render's result, for one generation of the fill.
#[derive(Debug, Clone)]
pub struct Preview {
    /// The fill's generation it shows.
    pub generation: u64,
    /// The page it shows.
    pub page: usize,
    /// The picture, or why it could not be drawn.
    picture: Result<Picture, String>,
}

/// What the user (or a finished job) did.
#[derive(Debug, Clone)]
pub enum Message {
    /// The screen was shown (renders the thumbnails once per sender).
    Shown,
    /// Filter by where the file goes.
    Channel(Option<Channel>),
    /// Choose the sender.
    Sender(Option<String>),
    /// The thumbnails of a sender arrived.
    Thumbnails(Option<String>, Vec<(String, Picture)>),
    /// Open a template.
    Open(String),
    /// Back to the list of templates.
    Close,
    /// Choose a variant (format).
    Variant(String),
    /// Choose the page shown.
    Page(usize),
    /// A one-line field was typed into.
    Text(String, String),
    /// A multi-line field was edited.
    Edit(String, text_editor::Action),
    /// A colour was chosen for a field.
    Color(String, String),
    /// Choose a photo for a field (dialog).
    PickPhoto(String),
    /// Remove a field's photo.
    RemovePhoto(String),
    /// A file was dropped on the window.
    Dropped(PathBuf),
    /// A photo was decoded (its size), or could not be.
    PhotoLoaded(String, PathBuf, Result<(u32, u32), String>),
    /// The mouse moved over the preview.
    Hover(Point),
    /// The preview was clicked: the photo under the mouse keeps that point in view.
    PreviewClicked,
    /// A preview render finished.
    Preview(Preview),
    /// Choose the output format.
    Output(Output),
    /// Save the file ("Gem …", or Enter).
    Save,
    /// Save what was filled in as a `.dpskabelon`.
    SaveFill,
    /// Open a `.dpskabelon`.
    OpenFill,
    /// A dialog closed.
    Picked(Purpose, Picked),
    /// The path typed where no dialog could open.
    TypePath(String),
    /// Use the typed path.
    UseTyped,
    /// Replace the existing file.
    Replace,
    /// Do not save after all.
    CancelSave,
    /// The file was written (or not).
    Written(Result<Written, TemplateError>),
    /// The `.dpskabelon` was written (or not).
    FillSaved(Result<PathBuf, saved::SavedError>),
    /// A `.dpskabelon` was read (or not).
    FillOpened(Result<Box<saved::Loaded>, String>),
    /// Show a file in the file manager.
    Reveal(PathBuf),
    /// Copy the e-mail signature as HTML (for the new Outlook).
    CopyHtml,
}

/// What the top level must do.
#[derive(Debug)]
pub enum Action {
    /// Nothing.
    None,
    /// Run the screen's own work (previews, thumbnails, photos, writing).
    Run(Task<Message>),
    /// Ask where to save (answer with [`Message::Picked`]).
    AskSave(Purpose, SaveDialog),
    /// Ask which file to open (answer with [`Message::Picked`]).
    AskOpen(Purpose, OpenDialog),
    /// Files were written into this folder: the next dialog opens there.
    Remember(PathBuf),
    /// Show a file in the file manager.
    Reveal(PathBuf),
    /// Put this text on the clipboard.
    Copy(String),
}

impl Templates {
    /// The screen for a manual; `workplace` ("my workplace" from the settings) is the sender shown first.
    pub fn new(manual: &Arc<Manual>, workplace: Option<&str>) -> Templates {
        Templates {
            engine: Arc::new(Engine::new(Arc::clone(manual))),
            channel: None,
            sender: default_sender(manual, workplace),
            sender_chosen: false,
            thumbs: HashMap::new(),
            thumbs_for: None,
            open: None,
            save: Save::Idle,
            notice: None,
        }
    }

    /// Whether a template is open (Esc closes it).
    pub fn is_open(&self) -> bool {
        self.open.is_some()
    }

    /// Handles a message.
    pub fn update(&mut self, message: Message, ctx: &Ctx) -> Action {
        match message {
            Message::Shown => {
                if !self.sender_chosen {
                    let workplace = ctx.settings.workplace.as_deref();
                    let sender = default_sender(ctx.manual, workplace);
                    if sender != self.sender {
                        self.sender = sender;
                        return self.changed(ctx);
                    }
                }
                if let Some(open) = &mut self.open {
                    // "Mine oplysninger" may have changed meanwhile.
                    if open.fill.person != ctx.settings.person {
                        return self.changed(ctx);
                    }
                }
                self.thumbnails()
            }
            Message::Channel(channel) => {
                self.channel = channel;
                Action::None
            }
            Message::Sender(sender) => {
                self.sender = sender;
                self.sender_chosen = true;
                self.changed(ctx)
            }
            Message::Thumbnails(sender, thumbs) => {
                if self.thumbs_for.as_ref() == Some(&sender) {
                    self.thumbs = thumbs.into_iter().collect();
                }
                Action::None
            }
            Message::Open(id) => {
                let Some(template) = ctx.manual.template(&id) else {
                    return Action::None;
                };
                let mut fill = Fill::new(&id);
                fill.sender = self.sender.clone();
                self.open = Some(Open::new(ctx.manual, template, fill));
                self.save = Save::Idle;
                self.notice = None;
                self.changed(ctx)
            }
            Message::Close => {
                self.open = None;
                self.save = Save::Idle;
                self.thumbnails()
            }
            Message::Preview(preview) => self.previewed(preview, ctx),
            message => self.edit(message, ctx),
        }
    }

    /// Changes to the open template, the photo, the preview and saving.
    fn edit(&mut self, message: Message, ctx: &Ctx) -> Action {
        match message {
            Message::Save
            | Message::SaveFill
            | Message::OpenFill
            | Message::Picked(..)
            | Message::TypePath(_)
            | Message::UseTyped
            | Message::Replace
            | Message::CancelSave
            | Message::Written(_)
            | Message::FillSaved(_)
            | Message::FillOpened(_) => return self.on_save(message, ctx),
            Message::Reveal(path) => return Action::Reveal(path),
            Message::Dropped(path) => return self.dropped(path, ctx),
            Message::PickPhoto(field) => return self.ask_photo(field, ctx),
            Message::CopyHtml => return self.copy_html(ctx),
            _ => {}
        }
        let Some(open) = &mut self.open else {
            return Action::None;
        };
        match message {
            Message::Variant(variant) => open.fill.variant = Some(variant),
            Message::Page(page) => {
                open.page = page;
                open.preview = None;
            }
            Message::Text(field, text) => open.fill.set_text(&field, &text),
            Message::Edit(field, action) => {
                let is_edit = action.is_edit();
                let Some(editor) = open.editors.get_mut(&field) else {
                    return Action::None;
                };
                editor.perform(action);
                if !is_edit {
                    return Action::None;
                }
                let text = editor.text();
                open.fill.set_text(&field, text.trim_end_matches('\n'));
            }
            Message::Color(field, color) => {
                open.fill.colors.insert(field, color);
            }
            Message::RemovePhoto(field) => {
                open.fill.photos.remove(&field);
                open.photo_sizes.remove(&field);
            }
            Message::PhotoLoaded(field, path, size) => {
                open.loading.retain(|f| f != &field);
                let current = open.fill.photos.get(&field).map(|p| &p.path);
                if current != Some(&path) {
                    return Action::None;
                }
                open.photo_sizes.insert(field, size);
            }
            Message::Output(output) => {
                open.output = output;
                self.save = Save::Idle;
                open.recheck(&self.engine);
                return Action::None;
            }
            Message::Hover(point) => {
                open.hover = Some(point);
                return Action::None;
            }
            Message::PreviewClicked => {
                if !open.focus_at_hover(&self.engine) {
                    return Action::None;
                }
            }
            _ => return Action::None,
        }
        self.changed(ctx)
    }

    /// The fill changed: recheck at once, render the preview off the UI thread.
    fn changed(&mut self, ctx: &Ctx) -> Action {
        if !matches!(self.save, Save::Typing(..) | Save::Writing) {
            self.save = Save::Idle;
        }
        let thumbs = self.thumbnails();
        let Some(open) = &mut self.open else {
            return thumbs;
        };
        open.fill.sender = self.sender.clone();
        open.fill.person = ctx.settings.person.clone();
        open.recheck(&self.engine);
        open.generation += 1;
        if open.rendering {
            return thumbs;
        }
        let render = open.render(&self.engine, ctx.lang);
        match thumbs {
            Action::Run(task) => Action::Run(Task::batch([task, render])),
            _ => Action::Run(render),
        }
    }

    /// A preview arrived: show it if it is of the newest fill, else render the newest.
    fn previewed(&mut self, preview: Preview, ctx: &Ctx) -> Action {
        let Some(open) = &mut self.open else {
            return Action::None;
        };
        open.rendering = false;
        if preview.generation == open.generation && preview.page == open.page {
            open.preview = Some(preview);
            Action::None
        } else {
            // Stale: dropped; the newest fill is rendered now.
            Action::Run(open.render(&self.engine, ctx.lang))
        }
    }

    /// Renders the thumbnails of the current sender, unless they are there or on their way.
    fn thumbnails(&mut self) -> Action {
        if self.thumbs_for.as_ref() == Some(&self.sender) {
            return Action::None;
        }
        self.thumbs_for = Some(self.sender.clone());
        let engine = Arc::clone(&self.engine);
        let sender = self.sender.clone();
        let for_sender = sender.clone();
        Action::Run(Task::perform(
            job::run(move || {
                let manual = engine.manual();
                manual
                    .templates
                    .iter()
                    .filter_map(|t| {
                        let mut fill = Fill::example(manual, t);
                        fill.sender = sender.clone();
                        let image = engine.preview(&fill, 0, THUMB_SIDE).ok()?;
                        Some((t.id.clone(), picture(image)))
                    })
                    .collect()
            }),
            move |thumbs| Message::Thumbnails(for_sender.clone(), thumbs.unwrap_or_default()),
        ))
    }

    /// A file dropped on the window: a `.dpskabelon` opens, a photo goes into the open template's first
    /// photo field.
    fn dropped(&mut self, path: PathBuf, ctx: &Ctx) -> Action {
        let is_saved = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case(saved::EXTENSION));
        if is_saved {
            return self.on_save(Message::Picked(Purpose::OpenFill, Picked::Path(path)), ctx);
        }
        let field = self.open.as_ref().and_then(|o| {
            let template = ctx.manual.template(&o.fill.template)?;
            template
                .fields()
                .find(|e| matches!(e.kind, ElementKind::Photo(_)))
                .and_then(|e| e.id.clone())
        });
        match field {
            Some(field) => self.use_photo(field, path, ctx),
            None => Action::None,
        }
    }

    /// Puts a photo into a field and decodes it off the UI thread (the preview follows when it is decoded).
    fn use_photo(&mut self, field: String, path: PathBuf, ctx: &Ctx) -> Action {
        let Some(open) = &mut self.open else {
            return Action::None;
        };
        open.fill.photos.insert(
            field.clone(),
            PhotoChoice {
                path: path.clone(),
                focus: Focus::default(),
            },
        );
        open.photo_sizes.remove(&field);
        open.loading.push(field.clone());
        let engine = Arc::clone(&self.engine);
        let lang = ctx.lang;
        let decode = Task::perform(
            job::run({
                let path = path.clone();
                move || {
                    engine
                        .load_photo(&path)
                        .map(|p| (p.width, p.height))
                        .map_err(|e| e.key().to_owned())
                }
            }),
            move |result| {
                let result = result.unwrap_or_else(|_| Err(crate::i18n::tr(lang, "job-stopped")));
                Message::PhotoLoaded(field.clone(), path.clone(), result)
            },
        );
        match self.changed(ctx) {
            Action::Run(task) => Action::Run(Task::batch([decode, task])),
            _ => Action::Run(decode),
        }
    }

    fn ask_photo(&mut self, field: String, ctx: &Ctx) -> Action {
        Action::AskOpen(
            Purpose::Photo(field),
            OpenDialog {
                title: ctx.tr("templates-photo-dialog"),
                folder: dirs_pictures(),
                filter_name: ctx.tr("templates-photo-filter"),
                extensions: ["jpg", "jpeg", "png", "webp"].map(str::to_owned).to_vec(),
            },
        )
    }

    fn copy_html(&mut self, ctx: &Ctx) -> Action {
        let Some(open) = &self.open else {
            return Action::None;
        };
        if open.report.is_blocking() {
            return Action::None;
        }
        match crate::template::signature::clipboard_html(&self.engine, &open.fill) {
            Ok(html) => Action::Copy(html),
            Err(e) => {
                self.save = Save::Failed(e.message(ctx.lang));
                Action::None
            }
        }
    }

    /// The open template's template.
    fn template<'m>(&self, m: &'m Manual) -> Option<&'m Template> {
        self.open
            .as_ref()
            .and_then(|o| m.template(&o.fill.template))
    }

    /// Why "Gem …" cannot be pressed now: the first blocking finding, or saving is under way.
    fn blocked(&self, ctx: &Ctx) -> Option<String> {
        let open = self.open.as_ref()?;
        if matches!(self.save, Save::Choosing(_) | Save::Writing) {
            return Some(ctx.tr("templates-saving"));
        }
        open.report
            .findings
            .iter()
            .find(|f| f.severity == Severity::Blocking)
            .map(|f| {
                ctx.tr_args(
                    "templates-blocked",
                    &[("reason", f.message.get(ctx.lang).to_owned().into())],
                )
            })
    }
}

impl Open {
    fn new(m: &Manual, template: &Template, fill: Fill) -> Open {
        let editors = template
            .fields()
            .filter_map(|e| match &e.kind {
                ElementKind::Text(t) if t.editable && t.max_lines > MULTILINE => {
                    let id = e.id.clone()?;
                    let text = fill.texts.get(&id).cloned().unwrap_or_default();
                    Some((id, text_editor::Content::with_text(&text)))
                }
                _ => None,
            })
            .collect();
        let output = write::outputs(m, &fill)
            .first()
            .copied()
            .unwrap_or(Output::Pdf);
        Open {
            fill,
            editors,
            page: 0,
            output,
            report: Report::default(),
            generation: 0,
            rendering: false,
            preview: None,
            hover: None,
            loading: Vec::new(),
            photo_sizes: HashMap::new(),
        }
    }

    /// Re-runs the compliance check for the chosen output (and keeps the output one the variant offers).
    fn recheck(&mut self, engine: &Engine) {
        let offered = write::outputs(engine.manual(), &self.fill);
        if !offered.contains(&self.output)
            && let Some(first) = offered.first()
        {
            self.output = *first;
        }
        self.report = write::check(engine, &self.fill, self.output);
    }

    /// Renders the current generation off the UI thread.
    fn render(&mut self, engine: &Arc<Engine>, lang: crate::i18n::Lang) -> Task<Message> {
        self.rendering = true;
        let engine = Arc::clone(engine);
        let fill = self.fill.clone();
        let (generation, page) = (self.generation, self.page);
        Task::perform(
            job::run(move || engine.preview(&fill, page, PREVIEW_SIDE)),
            move |result| {
                let picture = match result {
                    Ok(Ok(image)) => Ok(picture(image)),
                    Ok(Err(e)) => Err(e.message(lang)),
                    Err(_) => Err(crate::i18n::tr(lang, "job-stopped")),
                };
                Message::Preview(Preview {
                    generation,
                    page,
                    picture,
                })
            },
        )
    }

    /// Sets the focal point of the photo under the mouse (a click on the preview); `false` if there is none.
    fn focus_at_hover(&mut self, engine: &Engine) -> bool {
        let (Some(point), Some(Ok(picture))) =
            (self.hover, self.preview.as_ref().map(|p| &p.picture))
        else {
            return false;
        };
        let Ok(layout) = engine.layout(&self.fill) else {
            return false;
        };
        let (box_w, _) = view::preview_box(picture.width, picture.height);
        let scale = f64::from(box_w) / layout.trim.0.max(1e-9);
        let (x, y) = (f64::from(point.x) / scale, f64::from(point.y) / scale);
        let hit = layout.pages.get(self.page).and_then(|items| {
            items.iter().rev().find_map(|item| {
                let Content::Photo(photo) = &item.content else {
                    return None;
                };
                let r = item.rect;
                let inside = x >= r.x && x <= r.right() && y >= r.y && y <= r.bottom();
                let (crop, probe) = (photo.crop?, photo.probe.clone()?.ok()?);
                inside.then(|| {
                    let fx = (x - r.x) / r.w.max(1e-9);
                    let fy = (y - r.y) / r.h.max(1e-9);
                    let px = (f64::from(crop.x) + fx * f64::from(crop.w)) / f64::from(probe.width);
                    let py = (f64::from(crop.y) + fy * f64::from(crop.h)) / f64::from(probe.height);
                    (item.element.id.clone(), Focus::new(px, py))
                })
            })
        });
        match hit {
            Some((Some(field), focus)) => match self.fill.photos.get_mut(&field) {
                Some(choice) => {
                    choice.focus = focus;
                    true
                }
                None => false,
            },
            _ => false,
        }
    }
}

/// The sender shown first: "my workplace" if the manual has it, else the manual's top sender.
fn default_sender(m: &Manual, workplace: Option<&str>) -> Option<String> {
    workplace
        .and_then(|id| m.sender(id))
        .or_else(|| m.senders.iter().find(|s| s.parent.is_none()))
        .map(|s| s.id.clone())
}

fn picture(image: crate::render::Image) -> Picture {
    Picture {
        width: image.width,
        height: image.height,
        handle: Handle::from_rgba(image.width, image.height, image.pixels),
    }
}

/// Where the photo dialog opens: the user's pictures folder.
fn dirs_pictures() -> Option<PathBuf> {
    directories::UserDirs::new().and_then(|d| d.picture_dir().map(PathBuf::from))
}
