//! Saving several files of a manual folder at once, so that a reader never sees half old, half new — not even
//! when the saving process is killed.
//!
//! Everything lives in a hidden folder inside the manual folder:
//!
//! ```text
//! .designprogram/lock           held while a save runs (which process, on which machine, since when)
//! .designprogram/generation     the number of the last completed save
//! .designprogram/journal.json   the commit record of a save in progress (absent otherwise)
//! .designprogram/staging/<n>/…  the new versions of save n's files
//! .designprogram/backup/<n>/…   the previous versions (the last [`KEEP_BACKUPS`] saves are kept)
//! ```
//!
//! A save: (1) takes the lock and finishes a save that a killed process left committed; (2) checks that every
//! file to be written still has the content the editor read (else: a conflict, nothing is written); (3) writes
//! the new versions into staging and keeps the old ones in backup; (4) writes `journal.json` (temporary file +
//! rename): **the commit point**; (5) renames each staged file over its target; (6) writes `generation`;
//! (7) deletes the journal and the staging folder and releases the lock.
//!
//! A reader ([`Files::folder`](super::source::Files::folder)) that finds a journal reads the files it lists from
//! staging, or from their target once renamed: all new. Without a journal nothing has been renamed: all old.
//! [`super::load_folder`] notes the [`Marker`] before and after it reads and reads again if a save committed in
//! between.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// The hidden folder inside a manual folder.
pub const DIR: &str = ".designprogram";
/// How many previous versions are kept under `.designprogram/backup/`.
pub const KEEP_BACKUPS: usize = 10;
/// A lock older than this is taken to be left by a killed process.
const STALE_LOCK: Duration = Duration::from_secs(120);
/// How long a save waits for another save to finish.
const LOCK_WAIT: Duration = Duration::from_secs(5);
/// Test knob: pause this many milliseconds after each step of a save (for the kill tests; documented in
/// docs/manual-editing.md). Never set in normal use.
pub const STEP_DELAY_ENV: &str = "DESIGNPROGRAM_SAVE_STEP_DELAY_MS";

/// The content a file had when an editor read it: SHA-256, or `None` when it did not exist.
pub type Fingerprint = Option<[u8; 32]>;

/// The fingerprint of some bytes.
pub fn fingerprint(bytes: &[u8]) -> [u8; 32] {
    Sha256::digest(bytes).into()
}

/// One file to write (or remove) in a save.
#[derive(Debug, Clone)]
pub struct Change {
    /// Path relative to the manual folder, `/`-separated.
    pub path: String,
    /// The new content; `None` removes the file.
    pub content: Option<Arc<[u8]>>,
    /// What the file must still contain on disk for the save to go ahead.
    pub expected: Fingerprint,
}

/// What a completed save did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Saved {
    /// The save's number.
    pub generation: u64,
    /// The files written or removed.
    pub files: Vec<String>,
    /// Where the previous versions were kept.
    pub backup: PathBuf,
}

/// Why a save did not happen (nothing was written) or did not finish.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SaveError {
    /// Someone else changed these files since they were read: nothing was written.
    #[error("changed on disk since they were opened (someone else saved): {}", files.join(", "))]
    Conflict {
        /// The files, relative to the manual folder.
        files: Vec<String>,
    },
    /// Another save completed since the editor last looked (`seen` in [`save`]); nothing was written. The
    /// editor validates against the new state and saves again.
    #[error("the manual was saved by someone else meanwhile (save {generation})")]
    Moved {
        /// The number of that save.
        generation: u64,
    },
    /// Another save holds the lock.
    #[error("another save is running ({holder}); try again")]
    Busy {
        /// Who holds the lock.
        holder: String,
    },
    /// A file could not be read or written.
    #[error("{path}: {message}")]
    Io {
        /// The path concerned.
        path: PathBuf,
        /// The operating system's message.
        message: String,
    },
    /// A path that would leave the manual folder or is not a plain relative path.
    #[error("unsafe path \"{0}\"")]
    UnsafePath(String),
}

impl SaveError {
    fn io(path: &Path, e: &std::io::Error) -> SaveError {
        SaveError::Io {
            path: path.to_path_buf(),
            message: e.to_string(),
        }
    }
}

/// The commit record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Journal {
    /// The save's number.
    pub generation: u64,
    /// The files of the save.
    pub files: Vec<Entry>,
}

