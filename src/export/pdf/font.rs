//! Fonts embedded as subsets: one Type0 font (Identity-H) per font file and face across the whole document,
//! with a CIDFontType2 (TrueType outlines, `FontFile2`) or CIDFontType0 (CFF outlines, `FontFile3
//! /CIDFontType0C`) descendant, the glyph widths and a `ToUnicode` CMap, so that text extracts exactly.
//!
//! Subsetting is done by `subsetter` (typst's subsetter): it keeps only the glyphs used and renumbers them
//! consecutively, so the new glyph id is the CID (`CIDToGIDMap /Identity`).

use std::collections::{BTreeMap, HashMap};
use std::hash::{Hash, Hasher};

use pdf_writer::types::{CidFontType, FontFlags, SystemInfo, UnicodeCmap};
use pdf_writer::{Filter, Finish, Name, Pdf, Rect, Ref, Str};
use resvg::usvg::fontdb;
use subsetter::GlyphRemapper;

use super::super::ExportError;

/// The character collection of every CID font we write: glyphs are addressed by (renumbered) glyph id.
const IDENTITY: SystemInfo<'static> = SystemInfo {
    registry: Str(b"Adobe"),
    ordering: Str(b"Identity"),
    supplement: 0,
};

/// Identifies a font file and face by its content, so that trees parsed with different font databases share
/// one subset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct FaceKey {
    hash: u64,
    len: usize,
    index: u32,
}

/// One font face used in the document.
struct Face {
    /// The whole font file.
    data: Vec<u8>,
    /// Face index in a collection.
    index: u32,
    /// The Type0 font object, referenced from the page resources.
    font_ref: Ref,
    /// Old glyph id → new glyph id (= CID).
    remapper: GlyphRemapper,
    /// CID → the text it stands for (first use wins).
    text: BTreeMap<u16, String>,
    /// The PostScript name (or the family name with spaces removed).
    name: String,
    /// Font units per em.
    units_per_em: f32,
}

/// Why a face is drawn as outlines rather than embedded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NotEmbeddable {
    /// The font's licence bits forbid embedding.
    Restricted,
    /// The font cannot be parsed (or is a format the subsetter does not handle).
    Unreadable,
}

/// The fonts of a document.
#[derive(Default)]
pub(crate) struct Fonts {
    faces: Vec<Face>,
    by_key: HashMap<FaceKey, Result<usize, NotEmbeddable>>,
}

impl Fonts {
    /// The face for a font of a tree's database, registering it on first use; `next` allocates its object.
    pub fn face(
        &mut self,
        db: &fontdb::Database,
        id: fontdb::ID,
        next: &mut Ref,
    ) -> Result<usize, NotEmbeddable> {
        let found = db.with_face_data(id, |data, index| {
            let key = key_of(data, index);
            if let Some(known) = self.by_key.get(&key) {
                return *known;
            }
            let registered = register(data, index).map(|(name, units_per_em)| {
                self.faces.push(Face {
                    data: data.to_vec(),
                    index,
                    font_ref: next.bump(),
                    remapper: GlyphRemapper::new(),
                    text: BTreeMap::new(),
                    name,
                    units_per_em,
                });
                self.faces.len() - 1
            });
            self.by_key.insert(key, registered);
            registered
        });
        found.unwrap_or(Err(NotEmbeddable::Unreadable))
    }

    /// The resource name of a face.
    pub fn resource_name(face: usize) -> String {
        format!("F{face}")
    }

    /// The CID of a glyph of a face; `text` is what the glyph stands for (for `ToUnicode`).
    pub fn glyph(&mut self, face: usize, glyph: u16, text: &str) -> u16 {
        let face = &mut self.faces[face];
        let cid = face.remapper.remap(glyph);
        if !text.is_empty() {
            face.text.entry(cid).or_insert_with(|| text.to_owned());
        }
        cid
    }

    /// Font units per em of a face (glyph outlines and text matrices are in these units).
    pub fn units_per_em(&self, face: usize) -> f32 {
        self.faces[face].units_per_em
    }

    /// The Type0 font object of a face.
    pub fn font_ref(&self, face: usize) -> Ref {
        self.faces[face].font_ref
    }

    /// Writes every face as a subset.
    pub fn write(&self, pdf: &mut Pdf, next: &mut Ref) -> Result<(), ExportError> {
        self.faces
            .iter()
            .try_for_each(|face| write_face(pdf, next, face))
    }
}

