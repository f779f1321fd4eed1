//! `document.xml` and the headers: the letter's fields placed where the manual's letterhead template puts
//! them (frames anchored to the page), content controls for what the writer fills in, bound controls for
//! the sender's data, and the body flowing from the template's body field.

use crate::i18n::{Lang, tr};
use crate::kit::xml::{DECLARATION, esc};
use crate::manual::template::{self, Template};
use crate::plan::Rect;

use super::sender_data::{SenderData, Value};
use super::{NS_R, NS_W, twips};

/// How a content control may be changed.
#[derive(Clone, Copy)]
pub(crate) enum Lock {
    /// The control cannot be deleted; its content can be edited (what the writer fills in).
    Control,
    /// Neither the control nor its content can be changed (the sender's data, from the manual).
    ControlAndContent,
}

impl Lock {
    fn val(self) -> &'static str {
        match self {
            Lock::Control => "sdtLocked",
            Lock::ControlAndContent => "sdtContentLocked",
        }
    }
}

/// Numbers the content controls.
pub(crate) struct Ids(u32);

impl Ids {
    pub(crate) fn new() -> Ids {
        Ids(1000)
    }

    fn next(&mut self) -> u32 {
        self.0 += 1;
        self.0
    }
}

/// A run-level content control.
pub(crate) struct Control<'a> {
    /// Shown name (`w:alias`).
    pub alias: &'a str,
    /// Stable tag for programs (`w:tag`).
    pub tag: &'a str,
    /// Lock.
    pub lock: Lock,
    /// The text it holds; shown as placeholder when `placeholder`.
    pub text: &'a str,
    /// Whether `text` is a placeholder prompt.
    pub placeholder: bool,
    /// The control type element (`<w:text/>`, `<w:date>…</w:date>`).
    pub kind: String,
    /// A data binding, if bound.
    pub binding: Option<String>,
    /// Run properties of the content.
    pub run: &'a str,
}

