//! The top level: owns the manual, the settings and the pictures; switches screens, saves settings, reloads
//! the manual, and turns the screens' actions into tasks.

mod editor;
mod view;

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use iced::widget::operation::{self, AbsoluteOffset};
use iced::{Subscription, Task, Theme};

use crate::export::{IoCause, IoKind};
use crate::gui::desktop::{Desktop, FolderDialog, Picked, RevealError};
use crate::gui::job::{self, Cancel};
use crate::gui::keys::Shortcut;
use crate::gui::picture::{self, Pictures, Spec};
use crate::gui::screen::{
    Page, colors, editor as editor_screen, export, logo_detail, logos, overview,
    settings as settings_screen, templates,
};
use crate::gui::theme::Tone;
use crate::gui::{Ctx, engine, id, kit, theme};
use crate::i18n::{self, Lang};
use crate::manual::{Diagnostic, Loaded, Manual, Severity};
use crate::settings::{ManualChoice, Settings};

/// Environment variable: print the time to the first frame with the manual on screen, then quit
/// (`scripts/bench-gui.sh`).
pub const STARTUP_PROBE_ENV: &str = "DESIGNPROGRAM_STARTUP_PROBE";

/// What the application starts from.
#[derive(Debug, Clone)]
pub struct Boot {
    /// Which manual to open.
    pub choice: ManualChoice,
    /// The user's settings.
    pub settings: Settings,
    /// File dialogs and the file manager.
    pub desktop: Arc<dyn Desktop>,
    /// When the process started (for the startup probe).
    pub started: Option<Instant>,
}

/// The application.
#[derive(Debug)]
pub struct App {
    choice: ManualChoice,
    settings: Settings,
    desktop: Arc<dyn Desktop>,
    ready: Option<Box<Ready>>,
    page: Page,
    history: Vec<Page>,
    notice: Option<(Tone, String)>,
    /// Each screen's own scroll position.
    scroll: HashMap<Page, AbsoluteOffset>,
    started: Option<Instant>,
    probe: bool,
    /// Redigér: outside [`Ready`], so that reloading the manual after a save keeps the session.
    editor: editor_screen::Editor,
}

/// Everything that exists once a manual is loaded.
#[derive(Debug)]
struct Ready {
    loaded: Loaded,
    pictures: Pictures,
    overview: overview::Overview,
    logos: logos::Logos,
    detail: Option<logo_detail::LogoDetail>,
    colors: colors::Colors,
    templates: templates::Templates,
    export: export::Export,
    settings: settings_screen::Settings,
    problems_open: bool,
    pack: Option<Cancel>,
    /// What changed since the version the user last saw (the banner), until dismissed.
    update: Option<crate::publish::Update>,
}

/// A message of the application.
#[derive(Debug, Clone)]
pub enum Message {
    /// The manual finished loading.
    Loaded(Loaded),
    /// Show a screen.
    Navigate(Page),
    /// A keyboard shortcut.
    Key(Shortcut),
    /// Open or close the problems panel.
    ToggleProblems,
    /// Close the notice.
    DismissNotice,
    /// Close the "updated to …" banner: the version counts as seen.
    DismissUpdate,
    /// A picture finished rendering.
    Picture(picture::Done),
    /// The settings were saved (or not, and why).
    SettingsSaved(Result<(), IoCause>),
    /// The manual folder dialog closed.
    ManualFolder(Picked),
    /// The export folder dialog closed.
    ExportFolder(Picked),
    /// A logo pack's job ended.
    PackEnded,
    /// The file manager was asked to show a file (or could not be).
    Revealed(Result<(), RevealError>),
    /// A file was dropped on the window (a photo for the open template, or a `.dpskabelon`).
    FileDropped(PathBuf),
    /// A frame was drawn (startup probe only).
    Frame,
    /// The screen showing was scrolled to this offset.
    Scrolled(Page, AbsoluteOffset),
    /// Oversigt.
    Overview(overview::Message),
    /// Logoer.
    Logos(logos::Message),
    /// One logo.
    Detail(logo_detail::Message),
    /// Farver.
    Colors(colors::Message),
    /// Skabeloner.
    Templates(templates::Message),
    /// Eksport.
    Export(export::Message),
    /// Indstillinger.
    Settings(settings_screen::Message),
    /// Redigér.
    Editor(editor_screen::Message),
}

