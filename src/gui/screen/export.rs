//! Eksport: choose what to export and for what (a preset), see the compliance report update with every
//! change, and save the file — or a whole logo pack — with the conventional name.

mod view;

use std::path::PathBuf;

use crate::compliance::{Report, Severity};
use crate::export::Request;
use crate::gui::Ctx;
use crate::gui::desktop::{FolderDialog, SaveDialog};
use crate::gui::engine::{self, Packed};
use crate::gui::job::Progress;
use crate::gui::kit;
use crate::gui::picture::Spec;
use crate::manual::{Format, Manual};

/// Longest side of the export preview.
const PREVIEW_SIDE: u32 = 640;

/// The export screen.
#[derive(Debug, Default)]
pub struct Export {
    logo: Option<String>,
    lockup: Option<String>,
    colorway: Option<String>,
    background: Option<String>,
    sender: Option<String>,
    preset: Option<String>,
    format: Option<Format>,
    page: bool,
    report: Report,
    save: Save,
    pack: Pack,
    /// "Office og web": the kit's files for the sender chosen here.
    kit: kit::Panel,
}

/// Where saving is.
#[derive(Debug, Clone, Default, PartialEq)]
enum Save {
    #[default]
    Idle,
    /// The save dialog is open.
    Choosing,
    /// The file is being written.
    Writing,
    /// Written.
    Saved(Vec<PathBuf>),
    /// Writing failed.
    Failed(String),
}

/// Where the logo pack is.
#[derive(Debug, Clone, Default, PartialEq)]
enum Pack {
    #[default]
    Idle,
    /// The folder dialog is open.
    Choosing,
    /// Files are being written.
    Running {
        done: usize,
        total: usize,
        cancelling: bool,
    },
    /// Written.
    Done(PathBuf, usize),
    /// Stopped by the user.
    Cancelled,
    /// Writing failed.
    Failed(String),
}

/// What the user (or a finished job) did.
#[derive(Debug, Clone)]
pub enum Message {
    /// Pick a logo.
    Logo(String),
    /// Pick the next logo (keyboard).
    NextLogo,
    /// Pick a lockup.
    Lockup(String),
    /// Pick a colourway (`None`: the one the background calls for).
    Colorway(Option<String>),
    /// Pick a background (`None`: transparent).
    Background(Option<String>),
    /// Pick who is sending (`None`: not stated).
    Sender(Option<String>),
    /// Pick the next sender (keyboard).
    NextSender,
    /// Pick a preset.
    Preset(String),
    /// Pick a format.
    Format(Format),
    /// Export a whole page instead of the logo alone.
    Page(bool),
    /// Save the file ("Gem…", or Enter).
    Save,
    /// The save dialog closed.
    SavePath(Option<PathBuf>),
    /// Writing finished.
    Written(Result<Vec<PathBuf>, String>),
    /// Show a file in the file manager.
    Reveal(PathBuf),
    /// Export a logo pack.
    Pack,
    /// The pack's folder dialog closed.
    PackFolder(Option<PathBuf>),
    /// The pack moved on.
    PackProgress(Progress<Packed>),
    /// Stop the pack.
    CancelPack,
    /// The "Office og web" panel.
    Kit(kit::Message),
}

/// What the top level must do.
#[derive(Debug)]
pub enum Action {
    /// Nothing.
    None,
    /// Make sure these pictures are rendered.
    Pictures(Vec<Spec>),
    /// Ask where to save (answer with [`Message::SavePath`]).
    AskSavePath(SaveDialog),
    /// Write the file (answer with [`Message::Written`]).
    Write {
        /// What to write.
        request: Request,
        /// Where.
        path: PathBuf,
    },
    /// Show a file in the file manager.
    Reveal(PathBuf),
    /// Ask for the pack's folder (answer with [`Message::PackFolder`]).
    AskPackFolder(FolderDialog),
    /// Write a logo pack for a preset (answer with [`Message::PackProgress`]).
    RunPack {
        /// Preset id.
        preset: String,
        /// Target folder.
        folder: PathBuf,
    },
    /// Stop the running pack.
    CancelPack,
    /// What the "Office og web" panel needs done.
    Kit(kit::Action),
}

