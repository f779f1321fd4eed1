//! Turns a manual's files into a validated [`Manual`], collecting every problem in one pass.

use std::collections::{BTreeMap, HashSet};
use std::sync::Arc;

use rayon::prelude::*;
use toml::Spanned;

use super::color::{Cmyk, Color, Rgb, tint_percent};
use super::diagnostic::{Diagnostics, Severity};
use super::doc::Doc;
use super::logo::{
    Artwork, Colorway, ColorwayKind, Lockup, Logo, Minimum, Part, Position, SizeEntry,
};
use super::preset::{Preset, PresetKind, PresetSize};
use super::programme::{ChangelogEntry, Chapter, Programme};
use super::sender::{CobrandOrder, Cobranding, Contact, Sender, contact_value_problem};
use super::source::{FileError, Files, resolve};
use super::template::{Field, Template};
use super::text::Text;
use super::typography::Family;
use super::{Loaded, Manual, raw, svg};

/// Largest TOML file.
pub const MAX_TOML_BYTES: u64 = 1 << 20;
/// Largest SVG file.
pub const MAX_SVG_BYTES: u64 = 4 << 20;
/// Largest font file.
pub const MAX_FONT_BYTES: u64 = 20 << 20;

/// Loads and validates everything.
pub fn load(files: &Files) -> Loaded {
    let mut diags = Diagnostics::default();
    let mut manual = Manual {
        origin: Some(files.origin().clone()),
        ..Manual::default()
    };

    if let Some(text) = read_toml(files, "manual.toml", true, &mut diags) {
        load_head(&mut manual, &text, &mut diags);
    }
    let mut declared = Declared::default();
    if let Some(text) = read_toml(files, "colors.toml", true, &mut diags) {
        manual.colors = load_colors(&text, &mut diags, &mut declared);
        manual.office_theme = super::office::load(&text, &manual.colors, &mut diags);
    }
    if let Some(text) = read_toml(files, "typography.toml", false, &mut diags) {
        manual.families = load_families(files, &text, &mut diags);
    }
    let mut sender_refs = Vec::new();
    if let Some(text) = read_toml(files, "senders.toml", true, &mut diags) {
        manual.senders = load_senders(&text, &mut diags, &mut sender_refs);
    }
    if let Some(text) = read_toml(files, "presets.toml", true, &mut diags) {
        manual.presets = load_presets(&text, &mut diags);
    }

    // Logos: one folder each, checked in parallel (a large manual has thousands of SVGs).
    let folders = files.subfolders("logos");
    if folders.is_empty() {
        diags.file(
            Severity::Error,
            "logos",
            "expected at least one logo folder logos/<id>/logo.toml, found none",
        );
    }
    let results: Vec<(Option<Logo>, Diagnostics)> = folders
        .par_iter()
        .map(|folder| {
            let mut d = Diagnostics::default();
            let logo = load_logo(files, folder, &manual, &declared, &mut d);
            (logo, d)
        })
        .collect();
    for (logo, d) in results {
        diags.extend(d.into_sorted());
        manual.logos.extend(logo);
    }
    manual.logos.sort_by(|a, b| a.id.cmp(&b.id));
    manual.reindex();

    if let Some(text) = read_toml(files, "templates.toml", false, &mut diags) {
        manual.templates = load_templates(&text, &manual, &mut diags);
    }
    check_sender_refs(&mut manual, sender_refs, &mut diags);
    check_preset_lockups(&manual, files, &mut diags);

    Loaded {
        manual: Arc::new(manual),
        diagnostics: diags.into_sorted(),
    }
}

fn read_toml(files: &Files, rel: &str, required: bool, diags: &mut Diagnostics) -> Option<String> {
    match files.read_text(rel, MAX_TOML_BYTES) {
        Ok(text) => Some(text),
        Err(FileError::NotFound) if !required => None,
        Err(FileError::NotFound) => {
            diags.file(Severity::Error, rel, "required file is missing");
            None
        }
        Err(e) => {
            diags.file(Severity::Error, rel, e.to_string());
            None
        }
    }
}

/// An id must be lowercase ASCII letters, digits and `-`.
fn check_id(doc: &Doc<'_>, id: &Spanned<String>, diags: &mut Diagnostics) -> bool {
    let s = id.get_ref();
    let ok = super::is_valid_id(s);
    if !ok {
        doc.error_at(
            diags,
            id,
            format!("invalid id \"{s}\": expected 1–48 characters a–z, 0–9 and -"),
        );
    }
    ok
}

/// Tracks ids of one kind and reports duplicates.
struct Unique(HashSet<String>);

impl Unique {
    fn new() -> Self {
        Unique(HashSet::new())
    }

