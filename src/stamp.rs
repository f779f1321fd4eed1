//! Provenance: every file the program writes says which manual, which version of it, and which request it was
//! made from — so that a print shop or a department can tell which rules a file follows.
//!
//! [`Stamp`] is the one type; this module is the one place that renders it per format: PNG text chunks
//! ([`Stamp::png_text`]), SVG `<metadata>` ([`Stamp::svg_metadata`]), the PDF information dictionary
//! ([`Stamp::pdf_info`]) and XMP ([`Stamp::xmp_properties`]), Office `docProps/core.xml` ([`Stamp::office_core`])
//! and the pack manifest (the fields themselves, serialised). The field names and what readers show are in
//! docs/export.md.

use serde::{Deserialize, Serialize};

use crate::manual::Manual;

/// XML namespace of the stamp's own properties (XMP, SVG metadata).
pub const NAMESPACE: &str = "https://designprogram.example.dk/ns/stamp/1.0/";
/// The prefix used for [`NAMESPACE`].
pub const PREFIX: &str = "designprogram";

/// Which rules a file was made under.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp {
    /// The organisation the manual belongs to.
    pub organisation: String,
    /// The manual's (Danish) name.
    pub manual: String,
    /// The manual's version.
    pub manual_version: String,
    /// When that version was adopted (YYYY-MM-DD; empty if the manual does not say).
    pub adopted_on: String,
    /// What was asked for, as one line of compact JSON (an export's [`crate::request::Request`], a template's
    /// fields, …).
    pub request: String,
    /// The program and its version.
    pub generator: String,
}

impl Stamp {
    /// The stamp of a file made from `manual` for `request` (any serialisable description of what was asked).
    pub fn new(manual: &Manual, request: &impl Serialize) -> Stamp {
        Stamp {
            organisation: manual.programme.organisation.clone(),
            manual: manual.programme.name.da.clone(),
            manual_version: manual.programme.version.clone(),
            adopted_on: manual.programme.adopted_on.clone(),
            request: serde_json::to_string(request).unwrap_or_default(),
            generator: generator().to_owned(),
        }
    }

    /// One sentence for people, e.g. "Designprogram for Sønderborg Kommune, version 2.1 (vedtaget 2024-03-12)".
    /// Used as the PDF `Subject`, the SVG description and the PNG `Description`.
    pub fn summary(&self) -> String {
        let mut s = format!("{}, version {}", self.manual, self.manual_version);
        if !self.adopted_on.is_empty() {
            s.push_str(&format!(" (vedtaget {})", self.adopted_on));
        }
        s
    }