fn key_of(data: &[u8], index: u32) -> FaceKey {
    let mut hasher = std::hash::DefaultHasher::new();
    data.hash(&mut hasher);
    FaceKey {
        hash: Hasher::finish(&hasher),
        len: data.len(),
        index,
    }
}

/// Checks that a face can be embedded; returns its name and units per em.
fn register(data: &[u8], index: u32) -> Result<(String, f32), NotEmbeddable> {
    let face = ttf_parser::Face::parse(data, index).map_err(|_| NotEmbeddable::Unreadable)?;
    if face.permissions() == Some(ttf_parser::Permissions::Restricted) {
        return Err(NotEmbeddable::Restricted);
    }
    let tables = face.tables();
    let has = |tag: &[u8; 4]| {
        face.raw_face()
            .table(ttf_parser::Tag::from_bytes(tag))
            .is_some()
    };
    if has(b"fvar") || has(b"CFF2") || (tables.glyf.is_none() && tables.cff.is_none()) {
        // A variable font (usvg shapes an instance; the subsetter would need its variable-fonts feature to
        // embed the same one) or colour/bitmap-only glyphs: drawn as outlines instead.
        return Err(NotEmbeddable::Unreadable);
    }
    if tables.colr.is_some()
        || tables.svg.is_some()
        || tables.sbix.is_some()
        || tables.cbdt.is_some()
    {
        return Err(NotEmbeddable::Unreadable);
    }
    Ok((postscript_name(&face), f32::from(face.units_per_em())))
}

/// The font's PostScript name, reduced to the characters a PDF name may hold without escaping.
fn postscript_name(face: &ttf_parser::Face<'_>) -> String {
    let names = face.names();
    let find = |id: u16| {
        names
            .into_iter()
            .filter(|n| n.name_id == id && n.is_unicode())
            .find_map(|n| n.to_string())
    };
    let name = find(ttf_parser::name_id::POST_SCRIPT_NAME)
        .or_else(|| find(ttf_parser::name_id::FAMILY))
        .unwrap_or_else(|| "Font".to_owned());
    let clean: String = name
        .chars()
        .filter(|c| c.is_ascii_graphic() && !"[](){}<>/%#".contains(*c))
        .take(60)
        .collect();
    if clean.is_empty() {
        "Font".to_owned()
    } else {
        clean
    }
}

/// The six-letter subset tag: derived from the glyphs kept, so equal subsets get equal tags.
fn subset_tag(face: &Face) -> String {
    let mut hasher = std::hash::DefaultHasher::new();
    face.name.hash(&mut hasher);
    for g in face.remapper.remapped_gids() {
        g.hash(&mut hasher);
    }
    let mut n = Hasher::finish(&hasher);
    (0..6)
        .map(|_| {
            let c = char::from(b'A' + (n % 26) as u8);
            n /= 26;
            c
        })
        .collect()
}