    fn add(
        &mut self,
        doc: &Doc<'_>,
        id: &Spanned<String>,
        kind: &str,
        diags: &mut Diagnostics,
    ) -> bool {
        if self.0.insert(id.get_ref().clone()) {
            true
        } else {
            doc.error_at(
                diags,
                id,
                format!("duplicate {kind} id \"{}\"", id.get_ref()),
            );
            false
        }
    }
}

fn date(doc: &Doc<'_>, value: &Spanned<toml::value::Datetime>, diags: &mut Diagnostics) -> String {
    let dt = value.get_ref();
    match (&dt.date, &dt.time) {
        (Some(d), None) => d.to_string(),
        _ => {
            doc.error_at(
                diags,
                value,
                format!("expected a date like 2024-03-12, found {dt}"),
            );
            String::new()
        }
    }
}

fn load_head(manual: &mut Manual, text: &str, diags: &mut Diagnostics) {
    let doc = Doc::parse("manual.toml", text, diags);
    let mut rules = None;
    if let Some(head) = doc.head::<raw::ManualHead>(&["chapter", "changelog"], diags) {
        rules = Some(head.rules);
        if *head.format.get_ref() != 1 {
            doc.error_at(
                diags,
                &head.format,
                format!(
                    "unsupported format version {}: this program reads format 1",
                    head.format.get_ref()
                ),
            );
        }
        let p = head.programme;
        let short = match &p.short {
            Some(s) => {
                check_id(&doc, s, diags);
                s.get_ref().clone()
            }
            None => crate::naming::fold(&p.organisation),
        };
        manual.programme = Programme {
            format: (*head.format.get_ref()).try_into().unwrap_or(0),
            short,
            name: Text::new(p.name_da, p.name_en),
            version: p.version,
            theme: p.theme_da.map(|da| Text::new(da, p.theme_en)),
            adopted_by: p.adopted_by,
            adopted_on: date(&doc, &p.adopted_on, diags),
            updated_on: date(&doc, &p.updated_on, diags),
            journal_no: p.journal_no,
            contact: p.contact,
            organisation: p.organisation,
        };
    }
    let mut ids = Unique::new();
    for (c, _) in doc.entries::<raw::Chapter>("chapter", false, diags) {
        if check_id(&doc, &c.id, diags) && ids.add(&doc, &c.id, "chapter", diags) {
            manual.chapters.push(Chapter {
                id: c.id.into_inner(),
                number: c.number,
                name: Text::new(c.name_da, c.name_en),
            });
        }
    }
    for (e, _) in doc.entries::<raw::ChangelogEntry>("changelog", false, diags) {
        let date = date(&doc, &e.date, diags);
        manual.changelog.push(ChangelogEntry {
            version: e.version,
            date,
            text: Text::new(e.text_da, e.text_en),
        });
    }
    if let Some(r) = rules {
        manual.rules = super::rules::from_raw(&doc, r, &manual.chapters, diags);
    }
}

/// Colours the file defines, valid or not: references to a broken colour are not reported again.
#[derive(Default)]
struct Declared {
    colors: HashSet<String>,
    rgbs: HashSet<Rgb>,
}

fn load_colors(text: &str, diags: &mut Diagnostics, declared: &mut Declared) -> Vec<Color> {
    let doc = Doc::parse("colors.toml", text, diags);
    declared.colors.extend(doc.declared("color", "id"));
    declared.rgbs.extend(
        doc.declared("color", "hex")
            .iter()
            .filter_map(|h| Rgb::parse_hex(h)),
    );
    let mut ids = Unique::new();
    let mut colors = Vec::new();
    for (c, _) in doc.entries::<raw::Color>("color", true, diags) {
        let mut ok = check_id(&doc, &c.id, diags) && ids.add(&doc, &c.id, "colour", diags);
        let hex = Rgb::parse_hex(c.hex.get_ref());
        if hex.is_none() {
            doc.error_at(
                diags,
                &c.hex,
                format!("invalid HEX \"{}\": expected #rrggbb", c.hex.get_ref()),
            );
            ok = false;
        }
        let rgb = match &c.rgb {
            None => hex,
            Some(v) => match Rgb::from_channels(v.get_ref()) {
                Some(rgb) => {
                    if hex.is_some_and(|h| h != rgb) {
                        let [r, g, b] = rgb.0;
                        doc.report(
                            diags,
                            Severity::Warning,
                            v.span().start,
                            format!(
                                "rgb {r},{g},{b} differs from hex {}: both are kept as authored; the screen uses rgb",
                                c.hex.get_ref()
                            ),
                        );
                    }
                    Some(rgb)
                }
                None => {
                    doc.error_at(
                        diags,
                        v,
                        "invalid rgb: expected three integers 0–255, e.g. [0, 115, 74]",
                    );
                    ok = false;
                    None
                }
            },
        };
        let cmyk = Cmyk::from_authored(c.cmyk.get_ref());
        if cmyk.is_none() {
            doc.error_at(
                diags,
                &c.cmyk,
                format!(
                    "invalid CMYK {:?}: expected four values 0–100, e.g. [90, 20, 85, 10]",
                    c.cmyk.get_ref()
                ),
            );
            ok = false;
        }
        let mut tints = Vec::new();
        for t in &c.tints {
            match tint_percent(*t.get_ref()) {
                Some(v) => tints.push(v),
                None => doc.error_at(
                    diags,
                    t,
                    format!("invalid tint {}: expected a percentage 1–99", t.get_ref()),
                ),
            }
        }
        if let (true, Some(rgb), Some(cmyk)) = (ok, rgb, cmyk) {
            colors.push(Color {
                id: c.id.into_inner(),
                name: Text::new(c.name_da, c.name_en),
                role: c.role,
                hex: c.hex.into_inner(),
                rgb,
                cmyk,
                pantone_c: c.pantone_c,
                pantone_u: c.pantone_u,
                ral: c.ral,
                ncs: c.ncs,
                tints,
                synonyms: c.synonyms,
            });
        }
    }
    colors
}

