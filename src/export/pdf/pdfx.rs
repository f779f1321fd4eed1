//! PDF/X identification: which part applies, the output intent with its ICC profile, the document
//! information and XMP metadata that say so, the dates and the document ID.

use std::sync::OnceLock;
use std::time::{SystemTime, UNIX_EPOCH};

use pdf_writer::types::{OutputIntentSubtype, TrappingStatus};
use pdf_writer::{Date, Filter, Name, Pdf, Ref, Str, TextStr};

use super::super::ExportError;

/// The output condition whose ICC profile ships with the program (`assets/icc/`).
pub(crate) const FOGRA39: &str = "FOGRA39";
const FOGRA39_INFO: &str = "Coated FOGRA39 (ISO 12647-2:2004)";
const FOGRA39_ICC: &[u8] = include_bytes!("../../../assets/icc/CoatedFOGRA39.icc");
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

/// A moment as a PDF and an XMP date, in UTC.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Moment {
    year: u16,
    month: u8,
    day: u8,
    hour: u8,
    minute: u8,
    second: u8,
}

impl Moment {
    /// Now, or `SOURCE_DATE_EPOCH` when set (reproducible files).
    pub fn now() -> Moment {
        let seconds = std::env::var("SOURCE_DATE_EPOCH")
            .ok()
            .and_then(|s| s.trim().parse::<u64>().ok())
            .unwrap_or_else(|| {
                SystemTime::now()
                    .duration_since(UNIX_EPOCH)
                    .map_or(0, |d| d.as_secs())
            });
        Moment::from_unix(seconds)
    }

    /// A moment from seconds since 1970 (civil-from-days, proleptic Gregorian).
    pub fn from_unix(seconds: u64) -> Moment {
        let days = (seconds / 86_400) as i64;
        let rest = seconds % 86_400;
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)).clamp(0, 9999) as u16;
        Moment {
            year,
            month,
            day,
            hour: (rest / 3600) as u8,
            minute: (rest / 60 % 60) as u8,
            second: (rest % 60) as u8,
        }
    }

    fn pdf(self) -> Date {
        Date::new(self.year)
            .month(self.month)
            .day(self.day)
            .hour(self.hour)
            .minute(self.minute)
            .second(self.second)
            .utc_offset_hour(0)
            .utc_offset_minute(0)
    }

    fn xmp(self) -> String {
        format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
            self.year, self.month, self.day, self.hour, self.minute, self.second
        )
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
}

/// Writes the info dictionary (and for print the XMP packet); returns the XMP stream's id, if any.
pub(crate) fn write_identity(pdf: &mut Pdf, next: &mut Ref, who: &Identity<'_>) -> Option<Ref> {
    let creator = concat!("designprogram ", env!("CARGO_PKG_VERSION"));
    let info_id = next.bump();
    let mut info = pdf.document_info(info_id);
    info.title(TextStr(who.title))
        .author(TextStr(who.author))
        .creator(TextStr(creator))
        .producer(TextStr(creator))
        .creation_date(who.moment.pdf())
        .modified_date(who.moment.pdf());
    if let Some(version) = who.standard.version() {
        info.trapped(TrappingStatus::NotTrapped);
        info.pair(Name(b"GTS_PDFXVersion"), Str(version.as_bytes()));
    }
    drop(info);
    pdf.set_file_id((who.id.to_vec(), who.id.to_vec()));
    let version = who.standard.version()?;
    let xmp = xmp(who, version, creator);
    let xmp_id = next.bump();
    pdf.metadata(xmp_id, xmp.as_bytes());
    Some(xmp_id)
}

fn xmp(who: &Identity<'_>, version: &str, creator: &str) -> String {
    let id: String = who.id.iter().map(|b| format!("{b:02x}")).collect();
    let uuid = format!(
        "uuid:{}-{}-{}-{}-{}",
        &id[..8],
        &id[8..12],
        &id[12..16],
        &id[16..20],
        &id[20..]
    );
    let date = who.moment.xmp();
    format!(
        r#"<?xpacket begin="{bom}" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"
    xmlns:pdfxid="http://www.npes.org/pdfx/ns/id/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{author}</rdf:li></rdf:Seq></dc:creator>
   <xmp:CreateDate>{date}</xmp:CreateDate>
   <xmp:ModifyDate>{date}</xmp:ModifyDate>
   <xmp:MetadataDate>{date}</xmp:MetadataDate>
   <xmp:CreatorTool>{creator}</xmp:CreatorTool>
   <pdf:Producer>{creator}</pdf:Producer>
   <pdf:Trapped>False</pdf:Trapped>
   <xmpMM:DocumentID>{uuid}</xmpMM:DocumentID>
   <xmpMM:InstanceID>{uuid}</xmpMM:InstanceID>
   <xmpMM:RenditionClass>default</xmpMM:RenditionClass>
   <xmpMM:VersionID>1</xmpMM:VersionID>
   <pdfxid:GTS_PDFXVersion>{version}</pdfxid:GTS_PDFXVersion>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"#,
        bom = '\u{feff}',
        title = xml_escape(who.title),
        author = xml_escape(who.author),
    )
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

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
    fn civil_dates() {
        assert_eq!(
            Moment::from_unix(0),
            Moment {
                year: 1970,
                month: 1,
                day: 1,
                hour: 0,
                minute: 0,
                second: 0
            }
        );
        // 2024-02-29T12:34:56Z
        let m = Moment::from_unix(1_709_210_096);
        assert_eq!(m.xmp(), "2024-02-29T12:34:56Z");
        assert_eq!(
            Moment::from_unix(1_798_761_599).xmp(),
            "2026-12-31T23:59:59Z"
        );
    }

    #[test]
    fn the_profile_is_the_adobe_fogra39_one() {
        assert_eq!(FOGRA39_ICC.len(), 654_352);
        assert_eq!(&FOGRA39_ICC[12..20], b"prtrCMYK");
    }
}
