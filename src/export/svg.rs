//! SVG: the composed export re-serialised through usvg, so text is outlined, editor metadata is gone and
//! nothing refers to another file. The outer element has `width`/`height` in mm (print) or px (screen) and a
//! `viewBox` in the same units; the background (if any) is a rectangle and the clear space is inside the box.

use std::io::Write;

use resvg::usvg;

use crate::manual::Manual;
use crate::render;
use crate::stamp::Stamp;

use super::{ExportError, Plan};
use crate::plan::Units;

/// Writes the plan as an SVG file, stamped.
pub(crate) fn write(
    manual: &Manual,
    plan: &Plan<'_>,
    stamp: &Stamp,
    out: &mut dyn Write,
) -> Result<(), ExportError> {
    out.write_all(document(manual, plan, stamp)?.as_bytes())
        .map_err(|e| ExportError::encode("SVG", e))
}

/// The SVG text of a plan, with the stamp as its `<metadata>`.
pub(crate) fn document(
    manual: &Manual,
    plan: &Plan<'_>,
    stamp: &Stamp,
) -> Result<String, ExportError> {
    let scene = render::scene_with_background(manual, plan)?;
    let unit = match plan.units {
        Units::Mm => "mm",
        Units::Px => "px",
    };
    let metadata = stamp.svg_metadata(&super::pdf::title(manual, plan));
    serialize(&scene.tree, plan.media(), unit, &metadata)
}

/// A usvg tree as an SVG file: `width`/`height` in `unit` (mm or px), a `viewBox` in the tree's user units and
/// `metadata` (the stamp) first inside the root.
pub(crate) fn serialize(
    tree: &usvg::Tree,
    (w, h): (f64, f64),
    unit: &str,
    metadata: &str,
) -> Result<String, ExportError> {
    let options = usvg::WriteOptions {
        indent: usvg::Indent::None,
        ..usvg::WriteOptions::default()
    };
    let text = tree.to_string(&options);
    // usvg writes `<svg width="W" height="H" xmlns=…>` in user units; give the size its unit and a viewBox.
    let end = text
        .find('>')
        .ok_or_else(|| ExportError::encode("SVG", "usvg wrote no root element"))?;
    let start_tag = &text[..end];
    let xlink = if start_tag.contains("xmlns:xlink") {
        r#" xmlns:xlink="http://www.w3.org/1999/xlink""#
    } else {
        ""
    };
    Ok(format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg"{xlink} width="{w}{unit}" height="{h}{unit}" viewBox="0 0 {w} {h}">{metadata}{}"#,
        &text[end + 1..]
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::{Request, plan};
    use crate::manual::{Format, load_embedded};

    #[test]
    fn print_svg_is_sized_in_mm_with_background_and_no_metadata() {
        let loaded = load_embedded();
        let m = &loaded.manual;
        let mut req = Request::logo("kommune", Request::preset("poster-a4"), Format::Svg)
            .with_background("groen");
        req.page = true;
        let p = plan(m, &req).unwrap();
        let svg = document(m, &p, &Stamp::new(m, &req)).unwrap();
        let doc = roxmltree::Document::parse(&svg).unwrap();
        let root = doc.root_element();
        assert_eq!(root.attribute("width"), Some("216mm"));
        assert_eq!(root.attribute("height"), Some("303mm"));
        assert_eq!(root.attribute("viewBox"), Some("0 0 216 303"));
        assert!(svg.contains("#00734a"));
        // The stamp: which manual and version it was made under.
        let version = doc
            .descendants()
            .find(|n| n.tag_name().name() == "ManualVersion")
            .and_then(|n| n.text());
        assert_eq!(version, Some(m.programme.version.as_str()));
        for bad in [
            "<text",
            "inkscape",
            "sodipodi",
            "<image",
            "href=\"file",
            "http://www.w3.org/1999/xlink\" xlink",
        ] {
            assert!(!svg.contains(bad), "{bad}");
        }
        // It renders to the same size through usvg again.
        let tree = usvg::Tree::from_str(&svg, &usvg::Options::default()).unwrap();
        assert!((tree.size().width() - 216.0 * 96.0 / 25.4).abs() < 0.01);
    }
}