fn load_families(files: &Files, text: &str, diags: &mut Diagnostics) -> Vec<Family> {
    let file = "typography.toml";
    let doc = Doc::parse(file, text, diags);
    let mut ids = Unique::new();
    let mut families = Vec::new();
    for (f, _) in doc.entries::<raw::Family>("family", false, diags) {
        if !(check_id(&doc, &f.id, diags) && ids.add(&doc, &f.id, "font family", diags)) {
            continue;
        }
        for role in &f.roles {
            if !matches!(role.get_ref().as_str(), "headline" | "body" | "office") {
                doc.error_at(
                    diags,
                    role,
                    format!(
                        "unknown role \"{}\": expected headline, body or office",
                        role.get_ref()
                    ),
                );
            }
        }
        let mut paths = Vec::new();
        let mut data = Vec::new();
        for path in &f.files {
            let Some(rel) = safe_path(&doc, file, path, diags) else {
                continue;
            };
            match files.read(&rel, MAX_FONT_BYTES) {
                Ok(bytes) => {
                    if ttf_looks_valid(&bytes) {
                        data.push(Arc::new(bytes));
                    } else {
                        doc.error_at(
                            diags,
                            path,
                            format!("{rel} is not a TrueType/OpenType font"),
                        );
                    }
                }
                Err(e) => doc.error_at(diags, path, format!("font file {rel}: {e}")),
            }
            paths.push(rel);
        }
        let licence_file = f.licence_file.as_ref().and_then(|p| {
            let rel = safe_path(&doc, file, p, diags)?;
            if !files.exists(&rel) {
                doc.error_at(diags, p, format!("licence file {rel}: file not found"));
            }
            Some(rel)
        });
        families.push(Family {
            id: f.id.into_inner(),
            name: f.name,
            roles: f.roles.into_iter().map(Spanned::into_inner).collect(),
            licence: f.licence,
            licence_file,
            files: paths,
            fallback: f.fallback,
            usage: f.usage_da.map(|da| Text::new(da, f.usage_en)),
            data,
        });
    }
    families
}

fn ttf_looks_valid(bytes: &[u8]) -> bool {
    matches!(
        bytes.get(..4),
        Some([0, 1, 0, 0]) | Some(b"OTTO") | Some(b"true") | Some(b"ttcf")
    )
}

/// Resolves a path written in `file`; reports unsafe paths.
fn safe_path(
    doc: &Doc<'_>,
    file: &str,
    path: &Spanned<String>,
    diags: &mut Diagnostics,
) -> Option<String> {
    match resolve(file, path.get_ref()) {
        Ok(rel) => Some(rel),
        Err(e) => {
            doc.error_at(diags, path, e.to_string());
            None
        }
    }
}

/// A reference to check once everything is loaded: (file text, offset, from id, kind, target id).
struct SenderRef {
    text: String,
    offset: usize,
    sender: String,
    target: String,
    what: &'static str,
}

