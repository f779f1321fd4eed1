use super::*;
use crate::manual::load_embedded;

const TRIPLE: (&str, &str, &str) = ("solbakken", "horizontal", "positive");

fn prepare(svg: &str, decisions: &Decisions) -> Import {
    Import::prepare(&load_embedded().manual, TRIPLE, svg, decisions)
}

fn svg(body: &str) -> String {
    format!(r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100">{body}</svg>"#)
}

#[test]
fn exact_palette_colours_through_classes_and_keywords_are_ready() {
    let text = svg(
        r#"<style>.st0{fill:#00734A;}</style><rect class="st0" width="100" height="100"/>
           <circle fill="white" cx="50" cy="50" r="20"/>"#,
    );
    let import = prepare(&text, &Decisions::default());
    assert_eq!(import.status(), Status::Ready, "{import:?}");
    let ids: Vec<_> = import.paints.iter().map(|p| p.to.clone()).collect();
    assert_eq!(
        ids,
        [
            Match::Exact {
                color: "groen".into()
            },
            Match::Exact {
                color: "hvid".into()
            }
        ]
    );
    assert_eq!(import.path, "logos/solbakken/horizontal-positive.svg");
    let out = import.svg().unwrap();
    assert!(
        out.contains("fill=\"#00734a\"") && out.contains("fill=\"#ffffff\""),
        "{out}"
    );
    assert!(!out.contains("<style") && !out.contains("class="), "{out}");
    assert!(out.contains("viewBox=\"0 0 200 100\""), "{out}");
    assert!(matches!(import.edit(), Some(Edit::Batch(edits)) if edits.len() == 2));
}

#[test]
fn a_near_colour_waits_for_confirmation_and_then_becomes_the_palette_colour() {
    // #03774b is ΔE2000 1.50 from groen #00734a (computed independently, see tests/manual_import.rs)
    let text = svg(r##"<rect fill="#03774b" width="100" height="100"/>"##);
    let import = prepare(&text, &Decisions::default());
    assert_eq!(import.status(), Status::NeedsConfirmation);
    assert!(import.edit().is_none() && import.svg().is_none());
    match &import.paints[0].to {
        Match::Near {
            color,
            delta,
            accepted: false,
            ..
        } => {
            assert_eq!(color, "groen");
            assert!((delta - 1.5).abs() < 0.05, "{delta}");
        }
        other => panic!("{other:?}"),
    }
    let accepted = prepare(
        &text,
        &Decisions {
            accept_near: true,
            ..Decisions::default()
        },
    );
    assert_eq!(accepted.status(), Status::Ready);
    let out = accepted.svg().unwrap();
    assert!(out.contains("#00734a") && !out.contains("#03774b"), "{out}");
}

#[test]
fn text_is_refused_with_the_reason() {
    let text = svg(r##"<text x="10" y="50" fill="#00734a">Regnbuen</text>"##);
    let import = prepare(&text, &Decisions::default());
    assert_eq!(import.status(), Status::Refused);
    // the XML check of `check` names it before the tree is built
    assert_eq!(import.refused[0].key, "svg-logo-text");
    assert!(
        import.refused[0]
            .render(crate::i18n::Lang::En)
            .contains("outlined"),
        "{:?}",
        import.refused
    );
    assert!(import.edit().is_none());
}

#[test]
fn the_default_black_is_off_the_palette_until_mapped_by_hand() {
    let text = svg(r#"<path d="M0 0h100v100H0z"/>"#);
    let import = prepare(&text, &Decisions::default());
    assert_eq!(import.status(), Status::Refused);
    assert!(
        matches!(&import.paints[0].to, Match::Off { nearest: Some((id, _, d)) } if id == "sort" && *d > 6.0)
    );
    let black = Rgb([0, 0, 0]);
    let mapped = prepare(
        &text,
        &Decisions {
            map: vec![(black, "sort".into())],
            ..Decisions::default()
        },
    );
    assert_eq!(mapped.status(), Status::Ready);
    assert!(mapped.svg().unwrap().contains("fill=\"#1d1d1b\""));
    let unknown = prepare(
        &text,
        &Decisions {
            map: vec![(black, "noir".into())],
            ..Decisions::default()
        },
    );
    assert_eq!(unknown.refused[0].key, "import-map-unknown");
}
