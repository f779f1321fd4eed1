//! `templates.toml` (format 2): raw serde structs and their validation into [`Template`]s. Every problem is a
//! diagnostic at its line; a broken element is left out, a broken template is left out, the rest loads.

use serde::Deserialize;
use toml::Spanned;

use super::super::Manual;
use super::super::diagnostic::{Diagnostics, Message, Severity};
use super::super::doc::Doc;
use super::super::load::{Known, Unique, check_id, load_artwork};
use super::super::preset::{Preset, PresetSize};
use super::super::source::{Files, resolve};
use super::super::text::Text;
use super::{
    Align, Element, ElementKind, LogoSlot, PhotoField, QrField, Rect, Source, Template,
    TemplateKind, TextField, Units, VAlign,
};

type S<T> = Spanned<T>;

/// The templates format this program reads.
pub const FORMAT: i64 = 2;
/// Font sizes are limited to this (pt or px).
const MAX_FONT_SIZE: f64 = 1000.0;
/// A default text is at most this long.
const MAX_DEFAULT_CHARS: usize = 2000;

const FILE: &str = "templates.toml";

#[derive(Debug, Deserialize)]
struct RawHead {
    format: Option<S<i64>>,
    chapter: Option<S<String>>,
}

#[derive(Debug, Deserialize)]
struct RawTemplate {
    id: S<String>,
    kind: S<String>,
    name_da: String,
    name_en: Option<String>,
    description_da: Option<String>,
    description_en: Option<String>,
    design: S<String>,
    #[serde(default)]
    variants: Vec<S<String>>,
    background: Option<S<String>>,
    chapter: Option<S<String>>,
    #[serde(default)]
    pages_da: Vec<String>,
    #[serde(default)]
    pages_en: Vec<String>,
    #[serde(default)]
    element: Vec<S<RawElement>>,
}

/// One element with the keys of every kind; [`element`] checks that only the kind's keys are used.
#[derive(Debug, Deserialize)]
struct RawElement {
    kind: S<String>,
    id: Option<S<String>>,
    name_da: Option<String>,
    name_en: Option<String>,
    required: Option<bool>,
    page: Option<S<i64>>,
    #[serde(default)]
    only: Vec<S<String>>,
    x: S<f64>,
    y: S<f64>,
    width: S<f64>,
    height: S<f64>,
    // block
    color: Option<S<String>>,
    // graphic
    file: Option<S<String>>,
    // logo
    lockup: Option<S<String>>,
    colorway: Option<S<String>>,
    // text
    role: Option<S<String>>,
    weight: Option<S<i64>>,
    font_size: Option<S<Vec<f64>>>,
    line_height: Option<S<f64>>,
    max_lines: Option<S<i64>>,
    align: Option<Align>,
    valign: Option<VAlign>,
    colors: Option<S<Vec<S<String>>>>,
    default_da: Option<S<String>>,
    default_en: Option<String>,
    source: Option<S<String>>,
    editable: Option<bool>,
    // photo
    min_ppi_print: Option<S<f64>>,
    min_ppi_screen: Option<S<f64>>,
    overlay: Option<S<String>>,
    overlay_opacity: Option<S<f64>>,
    placeholder: Option<S<String>>,
    // qr
    background: Option<S<String>>,
    min_module_mm: Option<S<f64>>,
    default: Option<S<String>>,
}

/// Everything the checks of one template need.
struct Ctx<'a, 'd> {
    doc: &'a Doc<'d>,
    files: &'a Files,
    manual: &'a Manual,
    known: &'a Known,
    /// The design page (trim) in the template's units.
    page: (f64, f64),
    units: Units,
    variants: Vec<String>,
}

/// Loads `templates.toml` (already read as `text`) against the rest of the manual.
pub(in crate::manual) fn load(
    files: &Files,
    text: &str,
    manual: &Manual,
    known: &Known,
    diags: &mut Diagnostics,
) -> Vec<Template> {
    let doc = Doc::parse(FILE, text, diags);
    let head = doc.head::<RawHead>(&["template"], diags);
    let format = head.as_ref().and_then(|h| h.format.as_ref());
    match format {
        Some(f) if *f.get_ref() == FORMAT => {}
        Some(f) => {
            doc.error_at(
                diags,
                f,
                Message::new("load-template-format")
                    .arg("found", f.get_ref())
                    .arg("format", FORMAT),
            );
            return Vec::new();
        }
        None => {
            diags.file(
                Severity::Error,
                FILE,
                Message::new("load-template-format-missing").arg("format", FORMAT),
            );
            return Vec::new();
        }
    }
    let file_chapter = head
        .and_then(|h| h.chapter)
        .filter(|c| chapter_exists(&doc, manual, c, diags))
        .map(Spanned::into_inner);
    let mut ids = Unique::new();
    let mut templates = Vec::new();
    for (raw, _) in doc.entries::<RawTemplate>("template", false, diags) {
        if !(check_id(&doc, &raw.id, diags) && ids.add(&doc, &raw.id, "template", diags)) {
            continue;
        }
        if let Some(t) = template(&doc, files, manual, known, raw, diags) {
            templates.push(Template {
                chapter: t.chapter.or_else(|| file_chapter.clone()),
                ..t
            });
        }
    }
    templates
}

