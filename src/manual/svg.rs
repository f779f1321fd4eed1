//! Safety checks for the SVG files of a manual, on the XML before anything renders them.
//!
//! Refused: DTDs (and so entity expansion, "billion laughs"), more than [`MAX_NODES`] nodes, `<use>` chains
//! that expand to more than [`MAX_EXPANDED`] elements, references to external files, absurd sizes. For logo
//! artwork also `<text>` (wordmarks must be outlined) and `<image>`; the colours and features of logo artwork
//! are checked on the rendered tree by [`super::paint::check_artwork`].

use std::collections::HashMap;

use super::diagnostic::Message;

/// Largest number of XML nodes an SVG may have.
pub const MAX_NODES: u32 = 20_000;
/// Largest width or height in user units.
pub const MAX_EXTENT: f64 = 100_000.0;
/// Largest number of elements once every `<use>` is expanded (a "billion laughs" made of `<use>`).
pub const MAX_EXPANDED: u64 = 100_000;

/// A problem in an SVG, at a byte offset of its text.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// Byte offset in the SVG text.
    pub offset: usize,
    /// What is wrong.
    pub message: Message,
}

/// What the check learnt about a valid SVG.
#[derive(Debug, Clone, PartialEq)]
pub struct Info {
    /// Width in user units (from the viewBox, else `width`).
    pub width: f64,
    /// Height in user units.
    pub height: f64,
}

/// Checks an SVG. `logo` adds the artwork rules (no `<text>`, no `<image>`). Returns what it learnt, or every
/// problem.
pub fn check(text: &str, logo: bool) -> Result<Info, Vec<Problem>> {
    inspect(&parse(text)?, logo)
}

/// Parses an SVG's XML with the safety limits (no DTD, at most [`MAX_NODES`] nodes).
pub fn parse(text: &str) -> Result<roxmltree::Document<'_>, Vec<Problem>> {
    let options = roxmltree::ParsingOptions {
        allow_dtd: false,
        nodes_limit: MAX_NODES,
        ..Default::default()
    };
    roxmltree::Document::parse_with_options(text, options).map_err(|e| {
        let pos = e.pos();
        let message = match e {
            roxmltree::Error::DtdDetected => Message::new("svg-dtd"),
            roxmltree::Error::NodesLimitReached => {
                Message::new("svg-too-many-nodes").arg("max", MAX_NODES)
            }
            other => Message::new("svg-xml").arg("error", other),
        };
        vec![Problem {
            offset: offset_of(text, pos.row as usize, pos.col as usize),
            message,
        }]
    })
}

/// The checks of [`check`] on a parsed document.
pub fn inspect(doc: &roxmltree::Document<'_>, logo: bool) -> Result<Info, Vec<Problem>> {
    let mut problems = Vec::new();
    let root = doc.root_element();
    if root.tag_name().name() != "svg" {
        problems.push(Problem {
            offset: root.range().start,
            message: Message::new("svg-root").arg("found", root.tag_name().name()),
        });
    }
    let (width, height) = match size(&root) {
        Some(size) => size,
        None => {
            problems.push(Problem {
                offset: root.range().start,
                message: Message::new("svg-no-size"),
            });
            (0.0, 0.0)
        }
    };
    if width > MAX_EXTENT || height > MAX_EXTENT {
        problems.push(Problem {
            offset: root.range().start,
            message: Message::new("svg-too-large")
                .arg("width", width)
                .arg("height", height)
                .arg("max", MAX_EXTENT),
        });
    }
    if let Some(offset) = use_bomb(doc) {
        problems.push(Problem {
            offset,
            message: Message::new("svg-use-expansion").arg("max", MAX_EXPANDED),
        });
    }
    for node in doc.descendants().filter(|n| n.is_element()) {
        let name = node.tag_name().name();
        if logo && (name == "text" || name == "tspan" || name == "textPath") {
            problems.push(Problem {
                offset: node.range().start,
                message: Message::new("svg-logo-text").arg("element", name),
            });
        }
        if logo && name == "image" {
            problems.push(Problem {
                offset: node.range().start,
                message: Message::new("svg-logo-image"),
            });
        }
        if matches!(
            name,
            "script" | "foreignObject" | "iframe" | "video" | "audio"
        ) {
            problems.push(Problem {
                offset: node.range().start,
                message: Message::new("svg-forbidden-element").arg("element", name),
            });
        }
        if name == "style"
            && let Some(css) = node.text()
            && (css.contains("@import") || has_external_url(css))
        {
            problems.push(Problem {
                offset: node.range().start,
                message: Message::new("svg-style-external"),
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
                    message: Message::new("svg-external")
                        .arg("attribute", attr.name())
                        .arg("value", shorten(value)),
                });
            }
        }
    }
    if problems.is_empty() {
        Ok(Info { width, height })
    } else {
        Err(problems)
    }
}

