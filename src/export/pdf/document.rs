//! Multi-page PDF documents: [`Document`] collects [`Page`]s (each a usvg tree and its paper geometry) and
//! writes them into one file with one subset per font, one resource dictionary, one output intent and one
//! Info/XMP identity.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::Path;
use std::sync::Arc;

use pdf_writer::writers::{ColorSpace, ExtGraphicsState, Resources, Separation};
use pdf_writer::{Content, Filter, Finish, Name, Pdf, Ref};
use resvg::usvg;
use sha2::{Digest, Sha256};

use crate::manual::{Cmyk, Manual, Rgb};
use crate::stamp::Stamp;

use super::super::ExportError;
use super::super::atomic;
use super::super::moment::Moment;
use super::draw::Drawing;
use super::font::Fonts;
use super::ink::{Inks, Spot};
use super::pdfx::{self, Identity, Standard};
use super::photo::{self, Photos};
use super::sheet::{MARK_WIDTH_PT, PT_PER_MM, Sheet};

/// Resource name of the registration colour (Separation `/All`) for crop marks.
const REGISTRATION: Name<'static> = Name(b"Reg");

/// One page: a usvg tree and where it goes on paper.
///
/// The tree's whole canvas (`tree.size()`) is the bleed box: the trim plus the bleed on every side, origin at
/// the top-left, y down — the way [`crate::render::scene`] composes exports.
pub struct Page<'t> {
    tree: &'t usvg::Tree,
    trim_pt: (f64, f64),
    bleed_pt: f64,
    crop_marks: bool,
    background: Option<(Rgb, Cmyk)>,
    spots: Vec<String>,
    source: String,
}

impl<'t> Page<'t> {
    /// A page whose trim is `width_mm × height_mm`, without bleed or crop marks.
    pub fn mm(tree: &'t usvg::Tree, width_mm: f64, height_mm: f64) -> Page<'t> {
        Page::pt(tree, width_mm * PT_PER_MM, height_mm * PT_PER_MM)
    }

    /// A page whose trim is `width × height` points.
    pub fn pt(tree: &'t usvg::Tree, width: f64, height: f64) -> Page<'t> {
        Page {
            tree,
            trim_pt: (width, height),
            bleed_pt: 0.0,
            crop_marks: false,
            background: None,
            spots: Vec::new(),
            source: "(page)".to_owned(),
        }
    }

    /// Bleed on every side, in mm (the tree covers trim + bleed).
    pub fn bleed_mm(self, mm: f64) -> Page<'t> {
        self.bleed_pt(mm * PT_PER_MM)
    }

    /// Bleed on every side, in points.
    pub fn bleed_pt(mut self, pt: f64) -> Page<'t> {
        self.bleed_pt = pt.max(0.0);
        self
    }

    /// Crop marks in registration colour outside the bleed (6 mm long, at least 3 mm from the trim).
    pub fn crop_marks(mut self, on: bool) -> Page<'t> {
        self.crop_marks = on;
        self
    }

    /// A background under the tree over the whole bleed box: a palette colour's screen value and its
    /// authored (or tinted) CMYK.
    pub fn background(mut self, rgb: Rgb, cmyk: Cmyk) -> Page<'t> {
        self.background = Some((rgb, cmyk));
        self
    }

    /// In print, the tree's uses of this palette colour print on its Pantone Separation (`pantone_c`) rather
    /// than in CMYK.
    pub fn spot(mut self, color_id: impl Into<String>) -> Page<'t> {
        self.spots.push(color_id.into());
        self
    }

    /// What the page shows (an artwork path, "page 3 of the design manual"), named in error messages.
    pub fn source(mut self, what: impl Into<String>) -> Page<'t> {
        self.source = what.into();
        self
    }
}

/// What a document is for.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Purpose {
    /// Print: authored CMYK, spot colours, page boxes, PDF/X with this output condition.
    Print(String),
    /// Screen: sRGB, no PDF/X.
    Screen,
}

/// Everything written so far that pages share: the objects, fonts, photos and graphics states.
pub(crate) struct Output {
    /// The file being written.
    pub pdf: Pdf,
    /// The next free object id.
    pub next: Ref,
    /// Fonts (subsets written at the end).
    pub fonts: Fonts,
    /// Photo conversion.
    pub photos: Photos,
    /// Image XObjects; image `i` is resource `/Im{i}`.
    pub images: Vec<Ref>,
    /// Fill/stroke alpha pairs; pair `i` is ExtGState `/GS{i}`. Any entry means transparency.
    pub alphas: Vec<(f32, f32)>,
    /// Whether an image has a soft mask (transparency).
    pub soft_masks: bool,
    /// Spot colours; spot `i` is Separation [`spot_name`]`(i)`.
    pub spots: Vec<Spot>,
    /// What the page being drawn uses.
    pub used: Used,
}

