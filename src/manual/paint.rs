//! What logo artwork really paints: the check runs on the usvg tree the renderer draws, so CSS `<style>`
//! classes, inheritance, the default black fill, colour keywords and `currentColor` are resolved exactly as
//! every export resolves them.
//!
//! [`check_artwork`] is the one entry point: the manual loader calls it for every logo file, and an importer or
//! editor calls it for a designer's SVG before it joins the manual. It returns every colour the renderer will
//! use and every problem, each at a byte offset of the original text:
//!
//! - a colour that is not in the palette, named with the nearest palette colour by ΔE2000;
//! - a feature that some export format cannot write faithfully, or whose rendering cost is unbounded (see the
//!   table in `docs/manual-format.md`): filters, masks, gradients, patterns, blend modes, transparency,
//!   clip paths of more than one shape, raster images, text.

use std::collections::{BTreeSet, HashMap, HashSet};

use resvg::usvg::{self, Node};

use super::color::Rgb;
use super::diagnostic::Message;
use super::svg::{self, Problem};

/// The message id of a colour that is not in the palette (a caller may tell it from the other problems).
pub const OFF_PALETTE: &str = "svg-paint-off-palette";

/// The palette artwork may paint with: colour ids and their sRGB values.
#[derive(Debug, Clone, Default)]
pub struct Palette {
    colors: Vec<(String, Rgb)>,
    set: HashSet<Rgb>,
}

impl Palette {
    /// A palette of `(id, colour)` pairs (ids name the nearest colour in messages).
    pub fn new(colors: impl IntoIterator<Item = (String, Rgb)>) -> Palette {
        let colors: Vec<(String, Rgb)> = colors.into_iter().collect();
        let set = colors.iter().map(|(_, c)| *c).collect();
        Palette { colors, set }
    }

    /// Whether `rgb` is a palette colour.
    pub fn contains(&self, rgb: Rgb) -> bool {
        self.set.contains(&rgb)
    }

    /// The palette colour nearest to `rgb` by CIEDE2000, with its ΔE00.
    pub fn nearest(&self, rgb: Rgb) -> Option<(&str, Rgb, f64)> {
        let lab = rgb.lab();
        self.colors
            .iter()
            .map(|(id, c)| (id.as_str(), *c, delta_e_2000(lab, c.lab())))
            .min_by(|a, b| a.2.total_cmp(&b.2))
    }
}

/// What [`check_artwork`] found.
#[derive(Debug, Clone, PartialEq)]
pub struct ArtworkCheck {
    /// Width in user units (viewBox, else `width`); 0 when the SVG is unusable.
    pub width: f64,
    /// Height in user units.
    pub height: f64,
    /// Every colour the renderer paints with (fills and strokes, after CSS, inheritance and defaults).
    pub paints: BTreeSet<Rgb>,
    /// Every problem; the artwork is acceptable when this is empty.
    pub problems: Vec<Problem>,
}

impl ArtworkCheck {
    /// Whether the artwork may be used as logo artwork.
    pub fn is_ok(&self) -> bool {
        self.problems.is_empty()
    }
}

/// Checks logo artwork: the XML safety rules of [`svg::check`], then every paint and feature of the tree the
/// renderer draws against `palette`.
pub fn check_artwork(text: &str, palette: &Palette) -> ArtworkCheck {
    let mut result = ArtworkCheck {
        width: 0.0,
        height: 0.0,
        paints: BTreeSet::new(),
        problems: Vec::new(),
    };
    let doc = match svg::parse(text) {
        Ok(doc) => doc,
        Err(problems) => {
            result.problems = problems;
            return result;
        }
    };
    match svg::inspect(&doc, true) {
        Ok(info) => (result.width, result.height) = (info.width, info.height),
        Err(problems) => {
            result.problems = problems;
            return result;
        }
    }
    let findings = match walk_tree(&doc) {
        Ok(findings) => findings,
        Err(problem) => {
            result.problems.push(problem);
            return result;
        }
    };
    result.paints = findings.paints.iter().map(|p| p.rgb).collect();
    if findings.is_clean(palette) {
        return result;
    }
    // Something is wrong: parse once more with every element tagged by its offset, to say where.
    let located = locate(text, &doc);
    result.problems = located.problems(palette);
    for p in &mut result.problems {
        p.offset = paint_attribute(&doc, p);
    }
    result
}

