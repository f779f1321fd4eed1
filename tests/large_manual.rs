//! A manual at the scale of a real organisation — 3,500 senders, 3,500 logos (10,500 SVG files) and 3,500
//! colours, generated at test time (not committed) — loads and passes `check`. Time and memory are measured by
//! `benches/scale.rs` (figures in the README), not asserted here.

#[path = "support/large_manual.rs"]
mod large_manual;

use std::path::Path;

use designprogram::manual::{self, Severity};

const N: usize = 3500;

#[test]
fn a_manual_of_3500_senders_logos_and_colours_passes_check() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("manual");
    large_manual::generate(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("manual"),
        &root,
        N,
    )
    .unwrap();
    let svgs = walk(&root, "svg");
    assert!(svgs >= 10_000, "{svgs} SVG files");

    let loaded = manual::load_folder(&root);
    let errors: Vec<String> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .take(5)
        .map(ToString::to_string)
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let m = &loaded.manual;
    assert_eq!(m.senders.len(), N);
    assert_eq!(m.logos.len(), N);
    assert_eq!(m.colors.len(), N);
    // the lookups the loader and every screen rely on resolve at this size
    assert_eq!(
        m.sender("sender-3499").map(|s| s.id.as_str()),
        Some("sender-3499")
    );
    assert!(m.color("brand-3489").is_some());
    // its own logo first, then the kommune's (its parent)
    let ids: Vec<&str> = m
        .logos_for_sender("sender-42")
        .iter()
        .map(|l| l.id.as_str())
        .collect();
    assert_eq!(ids, ["logo-42", "logo-0"]);
    let logo = m.logo("logo-1234").unwrap();
    assert_eq!(logo.lockups[0].artwork.len(), 3);
}

fn walk(dir: &Path, ext: &str) -> usize {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| {
            if p.is_dir() {
                walk(&p, ext)
            } else {
                usize::from(p.extension().is_some_and(|e| e == ext))
            }
        })
        .sum()
}