fn chapter_exists(doc: &Doc<'_>, manual: &Manual, id: &S<String>, diags: &mut Diagnostics) -> bool {
    let ok = manual.chapter(id.get_ref()).is_some();
    if !ok {
        doc.error_at(
            diags,
            id,
            Message::new("load-dangling")
                .arg("kind", "chapter")
                .arg("id", id.get_ref()),
        );
    }
    ok
}

fn template(
    doc: &Doc<'_>,
    files: &Files,
    manual: &Manual,
    known: &Known,
    raw: RawTemplate,
    diags: &mut Diagnostics,
) -> Option<Template> {
    let Some(kind) = TemplateKind::parse(raw.kind.get_ref()) else {
        let kinds: Vec<&str> = TemplateKind::ALL.iter().map(|k| k.id()).collect();
        doc.error_at(
            diags,
            &raw.kind,
            Message::new("load-template-kind")
                .arg("found", raw.kind.get_ref())
                .arg("known", kinds.join(", ")),
        );
        return None;
    };
    let design = preset_ref(doc, manual, known, &raw.design, diags)?;
    let (page, units) = page_of(design);
    let mut variants = Vec::new();
    if !raw.variants.iter().any(|v| v.get_ref() == &design.id) {
        variants.push(design.id.clone());
    }
    for v in &raw.variants {
        let Some(p) = preset_ref(doc, manual, known, v, diags) else {
            continue;
        };
        if page_of(p).1 != units {
            doc.error_at(
                diags,
                v,
                Message::new("load-template-variant-units")
                    .arg("variant", &p.id)
                    .arg("units", units_name(page_of(p).1))
                    .arg("design", &design.id)
                    .arg("design-units", units_name(units)),
            );
            continue;
        }
        if !variants.contains(&p.id) {
            variants.push(p.id.clone());
        }
    }
    let background = raw
        .background
        .as_ref()
        .filter(|b| palette_ref(doc, manual, known, b, "background", diags))
        .map(|b| b.get_ref().clone());
    let chapter = raw
        .chapter
        .filter(|c| chapter_exists(doc, manual, c, diags))
        .map(Spanned::into_inner);
    let ctx = Ctx {
        doc,
        files,
        manual,
        known,
        page,
        units,
        variants,
    };
    let mut field_ids = Unique::new();
    let mut elements = Vec::new();
    for raw_element in raw.element {
        let start = raw_element.span().start;
        let e = raw_element.into_inner();
        if let Some(id) = &e.id
            && !(check_id(doc, id, diags) && field_ids.add(doc, id, "element", diags))
        {
            continue;
        }
        if let Some(el) = element(&ctx, start, e, diags) {
            elements.push(el);
        }
    }
    let pages = raw
        .pages_da
        .into_iter()
        .enumerate()
        .map(|(i, da)| Text::new(da, raw.pages_en.get(i).cloned()))
        .collect();
    Some(Template {
        id: raw.id.into_inner(),
        kind,
        name: Text::new(raw.name_da, raw.name_en),
        description: raw
            .description_da
            .map(|da| Text::new(da, raw.description_en)),
        design: design.id.clone(),
        variants: ctx.variants,
        background,
        pages,
        chapter,
        units,
        elements,
    })
}

fn units_name(units: Units) -> &'static str {
    match units {
        Units::Mm => "mm",
        Units::Px => "px",
    }
}

/// The page of a preset in its own units. Presets without a fixed height (signatures) get an unbounded page.
fn page_of(preset: &Preset) -> ((f64, f64), Units) {
    match preset.size {
        PresetSize::Mm { width, height } => ((width, height), Units::Mm),
        PresetSize::Px { width, height } => (
            (f64::from(width), height.map_or(f64::INFINITY, f64::from)),
            Units::Px,
        ),
    }
}

