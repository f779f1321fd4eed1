//! One page of the document as SVG in mm (A4, origin at the trim's top-left, y down). User text is escaped
//! and stripped of control characters; colours are palette HEX values.

use std::fmt::Write as _;

use crate::manual::Artwork;
use crate::render;

use super::measure::Metrics;
use super::style::{LEADING, MM_PER_PT};

/// Text anchoring.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// Left-aligned at x.
    Start,
    /// Centred on x.
    Middle,
    /// Right-aligned at x.
    End,
}

/// A text style: size in points, weight, colour.
#[derive(Debug, Clone, Copy)]
pub struct Type<'a> {
    /// Size in points.
    pub size: f64,
    /// Weight (400 regular, 600 semibold, 700 bold).
    pub weight: u16,
    /// Colour, `#rrggbb`.
    pub color: &'a str,
}

impl Type<'_> {
    /// The distance between baselines, in mm.
    pub fn line(&self) -> f64 {
        self.size * MM_PER_PT * LEADING
    }

    /// The cap height above the baseline, roughly, in mm (to place a first baseline below a top edge).
    pub fn ascent(&self) -> f64 {
        self.size * MM_PER_PT * 0.75
    }
}

/// SVG elements of one page.
#[derive(Default)]
pub struct Canvas {
    body: String,
}

impl Canvas {
    /// The elements drawn so far.
    pub fn body(&self) -> &str {
        &self.body
    }

    /// A filled rectangle, optionally outlined.
    pub fn rect(
        &mut self,
        (x, y, w, h): (f64, f64, f64, f64),
        fill: &str,
        stroke: Option<(&str, f64)>,
    ) {
        let _ = write!(
            self.body,
            r#"<rect x="{x:.3}" y="{y:.3}" width="{:.3}" height="{:.3}" fill="{fill}""#,
            w.max(0.0),
            h.max(0.0)
        );
        if let Some((color, width)) = stroke {
            let _ = write!(self.body, r#" stroke="{color}" stroke-width="{width:.3}""#);
        }
        self.body.push_str("/>");
    }

    /// An outlined rectangle without fill, dashed when `dash` is given.
    pub fn frame(
        &mut self,
        (x, y, w, h): (f64, f64, f64, f64),
        color: &str,
        width: f64,
        dash: Option<f64>,
    ) {
        let _ = write!(
            self.body,
            r#"<rect x="{x:.3}" y="{y:.3}" width="{:.3}" height="{:.3}" fill="none" stroke="{color}" stroke-width="{width:.3}""#,
            w.max(0.0),
            h.max(0.0)
        );
        if let Some(d) = dash {
            let _ = write!(self.body, r#" stroke-dasharray="{d:.3} {d:.3}""#);
        }
        self.body.push_str("/>");
    }

    /// A straight line.
    pub fn line(&mut self, (x1, y1): (f64, f64), (x2, y2): (f64, f64), color: &str, width: f64) {
        let _ = write!(
            self.body,
            r#"<path d="M{x1:.3} {y1:.3}L{x2:.3} {y2:.3}" fill="none" stroke="{color}" stroke-width="{width:.3}"/>"#
        );
    }

    /// One line of text with its baseline at `y`.
    pub fn text(
        &mut self,
        metrics: &Metrics,
        (x, y): (f64, f64),
        style: Type<'_>,
        anchor: Anchor,
        text: &str,
    ) {
        let anchor = match anchor {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        };
        let _ = write!(
            self.body,
            r#"<text x="{x:.3}" y="{y:.3}" font-family="{}" font-size="{:.3}" font-weight="{}" fill="{}" text-anchor="{anchor}">{}</text>"#,
            escape(&metrics.family),
            style.size * MM_PER_PT,
            style.weight,
            style.color,
            escape(text)
        );
    }

    /// A line of text in any bundled face (type specimens): family, weight and style as SVG selects them.
    pub fn specimen(
        &mut self,
        (x, y): (f64, f64),
        face: (&str, u16, bool),
        size_pt: f64,
        color: &str,
        text: &str,
    ) {
        let (family, weight, italic) = face;
        let _ = write!(
            self.body,
            r#"<text x="{x:.3}" y="{y:.3}" font-family="{}" font-size="{:.3}" font-weight="{weight}" font-style="{}" fill="{color}">{}</text>"#,
            escape(family),
            size_pt * MM_PER_PT,
            if italic { "italic" } else { "normal" },
            escape(text)
        );
    }

    /// A logo artwork filling a rectangle (isolated, so its ids and styles stay its own).
    pub fn artwork(&mut self, artwork: &Artwork, rect: (f64, f64, f64, f64)) {
        self.body.push_str(&render::isolated_svg(artwork, rect));
    }
}

/// Text for SVG: XML-escaped, control characters dropped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_text_is_escaped_and_control_characters_dropped() {
        assert_eq!(
            escape("Børn & Unge <\"første\"> 'a'\u{7}\n"),
            "Børn &amp; Unge &lt;&quot;første&quot;&gt; &apos;a&apos;"
        );
        let emoji = "🎉".repeat(10_000);
        assert_eq!(escape(&emoji), emoji);
    }
}
