//! Drives the real application headlessly: the iced_test `Simulator` for clicks and typing, and a small
//! executor that runs the tasks `update` returns (pictures, file writing, packs) to completion.
//!
//! Every test gets its own temporary folders; the settings and picture cache of all tests in a binary live
//! in one temporary config dir set through `DESIGNPROGRAM_CONFIG_DIR` / `DESIGNPROGRAM_CACHE_DIR`.

#![allow(dead_code)] // each test binary uses a different part

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use designprogram::gui::desktop::{
    Desktop, FolderDialog, OpenDialog, Picked, RevealError, SaveDialog,
};
use designprogram::gui::{App, Boot, Message};
use designprogram::settings::{ManualChoice, Settings};
use iced::Task;
use iced::futures::FutureExt;
use iced::futures::future::BoxFuture;
use iced_test::runtime::{Action, clipboard, task};
use iced_test::{Error, Simulator};

/// The window size the tests use: tall, so that everything is on screen without scrolling.
pub const VIEWPORT: (f32, f32) = (1280.0, 1800.0);

/// The temporary config and cache folder of this test binary.
pub fn config_dir() -> &'static Path {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        // SAFETY: set once, before any application code of this binary reads the environment.
        unsafe {
            std::env::set_var(designprogram::settings::CONFIG_DIR_ENV, dir.path());
            std::env::set_var(designprogram::gui::picture::CACHE_DIR_ENV, dir.path());
        }
        dir
    })
    .path()
}

/// A desktop without dialogs: "save as" answers with the proposed name in a temporary folder, the folder
/// dialog with that folder; every call is recorded. With `no_dialogs` it answers like a desktop with neither
/// the portal nor zenity ([`Picked::Unavailable`]); with `no_file_manager` "show in folder" fails as it does
/// without `xdg-open`.
#[derive(Debug, Default)]
pub struct FakeDesktop {
    /// Where files go.
    pub folder: PathBuf,
    /// No dialog can open.
    pub no_dialogs: bool,
    /// The file manager is not installed.
    pub no_file_manager: bool,
    /// The save dialogs asked for.
    pub saves: Mutex<Vec<SaveDialog>>,
    /// The folder dialogs asked for.
    pub folders: Mutex<Vec<FolderDialog>>,
    /// The paths shown in the file manager.
    pub revealed: Mutex<Vec<PathBuf>>,
    /// What the next "open file" dialogs answer, in order (the user cancelled when it is empty; none opens
    /// with `no_dialogs`).
    pub to_open: Mutex<Vec<PathBuf>>,
    /// The "open file" dialogs asked for.
    pub opens: Mutex<Vec<OpenDialog>>,
}

impl Desktop for FakeDesktop {
    fn save_file(&self, dialog: SaveDialog) -> BoxFuture<'static, Picked> {
        let path = self.folder.join(&dialog.file_name);
        self.saves.lock().unwrap().push(dialog);
        let picked = if self.no_dialogs {
            Picked::Unavailable
        } else {
            Picked::Path(path)
        };
        async move { picked }.boxed()
    }

    fn pick_folder(&self, dialog: FolderDialog) -> BoxFuture<'static, Picked> {
        self.folders.lock().unwrap().push(dialog);
        let picked = if self.no_dialogs {
            Picked::Unavailable
        } else {
            Picked::Path(self.folder.clone())
        };
        async move { picked }.boxed()
    }

    fn open_file(&self, dialog: OpenDialog) -> BoxFuture<'static, Picked> {
        self.opens.lock().unwrap().push(dialog);
        let next = {
            let mut queue = self.to_open.lock().unwrap();
            (!queue.is_empty()).then(|| queue.remove(0))
        };
        let picked = match next {
            _ if self.no_dialogs => Picked::Unavailable,
            Some(path) => Picked::Path(path),
            None => Picked::Cancelled,
        };
        async move { picked }.boxed()
    }

    fn reveal(&self, path: &Path) -> Result<(), RevealError> {
        self.revealed.lock().unwrap().push(path.to_path_buf());
        if self.no_file_manager {
            return Err(RevealError::Missing {
                program: "xdg-open".to_owned(),
                package: "xdg-utils".to_owned(),
                folder: path.parent().unwrap_or(path).to_path_buf(),
            });
        }
        Ok(())
    }
}