impl Export {
    /// The export screen, starting from the top sender's logo and nothing chosen yet.
    pub fn new(m: &Manual) -> Export {
        let logo = m
            .logos
            .iter()
            .find(|l| m.sender(&l.sender).is_some_and(|s| s.parent.is_none()))
            .or(m.logos.first());
        Export {
            logo: logo.map(|l| l.id.clone()),
            sender: logo.map(|l| l.sender.clone()),
            ..Export::default()
        }
    }

    /// Starts over with a logo as the detail screen showed it (the top level shows the screen and its
    /// pictures).
    pub fn select(
        &mut self,
        ctx: &Ctx,
        logo: String,
        lockup: String,
        colorway: String,
        background: String,
    ) {
        self.sender = ctx.manual.logo(&logo).map(|l| l.sender.clone());
        self.logo = Some(logo);
        self.lockup = Some(lockup);
        self.colorway = Some(colorway);
        self.background = Some(background);
        self.save = Save::Idle;
        self.recheck(ctx);
    }

    /// The request the screen describes, once a logo, a preset and a format are chosen.
    pub fn request(&self) -> Option<Request> {
        let mut request = Request::logo(
            self.logo.as_deref()?,
            Request::preset(self.preset.as_deref()?),
            self.format?,
        );
        if let Some(lockup) = &self.lockup {
            request = request.with_lockup(lockup);
        }
        if let Some(colorway) = &self.colorway {
            request = request.with_colorway(colorway);
        }
        request.background = self.background.clone();
        request.page = self.page;
        request.sender = self.sender.clone();
        Some(request)
    }

    /// Whether a pack is being written.
    pub fn is_packing(&self) -> bool {
        matches!(self.pack, Pack::Running { .. })
    }

    /// Why "Gem…" cannot be pressed now, and whether the reason is that the file breaks the manual.
    fn blocked(&self, ctx: &Ctx) -> Option<(String, bool)> {
        if self.logo.is_none() {
            return Some((ctx.tr("export-need-logo"), false));
        }
        if self.preset.is_none() {
            return Some((ctx.tr("export-need-preset"), false));
        }
        if matches!(self.save, Save::Choosing | Save::Writing) {
            return Some((ctx.tr("export-saving"), false));
        }
        self.report
            .findings
            .iter()
            .find(|f| f.severity == Severity::Blocking)
            .map(|f| {
                let reason = ctx.tr_args(
                    "export-blocked",
                    &[("reason", f.message.get(ctx.lang).to_owned().into())],
                );
                (reason, true)
            })
    }

    /// Keeps the choices consistent and re-runs the compliance check: after every change.
    fn recheck(&mut self, ctx: &Ctx) {
        let m = ctx.manual;
        // Keep lockup and format valid for the logo and preset.
        if let Some(logo) = self.logo.as_deref().and_then(|id| m.logo(id)) {
            if self
                .lockup
                .as_deref()
                .and_then(|id| logo.lockup(id))
                .is_none()
            {
                self.lockup = logo.lockups.first().map(|l| l.id.clone());
            }
            if self
                .colorway
                .as_deref()
                .is_some_and(|id| logo.colorway(id).is_none())
            {
                self.colorway = None;
            }
        }
        if let Some(preset) = self.preset.as_deref().and_then(|id| m.preset(id)) {
            if !self.format.is_some_and(|f| preset.formats.contains(&f)) {
                self.format = preset.formats.first().copied();
            }
            if preset.medium.is_screen() {
                self.page = false;
            }
        }
        self.report = self
            .request()
            .map(|r| engine::check(m, &r))
            .unwrap_or_default();
        self.kit.set_sender(self.sender.as_deref());
    }

    /// The pictures this screen shows.
    pub fn pictures(&self) -> Vec<Spec> {
        self.request()
            .map(|request| Spec {
                request,
                max_side: PREVIEW_SIDE,
            })
            .into_iter()
            .collect()
    }