impl App {
    /// Starts the application: the window opens at once and the manual loads in the background.
    pub fn new(boot: Boot) -> (App, Task<Message>) {
        let app = App {
            choice: boot.choice,
            settings: boot.settings,
            desktop: boot.desktop,
            ready: None,
            page: Page::Overview,
            history: Vec::new(),
            notice: None,
            scroll: HashMap::new(),
            started: boot.started,
            probe: std::env::var_os(STARTUP_PROBE_ENV).is_some(),
            editor: editor_screen::Editor::new(),
        };
        let task = app.load();
        (app, task)
    }

    /// The interface language.
    pub fn lang(&self) -> Lang {
        self.settings.language
    }

    /// The user's settings as the application holds them (saved after every change).
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The screen showing.
    pub fn page(&self) -> Page {
        self.page
    }

    /// Where a screen was last scrolled to (the top if never).
    pub fn scroll_offset(&self, page: Page) -> AbsoluteOffset {
        self.scroll.get(&page).copied().unwrap_or_default()
    }

    /// The loaded manual, once it is there.
    pub fn manual(&self) -> Option<&Arc<Manual>> {
        self.ready.as_ref().map(|r| &r.loaded.manual)
    }

    /// The window title.
    pub fn title(&self) -> String {
        match self.manual() {
            Some(m) if !m.programme.organisation.is_empty() => i18n::tr_args(
                self.lang(),
                "window-title",
                &[("organisation", m.programme.organisation.clone().into())],
            ),
            _ => i18n::tr(self.lang(), "app-name"),
        }
    }

    /// The iced theme.
    pub fn theme(&self) -> Theme {
        theme::theme(self.settings.theme)
    }

    /// Frames, while the startup probe waits for the first one with the manual on screen.
    pub fn subscription(&self) -> Subscription<Message> {
        let drops = iced::event::listen_with(|event, _, _| match event {
            iced::Event::Window(iced::window::Event::FileDropped(path)) => {
                Some(Message::FileDropped(path))
            }
            _ => None,
        });
        if self.probe {
            Subscription::batch([iced::window::frames().map(|_| Message::Frame), drops])
        } else {
            drops
        }
    }

    fn load(&self) -> Task<Message> {
        let choice = self.choice.clone();
        let place = match &choice {
            ManualChoice::Folder(dir, _) | ManualChoice::Published(dir, _) => {
                dir.display().to_string()
            }
            ManualChoice::Embedded => "manual".to_owned(),
        };
        let lang = self.lang();
        Task::perform(job::run(move || choice.load()), move |result| {
            Message::Loaded(
                result.unwrap_or_else(|_| failed_load(&place, i18n::tr(lang, "job-stopped"))),
            )
        })
    }

