//! The interface with a manual at the scale of a real organisation (3,500 senders, logos and colours,
//! generated at test time): *Farver* and the export screen open, the colour search and the export screen's
//! logo and background pickers answer, and no screen builds thousands of widgets. (Response times are
//! measured by `benches/scale.rs`, not asserted here.)

mod gui_support;

#[path = "support/large_manual.rs"]
mod large_manual;

use std::path::Path;

use designprogram::gui::id;
use designprogram::settings::ManualChoice;
use gui_support::Harness;

const N: usize = 3500;

#[test]
fn farver_and_the_export_pickers_answer_with_3500_of_everything() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("manual");
    large_manual::generate(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("manual"),
        &root,
        N,
    )
    .unwrap();
    let mut h = Harness::with(ManualChoice::Folder(root, "test"));

    h.click("Farver").unwrap();
    let texts = h.texts();
    assert!(
        texts.iter().any(|t| t == "Viser 24 af 3500 farver"),
        "{texts:?}"
    );
    // a page of cards and one row of contrast each way: hundreds of texts, not millions
    assert!(
        texts.len() < 1500,
        "{} texts on the colour screen",
        texts.len()
    );

    h.type_into(id::COLORS_SEARCH, "brandfarve 1234").unwrap();
    assert!(h.sees("Brandfarve 1234"), "{:?}", h.texts());
    let shown = h.text_starting_with("Viser ").unwrap();
    assert!(!shown.ends_with("af 3500 farver"), "{shown}");
    h.click("Vis kontrast").ok(); // the only card is chosen already: its button may read "Valgt"
    assert!(
        h.text_starting_with("Kontrast for ").is_some(),
        "{:?}",
        h.texts()
    );

    h.click("Eksport").unwrap();
    h.type_into(id::EXPORT_LOGO, "logo 1234").unwrap();
    h.click("Logo 1234").unwrap();
    h.type_into(id::EXPORT_BACKGROUND, "brandfarve 3333")
        .unwrap();
    h.click("Brandfarve 3333").unwrap();
    let texts = h.texts();
    assert!(
        texts.len() < 1500,
        "{} texts on the export screen",
        texts.len()
    );
    // the pickers show a page of matches, sorted by name, and say how many more there are
    h.type_into(id::EXPORT_SENDER, "institution").unwrap();
    assert!(
        h.text_starting_with("3487 mere").is_some(),
        "{:?}",
        h.texts()
    );
}
