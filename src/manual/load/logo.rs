//! One logo folder: `logos/<id>/logo.toml` and the artwork it lists.

use std::collections::BTreeMap;

use toml::Spanned;

use super::super::diagnostic::{Diagnostics, Message, Severity};
use super::super::doc::Doc;
use super::super::logo::{
    Colorway, ColorwayKind, Lockup, Logo, Minimum, Part, Position, SizeEntry,
};
use super::super::source::Files;
use super::super::text::Text;
use super::super::{Manual, raw};
use super::{Known, Unique, check_id, read_toml, safe_path};

/// One logo.toml being read: where problems go, and what references resolve against.
struct Ctx<'a, 'd> {
    files: &'a Files,
    file: &'a str,
    doc: &'a Doc<'d>,
    manual: &'a Manual,
    known: &'a Known,
}

/// Loads `logos/<folder>/logo.toml` and its artwork; `None` (with diagnostics) when the logo is unusable.
pub(super) fn load_logo(
    files: &Files,
    folder: &str,
    manual: &Manual,
    known: &Known,
    diags: &mut Diagnostics,
) -> Option<Logo> {
    let file = format!("logos/{folder}/logo.toml");
    let text = read_toml(files, &file, true, diags)?;
    let doc = Doc::parse(&file, &text, diags);
    let l = doc.head::<raw::Logo>(&[], diags)?;
    let cx = Ctx {
        files,
        file: &file,
        doc: &doc,
        manual,
        known,
    };
    let mut ok = identity(&cx, &l, folder, diags);
    let chapter = chapter(&cx, l.chapter.as_ref(), diags);
    let parts = parts(&cx, l.part, &l.reference.part, diags);
    let ratio = *l.clear_space.ratio.get_ref();
    if !(0.0..=5.0).contains(&ratio) {
        doc.error_at(
            diags,
            &l.clear_space.ratio,
            Message::new("load-clear-space").arg("found", ratio),
        );
        ok = false;
    }
    // colourways first: lockup files are keyed by colourway id
    let (colorways, declared_colorways) = colorways(&cx, l.colorway, diags);
    let lockups = lockups(&cx, l.lockup, &colorways, &declared_colorways, diags);
    if lockups.is_empty() {
        diags.file(Severity::Error, &file, Message::new("load-no-lockup"));
        ok = false;
    }
    let minimums = minimums(&cx, l.minimum, &lockups, &declared_colorways, diags);
    let (sizes, size_offsets) = sizes(&cx, l.size, &lockups, diags);
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
    check_size_table(&doc, &logo, &size_offsets, diags);
    Some(logo)
}

/// The id (valid, equal to the folder) and the sender (exists). Returns whether both are good.
fn identity(cx: &Ctx<'_, '_>, l: &raw::Logo, folder: &str, diags: &mut Diagnostics) -> bool {
    let mut ok = check_id(cx.doc, &l.id, diags);
    if l.id.get_ref() != folder {
        cx.doc.error_at(
            diags,
            &l.id,
            Message::new("load-logo-folder")
                .arg("id", l.id.get_ref())
                .arg("folder", folder),
        );
        ok = false;
    }
    if cx.manual.sender(l.sender.get_ref()).is_none() {
        // with a syntax error in senders.toml, that error is the one problem
        if !cx.known.senders_broken {
            cx.doc.error_at(
                diags,
                &l.sender,
                Message::new("load-dangling")
                    .arg("kind", "sender")
                    .arg("id", l.sender.get_ref()),
            );
        }
        ok = false;
    }
    ok
}

fn chapter(
    cx: &Ctx<'_, '_>,
    chapter: Option<&Spanned<String>>,
    diags: &mut Diagnostics,
) -> Option<String> {
    let c = chapter?;
    if cx.manual.chapter(c.get_ref()).is_none() && !cx.manual.chapters.is_empty() {
        cx.doc.error_at(
            diags,
            c,
            Message::new("load-dangling")
                .arg("kind", "chapter")
                .arg("id", c.get_ref()),
        );
        None
    } else {
        Some(c.get_ref().clone())
    }
}

