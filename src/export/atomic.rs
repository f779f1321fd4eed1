//! Writing a file atomically: the bytes go to a hidden temporary file in the target folder, which is renamed
//! into place only when complete. A failure removes the temporary file; a killed process can leave only a
//! hidden `.designprogram-*.part` file, never a partial file at the target path.

use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use super::ExportError;

/// Writes `target` with what `produce` writes. An existing target is refused unless `force`.
pub(crate) fn write_file(
    target: &Path,
    force: bool,
    produce: impl FnOnce(&mut dyn Write) -> Result<(), ExportError>,
) -> Result<(), ExportError> {
    let temp = create_temp(target, force)?;
    {
        let mut out = Recording {
            inner: BufWriter::with_capacity(1 << 16, temp.as_file()),
            error: None,
        };
        let produced = produce(&mut out)
            .and_then(|()| out.flush().map_err(|e| ExportError::write(target, &e)));
        if let Err(e) = produced {
            // An encoder wraps I/O errors in its own type; report the I/O error itself.
            return Err(match out.error.take() {
                Some(io) => ExportError::write(target, &io),
                None => e,
            });
        }
    }
    persist(temp, target, force)
}

/// Like [`write_file`], for writers that need to seek (zip): `produce` gets the temporary file itself.
pub(crate) fn write_seekable_file(
    target: &Path,
    force: bool,
    produce: impl FnOnce(&std::fs::File) -> Result<(), ExportError>,
) -> Result<(), ExportError> {
    let temp = create_temp(target, force)?;
    produce(temp.as_file())?;
    persist(temp, target, force)
}

fn create_temp(target: &Path, force: bool) -> Result<tempfile::NamedTempFile, ExportError> {
    if !force && target.exists() {
        return Err(ExportError::Exists(target.to_path_buf()));
    }
    let folder = folder_of(target);
    let mut builder = tempfile::Builder::new();
    builder.prefix(".designprogram-").suffix(".part");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // Like any new file: rw for everyone the umask allows (tempfile's default would be 0600).
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    builder
        .tempfile_in(&folder)
        .map_err(|e| ExportError::folder(&folder, &e))
}

/// Renames the complete temporary file into place (refusing to replace a file unless `force`).
fn persist(temp: tempfile::NamedTempFile, target: &Path, force: bool) -> Result<(), ExportError> {
    let persisted = if force {
        temp.persist(target)
    } else {
        temp.persist_noclobber(target)
    };
    persisted.map(drop).map_err(|e| {
        if e.error.kind() == io::ErrorKind::AlreadyExists {
            ExportError::Exists(target.to_path_buf())
        } else {
            ExportError::write(target, &e.error)
        }
    })
}

/// The folder a file path is in (`.` for a bare file name).
pub(crate) fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// A writer that keeps the first I/O error it saw.
struct Recording<W> {
    inner: W,
    error: Option<io::Error>,
}

impl<W: Write> Recording<W> {
    fn keep<T>(&mut self, result: io::Result<T>) -> io::Result<T> {
        if let Err(e) = &result
            && self.error.is_none()
        {
            self.error = Some(io::Error::new(e.kind(), e.to_string()));
        }
        result
    }
}

impl<W: Write> Write for Recording<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let r = self.inner.write(buf);
        self.keep(r)
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        let r = self.inner.write_all(buf);
        self.keep(r)
    }

    fn flush(&mut self) -> io::Result<()> {
        let r = self.inner.flush();
        self.keep(r)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bytes(data: &'static [u8]) -> impl FnOnce(&mut dyn Write) -> Result<(), ExportError> {
        move |w| {
            w.write_all(data)
                .map_err(|e| ExportError::encode("test", e))
        }
    }

    fn leftovers(dir: &Path) -> Vec<String> {
        std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect()
    }

    #[test]
    fn refuses_existing_files_unless_forced() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("a.txt");
        write_file(&target, false, bytes(b"one")).unwrap();
        let again = write_file(&target, false, bytes(b"two"));
        assert_eq!(again, Err(ExportError::Exists(target.clone())));
        write_file(&target, true, bytes(b"three")).unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), b"three");
        assert_eq!(leftovers(dir.path()), ["a.txt"]);
    }

    #[test]
    fn a_failing_write_leaves_nothing_behind() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("b.png");
        let result = write_file(&target, false, |w| {
            w.write_all(&[0; 100_000]).ok();
            Err(ExportError::encode(
                "PNG",
                io::Error::new(io::ErrorKind::StorageFull, "no space"),
            ))
        });
        assert!(
            matches!(result, Err(ExportError::Encode { .. })),
            "{result:?}"
        );
        assert!(leftovers(dir.path()).is_empty());
    }

    #[test]
    fn io_errors_are_reported_as_write_errors() {
        let dir = tempfile::tempdir().unwrap();
        let mut sink = Recording {
            inner: FailingWriter,
            error: None,
        };
        assert!(sink.write_all(b"x").is_err());
        assert_eq!(
            sink.error.map(|e| e.kind()),
            Some(io::ErrorKind::StorageFull)
        );
        let missing = dir.path().join("missing").join("d.png");
        let result = write_file(&missing, false, |_| Ok(()));
        assert!(
            matches!(&result, Err(ExportError::Folder { cause, .. }) if cause.kind == super::super::IoKind::NotFound),
            "{result:?}"
        );
    }

    struct FailingWriter;

    impl Write for FailingWriter {
        fn write(&mut self, _: &[u8]) -> io::Result<usize> {
            Err(io::Error::new(
                io::ErrorKind::StorageFull,
                "No space left on device",
            ))
        }

        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }
}