    /// Handles a message.
    pub fn update(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::Loaded(loaded) => self.loaded(loaded),
            Message::Navigate(page) => self.navigate(page),
            Message::Key(shortcut) => self.shortcut(shortcut),
            Message::ToggleProblems => {
                if let Some(ready) = &mut self.ready {
                    ready.problems_open = !ready.problems_open;
                }
                Task::none()
            }
            Message::DismissNotice => {
                self.notice = None;
                Task::none()
            }
            Message::DismissUpdate => self.dismiss_update(),
            Message::Picture(done) => {
                if let Some(ready) = &mut self.ready {
                    ready.pictures.finish(done);
                }
                Task::none()
            }
            Message::SettingsSaved(Ok(())) => Task::none(),
            Message::SettingsSaved(Err(e)) => {
                let lang = self.lang();
                self.notice = Some((
                    Tone::Danger,
                    i18n::tr_args(
                        lang,
                        "notice-settings-failed",
                        &[("error", e.message(lang).into())],
                    ),
                ));
                Task::none()
            }
            Message::ManualFolder(Picked::Path(folder)) => self.use_manual_folder(folder),
            Message::ExportFolder(Picked::Path(folder)) => {
                self.settings.export_folder = Some(folder);
                self.save_settings()
            }
            Message::ManualFolder(Picked::Unavailable) => {
                self.no_dialog(settings_screen::Folder::Manual)
            }
            Message::ExportFolder(Picked::Unavailable) => {
                self.no_dialog(settings_screen::Folder::Export)
            }
            Message::ManualFolder(Picked::Cancelled) | Message::ExportFolder(Picked::Cancelled) => {
                Task::none()
            }
            Message::PackEnded => {
                if let Some(ready) = &mut self.ready {
                    ready.pack = None;
                    ready.export.pack_stopped();
                }
                Task::none()
            }
            Message::Revealed(Ok(())) => Task::none(),
            Message::Revealed(Err(e)) => {
                let text = reveal_error(self.lang(), &e);
                self.apply(Effect::Notice(Tone::Danger, text))
            }
            Message::Frame => self.frame(),
            Message::Editor(message) => self.editor(message),
            Message::Scrolled(page, offset) => {
                self.scroll.insert(page, offset);
                Task::none()
            }
            // A file dropped on the window goes to the templates screen (a photo, or a `.dpskabelon`).
            Message::FileDropped(path) => {
                let show = self.navigate(Page::Templates);
                let drop = self.screen(Message::Templates(templates::Message::Dropped(path)));
                Task::batch([show, drop])
            }
            screen => self.screen(screen),
        }
    }

    fn use_manual_folder(&mut self, folder: PathBuf) -> Task<Message> {
        self.settings.manual_folder = Some(folder.clone());
        self.choice = ManualChoice::Folder(folder, "settings");
        Task::batch([self.save_settings(), self.reload(), self.sync_editor()])
    }

    /// No folder dialog could open: the settings screen offers a path field, and the notice says what to install.
    fn no_dialog(&mut self, folder: settings_screen::Folder) -> Task<Message> {
        let current = match folder {
            settings_screen::Folder::Manual => match &self.choice {
                ManualChoice::Folder(dir, _) => Some(dir.clone()),
                ManualChoice::Embedded | ManualChoice::Published(..) => {
                    self.settings.manual_folder.clone()
                }
            },
            settings_screen::Folder::Export => Some(self.settings.export_dialog_folder()),
        };
        if let Some(ready) = &mut self.ready {
            ready.settings.type_folder(folder, current);
        }
        self.notice = Some((Tone::Warning, i18n::tr(self.lang(), "dialog-unavailable")));
        Task::none()
    }

    fn loaded(&mut self, loaded: Loaded) -> Task<Message> {
        let m = Arc::clone(&loaded.manual);
        let problems_open = loaded
            .diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error);
        self.ready = Some(Box::new(Ready {
            pictures: Pictures::new(picture::cache_dir()),
            overview: overview::Overview::new(),
            logos: logos::Logos::new(&m),
            detail: None,
            colors: colors::Colors::new(),
            templates: templates::Templates::new(&m, self.settings.workplace.as_deref()),
            export: export::Export::new(&m),
            settings: settings_screen::Settings::new(),
            problems_open,
            pack: None,
            update: crate::publish::update_since(&m, self.settings.last_seen_version.as_deref()),
            loaded,
        }));
        if self.page == Page::Logo {
            self.page = Page::Logos;
        }
        self.history.clear();
        self.scroll.clear();
        let pictures = self.request_pictures(self.page_pictures());
        let shown = self.shown();
        if self.settings.last_seen_version.is_none() {
            // A first start: nothing to announce; what is seen now is the baseline.
            self.settings.last_seen_version = Some(m.programme.version.clone());
            return Task::batch([pictures, shown, self.save_settings()]);
        }
        Task::batch([pictures, shown])
    }

    fn dismiss_update(&mut self) -> Task<Message> {
        let Some(update) = self.ready.as_mut().and_then(|r| r.update.take()) else {
            return Task::none();
        };
        self.settings.last_seen_version = Some(update.version);
        self.save_settings()
    }

    fn reload(&mut self) -> Task<Message> {
        if let Some(ready) = &self.ready
            && let Some(cancel) = &ready.pack
        {
            cancel.cancel();
        }
        self.ready = None;
        self.load()
    }

    fn navigate(&mut self, page: Page) -> Task<Message> {
        if page != self.page {
            self.history.push(self.page);
            self.page = page;
        }
        self.notice = None;
        let editor = self.sync_editor();
        let pictures = self.request_pictures(self.page_pictures());
        Task::batch([pictures, editor, self.shown()])
    }

    /// Tells the templates screen it is showing (it renders its thumbnails and follows "my workplace").
    fn shown(&mut self) -> Task<Message> {
        if self.page == Page::Templates {
            self.screen(Message::Templates(templates::Message::Shown))
        } else {
            Task::none()
        }
    }

    fn back(&mut self) -> Task<Message> {
        let Some(page) = self.history.pop() else {
            return Task::none();
        };
        self.page = page;
        let editor = self.sync_editor();
        let pictures = self.request_pictures(self.page_pictures());
        Task::batch([pictures, editor, self.shown()])
    }

    fn shortcut(&mut self, shortcut: Shortcut) -> Task<Message> {
        match shortcut {
            Shortcut::Next => operation::focus_next(),
            Shortcut::Previous => operation::focus_previous(),
            Shortcut::Search => {
                let show = self.navigate(Page::Logos);
                Task::batch([
                    show,
                    operation::focus(id::SEARCH),
                    operation::select_all(id::SEARCH),
                ])
            }
            Shortcut::Enter if self.page == Page::Export => {
                self.screen(Message::Export(export::Message::Save))
            }
            Shortcut::Enter if self.page == Page::Templates => {
                self.screen(Message::Templates(templates::Message::Save))
            }
            Shortcut::Enter => Task::none(),
            Shortcut::Back if self.page == Page::Templates && self.templates_open() => {
                self.screen(Message::Templates(templates::Message::Close))
            }
            Shortcut::Back => self.back(),
            Shortcut::Undo | Shortcut::Redo | Shortcut::Save if self.page == Page::Editor => self
                .editor(match shortcut {
                    Shortcut::Undo => editor_screen::Message::Undo,
                    Shortcut::Redo => editor_screen::Message::Redo,
                    _ => editor_screen::Message::Save,
                }),
            Shortcut::Undo | Shortcut::Redo | Shortcut::Save => Task::none(),
        }
    }

    fn templates_open(&self) -> bool {
        self.ready.as_ref().is_some_and(|r| r.templates.is_open())
    }

    fn frame(&mut self) -> Task<Message> {
        if !self.probe || self.ready.is_none() {
            return Task::none();
        }
        self.probe = false;
        if let Some(started) = self.started {
            println!(
                "first-frame-ms {:.1}",
                started.elapsed().as_secs_f64() * 1000.0
            );
        }
        // Wall-clock time too, so that a script can measure from before the process started.
        if let Ok(now) = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
            println!("first-frame-unix-ms {:.1}", now.as_secs_f64() * 1000.0);
        }
        iced::exit()
    }

    /// The pictures of the screen showing (and the brand mark on the rail).
    fn page_pictures(&self) -> Vec<Spec> {
        let Some(ready) = &self.ready else {
            return Vec::new();
        };
        let m = &ready.loaded.manual;
        let mut specs: Vec<Spec> = view::brand_spec(m).into_iter().collect();
        specs.extend(match self.page {
            Page::Logos => ready.logos.pictures(m),
            Page::Logo => ready
                .detail
                .as_ref()
                .map(|d| d.pictures(m))
                .unwrap_or_default(),
            Page::Export => ready.export.pictures(),
            Page::Overview | Page::Colors | Page::Settings | Page::Editor | Page::Templates => {
                Vec::new()
            }
        });
        specs
    }

    fn request_pictures(&mut self, specs: Vec<Spec>) -> Task<Message> {
        match &mut self.ready {
            Some(ready) if !specs.is_empty() => {
                let m = Arc::clone(&ready.loaded.manual);
                ready.pictures.request(&m, specs).map(Message::Picture)
            }
            _ => Task::none(),
        }
    }

    fn save_settings(&self) -> Task<Message> {
        let settings = self.settings.clone();
        Task::perform(
            job::run(move || settings.save().map_err(|e| IoCause::of(&e))),
            |r| {
                Message::SettingsSaved(r.unwrap_or_else(|job::Stopped| {
                    Err(IoCause {
                        kind: IoKind::Interrupted,
                        system: String::new(),
                    })
                }))
            },
        )
    }

    /// Passes a screen's message to it and carries out what it asks for.
    fn screen(&mut self, message: Message) -> Task<Message> {
        let lang = self.lang();
        let Some(ready) = self.ready.as_deref_mut() else {
            return Task::none();
        };
        let ctx = Ctx {
            manual: &ready.loaded.manual,
            lang,
            pictures: &ready.pictures,
            settings: &self.settings,
        };
        let effect = match message {
            Message::Overview(m) => {
                let action = ready.overview.update(m, &ctx);
                overview_effect(action, &ready.loaded.manual, lang, &self.desktop)
            }
            Message::Logos(m) => match ready.logos.update(m, &ctx) {
                logos::Action::Pictures(specs) => Effect::Pictures(specs),
                logos::Action::Open {
                    logo,
                    lockup,
                    colorway,
                } => {
                    ready.detail = logo_detail::LogoDetail::new(
                        ctx.manual,
                        &logo,
                        Some(&lockup),
                        colorway.as_deref(),
                    );
                    Effect::Navigate(Page::Logo)
                }
            },
            Message::Detail(m) => match ready.detail.as_mut().map(|d| d.update(m, &ctx)) {
                None => Effect::None,
                Some(logo_detail::Action::Pictures(specs)) => Effect::Pictures(specs),
                Some(logo_detail::Action::Back) => Effect::Back,
                Some(logo_detail::Action::Export {
                    logo,
                    lockup,
                    colorway,
                    background,
                    cobranded,
                }) => {
                    ready.export.select(
                        &ctx,
                        export::Selection {
                            logo,
                            lockup,
                            colorway,
                            background,
                            cobranded,
                        },
                    );
                    Effect::Navigate(Page::Export)
                }
            },
            Message::Colors(m) => match ready.colors.update(m, &ctx) {
                Some(colors::Action::Copy(value)) => Effect::Copy(value),
                Some(colors::Action::Kit(action)) => Effect::Task(kit::effect(
                    action,
                    &ready.loaded.manual,
                    ctx.lang,
                    &self.desktop,
                    |m| Message::Colors(colors::Message::Kit(m)),
                    Message::Revealed,
                )),
                None => Effect::None,
            },
            Message::Templates(m) => {
                templates_effect(ready.templates.update(m, &ctx), &self.desktop)
            }
            Message::Export(m) => match ready.export.update(m, &ctx) {
                export::Action::Kit(action) => Effect::Task(kit::effect(
                    action,
                    &ready.loaded.manual,
                    ctx.lang,
                    &self.desktop,
                    |m| Message::Export(export::Message::Kit(m)),
                    Message::Revealed,
                )),
                export::Action::Remember(folder) => Effect::Settings(Box::new(move |s| {
                    s.last_export_folder = Some(folder);
                })),
                action => export_effect(
                    action,
                    &ready.loaded.manual,
                    &mut ready.pack,
                    &self.desktop,
                    ctx.lang,
                ),
            },
            Message::Settings(m) => match ready.settings.update(m, &ctx) {
                settings_screen::Action::Language(lang) => Effect::Settings(Box::new(move |s| {
                    s.language = lang;
                })),
                settings_screen::Action::Theme(theme) => {
                    Effect::Settings(Box::new(move |s| s.theme = theme))
                }
                settings_screen::Action::PickManualFolder => Effect::Task(Task::perform(
                    self.desktop.pick_folder(FolderDialog {
                        title: ctx.tr("settings-manual"),
                        folder: self.settings.manual_folder.clone(),
                    }),
                    Message::ManualFolder,
                )),
                settings_screen::Action::UseEmbedded => Effect::UseEmbedded,
                settings_screen::Action::Reload => Effect::Reload,
                settings_screen::Action::PickExportFolder => Effect::Task(Task::perform(
                    self.desktop.pick_folder(FolderDialog {
                        title: ctx.tr("settings-export-folder"),
                        folder: Some(self.settings.export_dialog_folder()),
                    }),
                    Message::ExportFolder,
                )),
                settings_screen::Action::ClearExportFolder => {
                    Effect::Settings(Box::new(|s| s.export_folder = None))
                }
                settings_screen::Action::UseManualFolder(folder) => Effect::ManualFolder(folder),
                settings_screen::Action::UseExportFolder(folder) => {
                    Effect::Settings(Box::new(move |s| s.export_folder = Some(folder)))
                }
                settings_screen::Action::Person(field, value) => {
                    Effect::Settings(Box::new(move |s| field.set(&mut s.person, &value)))
                }
                settings_screen::Action::Workplace(id) => {
                    Effect::Settings(Box::new(move |s| s.workplace = id))
                }
                settings_screen::Action::None => Effect::None,
            },
            _ => Effect::None,
        };
        self.apply(effect)
    }

    fn apply(&mut self, effect: Effect) -> Task<Message> {
        match effect {
            Effect::None => Task::none(),
            Effect::Task(task) => task,
            Effect::Pictures(specs) => self.request_pictures(specs),
            Effect::Navigate(page) => self.navigate(page),
            Effect::Back => self.back(),
            Effect::Copy(value) => {
                self.notice = Some((
                    Tone::Success,
                    i18n::tr_args(
                        self.lang(),
                        "notice-copied",
                        &[("value", value.clone().into())],
                    ),
                ));
                iced::clipboard::write(value)
            }
            Effect::CopyHtml(html) => {
                self.notice = Some((
                    Tone::Success,
                    i18n::tr(self.lang(), "templates-html-copied"),
                ));
                iced::clipboard::write(html)
            }
            Effect::Notice(tone, text) => {
                self.notice = Some((tone, text));
                Task::none()
            }
            Effect::Settings(change) => {
                change(&mut self.settings);
                self.save_settings()
            }
            Effect::UseEmbedded => {
                self.settings.manual_folder = None;
                self.choice = ManualChoice::Embedded;
                Task::batch([self.save_settings(), self.reload(), self.sync_editor()])
            }
            Effect::Reload => self.reload(),
            Effect::ManualFolder(folder) => self.use_manual_folder(folder),
        }
    }
}

