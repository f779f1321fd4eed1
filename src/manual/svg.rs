//! Safety and content checks for the SVG files of a manual, before anything renders them.
//!
//! Refused: DTDs (and so entity expansion, "billion laughs"), more than [`MAX_NODES`] nodes, references to
//! external files, absurd sizes. For logo artwork also: `<text>` elements (wordmarks must be outlined) and
//! colours that are not in the palette.

use std::collections::BTreeSet;

use super::color::Rgb;

/// Largest number of XML nodes an SVG may have.
pub const MAX_NODES: u32 = 20_000;
/// Largest width or height in user units.
pub const MAX_EXTENT: f64 = 100_000.0;

/// A problem in an SVG, at a byte offset of its text.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// Byte offset in the SVG text.
    pub offset: usize,
    /// What is wrong.
    pub message: String,
}

/// What the check learnt about a valid SVG.
#[derive(Debug, Clone, PartialEq)]
pub struct Info {
    /// Width in user units (from the viewBox, else `width`).
    pub width: f64,
    /// Height in user units.
    pub height: f64,
    /// Every colour the SVG paints with.
    pub colors: BTreeSet<Rgb>,
}

/// Checks an SVG. `logo` adds the artwork rules (no `<text>`). Returns what it learnt, or every problem.
pub fn check(text: &str, logo: bool) -> Result<Info, Vec<Problem>> {
    let options = roxmltree::ParsingOptions {
        allow_dtd: false,
        nodes_limit: MAX_NODES,
        ..Default::default()
    };
    let doc = roxmltree::Document::parse_with_options(text, options).map_err(|e| {
        let pos = e.pos();
        let message = match e {
            roxmltree::Error::DtdDetected => {
                "the SVG declares a DTD (<!DOCTYPE …>); entity declarations are refused, remove the DTD".to_owned()
            }
            roxmltree::Error::NodesLimitReached => {
                format!("the SVG has more than {MAX_NODES} nodes; simplify the artwork")
            }
            other => format!("the SVG does not parse as XML: {other}"),
        };
        vec![Problem {
            offset: offset_of(text, pos.row as usize, pos.col as usize),
            message,
        }]
    })?;
    let mut problems = Vec::new();
    let root = doc.root_element();
    if root.tag_name().name() != "svg" {
        problems.push(Problem {
            offset: root.range().start,
            message: format!(
                "expected an <svg> root element, found <{}>",
                root.tag_name().name()
            ),
        });
    }
    let (width, height) = match size(&root) {
        Some(size) => size,
        None => {
            problems.push(Problem {
                offset: root.range().start,
                message: "the SVG has no usable size: expected viewBox=\"0 0 W H\" or width and height in user units".into(),
            });
            (0.0, 0.0)
        }
    };
    if width > MAX_EXTENT || height > MAX_EXTENT {
        problems.push(Problem {
            offset: root.range().start,
            message: format!(
                "the SVG is {width}×{height} user units; at most {MAX_EXTENT} per side"
            ),
        });
    }
    let mut colors = BTreeSet::new();
    for node in doc.descendants().filter(|n| n.is_element()) {
        let name = node.tag_name().name();
        if logo && (name == "text" || name == "tspan" || name == "textPath") {
            problems.push(Problem {
                offset: node.range().start,
                message: format!("<{name}> in logo artwork: wordmarks must be outlined as paths"),
            });
        }
        if logo && name == "image" {
            problems.push(Problem {
                offset: node.range().start,
                message: "<image> in logo artwork: logos must be vector; embed no raster images"
                    .into(),
            });
        }
        if matches!(
            name,
            "script" | "foreignObject" | "iframe" | "video" | "audio"
        ) {
            problems.push(Problem {
                offset: node.range().start,
                message: format!("<{name}> is not allowed in manual SVGs"),
            });
        }
        if name == "style"
            && let Some(css) = node.text()
            && (css.contains("@import") || has_external_url(css))
        {
            problems.push(Problem {
                offset: node.range().start,
                message:
                    "<style> references an external file; only #fragment and data: URLs are allowed"
                        .into(),
            });
        }
        for attr in node.attributes() {
            let value = attr.value();
            let external = match attr.name() {
                "href" => !is_local_reference(value),
                _ => has_external_url(value),
            };
            if external {
                problems.push(Problem {
                    offset: attr.range().start,
                    message: format!(
                        "`{}` references an external file ({}); manual SVGs must be self-contained",
                        attr.name(),
                        shorten(value)
                    ),
                });
            }
            match attr.name() {
                "fill" | "stroke" | "stop-color" | "flood-color" | "lighting-color" | "color" => {
                    paint(value, attr.range().start, &mut colors, &mut problems);
                }
                "style" => {
                    for declaration in value.split(';') {
                        if let Some((property, v)) = declaration.split_once(':')
                            && matches!(property.trim(), "fill" | "stroke" | "stop-color" | "color")
                        {
                            paint(v.trim(), attr.range().start, &mut colors, &mut problems);
                        }
                    }
                }
                _ => {}
            }
        }
    }
    if problems.is_empty() {
        Ok(Info {
            width,
            height,
            colors,
        })
    } else {
        Err(problems)
    }
}