/// One file of a committed save.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// Target path relative to the manual folder.
    pub path: String,
    /// The new version, relative to `.designprogram/`; `None` when the file is removed.
    pub staged: Option<String>,
}

/// What a reader compares before and after reading: the last completed save and the save in progress.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marker {
    generation: u64,
    committed: Option<u64>,
}

/// Where a reader finds a file while a committed save is in progress.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Redirect {
    /// The new version is this staged file (or the target, once renamed).
    Staged(PathBuf),
    /// The file is removed by the save.
    Removed,
}

fn meta_dir(root: &Path) -> PathBuf {
    root.join(DIR)
}

/// Whether a save into this manual folder could write: its `.designprogram/` folder can be created and a
/// file written in it (the probe file is removed again). A read-only folder or share fails here.
pub fn probe_writable(root: &Path) -> std::io::Result<()> {
    if !root.is_dir() {
        return Err(std::io::Error::from(std::io::ErrorKind::NotADirectory));
    }
    let meta = meta_dir(root);
    create_meta(&meta).map_err(|e| std::io::Error::other(e.to_string()))?;
    tempfile::NamedTempFile::new_in(&meta).map(drop)
}

/// The number of the last completed save (0 when there was none).
pub fn generation(root: &Path) -> u64 {
    std::fs::read_to_string(meta_dir(root).join("generation"))
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(0)
}

/// The committed save in progress, if any (a damaged journal counts as none).
pub fn committed(root: &Path) -> Option<Journal> {
    let bytes = std::fs::read(meta_dir(root).join("journal.json")).ok()?;
    serde_json::from_slice(&bytes).ok()
}

/// The reader's marker.
pub fn marker(root: &Path) -> Marker {
    Marker {
        generation: generation(root),
        committed: committed(root).map(|j| j.generation),
    }
}

/// The redirections a reader must follow: every file of a committed save in progress.
pub fn redirects(root: &Path) -> Vec<(String, Redirect)> {
    let Some(journal) = committed(root) else {
        return Vec::new();
    };
    journal
        .files
        .into_iter()
        .filter(|e| safe_relative(&e.path))
        .map(|e| {
            let redirect = match e.staged {
                Some(staged) if safe_relative(&staged) => {
                    Redirect::Staged(meta_dir(root).join(staged))
                }
                Some(_) | None => Redirect::Removed,
            };
            (e.path, redirect)
        })
        .collect()
}

/// Whether `path` is a plain relative path inside the folder (`a/b.toml`; no `..`, no absolute, no `\`).
pub fn safe_relative(path: &str) -> bool {
    !path.is_empty()
        && !path.starts_with('/')
        && !path.contains('\\')
        && !path.contains(':')
        && path
            .split('/')
            .all(|part| !part.is_empty() && part != "." && part != "..")
}

/// Saves `changes` into the manual folder `root` as one step (see the module documentation). With `seen`,
/// the save is refused with [`SaveError::Moved`] if another save completed after that one.
pub fn save(root: &Path, changes: &[Change], seen: Option<u64>) -> Result<Saved, SaveError> {
    for change in changes {
        if !safe_relative(&change.path) || change.path.starts_with(DIR) {
            return Err(SaveError::UnsafePath(change.path.clone()));
        }
    }
    let meta = meta_dir(root);
    create_meta(&meta)?;
    let _lock = Lock::take(&meta)?;
    roll_forward(root)?;
    let conflicts: Vec<String> = changes
        .iter()
        .filter(|c| current_fingerprint(&root.join(&c.path)) != c.expected)
        .map(|c| c.path.clone())
        .collect();
    if !conflicts.is_empty() {
        return Err(SaveError::Conflict { files: conflicts });
    }
    let last = generation(root);
    if seen.is_some_and(|seen| seen != last) {
        return Err(SaveError::Moved { generation: last });
    }
    let generation = last + 1;
    let staging = format!("staging/{generation}");
    let backup = meta.join("backup").join(generation.to_string());
    let _ = std::fs::remove_dir_all(meta.join(&staging)); // left by a save killed before its commit
    let mut entries = Vec::new();
    for change in changes {
        let target = root.join(&change.path);
        if target.is_file() {
            keep_backup(&target, &backup.join(&change.path))?;
        }
        let staged = match &change.content {
            Some(bytes) => {
                let rel = format!("{staging}/{}", change.path);
                write_synced(&meta.join(&rel), bytes)?;
                Some(rel)
            }
            None => None,
        };
        entries.push(Entry {
            path: change.path.clone(),
            staged,
        });
        pause();
    }
    let journal = Journal {
        generation,
        files: entries,
    };
    let json = serde_json::to_vec_pretty(&journal).map_err(|e| SaveError::Io {
        path: meta.join("journal.json"),
        message: e.to_string(),
    })?;
    replace_file(&meta.join("journal.json"), &json)?; // the commit point
    pause();
    finish(root, &journal)?;
    prune_backups(&meta.join("backup"));
    Ok(Saved {
        generation,
        files: changes.iter().map(|c| c.path.clone()).collect(),
        backup,
    })
}