/// The resources one page uses (indices into the document's fonts, images, alpha states and spots).
#[derive(Debug, Clone, Default)]
pub(crate) struct Used {
    /// Font faces.
    pub fonts: BTreeSet<usize>,
    /// Images.
    pub images: BTreeSet<usize>,
    /// Alpha states.
    pub alphas: BTreeSet<usize>,
    /// Spot colours.
    pub spots: BTreeSet<usize>,
    /// Whether the crop marks use the registration colour.
    pub registration: bool,
}

/// A page whose dictionary is written at the end, when every font it uses has its object.
struct Written {
    id: Ref,
    content: Ref,
    sheet: Sheet,
    used: Used,
}

/// The resource name of the `i`-th spot colour's Separation (`/Spot`, `/Spot1`, …).
pub(crate) fn spot_name(i: usize) -> String {
    if i == 0 {
        "Spot".to_owned()
    } else {
        format!("Spot{i}")
    }
}

/// A PDF being built, page by page. Print documents hold the manual's authored CMYK (and Pantone
/// Separations), page boxes and PDF/X identification; screen documents hold sRGB.
///
/// Pages are written as they are added (their trees can be dropped afterwards); fonts are subset and written
/// by [`Document::finish`]. After an error from [`Document::add_page`] the document should be dropped.
pub struct Document<'m> {
    manual: &'m Manual,
    purpose: Purpose,
    title: String,
    moment: Moment,
    stamp: Stamp,
    out: Output,
    catalog_id: Ref,
    pages_id: Ref,
    pages: Vec<Written>,
    hash: Sha256,
}

impl<'m> Document<'m> {
    /// A print document for the FOGRA39 output condition (the profile that ships with the program).
    pub fn print(manual: &'m Manual) -> Document<'m> {
        Document::print_for(manual, pdfx::FOGRA39)
    }

    /// A print document for an output condition (e.g. a preset's `output_intent`). Only FOGRA39 has its
    /// profile embedded; photos can only be separated for it.
    pub fn print_for(manual: &'m Manual, condition: &str) -> Document<'m> {
        let condition = condition.trim();
        let condition = if condition.is_empty() {
            pdfx::FOGRA39
        } else {
            condition
        };
        Document::new(manual, Purpose::Print(condition.to_owned()))
    }

    /// A screen document (sRGB, no PDF/X).
    pub fn screen(manual: &'m Manual) -> Document<'m> {
        Document::new(manual, Purpose::Screen)
    }

    fn new(manual: &'m Manual, purpose: Purpose) -> Document<'m> {
        let profile = match &purpose {
            Purpose::Print(c) if c.eq_ignore_ascii_case(pdfx::FOGRA39) => Some(pdfx::FOGRA39_ICC),
            _ => None,
        };
        let mut next = Ref::new(1);
        let catalog_id = next.bump();
        let pages_id = next.bump();
        Document {
            manual,
            purpose,
            title: manual.programme.name.da.clone(),
            moment: Moment::now(),
            stamp: Stamp::new(manual, &()),
            out: Output {
                pdf: Pdf::new(),
                next,
                fonts: Fonts::default(),
                photos: Photos::new(profile),
                images: Vec::new(),
                alphas: Vec::new(),
                soft_masks: false,
                spots: Vec::new(),
                used: Used::default(),
            },
            catalog_id,
            pages_id,
            pages: Vec::new(),
            hash: Sha256::new(),
        }
    }

    /// The document title (Info `Title`, XMP `dc:title`); default: the programme's Danish name.
    pub fn title(mut self, title: impl Into<String>) -> Document<'m> {
        self.title = title.into();
        self
    }

    /// The provenance stamp (manual, version, request) written into the Info dictionary and the XMP; default:
    /// the manual with no request.
    pub fn stamp(mut self, stamp: Stamp) -> Document<'m> {
        self.stamp = stamp;
        self
    }

    /// The creation time written into the file (default: now, or `SOURCE_DATE_EPOCH`).
    pub fn moment(mut self, moment: Moment) -> Document<'m> {
        self.moment = moment;
        self
    }

    /// Whether this is a print document.
    pub fn is_print(&self) -> bool {
        matches!(self.purpose, Purpose::Print(_))
    }

    /// The ICC profile photos are separated for: the output intent's profile of a print document for
    /// FOGRA39, else `None` (photos then stay RGB and a print document refuses them).
    pub fn output_profile(&self) -> Option<&'static [u8]> {
        self.out.photos.output_profile()
    }

