//! Previews and thumbnails: rendered off the UI thread by the export renderer, kept in memory while they are
//! in use, and cached on disk in the platform cache folder under a hash of everything that decides their pixels.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use iced::Task;
use iced::widget::image::Handle;
use sha2::{Digest, Sha256};

use crate::export::{self, Request};
use crate::gui::{engine, job};
use crate::manual::Manual;

/// Environment variable that overrides the cache folder (tests, portable installs).
pub const CACHE_DIR_ENV: &str = "DESIGNPROGRAM_CACHE_DIR";

/// Bumped whenever the renderer changes what it draws, so old cached pictures are not reused.
const RENDERER_VERSION: &str = "gui-1";

/// How many pictures stay in memory before the least recently used are dropped.
const MEMORY_LIMIT: usize = 600;

/// The folder for cached pictures: `DESIGNPROGRAM_CACHE_DIR`, else the platform cache folder.
pub fn cache_dir() -> Option<PathBuf> {
    match std::env::var_os(CACHE_DIR_ENV) {
        Some(dir) if !dir.is_empty() => Some(PathBuf::from(dir).join("pictures")),
        _ => crate::settings::project_dirs().map(|d| d.cache_dir().join("pictures")),
    }
}

/// What to draw: an export request, its longer side at most `max_side` pixels.
#[derive(Debug, Clone, PartialEq)]
pub struct Spec {
    /// The export whose picture this is.
    pub request: Request,
    /// Longest side in pixels.
    pub max_side: u32,
}

/// The key of a picture in memory (the request and size, spelt out).
pub type Key = String;

impl Spec {
    /// The memory key.
    pub fn key(&self) -> Key {
        let request = serde_json::to_string(&self.request).unwrap_or_default();
        format!("{}@{request}", self.max_side)
    }
}

/// A picture's state.
#[derive(Debug, Clone)]
pub enum Entry {
    /// Being rendered.
    Pending,
    /// Ready to show.
    Ready {
        /// The image.
        handle: Handle,
        /// Its size in pixels.
        size: (u32, u32),
    },
    /// Rendering failed.
    Failed(String),
}

/// A finished picture, as a message carries it (the handle is shared, not copied).
#[derive(Debug, Clone)]
pub struct Done {
    key: Key,
    result: Result<(Handle, (u32, u32)), String>,
}

/// The pictures of the loaded manual.
#[derive(Debug, Default)]
pub struct Pictures {
    entries: HashMap<Key, (Entry, u64)>,
    clock: u64,
    cache_dir: Option<PathBuf>,
}

impl Pictures {
    /// An empty set that caches on disk in `cache_dir`.
    pub fn new(cache_dir: Option<PathBuf>) -> Pictures {
        Pictures {
            cache_dir,
            ..Pictures::default()
        }
    }

    /// The state of a picture, if it was asked for.
    pub fn get(&self, spec: &Spec) -> Option<&Entry> {
        self.entries.get(&spec.key()).map(|(entry, _)| entry)
    }

    /// Forgets every picture (the manual changed).
    pub fn clear(&mut self) {
        self.entries.clear();
    }

    /// Starts rendering the pictures that are not there yet, and marks all of them as recently used.
    pub fn request(&mut self, manual: &Arc<Manual>, specs: Vec<Spec>) -> Task<Done> {
        let mut tasks = Vec::new();
        for spec in specs {
            self.clock += 1;
            let key = spec.key();
            if let Some((_, used)) = self.entries.get_mut(&key) {
                *used = self.clock;
                continue;
            }
            self.entries
                .insert(key.clone(), (Entry::Pending, self.clock));
            let manual = Arc::clone(manual);
            let dir = self.cache_dir.clone();
            tasks.push(Task::perform(
                job::run(move || produce(&manual, &spec, dir.as_deref())),
                move |result| Done {
                    key: key.clone(),
                    result: result.map_err(|_| "stopped".to_owned()).and_then(|r| r),
                },
            ));
        }
        self.evict();
        Task::batch(tasks)
    }

    /// Stores a finished picture (ignored if it was forgotten meanwhile).
    pub fn finish(&mut self, done: Done) {
        if let Some((entry, _)) = self.entries.get_mut(&done.key) {
            *entry = match done.result {
                Ok((handle, size)) => Entry::Ready { handle, size },
                Err(e) => Entry::Failed(e),
            };
        }
    }

    fn evict(&mut self) {
        if self.entries.len() <= MEMORY_LIMIT {
            return;
        }
        let mut ready: Vec<(u64, Key)> = self
            .entries
            .iter()
            .filter(|(_, (entry, _))| !matches!(entry, Entry::Pending))
            .map(|(key, (_, used))| (*used, key.clone()))
            .collect();
        ready.sort();
        let excess = self.entries.len() - MEMORY_LIMIT;
        for (_, key) in ready.into_iter().take(excess) {
            self.entries.remove(&key);
        }
    }
}

/// Loads a picture from the disk cache, or renders it and stores it there.
fn produce(
    manual: &Manual,
    spec: &Spec,
    cache_dir: Option<&Path>,
) -> Result<(Handle, (u32, u32)), String> {
    let file = cache_dir.and_then(|dir| content_hash(manual, spec).map(|h| dir.join(h + ".png")));
    if let Some(file) = &file
        && let Ok(image) = image::open(file)
    {
        let image = image.to_rgba8();
        let size = image.dimensions();
        return Ok((Handle::from_rgba(size.0, size.1, image.into_raw()), size));
    }
    let picture =
        engine::render(manual, &spec.request, spec.max_side).map_err(|e| e.to_string())?;
    let size = (picture.width, picture.height);
    if let Some(file) = &file {
        store(file, &picture);
    }
    Ok((
        Handle::from_rgba(picture.width, picture.height, picture.pixels),
        size,
    ))
}

/// A hash of everything that decides a picture's pixels: the resolved plan (colours, geometry, preset), the
/// artwork's SVG source, the size and the renderer version.
fn content_hash(manual: &Manual, spec: &Spec) -> Option<String> {
    let plan = export::plan(manual, &spec.request).ok()?;
    let mut hasher = Sha256::new();
    hasher.update(RENDERER_VERSION);
    hasher.update(spec.max_side.to_le_bytes());
    hasher.update(serde_json::to_vec(&plan).ok()?);
    if let Some(artwork) = plan.artwork.as_deref() {
        hasher.update(artwork.svg.as_bytes());
    }
    Some(
        hasher
            .finalize()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect(),
    )
}

/// Writes a cached picture atomically; a cache that cannot be written is simply not used.
fn store(file: &Path, picture: &crate::render::Image) {
    let Some(dir) = file.parent() else { return };
    if std::fs::create_dir_all(dir).is_err() {
        return;
    }
    let Some(image) =
        image::RgbaImage::from_raw(picture.width, picture.height, picture.pixels.clone())
    else {
        return;
    };
    let Ok(temp) = tempfile::NamedTempFile::new_in(dir) else {
        return;
    };
    if image
        .write_to(
            &mut std::io::BufWriter::new(temp.as_file()),
            image::ImageFormat::Png,
        )
        .is_ok()
    {
        let _ = temp.persist(file);
    }
}