/// Finishes a save that was committed but not completed (its process was killed). Takes the lock.
pub fn recover(root: &Path) -> Result<(), SaveError> {
    let meta = meta_dir(root);
    if !meta.join("journal.json").exists() {
        return Ok(());
    }
    let _lock = Lock::take(&meta)?;
    roll_forward(root)
}

/// With the lock held: completes a committed save, if there is one.
fn roll_forward(root: &Path) -> Result<(), SaveError> {
    let path = meta_dir(root).join("journal.json");
    let bytes = match std::fs::read(&path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(SaveError::io(&path, &e)),
    };
    let journal: Journal = serde_json::from_slice(&bytes).map_err(|e| SaveError::Io {
        path: path.clone(),
        message: format!("the save journal is damaged ({e}); restore from .designprogram/backup"),
    })?;
    finish(root, &journal)
}

/// Steps 5–7 of a save: rename the staged files into place, record the generation, drop the journal.
fn finish(root: &Path, journal: &Journal) -> Result<(), SaveError> {
    let meta = meta_dir(root);
    for entry in &journal.files {
        if !safe_relative(&entry.path) {
            return Err(SaveError::UnsafePath(entry.path.clone()));
        }
        let target = root.join(&entry.path);
        match &entry.staged {
            Some(staged) => {
                let from = meta.join(staged);
                if from.exists() {
                    if let Some(parent) = target.parent() {
                        std::fs::create_dir_all(parent).map_err(|e| SaveError::io(parent, &e))?;
                    }
                    std::fs::rename(&from, &target).map_err(|e| SaveError::io(&target, &e))?;
                }
            }
            None => match std::fs::remove_file(&target) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(SaveError::io(&target, &e)),
            },
        }
        pause();
    }
    sync_dir(root);
    replace_file(
        &meta.join("generation"),
        format!("{}\n", journal.generation).as_bytes(),
    )?;
    let journal_path = meta.join("journal.json");
    std::fs::remove_file(&journal_path).map_err(|e| SaveError::io(&journal_path, &e))?;
    let _ = std::fs::remove_dir_all(meta.join("staging"));
    Ok(())
}

/// The fingerprint of a file on disk now.
pub fn current_fingerprint(path: &Path) -> Fingerprint {
    std::fs::read(path).ok().map(|bytes| fingerprint(&bytes))
}

fn create_meta(meta: &Path) -> Result<(), SaveError> {
    std::fs::create_dir_all(meta).map_err(|e| SaveError::io(meta, &e))?;
    let ignore = meta.join(".gitignore");
    if !ignore.exists() {
        // The folder is the program's bookkeeping, not part of the manual: keep it out of version control.
        replace_file(&ignore, b"*\n")?;
    }
    Ok(())
}

/// Keeps the previous version: a hard link where the file system allows (the rename that follows leaves the
/// old content to the link), else a copy.
fn keep_backup(target: &Path, backup: &Path) -> Result<(), SaveError> {
    if let Some(parent) = backup.parent() {
        std::fs::create_dir_all(parent).map_err(|e| SaveError::io(parent, &e))?;
    }
    let _ = std::fs::remove_file(backup);
    if std::fs::hard_link(target, backup).is_err() {
        std::fs::copy(target, backup).map_err(|e| SaveError::io(backup, &e))?;
    }
    Ok(())
}

fn prune_backups(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut generations: Vec<u64> = entries
        .filter_map(Result::ok)
        .filter_map(|e| e.file_name().to_str()?.parse().ok())
        .collect();
    generations.sort_unstable();
    let excess = generations.len().saturating_sub(KEEP_BACKUPS);
    for old in &generations[..excess] {
        let _ = std::fs::remove_dir_all(dir.join(old.to_string()));
    }
}