/// A preset by id; a dangling id is reported unless presets.toml has a syntax error (that is the one problem).
fn preset_ref<'m>(
    doc: &Doc<'_>,
    manual: &'m Manual,
    known: &Known,
    id: &S<String>,
    diags: &mut Diagnostics,
) -> Option<&'m Preset> {
    let p = manual.preset(id.get_ref());
    if p.is_none() && !known.presets_broken {
        doc.error_at(
            diags,
            id,
            Message::new("load-dangling")
                .arg("kind", "preset")
                .arg("id", id.get_ref()),
        );
    }
    p
}

/// Whether a palette id resolves; a colour that is written in colors.toml but broken is reported there, not
/// again here.
fn palette_ref(
    doc: &Doc<'_>,
    manual: &Manual,
    known: &Known,
    id: &S<String>,
    what: &'static str,
    diags: &mut Diagnostics,
) -> bool {
    let ok = manual.color(id.get_ref()).is_some();
    if !ok && !known.colors.contains(id.get_ref()) && !known.colors_broken {
        doc.error_at(
            diags,
            id,
            Message::new("load-template-not-palette")
                .arg("key", what)
                .arg("id", id.get_ref()),
        );
    }
    ok
}

/// The element's kind and the keys that belong to it (others are warned about).
fn kind_keys(kind: &str) -> Option<&'static [&'static str]> {
    Some(match kind {
        "block" => &["color"],
        "graphic" => &["file"],
        "logo" => &["lockup", "colorway"],
        "text" => &[
            "role",
            "weight",
            "font_size",
            "line_height",
            "max_lines",
            "align",
            "valign",
            "colors",
            "default_da",
            "default_en",
            "source",
            "editable",
        ],
        "photo" => &[
            "min_ppi_print",
            "min_ppi_screen",
            "overlay",
            "overlay_opacity",
            "placeholder",
        ],
        "qr" => &["colors", "background", "min_module_mm", "default"],
        _ => return None,
    })
}

/// The kind-specific keys an element sets.
fn keys_set(e: &RawElement) -> Vec<&'static str> {
    let set = [
        ("color", e.color.is_some()),
        ("file", e.file.is_some()),
        ("lockup", e.lockup.is_some()),
        ("colorway", e.colorway.is_some()),
        ("role", e.role.is_some()),
        ("weight", e.weight.is_some()),
        ("font_size", e.font_size.is_some()),
        ("line_height", e.line_height.is_some()),
        ("max_lines", e.max_lines.is_some()),
        ("align", e.align.is_some()),
        ("valign", e.valign.is_some()),
        ("colors", e.colors.is_some()),
        ("default_da", e.default_da.is_some()),
        ("default_en", e.default_en.is_some()),
        ("source", e.source.is_some()),
        ("editable", e.editable.is_some()),
        ("min_ppi_print", e.min_ppi_print.is_some()),
        ("min_ppi_screen", e.min_ppi_screen.is_some()),
        ("overlay", e.overlay.is_some()),
        ("overlay_opacity", e.overlay_opacity.is_some()),
        ("placeholder", e.placeholder.is_some()),
        ("background", e.background.is_some()),
        ("min_module_mm", e.min_module_mm.is_some()),
        ("default", e.default.is_some()),
    ];
    set.into_iter()
        .filter(|(_, s)| *s)
        .map(|(k, _)| k)
        .collect()
}

