//! The usvg → PDF walker: groups with transforms and simple clip paths, paths with solid fills and strokes,
//! text as its outlines. Every colour goes through [`Inks`], so a print file holds only authored values.
//! What a logo should not contain (gradients, patterns, masks, filters, raster images, blend modes) is refused
//! with a reason rather than approximated.

use pdf_writer::types::{LineCapStyle, LineJoinStyle};
use pdf_writer::{Content, Name};
use resvg::tiny_skia::{Path, PathSegment, Point};
use resvg::usvg::{self, Node, Paint, Transform};

use super::super::ExportError;
use super::ink::{Ink, Inks};

/// Resource name of the spot colour's Separation.
pub(crate) const SPOT: Name<'static> = Name(b"Spot");

/// Draws a usvg tree into a content stream and remembers which resources it used.
pub(crate) struct Drawing<'a, 'm> {
    content: &'a mut Content,
    inks: &'a Inks<'m>,
    /// Opacity inherited from enclosing groups.
    alpha: f32,
    /// Fill/stroke alpha pairs used, in order; each becomes ExtGState `/GS{index}`. Any entry means
    /// transparency, which rules out PDF/X-1a.
    pub alphas: Vec<(f32, f32)>,
    /// Whether the spot Separation was used.
    pub uses_spot: bool,
}

impl<'a, 'm> Drawing<'a, 'm> {
    /// A drawing into `content` with the colours of `inks`.
    pub fn new(content: &'a mut Content, inks: &'a Inks<'m>) -> Drawing<'a, 'm> {
        Drawing {
            content,
            inks,
            alpha: 1.0,
            alphas: Vec::new(),
            uses_spot: false,
        }
    }

    /// Fills a rectangle (page coordinates of the current transform) with an ink.
    pub fn fill_rect(&mut self, ink: Ink, x: f32, y: f32, w: f32, h: f32) {
        self.set_ink(ink, false);
        self.content.rect(x, y, w, h).fill_nonzero();
    }

    fn unsupported(&self, what: &str) -> ExportError {
        ExportError::Unsupported {
            artwork: self.inks.artwork().to_owned(),
            what: what.to_owned(),
            format: "PDF",
        }
    }

    /// Draws a group and everything in it.
    pub fn group(&mut self, group: &usvg::Group) -> Result<(), ExportError> {
        if group.mask().is_some() {
            return Err(self.unsupported("a mask"));
        }
        if !group.filters().is_empty() {
            return Err(self.unsupported("a filter effect"));
        }
        if group.blend_mode() != usvg::BlendMode::Normal {
            return Err(self.unsupported("a blend mode"));
        }
        let opacity = group.opacity().get();
        if opacity < 1.0 && drawables(group) > 1 {
            return Err(self.unsupported("opacity on a group of several shapes"));
        }
        let transform = group.transform();
        let isolated = !transform.is_identity() || group.clip_path().is_some();
        if isolated {
            self.content.save_state();
            if !transform.is_identity() {
                self.content.transform(matrix(transform));
            }
            if let Some(clip) = group.clip_path() {
                self.clip(clip)?;
            }
        }
        let outer = self.alpha;
        self.alpha *= opacity;
        let result = group
            .children()
            .iter()
            .try_for_each(|child| self.node(child));
        self.alpha = outer;
        if isolated {
            self.content.restore_state();
        }
        result
    }

    fn node(&mut self, node: &Node) -> Result<(), ExportError> {
        match node {
            Node::Group(g) => self.group(g),
            Node::Path(p) => self.path(p),
            Node::Image(_) => Err(self.unsupported("an embedded raster image")),
            Node::Text(t) => self.group(t.flattened()),
        }
    }