/// The application under test.
pub struct Harness {
    /// The application.
    pub app: App,
    /// Its desktop.
    pub desktop: Arc<FakeDesktop>,
    /// What was written to the clipboard.
    pub clipboard: Vec<String>,
    /// The templates screen's messages that background jobs delivered (previews, thumbnails, writing), in
    /// order, as `Debug` text.
    pub log: Vec<String>,
    /// Holds the export folder.
    _exports: tempfile::TempDir,
}

impl Harness {
    /// The embedded manual, default settings.
    pub fn new() -> Harness {
        Harness::with(ManualChoice::Embedded)
    }

    /// A given manual, default settings.
    pub fn with(choice: ManualChoice) -> Harness {
        Harness::build(choice, Settings::default(), |_| {})
    }

    /// The embedded manual with these settings and a desktop set up by `desktop` (its `folder` is the
    /// harness's temporary export folder).
    pub fn build(
        choice: ManualChoice,
        settings: Settings,
        desktop: impl FnOnce(&mut FakeDesktop),
    ) -> Harness {
        config_dir();
        let exports = tempfile::tempdir().expect("temp dir");
        let mut fake = FakeDesktop {
            folder: exports.path().to_path_buf(),
            ..FakeDesktop::default()
        };
        desktop(&mut fake);
        let desktop = Arc::new(fake);
        let (app, boot) = App::new(Boot {
            choice,
            settings,
            desktop: desktop.clone(),
            started: None,
        });
        let mut harness = Harness {
            app,
            desktop,
            clipboard: Vec::new(),
            log: Vec::new(),
            _exports: exports,
        };
        harness.settle(boot);
        harness
    }

    /// Runs a task and everything it leads to, until nothing is left.
    pub fn settle(&mut self, task: Task<Message>) {
        self.settle_with(task, &mut |_| {});
    }

    /// Like [`Harness::settle`], calling `after` after every message the tasks deliver (to interact while a
    /// long job runs, e.g. cancel a pack between two progress reports).
    pub fn settle_with(&mut self, task: Task<Message>, after: &mut dyn FnMut(&mut Harness)) {
        let Some(mut stream) = task::into_stream(task) else {
            return;
        };
        while let Some(action) =
            iced::futures::executor::block_on(iced::futures::StreamExt::next(&mut stream))
        {
            match action {
                Action::Output(message) => {
                    if let Message::Templates(m) = &message {
                        self.log.push(format!("{m:?}"));
                    }
                    let next = self.app.update(message);
                    self.settle_with(next, after);
                    after(self);
                }
                Action::Clipboard(clipboard::Action::Write { contents, .. }) => {
                    self.clipboard.push(contents);
                }
                _ => {} // widget operations (focus) and window actions need a real window
            }
        }
    }