/// The offset of a `<use>` whose expansion (following references, as a renderer does) exceeds
/// [`MAX_EXPANDED`] elements. Linear: each element's expanded size is computed once.
fn use_bomb(doc: &roxmltree::Document<'_>) -> Option<usize> {
    let ids: HashMap<&str, roxmltree::Node<'_, '_>> = doc
        .descendants()
        .filter_map(|n| Some((n.attribute("id")?, n)))
        .collect();
    if !doc.descendants().any(|n| n.has_tag_name("use")) {
        return None;
    }
    let mut sizes: HashMap<roxmltree::NodeId, u64> = HashMap::new();
    for node in doc.descendants().filter(|n| n.has_tag_name("use")) {
        if expanded(node, &ids, &mut sizes, 0) > MAX_EXPANDED {
            return Some(node.range().start);
        }
    }
    None
}

/// Elements a node stands for once every `<use>` under it is expanded (saturating; cycles count once, as
/// renderers skip recursive references).
fn expanded<'a, 'i>(
    node: roxmltree::Node<'a, 'i>,
    ids: &HashMap<&str, roxmltree::Node<'a, 'i>>,
    sizes: &mut HashMap<roxmltree::NodeId, u64>,
    depth: u32,
) -> u64 {
    if let Some(&n) = sizes.get(&node.id()) {
        return n;
    }
    if depth > 1024 {
        return 1;
    }
    sizes.insert(node.id(), 1); // a cycle back to this node counts as one element
    let mut n: u64 = 1;
    for child in node.children().filter(|c| c.is_element()) {
        n = n.saturating_add(expanded(child, ids, sizes, depth + 1));
    }
    if node.has_tag_name("use")
        && let Some(target) = node
            .attributes()
            .find(|a| a.name() == "href")
            .and_then(|a| a.value().strip_prefix('#'))
            .and_then(|id| ids.get(id))
    {
        n = n.saturating_add(expanded(*target, ids, sizes, depth + 1));
    }
    sizes.insert(node.id(), n);
    n
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
        assert!(problems[0].message.en().contains("DTD"), "{problems:?}");
    }

    #[test]
    fn refuses_external_references_text_and_images() {
        let svg = r##"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">
<image xlink:href="file:///etc/passwd" width="1" height="1"/>
<rect fill="url(http://evil.example/x.svg#a)" width="1" height="1"/>
<text>Sønderborg</text>
</svg>"##;
        let problems = check(svg, true).unwrap_err();
        let text: Vec<String> = problems.iter().map(|p| p.message.en()).collect();
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
        assert!(
            check(&many, true).unwrap_err()[0]
                .message
                .en()
                .contains("nodes")
        );
        assert!(
            check("<svg/>", true).unwrap_err()[0]
                .message
                .en()
                .contains("size")
        );
        assert!(
            check("<svg", true).unwrap_err()[0]
                .message
                .en()
                .contains("does not parse")
        );
    }

    #[test]
    fn refuses_use_bombs_before_anything_expands_them() {
        let mut svg = String::from(
            r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"><defs><path id="a0" d="M0 0h1v1z"/>"#,
        );
        for level in 1..10 {
            svg.push_str(&format!("<g id=\"a{level}\">"));
            for _ in 0..10 {
                svg.push_str(&format!("<use xlink:href=\"#a{}\"/>", level - 1));
            }
            svg.push_str("</g>");
        }
        svg.push_str(r##"</defs><use href="#a9"/></svg>"##);
        let start = std::time::Instant::now();
        let problems = check(&svg, true).unwrap_err();
        assert!(start.elapsed().as_millis() < 500);
        assert!(problems[0].message.en().contains("<use>"), "{problems:?}");
        // a few references are fine, and so is a cycle (renderers skip it)
        let ok = r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 9 9"><g id="g"><use href="#g"/><path id="p" d="M0 0h1v1z"/></g><use href="#p"/><use href="#p"/></svg>"##;
        assert!(check(ok, true).is_ok());
    }
}