fn load_senders(text: &str, diags: &mut Diagnostics, refs: &mut Vec<SenderRef>) -> Vec<Sender> {
    let doc = Doc::parse("senders.toml", text, diags);
    let mut ids = Unique::new();
    let mut senders = Vec::new();
    for (s, _) in doc.entries::<raw::Sender>("sender", true, diags) {
        if !(check_id(&doc, &s.id, diags) && ids.add(&doc, &s.id, "sender", diags)) {
            continue;
        }
        if let Some(parent) = &s.parent {
            refs.push(SenderRef {
                text: text.to_owned(),
                offset: parent.span().start,
                sender: s.id.get_ref().clone(),
                target: parent.get_ref().clone(),
                what: "parent sender",
            });
        }
        let cobranding = s.cobranding.map(|c| {
            refs.push(SenderRef {
                text: text.to_owned(),
                offset: c.requires.span().start,
                sender: s.id.get_ref().clone(),
                target: c.requires.get_ref().clone(),
                what: "required logo",
            });
            let min_separation = c.min_separation.as_ref().map_or(1.0, |m| {
                let v = *m.get_ref();
                if !(0.0..=20.0).contains(&v) {
                    doc.error_at(
                        diags,
                        m,
                        format!("min_separation {v} is out of range: expected 0–20"),
                    );
                }
                v
            });
            Cobranding {
                requires: c.requires.into_inner(),
                order: c.order.unwrap_or(CobrandOrder::OwnFirst),
                min_separation,
            }
        });
        let contact = s
            .contact
            .map(|c| load_contact(&doc, c, diags))
            .unwrap_or_default();
        senders.push(Sender {
            id: s.id.into_inner(),
            kind: s.kind,
            name: Text::new(s.name_da, s.name_en),
            parent: s.parent.map(Spanned::into_inner),
            synonyms: s.synonyms,
            cobranding,
            contact,
        });
    }
    senders
}

/// A sender's `[sender.contact]`: every value checked where it is written; a bad value is reported and left out.
fn load_contact(doc: &Doc<'_>, raw: raw::Contact, diags: &mut Diagnostics) -> Contact {
    if raw.address_lines.len() > Contact::MAX_ADDRESS_LINES
        && let Some(extra) = raw.address_lines.get(Contact::MAX_ADDRESS_LINES)
    {
        doc.error_at(
            diags,
            extra,
            format!(
                "address_lines has {} lines: a sender block holds at most {}",
                raw.address_lines.len(),
                Contact::MAX_ADDRESS_LINES
            ),
        );
    }
    let mut keep = |field: &str, value: Option<Spanned<String>>| {
        let value = value?;
        match contact_value_problem(field, value.get_ref()) {
            Some(problem) => {
                doc.error_at(diags, &value, problem);
                None
            }
            None => Some(value.into_inner()),
        }
    };
    let address_lines = raw
        .address_lines
        .into_iter()
        .take(Contact::MAX_ADDRESS_LINES)
        .filter_map(|line| keep("address_lines", Some(line)))
        .collect();
    Contact {
        address_lines,
        phone: keep("phone", raw.phone),
        email: keep("email", raw.email),
        web: keep("web", raw.web),
        opening_hours: keep("opening_hours", raw.opening_hours),
    }
}

fn check_sender_refs(manual: &mut Manual, refs: Vec<SenderRef>, diags: &mut Diagnostics) {
    for r in refs {
        let exists = match r.what {
            "parent sender" => manual.sender(&r.target).is_some(),
            _ => manual.logo(&r.target).is_some(),
        };
        if !exists {
            diags.at(
                Severity::Error,
                "senders.toml",
                &r.text,
                r.offset,
                format!("{} \"{}\" does not exist (dangling id)", r.what, r.target),
            );
            if let Some(s) = manual.senders.iter_mut().find(|s| s.id == r.sender) {
                match r.what {
                    "parent sender" => s.parent = None,
                    _ => s.cobranding = None,
                }
            }
        }
    }
    // parent cycles
    let ids: Vec<String> = manual.senders.iter().map(|s| s.id.clone()).collect();
    for id in ids {
        let mut seen = vec![id.clone()];
        let mut current = manual.sender(&id).and_then(|s| s.parent.clone());
        while let Some(p) = current {
            if seen.contains(&p) {
                diags.file(
                    Severity::Error,
                    "senders.toml",
                    format!(
                        "sender \"{id}\" has a parent cycle: {} → {p}",
                        seen.join(" → ")
                    ),
                );
                if let Some(s) = manual.senders.iter_mut().find(|s| s.id == id) {
                    s.parent = None;
                }
                break;
            }
            seen.push(p.clone());
            current = manual.sender(&p).and_then(|s| s.parent.clone());
        }
    }
}