    /// Marks a JPEG that [`super::separate_jpeg`] made for [`Document::output_profile`]: a page image holding
    /// these very bytes (the same `Arc`, as given to the usvg tree) is written as it is, not converted again.
    pub fn separated_photo(&mut self, jpeg: Arc<Vec<u8>>) {
        self.out.photos.mark_separated(jpeg);
    }

    /// How many pages were added.
    pub fn page_count(&self) -> usize {
        self.pages.len()
    }

    /// Draws a page and appends it.
    pub fn add_page(&mut self, page: &Page<'_>) -> Result<(), ExportError> {
        let print = self.is_print();
        let spots = if print {
            self.page_spots(page)?
        } else {
            Vec::new()
        };
        let inks = Inks::new(self.manual, print, spots, page.source.clone());
        let size = page.tree.size();
        let sheet = Sheet::new(
            page.trim_pt,
            page.bleed_pt,
            page.crop_marks,
            (f64::from(size.width()), f64::from(size.height())),
        );

        self.out.used = Used::default();
        let mut content = Content::new();
        content.save_state();
        content.transform(sheet.scene_to_page);
        {
            let mut drawing = Drawing::new(
                &mut content,
                &inks,
                &mut self.out,
                page.tree.fontdb(),
                sheet.scene_to_page,
            );
            if let Some((rgb, cmyk)) = page.background {
                drawing.fill_rect(
                    inks.background(rgb, cmyk),
                    0.0,
                    0.0,
                    size.width(),
                    size.height(),
                );
            }
            drawing.group(page.tree.root())?;
        }
        content.restore_state();
        if !sheet.marks.is_empty() {
            self.out.used.registration = true;
            content.save_state();
            content.set_line_width(MARK_WIDTH_PT);
            content.set_stroke_color_space(REGISTRATION);
            content.set_stroke_color([1.0]);
            for [x0, y0, x1, y1] in &sheet.marks {
                content.move_to(*x0, *y0).line_to(*x1, *y1).stroke();
            }
            content.restore_state();
        }
        let content = content.finish();
        self.hash.update(content.as_slice());

        let id = self.out.next.bump();
        let content_id = self.out.next.bump();
        let deflated = miniz_oxide::deflate::compress_to_vec_zlib(&content, 6);
        self.out
            .pdf
            .stream(content_id, &deflated)
            .filter(Filter::FlateDecode);
        self.pages.push(Written {
            id,
            content: content_id,
            sheet,
            used: std::mem::take(&mut self.out.used),
        });
        Ok(())
    }

    /// The page's spot colours as (screen colour, the document's Separation index).
    fn page_spots(&mut self, page: &Page<'_>) -> Result<Vec<(Rgb, usize)>, ExportError> {
        page.spots
            .iter()
            .map(|id| {
                let spot = Spot::of(self.manual, id).ok_or_else(|| ExportError::NoSpotName {
                    colorway: page.source.clone(),
                    color: id.clone(),
                })?;
                let rgb = spot.rgb;
                let index = match self.out.spots.iter().position(|s| s.name == spot.name) {
                    Some(i) => i,
                    None => {
                        self.out.spots.push(spot);
                        self.out.spots.len() - 1
                    }
                };
                Ok((rgb, index))
            })
            .collect()
    }

    /// What the document claims: PDF/X-1a for print without transparency, PDF/X-4 with it.
    fn standard(&self) -> Standard {
        match (
            &self.purpose,
            self.out.alphas.is_empty() && !self.out.soft_masks,
        ) {
            (Purpose::Print(_), true) => Standard::X1a,
            (Purpose::Print(_), false) => Standard::X4,
            (Purpose::Screen, _) => Standard::Screen,
        }
    }