/// The artwork as the renderer sees it, written back as plain SVG: every paint an explicit `fill`/`stroke`
/// `#rrggbb` (CSS classes, inheritance, colour keywords and the default black resolved), no `<style>`, no
/// editor metadata; `viewBox` = `0 0 width height`. The drawing is the same tree every export draws. For
/// artwork [`check_artwork`] accepts (apart from its colours); an unreadable SVG is the problem.
pub fn normalise(text: &str) -> Result<String, Problem> {
    let unreadable = |error: String| Problem {
        offset: 0,
        message: Message::new("svg-unreadable").arg("error", error),
    };
    let doc = svg::parse(text).map_err(|mut problems| {
        problems
            .pop()
            .unwrap_or_else(|| unreadable("no SVG".into()))
    })?;
    let tree = usvg::Tree::from_xmltree(&doc, &options()).map_err(|e| unreadable(e.to_string()))?;
    let written = tree.to_string(&usvg::WriteOptions {
        coordinates_precision: 4,
        transforms_precision: 6,
        indent: usvg::Indent::None,
        ..usvg::WriteOptions::default()
    });
    let size = tree.size();
    let view_box = format!("<svg viewBox=\"0 0 {} {}\" ", size.width(), size.height());
    Ok(written.replacen("<svg ", &view_box, 1))
}

/// For an off-palette paint reported at an element: the attribute that sets it, when the element has one
/// (`fill`/`stroke`, else `style`, else `class`); otherwise the element itself.
fn paint_attribute(doc: &roxmltree::Document<'_>, problem: &Problem) -> usize {
    let offset = problem.offset;
    let Some(property) = problem
        .message
        .text_arg("property")
        .filter(|_| problem.message.key == OFF_PALETTE)
    else {
        return offset;
    };
    let Some(node) = doc
        .descendants()
        .find(|n| n.is_element() && n.range().start == offset)
    else {
        return offset;
    };
    let by_name = |name: &str| node.attributes().find(|a| a.name() == name);
    by_name(property)
        .or_else(|| by_name("style").filter(|a| a.value().contains(property)))
        .or_else(|| by_name("class"))
        .map_or(offset, |a| a.range_value().start)
}

/// One colour the tree paints, where, and as what.
struct Used {
    rgb: Rgb,
    property: &'static str,
    at: Place,
}

/// A feature some output cannot write.
struct Refused {
    feature: &'static str,
    at: Place,
}

/// Where in the original text a usvg node came from.
#[derive(Clone, Copy)]
struct Place(usize);

#[derive(Default)]
struct Findings {
    paints: Vec<Used>,
    refused: Vec<Refused>,
}

impl Findings {
    fn is_clean(&self, palette: &Palette) -> bool {
        self.refused.is_empty() && self.paints.iter().all(|p| palette.contains(p.rgb))
    }

    /// One problem per refused feature (first place) and per off-palette colour (first place, with a count).
    fn problems(self, palette: &Palette) -> Vec<Problem> {
        let mut problems = Vec::new();
        let mut seen = BTreeSet::new();
        for r in &self.refused {
            if seen.insert(r.feature) {
                problems.push(Problem {
                    offset: r.at.0,
                    message: Message::new("svg-feature-refused")
                        .arg("feature", r.feature)
                        .arg("reason", reason(r.feature)),
                });
            }
        }
        let mut off: Vec<(Rgb, &'static str, Place, usize)> = Vec::new();
        for p in self.paints.iter().filter(|p| !palette.contains(p.rgb)) {
            match off.iter_mut().find(|o| o.0 == p.rgb) {
                Some(o) => o.3 += 1,
                None => off.push((p.rgb, p.property, p.at, 1)),
            }
        }
        for (rgb, property, at, count) in off {
            let mut message = Message::new(OFF_PALETTE)
                .arg("property", property)
                .arg("color", rgb.to_hex())
                .arg("count", count);
            message = match palette.nearest(rgb) {
                Some((id, near, delta)) => message
                    .arg("nearest", id)
                    .arg("nearest-hex", near.to_hex())
                    .arg("delta", format!("{delta:.1}")),
                None => message
                    .arg("nearest", "-")
                    .arg("nearest-hex", "-")
                    .arg("delta", "-"),
            };
            problems.push(Problem {
                offset: at.0,
                message,
            });
        }
        problems
    }
}

/// The reason a feature is refused (a catalogue message id suffix).
fn reason(feature: &str) -> &'static str {
    match feature {
        "filter" => "effects",
        "mask" | "opacity" | "blend-mode" => "transparency",
        "gradient" | "pattern" => "paint",
        "clip-path" => "clip",
        "image" => "raster",
        _ => "text",
    }
}