fn load_presets(text: &str, diags: &mut Diagnostics) -> Vec<Preset> {
    let doc = Doc::parse("presets.toml", text, diags);
    let mut ids = Unique::new();
    let mut presets = Vec::new();
    for (p, offset) in doc.entries::<raw::Preset>("preset", true, diags) {
        if !(check_id(&doc, &p.id, diags) && ids.add(&doc, &p.id, "preset", diags)) {
            continue;
        }
        let kind = p.kind.unwrap_or(PresetKind::Format);
        let positive =
            |v: &Spanned<f64>, what: &str, max: f64, diags: &mut Diagnostics| -> Option<f64> {
                let x = *v.get_ref();
                if x > 0.0 && x <= max {
                    Some(x)
                } else {
                    doc.error_at(
                        diags,
                        v,
                        format!(
                            "{what} {x} is out of range: expected more than 0 and at most {max}"
                        ),
                    );
                    None
                }
            };
        let px = |v: &Spanned<i64>, what: &str, diags: &mut Diagnostics| -> Option<u32> {
            match u32::try_from(*v.get_ref()) {
                Ok(x) if (1..=20_000).contains(&x) => Some(x),
                _ => {
                    doc.error_at(
                        diags,
                        v,
                        format!(
                            "{what} {} is out of range: expected 1–20000 px",
                            v.get_ref()
                        ),
                    );
                    None
                }
            }
        };
        let size = match (&p.width_mm, &p.height_mm, &p.width_px, &p.height_px) {
            (Some(w), Some(h), None, None) => {
                match (
                    positive(w, "width_mm", 5000.0, diags),
                    positive(h, "height_mm", 5000.0, diags),
                ) {
                    (Some(width), Some(height)) => Some(PresetSize::Mm { width, height }),
                    _ => None,
                }
            }
            (None, None, Some(w), h) => {
                let width = px(w, "width_px", diags);
                let height = match h {
                    Some(h) => px(h, "height_px", diags).map(Some),
                    None if kind == PresetKind::Signature => Some(None),
                    None => {
                        doc.error_at(
                            diags,
                            w,
                            "height_px is missing: only signature presets may omit it",
                        );
                        None
                    }
                };
                match (width, height) {
                    (Some(width), Some(height)) => Some(PresetSize::Px { width, height }),
                    _ => None,
                }
            }
            _ => {
                doc.report(
                    diags,
                    Severity::Error,
                    offset,
                    format!(
                        "preset \"{}\": expected either width_mm and height_mm, or width_px (and height_px)",
                        p.id.get_ref()
                    ),
                );
                None
            }
        };
        let default_dpi = if matches!(size, Some(PresetSize::Mm { .. })) {
            300.0
        } else {
            72.0
        };
        let dpi = p
            .dpi
            .as_ref()
            .map_or(Some(default_dpi), |d| positive(d, "dpi", 2400.0, diags));
        let bleed_mm = match &p.bleed_mm {
            Some(b) if !(0.0..=50.0).contains(b.get_ref()) => {
                doc.error_at(
                    diags,
                    b,
                    format!("bleed_mm {} is out of range: expected 0–50", b.get_ref()),
                );
                None
            }
            Some(b) => Some(*b.get_ref()),
            None => Some(0.0),
        };
        if p.formats.get_ref().is_empty() {
            doc.error_at(
                diags,
                &p.formats,
                "formats is empty: expected at least one of pdf, png, jpeg, svg, ico",
            );
        }
        let display_scale = match &p.display_scale {
            Some(s) => match u32::try_from(*s.get_ref()) {
                Ok(v) if (1..=4).contains(&v) => v,
                _ => {
                    doc.error_at(diags, s, "display_scale must be 1–4");
                    1
                }
            },
            None if kind == PresetKind::Signature => 2,
            None => 1,
        };
        if let (Some(size), Some(dpi), Some(bleed_mm), false) =
            (size, dpi, bleed_mm, p.formats.get_ref().is_empty())
        {
            presets.push(Preset {
                id: p.id.into_inner(),
                name: Text::new(p.name_da, p.name_en),
                medium: p.medium,
                kind,
                size,
                dpi,
                bleed_mm,
                crop_marks: p.crop_marks.unwrap_or(false),
                color_space: p.color_space,
                output_intent: p.output_intent.unwrap_or_else(|| "FOGRA39".into()),
                formats: p.formats.into_inner(),
                lockups: p.lockups.into_iter().map(Spanned::into_inner).collect(),
                display_scale,
            });
        }
    }
    presets
}

/// Preset `lockups` must name a lockup that some logo has.
fn check_preset_lockups(manual: &Manual, files: &Files, diags: &mut Diagnostics) {
    let Ok(text) = files.read_text("presets.toml", MAX_TOML_BYTES) else {
        return;
    };
    let known: HashSet<&str> = manual
        .logos
        .iter()
        .flat_map(|l| l.lockups.iter().map(|k| k.id.as_str()))
        .collect();
    for preset in &manual.presets {
        for lockup in &preset.lockups {
            if !known.contains(lockup.as_str()) {
                let offset = text.find(&format!("\"{lockup}\"")).unwrap_or(0);
                diags.at(
                    Severity::Warning,
                    "presets.toml",
                    &text,
                    offset,
                    format!(
                        "preset \"{}\" allows lockup \"{lockup}\", which no logo has",
                        preset.id
                    ),
                );
            }
        }
    }
}