fn paint(value: &str, offset: usize, colors: &mut BTreeSet<Rgb>, problems: &mut Vec<Problem>) {
    let value = value.trim();
    if value.is_empty()
        || value == "none"
        || value == "transparent"
        || value == "inherit"
        || value == "currentColor"
        || value.starts_with("url(")
    {
        return;
    }
    if let Some(rgb) = Rgb::parse_hex(value) {
        colors.insert(rgb);
    } else if let Some(rgb) = short_hex(value) {
        colors.insert(rgb);
    } else {
        problems.push(Problem {
            offset,
            message: format!("colour \"{}\" must be written as #rrggbb", shorten(value)),
        });
    }
}

fn short_hex(value: &str) -> Option<Rgb> {
    let digits = value.strip_prefix('#')?;
    if digits.len() != 3 {
        return None;
    }
    let long: String = digits.chars().flat_map(|c| [c, c]).collect();
    Rgb::parse_hex(&format!("#{long}"))
}

fn is_local_reference(value: &str) -> bool {
    let v = value.trim();
    v.starts_with('#') || v.starts_with("data:")
}

fn has_external_url(value: &str) -> bool {
    let mut rest = value;
    while let Some(i) = rest.find("url(") {
        let inner = rest[i + 4..].trim_start_matches(['"', '\'', ' ']);
        if !is_local_reference(inner) {
            return true;
        }
        rest = &rest[i + 4..];
    }
    false
}

fn shorten(value: &str) -> String {
    let mut s: String = value.chars().take(60).collect();
    if value.chars().count() > 60 {
        s.push('…');
    }
    s
}

fn size(root: &roxmltree::Node<'_, '_>) -> Option<(f64, f64)> {
    if let Some(view_box) = root.attribute("viewBox") {
        let numbers: Vec<f64> = view_box
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|s| !s.is_empty())
            .map(str::parse)
            .collect::<Result<_, _>>()
            .ok()?;
        if let [_, _, w, h] = numbers[..]
            && w > 0.0
            && h > 0.0
            && w.is_finite()
            && h.is_finite()
        {
            return Some((w, h));
        }
        return None;
    }
    let number = |name| -> Option<f64> {
        let v = root.attribute(name)?.trim().trim_end_matches("px");
        v.parse().ok().filter(|n: &f64| *n > 0.0 && n.is_finite())
    };
    Some((number("width")?, number("height")?))
}

/// Byte offset of a 1-based row/column.
fn offset_of(text: &str, row: usize, col: usize) -> usize {
    let mut offset = 0;
    for (i, line) in text.split_inclusive('\n').enumerate() {
        if i + 1 == row {
            return offset
                + line
                    .char_indices()
                    .nth(col.saturating_sub(1))
                    .map_or(line.len(), |(b, _)| b);
        }
        offset += line.len();
    }
    text.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    const OK: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100"><path fill="#00734a" d="M0 0h10v10z"/><rect style="fill:#fff" width="1" height="1"/></svg>"##;

    #[test]
    fn accepts_a_clean_logo() {
        let info = check(OK, true).unwrap();
        assert_eq!((info.width, info.height), (200.0, 100.0));
        assert!(info.colors.contains(&Rgb([0, 0x73, 0x4a])));
        assert!(info.colors.contains(&Rgb([255, 255, 255])));
    }

    #[test]
    fn refuses_billion_laughs_quickly() {
        let mut svg =
            String::from("<?xml version=\"1.0\"?>\n<!DOCTYPE svg [\n<!ENTITY lol \"lol\">\n");
        for i in 1..10 {
            let prev = if i == 1 {
                "lol".to_owned()
            } else {
                format!("lol{}", i - 1)
            };
            svg.push_str(&format!(
                "<!ENTITY lol{i} \"{}\">\n",
                format!("&{prev};").repeat(10)
            ));
        }
        svg.push_str("]>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"><text>&lol9;</text></svg>");
        let start = std::time::Instant::now();
        let problems = check(&svg, true).unwrap_err();
        assert!(start.elapsed().as_secs() < 2);
        assert!(problems[0].message.contains("DTD"), "{problems:?}");
    }

    #[test]
    fn refuses_external_references_text_and_foreign_colours() {
        let svg = r##"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">
<image xlink:href="file:///etc/passwd" width="1" height="1"/>
<rect fill="url(http://evil.example/x.svg#a)" width="1" height="1"/>
<text>Sønderborg</text>
<rect fill="red" width="1" height="1"/>
</svg>"##;
        let problems = check(svg, true).unwrap_err();
        let text: Vec<&str> = problems.iter().map(|p| p.message.as_str()).collect();
        assert!(
            text.iter()
                .any(|m| m.contains("`href` references an external file")),
            "{text:?}"
        );
        assert!(
            text.iter()
                .any(|m| m.contains("`fill` references an external file")),
            "{text:?}"
        );
        assert!(text.iter().any(|m| m.contains("<text>")), "{text:?}");
        assert!(text.iter().any(|m| m.contains("\"red\"")), "{text:?}");
        assert!(
            text.iter().any(|m| m.contains("<image> in logo artwork")),
            "{text:?}"
        );
        // text is fine outside logos
        assert!(check(r#"<svg viewBox="0 0 1 1"><text>x</text></svg>"#, false).is_ok());
    }

    #[test]
    fn refuses_too_many_nodes_and_missing_size() {
        let many = format!(
            "<svg viewBox=\"0 0 1 1\">{}</svg>",
            "<g/>".repeat(MAX_NODES as usize + 5)
        );
        assert!(check(&many, true).unwrap_err()[0].message.contains("nodes"));
        assert!(
            check("<svg/>", true).unwrap_err()[0]
                .message
                .contains("size")
        );
        assert!(
            check("<svg", true).unwrap_err()[0]
                .message
                .contains("does not parse")
        );
    }
}