/// usvg options for checking: no fonts (logo text is refused anyway), no files, no images.
fn options() -> usvg::Options<'static> {
    usvg::Options {
        resources_dir: None,
        image_href_resolver: usvg::ImageHrefResolver {
            resolve_data: Box::new(|_, _, _| None),
            resolve_string: Box::new(|_, _| None),
        },
        ..usvg::Options::default()
    }
}

/// Builds the usvg tree of an already-checked document and lists its paints and refused features. Offsets are
/// resolved through element ids (see [`locate`]); in the fast path they are not needed and stay 0.
fn walk_tree(doc: &roxmltree::Document<'_>) -> Result<Findings, Problem> {
    walk_with(doc, &|_| Place(0))
}

fn walk_with(
    doc: &roxmltree::Document<'_>,
    place: &dyn Fn(&str) -> Place,
) -> Result<Findings, Problem> {
    let tree = usvg::Tree::from_xmltree(doc, &options()).map_err(|e| Problem {
        offset: 0,
        message: Message::new("svg-unreadable").arg("error", e.to_string()),
    })?;
    let mut findings = Findings::default();
    group(tree.root(), place, &mut findings);
    Ok(findings)
}

fn group(g: &usvg::Group, place: &dyn Fn(&str) -> Place, out: &mut Findings) {
    let at = place(g.id());
    let mut refuse = |feature| out.refused.push(Refused { feature, at });
    if !g.filters().is_empty() {
        refuse("filter");
    }
    if g.mask().is_some() {
        refuse("mask");
    }
    if g.blend_mode() != usvg::BlendMode::Normal {
        refuse("blend-mode");
    }
    if g.opacity().get() < 1.0 {
        refuse("opacity");
    }
    if let Some(clip) = g.clip_path()
        && !is_single_shape_clip(clip)
    {
        refuse("clip-path");
    }
    for child in g.children() {
        match child {
            Node::Group(inner) => group(inner, place, out),
            Node::Path(p) => path(p, place, out),
            Node::Image(i) => out.refused.push(Refused {
                feature: "image",
                at: place(i.id()),
            }),
            Node::Text(t) => out.refused.push(Refused {
                feature: "text",
                at: place(t.id()),
            }),
        }
    }
}

fn path(p: &usvg::Path, place: &dyn Fn(&str) -> Place, out: &mut Findings) {
    if !p.is_visible() {
        return;
    }
    let at = place(p.id());
    let paints = [
        ("fill", p.fill().map(|f| (f.paint(), f.opacity().get()))),
        ("stroke", p.stroke().map(|s| (s.paint(), s.opacity().get()))),
    ];
    for (property, paint) in paints {
        let Some((paint, opacity)) = paint else {
            continue;
        };
        if opacity < 1.0 {
            out.refused.push(Refused {
                feature: "opacity",
                at,
            });
        }
        match paint {
            usvg::Paint::Color(c) => out.paints.push(Used {
                rgb: Rgb([c.red, c.green, c.blue]),
                property,
                at,
            }),
            usvg::Paint::LinearGradient(_) | usvg::Paint::RadialGradient(_) => {
                out.refused.push(Refused {
                    feature: "gradient",
                    at,
                })
            }
            usvg::Paint::Pattern(_) => out.refused.push(Refused {
                feature: "pattern",
                at,
            }),
        }
    }
}