fn load_logo(
    files: &Files,
    folder: &str,
    manual: &Manual,
    declared: &Declared,
    diags: &mut Diagnostics,
) -> Option<Logo> {
    let file = format!("logos/{folder}/logo.toml");
    let text = read_toml(files, &file, true, diags)?;
    let doc = Doc::parse(&file, &text, diags);
    let l = doc.head::<raw::Logo>(&[], diags)?;
    let mut ok = check_id(&doc, &l.id, diags);
    if l.id.get_ref() != folder {
        doc.error_at(
            diags,
            &l.id,
            format!(
                "logo id \"{}\" must equal its folder name \"{folder}\"",
                l.id.get_ref()
            ),
        );
        ok = false;
    }
    if manual.sender(l.sender.get_ref()).is_none() {
        doc.error_at(
            diags,
            &l.sender,
            format!(
                "sender \"{}\" does not exist (dangling id)",
                l.sender.get_ref()
            ),
        );
        ok = false;
    }
    let chapter = l.chapter.as_ref().and_then(|c| {
        if manual.chapter(c.get_ref()).is_none() && !manual.chapters.is_empty() {
            doc.error_at(
                diags,
                c,
                format!("chapter \"{}\" does not exist (dangling id)", c.get_ref()),
            );
            None
        } else {
            Some(c.get_ref().clone())
        }
    });

    let mut part_ids = Unique::new();
    let mut parts = Vec::new();
    for p in l.part {
        if check_id(&doc, &p.id, diags) && part_ids.add(&doc, &p.id, "part", diags) {
            parts.push(Part {
                id: p.id.into_inner(),
                kind: p.kind,
                name: Text::new(p.name_da, p.name_en),
            });
        }
    }
    if !parts.is_empty() && !parts.iter().any(|p| &p.id == l.reference.part.get_ref()) {
        doc.error_at(
            diags,
            &l.reference.part,
            format!(
                "reference part \"{}\" is not one of this logo's parts",
                l.reference.part.get_ref()
            ),
        );
    }
    let ratio = *l.clear_space.ratio.get_ref();
    if !(0.0..=5.0).contains(&ratio) {
        doc.error_at(
            diags,
            &l.clear_space.ratio,
            format!("clear space ratio {ratio} is out of range: expected 0–5"),
        );
        ok = false;
    }

    // colourways first: lockup files are keyed by colourway id
    let mut cw_ids = Unique::new();
    let mut colorways = Vec::new();
    for c in l.colorway {
        if !(check_id(&doc, &c.id, diags) && cw_ids.add(&doc, &c.id, "colourway", diags)) {
            continue;
        }
        let mut good = palette_ref(&doc, manual, declared, &c.main_color, "main_color", diags);
        let backgrounds: Vec<String> = c
            .backgrounds
            .iter()
            .filter(|b| palette_ref(&doc, manual, declared, b, "background", diags))
            .map(|b| b.get_ref().clone())
            .collect();
        let spot = match (&c.kind, &c.spot) {
            (ColorwayKind::Spot, None) => {
                doc.error_at(
                    diags,
                    &c.id,
                    "a spot colourway needs `spot = \"<palette id>\"`",
                );
                good = false;
                None
            }
            (_, Some(s)) => {
                if palette_ref(&doc, manual, declared, s, "spot", diags) {
                    if manual
                        .color(s.get_ref())
                        .is_some_and(|c| c.pantone_c.is_none())
                    {
                        doc.error_at(
                            diags,
                            s,
                            format!(
                                "spot colour \"{}\" has no pantone_c to name the separation",
                                s.get_ref()
                            ),
                        );
                        good = false;
                    }
                    Some(s.get_ref().clone())
                } else {
                    good = false;
                    None
                }
            }
            (_, None) => None,
        };
        if good {
            colorways.push(Colorway {
                id: c.id.into_inner(),
                kind: c.kind,
                name: Text::new(c.name_da, c.name_en),
                main_color: c.main_color.into_inner(),
                backgrounds,
                spot,
            });
        }
    }

    let palette = &declared.rgbs;
    let mut lockup_ids = Unique::new();
    let mut lockups = Vec::new();
    for k in l.lockup {
        if !(check_id(&doc, &k.id, diags) && lockup_ids.add(&doc, &k.id, "lockup", diags)) {
            continue;
        }
        let reference = *k.reference.get_ref();
        if !(reference > 0.0 && reference.is_finite()) {
            doc.error_at(
                diags,
                &k.reference,
                format!("reference {reference} must be a positive number of SVG user units"),
            );
            continue;
        }
        let mut artwork = BTreeMap::new();
        for (cw, path) in k.files.get_ref() {
            if colorways.iter().all(|c| &c.id != cw) && !cw_ids.0.contains(cw) {
                doc.error_at(
                    diags,
                    path,
                    format!("files lists colourway \"{cw}\", which this logo does not define"),
                );
                continue;
            }
            let Some(rel) = safe_path(&doc, &file, path, diags) else {
                continue;
            };
            if let Some(a) = load_artwork(files, &doc, path, rel, palette, diags) {
                artwork.insert(cw.clone(), a);
            }
        }
        for c in &colorways {
            if !k.files.get_ref().contains_key(&c.id) {
                doc.error_at(
                    diags,
                    &k.files,
                    format!(
                        "lockup \"{}\" has no file for colourway \"{}\"",
                        k.id.get_ref(),
                        c.id
                    ),
                );
            }
        }
        lockups.push(Lockup {
            id: k.id.into_inner(),
            name: Text::new(k.name_da, k.name_en),
            reference,
            artwork,
        });
    }
    if lockups.is_empty() {
        diags.file(Severity::Error, &file, "the logo has no valid lockup");
        ok = false;
    }

    let mut minimums = Vec::new();
    for m in l.minimum {
        let lockup_ok = m.lockup.as_ref().is_none_or(|id| {
            local_ref(
                &doc,
                &lockups.iter().map(|k| k.id.as_str()).collect::<Vec<_>>(),
                id,
                "lockup",
                diags,
            )
        });
        let cw_ok = m.colorway.as_ref().is_none_or(|id| {
            local_ref(
                &doc,
                &colorways.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(),
                id,
                "colourway",
                diags,
            )
        });
        let print_mm = m.print_mm.as_ref().and_then(|v| {
            let x = *v.get_ref();
            if x > 0.0 && x < 10_000.0 {
                Some(x)
            } else {
                doc.error_at(
                    diags,
                    v,
                    format!("print_mm {x} is out of range: expected a positive size in mm"),
                );
                None
            }
        });
        let screen_px = m
            .screen_px
            .as_ref()
            .and_then(|v| match u32::try_from(*v.get_ref()) {
                Ok(x) if x > 0 => Some(x),
                _ => {
                    doc.error_at(
                        diags,
                        v,
                        format!(
                            "screen_px {} is out of range: expected a positive number of pixels",
                            v.get_ref()
                        ),
                    );
                    None
                }
            });
        if lockup_ok && cw_ok {
            minimums.push(Minimum {
                lockup: m.lockup.map(Spanned::into_inner),
                colorway: m.colorway.map(Spanned::into_inner),
                print_mm,
                screen_px,
            });
        }
    }

    let mut sizes = Vec::new();
    let mut size_offsets = Vec::new();
    for s in l.size {
        if manual.preset(s.preset.get_ref()).is_none() {
            doc.error_at(
                diags,
                &s.preset,
                format!(
                    "preset \"{}\" does not exist (dangling id)",
                    s.preset.get_ref()
                ),
            );
            continue;
        }
        let lockup = match &s.lockup {
            Some(id) => {
                if !local_ref(
                    &doc,
                    &lockups.iter().map(|k| k.id.as_str()).collect::<Vec<_>>(),
                    id,
                    "lockup",
                    diags,
                ) {
                    continue;
                }
                id.get_ref().clone()
            }
            None => match lockups.first() {
                Some(k) => k.id.clone(),
                None => continue,
            },
        };
        let width_mm = *s.width_mm.get_ref();
        if !(width_mm > 0.0 && width_mm < 10_000.0) {
            doc.error_at(
                diags,
                &s.width_mm,
                format!("width_mm {width_mm} is out of range"),
            );
            continue;
        }
        size_offsets.push(s.width_mm.span().start);
        sizes.push(SizeEntry {
            preset: s.preset.into_inner(),
            lockup,
            width_mm,
            position: s.position.unwrap_or(Position::BottomRight),
            margin_mm: s.margin_mm.map_or(10.0, Spanned::into_inner),
        });
    }

    if !ok {
        return None;
    }
    let logo = Logo {
        id: l.id.into_inner(),
        sender: l.sender.into_inner(),
        name: Text::new(l.name_da, l.name_en),
        synonyms: l.synonyms,
        chapter,
        parts,
        reference_part: l.reference.part.into_inner(),
        reference_name: Text::new(l.reference.name_da, l.reference.name_en),
        clear_space_ratio: ratio,
        lockups,
        colorways,
        minimums,
        sizes,
    };
    // The size table must respect the logo's own minimums (the largest over its colourways).
    for (s, offset) in logo.sizes.iter().zip(size_offsets) {
        let strictest = logo
            .colorways
            .iter()
            .filter_map(|c| logo.minimum(&s.lockup, &c.id).0.map(|min| (min, &c.id)))
            .max_by(|a, b| a.0.total_cmp(&b.0));
        if let Some((min, colorway)) = strictest
            && s.width_mm < min
        {
            doc.report(
                diags,
                Severity::Error,
                offset,
                format!(
                    "size table: {} mm for preset \"{}\" is below the {} mm minimum of lockup \"{}\" in colourway \"{}\"",
                    s.width_mm, s.preset, min, s.lockup, colorway
                ),
            );
        }
    }
    Some(logo)
}

