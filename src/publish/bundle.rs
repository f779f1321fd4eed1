//! The bundle file: a zip of the manual folder with `manifest.json` first (format, version, and the size and
//! SHA-256 of every file). Written deterministically; read back with every safety check a file from a shared
//! drive deserves.

use std::collections::BTreeMap;
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

use super::BundleError;

/// The manifest's name inside the bundle.
pub const MANIFEST: &str = "manifest.json";
/// The folder the manual's files are under inside the bundle.
const PREFIX: &str = "manual/";
/// What `kind` a manifest says.
pub const KIND: &str = "designprogram-manual-bundle";

/// Limits against hostile or broken bundles (a zip bomb, a million entries, a path that leaves the folder).
pub mod limits {
    /// Largest bundle file.
    pub const BUNDLE_BYTES: u64 = 512 << 20;
    /// Most entries.
    pub const ENTRIES: usize = 100_000;
    /// Largest file inside (the loader's own limits are smaller: 20 MiB for a font).
    pub const FILE_BYTES: u64 = 64 << 20;
    /// Largest total of all files inside.
    pub const TOTAL_BYTES: u64 = 1 << 30;
    /// Largest compression ratio of one entry (a bomb expands far more).
    pub const RATIO: u64 = 200;
    /// Largest manifest.
    pub const MANIFEST_BYTES: u64 = 16 << 20;
}

/// `manifest.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    /// Always [`KIND`].
    pub kind: String,
    /// Bundle format, 1.
    pub format: u32,
    /// The manual's organisation.
    pub organisation: String,
    /// The manual's version.
    pub version: String,
    /// The manual's `updated_on`.
    pub updated_on: String,
    /// Every file of the manual, sorted by path.
    pub files: Vec<FileEntry>,
}

/// One file of the manual in the manifest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileEntry {
    /// Path relative to the manual folder.
    pub path: String,
    /// Size in bytes.
    pub size: u64,
    /// SHA-256, lowercase hex.
    pub sha256: String,
}

/// Lowercase hex SHA-256 of some bytes.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Writes a bundle of `files` (path, content) with `manifest` into `out`. Same input, same bytes.
pub fn write(
    out: impl Write + Seek,
    manifest: &Manifest,
    files: &BTreeMap<String, Vec<u8>>,
) -> Result<(), zip::result::ZipError> {
    let mut zip = ZipWriter::new(out);
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default())
        .unix_permissions(0o644);
    let json = serde_json::to_vec_pretty(manifest).map_err(std::io::Error::other)?;
    zip.start_file(MANIFEST, options)?;
    zip.write_all(&json)?;
    for (path, bytes) in files {
        // fonts and the like are stored as they are when deflate gains nothing worth the time
        zip.start_file(format!("{PREFIX}{path}"), options)?;
        zip.write_all(bytes)?;
    }
    zip.finish()?;
    Ok(())
}

