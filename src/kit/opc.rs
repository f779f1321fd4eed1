//! OPC packages (the zip container of .thmx, .dotx and .potx): parts with their content types and
//! relationships, written in memory with `[Content_Types].xml` first, then saved atomically by the caller.

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use crate::export::ExportError;
use crate::export::moment::Moment;

use super::xml::{DECLARATION, esc};

/// Relationship type of the main part.
pub(crate) const REL_OFFICE_DOCUMENT: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
/// Relationship type of the core properties.
pub(crate) const REL_CORE: &str =
    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
/// Relationship type of the extended (application) properties.
pub(crate) const REL_APP: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties";
/// Relationship type of a theme.
pub(crate) const REL_THEME: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme";
/// Relationship type of an image.
pub(crate) const REL_IMAGE: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image";
/// Content type of a theme part.
pub(crate) const CT_THEME: &str = "application/vnd.openxmlformats-officedocument.theme+xml";

/// One relationship.
struct Rel {
    id: String,
    kind: String,
    target: String,
}

/// The relationships of one part (or of the package).
#[derive(Default)]
pub(crate) struct Rels {
    items: Vec<Rel>,
}

impl Rels {
    /// Adds a relationship and returns its id (`rId1`, `rId2`, …).
    pub(crate) fn add(&mut self, kind: &str, target: &str) -> String {
        let id = format!("rId{}", self.items.len() + 1);
        self.items.push(Rel {
            id: id.clone(),
            kind: kind.to_owned(),
            target: target.to_owned(),
        });
        id
    }

    /// The `.rels` part.
    pub(crate) fn xml(&self) -> String {
        let mut s = String::from(DECLARATION);
        s.push_str(
            r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
        );
        for r in &self.items {
            s.push_str(&format!(
                r#"<Relationship Id="{}" Type="{}" Target="{}"/>"#,
                esc(&r.id),
                esc(&r.kind),
                esc(&r.target)
            ));
        }
        s.push_str("</Relationships>");
        s
    }
}

/// A package being assembled.
#[derive(Default)]
pub(crate) struct Package {
    parts: Vec<(String, Vec<u8>)>,
    overrides: Vec<(String, String)>,
    defaults: Vec<(String, String)>,
}

impl Package {
    /// A package with the defaults every package needs (`rels`, `xml`).
    pub(crate) fn new() -> Package {
        let mut p = Package::default();
        p.default_type(
            "rels",
            "application/vnd.openxmlformats-package.relationships+xml",
        );
        p.default_type("xml", "application/xml");
        p
    }

    /// A content type for every part with this extension.
    pub(crate) fn default_type(&mut self, extension: &str, content_type: &str) {
        if !self.defaults.iter().any(|(e, _)| e == extension) {
            self.defaults
                .push((extension.to_owned(), content_type.to_owned()));
        }
    }

    /// A part with its own content type (`path` without the leading slash).
    pub(crate) fn part(&mut self, path: &str, content_type: &str, bytes: impl Into<Vec<u8>>) {
        self.overrides
            .push((format!("/{path}"), content_type.to_owned()));
        self.parts.push((path.to_owned(), bytes.into()));
    }

    /// A part whose content type comes from its extension's default.
    pub(crate) fn file(&mut self, path: &str, bytes: impl Into<Vec<u8>>) {
        self.parts.push((path.to_owned(), bytes.into()));
    }

    /// A relationships part.
    pub(crate) fn rels(&mut self, path: &str, rels: &Rels) {
        self.file(path, rels.xml());
    }

    fn content_types(&self) -> String {
        let mut s = String::from(DECLARATION);
        s.push_str(
            r#"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#,
        );
        for (ext, ct) in &self.defaults {
            s.push_str(&format!(
                r#"<Default Extension="{}" ContentType="{}"/>"#,
                esc(ext),
                esc(ct)
            ));
        }
        for (path, ct) in &self.overrides {
            s.push_str(&format!(
                r#"<Override PartName="{}" ContentType="{}"/>"#,
                esc(path),
                esc(ct)
            ));
        }
        s.push_str("</Types>");
        s
    }

    /// The zip bytes: `[Content_Types].xml` first, then the parts in the order they were added.
    pub(crate) fn finish(self, moment: Moment) -> Result<Vec<u8>, ExportError> {
        let time = DateTime::from_date_and_time(
            moment.year.max(1980),
            moment.month,
            moment.day,
            moment.hour,
            moment.minute,
            moment.second,
        )
        .unwrap_or_default();
        let zip_error = |e: zip::result::ZipError| ExportError::encode("zip", e);
        let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
        let content_types = self.content_types();
        let entries =
            std::iter::once(("[Content_Types].xml".to_owned(), content_types.into_bytes()))
                .chain(self.parts);
        for (name, bytes) in entries {
            let method = if name.ends_with(".png") {
                CompressionMethod::Stored
            } else {
                CompressionMethod::Deflated
            };
            let options = SimpleFileOptions::default()
                .compression_method(method)
                .last_modified_time(time);
            zip.start_file(name.as_str(), options).map_err(zip_error)?;
            zip.write_all(&bytes)
                .map_err(|e| ExportError::encode("zip", e))?;
        }
        Ok(zip.finish().map_err(zip_error)?.into_inner())
    }
}