fn load_artwork(
    files: &Files,
    doc: &Doc<'_>,
    path: &Spanned<String>,
    rel: String,
    palette: &HashSet<Rgb>,
    diags: &mut Diagnostics,
) -> Option<Artwork> {
    let text = match files.read_text(&rel, MAX_SVG_BYTES) {
        Ok(text) => text,
        Err(e) => {
            doc.error_at(diags, path, format!("{rel}: {e}"));
            return None;
        }
    };
    match svg::check(&text, true) {
        Ok(info) => {
            let mut good = true;
            for rgb in info.colors.iter().filter(|c| !palette.contains(c)) {
                let hex = rgb.to_hex();
                let offset = text.to_ascii_lowercase().find(&hex).unwrap_or(0);
                diags.at(
                    Severity::Error,
                    &rel,
                    &text,
                    offset,
                    format!("colour {hex} is not in the palette (colors.toml); logo artwork may only use palette colours"),
                );
                good = false;
            }
            good.then(|| Artwork {
                path: rel,
                svg: Arc::from(text),
                width: info.width,
                height: info.height,
            })
        }
        Err(problems) => {
            for p in problems {
                diags.at(Severity::Error, &rel, &text, p.offset, p.message);
            }
            None
        }
    }
}

fn palette_ref(
    doc: &Doc<'_>,
    manual: &Manual,
    declared: &Declared,
    id: &Spanned<String>,
    what: &str,
    diags: &mut Diagnostics,
) -> bool {
    if manual.color(id.get_ref()).is_some() {
        true
    } else if declared.colors.contains(id.get_ref()) {
        false // defined in colors.toml but broken: reported there
    } else {
        doc.error_at(
            diags,
            id,
            format!(
                "{what} \"{}\" is not a palette colour (dangling id)",
                id.get_ref()
            ),
        );
        false
    }
}

