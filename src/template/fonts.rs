//! The manual's fonts for templates: one font database shared by measuring and rendering (usvg resolves a
//! `<text>` with the same query, so a line measured here is the line drawn), shaping with harfrust (the
//! shaper usvg uses) and a cache of measured words, so that re-fitting a field on a keystroke costs little.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use harfrust::{FontRef, ShaperData, UnicodeBuffer};
use hyphenation::{Hyphenator, Language, Load, Standard};
use read_fonts::TableProvider;
use resvg::usvg::fontdb;

use crate::manual::Manual;

/// The Danish hyphenation patterns (TeX `hyph-da`, built by the `hyphenation` crate 0.8.4; MIT licence, see
/// `assets/hyphenation/README.md`).
const DANISH: &[u8] = include_bytes!("../../assets/hyphenation/da.standard.bincode");

/// Above this many cached words the cache starts over (a long session must not grow without bound).
const CACHE_LIMIT: usize = 50_000;

/// Which face of [`Fonts`] (an index).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FaceId(usize);

/// A face ready for shaping.
struct Face {
    data: Arc<dyn AsRef<[u8]> + Send + Sync>,
    index: u32,
    shaper: ShaperData,
    /// Units per em.
    upem: f32,
    /// Ascender and descender in em (descender negative).
    ascender: f32,
    descender: f32,
    /// The family name to write into `<text font-family>`.
    family: String,
    weight: u16,
}

/// The fonts of a manual, shaped and measured.
pub struct Fonts {
    db: Arc<fontdb::Database>,
    faces: Vec<Face>,
    /// `(face, text)` → advance in em.
    widths: Mutex<HashMap<(FaceId, Box<str>), f32>>,
}

impl std::fmt::Debug for Fonts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Fonts")
            .field("faces", &self.faces.len())
            .finish_non_exhaustive()
    }
}

impl Fonts {
    /// Loads the manual's bundled fonts.
    pub fn new(manual: &Manual) -> Fonts {
        // The database usvg renders with (the manual's fonts only): measuring and drawing agree.
        let db = crate::render::options(manual).fontdb;
        let mut faces = Vec::new();
        for info in db.faces() {
            // Only bundled fonts are loaded (never files or system fonts), so every source is binary.
            #[allow(irrefutable_let_patterns)]
            let fontdb::Source::Binary(data) = &info.source else {
                continue;
            };
            let bytes: &[u8] = (**data).as_ref();
            let Ok(font) = FontRef::from_index(bytes, info.index) else {
                continue;
            };
            let (upem, ascender, descender) = metrics(&font);
            let family = info
                .families
                .first()
                .map(|(name, _)| name.clone())
                .unwrap_or_default();
            faces.push(Face {
                shaper: ShaperData::new(&font),
                data: data.clone(),
                index: info.index,
                upem,
                ascender,
                descender,
                family,
                weight: info.weight.0,
            });
        }
        Fonts {
            db,
            faces,
            widths: Mutex::new(HashMap::new()),
        }
    }

    /// The font database (for usvg).
    pub fn database(&self) -> Arc<fontdb::Database> {
        self.db.clone()
    }

    /// The face for a typeface role and weight: the manual's family with that role if it has bundled files,
    /// else the first family that has (the sans-serif family usvg falls back to), nearest weight.
    pub fn face(&self, manual: &Manual, role: &str, weight: u16) -> Option<FaceId> {
        let family = manual
            .families
            .iter()
            .find(|f| f.roles.iter().any(|r| r == role) && !f.data.is_empty())
            .or_else(|| manual.families.iter().find(|f| !f.data.is_empty()))?;
        let query = fontdb::Query {
            families: &[fontdb::Family::Name(&family.name)],
            weight: fontdb::Weight(weight),
            ..fontdb::Query::default()
        };
        let id = self.db.query(&query)?;
        let info = self.db.face(id)?;
        self.faces
            .iter()
            .position(|f| {
                f.index == info.index && f.family == family.name && f.weight == info.weight.0
            })
            .map(FaceId)
    }

    /// Family name and weight to write into SVG for a face.
    pub fn css(&self, face: FaceId) -> (&str, u16) {
        let f = &self.faces[face.0];
        (&f.family, f.weight)
    }

    /// Ascender and descender in em (descender negative).
    pub fn vertical(&self, face: FaceId) -> (f32, f32) {
        let f = &self.faces[face.0];
        (f.ascender, f.descender)
    }

    /// The advance of a text in em, shaped as usvg shapes it (kerning and ligatures included); cached.
    pub fn width_em(&self, face: FaceId, text: &str) -> f32 {
        if text.is_empty() {
            return 0.0;
        }
        let key = (face, Box::<str>::from(text));
        if let Ok(cache) = self.widths.lock()
            && let Some(w) = cache.get(&key)
        {
            return *w;
        }
        let w = self.shape_em(face, text);
        if let Ok(mut cache) = self.widths.lock() {
            if cache.len() >= CACHE_LIMIT {
                cache.clear();
            }
            cache.insert(key, w);
        }
        w
    }

    fn shape_em(&self, face: FaceId, text: &str) -> f32 {
        let f = &self.faces[face.0];
        let bytes: &[u8] = (*f.data).as_ref();
        let Ok(font) = FontRef::from_index(bytes, f.index) else {
            return 0.0;
        };
        let shaper = f.shaper.shaper(&font).build();
        let mut buffer = UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        let glyphs = shaper.shape(buffer, harfrust::ShapeOptions::new());
        let advance: i64 = glyphs
            .glyph_positions()
            .iter()
            .map(|p| i64::from(p.x_advance))
            .sum();
        advance as f32 / f.upem
    }
}

/// Units per em, ascender and descender (em) from `head` and `hhea`; sensible defaults for a broken font.
fn metrics(font: &FontRef<'_>) -> (f32, f32, f32) {
    let upem = font
        .head()
        .map(|h| f32::from(h.units_per_em()))
        .unwrap_or(1000.0)
        .max(16.0);
    let (asc, desc) = font
        .hhea()
        .map(|h| {
            (
                f32::from(h.ascender().to_i16()),
                f32::from(h.descender().to_i16()),
            )
        })
        .unwrap_or((0.8 * upem, -0.2 * upem));
    (upem, asc / upem, desc / upem)
}

/// Danish hyphenation, loaded once.
pub fn danish() -> Option<&'static Standard> {
    static DICT: OnceLock<Option<Standard>> = OnceLock::new();
    DICT.get_or_init(|| Standard::from_reader(Language::Danish, &mut &DANISH[..]).ok())
        .as_ref()
}

/// The byte offsets inside `word` where it may be hyphenated.
pub fn hyphenation_points(word: &str) -> Vec<usize> {
    danish().map_or_else(Vec::new, |d| d.hyphenate(word).breaks)
}