    /// The stamp's own fields as (name, value), in a fixed order: the names of the PNG text chunks, the PDF
    /// information-dictionary keys and the XMP/SVG properties are derived from these.
    pub fn fields(&self) -> [(&'static str, &str); 5] {
        [
            ("Manual", &self.manual),
            ("ManualVersion", &self.manual_version),
            ("ManualAdopted", &self.adopted_on),
            ("Request", &self.request),
            ("Organisation", &self.organisation),
        ]
    }

    /// PNG text chunks (keyword, text): the standard `Software`, `Author` and `Description`, then
    /// `Design Manual`, `Design Manual Version`, `Design Manual Adopted`, `Design Request`, `Design
    /// Organisation`. Keywords are Latin-1 as PNG requires; texts are UTF-8 (the writer picks `tEXt` when a
    /// text is Latin-1, else `iTXt`).
    pub fn png_text(&self) -> Vec<(String, String)> {
        let mut chunks = vec![
            ("Software".to_owned(), self.generator.clone()),
            ("Author".to_owned(), self.organisation.clone()),
            ("Description".to_owned(), self.summary()),
        ];
        chunks.extend(
            self.fields()
                .into_iter()
                .map(|(name, value)| (format!("Design {}", spaced(name)), value.to_owned())),
        );
        chunks
    }

    /// Extra keys of the PDF information dictionary (key, value): `Subject` (the summary), `Keywords`, and
    /// `DesignManual`, `DesignManualVersion`, `DesignManualAdopted`, `DesignRequest`, `DesignOrganisation`.
    pub fn pdf_info(&self) -> Vec<(String, String)> {
        let mut keys = vec![
            ("Subject".to_owned(), self.summary()),
            ("Keywords".to_owned(), self.keywords()),
        ];
        keys.extend(
            self.fields()
                .into_iter()
                .map(|(name, value)| (format!("Design{name}"), value.to_owned())),
        );
        keys
    }

    /// `Keywords` (PDF) / `cp:keywords` (Office): "designmanual 2.1; Sønderborg Kommune".
    pub fn keywords(&self) -> String {
        format!(
            "designmanual {}; {}",
            self.manual_version, self.organisation
        )
    }

    /// XMP properties for an `rdf:Description` that declares `xmlns:designprogram` ([`NAMESPACE`]) and
    /// `xmlns:dc`/`xmlns:pdf`: `dc:description` and `pdf:Keywords` matching the information dictionary, and the
    /// stamp's own fields. Escaped for XML.
    pub fn xmp_properties(&self) -> String {
        let mut out = format!(
            "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">{}</rdf:li></rdf:Alt></dc:description>\n",
            xml_escape(&self.summary())
        );
        out.push_str(&format!(
            "<pdf:Keywords>{}</pdf:Keywords>\n",
            xml_escape(&self.keywords())
        ));
        out.push_str(&self.own_properties());
        out
    }

    /// The SVG `<metadata>` element: RDF with Dublin Core (title = the summary, creator, source) and the stamp's
    /// own fields. Escaped for XML.
    pub fn svg_metadata(&self, title: &str) -> String {
        format!(
            concat!(
                "<metadata><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" ",
                "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:{prefix}=\"{ns}\">",
                "<rdf:Description rdf:about=\"\">",
                "<dc:title>{title}</dc:title><dc:creator>{creator}</dc:creator>",
                "<dc:description>{summary}</dc:description><dc:source>{generator}</dc:source>\n",
                "{own}</rdf:Description></rdf:RDF></metadata>"
            ),
            prefix = PREFIX,
            ns = NAMESPACE,
            title = xml_escape(title),
            creator = xml_escape(&self.organisation),
            summary = xml_escape(&self.summary()),
            generator = xml_escape(&self.generator),
            own = self.own_properties(),
        )
    }

    /// Properties for Office `docProps/core.xml` (inside `cp:coreProperties` with the usual `dc`, `cp` and
    /// `dcterms` namespaces): `dc:creator`, `dc:description` (the summary), `cp:keywords`, `cp:version` (the
    /// manual's version) and `dc:identifier` holding the request. Escaped for XML.
    pub fn office_core(&self) -> String {
        format!(
            concat!(
                "<dc:creator>{creator}</dc:creator>",
                "<dc:description>{summary}</dc:description>",
                "<cp:keywords>{keywords}</cp:keywords>",
                "<cp:version>{version}</cp:version>",
                "<dc:identifier>{request}</dc:identifier>"
            ),
            creator = xml_escape(&self.organisation),
            summary = xml_escape(&self.summary()),
            keywords = xml_escape(&self.keywords()),
            version = xml_escape(&self.manual_version),
            request = xml_escape(&self.request),
        )
    }

    /// `<designprogram:Manual>…</designprogram:Manual>` etc., one per line.
    fn own_properties(&self) -> String {
        self.fields()
            .into_iter()
            .map(|(name, value)| {
                format!("<{PREFIX}:{name}>{}</{PREFIX}:{name}>\n", xml_escape(value))
            })
            .collect()
    }
}

/// "designprogram 0.1.0".
pub fn generator() -> &'static str {
    concat!("designprogram ", env!("CARGO_PKG_VERSION"))
}

/// "ManualVersion" → "Manual Version".
fn spaced(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if i > 0 && c.is_ascii_uppercase() {
            out.push(' ');
        }
        out.push(c);
    }
    out
}

/// Escapes text for XML content and attributes; drops control characters XML cannot carry.
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            // not XML characters at all
            '\u{FFFE}' | '\u{FFFF}' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::manual::load_embedded;
    use crate::request::Request;

    #[test]
    fn one_stamp_rendered_for_every_format() {
        let loaded = load_embedded();
        let m = &loaded.manual;
        let request = Request::logo(
            "kommune",
            Request::preset("poster-a3"),
            crate::manual::Format::Pdf,
        );
        let stamp = Stamp::new(m, &request);
        assert_eq!(stamp.manual_version, m.programme.version);
        assert!(stamp.request.contains("\"poster-a3\""), "{}", stamp.request);
        assert_eq!(
            stamp.summary(),
            format!(
                "{}, version {} (vedtaget {})",
                m.programme.name.da, m.programme.version, m.programme.adopted_on
            )
        );
        let png = stamp.png_text();
        assert!(png.contains(&(
            "Design Manual Version".to_owned(),
            m.programme.version.clone()
        )));
        let info = stamp.pdf_info();
        assert!(info.contains(&(
            "DesignManualVersion".to_owned(),
            m.programme.version.clone()
        )));
        let svg = stamp.svg_metadata("Logo <&>");
        assert!(svg.contains("<dc:title>Logo &lt;&amp;&gt;</dc:title>"));
        let parsed = roxmltree::Document::parse(&svg).unwrap();
        let version = parsed
            .descendants()
            .find(|n| {
                n.tag_name().name() == "ManualVersion"
                    && n.tag_name().namespace() == Some(NAMESPACE)
            })
            .and_then(|n| n.text());
        assert_eq!(version, Some(m.programme.version.as_str()));
        assert!(
            stamp
                .office_core()
                .contains(&format!("<cp:version>{}</cp:version>", m.programme.version))
        );
    }

    #[test]
    fn hostile_text_is_escaped() {
        assert_eq!(xml_escape("a<b>&\"'\u{7}c"), "a&lt;b&gt;&amp;&quot;&apos;c");
        assert_eq!(spaced("ManualVersion"), "Manual Version");
    }
}