/// Writes a new file completely and flushes it to the disk.
fn write_synced(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| SaveError::io(parent, &e))?;
    }
    let mut file = std::fs::File::create(path).map_err(|e| SaveError::io(path, &e))?;
    file.write_all(bytes)
        .and_then(|()| file.sync_all())
        .map_err(|e| SaveError::io(path, &e))
}

/// Replaces a file atomically (temporary file in the same folder, flushed, renamed).
pub(crate) fn replace_file(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut builder = tempfile::Builder::new();
    builder.prefix(".designprogram-").suffix(".part");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // A replaced file keeps its mode; a new one is made like any new file (rw for everyone the umask
        // allows). tempfile's default, 0600, would hide a published bundle from the colleagues sharing the folder.
        let mode = std::fs::metadata(path).map_or(0o666, |m| m.permissions().mode() & 0o777);
        builder.permissions(std::fs::Permissions::from_mode(mode));
    }
    let mut temp = builder
        .tempfile_in(dir)
        .map_err(|e| SaveError::io(dir, &e))?;
    temp.write_all(bytes)
        .and_then(|()| temp.as_file().sync_all())
        .map_err(|e| SaveError::io(path, &e))?;
    temp.persist(path)
        .map_err(|e| SaveError::io(path, &e.error))?;
    sync_dir(dir);
    Ok(())
}

/// Flushes a folder's entries (renames) to the disk where the platform supports it.
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

fn pause() {
    static DELAY: std::sync::OnceLock<u64> = std::sync::OnceLock::new();
    let ms = *DELAY.get_or_init(|| {
        std::env::var(STEP_DELAY_ENV)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(0)
    });
    if ms > 0 {
        std::thread::sleep(Duration::from_millis(ms));
    }
}

/// The save lock: a file created exclusively, removed when dropped.
struct Lock {
    path: PathBuf,
}

#[derive(Debug, Serialize, Deserialize)]
struct Holder {
    pid: u32,
    host: String,
    since: u64,
}

