//! A rendering budget: an estimate of the work a tree's filter effects cost at a raster size, checked before
//! anything is drawn. Logo artwork with filters is refused by `check` already
//! ([`crate::manual::paint::check_artwork`]); this guard protects every raster (previews, thumbnails, exports)
//! from constructs whose cost explodes — `feMorphology radius="9999"`, `feTurbulence numOctaves="999999"`,
//! huge convolution kernels — so that no single file can hang the program.

use resvg::usvg::{self, Node, filter::Kind};

use super::RenderError;

/// Most filter work one raster may cost, in pixel operations: well under a second on one core.
pub const MAX_FILTER_WORK: f64 = 3.0e8;

/// Checks that rendering `tree` at `scale` (device pixels per user unit) into a `width × height` raster stays
/// within [`MAX_FILTER_WORK`].
pub fn check(
    tree: &usvg::Tree,
    scale: (f32, f32),
    width: u32,
    height: u32,
) -> Result<(), RenderError> {
    let canvas = f64::from(width) * f64::from(height);
    let work = group_work(tree.root(), scale, canvas, (width, height));
    if work > MAX_FILTER_WORK {
        return Err(RenderError::TooCostly {
            work: format!("{work:.1e}"),
            limit: format!("{MAX_FILTER_WORK:.1e}"),
        });
    }
    Ok(())
}

fn group_work(g: &usvg::Group, scale: (f32, f32), canvas: f64, size: (u32, u32)) -> f64 {
    let mut work = 0.0;
    if !g.filters().is_empty() {
        let ts = g.abs_transform().post_scale(scale.0, scale.1);
        let (sx, sy) = ts.get_scale();
        for filter in g.filters() {
            let r = filter.rect();
            // the region in device pixels, at most the whole canvas
            let area = (f64::from(r.width() * sx) * f64::from(r.height() * sy)).min(canvas);
            for primitive in filter.primitives() {
                work += area * per_pixel(primitive.kind(), (sx, sy), size);
            }
        }
    }
    for child in g.children() {
        work += match child {
            Node::Group(inner) => group_work(inner, scale, canvas, size),
            Node::Text(t) => group_work(t.flattened(), scale, canvas, size),
            Node::Path(_) | Node::Image(_) => 0.0,
        };
        if !work.is_finite() {
            return f64::INFINITY;
        }
    }
    work
}

/// Operations per pixel of one filter primitive (rough, but of the right order: what matters is that the costs
/// which grow with a parameter grow here too).
fn per_pixel(kind: &Kind, (sx, sy): (f32, f32), (w, h): (u32, u32)) -> f64 {
    match kind {
        Kind::Morphology(m) => {
            // resvg visits the whole (2r + 1)² window per pixel
            let side =
                |r: f32, s: f32, max: u32| (2.0 * f64::from(r * s) + 1.0).min(f64::from(max));
            side(m.radius_x().get(), sx, w) * side(m.radius_y().get(), sy, h)
        }
        Kind::Turbulence(t) => 40.0 * f64::from(t.num_octaves()),
        Kind::ConvolveMatrix(c) => f64::from(c.matrix().columns()) * f64::from(c.matrix().rows()),
        Kind::GaussianBlur(_) | Kind::DropShadow(_) => 12.0,
        Kind::DiffuseLighting(_) | Kind::SpecularLighting(_) => 40.0,
        _ => 4.0,
    }
}
