//! Eksport: choose what to export and for what (a preset), see the compliance report update with every
//! change, and save the file — or a whole logo pack — with the conventional name.

mod view;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::cobrand;
use crate::compliance::{Report, Severity};
use crate::export::{ExportError, Request};
use crate::gui::Ctx;
use crate::gui::desktop::{FolderDialog, Picked, SaveDialog};
use crate::gui::engine::{self, PackTarget, Packed};
use crate::gui::job::Progress;
use crate::gui::kit;
use crate::gui::picture::Spec;
use crate::manual::{Format, Manual};

/// Longest side of the export preview.
const PREVIEW_SIDE: u32 = 640;
/// The path field shown when no save dialog can open.
pub const PATH_FIELD: &str = "export-save-path";
/// The framed preview of the file (tests read its size).
pub const PREVIEW: &str = "export-preview";

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
    /// The format the user chose for a preset (a preset change picks the preset's default otherwise).
    chosen_formats: HashMap<String, Format>,
    page: bool,
    /// The co-branded lockup (logos under a co-branding rule).
    cobranded: bool,
    report: Report,
    save: Save,
    pack: Pack,
    /// The search text of each long choice.
    search: Searches,
    /// "Office og web": the kit's files for the sender chosen here.
    kit: kit::Panel,
}

/// The search texts of the long choices (logo, background, sender, preset): each is a searchable picker.
#[derive(Debug, Default)]
struct Searches {
    logo: String,
    background: String,
    sender: String,
    preset: String,
}

/// Which long choice a search text is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Picker {
    /// The logo.
    Logo,
    /// The background colour.
    Background,
    /// The sender.
    Sender,
    /// The preset.
    Preset,
}

/// A logo as the detail screen shows it.
#[derive(Debug, Clone)]
pub struct Selection {
    /// Logo id.
    pub logo: String,
    /// Lockup id.
    pub lockup: String,
    /// Colourway id.
    pub colorway: String,
    /// Background colour id.
    pub background: String,
    /// The co-branded lockup.
    pub cobranded: bool,
}

/// Where saving is.
#[derive(Debug, Clone, Default, PartialEq)]
enum Save {
    #[default]
    Idle,
    /// The save dialog is open.
    Choosing,
    /// No dialog could open: the user types the path (proposed: the export folder and the conventional name).
    Typing(String),
    /// The file is being written.
    Writing,
    /// Written.
    Saved(Vec<PathBuf>),
    /// The file exists (a typed path): replace it?
    Exists(PathBuf),
    /// Writing failed, or the manual refused the file.
    Failed(ExportError),
}

