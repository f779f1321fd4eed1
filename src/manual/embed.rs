//! Embedding an artwork in another SVG document: as a nested `<svg>` element placed at a rectangle. The
//! export composition (`render`) and the co-branded lockup (`cobrand`) both place artwork this way.

use std::fmt::Write as _;

use serde::Serialize;

use super::logo::Artwork;

/// An artwork as a nested `<svg>` element, and the namespace declarations its outer document needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Nested {
    /// The `<svg x y width height …>…</svg>` element.
    pub element: String,
    /// ` xmlns:prefix="uri"` declarations for the outer root element (empty if none).
    pub namespaces: String,
}

/// Why an artwork cannot be embedded (the loader checked it, so this means a defect, not user input).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{path}: the artwork cannot be embedded: {message}")]
pub struct EmbedError {
    /// Artwork path, relative to the manual root.
    pub path: String,
    /// What is wrong.
    pub message: String,
}

/// Where a nested artwork goes: its box in the outer document's user units.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Placement {
    /// Left.
    pub x: f64,
    /// Top.
    pub y: f64,
    /// Width.
    pub w: f64,
    /// Height.
    pub h: f64,
}

impl Artwork {
    /// This artwork as a nested `<svg>` stretched over `at`. With `id_prefix`, every `id` and `class` in it
    /// and every reference to one (`url(#…)`, `href="#…"`, CSS `#…` and `.…` selectors in `<style>`) gets
    /// the prefix, so that two artworks in one document never resolve each other's ids or style each other's
    /// classes (designer exports reuse `.cls-1` and `clip-path` ids).
    pub fn nested(&self, at: Placement, id_prefix: Option<&str>) -> Result<Nested, EmbedError> {
        let error = |message: String| EmbedError {
            path: self.path.clone(),
            message,
        };
        let doc = roxmltree::Document::parse(&self.svg).map_err(|e| error(e.to_string()))?;
        let root = doc.root_element();
        if root.tag_name().name() != "svg" {
            return Err(error("the root element is not <svg>".to_owned()));
        }
        let mut namespaces = String::new();
        for ns in root.namespaces() {
            if let Some(prefix) = ns.name()
                && prefix != "xml"
            {
                let _ = write!(namespaces, r#" xmlns:{prefix}="{}""#, escape(ns.uri()));
            }
        }
        let mut element = String::with_capacity(self.svg.len() + 256);
        let _ = write!(
            element,
            r#"<svg x="{}" y="{}" width="{}" height="{}" preserveAspectRatio="none" overflow="visible""#,
            at.x, at.y, at.w, at.h
        );
        if root.attribute("viewBox").is_none() {
            let _ = write!(element, r#" viewBox="0 0 {} {}""#, self.width, self.height);
        }
        for attr in root.attributes() {
            let keep = attr.namespace().is_none()
                && !matches!(
                    attr.name(),
                    "x" | "y" | "width" | "height" | "preserveAspectRatio" | "overflow" | "version"
                );
            if keep {
                let _ = write!(element, r#" {}="{}""#, attr.name(), escape(attr.value()));
            }
        }
        element.push('>');
        if let (Some(first), Some(last)) = (root.first_child(), root.last_child()) {
            let content = &self.svg[first.range().start..last.range().end];
            match id_prefix {
                Some(prefix) => element.push_str(&isolate(content, &doc, prefix)),
                None => element.push_str(content),
            }
        }
        element.push_str("</svg>");
        Ok(Nested {
            element,
            namespaces,
        })
    }
}

/// Escapes an attribute value written between double quotes.
pub fn escape(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('"', "&quot;")
}

/// Prefixes the ids and classes of an SVG fragment and the references to them.
fn isolate(content: &str, doc: &roxmltree::Document<'_>, prefix: &str) -> String {
    let ids: Vec<&str> = doc
        .descendants()
        .filter_map(|n| n.attribute("id"))
        .collect();
    let mut classes: Vec<&str> = doc
        .descendants()
        .filter_map(|n| n.attribute("class"))
        .flat_map(str::split_whitespace)
        .collect();
    classes.sort_unstable();
    classes.dedup();
    let out = prefix_ids(content, &ids, prefix);
    if classes.is_empty() {
        out
    } else {
        prefix_classes(&out, &classes, prefix)
    }
}

/// Prefixes every token of `class="…"` attributes, and `.class` selectors inside `<style>` elements.
fn prefix_classes(text: &str, classes: &[&str], prefix: &str) -> String {
    let mut out = String::with_capacity(text.len() + 64);
    let mut rest = text;
    loop {
        let attribute = rest.find("class=");
        let style = rest.find("<style");
        match (attribute, style) {
            (Some(a), s) if s.is_none_or(|s| a < s) => {
                let start = a + "class=".len();
                let Some(quote) = rest[start..]
                    .chars()
                    .next()
                    .filter(|q| *q == '"' || *q == '\'')
                else {
                    out.push_str(&rest[..start]);
                    rest = &rest[start..];
                    continue;
                };
                let Some(len) = rest[start + 1..].find(quote) else {
                    break;
                };
                let value = &rest[start + 1..start + 1 + len];
                out.push_str(&rest[..=start]);
                let tokens: Vec<String> = value
                    .split_whitespace()
                    .map(|t| format!("{prefix}{t}"))
                    .collect();
                out.push_str(&tokens.join(" "));
                out.push(quote);
                rest = &rest[start + 1 + len + 1..];
            }
            (_, Some(s)) => {
                let Some(end) = rest[s..].find("</style>").map(|e| s + e) else {
                    break;
                };
                out.push_str(&rest[..s]);
                let mut css = rest[s..end].to_owned();
                for class in classes {
                    css = replace_selector(&css, '.', class, &format!("{prefix}{class}"));
                }
                out.push_str(&css);
                rest = &rest[end..];
                out.push_str("</style>");
                rest = &rest["</style>".len()..];
            }
            _ => break,
        }
    }
    out.push_str(rest);
    out
}

/// Prefixes the ids of an SVG fragment and the references to them.
fn prefix_ids(content: &str, ids: &[&str], prefix: &str) -> String {
    let mut out = content.to_owned();
    for id in ids {
        let new = format!("{prefix}{id}");
        for quote in ['"', '\''] {
            out = out.replace(
                &format!("id={quote}{id}{quote}"),
                &format!("id={quote}{new}{quote}"),
            );
        }
        // `#id` wherever it ends at a character that cannot continue a name: url(#id), href="#id", CSS
        // selectors. An id that reads like a HEX colour is only rewritten inside url(…) and href.
        let hex_like =
            matches!(id.len(), 3 | 4 | 6 | 8) && id.chars().all(|c| c.is_ascii_hexdigit());
        out = if hex_like {
            let mut s = out;
            for (old, replacement) in [
                (format!("url(#{id})"), format!("url(#{new})")),
                (format!("href=\"#{id}\""), format!("href=\"#{new}\"")),
                (format!("href='#{id}'"), format!("href='#{new}'")),
            ] {
                s = s.replace(&old, &replacement);
            }
            s
        } else {
            replace_fragment(&out, id, &new)
        };
    }
    out
}

/// Replaces `#old` by `#new` where `old` is not followed by a name character.
fn replace_fragment(text: &str, old: &str, new: &str) -> String {
    replace_selector(text, '#', old, new)
}

/// Replaces `{sigil}old` by `{sigil}new` where `old` is not followed by a name character.
fn replace_selector(text: &str, sigil: char, old: &str, new: &str) -> String {
    let needle = format!("{sigil}{old}");
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(&needle) {
        let after = &rest[i + needle.len()..];
        let continues = after
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | ':'));
        out.push_str(&rest[..i]);
        out.push(sigil);
        out.push_str(if continues { old } else { new });
        rest = after;
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    fn artwork(svg: &str) -> Artwork {
        Artwork {
            path: "logos/x/a.svg".into(),
            svg: Arc::from(svg),
            width: 10.0,
            height: 5.0,
        }
    }

    #[test]
    fn nests_at_the_placement_and_keeps_namespaces() {
        let a = artwork(
            r##"<svg xmlns="http://www.w3.org/2000/svg" xmlns:i="urn:x" viewBox="0 0 10 5" width="10" height="5"><rect id="r" width="10" height="5" fill="#00734a"/></svg>"##,
        );
        let at = Placement {
            x: 1.0,
            y: 2.0,
            w: 20.0,
            h: 10.0,
        };
        let n = a.nested(at, None).unwrap();
        assert!(
            n.element
                .starts_with(r#"<svg x="1" y="2" width="20" height="10""#)
        );
        assert!(n.element.contains(r#"viewBox="0 0 10 5""#));
        assert!(n.element.contains(r#"<rect id="r""#));
        assert_eq!(n.namespaces, r#" xmlns:i="urn:x""#);
    }

    #[test]
    fn prefixes_classes_in_attributes_and_style_rules() {
        let a = artwork(
            r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 5"><style>.cls-1{fill:#00734a}.cls-10, .cls-2 { fill: #8dc63f; stroke-width:.5 }</style><path class="cls-1 cls-2" d="M0 .5h1"/><path class='cls-10' d="M0 0h1"/></svg>"##,
        );
        let at = Placement {
            x: 0.0,
            y: 0.0,
            w: 10.0,
            h: 5.0,
        };
        let e = a.nested(at, Some("with-")).unwrap().element;
        for expected in [
            ".with-cls-1{",
            ".with-cls-10, .with-cls-2 {",
            r#"class="with-cls-1 with-cls-2""#,
            "class='with-cls-10'",
            "stroke-width:.5",
            r#"d="M0 .5h1""#,
        ] {
            assert!(e.contains(expected), "{expected} in {e}");
        }
    }

    #[test]
    fn prefixes_ids_and_their_references_only() {
        let a = artwork(
            r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 5"><defs><clipPath id="c"><rect width="5" height="5"/></clipPath></defs><g id="mark" clip-path="url(#c)"><path id="wordmark" fill="#abc" d="M0 0h1"/></g><use href="#mark"/><style>#mark { fill: #c0ffee }</style></svg>"##,
        );
        let at = Placement {
            x: 0.0,
            y: 0.0,
            w: 10.0,
            h: 5.0,
        };
        let e = a.nested(at, Some("own-")).unwrap().element;
        for expected in [
            r#"id="own-c""#,
            "url(#own-c)",
            r#"id="own-mark""#,
            r#"id="own-wordmark""#,
            "href=\"#own-mark\"",
            "#own-mark {",
            "fill=\"#abc\"",
            "#c0ffee",
        ] {
            assert!(e.contains(expected), "{expected} in {e}");
        }
        // the result is one valid SVG
        roxmltree::Document::parse(&format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg">{e}</svg>"#
        ))
        .unwrap();
    }
}
