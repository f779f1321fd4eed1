//! One SVG document per export: the file's box in the plan's units with the artwork placed inside it.

use std::fmt::Write as _;
use std::sync::Arc;

use resvg::usvg;

use crate::manual::embed::Placement;
use crate::manual::{Artwork, Manual, Rgb};
use crate::plan::Plan;

use super::RenderError;

/// An export composed as a usvg tree, ready for rasterising, vector output or re-serialising.
pub struct Scene {
    /// The drawing: user units are the plan's units (mm or px), origin at the top-left of the bleed box, y down.
    /// Text is already shaped with the manual's fonts (usvg keeps it as outlines in `Text::flattened`).
    pub tree: usvg::Tree,
    /// Size of the whole file (trim + bleed) in the plan's units.
    pub size: (f64, f64),
    /// The opaque background every output paints under the tree, or `None` for transparent.
    pub background: Option<Rgb>,
    /// Whether `tree` already contains the background as its first shape.
    pub background_in_tree: bool,
}

/// Composes the plan without its background (each output paints the background itself).
pub fn scene(manual: &Manual, plan: &Plan<'_>) -> Result<Scene, RenderError> {
    build(manual, plan, false)
}

/// Composes the plan with the background as a full-size rectangle (for SVG files).
pub fn scene_with_background(manual: &Manual, plan: &Plan<'_>) -> Result<Scene, RenderError> {
    build(manual, plan, true)
}

fn build(manual: &Manual, plan: &Plan<'_>, with_background: bool) -> Result<Scene, RenderError> {
    let size = plan.media();
    let background = plan.background.map(|b| b.rgb);
    let text = document(plan, with_background)?;
    let tree = usvg::Tree::from_str(&text, &options(manual)).map_err(|e| RenderError::Svg {
        path: plan
            .artwork
            .as_deref()
            .map_or_else(|| "(composition)".to_owned(), |a| a.path.clone()),
        message: e.to_string(),
    })?;
    Ok(Scene {
        tree,
        size,
        background,
        background_in_tree: with_background && background.is_some(),
    })
}

/// usvg options: the manual's fonts only (the same output on every machine) and no files read from disk
/// (`data:` URLs are the only images resolved; a caller may set its own `image_href_resolver`). Make them once
/// and parse many trees with them: each call loads the manual's fonts into a new font database.
pub fn options(manual: &Manual) -> usvg::Options<'static> {
    let mut db = usvg::fontdb::Database::new();
    for data in manual.font_data() {
        let source: Arc<dyn AsRef<[u8]> + Send + Sync> = data.clone();
        db.load_font_source(usvg::fontdb::Source::Binary(source));
    }
    if let Some(family) = manual.families.iter().find(|f| !f.data.is_empty()) {
        db.set_sans_serif_family(family.name.clone());
    }
    options_with_fonts(manual, Arc::new(db))
}

/// [`options`] with a font database the caller already loaded with the manual's fonts (the template engine
/// keeps one): nothing is parsed, so it is cheap enough for every keystroke.
pub fn options_with_fonts(
    manual: &Manual,
    fontdb: Arc<usvg::fontdb::Database>,
) -> usvg::Options<'static> {
    let font_family = manual
        .families
        .first()
        .map_or_else(|| "sans-serif".to_owned(), |f| f.name.clone());
    usvg::Options {
        resources_dir: None,
        font_family,
        fontdb,
        image_href_resolver: usvg::ImageHrefResolver {
            resolve_data: usvg::ImageHrefResolver::default_data_resolver(),
            // Manual SVGs are checked to be self-contained; refuse file references here as well.
            resolve_string: Box::new(|_, _| None),
        },
        ..usvg::Options::default()
    }
}