/// The named parts; the reference part must be one of them (when parts are listed).
fn parts(
    cx: &Ctx<'_, '_>,
    raw: Vec<raw::Part>,
    reference: &Spanned<String>,
    diags: &mut Diagnostics,
) -> Vec<Part> {
    let mut ids = Unique::new();
    let mut parts = Vec::new();
    for p in raw {
        if check_id(cx.doc, &p.id, diags) && ids.add(cx.doc, &p.id, "part", diags) {
            parts.push(Part {
                id: p.id.into_inner(),
                kind: p.kind,
                name: Text::new(p.name_da, p.name_en),
            });
        }
    }
    if !parts.is_empty() && !parts.iter().any(|p| &p.id == reference.get_ref()) {
        cx.doc.error_at(
            diags,
            reference,
            Message::new("load-reference-part").arg("part", reference.get_ref()),
        );
    }
    parts
}

/// The valid colourways, and every colourway id declared (valid or not).
fn colorways(
    cx: &Ctx<'_, '_>,
    raw: Vec<raw::Colorway>,
    diags: &mut Diagnostics,
) -> (Vec<Colorway>, Unique) {
    let mut ids = Unique::new();
    let mut colorways = Vec::new();
    for c in raw {
        if !(check_id(cx.doc, &c.id, diags) && ids.add(cx.doc, &c.id, "colorway", diags)) {
            continue;
        }
        let mut good = palette_ref(cx, &c.main_color, "main_color", diags);
        let backgrounds: Vec<String> = c
            .backgrounds
            .iter()
            .filter(|b| palette_ref(cx, b, "backgrounds", diags))
            .map(|b| b.get_ref().clone())
            .collect();
        let spot = match (&c.kind, &c.spot) {
            (ColorwayKind::Spot, None) => {
                cx.doc
                    .error_at(diags, &c.id, Message::new("load-spot-missing"));
                good = false;
                None
            }
            (_, Some(s)) => {
                let named = spot_color(cx, s, diags);
                good &= named.is_some();
                named
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
    (colorways, ids)
}

/// A colourway's spot colour: a palette colour with a Pantone name for the separation.
fn spot_color(cx: &Ctx<'_, '_>, s: &Spanned<String>, diags: &mut Diagnostics) -> Option<String> {
    if !palette_ref(cx, s, "spot", diags) {
        return None;
    }
    if cx
        .manual
        .color(s.get_ref())
        .is_some_and(|c| c.pantone_c.is_none())
    {
        cx.doc.error_at(
            diags,
            s,
            Message::new("load-spot-pantone").arg("color", s.get_ref()),
        );
        return None;
    }
    Some(s.get_ref().clone())
}

/// The lockups with their artwork, one file per colourway, each checked by [`paint::check_artwork`].
fn lockups(
    cx: &Ctx<'_, '_>,
    raw: Vec<raw::Lockup>,
    colorways: &[Colorway],
    declared_colorways: &Unique,
    diags: &mut Diagnostics,
) -> Vec<Lockup> {
    let mut ids = Unique::new();
    let mut lockups = Vec::new();
    for k in raw {
        if !(check_id(cx.doc, &k.id, diags) && ids.add(cx.doc, &k.id, "lockup", diags)) {
            continue;
        }
        let reference = *k.reference.get_ref();
        if !(reference > 0.0 && reference.is_finite()) {
            cx.doc.error_at(
                diags,
                &k.reference,
                Message::new("load-lockup-reference").arg("found", reference),
            );
            continue;
        }
        let mut artwork = BTreeMap::new();
        for (cw, path) in k.files.get_ref() {
            if !declared_colorways.0.contains(cw) {
                cx.doc.error_at(
                    diags,
                    path,
                    Message::new("load-files-colorway").arg("colorway", cw),
                );
                continue;
            }
            let Some(rel) = safe_path(cx.doc, cx.file, path, diags) else {
                continue;
            };
            if let Some(a) = super::load_artwork(cx.files, cx.doc, cx.known, path, rel, diags) {
                artwork.insert(cw.clone(), a);
            }
        }
        for c in colorways {
            if !k.files.get_ref().contains_key(&c.id) {
                cx.doc.error_at(
                    diags,
                    &k.files,
                    Message::new("load-lockup-file-missing")
                        .arg("lockup", k.id.get_ref())
                        .arg("colorway", &c.id),
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
    lockups
}

/// The minimum sizes; a row naming an unknown lockup or colourway is left out. A colourway that is declared
/// but broken is reported where it is, not again here.
fn minimums(
    cx: &Ctx<'_, '_>,
    raw: Vec<raw::Minimum>,
    lockups: &[Lockup],
    declared_colorways: &Unique,
    diags: &mut Diagnostics,
) -> Vec<Minimum> {
    let lockup_ids: Vec<&str> = lockups.iter().map(|k| k.id.as_str()).collect();
    let colorway_ids: Vec<&str> = declared_colorways.0.iter().map(String::as_str).collect();
    let mut minimums = Vec::new();
    for m in raw {
        let lockup_ok = m
            .lockup
            .as_ref()
            .is_none_or(|id| local_ref(cx.doc, &lockup_ids, id, "lockup", diags));
        let cw_ok = m
            .colorway
            .as_ref()
            .is_none_or(|id| local_ref(cx.doc, &colorway_ids, id, "colorway", diags));
        let print_mm = m.print_mm.as_ref().and_then(|v| {
            let x = *v.get_ref();
            if x > 0.0 && x < 10_000.0 {
                Some(x)
            } else {
                cx.doc
                    .error_at(diags, v, Message::new("load-print-mm").arg("found", x));
                None
            }
        });
        let screen_px = m
            .screen_px
            .as_ref()
            .and_then(|v| match u32::try_from(*v.get_ref()) {
                Ok(x) if x > 0 => Some(x),
                _ => {
                    cx.doc.error_at(
                        diags,
                        v,
                        Message::new("load-screen-px").arg("found", v.get_ref()),
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
    minimums
}

/// The size table, with the byte offset of each row's `width_mm` (for [`check_size_table`]).
fn sizes(
    cx: &Ctx<'_, '_>,
    raw: Vec<raw::Size>,
    lockups: &[Lockup],
    diags: &mut Diagnostics,
) -> (Vec<SizeEntry>, Vec<usize>) {
    let lockup_ids: Vec<&str> = lockups.iter().map(|k| k.id.as_str()).collect();
    let mut sizes = Vec::new();
    let mut offsets = Vec::new();
    for s in raw {
        if cx.manual.preset(s.preset.get_ref()).is_none() {
            if !cx.known.presets_broken {
                cx.doc.error_at(
                    diags,
                    &s.preset,
                    Message::new("load-dangling")
                        .arg("kind", "preset")
                        .arg("id", s.preset.get_ref()),
                );
            }
            continue;
        }
        let lockup = match &s.lockup {
            Some(id) if local_ref(cx.doc, &lockup_ids, id, "lockup", diags) => id.get_ref().clone(),
            Some(_) => continue,
            None => match lockups.first() {
                Some(k) => k.id.clone(),
                None => continue,
            },
        };
        let width_mm = *s.width_mm.get_ref();
        if !(width_mm > 0.0 && width_mm < 10_000.0) {
            cx.doc.error_at(
                diags,
                &s.width_mm,
                Message::new("load-width-mm").arg("found", width_mm),
            );
            continue;
        }
        offsets.push(s.width_mm.span().start);
        sizes.push(SizeEntry {
            preset: s.preset.into_inner(),
            lockup,
            width_mm,
            position: s.position.unwrap_or(Position::BottomRight),
            margin_mm: s.margin_mm.map_or(10.0, Spanned::into_inner),
        });
    }
    (sizes, offsets)
}

/// The size table must respect the logo's own minimums (the largest over its colourways).
fn check_size_table(doc: &Doc<'_>, logo: &Logo, offsets: &[usize], diags: &mut Diagnostics) {
    for (s, &offset) in logo.sizes.iter().zip(offsets) {
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
                Message::new("load-size-below-minimum")
                    .arg("width", s.width_mm)
                    .arg("preset", &s.preset)
                    .arg("minimum", min)
                    .arg("lockup", &s.lockup)
                    .arg("colorway", colorway),
            );
        }
    }
}

/// Whether `id` names a palette colour; reports a dangling id unless colors.toml declares it (broken there)
/// or has a syntax error (that error is the one problem).
fn palette_ref(
    cx: &Ctx<'_, '_>,
    id: &Spanned<String>,
    what: &str,
    diags: &mut Diagnostics,
) -> bool {
    if cx.manual.color(id.get_ref()).is_some() {
        true
    } else if cx.known.colors.contains(id.get_ref()) || cx.known.colors_broken {
        false
    } else {
        cx.doc.error_at(
            diags,
            id,
            Message::new("load-not-palette")
                .arg("key", what)
                .arg("id", id.get_ref()),
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
            Message::new("load-not-in-logo")
                .arg("kind", what)
                .arg("id", id.get_ref()),
        );
        false
    }
}
