//! Page geometry in points: MediaBox, BleedBox, TrimBox, the transform from the scene's units, crop marks.

use pdf_writer::Rect;

use super::super::Plan;
use crate::plan::Units;

/// Points per millimetre.
pub(crate) const PT_PER_MM: f64 = 72.0 / 25.4;
/// Length of a crop mark (Ghent Workgroup recommendation).
pub(crate) const MARK_LENGTH_MM: f64 = 6.0;
/// Smallest distance from the trim edge to the start of a crop mark; it is never less than the bleed, so
/// the marks stay outside the bleed box.
pub(crate) const MARK_OFFSET_MM: f64 = 3.0;
/// Line width of crop marks.
pub(crate) const MARK_WIDTH_PT: f32 = 0.25;

/// Where everything goes on the PDF page (PDF coordinates: points, origin bottom-left, y up).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Page {
    /// The whole sheet: the bleed box plus room for the crop marks.
    pub media: Rect,
    /// Trim box plus bleed.
    pub bleed: Rect,
    /// The finished size.
    pub trim: Rect,
    /// From the scene's units (y down, origin at the bleed box's top-left) to page points.
    pub scene_to_page: [f32; 6],
    /// Crop-mark lines `(x0, y0, x1, y1)` in page points.
    pub marks: Vec<[f32; 4]>,
}

impl Page {
    /// The page of a plan.
    pub fn new(plan: &Plan<'_>) -> Page {
        let s = match plan.units {
            Units::Mm => PT_PER_MM,
            // A px target's dpi says how large a pixel is on paper (72: one pixel = one point).
            Units::Px => 72.0 / plan.dpi,
        };
        let (w, h) = plan.media();
        let (bw, bh) = (w * s, h * s);
        let bleed = plan.bleed * s;
        let offset = (MARK_OFFSET_MM * PT_PER_MM).max(bleed);
        let length = MARK_LENGTH_MM * PT_PER_MM;
        let margin = if plan.crop_marks {
            offset + length - bleed
        } else {
            0.0
        };
        let rect = |x0: f64, y0: f64, x1: f64, y1: f64| {
            Rect::new(x0 as f32, y0 as f32, x1 as f32, y1 as f32)
        };
        let (tx0, ty0) = (margin + bleed, margin + bleed);
        let (tx1, ty1) = (margin + bw - bleed, margin + bh - bleed);
        let mut marks = Vec::new();
        if plan.crop_marks {
            for (x, dir_x) in [(tx0, -1.0), (tx1, 1.0)] {
                for (y, dir_y) in [(ty0, -1.0), (ty1, 1.0)] {
                    // Horizontal mark on the trim line y, vertical mark on the trim line x, both pointing out.
                    marks.push([x + dir_x * offset, y, x + dir_x * (offset + length), y]);
                    marks.push([x, y + dir_y * offset, x, y + dir_y * (offset + length)]);
                }
            }
        }
        Page {
            media: rect(0.0, 0.0, bw + 2.0 * margin, bh + 2.0 * margin),
            bleed: rect(margin, margin, margin + bw, margin + bh),
            trim: rect(tx0, ty0, tx1, ty1),
            scene_to_page: [
                s as f32,
                0.0,
                0.0,
                -s as f32,
                margin as f32,
                (margin + bh) as f32,
            ],
            marks: marks.into_iter().map(|m| m.map(|v| v as f32)).collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::{Request, plan};
    use crate::manual::{Format, load_embedded};

    #[test]
    fn a4_page_with_bleed_and_marks_matches_the_reference() {
        // export-standards.md §2.2: 3 mm bleed, 3 mm offset, 6 mm marks → MediaBox = trim + 9 mm per side.
        let loaded = load_embedded();
        let m = &loaded.manual;
        let mut req = Request::logo("kommune", Request::preset("poster-a4"), Format::Pdf);
        req.page = true;
        let p = plan(m, &req).unwrap();
        let page = Page::new(&p);
        let close = |a: f32, b: f64| (f64::from(a) - b).abs() < 0.01;
        assert!(close(page.media.x2, 228.0 * PT_PER_MM), "{:?}", page.media);
        assert!(close(page.media.y2, 892.913));
        assert!(close(page.trim.x2 - page.trim.x1, 595.276));
        assert!(close(page.trim.y2 - page.trim.y1, 841.890));
        assert!(close(page.trim.x1 - page.bleed.x1, 3.0 * PT_PER_MM));
        assert_eq!(page.marks.len(), 8);
        for [x0, y0, x1, y1] in &page.marks {
            // every mark lies outside the bleed box and inside the media box
            let outside = |x: f32, y: f32| {
                x <= page.bleed.x1 + 0.001
                    || x >= page.bleed.x2 - 0.001
                    || y <= page.bleed.y1 + 0.001
                    || y >= page.bleed.y2 - 0.001
            };
            assert!(outside(*x0, *y0) && outside(*x1, *y1));
            for v in [x0, y0, x1, y1] {
                assert!(*v >= -0.001 && *v <= page.media.y2 + 0.001);
            }
        }
    }
}