/// Where the logo pack is.
#[derive(Debug, Clone, Default, PartialEq)]
enum Pack {
    #[default]
    Idle,
    /// The folder dialog is open.
    Choosing,
    /// No dialog could open: the user types the folder.
    Typing(String),
    /// Files are being written into `folder`.
    Running {
        done: usize,
        total: usize,
        cancelling: bool,
        folder: PathBuf,
    },
    /// Written.
    Done(PathBuf, usize),
    /// Stopped by the user.
    Cancelled,
    /// The folder already holds a pack: replace it, or write beside it?
    Exists(PathBuf),
    /// Writing failed, or the manual refused the pack.
    Failed(ExportError),
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
    /// Export the co-branded lockup instead of the logo alone.
    Cobranded(bool),
    /// Save the file ("Gem…", or Enter).
    Save,
    /// The save dialog closed.
    SavePath(Picked),
    /// The path typed where no dialog could open.
    TypePath(String),
    /// Save to the typed path.
    SaveTyped,
    /// Replace the existing file at the typed path.
    Replace,
    /// Do not save after all.
    CancelSave,
    /// Writing finished.
    Written(Result<Vec<PathBuf>, ExportError>),
    /// Show a file in the file manager.
    Reveal(PathBuf),
    /// Export a logo pack.
    Pack,
    /// The pack's folder dialog closed.
    PackFolder(Picked),
    /// The pack folder typed where no dialog could open.
    TypePackFolder(String),
    /// Write the pack into the typed folder.
    PackTyped,
    /// Replace the pack already in the folder.
    PackReplace,
    /// Write the pack into a new folder beside the existing one.
    PackBeside,
    /// Do not make the pack after all (from the typed folder or the question).
    CancelPackChoice,
    /// The pack moved on.
    PackProgress(Progress<Packed>),
    /// Stop the pack.
    CancelPack,
    /// The search text of a picker changed.
    Search(Picker, String),
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
        /// Replace an existing file.
        replace: bool,
    },
    /// Files were written into this folder: the next dialog opens there (the top level records it).
    Remember(PathBuf),
    /// Show a file in the file manager.
    Reveal(PathBuf),
    /// Ask for the pack's folder (answer with [`Message::PackFolder`]).
    AskPackFolder(FolderDialog),
    /// Write a logo pack for a preset (answer with [`Message::PackProgress`]).
    RunPack {
        /// Preset id.
        preset: String,
        /// Where.
        target: PackTarget,
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
    pub fn select(&mut self, ctx: &Ctx, selection: Selection) {
        self.sender = ctx.manual.logo(&selection.logo).map(|l| l.sender.clone());
        self.logo = Some(selection.logo);
        self.lockup = Some(selection.lockup);
        self.colorway = Some(selection.colorway);
        self.background = Some(selection.background);
        self.cobranded = selection.cobranded;
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
        request = request.with_cobranded(self.cobranded);
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
            if cobrand::rule(m, logo).is_none() {
                self.cobranded = false;
            }
        }
        if let Some(preset) = self.preset.as_deref().and_then(|id| m.preset(id)) {
            // The format the user chose for this preset, else the preset's own default (its first format).
            let chosen = self
                .chosen_formats
                .get(&preset.id)
                .copied()
                .filter(|f| preset.formats.contains(f));
            self.format = chosen.or_else(|| preset.formats.first().copied());
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
            Message::Search(picker, text) => {
                *match picker {
                    Picker::Logo => &mut self.search.logo,
                    Picker::Background => &mut self.search.background,
                    Picker::Sender => &mut self.search.sender,
                    Picker::Preset => &mut self.search.preset,
                } = text;
                return Action::None;
            }
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
            Message::Format(format) => {
                if let Some(preset) = &self.preset {
                    self.chosen_formats.insert(preset.clone(), format);
                }
                self.format = Some(format);
            }
            Message::Page(on) => self.page = on,
            Message::Cobranded(on) => self.cobranded = on,
            Message::Save => return self.ask_save_path(ctx),
            Message::Reveal(path) => return Action::Reveal(path),
            Message::Kit(m) => return Action::Kit(self.kit.update(m, ctx)),
            Message::SavePath(_)
            | Message::TypePath(_)
            | Message::SaveTyped
            | Message::Replace
            | Message::CancelSave
            | Message::Written(_) => return self.on_save(message, ctx),
            Message::Pack
            | Message::PackFolder(_)
            | Message::TypePackFolder(_)
            | Message::PackTyped
            | Message::PackReplace
            | Message::PackBeside
            | Message::CancelPackChoice
            | Message::PackProgress(_)
            | Message::CancelPack => return self.on_pack(message, ctx),
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

    /// Saving one file: the dialog's answer, the typed path where there is no dialog, replacing, the result.
    fn on_save(&mut self, message: Message, ctx: &Ctx) -> Action {
        let write = |this: &mut Export, path: PathBuf, replace: bool| match this.request() {
            Some(request) => {
                this.save = Save::Writing;
                Action::Write {
                    request,
                    path,
                    replace,
                }
            }
            None => {
                this.save = Save::Idle;
                Action::None
            }
        };
        match message {
            // The dialog asked before replacing a file.
            Message::SavePath(Picked::Path(path)) => write(self, path, true),
            Message::SavePath(Picked::Cancelled) | Message::CancelSave => {
                self.save = Save::Idle;
                Action::None
            }
            Message::SavePath(Picked::Unavailable) => {
                let proposed = self
                    .request()
                    .and_then(|r| engine::file_name(ctx.manual, &r).ok())
                    .map(|name| dialog_folder(ctx).join(name));
                self.save =
                    Save::Typing(proposed.map_or_else(String::new, |p| p.display().to_string()));
                Action::None
            }
            Message::TypePath(path) => {
                self.save = Save::Typing(path);
                Action::None
            }
            Message::SaveTyped => match &self.save {
                Save::Typing(path) if !path.trim().is_empty() => {
                    let path = PathBuf::from(path.trim());
                    write(self, path, false)
                }
                _ => Action::None,
            },
            Message::Replace => match &self.save {
                Save::Exists(path) => {
                    let path = path.clone();
                    write(self, path, true)
                }
                _ => Action::None,
            },
            Message::Written(Ok(paths)) => {
                let folder = paths
                    .first()
                    .and_then(|p| p.parent())
                    .map(Path::to_path_buf);
                self.save = Save::Saved(paths);
                folder.map_or(Action::None, Action::Remember)
            }
            Message::Written(Err(ExportError::Exists(path))) => {
                self.save = Save::Exists(path);
                Action::None
            }
            Message::Written(Err(e)) => {
                self.save = Save::Failed(e);
                Action::None
            }
            _ => Action::None,
        }
    }

    /// The logo pack: the folder (dialog or typed), an existing pack (replace or beside), progress, the result.
    fn on_pack(&mut self, message: Message, ctx: &Ctx) -> Action {
        let Some(preset) = self.preset.clone() else {
            self.pack = Pack::Idle;
            return Action::None;
        };
        let run = |this: &mut Export, target: PackTarget| {
            let (PackTarget::Folder(folder)
            | PackTarget::Replace(folder)
            | PackTarget::Beside(folder)) = &target;
            this.pack = Pack::Running {
                done: 0,
                total: 0,
                cancelling: false,
                folder: folder.clone(),
            };
            Action::RunPack {
                preset: preset.clone(),
                target,
            }
        };
        match message {
            Message::Pack if !self.is_packing() => {
                self.pack = Pack::Choosing;
                Action::AskPackFolder(FolderDialog {
                    title: ctx.tr("export-pack-dialog"),
                    folder: Some(dialog_folder(ctx)),
                })
            }
            Message::PackFolder(Picked::Path(folder)) => {
                let folder = folder.join(pack_folder_name(ctx.manual, &preset));
                run(self, PackTarget::Folder(folder))
            }
            Message::PackFolder(Picked::Cancelled) | Message::CancelPackChoice => {
                self.pack = Pack::Idle;
                Action::None
            }
            Message::PackFolder(Picked::Unavailable) => {
                self.pack = Pack::Typing(dialog_folder(ctx).display().to_string());
                Action::None
            }
            Message::TypePackFolder(folder) => {
                self.pack = Pack::Typing(folder);
                Action::None
            }
            Message::PackTyped => match &self.pack {
                Pack::Typing(folder) if !folder.trim().is_empty() => {
                    let folder =
                        PathBuf::from(folder.trim()).join(pack_folder_name(ctx.manual, &preset));
                    run(self, PackTarget::Folder(folder))
                }
                _ => Action::None,
            },
            Message::PackReplace | Message::PackBeside => match &self.pack {
                Pack::Exists(folder) => {
                    let folder = folder.clone();
                    let target = if matches!(message, Message::PackReplace) {
                        PackTarget::Replace(folder)
                    } else {
                        PackTarget::Beside(folder)
                    };
                    run(self, target)
                }
                _ => Action::None,
            },
            Message::PackProgress(progress) => self.pack_progress(progress),
            Message::CancelPack => {
                if let Pack::Running { cancelling, .. } = &mut self.pack {
                    *cancelling = true;
                    return Action::CancelPack;
                }
                Action::None
            }
            _ => Action::None,
        }
    }

    fn pack_progress(&mut self, progress: Progress<Packed>) -> Action {
        let mut action = Action::None;
        self.pack = match (progress, &self.pack) {
            (
                Progress::Step { done, total },
                Pack::Running {
                    cancelling, folder, ..
                },
            ) => Pack::Running {
                done,
                total,
                cancelling: *cancelling,
                folder: folder.clone(),
            },
            (Progress::Step { .. }, other) => other.clone(),
            (Progress::Finished(Packed::Done(folder, count)), _) => {
                if let Some(parent) = folder.parent() {
                    action = Action::Remember(parent.to_path_buf());
                }
                Pack::Done(folder, count)
            }
            (Progress::Finished(Packed::Cancelled), _) => Pack::Cancelled,
            (
                Progress::Finished(Packed::Failed(ExportError::Exists(_))),
                Pack::Running { folder, .. },
            ) => Pack::Exists(folder.clone()),
            (Progress::Finished(Packed::Failed(e)), _) => Pack::Failed(e),
        };
        action
    }

    fn ask_save_path(&mut self, ctx: &Ctx) -> Action {
        if matches!(self.save, Save::Typing(_)) {
            return self.on_save(Message::SaveTyped, ctx);
        }
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
            folder: Some(dialog_folder(ctx)),
            file_name,
            filter_name: request.format.extension().to_uppercase(),
            extensions: vec![request.format.extension().to_owned()],
        })
    }
}

/// The folder the save and pack dialogs open in (and a typed path starts from): the settings' export folder,
/// else the last one used, else the user's documents ([`crate::settings::Settings::export_dialog_folder`]).
fn dialog_folder(ctx: &Ctx) -> PathBuf {
    ctx.settings.export_dialog_folder()
}

/// The folder a logo pack is written into, inside the folder the user chose.
fn pack_folder_name(m: &Manual, preset: &str) -> String {
    format!(
        "{}_logopakke_{}",
        crate::naming::fold(&m.programme.short),
        crate::naming::slug(preset)
    )
}