fn write_face(pdf: &mut Pdf, next: &mut Ref, face: &Face) -> Result<(), ExportError> {
    let font_error = |what: String| ExportError::Font {
        font: face.name.clone(),
        message: what,
    };
    let parsed =
        ttf_parser::Face::parse(&face.data, face.index).map_err(|e| font_error(e.to_string()))?;
    let subset = subsetter::subset(&face.data, face.index, &face.remapper)
        .map_err(|e| font_error(e.to_string()))?;
    let cff = parsed.tables().cff.is_some();
    // CFF outlines go in as the bare CFF table (FontFile3 /CIDFontType0C, PDF 1.3); TrueType as the subset file.
    let file = if cff {
        cff_table(&subset).ok_or_else(|| font_error("the subset has no CFF table".to_owned()))?
    } else {
        subset
    };

    let base_font = format!("{}+{}", subset_tag(face), face.name);
    let base_font = Name(base_font.as_bytes());
    let cid_ref = next.bump();
    let descriptor_ref = next.bump();
    let cmap_ref = next.bump();
    let file_ref = next.bump();

    pdf.type0_font(face.font_ref)
        .base_font(base_font)
        .encoding_predefined(Name(b"Identity-H"))
        .descendant_font(cid_ref)
        .to_unicode(cmap_ref);

    let units = f32::from(parsed.units_per_em());
    let scale = |v: f32| v / units * 1000.0;
    let mut cid = pdf.cid_font(cid_ref);
    cid.subtype(if cff {
        CidFontType::Type0
    } else {
        CidFontType::Type2
    })
    .base_font(base_font)
    .system_info(IDENTITY)
    .font_descriptor(descriptor_ref)
    .default_width(0.0);
    if !cff {
        cid.cid_to_gid_map_predefined(Name(b"Identity"));
    }
    let widths: Vec<f32> = face
        .remapper
        .remapped_gids()
        .map(|old| {
            parsed
                .glyph_hor_advance(ttf_parser::GlyphId(old))
                .map_or(0.0, |a| scale(f32::from(a)))
        })
        .collect();
    cid.widths().consecutive(0, widths);
    cid.finish();

    let bbox = parsed.global_bounding_box();
    let italic = parsed.italic_angle();
    let mut flags = FontFlags::SYMBOLIC;
    flags.set(FontFlags::ITALIC, parsed.is_italic() || italic != 0.0);
    flags.set(FontFlags::FIXED_PITCH, parsed.is_monospaced());
    let weight = f32::from(parsed.weight().to_number());
    let mut descriptor = pdf.font_descriptor(descriptor_ref);
    descriptor
        .name(base_font)
        .flags(flags)
        .bbox(Rect::new(
            scale(f32::from(bbox.x_min)),
            scale(f32::from(bbox.y_min)),
            scale(f32::from(bbox.x_max)),
            scale(f32::from(bbox.y_max)),
        ))
        .italic_angle(italic)
        .ascent(scale(f32::from(parsed.ascender())))
        .descent(scale(f32::from(parsed.descender())))
        .cap_height(scale(f32::from(
            parsed.capital_height().unwrap_or(parsed.ascender()),
        )))
        // No stem width in OpenType; the usual estimate from the weight class.
        .stem_v(10.0 + 0.244 * (weight - 50.0).max(0.0));
    if cff {
        descriptor.font_file3(file_ref);
    } else {
        descriptor.font_file2(file_ref);
    }
    descriptor.finish();

    let mut cmap = UnicodeCmap::new(Name(b"Custom"), IDENTITY);
    for (cid, text) in &face.text {
        cmap.pair_with_multiple(*cid, text.chars());
    }
    pdf.cmap(cmap_ref, &cmap.finish());

    let deflated = miniz_oxide::deflate::compress_to_vec_zlib(&file, 6);
    let mut stream = pdf.stream(file_ref, &deflated);
    stream.filter(Filter::FlateDecode);
    if cff {
        stream.pair(Name(b"Subtype"), Name(b"CIDFontType0C"));
    } else {
        stream.pair(Name(b"Length1"), file.len() as i32);
    }
    stream.finish();
    Ok(())
}

/// The `CFF ` table of an OpenType font.
fn cff_table(font: &[u8]) -> Option<Vec<u8>> {
    let raw = ttf_parser::RawFace::parse(font, 0).ok()?;
    raw.table(ttf_parser::Tag::from_bytes(b"CFF "))
        .map(<[u8]>::to_vec)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plex() -> Vec<u8> {
        std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/manual/fonts/IBMPlexSans-Regular.ttf"
        ))
        .unwrap()
    }

    #[test]
    fn one_face_per_file_and_consecutive_cids() {
        let mut db = fontdb::Database::new();
        let data = std::sync::Arc::new(plex());
        db.load_font_source(fontdb::Source::Binary(data.clone()));
        let mut other = fontdb::Database::new();
        other.load_font_source(fontdb::Source::Binary(data));
        let id = db.faces().next().unwrap().id;
        let other_id = other.faces().next().unwrap().id;
        let mut fonts = Fonts::default();
        let mut next = Ref::new(1);
        let a = fonts.face(&db, id, &mut next).unwrap();
        let b = fonts.face(&other, other_id, &mut next).unwrap();
        assert_eq!(a, b, "the same file in two databases is one face");
        assert_eq!(fonts.glyph(a, 70, "æ"), 1);
        assert_eq!(fonts.glyph(a, 80, "ø"), 2);
        assert_eq!(fonts.glyph(a, 70, "æ"), 1);
        assert_eq!(fonts.faces[a].name, "IBMPlexSans-Regular");
        let tag = subset_tag(&fonts.faces[a]);
        assert_eq!(tag.len(), 6);
        assert!(tag.chars().all(|c| c.is_ascii_uppercase()));
    }
}