/// Reads and verifies a bundle, and extracts the manual's files into `into` (an empty folder). Checks: the
/// limits above, safe relative names, no links, the manifest lists exactly the files present, and each file's
/// size and SHA-256 match.
pub fn extract(bundle: impl Read + Seek, into: &Path) -> Result<Manifest, BundleError> {
    let mut zip = ZipArchive::new(bundle).map_err(|e| BundleError::Damaged(e.to_string()))?;
    if zip.len() > limits::ENTRIES {
        return Err(BundleError::Limit(format!(
            "{} entries (at most {})",
            zip.len(),
            limits::ENTRIES
        )));
    }
    let manifest = read_manifest(&mut zip)?;
    let expected: BTreeMap<&str, &FileEntry> = manifest
        .files
        .iter()
        .map(|f| (f.path.as_str(), f))
        .collect();
    if expected.len() != manifest.files.len() {
        return Err(BundleError::Manifest("a file is listed twice".into()));
    }
    let total: u64 = manifest.files.iter().map(|f| f.size).sum();
    if total > limits::TOTAL_BYTES {
        return Err(BundleError::Limit(format!("{total} bytes in all")));
    }
    let mut seen = BTreeMap::new();
    for index in 0..zip.len() {
        let mut entry = zip
            .by_index(index)
            .map_err(|e| BundleError::Damaged(e.to_string()))?;
        let name = entry.name().to_owned();
        if name == MANIFEST || entry.is_dir() {
            continue;
        }
        let rel = name
            .strip_prefix(PREFIX)
            .filter(|rel| safe_name(rel))
            .ok_or_else(|| BundleError::Unsafe(name.clone()))?
            .to_owned();
        if entry.is_symlink() || !entry.is_file() {
            return Err(BundleError::Unsafe(name));
        }
        let listed = expected.get(rel.as_str()).ok_or_else(|| {
            BundleError::Manifest(format!("{rel} is in the bundle but not listed"))
        })?;
        if seen.insert(rel.clone(), ()).is_some() {
            return Err(BundleError::Manifest(format!(
                "{rel} is in the bundle twice"
            )));
        }
        check_sizes(&entry, listed)?;
        // Never trust the sizes the zip declares: read at most what the manifest promised, plus one byte.
        let mut bytes = Vec::with_capacity(listed.size.min(limits::FILE_BYTES) as usize);
        (&mut entry)
            .take(listed.size + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| BundleError::Damaged(format!("{rel}: {e}")))?;
        if bytes.len() as u64 != listed.size || sha256_hex(&bytes) != listed.sha256 {
            return Err(BundleError::Checksum(rel));
        }
        write_new(&into.join(&rel), &bytes)?;
    }
    if let Some(missing) = manifest.files.iter().find(|f| !seen.contains_key(&f.path)) {
        return Err(BundleError::Manifest(format!(
            "{} is listed but not in the bundle",
            missing.path
        )));
    }
    Ok(manifest)
}

fn read_manifest<R: Read + Seek>(zip: &mut ZipArchive<R>) -> Result<Manifest, BundleError> {
    let entry = zip
        .by_name(MANIFEST)
        .map_err(|_| BundleError::Manifest("manifest.json is missing".into()))?;
    let mut bytes = Vec::new();
    entry
        .take(limits::MANIFEST_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| BundleError::Damaged(e.to_string()))?;
    if bytes.len() as u64 > limits::MANIFEST_BYTES {
        return Err(BundleError::Limit("manifest.json is too large".into()));
    }
    let manifest: Manifest =
        serde_json::from_slice(&bytes).map_err(|e| BundleError::Manifest(e.to_string()))?;
    if manifest.kind != KIND || manifest.format != 1 {
        return Err(BundleError::Manifest(format!(
            "not a format-1 manual bundle (kind \"{}\", format {})",
            manifest.kind, manifest.format
        )));
    }
    if let Some(bad) = manifest.files.iter().find(|f| !safe_name(&f.path)) {
        return Err(BundleError::Unsafe(bad.path.clone()));
    }
    Ok(manifest)
}

fn check_sizes<R: Read>(
    entry: &zip::read::ZipFile<'_, R>,
    listed: &FileEntry,
) -> Result<(), BundleError> {
    let declared = entry.size();
    let packed = entry.compressed_size().max(1);
    if declared != listed.size {
        return Err(BundleError::Checksum(listed.path.clone()));
    }
    if declared > limits::FILE_BYTES || declared / packed > limits::RATIO {
        return Err(BundleError::Limit(format!(
            "{}: {declared} bytes from {packed} (a zip bomb?)",
            listed.path
        )));
    }
    Ok(())
}

/// A plain relative path: `a/b.svg`; no `..`, no absolute path, no drive, no `\`, no hidden names.
pub fn safe_name(rel: &str) -> bool {
    !rel.is_empty()
        && rel.len() <= 512
        && !rel.contains('\\')
        && !rel.contains(':')
        && !rel.contains('\0')
        && rel
            .split('/')
            .all(|part| !part.is_empty() && !part.starts_with('.') && part.len() <= 255)
}

fn write_new(path: &Path, bytes: &[u8]) -> Result<(), BundleError> {
    let io = |e: std::io::Error| BundleError::Io(format!("{}: {e}", path.display()));
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(io)?;
    }
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(io)?;
    file.write_all(bytes).map_err(io)
}

/// Every file of a manual folder (relative paths, sorted), leaving out hidden files and folders
/// (`.designprogram/`, `.git/`) and anything that is not a regular file.
pub fn manual_files(root: &Path) -> std::io::Result<Vec<String>> {
    let mut out = Vec::new();
    walk(root, root, &mut out)?;
    out.sort();
    Ok(out)
}

fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        if name.starts_with('.') {
            continue;
        }
        let kind = entry.file_type()?;
        let path: PathBuf = entry.path();
        if kind.is_dir() {
            walk(root, &path, out)?;
        } else if kind.is_file()
            && let Ok(rel) = path.strip_prefix(root)
        {
            let rel = rel
                .components()
                .filter_map(|c| c.as_os_str().to_str())
                .collect::<Vec<_>>()
                .join("/");
            out.push(rel);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;

    fn manifest(files: &BTreeMap<String, Vec<u8>>) -> Manifest {
        Manifest {
            kind: KIND.into(),
            format: 1,
            organisation: "K".into(),
            version: "1.0".into(),
            updated_on: "2026-01-01".into(),
            files: files
                .iter()
                .map(|(p, b)| FileEntry {
                    path: p.clone(),
                    size: b.len() as u64,
                    sha256: sha256_hex(b),
                })
                .collect(),
        }
    }

    fn bundle(files: &BTreeMap<String, Vec<u8>>, manifest: &Manifest) -> Vec<u8> {
        let mut out = Cursor::new(Vec::new());
        write(&mut out, manifest, files).unwrap();
        out.into_inner()
    }

    fn files() -> BTreeMap<String, Vec<u8>> {
        BTreeMap::from([
            ("manual.toml".to_owned(), b"format = 1\n".to_vec()),
            ("logos/a/logo.toml".to_owned(), b"id = \"a\"\n".to_vec()),
        ])
    }

    #[test]
    fn round_trip_and_deterministic() {
        let files = files();
        let m = manifest(&files);
        let a = bundle(&files, &m);
        assert_eq!(a, bundle(&files, &m));
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(extract(Cursor::new(a), dir.path()).unwrap(), m);
        assert_eq!(
            std::fs::read(dir.path().join("logos/a/logo.toml")).unwrap(),
            b"id = \"a\"\n"
        );
    }

    #[test]
    fn a_wrong_checksum_or_an_unlisted_file_is_refused() {
        let files = files();
        let mut m = manifest(&files);
        m.files[0].sha256 = sha256_hex(b"something else");
        let dir = tempfile::tempdir().unwrap();
        assert!(matches!(
            extract(Cursor::new(bundle(&files, &m)), dir.path()),
            Err(BundleError::Checksum(_))
        ));
        let mut m = manifest(&files);
        m.files.pop();
        let dir = tempfile::tempdir().unwrap();
        assert!(matches!(
            extract(Cursor::new(bundle(&files, &m)), dir.path()),
            Err(BundleError::Manifest(_))
        ));
    }

    #[test]
    fn hostile_names_and_bombs_are_refused() {
        for bad in [
            "../x.toml",
            "/etc/passwd",
            "a/../../x",
            "C:/x",
            "a\\..\\x",
            ".hidden",
            "a//b",
        ] {
            assert!(!safe_name(bad), "{bad}");
            let files = BTreeMap::from([(bad.to_owned(), b"x".to_vec())]);
            let mut m = manifest(&BTreeMap::new());
            m.files = vec![FileEntry {
                path: "ok.toml".into(),
                size: 1,
                sha256: sha256_hex(b"x"),
            }];
            let dir = tempfile::tempdir().unwrap();
            let result = extract(Cursor::new(bundle(&files, &m)), dir.path());
            assert!(
                matches!(result, Err(BundleError::Unsafe(_))),
                "{bad}: {result:?}"
            );
            assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0, "{bad}");
        }
        // 20 MB of zeros deflate to ~20 KB: a ratio far beyond any manual file
        let zeros = BTreeMap::from([("bomb.svg".to_owned(), vec![0u8; 20 << 20])]);
        let m = manifest(&zeros);
        let dir = tempfile::tempdir().unwrap();
        let result = extract(Cursor::new(bundle(&zeros, &m)), dir.path());
        assert!(matches!(result, Err(BundleError::Limit(_))), "{result:?}");
        assert!(!dir.path().join("bomb.svg").exists());
        // not a zip at all
        let dir = tempfile::tempdir().unwrap();
        assert!(matches!(
            extract(Cursor::new(b"PK\x03\x04 truncated".to_vec()), dir.path()),
            Err(BundleError::Damaged(_))
        ));
    }
}