/// The composed SVG text.
fn document(plan: &Plan<'_>, with_background: bool) -> Result<String, RenderError> {
    let (w, h) = plan.media();
    let artwork = plan
        .artwork
        .as_deref()
        .map(|a| {
            let r = plan.logo_rect;
            let at = Placement {
                x: r.x + plan.bleed,
                y: r.y + plan.bleed,
                w: r.w,
                h: r.h,
            };
            a.nested(at, None)
        })
        .transpose()
        .map_err(|e| RenderError::Svg {
            path: e.path,
            message: e.message,
        })?;
    let namespaces = artwork.as_ref().map_or("", |a| &a.namespaces);
    let mut out = String::with_capacity(artwork.as_ref().map_or(0, |a| a.element.len()) + 512);
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg"{namespaces} width="{w}" height="{h}" viewBox="0 0 {w} {h}">"#
    );
    if with_background && let Some(bg) = plan.background {
        let _ = write!(
            out,
            r#"<rect id="background" x="0" y="0" width="{w}" height="{h}" fill="{}"/>"#,
            bg.rgb.to_hex()
        );
    }
    if let Some(color) = plan.swatch {
        let _ = write!(
            out,
            r#"<rect id="swatch" x="0" y="0" width="{w}" height="{h}" fill="{}"/>"#,
            color.rgb.to_hex()
        );
    }
    match artwork {
        Some(a) => out.push_str(&a.element),
        None if plan.swatch.is_none() => return Err(RenderError::Nothing),
        None => {}
    }
    out.push_str("</svg>");
    Ok(out)
}

/// An artwork as an `<image>` element filling the rectangle `(x, y, width, height)`, its SVG inlined as a
/// `data:` URL. usvg parses it as a document of its own, so its ids and `<style>` rules cannot clash with those
/// of other artworks on the same drawing (designer exports reuse `.cls-1` and `clip-path` ids): use this to
/// compose several artworks into one page. Vector all the way: the PDF writer draws it as paths.
pub fn isolated_svg(artwork: &Artwork, (x, y, w, h): (f64, f64, f64, f64)) -> String {
    let mut out = String::with_capacity(artwork.svg.len() * 2 + 160);
    let _ = write!(
        out,
        r#"<image x="{x}" y="{y}" width="{w}" height="{h}" preserveAspectRatio="none" href="data:image/svg+xml,"#
    );
    for b in artwork.svg.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.!~*'()/:;=,?@".contains(&b) {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out.push_str(r#""/>"#);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::manual::{Format, load_embedded};
    use crate::plan::plan;
    use crate::request::Request;

    #[test]
    fn artwork_lands_on_the_plans_logo_rect() {
        let loaded = load_embedded();
        let m = &loaded.manual;
        let mut req = Request::logo("kommune", Request::preset("poster-a4"), Format::Pdf)
            .with_background("groen");
        req.page = true;
        let p = plan(m, &req).unwrap();
        let s = scene(m, &p).unwrap();
        assert_eq!(s.size, (216.0, 303.0));
        assert!(!s.background_in_tree);
        let b = s.tree.root().abs_bounding_box();
        let r = p.logo_rect;
        assert!(
            (f64::from(b.left()) - (r.x + 3.0)).abs() < 0.05,
            "{b:?} {r:?}"
        );
        assert!((f64::from(b.right()) - (r.x + r.w + 3.0)).abs() < 0.05);
        assert!((f64::from(b.bottom()) - (r.y + r.h + 3.0)).abs() < 0.05);
        let with_bg = scene_with_background(m, &p).unwrap();
        assert!(with_bg.background_in_tree);
        assert_eq!(with_bg.tree.root().abs_bounding_box().width(), 216.0);
    }

    #[test]
    fn swatches_fill_the_box() {
        let loaded = load_embedded();
        let m = &loaded.manual;
        let mut req = Request::logo(
            "kommune",
            crate::request::Target::Px {
                width: 100,
                height: Some(50),
            },
            Format::Png,
        );
        req.subject = crate::request::Subject::Swatch {
            color: "solgul".into(),
        };
        let p = plan(m, &req).unwrap();
        let s = scene(m, &p).unwrap();
        let b = s.tree.root().abs_bounding_box();
        assert_eq!((b.width(), b.height()), (100.0, 50.0));
    }
}