    fn path(&mut self, path: &usvg::Path) -> Result<(), ExportError> {
        if !path.is_visible() {
            return Ok(());
        }
        let fill = path
            .fill()
            .map(|f| Ok::<_, ExportError>((self.paint(f.paint())?, f.opacity().get(), f.rule())))
            .transpose()?;
        let stroke = path
            .stroke()
            .map(|s| Ok::<_, ExportError>((self.paint(s.paint())?, s.opacity().get(), s)))
            .transpose()?;
        let fill_alpha = fill.map_or(1.0, |f| f.1) * self.alpha;
        let stroke_alpha = stroke.as_ref().map_or(1.0, |s| s.1) * self.alpha;
        let translucent = fill_alpha < 1.0 || stroke_alpha < 1.0;
        if translucent {
            let index = self.alpha_state(fill_alpha, stroke_alpha);
            self.content.save_state();
            self.content
                .set_parameters(Name(format!("GS{index}").as_bytes()));
        }
        let fill_first = path.paint_order() == usvg::PaintOrder::FillAndStroke;
        if fill_first && let Some((ink, _, rule)) = fill {
            self.fill(path.data(), ink, rule);
        }
        if let Some((ink, _, s)) = stroke {
            self.stroke(path.data(), ink, s);
        }
        if !fill_first && let Some((ink, _, rule)) = fill {
            self.fill(path.data(), ink, rule);
        }
        if translucent {
            self.content.restore_state();
        }
        Ok(())
    }

    fn paint(&self, paint: &Paint) -> Result<Ink, ExportError> {
        match paint {
            Paint::Color(c) => self.inks.ink(*c),
            Paint::LinearGradient(_) | Paint::RadialGradient(_) => {
                Err(self.unsupported("a gradient"))
            }
            Paint::Pattern(_) => Err(self.unsupported("a pattern")),
        }
    }

    fn fill(&mut self, data: &Path, ink: Ink, rule: usvg::FillRule) {
        self.set_ink(ink, false);
        segments(self.content, data);
        match rule {
            usvg::FillRule::NonZero => self.content.fill_nonzero(),
            usvg::FillRule::EvenOdd => self.content.fill_even_odd(),
        };
    }

    fn stroke(&mut self, data: &Path, ink: Ink, stroke: &usvg::Stroke) {
        self.set_ink(ink, true);
        self.content.set_line_width(stroke.width().get());
        self.content.set_line_cap(match stroke.linecap() {
            usvg::LineCap::Butt => LineCapStyle::ButtCap,
            usvg::LineCap::Round => LineCapStyle::RoundCap,
            usvg::LineCap::Square => LineCapStyle::ProjectingSquareCap,
        });
        self.content.set_line_join(match stroke.linejoin() {
            usvg::LineJoin::Miter | usvg::LineJoin::MiterClip => LineJoinStyle::MiterJoin,
            usvg::LineJoin::Round => LineJoinStyle::RoundJoin,
            usvg::LineJoin::Bevel => LineJoinStyle::BevelJoin,
        });
        self.content.set_miter_limit(stroke.miterlimit().get());
        match stroke.dasharray() {
            Some(dashes) => self
                .content
                .set_dash_pattern(dashes.iter().copied(), stroke.dashoffset()),
            None => self.content.set_dash_pattern([], 0.0),
        };
        segments(self.content, data);
        self.content.stroke();
    }

    /// Sets the fill (or stroke) colour.
    fn set_ink(&mut self, ink: Ink, stroke: bool) {
        match (ink, stroke) {
            (Ink::Cmyk([c, m, y, k]), false) => self.content.set_fill_cmyk(c, m, y, k),
            (Ink::Cmyk([c, m, y, k]), true) => self.content.set_stroke_cmyk(c, m, y, k),
            (Ink::Rgb([r, g, b]), false) => self.content.set_fill_rgb(r, g, b),
            (Ink::Rgb([r, g, b]), true) => self.content.set_stroke_rgb(r, g, b),
            (Ink::Spot, false) => {
                self.uses_spot = true;
                self.content
                    .set_fill_color_space(SPOT)
                    .set_fill_color([1.0])
            }
            (Ink::Spot, true) => {
                self.uses_spot = true;
                self.content
                    .set_stroke_color_space(SPOT)
                    .set_stroke_color([1.0])
            }
        };
    }

