//! Turns a manual's files into a validated [`Manual`], collecting every problem in one pass.

use std::collections::HashSet;
use std::sync::Arc;

use rayon::prelude::*;
use toml::Spanned;

use super::color::{Cmyk, Color, Rgb, tint_percent};
use super::diagnostic::Message;
use super::diagnostic::{Diagnostics, Severity};
use super::doc::Doc;
use super::logo::{Artwork, Logo};
use super::paint::{self, Palette};
use super::preset::{Preset, PresetKind, PresetSize};
use super::programme::{ChangelogEntry, Chapter, Programme};
use super::source::{FileError, Files, resolve};
use super::text::Text;
use super::typography::Family;
use super::{Loaded, Manual, raw};

mod logo;
mod senders;

use senders::{check_sender_refs, load_senders};

/// Largest TOML file.
pub const MAX_TOML_BYTES: u64 = 1 << 20;
/// Largest SVG file.
pub const MAX_SVG_BYTES: u64 = 4 << 20;
/// Largest font file.
pub const MAX_FONT_BYTES: u64 = 20 << 20;

/// Reads and checks one artwork file — logo artwork or a template's brand graphic — with
/// [`paint::check_artwork`]: palette colours only, no text, self-contained. With a syntax error in colors.toml the
/// palette may be incomplete: then colours are not judged (that error is the one problem), everything else is.
/// `path` is where the manual names the file (for a read error), `rel` the file's path in the manual.
pub(super) fn load_artwork(
    files: &Files,
    doc: &Doc<'_>,
    known: &Known,
    path: &Spanned<String>,
    rel: String,
    diags: &mut Diagnostics,
) -> Option<Artwork> {
    let text = match files.read_text(&rel, MAX_SVG_BYTES) {
        Ok(text) => text,
        Err(e) => {
            doc.error_at(
                diags,
                path,
                Message::new("load-file-error")
                    .arg("file", &rel)
                    .nested("error", e.message()),
            );
            return None;
        }
    };
    let check = paint::check_artwork(&text, &known.palette);
    let mut good = true;
    for p in &check.problems {
        if known.colors_broken && p.message.key == paint::OFF_PALETTE {
            continue;
        }
        good = false;
        diags.at(Severity::Error, &rel, &text, p.offset, p.message.clone());
    }
    good.then(|| Artwork {
        path: rel,
        svg: Arc::from(text),
        width: check.width,
        height: check.height,
    })
}

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
    let mut known = Known {
        logo_folders: files.subfolders("logos").into_iter().collect(),
        ..Known::default()
    };
    if let Some(text) = read_toml(files, "colors.toml", true, &mut diags) {
        manual.colors = load_colors(&text, &mut diags, &mut known);
        manual.office_theme = super::office::load(&text, &manual.colors, &mut diags);
    }
    if let Some(text) = read_toml(files, "typography.toml", false, &mut diags) {
        manual.families = load_families(files, &text, &mut diags);
    }
    let mut sender_refs = Vec::new();
    let senders_text = read_toml(files, "senders.toml", true, &mut diags);
    if let Some(text) = &senders_text {
        let doc = Doc::parse("senders.toml", text, &mut diags);
        known.senders_broken = doc.has_syntax_errors();
        manual.senders = load_senders(&doc, &mut diags, &mut sender_refs);
    }
    let presets_text = read_toml(files, "presets.toml", true, &mut diags);
    if let Some(text) = &presets_text {
        let doc = Doc::parse("presets.toml", text, &mut diags);
        known.presets_broken = doc.has_syntax_errors();
        manual.presets = load_presets(&doc, &mut diags);
    }
    manual.reindex();

    // Logos: one folder each, checked in parallel (a large manual has thousands of SVGs).
    let mut folders: Vec<&String> = known.logo_folders.iter().collect();
    folders.sort();
    if folders.is_empty() {
        diags.file(Severity::Error, "logos", Message::new("load-no-logos"));
    }
    let results: Vec<(Option<Logo>, Diagnostics)> = folders
        .par_iter()
        .map(|folder| {
            let mut d = Diagnostics::default();
            let logo = logo::load_logo(files, folder, &manual, &known, &mut d);
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
        manual.templates = super::template::load::load(files, &text, &manual, &known, &mut diags);
    }
    if let Some(text) = &senders_text {
        check_sender_refs(&mut manual, text, sender_refs, &known, &mut diags);
    }
    if let Some(text) = &presets_text {
        check_preset_lockups(&manual, text, &mut diags);
    }
    manual.reindex();

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
            diags.file(Severity::Error, rel, Message::new("load-file-missing"));
            None
        }
        Err(e) => {
            diags.file(Severity::Error, rel, e.message());
            None
        }
    }
}

/// An id must be lowercase ASCII letters, digits and `-`.
pub(super) fn check_id(doc: &Doc<'_>, id: &Spanned<String>, diags: &mut Diagnostics) -> bool {
    let s = id.get_ref();
    let ok = super::is_valid_id(s);
    if !ok {
        doc.error_at(diags, id, Message::new("load-invalid-id").arg("id", s));
    }
    ok
}

/// Tracks ids of one kind and reports duplicates.
pub(super) struct Unique(HashSet<String>);

impl Unique {
    pub(super) fn new() -> Self {
        Unique(HashSet::new())
    }