/// What a screen's action comes to at the top level.
enum Effect {
    /// Put an e-mail signature's HTML on the clipboard and say so.
    CopyHtml(String),
    None,
    Task(Task<Message>),
    Pictures(Vec<Spec>),
    Navigate(Page),
    Back,
    Copy(String),
    Notice(Tone, String),
    Settings(Box<dyn FnOnce(&mut Settings)>),
    UseEmbedded,
    Reload,
    ManualFolder(PathBuf),
}

/// Shows a file in the file manager, off the interface thread.
fn reveal(desktop: &Arc<dyn Desktop>, path: PathBuf) -> Effect {
    let desktop = Arc::clone(desktop);
    let folder = path.parent().unwrap_or(&path).to_path_buf();
    Effect::Task(Task::perform(
        job::run(move || desktop.reveal(&path)),
        move |result| {
            Message::Revealed(result.unwrap_or_else(|job::Stopped| {
                Err(RevealError::Interrupted {
                    folder: folder.clone(),
                })
            }))
        },
    ))
}

/// Carries out the templates screen's actions: its own jobs, the dialogs, the file manager, the clipboard.
fn templates_effect(action: templates::Action, desktop: &Arc<dyn Desktop>) -> Effect {
    use templates::{Action, Message as M};
    match action {
        Action::None => Effect::None,
        Action::Run(task) => Effect::Task(task.map(Message::Templates)),
        Action::AskSave(purpose, dialog) => {
            Effect::Task(Task::perform(desktop.save_file(dialog), move |picked| {
                Message::Templates(M::Picked(purpose.clone(), picked))
            }))
        }
        Action::AskOpen(purpose, dialog) => {
            Effect::Task(Task::perform(desktop.open_file(dialog), move |picked| {
                Message::Templates(M::Picked(purpose.clone(), picked))
            }))
        }
        Action::Remember(folder) => Effect::Settings(Box::new(move |s| {
            s.last_export_folder = Some(folder);
        })),
        Action::Reveal(path) => reveal(desktop, path),
        Action::Copy(html) => Effect::CopyHtml(html),
    }
}

