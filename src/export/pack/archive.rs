//! The zip of a pack: every file of the staging folder, manifest first.

use std::io::{Read, Write};
use std::path::Path;

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use crate::manual::Manual;

use super::super::ExportError;
use super::super::atomic::write_seekable_file;
use super::super::file_name::org;
use super::super::moment::Moment;
use super::{MANIFEST, Manifest, README};

/// The zip's file name, e.g. `sonderborg_logopakke_2-1.zip`.
pub(crate) fn name(manual: &Manual) -> String {
    format!(
        "{}_logopakke_{}.zip",
        org(manual),
        crate::naming::slug(&manual.programme.version)
    )
}

/// Writes the zip of `staging` (the files the manifest lists, plus manifest and read-me) to `target`.
pub(crate) fn write(
    staging: &Path,
    manifest: &Manifest,
    target: &Path,
    force: bool,
    moment: Moment,
) -> Result<(), ExportError> {
    let time = DateTime::from_date_and_time(
        moment.year.max(1980),
        moment.month,
        moment.day,
        moment.hour,
        moment.minute,
        moment.second,
    )
    .unwrap_or_default();
    let zip_error = |e: zip::result::ZipError| match e {
        zip::result::ZipError::Io(io) => ExportError::write(target, &io),
        other => ExportError::encode("zip", other),
    };
    write_seekable_file(target, force, |file| {
        let mut zip = ZipWriter::new(file);
        let names = [MANIFEST, README]
            .into_iter()
            .map(str::to_owned)
            .chain(manifest.files.iter().map(|e| e.file.clone()));
        let mut buffer = Vec::new();
        for name in names {
            let path = staging.join(&name);
            buffer.clear();
            std::fs::File::open(&path)
                .and_then(|mut f| f.read_to_end(&mut buffer))
                .map_err(|e| ExportError::write(&path, &e))?;
            // PNG, JPEG, PDF and ICO are compressed already.
            let method = match name.rsplit_once('.').map(|(_, ext)| ext) {
                Some("png" | "jpg" | "pdf" | "ico") => CompressionMethod::Stored,
                _ => CompressionMethod::Deflated,
            };
            let options = SimpleFileOptions::default()
                .compression_method(method)
                .last_modified_time(time)
                .unix_permissions(0o644);
            zip.start_file(name.as_str(), options).map_err(zip_error)?;
            zip.write_all(&buffer)
                .map_err(|e| ExportError::write(target, &e))?;
        }
        zip.finish().map(drop).map_err(zip_error)
    })
}
