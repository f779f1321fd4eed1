//! Page geometry in points: MediaBox, BleedBox, TrimBox, the transform from a tree's units, crop marks.

use pdf_writer::Rect;

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
pub(crate) struct Sheet {
    /// The whole sheet: the bleed box plus room for the crop marks.
    pub media: Rect,
    /// Trim box plus bleed.
    pub bleed: Rect,
    /// The finished size.
    pub trim: Rect,
    /// From the tree's units (y down, origin at the bleed box's top-left) to page points.
    pub scene_to_page: [f32; 6],
    /// Crop-mark lines `(x0, y0, x1, y1)` in page points.
    pub marks: Vec<[f32; 4]>,
}

impl Sheet {
    /// The sheet of a page: `trim` (width, height) and `bleed` in points, crop marks or none, and the size of
    /// the tree that covers trim + bleed, in its own units.
    pub fn new(trim: (f64, f64), bleed: f64, crop_marks: bool, scene: (f64, f64)) -> Sheet {
        let (bw, bh) = (trim.0 + 2.0 * bleed, trim.1 + 2.0 * bleed);
        let (sx, sy) = (
            bw / scene.0.max(f64::MIN_POSITIVE),
            bh / scene.1.max(f64::MIN_POSITIVE),
        );
        let offset = (MARK_OFFSET_MM * PT_PER_MM).max(bleed);
        let length = MARK_LENGTH_MM * PT_PER_MM;
        let margin = if crop_marks {
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
        if crop_marks {
            for (x, dir_x) in [(tx0, -1.0), (tx1, 1.0)] {
                for (y, dir_y) in [(ty0, -1.0), (ty1, 1.0)] {
                    // Horizontal mark on the trim line y, vertical mark on the trim line x, both pointing out.
                    marks.push([x + dir_x * offset, y, x + dir_x * (offset + length), y]);
                    marks.push([x, y + dir_y * offset, x, y + dir_y * (offset + length)]);
                }
            }
        }
        Sheet {
            media: rect(0.0, 0.0, bw + 2.0 * margin, bh + 2.0 * margin),
            bleed: rect(margin, margin, margin + bw, margin + bh),
            trim: rect(tx0, ty0, tx1, ty1),
            scene_to_page: [
                sx as f32,
                0.0,
                0.0,
                -sy as f32,
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

    #[test]
    fn a4_page_with_bleed_and_marks_matches_the_reference() {
        // export-standards.md §2.2: 3 mm bleed, 3 mm offset, 6 mm marks → MediaBox = trim + 9 mm per side.
        let sheet = Sheet::new(
            (210.0 * PT_PER_MM, 297.0 * PT_PER_MM),
            3.0 * PT_PER_MM,
            true,
            (216.0, 303.0),
        );
        let close = |a: f32, b: f64| (f64::from(a) - b).abs() < 0.01;
        assert!(
            close(sheet.media.x2, 228.0 * PT_PER_MM),
            "{:?}",
            sheet.media
        );
        assert!(close(sheet.media.y2, 892.913));
        assert!(close(sheet.trim.x2 - sheet.trim.x1, 595.276));
        assert!(close(sheet.trim.y2 - sheet.trim.y1, 841.890));
        assert!(close(sheet.trim.x1 - sheet.bleed.x1, 3.0 * PT_PER_MM));
        // one scene unit (mm) is 2.835 pt, y flipped
        assert!(close(sheet.scene_to_page[0], PT_PER_MM));
        assert!(close(sheet.scene_to_page[3], -PT_PER_MM));
        assert_eq!(sheet.marks.len(), 8);
        for [x0, y0, x1, y1] in &sheet.marks {
            // every mark lies outside the bleed box and inside the media box
            let outside = |x: f32, y: f32| {
                x <= sheet.bleed.x1 + 0.001
                    || x >= sheet.bleed.x2 - 0.001
                    || y <= sheet.bleed.y1 + 0.001
                    || y >= sheet.bleed.y2 - 0.001
            };
            assert!(outside(*x0, *y0) && outside(*x1, *y1));
            for v in [x0, y0, x1, y1] {
                assert!(*v >= -0.001 && *v <= sheet.media.y2 + 0.001);
            }
        }
    }

    #[test]
    fn without_marks_the_media_box_is_the_bleed_box() {
        let sheet = Sheet::new((100.0, 50.0), 0.0, false, (1000.0, 500.0));
        assert_eq!(sheet.media, sheet.bleed);
        assert_eq!(sheet.media, sheet.trim);
        assert!(sheet.marks.is_empty());
        assert!((sheet.scene_to_page[0] - 0.1).abs() < 1e-6);
    }
}