    fn alpha_state(&mut self, fill: f32, stroke: f32) -> usize {
        match self.alphas.iter().position(|&a| a == (fill, stroke)) {
            Some(i) => i,
            None => {
                self.alphas.push((fill, stroke));
                self.alphas.len() - 1
            }
        }
    }

    /// Intersects the clip with a clip path of one shape (nested clip paths intersect further).
    fn clip(&mut self, clip: &usvg::ClipPath) -> Result<(), ExportError> {
        if let Some(inner) = clip.clip_path() {
            self.clip(inner)?;
        }
        let mut shapes = Vec::new();
        collect_clip_shapes(clip.root(), clip.transform(), &mut shapes)
            .map_err(|what| self.unsupported(what))?;
        let [(shape, rule)] = shapes.as_slice() else {
            return Err(self.unsupported("a clip path made of several shapes"));
        };
        segments(self.content, shape);
        match rule {
            usvg::FillRule::NonZero => self.content.clip_nonzero(),
            usvg::FillRule::EvenOdd => self.content.clip_even_odd(),
        };
        self.content.end_path();
        Ok(())
    }
}

/// The shapes of a clip path, transformed into the clipped group's coordinates.
fn collect_clip_shapes(
    group: &usvg::Group,
    transform: Transform,
    out: &mut Vec<(Path, usvg::FillRule)>,
) -> Result<(), &'static str> {
    let transform = transform.pre_concat(group.transform());
    if group.clip_path().is_some() || group.mask().is_some() || !group.filters().is_empty() {
        return Err("a clip path with its own clip, mask or filter");
    }
    for child in group.children() {
        match child {
            Node::Group(g) => collect_clip_shapes(g, transform, out)?,
            Node::Path(p) => {
                let rule = p.fill().map_or(usvg::FillRule::NonZero, usvg::Fill::rule);
                let shape = p
                    .data()
                    .clone()
                    .transform(transform)
                    .ok_or("a degenerate clip path")?;
                out.push((shape, rule));
            }
            Node::Text(t) => collect_clip_shapes(t.flattened(), transform, out)?,
            Node::Image(_) => return Err("an image inside a clip path"),
        }
    }
    Ok(())
}

/// How many paths a group draws.
fn drawables(group: &usvg::Group) -> usize {
    group
        .children()
        .iter()
        .map(|n| match n {
            Node::Group(g) => drawables(g),
            Node::Text(t) => drawables(t.flattened()),
            Node::Path(_) | Node::Image(_) => 1,
        })
        .sum()
}

/// A transform as the operands of `cm`.
pub(crate) fn matrix(t: Transform) -> [f32; 6] {
    [t.sx, t.ky, t.kx, t.sy, t.tx, t.ty]
}

/// Appends a path's segments (quadratic curves become cubic).
fn segments(content: &mut Content, path: &Path) {
    let mut last = Point::zero();
    let mut start = Point::zero();
    for segment in path.segments() {
        match segment {
            PathSegment::MoveTo(p) => {
                content.move_to(p.x, p.y);
                (last, start) = (p, p);
            }
            PathSegment::LineTo(p) => {
                content.line_to(p.x, p.y);
                last = p;
            }
            PathSegment::QuadTo(c, p) => {
                let c1 = Point::from_xy(
                    last.x + 2.0 / 3.0 * (c.x - last.x),
                    last.y + 2.0 / 3.0 * (c.y - last.y),
                );
                let c2 =
                    Point::from_xy(p.x + 2.0 / 3.0 * (c.x - p.x), p.y + 2.0 / 3.0 * (c.y - p.y));
                content.cubic_to(c1.x, c1.y, c2.x, c2.y, p.x, p.y);
                last = p;
            }
            PathSegment::CubicTo(c1, c2, p) => {
                content.cubic_to(c1.x, c1.y, c2.x, c2.y, p.x, p.y);
                last = p;
            }
            PathSegment::Close => {
                content.close_path();
                last = start;
            }
        }
    }
}