fn local_ref(
    doc: &Doc<'_>,
    known: &[&str],
    id: &Spanned<String>,
    what: &str,
    diags: &mut Diagnostics,
) -> bool {
    if known.contains(&id.get_ref().as_str()) {
        true
    } else {
        doc.error_at(
            diags,
            id,
            format!(
                "{what} \"{}\" is not defined in this logo (dangling id)",
                id.get_ref()
            ),
        );
        false
    }
}

fn load_templates(text: &str, manual: &Manual, diags: &mut Diagnostics) -> Vec<Template> {
    let doc = Doc::parse("templates.toml", text, diags);
    let mut ids = Unique::new();
    let mut templates = Vec::new();
    for (t, _) in doc.entries::<raw::Template>("template", false, diags) {
        if !(check_id(&doc, &t.id, diags) && ids.add(&doc, &t.id, "template", diags)) {
            continue;
        }
        let Some(preset) = manual.preset(t.preset.get_ref()) else {
            doc.error_at(
                diags,
                &t.preset,
                format!(
                    "preset \"{}\" does not exist (dangling id)",
                    t.preset.get_ref()
                ),
            );
            continue;
        };
        if let Some(ls) = &t.logo_size
            && manual.preset(ls.get_ref()).is_none()
        {
            doc.error_at(
                diags,
                ls,
                format!(
                    "logo_size preset \"{}\" does not exist (dangling id)",
                    ls.get_ref()
                ),
            );
        }
        let (page_w, page_h) = match preset.size {
            PresetSize::Mm { width, height } => (width, height),
            PresetSize::Px { width, height } => {
                let mm = |px: u32| f64::from(px) / preset.dpi * 25.4;
                (mm(width), height.map_or(f64::MAX, mm))
            }
        };
        let mut field_ids = Unique::new();
        let mut fields = Vec::new();
        for f in t.field {
            if !(check_id(&doc, &f.id, diags) && field_ids.add(&doc, &f.id, "field", diags)) {
                continue;
            }
            let (w, h) = (*f.width_mm.get_ref(), *f.height_mm.get_ref());
            if w <= 0.0
                || h <= 0.0
                || f.x_mm < 0.0
                || f.y_mm < 0.0
                || f.x_mm + w > page_w + 1e-6
                || f.y_mm + h > page_h + 1e-6
            {
                doc.error_at(
                    diags,
                    &f.width_mm,
                    format!("field \"{}\" ({} , {}, {w} × {h} mm) does not fit on the {page_w:.1} × {page_h:.1} mm page", f.id.get_ref(), f.x_mm, f.y_mm),
                );
                continue;
            }
            fields.push(Field {
                id: f.id.into_inner(),
                name: Text::new(f.name_da, f.name_en),
                kind: f.kind,
                x_mm: f.x_mm,
                y_mm: f.y_mm,
                width_mm: w,
                height_mm: h,
            });
        }
        templates.push(Template {
            id: t.id.into_inner(),
            kind: t.kind,
            name: Text::new(t.name_da, t.name_en),
            preset: t.preset.into_inner(),
            logo_size: t.logo_size.map(Spanned::into_inner),
            fields,
        });
    }
    templates
}
