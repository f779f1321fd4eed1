//! The usvg → PDF walker: groups with transforms and one-shape clip paths, paths with solid fills and
//! strokes, text as PDF text in embedded subset fonts (outlines as a fallback), raster images as image
//! XObjects. Every colour goes through [`Inks`], so a print file holds only authored values (photos are
//! separated with the output profile). What cannot be written faithfully (gradients, patterns, masks,
//! filters, blend modes) is refused with a reason rather than approximated.

use std::collections::HashMap;

use pdf_writer::types::{LineCapStyle, LineJoinStyle};
use pdf_writer::{Content, Name, Str};
use resvg::tiny_skia::{Path, PathSegment, Point};
use resvg::usvg::{self, Node, Paint, Transform, fontdb};

use super::super::ExportError;
use super::document::{Output, spot_name};
use super::font::Fonts;
use super::ink::{Ink, Inks};
use super::photo::{self, Target};

/// Draws a usvg tree into a content stream, registering fonts, images, graphics states and spot colours in
/// the document's [`Output`].
pub(crate) struct Drawing<'a, 'm> {
    content: &'a mut Content,
    inks: &'a Inks<'m>,
    out: &'a mut Output,
    fontdb: &'a fontdb::Database,
    /// Font faces of this tree's database: fontdb id → the document's face (or why it is drawn as outlines).
    faces: HashMap<fontdb::ID, Option<usize>>,
    /// From the current user space to page points (for the resolution photos need).
    ctm: Transform,
    /// Opacity inherited from enclosing groups.
    alpha: f32,
}

impl<'a, 'm> Drawing<'a, 'm> {
    /// A drawing into `content` with the colours of `inks`; `to_page` maps the tree's units to points.
    pub fn new(
        content: &'a mut Content,
        inks: &'a Inks<'m>,
        out: &'a mut Output,
        fontdb: &'a fontdb::Database,
        to_page: [f32; 6],
    ) -> Drawing<'a, 'm> {
        let [sx, ky, kx, sy, tx, ty] = to_page;
        Drawing {
            content,
            inks,
            out,
            fontdb,
            faces: HashMap::new(),
            ctm: Transform::from_row(sx, ky, kx, sy, tx, ty),
            alpha: 1.0,
        }
    }

    /// Fills a rectangle (page coordinates of the current transform) with an ink.
    pub fn fill_rect(&mut self, ink: Ink, x: f32, y: f32, w: f32, h: f32) {
        self.set_ink(ink, false);
        self.content.rect(x, y, w, h).fill_nonzero();
    }