fn element(
    ctx: &Ctx<'_, '_>,
    start: usize,
    e: RawElement,
    diags: &mut Diagnostics,
) -> Option<Element> {
    let doc = ctx.doc;
    let kind = e.kind.get_ref().as_str();
    let Some(keys) = kind_keys(kind) else {
        doc.error_at(
            diags,
            &e.kind,
            Message::new("load-template-element-kind").arg("found", kind),
        );
        return None;
    };
    for key in keys_set(&e) {
        if !keys.contains(&key) {
            doc.report(
                diags,
                Severity::Warning,
                start,
                Message::new("load-template-key-kind")
                    .arg("key", key)
                    .arg("kind", kind),
            );
        }
    }
    let rect = rect(ctx, &e, diags)?;
    let page = match &e.page {
        Some(p) if !(1..=16).contains(p.get_ref()) => {
            doc.error_at(
                diags,
                p,
                Message::new("load-template-range")
                    .arg("key", "page")
                    .arg("found", p.get_ref())
                    .arg("min", 1)
                    .arg("max", 16),
            );
            return None;
        }
        Some(p) => *p.get_ref() as u32,
        None => 1,
    };
    let mut only = Vec::new();
    for v in &e.only {
        if ctx.variants.contains(v.get_ref()) {
            only.push(v.get_ref().clone());
        } else {
            doc.error_at(
                diags,
                v,
                Message::new("load-template-only").arg("id", v.get_ref()),
            );
        }
    }
    let is_field = matches!(kind, "text" | "photo" | "qr");
    let label = match (&e.name_da, is_field) {
        (Some(da), _) => Some(Text::new(da.clone(), e.name_en.clone())),
        (None, true) => {
            doc.error_at(
                diags,
                &e.kind,
                Message::new("load-template-field-label").arg("kind", kind),
            );
            return None;
        }
        (None, false) => None,
    };
    if is_field && e.id.is_none() {
        doc.error_at(
            diags,
            &e.kind,
            Message::new("load-template-field-id").arg("kind", kind),
        );
        return None;
    }
    let kind = match kind {
        "block" => ElementKind::Block {
            color: required_color(ctx, &e.color, &e.kind, "color", diags)?,
        },
        "graphic" => graphic(ctx, &e, diags)?,
        "logo" => ElementKind::Logo(LogoSlot {
            lockup: e.lockup.as_ref().map(|l| l.get_ref().clone()),
            colorway: e.colorway.as_ref().map(|c| c.get_ref().clone()),
        }),
        "text" => ElementKind::Text(text_field(ctx, &e, diags)?),
        "photo" => ElementKind::Photo(photo_field(ctx, &e, diags)?),
        _ => ElementKind::Qr(qr_field(ctx, &e, diags)?),
    };
    Some(Element {
        id: e.id.map(Spanned::into_inner),
        label,
        required: e.required.unwrap_or(false),
        page,
        only,
        rect,
        kind,
    })
}

fn rect(ctx: &Ctx<'_, '_>, e: &RawElement, diags: &mut Diagnostics) -> Option<Rect> {
    let r = Rect {
        x: *e.x.get_ref(),
        y: *e.y.get_ref(),
        w: *e.width.get_ref(),
        h: *e.height.get_ref(),
    };
    let (pw, ph) = ctx.page;
    let finite = [r.x, r.y, r.w, r.h].iter().all(|v| v.is_finite());
    let page = Rect {
        x: 0.0,
        y: 0.0,
        w: pw,
        h: ph,
    };
    if !finite || r.w <= 0.0 || r.h <= 0.0 || !page.contains(&r) {
        let unit = units_name(ctx.units);
        let page_h = if ph.is_finite() {
            format!("{ph}")
        } else {
            "any".to_owned()
        };
        ctx.doc.error_at(
            diags,
            &e.x,
            Message::new("load-template-fit")
                .arg("x", r.x)
                .arg("y", r.y)
                .arg("width", r.w)
                .arg("height", r.h)
                .arg("unit", unit)
                .arg("page-width", pw)
                .arg("page-height", page_h),
        );
        return None;
    }
    Some(r)
}

fn required_color(
    ctx: &Ctx<'_, '_>,
    value: &Option<S<String>>,
    at: &S<String>,
    key: &'static str,
    diags: &mut Diagnostics,
) -> Option<String> {
    match value {
        Some(c) => {
            palette_ref(ctx.doc, ctx.manual, ctx.known, c, key, diags).then(|| c.get_ref().clone())
        }
        None => {
            ctx.doc.error_at(
                diags,
                at,
                Message::new("load-template-needs").arg("key", key),
            );
            None
        }
    }
}

fn graphic(ctx: &Ctx<'_, '_>, e: &RawElement, diags: &mut Diagnostics) -> Option<ElementKind> {
    let Some(file) = &e.file else {
        ctx.doc.error_at(
            diags,
            &e.kind,
            Message::new("load-template-needs").arg("key", "file"),
        );
        return None;
    };
    let rel = match resolve(FILE, file.get_ref()) {
        Ok(rel) => rel,
        Err(err) => {
            ctx.doc.error_at(diags, file, err.message());
            return None;
        }
    };
    let artwork = load_artwork(ctx.files, ctx.doc, ctx.known, file, rel.clone(), diags)?;
    Some(ElementKind::Graphic { artwork, file: rel })
}