/// Carries out the overview's actions: the save dialog and writing the manual as a document.
fn overview_effect(
    action: overview::Action,
    manual: &Arc<Manual>,
    lang: Lang,
    desktop: &Arc<dyn Desktop>,
) -> Effect {
    let done = |m: overview::Message| Message::Overview(m);
    match action {
        overview::Action::None => Effect::None,
        overview::Action::Open(page) => Effect::Navigate(page),
        overview::Action::AskDocumentPath(dialog) => {
            Effect::Task(Task::perform(desktop.save_file(dialog), move |picked| {
                done(overview::Message::DocumentPath(picked))
            }))
        }
        overview::Action::WriteDocument { path, replace } => {
            let manual = Arc::clone(manual);
            let settings = crate::document::Settings { lang, bleed: false };
            Effect::Task(Task::perform(
                job::run(move || {
                    crate::document::save(&manual, settings, &path, replace)
                        .map(|pages| (path, pages))
                        .map_err(|e| e.message(lang))
                }),
                move |result| {
                    let result = result.unwrap_or_else(|job::Stopped| {
                        Err(crate::export::ExportError::Interrupted.message(lang))
                    });
                    done(overview::Message::DocumentWritten(result))
                },
            ))
        }
        overview::Action::Reveal(path) => reveal(desktop, path),
    }
}