    /// A simulator of the current view.
    pub fn ui(&self) -> Simulator<'_, Message> {
        Simulator::with_size(
            designprogram::gui::iced_settings(),
            VIEWPORT,
            self.app.view(),
        )
    }

    /// Feeds the messages an interaction produced back into the application.
    pub fn deliver(&mut self, messages: Vec<Message>) {
        for message in messages {
            let task = self.app.update(message);
            self.settle(task);
        }
    }

    /// Clicks the text (or input) that reads `label`.
    pub fn click(&mut self, label: &str) -> Result<(), Error> {
        let messages = {
            let mut ui = self.ui();
            ui.click(label)?;
            ui.into_messages().collect()
        };
        self.deliver(messages);
        Ok(())
    }

    /// Clicks into the field with this id and types.
    pub fn type_into(&mut self, id: &'static str, text: &str) -> Result<(), Error> {
        let messages = {
            let mut ui = self.ui();
            ui.click(iced::widget::Id::new(id))?;
            ui.typewrite(text);
            ui.into_messages().collect()
        };
        self.deliver(messages);
        Ok(())
    }

    /// Presses and releases a key (with modifiers) anywhere in the window.
    pub fn press(&mut self, key: iced::keyboard::Key, modifiers: iced::keyboard::Modifiers) {
        let messages = {
            let mut ui = self.ui();
            ui.simulate([
                iced::Event::Keyboard(iced::keyboard::Event::KeyPressed {
                    key: key.clone(),
                    modified_key: key.clone(),
                    physical_key: iced::keyboard::key::Physical::Unidentified(
                        iced::keyboard::key::NativeCode::Unidentified,
                    ),
                    location: iced::keyboard::Location::Standard,
                    modifiers,
                    text: None,
                    repeat: false,
                }),
                iced::Event::Keyboard(iced::keyboard::Event::KeyReleased {
                    key: key.clone(),
                    modified_key: key,
                    physical_key: iced::keyboard::key::Physical::Unidentified(
                        iced::keyboard::key::NativeCode::Unidentified,
                    ),
                    location: iced::keyboard::Location::Standard,
                    modifiers,
                }),
            ]);
            ui.into_messages().collect()
        };
        self.deliver(messages);
    }

    /// Clicks `label` and calls `after` after every message its tasks deliver.
    pub fn click_with(
        &mut self,
        label: &str,
        after: &mut dyn FnMut(&mut Harness),
    ) -> Result<(), Error> {
        let messages: Vec<Message> = {
            let mut ui = self.ui();
            ui.click(label)?;
            ui.into_messages().collect()
        };
        for message in messages {
            let task = self.app.update(message);
            self.settle_with(task, after);
        }
        Ok(())
    }

    /// Whether some text on screen reads exactly `label`.
    pub fn sees(&self, label: &str) -> bool {
        self.ui().find(label).is_ok()
    }

    /// The first text on screen that starts with `prefix`.
    pub fn text_starting_with(&self, prefix: &str) -> Option<String> {
        let prefix = prefix.to_owned();
        self.ui()
            .find(
                move |candidate: iced_test::selector::Candidate<'_>| match candidate {
                    iced_test::selector::Candidate::Text { content, .. }
                        if content.starts_with(&prefix) =>
                    {
                        Some(content.to_owned())
                    }
                    _ => None,
                },
            )
            .ok()
    }

    /// Every text on screen, in tree order (for assertions and failure messages).
    pub fn texts(&self) -> Vec<String> {
        let mut texts = Vec::new();
        let _ = self.ui().find(
            |candidate: iced_test::selector::Candidate<'_>| -> Option<()> {
                if let iced_test::selector::Candidate::Text { content, .. } = candidate {
                    texts.push(content.to_owned());
                }
                None
            },
        );
        texts
    }

    /// The folder the fake save dialog saves into.
    pub fn export_folder(&self) -> &Path {
        &self.desktop.folder
    }
}

/// Environment variable that (re)writes the GUI reference images instead of comparing with them.
pub const UPDATE_REFERENCES_ENV: &str = "DESIGNPROGRAM_UPDATE_REFERENCES";

/// Reduction of a snapshot before it is compared or stored: 4 × 4 pixels averaged into one (a 1280 × 1800
/// window at scale 2 gives a 640 × 900 reference; layout, colours and text blocks show, the anti-aliasing of
/// single glyphs does not).
const REDUCE: u32 = 4;
/// Largest difference per channel of a reduced pixel that counts as equal.
const TOLERANCE: u8 = 24;
/// Share of reduced pixels that may differ by more (the settings screen shows a temporary folder's name).
const MAX_DIFFERING: f64 = 0.002;