    pub(super) fn add(
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
                Message::new("load-duplicate-id")
                    .arg("kind", kind)
                    .arg("id", id.get_ref()),
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
            doc.error_at(diags, value, Message::new("load-date").arg("found", dt));
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
                Message::new("load-format-version").arg("found", head.format.get_ref()),
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

/// What the files declare, valid or not, and which files have syntax errors: a reference to something that
/// is defined but broken, or that may sit in the unreadable part of a file, is not reported again (the one
/// problem is reported where it is).
#[derive(Default)]
pub(super) struct Known {
    /// Colour ids colors.toml declares.
    pub(super) colors: HashSet<String>,
    /// colors.toml has a syntax error (the palette may be incomplete).
    pub(super) colors_broken: bool,
    /// senders.toml has a syntax error.
    senders_broken: bool,
    /// presets.toml has a syntax error.
    pub(super) presets_broken: bool,
    /// The folders under logos/ (each a logo id, valid or not).
    logo_folders: HashSet<String>,
    /// What logo artwork may paint with: the valid colours, and the HEX of broken ones (reported there).
    pub(super) palette: Palette,
}

fn load_colors(text: &str, diags: &mut Diagnostics, known: &mut Known) -> Vec<Color> {
    let doc = Doc::parse("colors.toml", text, diags);
    known.colors_broken = doc.has_syntax_errors();
    known.colors.extend(doc.declared("color", "id"));
    let declared_hex = doc.declared("color", "hex");
    let mut ids = Unique::new();
    let mut colors = Vec::new();
    for (c, _) in doc.entries::<raw::Color>("color", true, diags) {
        let mut ok = check_id(&doc, &c.id, diags) && ids.add(&doc, &c.id, "color", diags);
        let hex = Rgb::parse_hex(c.hex.get_ref());
        if hex.is_none() {
            doc.error_at(
                diags,
                &c.hex,
                Message::new("load-color-hex").arg("found", c.hex.get_ref()),
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
                            Message::new("load-color-rgb-differs")
                                .arg("rgb", format!("{r},{g},{b}"))
                                .arg("hex", c.hex.get_ref()),
                        );
                    }
                    Some(rgb)
                }
                None => {
                    doc.error_at(diags, v, Message::new("load-color-rgb"));
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
                Message::new("load-color-cmyk").arg("found", format!("{:?}", c.cmyk.get_ref())),
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
                    Message::new("load-color-tint").arg("found", t.get_ref()),
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
    let mut palette: Vec<(String, Rgb)> = colors.iter().map(|c| (c.id.clone(), c.rgb)).collect();
    let mut seen: HashSet<Rgb> = palette.iter().map(|(_, c)| *c).collect();
    for hex in declared_hex {
        if let Some(rgb) = Rgb::parse_hex(&hex)
            && seen.insert(rgb)
        {
            palette.push((hex, rgb));
        }
    }
    known.palette = Palette::new(palette);
    colors
}

fn load_families(files: &Files, text: &str, diags: &mut Diagnostics) -> Vec<Family> {
    let file = "typography.toml";
    let doc = Doc::parse(file, text, diags);
    let mut ids = Unique::new();
    let mut families = Vec::new();
    for (f, _) in doc.entries::<raw::Family>("family", false, diags) {
        if !(check_id(&doc, &f.id, diags) && ids.add(&doc, &f.id, "family", diags)) {
            continue;
        }
        for role in &f.roles {
            if !matches!(role.get_ref().as_str(), "headline" | "body" | "office") {
                doc.error_at(
                    diags,
                    role,
                    Message::new("load-font-role").arg("found", role.get_ref()),
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
                            Message::new("load-font-invalid").arg("file", &rel),
                        );
                    }
                }
                Err(e) => doc.error_at(
                    diags,
                    path,
                    Message::new("load-font-file")
                        .arg("file", &rel)
                        .nested("error", e.message()),
                ),
            }
            paths.push(rel);
        }
        let licence_file = f.licence_file.as_ref().and_then(|p| {
            let rel = safe_path(&doc, file, p, diags)?;
            if !files.exists(&rel) {
                doc.error_at(
                    diags,
                    p,
                    Message::new("load-licence-missing").arg("file", &rel),
                );
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
            doc.error_at(diags, path, e.message());
            None
        }
    }
}

fn load_presets(doc: &Doc<'_>, diags: &mut Diagnostics) -> Vec<Preset> {
    let mut ids = Unique::new();
    let mut presets = Vec::new();
    for (p, offset) in doc.entries::<raw::Preset>("preset", true, diags) {
        if !(check_id(doc, &p.id, diags) && ids.add(doc, &p.id, "preset", diags)) {
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
                        Message::new("load-positive-range")
                            .arg("key", what)
                            .arg("found", x)
                            .arg("max", max),
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
                        Message::new("load-px-range")
                            .arg("key", what)
                            .arg("found", v.get_ref()),
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
                        doc.error_at(diags, w, Message::new("load-height-px-missing"));
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
                    Message::new("load-preset-size").arg("preset", p.id.get_ref()),
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
                    Message::new("load-bleed").arg("found", b.get_ref()),
                );
                None
            }
            Some(b) => Some(*b.get_ref()),
            None => Some(0.0),
        };
        if p.formats.get_ref().is_empty() {
            doc.error_at(diags, &p.formats, Message::new("load-formats-empty"));
        }
        let display_scale = match &p.display_scale {
            Some(s) => match u32::try_from(*s.get_ref()) {
                Ok(v) if (1..=4).contains(&v) => v,
                _ => {
                    doc.error_at(diags, s, Message::new("load-display-scale"));
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
fn check_preset_lockups(manual: &Manual, text: &str, diags: &mut Diagnostics) {
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
                    text,
                    offset,
                    Message::new("load-preset-lockup")
                        .arg("preset", &preset.id)
                        .arg("lockup", lockup),
                );
            }
        }
    }
}