/// Whether a clip path is one shape without its own clip, mask or filter: what the PDF writer can express.
pub fn is_single_shape_clip(clip: &usvg::ClipPath) -> bool {
    fn shapes(g: &usvg::Group) -> Option<usize> {
        if g.clip_path().is_some() || g.mask().is_some() || !g.filters().is_empty() {
            return None;
        }
        let mut n = 0;
        for child in g.children() {
            n += match child {
                Node::Group(inner) => shapes(inner)?,
                Node::Text(t) => shapes(t.flattened())?,
                Node::Path(_) => 1,
                Node::Image(_) => return None,
            };
        }
        Some(n)
    }
    clip.clip_path().is_none_or(is_single_shape_clip) && shapes(clip.root()) == Some(1)
}

/// Prefix of the ids [`locate`] gives elements that have none.
const TAG: &str = "dp-at-";

/// The text with every element that has no id given `id="dp-at-OFFSET"`, walked again; ids (given or
/// authored) lead back to the element's offset in the original text.
struct Located {
    findings: Option<Findings>,
    error: Option<Problem>,
}

fn locate(text: &str, doc: &roxmltree::Document<'_>) -> Located {
    let authored: HashMap<&str, usize> = doc
        .descendants()
        .filter_map(|n| Some((n.attribute("id")?, n.range().start)))
        .collect();
    let mut tagged = String::with_capacity(text.len() + text.len() / 4);
    let mut last = 0;
    for node in doc.descendants().filter(|n| n.is_element()) {
        if node.has_attribute("id") {
            continue;
        }
        let start = node.range().start;
        let name_end = text[start + 1..]
            .find(|c: char| c.is_whitespace() || c == '/' || c == '>')
            .map_or(text.len(), |i| start + 1 + i);
        tagged.push_str(&text[last..name_end]);
        tagged.push_str(&format!(" id=\"{TAG}{start}\""));
        last = name_end;
    }
    tagged.push_str(&text[last..]);
    let place = |id: &str| {
        Place(
            id.strip_prefix(TAG)
                .and_then(|n| n.parse().ok())
                .or_else(|| authored.get(id).copied())
                .unwrap_or(0),
        )
    };
    let walked = svg::parse(&tagged)
        .map_err(|mut p| p.remove(0))
        .and_then(|d| walk_with(&d, &place));
    match walked {
        Ok(findings) => Located {
            findings: Some(findings),
            error: None,
        },
        Err(problem) => Located {
            findings: None,
            error: Some(problem),
        },
    }
}

impl Located {
    fn problems(self, palette: &Palette) -> Vec<Problem> {
        match (self.findings, self.error) {
            (Some(f), _) => f.problems(palette),
            (None, Some(e)) => vec![e],
            (None, None) => Vec::new(),
        }
    }
}

/// CIE L*a*b* (D65 white, 2° observer).
pub type Lab = [f64; 3];

impl Rgb {
    /// This sRGB colour in CIE L*a*b* (D65).
    pub fn lab(self) -> Lab {
        let linear = |v: u8| {
            let c = f64::from(v) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        let [r, g, b] = self.0.map(linear);
        let x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
        let y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b;
        let z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883;
        let f = |t: f64| {
            if t > 216.0 / 24389.0 {
                t.cbrt()
            } else {
                (24389.0 / 27.0 * t + 16.0) / 116.0
            }
        };
        let (fx, fy, fz) = (f(x), f(y), f(z));
        [116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)]
    }
}