impl<'a> Control<'a> {
    /// An empty control that prompts with `prompt` (also its shown name): the user types into it, nothing is
    /// bound, the control itself cannot be deleted.
    pub(crate) fn prompt(prompt: &'a str, tag: &'a str, kind: String, run: &'a str) -> Control<'a> {
        Control {
            alias: prompt,
            tag,
            lock: Lock::Control,
            text: prompt,
            placeholder: true,
            kind,
            binding: None,
            run,
        }
    }

    pub(crate) fn xml(&self, ids: &mut Ids) -> String {
        let shown = if self.placeholder {
            "<w:showingPlcHdr/>"
        } else {
            ""
        };
        let run = if self.placeholder {
            format!(
                r#"<w:rPr><w:rStyle w:val="Pladsholdertekst"/>{}</w:rPr>"#,
                self.run
            )
        } else if self.run.is_empty() {
            String::new()
        } else {
            format!("<w:rPr>{}</w:rPr>", self.run)
        };
        format!(
            r#"<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{tag}"/><w:id w:val="{id}"/><w:lock w:val="{lock}"/>{shown}{binding}{kind}</w:sdtPr><w:sdtContent><w:r>{run}<w:t xml:space="preserve">{text}</w:t></w:r></w:sdtContent></w:sdt>"#,
            alias = esc(self.alias),
            tag = esc(self.tag),
            id = ids.next(),
            lock = self.lock.val(),
            binding = self.binding.as_deref().unwrap_or(""),
            kind = self.kind,
            text = esc(self.text),
        )
    }
}

/// A bound, locked control showing one sender value.
pub(crate) fn bound(
    data: &SenderData,
    v: &Value,
    tag: &str,
    alias: &str,
    run: &str,
    ids: &mut Ids,
) -> String {
    Control {
        alias,
        tag,
        lock: Lock::ControlAndContent,
        text: &v.text,
        placeholder: false,
        kind: "<w:text/>".to_owned(),
        binding: Some(data.binding(v)),
        run,
    }
    .xml(ids)
}

/// The frame properties that pin a paragraph to a field of the page (all paragraphs of a field share them,
/// so Word and LibreOffice keep them in one frame).
pub(crate) fn frame(rect: Rect) -> String {
    format!(
        r#"<w:framePr w:w="{}" w:h="{}" w:hRule="exact" w:wrap="around" w:vAnchor="page" w:hAnchor="page" w:x="{}" w:y="{}" w:anchorLock="1"/>"#,
        twips(rect.w),
        twips(rect.h),
        twips(rect.x),
        twips(rect.y)
    )
}

/// A paragraph in a frame.
pub(crate) fn framed(rect: Rect, style: &str, content: &str) -> String {
    format!(
        r#"<w:p><w:pPr><w:pStyle w:val="{style}"/>{}</w:pPr>{content}</w:p>"#,
        frame(rect)
    )
}

/// A plain run of text.
pub(crate) fn run(text: &str, props: &str) -> String {
    let props = if props.is_empty() {
        String::new()
    } else {
        format!("<w:rPr>{props}</w:rPr>")
    };
    format!(
        r#"<w:r>{props}<w:t xml:space="preserve">{}</w:t></w:r>"#,
        esc(text)
    )
}

/// A rectangle of the letterhead template (mm) as a page rectangle.
fn page_rect(r: &template::Rect) -> Rect {
    Rect {
        x: r.x,
        y: r.y,
        w: r.w,
        h: r.h,
    }
}

/// The smallest rectangle around the template's fields `ids` (those it has).
pub(crate) fn fields_rect(template: &Template, ids: &[&str]) -> Option<Rect> {
    let rects: Vec<Rect> = ids
        .iter()
        .filter_map(|id| template.field(id))
        .map(|e| page_rect(&e.rect))
        .collect();
    let first = rects.first()?;
    let (mut x0, mut y0) = (first.x, first.y);
    let (mut x1, mut y1) = (first.x + first.w, first.y + first.h);
    for r in &rects {
        x0 = x0.min(r.x);
        y0 = y0.min(r.y);
        x1 = x1.max(r.x + r.w);
        y1 = y1.max(r.y + r.h);
    }
    Some(Rect {
        x: x0,
        y: y0,
        w: x1 - x0,
        h: y1 - y0,
    })
}

/// The fields of the letter, from the letterhead template's fields (docs/templates.md: `returadresse`,
/// `modtager`, the sender block `afsender` … `web`).
pub(crate) struct Fields {
    /// The one-line return address.
    pub return_address: Option<Rect>,
    /// The recipient zone.
    pub recipient: Option<Rect>,
    /// The information block.
    pub info: Option<Rect>,
}

/// The document part.
pub(crate) fn document_xml(
    fields: &Fields,
    data: &SenderData,
    section: &str,
    body_start_mm: f64,
    top_margin_mm: f64,
    lang: Lang,
) -> String {
    let mut ids = Ids::new();
    let t = |id: &str| tr(lang, id);
    let mut body = String::new();
    if let Some(f) = fields.return_address {
        let c = bound(
            data,
            &data.return_address,
            "sender-return-address",
            "Afsender",
            r#"<w:sz w:val="14"/><w:szCs w:val="14"/>"#,
            &mut ids,
        );
        body.push_str(&framed(f, "Afsender", &c));
    }
    if let Some(f) = fields.recipient {
        let prompt = t("kit-word-recipient");
        let multiline = r#"<w:text w:multiLine="1"/>"#.to_owned();
        let c = Control::prompt(&prompt, "recipient", multiline, "").xml(&mut ids);
        body.push_str(&framed(f, "Normal", &c));
    }
    if let Some(r) = fields.info {
        let bold = "<w:b/><w:bCs/>";
        body.push_str(&framed(
            r,
            "Afsender",
            &bound(data, &data.name, "sender-name", "Afsender", bold, &mut ids),
        ));
        for (i, line) in data.address.iter().enumerate() {
            let c = bound(
                data,
                line,
                &format!("sender-address-{}", i + 1),
                "Adresse",
                "",
                &mut ids,
            );
            body.push_str(&framed(r, "Afsender", &c));
        }
        body.push_str(&framed(r, "Afsender", ""));
        for (label, v) in &data.contact {
            let tag = format!(
                "sender-{}",
                label
                    .trim_start_matches("kit-word-")
                    .trim_end_matches("-label")
            );
            let content = format!(
                "{}{}",
                run(&format!("{}: ", t(label)), ""),
                bound(data, v, &tag, &t(label), "", &mut ids)
            );
            body.push_str(&framed(r, "Afsender", &content));
        }
        body.push_str(&framed(r, "Afsender", ""));
        let (label, prompt) = (t("kit-word-date-label"), t("kit-word-date"));
        let date = Control {
            alias: &label,
            ..Control::prompt(
                &prompt,
                "date",
                format!(
                r#"<w:date><w:dateFormat w:val="{}"/><w:lid w:val="{}"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>"#,
                esc(&t("kit-word-date-format")),
                    if lang == Lang::Da { "da-DK" } else { "en-GB" }
                ),
                "",
            )
        }
        .xml(&mut ids);
        body.push_str(&framed(
            r,
            "Afsender",
            &format!(
                "{}{date}",
                run(&format!("{}: ", t("kit-word-date-label")), "")
            ),
        ));
        let prompt = t("kit-word-case");
        let case =
            Control::prompt(&prompt, "case-number", "<w:text/>".to_owned(), "").xml(&mut ids);
        body.push_str(&framed(
            r,
            "Afsender",
            &format!(
                "{}{case}",
                run(&format!("{}: ", t("kit-word-case-label")), "")
            ),
        ));
    }
    // The body starts at the template's body field on page 1; later pages start at the top margin.
    let spacer = twips((body_start_mm - top_margin_mm).max(0.0)).max(1);
    body.push_str(&format!(
        r#"<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="{spacer}" w:lineRule="exact"/><w:rPr><w:sz w:val="2"/></w:rPr></w:pPr></w:p>"#
    ));
    let prompt = t("kit-word-subject");
    let subject =
        Control::prompt(&prompt, "subject", "<w:text/>".to_owned(), "<w:b/><w:bCs/>").xml(&mut ids);
    body.push_str(&format!(
        r#"<w:p><w:pPr><w:pStyle w:val="Brdtekst"/></w:pPr>{subject}</w:p>"#
    ));
    body.push_str(&format!(
        r#"<w:p><w:pPr><w:pStyle w:val="Brdtekst"/></w:pPr>{}</w:p>"#,
        run(&t("kit-word-body"), "")
    ));
    body.push_str(&format!(
        r#"<w:p><w:pPr><w:pStyle w:val="Brdtekst"/><w:spacing w:after="0"/></w:pPr>{}</w:p>"#,
        run(&t("kit-word-greeting"), "")
    ));
    body.push_str(&format!(
        r#"<w:p><w:pPr><w:pStyle w:val="Brdtekst"/></w:pPr>{}</w:p>"#,
        bound(data, &data.name, "sender-name", "Afsender", "", &mut ids)
    ));
    format!(
        r#"{DECLARATION}<w:document xmlns:w="{NS_W}" xmlns:r="{NS_R}"><w:body>{body}{section}</w:body></w:document>"#
    )
}

/// The page-number header of pages 2 and on: "Side 2 af 3".
pub(crate) fn page_number_header(lang: Lang) -> String {
    let field = |instr: &str| {
        format!(r#"<w:fldSimple w:instr=" {instr} "><w:r><w:t>2</w:t></w:r></w:fldSimple>"#)
    };
    format!(
        r#"{DECLARATION}<w:hdr xmlns:w="{NS_W}" xmlns:r="{NS_R}"><w:p><w:pPr><w:pStyle w:val="Sidehoved"/></w:pPr>{}{}{}{}</w:p></w:hdr>"#,
        run(&format!("{} ", tr(lang, "kit-word-page")), ""),
        field("PAGE"),
        run(&format!(" {} ", tr(lang, "kit-word-of")), ""),
        field("NUMPAGES"),
    )
}