    /// Handles a message.
    pub fn update(&mut self, message: Message, ctx: &Ctx) -> Action {
        let m = ctx.manual;
        match message {
            Message::Logo(id) => {
                self.sender = m.logo(&id).map(|l| l.sender.clone());
                self.logo = Some(id);
                self.colorway = None;
            }
            Message::NextLogo => {
                let position = self
                    .logo
                    .as_ref()
                    .and_then(|id| m.logos.iter().position(|l| &l.id == id));
                let next = position.map_or(0, |i| (i + 1) % m.logos.len().max(1));
                if let Some(logo) = m.logos.get(next) {
                    return self.update(Message::Logo(logo.id.clone()), ctx);
                }
            }
            Message::Lockup(id) => self.lockup = Some(id),
            Message::Colorway(id) => self.colorway = id,
            Message::Background(id) => self.background = id,
            Message::Sender(id) => self.sender = id,
            Message::NextSender => {
                let position = self
                    .sender
                    .as_ref()
                    .and_then(|id| m.senders.iter().position(|s| &s.id == id));
                self.sender = match position {
                    None => m.senders.first().map(|s| s.id.clone()),
                    Some(i) => m.senders.get(i + 1).map(|s| s.id.clone()),
                };
            }
            Message::Preset(id) => self.preset = Some(id),
            Message::Format(format) => self.format = Some(format),
            Message::Page(on) => self.page = on,
            Message::Save => return self.ask_save_path(ctx),
            Message::SavePath(None) => {
                self.save = Save::Idle;
                return Action::None;
            }
            Message::SavePath(Some(path)) => {
                let Some(request) = self.request() else {
                    self.save = Save::Idle;
                    return Action::None;
                };
                self.save = Save::Writing;
                return Action::Write { request, path };
            }
            Message::Written(Ok(paths)) => {
                self.save = Save::Saved(paths);
                return Action::None;
            }
            Message::Written(Err(e)) => {
                self.save = Save::Failed(e);
                return Action::None;
            }
            Message::Reveal(path) => return Action::Reveal(path),
            Message::Pack => {
                if self.preset.is_none() || self.is_packing() {
                    return Action::None;
                }
                self.pack = Pack::Choosing;
                return Action::AskPackFolder(FolderDialog {
                    title: ctx.tr("export-pack-dialog"),
                    folder: ctx.settings.export_folder.clone(),
                });
            }
            Message::PackFolder(None) => {
                self.pack = Pack::Idle;
                return Action::None;
            }
            Message::PackFolder(Some(folder)) => {
                let Some(preset) = self.preset.clone() else {
                    self.pack = Pack::Idle;
                    return Action::None;
                };
                let folder = folder.join(pack_folder_name(m, &preset));
                self.pack = Pack::Running {
                    done: 0,
                    total: 0,
                    cancelling: false,
                };
                return Action::RunPack { preset, folder };
            }
            Message::PackProgress(progress) => {
                self.pack = match (progress, &self.pack) {
                    (Progress::Step { done, total }, Pack::Running { cancelling, .. }) => {
                        Pack::Running {
                            done,
                            total,
                            cancelling: *cancelling,
                        }
                    }
                    (Progress::Step { .. }, other) => other.clone(),
                    (Progress::Finished(Packed::Done(folder, count)), _) => {
                        Pack::Done(folder, count)
                    }
                    (Progress::Finished(Packed::Cancelled), _) => Pack::Cancelled,
                    (Progress::Finished(Packed::Failed(e)), _) => Pack::Failed(e),
                };
                return Action::None;
            }
            Message::Kit(m) => return Action::Kit(self.kit.update(m, ctx)),
            Message::CancelPack => {
                if let Pack::Running { cancelling, .. } = &mut self.pack {
                    *cancelling = true;
                    return Action::CancelPack;
                }
                return Action::None;
            }
        }
        self.save = Save::Idle;
        self.recheck(ctx);
        Action::Pictures(self.pictures())
    }

    /// The pack stopped without a result (its job ended early).
    pub fn pack_stopped(&mut self) {
        if self.is_packing() {
            self.pack = Pack::Cancelled;
        }
    }

    fn ask_save_path(&mut self, ctx: &Ctx) -> Action {
        if self.blocked(ctx).is_some() {
            return Action::None;
        }
        let Some(request) = self.request() else {
            return Action::None;
        };
        let Ok(file_name) = engine::file_name(ctx.manual, &request) else {
            return Action::None;
        };
        self.save = Save::Choosing;
        Action::AskSavePath(SaveDialog {
            title: ctx.tr("export-save-dialog"),
            folder: ctx.settings.export_folder.clone(),
            file_name,
            filter_name: request.format.extension().to_uppercase(),
            extensions: vec![request.format.extension().to_owned()],
        })
    }
}

/// The folder a logo pack is written into, inside the folder the user chose.
fn pack_folder_name(m: &Manual, preset: &str) -> String {
    format!(
        "{}_logopakke_{}",
        crate::naming::fold(&m.programme.short),
        crate::naming::slug(preset)
    )
}