/// A list of palette colours (at least one).
fn colors(
    ctx: &Ctx<'_, '_>,
    value: &Option<S<Vec<S<String>>>>,
    at: &S<String>,
    fallback: Option<&str>,
    diags: &mut Diagnostics,
) -> Option<Vec<String>> {
    let Some(list) = value else {
        return match fallback.filter(|f| ctx.manual.color(f).is_some()) {
            Some(f) => Some(vec![f.to_owned()]),
            None => {
                ctx.doc.error_at(
                    diags,
                    at,
                    Message::new("load-template-needs").arg("key", "colors"),
                );
                None
            }
        };
    };
    let mut out = Vec::new();
    for c in list.get_ref() {
        if palette_ref(ctx.doc, ctx.manual, ctx.known, c, "colors", diags)
            && !out.contains(c.get_ref())
        {
            out.push(c.get_ref().clone());
        }
    }
    let all_broken = list
        .get_ref()
        .iter()
        .all(|c| ctx.known.colors.contains(c.get_ref()));
    if out.is_empty() {
        if !all_broken && !ctx.known.colors_broken {
            ctx.doc.error_at(
                diags,
                list,
                Message::new("load-template-needs").arg("key", "colors"),
            );
        }
        return None;
    }
    Some(out)
}

/// The palette's darkest colour: the default ink for text and QR codes.
fn darkest(manual: &Manual) -> Option<&str> {
    manual
        .colors
        .iter()
        .min_by(|a, b| {
            crate::manual::color::relative_luminance(a.rgb)
                .total_cmp(&crate::manual::color::relative_luminance(b.rgb))
        })
        .map(|c| c.id.as_str())
}

fn positive(
    ctx: &Ctx<'_, '_>,
    value: &Option<S<f64>>,
    key: &'static str,
    range: (f64, f64),
    diags: &mut Diagnostics,
) -> Option<Option<f64>> {
    match value {
        None => Some(None),
        Some(v) if v.get_ref().is_finite() && (range.0..=range.1).contains(v.get_ref()) => {
            Some(Some(*v.get_ref()))
        }
        Some(v) => {
            ctx.doc.error_at(
                diags,
                v,
                Message::new("load-template-range")
                    .arg("key", key)
                    .arg("found", v.get_ref())
                    .arg("min", range.0)
                    .arg("max", range.1),
            );
            None
        }
    }
}

fn text_field(ctx: &Ctx<'_, '_>, e: &RawElement, diags: &mut Diagnostics) -> Option<TextField> {
    let doc = ctx.doc;
    let role = e
        .role
        .as_ref()
        .map_or_else(|| "body".to_owned(), |r| r.get_ref().clone());
    if !ctx.manual.families.iter().any(|f| f.roles.contains(&role)) {
        let at = e.role.as_ref().unwrap_or(&e.kind);
        doc.error_at(
            diags,
            at,
            Message::new("load-template-role").arg("role", &role),
        );
        return None;
    }
    let weight = match &e.weight {
        None => 400,
        Some(w) if (100..=900).contains(w.get_ref()) => *w.get_ref() as u16,
        Some(w) => {
            doc.error_at(
                diags,
                w,
                Message::new("load-template-range")
                    .arg("key", "weight")
                    .arg("found", w.get_ref())
                    .arg("min", 100)
                    .arg("max", 900),
            );
            return None;
        }
    };
    let (size_max, size_min) = match &e.font_size {
        Some(s) => match s.get_ref().as_slice() {
            [max, min] if *min > 0.0 && max >= min && *max <= MAX_FONT_SIZE => (*max, *min),
            [one] if *one > 0.0 && *one <= MAX_FONT_SIZE => (*one, *one),
            _ => {
                doc.error_at(
                    diags,
                    s,
                    Message::new("load-template-font-size").arg("max", MAX_FONT_SIZE),
                );
                return None;
            }
        },
        None => {
            doc.error_at(
                diags,
                &e.kind,
                Message::new("load-template-needs").arg("key", "font_size"),
            );
            return None;
        }
    };
    let line_height =
        positive(ctx, &e.line_height, "line_height", (0.8, 3.0), diags)?.unwrap_or(1.2);
    let max_lines = match &e.max_lines {
        None => 1,
        Some(n) if (1..=200).contains(n.get_ref()) => *n.get_ref() as u32,
        Some(n) => {
            doc.error_at(
                diags,
                n,
                Message::new("load-template-range")
                    .arg("key", "max_lines")
                    .arg("found", n.get_ref())
                    .arg("min", 1)
                    .arg("max", 200),
            );
            return None;
        }
    };
    let colors = colors(ctx, &e.colors, &e.kind, darkest(ctx.manual), diags)?;
    let source = match &e.source {
        None => None,
        Some(s) => match Source::parse(s.get_ref()) {
            Some(src) => Some(src),
            None => {
                let sources: Vec<&str> = Source::ALL.iter().map(|s| s.id()).collect();
                doc.error_at(
                    diags,
                    s,
                    Message::new("load-template-source")
                        .arg("found", s.get_ref())
                        .arg("known", sources.join(", ")),
                );
                return None;
            }
        },
    };
    let default = match &e.default_da {
        Some(d) if d.get_ref().chars().count() > MAX_DEFAULT_CHARS || has_control(d.get_ref()) => {
            doc.error_at(
                diags,
                d,
                Message::new("load-template-default").arg("max", MAX_DEFAULT_CHARS),
            );
            return None;
        }
        Some(d) => Some(Text::new(d.get_ref().clone(), e.default_en.clone())),
        None => None,
    };
    Some(TextField {
        role,
        weight,
        size_max,
        size_min,
        line_height,
        max_lines,
        align: e.align.unwrap_or_default(),
        valign: e.valign.unwrap_or_default(),
        colors,
        default,
        source,
        editable: e.editable.unwrap_or(!source.is_some_and(Source::is_sender)),
    })
}

