//! PDF/X identification: which part applies, the output intent with its ICC profile, the document
//! information and XMP metadata that say so, the dates and the document ID.

use std::sync::OnceLock;

use pdf_writer::types::{OutputIntentSubtype, TrappingStatus};
use pdf_writer::{Filter, Name, Pdf, Ref, Str, TextStr};

use super::super::ExportError;
use super::super::moment::Moment;
use crate::stamp::{self, Stamp};

/// The output condition whose ICC profile ships with the program (`assets/icc/`).
pub(crate) const FOGRA39: &str = "FOGRA39";
const FOGRA39_INFO: &str = "Coated FOGRA39 (ISO 12647-2:2004)";
pub(crate) const FOGRA39_ICC: &[u8] = include_bytes!("../../../assets/icc/CoatedFOGRA39.icc");
const ICC_REGISTRY: &str = "http://www.color.org";

/// What a PDF claims to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Standard {
    /// PDF/X-1a:2003 (PDF 1.4): CMYK and spot colours only, no transparency.
    X1a,
    /// PDF/X-4 (PDF 1.6): transparency allowed, embedded output profile required.
    X4,
    /// A screen PDF in sRGB, claiming no PDF/X conformance.
    Screen,
}

impl Standard {
    /// The `GTS_PDFXVersion` value.
    pub fn version(self) -> Option<&'static str> {
        match self {
            Standard::X1a => Some("PDF/X-1a:2003"),
            Standard::X4 => Some("PDF/X-4"),
            Standard::Screen => None,
        }
    }

    /// The PDF version of the header.
    pub fn pdf_version(self) -> (u8, u8) {
        match self {
            Standard::X1a => (1, 4),
            Standard::X4 => (1, 6),
            Standard::Screen => (1, 7),
        }
    }
}

/// Document-level facts written into the info dictionary and the XMP metadata.
pub(crate) struct Identity<'a> {
    /// Document title.
    pub title: &'a str,
    /// Author (the organisation).
    pub author: &'a str,
    /// When it was made.
    pub moment: Moment,
    /// The document ID (both halves of the trailer `/ID`).
    pub id: [u8; 16],
    /// What the file claims.
    pub standard: Standard,
    /// Which manual, version and request the file was made under.
    pub stamp: &'a Stamp,
}

/// Writes the info dictionary (with the stamp) and the XMP packet; returns the XMP stream's id.
pub(crate) fn write_identity(pdf: &mut Pdf, next: &mut Ref, who: &Identity<'_>) -> Ref {
    let creator = stamp::generator();
    let info_id = next.bump();
    let mut info = pdf.document_info(info_id);
    info.title(TextStr(who.title))
        .author(TextStr(who.author))
        .creator(TextStr(creator))
        .producer(TextStr(creator))
        .creation_date(who.moment.pdf_date())
        .modified_date(who.moment.pdf_date());
    for (key, value) in who.stamp.pdf_info() {
        info.pair(Name(key.as_bytes()), TextStr(&value));
    }
    if let Some(version) = who.standard.version() {
        info.trapped(TrappingStatus::NotTrapped);
        info.pair(Name(b"GTS_PDFXVersion"), Str(version.as_bytes()));
    }
    drop(info);
    pdf.set_file_id((who.id.to_vec(), who.id.to_vec()));
    let xmp = xmp(who, creator);
    let xmp_id = next.bump();
    pdf.metadata(xmp_id, xmp.as_bytes());
    xmp_id
}

fn xmp(who: &Identity<'_>, creator: &str) -> String {
    let id: String = who.id.iter().map(|b| format!("{b:02x}")).collect();
    let uuid = format!(
        "uuid:{}-{}-{}-{}-{}",
        &id[..8],
        &id[8..12],
        &id[12..16],
        &id[16..20],
        &id[20..]
    );
    let date = who.moment.iso();
    let (trapped, pdfx) = match who.standard.version() {
        Some(version) => (
            "<pdf:Trapped>False</pdf:Trapped>",
            format!("<pdfxid:GTS_PDFXVersion>{version}</pdfxid:GTS_PDFXVersion>"),
        ),
        None => ("", String::new()),
    };
    format!(
        r#"<?xpacket begin="{bom}" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"
    xmlns:pdfxid="http://www.npes.org/pdfx/ns/id/"
    xmlns:{prefix}="{ns}">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{author}</rdf:li></rdf:Seq></dc:creator>
   <xmp:CreateDate>{date}</xmp:CreateDate>
   <xmp:ModifyDate>{date}</xmp:ModifyDate>
   <xmp:MetadataDate>{date}</xmp:MetadataDate>
   <xmp:CreatorTool>{creator}</xmp:CreatorTool>
   <pdf:Producer>{creator}</pdf:Producer>
   {trapped}
   <xmpMM:DocumentID>{uuid}</xmpMM:DocumentID>
   <xmpMM:InstanceID>{uuid}</xmpMM:InstanceID>
   <xmpMM:RenditionClass>default</xmpMM:RenditionClass>
   <xmpMM:VersionID>1</xmpMM:VersionID>
   {pdfx}
{stamp}  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"#,
        bom = '\u{feff}',
        title = xml_escape(who.title),
        author = xml_escape(who.author),
        prefix = stamp::PREFIX,
        ns = stamp::NAMESPACE,
        stamp = who.stamp.xmp_properties(),
    )
}

use crate::stamp::xml_escape;

/// The compressed FOGRA39 profile, compressed once per process.
fn fogra39_deflated() -> &'static [u8] {
    static DEFLATED: OnceLock<Vec<u8>> = OnceLock::new();
    DEFLATED.get_or_init(|| miniz_oxide::deflate::compress_to_vec_zlib(FOGRA39_ICC, 9))
}

/// Writes the PDF/X output intent for an output condition; returns the array's single entry through the
/// catalog writer callback. FOGRA39 embeds its profile; another condition is named by registry only
/// (allowed for PDF/X-1a, not for PDF/X-4).
pub(crate) fn output_intent_profile(
    pdf: &mut Pdf,
    next: &mut Ref,
    condition: &str,
    standard: Standard,
) -> Result<Option<Ref>, ExportError> {
    if condition.eq_ignore_ascii_case(FOGRA39) {
        let id = next.bump();
        pdf.icc_profile(id, fogra39_deflated())
            .n(4)
            .alternate_name(Name(b"DeviceCMYK"))
            .filter(Filter::FlateDecode);
        Ok(Some(id))
    } else if standard == Standard::X4 {
        Err(ExportError::Request(format!(
            "PDF/X-4 needs the ICC profile of {condition} embedded, and only {FOGRA39} ships with the program"
        )))
    } else {
        Ok(None)
    }
}

/// Fills in the output intent dictionary.
pub(crate) fn output_intent(
    intent: &mut pdf_writer::writers::OutputIntent<'_>,
    condition: &str,
    profile: Option<Ref>,
) {
    let info = if condition.eq_ignore_ascii_case(FOGRA39) {
        FOGRA39_INFO
    } else {
        condition
    };
    intent
        .subtype(OutputIntentSubtype::PDFX)
        .output_condition_identifier(TextStr(condition))
        .output_condition(TextStr(info))
        .registry_name(TextStr(ICC_REGISTRY))
        .info(TextStr(info));
    if let Some(profile) = profile {
        intent.dest_output_profile(profile);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_profile_is_the_adobe_fogra39_one() {
        assert_eq!(FOGRA39_ICC.len(), 654_352);
        assert_eq!(&FOGRA39_ICC[12..20], b"prtrCMYK");
    }
}