/// Compares a snapshot with `tests/reference/gui/<name>.png` (per-channel tolerance after reduction). The
/// snapshot must come from the tiny-skia renderer (CI pins it with `ICED_TEST_BACKEND=tiny-skia`). On a
/// difference a diff image is written to `target/gui-diff/<name>.png` and the test fails; with
/// `DESIGNPROGRAM_UPDATE_REFERENCES=1` the reference is written instead.
pub fn assert_matches_reference(snapshot: &iced_test::simulator::Snapshot, name: &str) {
    let scratch = tempfile::tempdir().expect("temp dir");
    // iced_test writes the snapshot when the file does not exist, named after the renderer that drew it.
    snapshot
        .matches_image(scratch.path().join(name))
        .expect("the snapshot is written");
    let written = scratch.path().join(format!("{name}-tiny-skia.png"));
    assert!(
        written.exists(),
        "the snapshot was not drawn by tiny-skia: {:?}",
        std::fs::read_dir(scratch.path())
            .map(|d| d.flatten().map(|e| e.file_name()).collect::<Vec<_>>())
    );
    let (w, h, rgba) = reduce(&written);
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let reference = root.join("tests/reference/gui").join(format!("{name}.png"));
    if std::env::var_os(UPDATE_REFERENCES_ENV).is_some() {
        std::fs::create_dir_all(reference.parent().unwrap()).unwrap();
        write_png(&reference, w, h, &rgba);
        return;
    }
    assert!(
        reference.exists(),
        "no reference image {}: run the test with {UPDATE_REFERENCES_ENV}=1 to create it, and look at it",
        reference.display()
    );
    let expected = image::open(&reference).expect("reference PNG").to_rgba8();
    assert_eq!(
        (expected.width(), expected.height()),
        (w, h),
        "{name}: the screen has another size than {}",
        reference.display()
    );
    let mut diff = vec![0u8; rgba.len()];
    let mut differing = 0usize;
    for (i, (a, b)) in rgba.chunks(4).zip(expected.as_raw().chunks(4)).enumerate() {
        let worst = (0..4).map(|k| a[k].abs_diff(b[k])).max().unwrap_or(0);
        let out = &mut diff[i * 4..i * 4 + 4];
        if worst > TOLERANCE {
            differing += 1;
            out.copy_from_slice(&[255, 0, 0, 255]);
        } else {
            // the screen, faded, for orientation
            out.copy_from_slice(&[a[0] / 4 + 191, a[1] / 4 + 191, a[2] / 4 + 191, 255]);
        }
    }
    let share = differing as f64 / f64::from(w * h);
    if share > MAX_DIFFERING {
        let diff_path = root.join("target/gui-diff").join(format!("{name}.png"));
        std::fs::create_dir_all(diff_path.parent().unwrap()).unwrap();
        write_png(&diff_path, w, h, &diff);
        write_png(&diff_path.with_extension("actual.png"), w, h, &rgba);
        panic!(
            "{name}: {:.2} % of the screen differs from {} (diff in {}, red = differs). If the change is \
             intended, run the test with {UPDATE_REFERENCES_ENV}=1 and commit the new reference.",
            share * 100.0,
            reference.display(),
            diff_path.display()
        );
    }
}

/// Reads a PNG and averages blocks of REDUCE × REDUCE pixels.
fn reduce(path: &Path) -> (u32, u32, Vec<u8>) {
    let img = image::open(path).expect("snapshot PNG").to_rgba8();
    let (w, h) = (img.width() / REDUCE, img.height() / REDUCE);
    let mut out = Vec::with_capacity((w * h * 4) as usize);
    for y in 0..h {
        for x in 0..w {
            let mut sum = [0u32; 4];
            for dy in 0..REDUCE {
                for dx in 0..REDUCE {
                    let p = img.get_pixel(x * REDUCE + dx, y * REDUCE + dy).0;
                    for k in 0..4 {
                        sum[k] += u32::from(p[k]);
                    }
                }
            }
            out.extend(sum.map(|s| (s / (REDUCE * REDUCE)) as u8));
        }
    }
    (w, h, out)
}

fn write_png(path: &Path, w: u32, h: u32, rgba: &[u8]) {
    image::save_buffer(path, rgba, w, h, image::ExtendedColorType::Rgba8)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}