/// Carries out the export screen's actions: dialogs, writing, packs.
fn export_effect(
    action: export::Action,
    manual: &Arc<Manual>,
    pack: &mut Option<Cancel>,
    desktop: &Arc<dyn Desktop>,
    lang: Lang,
) -> Effect {
    let done = |m: export::Message| Message::Export(m);
    match action {
        export::Action::None => Effect::None,
        export::Action::Pictures(specs) => Effect::Pictures(specs),
        export::Action::AskSavePath(dialog) => {
            Effect::Task(Task::perform(desktop.save_file(dialog), move |path| {
                done(export::Message::SavePath(path))
            }))
        }
        export::Action::Write {
            request,
            path,
            replace,
        } => {
            let manual = Arc::clone(manual);
            Effect::Task(Task::perform(
                job::run(move || engine::write(&manual, &request, &path, replace)),
                move |result| {
                    let result = result.unwrap_or(Err(crate::export::ExportError::Interrupted));
                    done(export::Message::Written(result))
                },
            ))
        }
        // Handled by the caller.
        export::Action::Remember(_) => Effect::None,
        export::Action::Reveal(path) => reveal(desktop, path),
        export::Action::AskPackFolder(dialog) => {
            Effect::Task(Task::perform(desktop.pick_folder(dialog), move |folder| {
                done(export::Message::PackFolder(folder))
            }))
        }
        export::Action::RunPack { preset, target } => {
            let cancel = Cancel::default();
            *pack = Some(cancel.clone());
            let manual = Arc::clone(manual);
            let stream = job::with_progress(move |report| {
                engine::pack(&manual, &preset, &target, lang, report, cancel.flag())
            });
            Effect::Task(
                Task::run(stream, move |p| done(export::Message::PackProgress(p)))
                    .chain(Task::done(Message::PackEnded)),
            )
        }
        export::Action::CancelPack => {
            if let Some(cancel) = pack {
                cancel.cancel();
            }
            Effect::None
        }
        // Carried out by the caller (it needs the language).
        export::Action::Kit(_) => Effect::None,
    }
}

/// Why the file manager could not show a folder, in words: the missing program and its package.
fn reveal_error(lang: Lang, e: &RevealError) -> String {
    match e {
        RevealError::Missing {
            program,
            package,
            folder,
        } => i18n::tr_args(
            lang,
            "reveal-missing",
            &[
                ("program", program.clone().into()),
                ("package", package.clone().into()),
                ("folder", folder.display().to_string().into()),
            ],
        ),
        RevealError::Interrupted { folder } => i18n::tr_args(
            lang,
            "reveal-interrupted",
            &[("folder", folder.display().to_string().into())],
        ),
        RevealError::Failed {
            program,
            message,
            folder,
        } => i18n::tr_args(
            lang,
            "reveal-failed",
            &[
                ("program", program.clone().into()),
                ("message", message.clone().into()),
                ("folder", folder.display().to_string().into()),
            ],
        ),
    }
}

/// A manual that could not be loaded at all: empty, with the reason as its only problem.
fn failed_load(place: &str, error: String) -> Loaded {
    Loaded {
        manual: Arc::new(Manual::default()),
        diagnostics: vec![Diagnostic {
            file: place.to_owned(),
            line: 0,
            column: 0,
            severity: Severity::Error,
            message: error.into(),
        }],
    }
}