    /// Writes the fonts, the shared resources and the document's identity; returns the file's bytes.
    pub fn finish(mut self) -> Result<Vec<u8>, ExportError> {
        if self.pages.is_empty() {
            return Err(ExportError::Request(
                "a PDF needs at least one page".to_owned(),
            ));
        }
        let standard = self.standard();
        let out = &mut self.out;
        out.fonts.write(&mut out.pdf, &mut out.next)?;
        self.write_pages();

        let out = &mut self.out;
        let (major, minor) = standard.pdf_version();
        out.pdf.set_version(major, minor);
        self.hash.update(self.title.as_bytes());
        self.hash.update(format!("{:?}", self.moment).as_bytes());
        let digest = std::mem::take(&mut self.hash).finalize();
        let mut id = [0u8; 16];
        id.copy_from_slice(&digest[..16]);
        let identity = Identity {
            title: &self.title,
            author: &self.manual.programme.organisation,
            moment: self.moment,
            id,
            standard,
            stamp: &self.stamp,
        };
        let xmp = pdfx::write_identity(&mut out.pdf, &mut out.next, &identity);
        let condition = match &self.purpose {
            Purpose::Print(c) => Some(c.as_str()),
            Purpose::Screen => None,
        };
        let profile = match condition {
            Some(c) => pdfx::output_intent_profile(&mut out.pdf, &mut out.next, c, standard)?,
            None => None,
        };
        let mut catalog = out.pdf.catalog(self.catalog_id);
        catalog.pages(self.pages_id);
        catalog.metadata(xmp);
        if let Some(c) = condition {
            let mut intents = catalog.output_intents();
            pdfx::output_intent(&mut intents.push(), c, profile);
        }
        catalog.finish();
        out.pdf
            .pages(self.pages_id)
            .kids(self.pages.iter().map(|p| p.id))
            .count(self.pages.len() as i32);
        Ok(self.out.pdf.finish())
    }

    /// Writes the document into a writer.
    pub fn write_to(self, out: &mut dyn Write) -> Result<(), ExportError> {
        let bytes = self.finish()?;
        out.write_all(&bytes)
            .map_err(|e| ExportError::encode("PDF", e))
    }

    /// Writes the document to a file atomically (temporary file + rename); an existing file is refused
    /// unless `force`.
    pub fn save(self, path: &Path, force: bool) -> Result<(), ExportError> {
        let bytes = self.finish()?;
        atomic::write_file(path, force, |w| {
            w.write_all(&bytes)
                .map_err(|e| ExportError::write(path, &e))
        })
    }

    /// The page dictionaries, each with the resources it uses.
    fn write_pages(&mut self) {
        let print = self.is_print();
        let Output {
            pdf,
            fonts,
            images,
            alphas,
            spots,
            ..
        } = &mut self.out;
        let shared = Shared {
            fonts,
            images,
            alphas,
            spots,
        };
        for page in &self.pages {
            let mut pdf_page = pdf.page(page.id);
            pdf_page
                .parent(self.pages_id)
                .media_box(page.sheet.media)
                .contents(page.content);
            if print {
                pdf_page
                    .bleed_box(page.sheet.bleed)
                    .trim_box(page.sheet.trim);
            }
            write_resources(&mut pdf_page.resources(), &page.used, &shared);
        }
    }
}

/// What pages' resource dictionaries point into.
struct Shared<'a> {
    fonts: &'a Fonts,
    images: &'a [Ref],
    alphas: &'a [(f32, f32)],
    spots: &'a [Spot],
}

/// A page's resource dictionary.
fn write_resources(resources: &mut Resources<'_>, used: &Used, out: &Shared<'_>) {
    if used.registration || !used.spots.is_empty() {
        let mut spaces = resources.color_spaces();
        if used.registration {
            let all = spaces.insert(REGISTRATION).start::<ColorSpace>();
            let mut sep = all.separation(Name(b"All"));
            sep.alternate_color_space().device_cmyk();
            separation_tint(&mut sep, [1.0; 4]);
        }
        for &i in &used.spots {
            let spot = &out.spots[i];
            let name = spot_name(i);
            let cs = spaces.insert(Name(name.as_bytes())).start::<ColorSpace>();
            let mut sep = cs.separation(Name(spot.name.as_bytes()));
            sep.alternate_color_space().device_cmyk();
            separation_tint(&mut sep, spot.cmyk.unit());
        }
    }
    if !used.alphas.is_empty() {
        let mut states = resources.ext_g_states();
        for &i in &used.alphas {
            let (fill, stroke) = out.alphas[i];
            states
                .insert(Name(format!("GS{i}").as_bytes()))
                .start::<ExtGraphicsState>()
                .non_stroking_alpha(fill)
                .stroking_alpha(stroke);
        }
    }
    if !used.fonts.is_empty() {
        let mut dict = resources.fonts();
        for &i in &used.fonts {
            dict.pair(
                Name(Fonts::resource_name(i).as_bytes()),
                out.fonts.font_ref(i),
            );
        }
    }
    if !used.images.is_empty() {
        let mut dict = resources.x_objects();
        for &i in &used.images {
            dict.pair(Name(photo::resource_name(i).as_bytes()), out.images[i]);
        }
    }
}

/// Tint transform of a Separation: 0 → no ink, 1 → the given CMYK.
fn separation_tint(sep: &mut Separation<'_>, cmyk: [f32; 4]) {
    sep.tint_exponential()
        .domain([0.0, 1.0])
        .c0([0.0; 4])
        .c1(cmyk)
        .n(1.0);
}