/// CIEDE2000 colour difference ΔE00 with kL = kC = kH = 1 (Sharma, Wu, Dalal 2005).
pub fn delta_e_2000(lab1: Lab, lab2: Lab) -> f64 {
    use std::f64::consts::PI;
    let [l1, a1, b1] = lab1;
    let [l2, a2, b2] = lab2;
    let c_bar = ((a1.hypot(b1)) + (a2.hypot(b2))) / 2.0;
    let c7 = c_bar.powi(7);
    let g = 0.5 * (1.0 - (c7 / (c7 + 25f64.powi(7))).sqrt());
    let (a1p, a2p) = ((1.0 + g) * a1, (1.0 + g) * a2);
    let (c1p, c2p) = (a1p.hypot(b1), a2p.hypot(b2));
    let hue = |b: f64, a: f64| {
        if a == 0.0 && b == 0.0 {
            0.0
        } else {
            b.atan2(a).to_degrees().rem_euclid(360.0)
        }
    };
    let (h1p, h2p) = (hue(b1, a1p), hue(b2, a2p));
    let dlp = l2 - l1;
    let dcp = c2p - c1p;
    let dhp = if c1p * c2p == 0.0 {
        0.0
    } else if (h2p - h1p).abs() <= 180.0 {
        h2p - h1p
    } else if h2p - h1p > 180.0 {
        h2p - h1p - 360.0
    } else {
        h2p - h1p + 360.0
    };
    let d_hp = 2.0 * (c1p * c2p).sqrt() * (dhp.to_radians() / 2.0).sin();
    let lp_bar = (l1 + l2) / 2.0;
    let cp_bar = (c1p + c2p) / 2.0;
    let hp_bar = if c1p * c2p == 0.0 {
        h1p + h2p
    } else if (h1p - h2p).abs() <= 180.0 {
        (h1p + h2p) / 2.0
    } else if h1p + h2p < 360.0 {
        (h1p + h2p + 360.0) / 2.0
    } else {
        (h1p + h2p - 360.0) / 2.0
    };
    let t = 1.0 - 0.17 * (hp_bar - 30.0).to_radians().cos()
        + 0.24 * (2.0 * hp_bar).to_radians().cos()
        + 0.32 * (3.0 * hp_bar + 6.0).to_radians().cos()
        - 0.20 * (4.0 * hp_bar - 63.0).to_radians().cos();
    let d_theta = 30.0 * (-((hp_bar - 275.0) / 25.0).powi(2)).exp();
    let cp7 = cp_bar.powi(7);
    let r_c = 2.0 * (cp7 / (cp7 + 25f64.powi(7))).sqrt();
    let l50 = (lp_bar - 50.0).powi(2);
    let s_l = 1.0 + 0.015 * l50 / (20.0 + l50).sqrt();
    let s_c = 1.0 + 0.045 * cp_bar;
    let s_h = 1.0 + 0.015 * cp_bar * t;
    let r_t = -(2.0 * d_theta * PI / 180.0).sin() * r_c;
    let (tl, tc, th) = (dlp / s_l, dcp / s_c, d_hp / s_h);
    (tl * tl + tc * tc + th * th + r_t * tc * th).sqrt()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Test vectors of export-standards.md §5.6 (Sharma, Wu, Dalal 2005).
    #[test]
    fn ciede2000_matches_the_reference_vectors() {
        let cases = [
            ([50.0, 2.6772, -79.7751], [50.0, 0.0, -82.7485], 2.0425),
            ([50.0, 3.1571, -77.2803], [50.0, 0.0, -82.7485], 2.8615),
            ([50.0, 0.0, 0.0], [50.0, -1.0, 2.0], 2.3669),
            ([50.0, 2.5, 0.0], [50.0, 0.0, -2.5], 4.3065),
            ([50.0, 2.5, 0.0], [73.0, 25.0, -18.0], 27.1492),
            (
                [60.2574, -34.0099, 36.2677],
                [60.4626, -34.1751, 39.4387],
                1.2644,
            ),
        ];
        for (a, b, expected) in cases {
            let got = delta_e_2000(a, b);
            assert!((got - expected).abs() < 5e-5, "{a:?} {b:?}: {got}");
            assert!((delta_e_2000(b, a) - expected).abs() < 5e-5);
        }
        assert_eq!(delta_e_2000([40.0, 10.0, -5.0], [40.0, 10.0, -5.0]), 0.0);
    }

    #[test]
    fn lab_of_white_and_black() {
        let [l, a, b] = Rgb([255, 255, 255]).lab();
        assert!((l - 100.0).abs() < 1e-3 && a.abs() < 1e-3 && b.abs() < 1e-3);
        assert_eq!(Rgb([0, 0, 0]).lab()[0], 0.0);
    }

    fn palette() -> Palette {
        Palette::new([
            ("groen".to_owned(), Rgb([0x00, 0x73, 0x4a])),
            ("hvid".to_owned(), Rgb([0xff, 0xff, 0xff])),
        ])
    }

    fn svg(body: &str) -> String {
        format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 50">
{body}
</svg>"#
        )
    }

    fn messages(check: &ArtworkCheck) -> Vec<String> {
        check
            .problems
            .iter()
            .map(|p| p.message.render(crate::i18n::Lang::En))
            .collect()
    }

    #[test]
    fn resolves_css_classes_keywords_and_current_color() {
        let ok = svg(r##"<style>.st0{fill:#00734A}</style>
<path class="st0" d="M0 0h10v10z"/>
<rect fill="white" width="5" height="5"/>
<g color="#00734a"><circle fill="currentColor" r="3" cx="20" cy="20"/></g>"##);
        let check = check_artwork(&ok, &palette());
        assert!(check.is_ok(), "{:?}", messages(&check));
        assert_eq!(
            check.paints,
            BTreeSet::from([Rgb([0, 0x73, 0x4a]), Rgb([255, 255, 255])])
        );
    }

    #[test]
    fn names_the_resolved_colour_the_nearest_palette_colour_and_the_line() {
        let text = svg(
            "<style>.st0{fill:#00744a}</style>\n<path class=\"st0\" d=\"M0 0h10v10z\"/>\n<path d=\"M0 0h1v1z\"/>",
        );
        let check = check_artwork(&text, &palette());
        let m = messages(&check);
        assert_eq!(m.len(), 2, "{m:?}");
        assert!(m[0].contains("#00744a") && m[0].contains("groen"), "{m:?}");
        assert!(m[1].contains("#000000"), "{m:?}");
        let line = |offset| text[..offset].matches('\n').count() + 1;
        assert_eq!(line(check.problems[0].offset), 3);
        assert_eq!(line(check.problems[1].offset), 4);
    }

    #[test]
    fn refuses_what_print_cannot_write() {
        let cases = [
            (
                r##"<filter id="f"><feGaussianBlur stdDeviation="2"/></filter><path filter="url(#f)" fill="#00734a" d="M0 0h9v9z"/>"##,
                "filter",
            ),
            (
                r##"<linearGradient id="g"><stop offset="0" stop-color="#00734a"/><stop offset="1" stop-color="#fff"/></linearGradient><path fill="url(#g)" d="M0 0h9v9z"/>"##,
                "gradient",
            ),
            (
                r##"<mask id="m"><rect width="5" height="5" fill="#fff"/></mask><path mask="url(#m)" fill="#00734a" d="M0 0h9v9z"/>"##,
                "mask",
            ),
            (
                r##"<g opacity="0.5"><path fill="#00734a" d="M0 0h9v9z"/><path fill="#00734a" d="M20 0h9v9z"/></g>"##,
                "opacity",
            ),
            (
                r##"<path fill="#00734a" fill-opacity="0.4" d="M0 0h9v9z"/>"##,
                "opacity",
            ),
            (
                r##"<g style="mix-blend-mode:multiply"><path fill="#00734a" d="M0 0h9v9z"/></g>"##,
                "blend-mode",
            ),
        ];
        for (body, feature) in cases {
            let check = check_artwork(&svg(body), &palette());
            let m = messages(&check);
            assert!(m.iter().any(|m| m.contains(feature)), "{feature}: {m:?}");
        }
        let clip = svg(
            r##"<clipPath id="c"><rect width="5" height="5"/></clipPath><path clip-path="url(#c)" fill="#00734a" d="M0 0h9v9z"/>"##,
        );
        assert!(check_artwork(&clip, &palette()).is_ok());
    }
}