    fn unsupported(&self, what: &str) -> ExportError {
        ExportError::Unsupported {
            artwork: self.inks.source().to_owned(),
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
        let outer_ctm = self.ctm;
        if isolated {
            self.content.save_state();
            if !transform.is_identity() {
                self.content.transform(matrix(transform));
                self.ctm = self.ctm.pre_concat(transform);
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
        self.ctm = outer_ctm;
        if isolated {
            self.content.restore_state();
        }
        result
    }

    fn node(&mut self, node: &Node) -> Result<(), ExportError> {
        match node {
            Node::Group(g) => self.group(g),
            Node::Path(p) => self.path(p),
            Node::Image(i) => self.image(i),
            Node::Text(t) => self.text(t),
        }
    }

    /// Text as real PDF text in embedded subset fonts; as outlines when a font cannot be embedded (licence,
    /// variable or colour font) or the text is stroked or painted with a gradient.
    fn text(&mut self, text: &usvg::Text) -> Result<(), ExportError> {
        if !self.embeddable(text) {
            return self.group(text.flattened());
        }
        for span in text.layouted() {
            if !span.visible {
                continue;
            }
            for decoration in [&span.overline, &span.underline].into_iter().flatten() {
                self.path(decoration)?;
            }
            if let Some(fill) = &span.fill {
                let ink = self.paint(fill.paint())?;
                let alpha = fill.opacity().get() * self.alpha;
                let translucent = alpha < 1.0;
                if translucent {
                    self.push_alpha(alpha, 1.0);
                }
                self.glyphs(span, ink);
                if translucent {
                    self.content.restore_state();
                }
            }
            if let Some(decoration) = &span.line_through {
                self.path(decoration)?;
            }
        }
        Ok(())
    }

    /// Writes a span's glyphs: one text object, each glyph placed by its own text matrix (font size 1).
    fn glyphs(&mut self, span: &usvg::layout::Span, ink: Ink) {
        self.content.begin_text();
        self.set_ink(ink, false);
        let mut current = None;
        for glyph in &span.positioned_glyphs {
            let Some(Some(face)) = self.faces.get(&glyph.font).copied() else {
                continue;
            };
            if current != Some(face) {
                self.out.used.fonts.insert(face);
                self.content
                    .set_font(Name(Fonts::resource_name(face).as_bytes()), 1.0);
                current = Some(face);
            }
            let Ok(id) = u16::try_from(glyph.id.0) else {
                continue;
            };
            let cid = self.out.fonts.glyph(face, id, &glyph.text);
            let units = self.out.fonts.units_per_em(face);
            let tm = glyph.outline_transform().pre_scale(units, units);
            self.content.set_text_matrix(matrix(tm));
            self.content.show(Str(&cid.to_be_bytes()));
        }
        self.content.end_text();
    }

    /// Whether every glyph of a text can be written as text: a plain filled span in an embeddable font.
    fn embeddable(&mut self, text: &usvg::Text) -> bool {
        let mut ok = true;
        for span in text.layouted() {
            let plain = span.stroke.is_none()
                && span
                    .fill
                    .as_ref()
                    .is_none_or(|f| matches!(f.paint(), Paint::Color(_)));
            ok &= plain;
            for glyph in &span.positioned_glyphs {
                ok &= self.face(glyph.font).is_some();
            }
        }
        ok
    }

    fn face(&mut self, id: fontdb::ID) -> Option<usize> {
        if let Some(known) = self.faces.get(&id) {
            return *known;
        }
        let face = self
            .out
            .fonts
            .face(self.fontdb, id, &mut self.out.next)
            .ok();
        self.faces.insert(id, face);
        face
    }

    /// A raster image as an image XObject (converted for print), an SVG image as vectors.
    fn image(&mut self, image: &usvg::Image) -> Result<(), ExportError> {
        if !image.is_visible() {
            return Ok(());
        }
        let size = image.size();
        if let usvg::ImageKind::SVG(tree) = image.kind() {
            return self.group(tree.root());
        }
        let t = self.ctm;
        let on_page =
            |dx: f32, dy: f32| f64::from((t.sx * dx + t.kx * dy).hypot(t.ky * dx + t.sy * dy));
        let size_pt = (on_page(size.width(), 0.0), on_page(0.0, size.height()));
        let target = if self.inks.is_print() {
            Target::Cmyk
        } else {
            Target::Rgb
        };
        let out = &mut *self.out;
        let placed = out.photos.place(
            &mut out.pdf,
            &mut out.next,
            image.kind(),
            size_pt,
            target,
            self.inks.source(),
        )?;
        out.soft_masks |= placed.alpha;
        out.images.push(placed.xobject);
        out.used.images.insert(out.images.len() - 1);
        let name = photo::resource_name(out.images.len() - 1);
        if self.alpha < 1.0 {
            self.push_alpha(self.alpha, self.alpha);
        }
        photo::draw(self.content, &name, size.width(), size.height());
        if self.alpha < 1.0 {
            self.content.restore_state();
        }
        Ok(())
    }

    /// Saves the graphics state and sets a fill/stroke alpha (restore afterwards).
    fn push_alpha(&mut self, fill: f32, stroke: f32) {
        let index = self.alpha_state(fill, stroke);
        self.content.save_state();
        self.content
            .set_parameters(Name(format!("GS{index}").as_bytes()));
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
            (Ink::Spot(i), stroke) => {
                self.out.used.spots.insert(i);
                let name = spot_name(i);
                let name = Name(name.as_bytes());
                if stroke {
                    self.content
                        .set_stroke_color_space(name)
                        .set_stroke_color([1.0])
                } else {
                    self.content
                        .set_fill_color_space(name)
                        .set_fill_color([1.0])
                }
            }
        };
    }

    fn alpha_state(&mut self, fill: f32, stroke: f32) -> usize {
        let alphas = &mut self.out.alphas;
        let index = match alphas.iter().position(|&a| a == (fill, stroke)) {
            Some(i) => i,
            None => {
                alphas.push((fill, stroke));
                alphas.len() - 1
            }
        };
        self.out.used.alphas.insert(index);
        index
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