impl Lock {
    fn take(meta: &Path) -> Result<Lock, SaveError> {
        let path = meta.join("lock");
        let started = std::time::Instant::now();
        loop {
            match std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&path)
            {
                Ok(mut file) => {
                    let holder = Holder {
                        pid: std::process::id(),
                        host: host_name(),
                        since: unix_now(),
                    };
                    let json = serde_json::to_vec(&holder).unwrap_or_default();
                    let _ = file.write_all(&json).and_then(|()| file.sync_all());
                    return Ok(Lock { path });
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    let holder = std::fs::read(&path)
                        .ok()
                        .and_then(|b| serde_json::from_slice::<Holder>(&b).ok());
                    if holder.as_ref().is_none_or(is_stale) {
                        let _ = std::fs::remove_file(&path);
                        continue;
                    }
                    if started.elapsed() > LOCK_WAIT {
                        let holder = holder.map_or_else(String::new, |h| {
                            format!("process {} on {}", h.pid, h.host)
                        });
                        return Err(SaveError::Busy { holder });
                    }
                    std::thread::sleep(Duration::from_millis(50));
                }
                Err(e) => return Err(SaveError::io(&path, &e)),
            }
        }
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// A lock is stale when its process is gone (same machine) or it is older than [`STALE_LOCK`].
fn is_stale(holder: &Holder) -> bool {
    if unix_now().saturating_sub(holder.since) > STALE_LOCK.as_secs() {
        return true;
    }
    if holder.host == host_name() {
        if holder.pid == std::process::id() {
            return false;
        }
        #[cfg(target_os = "linux")]
        return !Path::new(&format!("/proc/{}", holder.pid)).exists();
    }
    false
}

fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

fn host_name() -> String {
    std::env::var("HOSTNAME")
        .or_else(|_| std::env::var("COMPUTERNAME"))
        .ok()
        .or_else(|| {
            std::fs::read_to_string("/etc/hostname")
                .ok()
                .map(|s| s.trim().to_owned())
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(root: &Path, path: &str, content: &str) -> Change {
        Change {
            path: path.into(),
            content: Some(Arc::from(content.as_bytes())),
            expected: current_fingerprint(&root.join(path)),
        }
    }

    #[test]
    fn saves_keep_backups_and_clean_up() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::write(root.join("a.toml"), "one").unwrap();
        let saved = save(
            root,
            &[
                change(root, "a.toml", "two"),
                change(root, "logos/x/logo.toml", "new"),
            ],
            Some(0),
        )
        .unwrap();
        assert_eq!(
            save(root, &[change(root, "a.toml", "three")], Some(0)),
            Err(SaveError::Moved { generation: 1 })
        );
        assert_eq!(saved.generation, 1);
        assert_eq!(std::fs::read_to_string(root.join("a.toml")).unwrap(), "two");
        assert_eq!(
            std::fs::read_to_string(root.join("logos/x/logo.toml")).unwrap(),
            "new"
        );
        assert_eq!(
            std::fs::read_to_string(root.join(".designprogram/backup/1/a.toml")).unwrap(),
            "one"
        );
        assert_eq!(generation(root), 1);
        assert!(committed(root).is_none());
        assert!(!root.join(".designprogram/staging").exists());
        assert!(!root.join(".designprogram/lock").exists());
    }

    #[test]
    fn a_changed_file_is_a_conflict_and_nothing_is_written() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::write(root.join("a.toml"), "one").unwrap();
        std::fs::write(root.join("b.toml"), "one").unwrap();
        let a = change(root, "a.toml", "mine");
        let b = change(root, "b.toml", "mine");
        std::fs::write(root.join("b.toml"), "theirs").unwrap();
        let result = save(root, &[a, b], None);
        assert_eq!(
            result,
            Err(SaveError::Conflict {
                files: vec!["b.toml".into()]
            })
        );
        assert_eq!(std::fs::read_to_string(root.join("a.toml")).unwrap(), "one");
        assert_eq!(
            std::fs::read_to_string(root.join("b.toml")).unwrap(),
            "theirs"
        );
        // a new file that someone else created meanwhile is a conflict too
        let new = change(root, "c.toml", "mine");
        std::fs::write(root.join("c.toml"), "theirs").unwrap();
        assert!(matches!(
            save(root, &[new], None),
            Err(SaveError::Conflict { .. })
        ));
    }

    #[test]
    fn a_committed_save_is_what_readers_see_and_is_finished_later() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::write(root.join("a.toml"), "old").unwrap();
        // A save killed right after its commit: staged file and journal, target untouched.
        let meta = root.join(DIR);
        write_synced(&meta.join("staging/1/a.toml"), b"new").unwrap();
        let journal = Journal {
            generation: 1,
            files: vec![Entry {
                path: "a.toml".into(),
                staged: Some("staging/1/a.toml".into()),
            }],
        };
        replace_file(
            &meta.join("journal.json"),
            &serde_json::to_vec(&journal).unwrap(),
        )
        .unwrap();
        let redirects = redirects(root);
        assert_eq!(
            redirects,
            vec![(
                "a.toml".to_owned(),
                Redirect::Staged(meta.join("staging/1/a.toml"))
            )]
        );
        let before = marker(root);
        recover(root).unwrap();
        assert_ne!(marker(root), before);
        assert_eq!(std::fs::read_to_string(root.join("a.toml")).unwrap(), "new");
        assert!(redirects_is_empty(root));
    }

    fn redirects_is_empty(root: &Path) -> bool {
        redirects(root).is_empty()
    }

    #[test]
    fn unsafe_paths_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        for bad in [
            "../x",
            "/etc/x",
            "a/../../x",
            "",
            "a\\b",
            ".designprogram/lock",
        ] {
            let c = Change {
                path: bad.into(),
                content: None,
                expected: None,
            };
            assert!(
                matches!(save(dir.path(), &[c], None), Err(SaveError::UnsafePath(_))),
                "{bad}"
            );
        }
    }

    #[test]
    fn a_stale_lock_is_broken_a_live_one_is_not() {
        let dir = tempfile::tempdir().unwrap();
        let meta = dir.path().join(DIR);
        std::fs::create_dir_all(&meta).unwrap();
        let old = Holder {
            pid: 1,
            host: "elsewhere".into(),
            since: 0,
        };
        std::fs::write(meta.join("lock"), serde_json::to_vec(&old).unwrap()).unwrap();
        drop(Lock::take(&meta).unwrap());
        assert!(!meta.join("lock").exists());
        let live = Holder {
            pid: std::process::id(),
            host: host_name(),
            since: unix_now(),
        };
        assert!(!is_stale(&live));
    }
}