fn has_control(s: &str) -> bool {
    s.chars().any(|c| c.is_control() && c != '\n')
}

fn photo_field(ctx: &Ctx<'_, '_>, e: &RawElement, diags: &mut Diagnostics) -> Option<PhotoField> {
    let min_ppi_print = positive(
        ctx,
        &e.min_ppi_print,
        "min_ppi_print",
        (1.0, 10_000.0),
        diags,
    )?;
    let min_ppi_screen = positive(
        ctx,
        &e.min_ppi_screen,
        "min_ppi_screen",
        (1.0, 10_000.0),
        diags,
    )?;
    let overlay = match &e.overlay {
        Some(o) => Some(
            palette_ref(ctx.doc, ctx.manual, ctx.known, o, "overlay", diags)
                .then(|| o.get_ref().clone())?,
        ),
        None => None,
    };
    let overlay_opacity = positive(
        ctx,
        &e.overlay_opacity,
        "overlay_opacity",
        (0.0, 1.0),
        diags,
    )?
    .unwrap_or(1.0);
    let placeholder = match &e.placeholder {
        Some(p) => palette_ref(ctx.doc, ctx.manual, ctx.known, p, "placeholder", diags)
            .then(|| p.get_ref().clone())?,
        None => lightest(ctx.manual).unwrap_or_default().to_owned(),
    };
    Some(PhotoField {
        min_ppi_print,
        min_ppi_screen,
        overlay,
        overlay_opacity,
        placeholder,
    })
}

/// The palette's lightest colour: the default ground for QR codes and empty photo frames.
fn lightest(manual: &Manual) -> Option<&str> {
    manual
        .colors
        .iter()
        .max_by(|a, b| {
            crate::manual::color::relative_luminance(a.rgb)
                .total_cmp(&crate::manual::color::relative_luminance(b.rgb))
        })
        .map(|c| c.id.as_str())
}

fn qr_field(ctx: &Ctx<'_, '_>, e: &RawElement, diags: &mut Diagnostics) -> Option<QrField> {
    let colors = colors(ctx, &e.colors, &e.kind, darkest(ctx.manual), diags)?;
    let background = match &e.background {
        Some(b) => palette_ref(ctx.doc, ctx.manual, ctx.known, b, "background", diags)
            .then(|| b.get_ref().clone())?,
        None => lightest(ctx.manual).unwrap_or_default().to_owned(),
    };
    let min_module_mm =
        positive(ctx, &e.min_module_mm, "min_module_mm", (0.05, 100.0), diags)?.unwrap_or(0.4);
    let default = match &e.default {
        Some(d) if d.get_ref().chars().count() > MAX_DEFAULT_CHARS || has_control(d.get_ref()) => {
            ctx.doc.error_at(
                diags,
                d,
                Message::new("load-template-default").arg("max", MAX_DEFAULT_CHARS),
            );
            return None;
        }
        Some(d) => Some(d.get_ref().clone()),
        None => None,
    };
    let square = (e.width.get_ref() / e.height.get_ref() - 1.0).abs() < 0.01;
    if !square {
        ctx.doc.report(
            diags,
            Severity::Warning,
            e.width.span().start,
            Message::new("load-template-qr-square"),
        );
    }
    Some(QrField {
        colors,
        background,
        min_module_mm,
        default,
    })
}
