//! The must-show flows, driven through the real interface with the iced_test simulator, the embedded
//! manual and a temporary settings folder: search filters the grid; logo → colourway → preset → export through
//! the save-dialog seam; the language switches live; a blocking finding disables saving and says why.

mod gui_support;

use designprogram::gui::id;
use designprogram::i18n::{Lang, tr};
use designprogram::settings::Settings;
use gui_support::Harness;

#[test]
fn search_filters_the_logo_grid() {
    let mut h = Harness::new();
    h.click("Logoer").unwrap();
    assert!(h.sees("Viser 4 af 4 logoer"));
    assert!(h.sees("Kærhaveskolen – logo"));

    h.type_into(id::SEARCH, "bibliotek").unwrap();
    assert!(h.sees("Viser 1 af 4 logoer"));
    assert!(h.sees("Sønderborg Bibliotek – logo"));
    assert!(!h.sees("Kærhaveskolen – logo"), "filtered out");
    assert!(!h.sees("Sønderborg Kommune – logo"), "filtered out");

    // Danish synonyms find the kommune's logo, however the user spells å.
    h.click("Nulstil").unwrap();
    h.type_into(id::SEARCH, "byvaaben").unwrap();
    assert!(h.sees("Viser 1 af 4 logoer"));
    assert!(h.sees("Sønderborg Kommune – logo"));

    h.click("Nulstil").unwrap();
    h.type_into(id::SEARCH, "findes ikke").unwrap();
    assert!(h.sees("Ingen logoer passer til søgningen"));
}

#[test]
fn logo_colourway_preset_export_writes_the_preset_pixel_size() {
    let mut h = Harness::new();
    h.click("Logoer").unwrap();
    h.click("Sønderborg Kommune – logo").unwrap(); // the first card: the horizontal lockup
    assert!(h.sees("Regler for logoet"));
    h.click("Sort").unwrap();
    assert!(h.sees("»Sort« er godkendt på baggrunden »Hvid«."));
    h.click("Eksportér …").unwrap();
    assert!(h.sees("Hvad skal filen bruges til?"));
    h.click("Open Graph-billede").unwrap();
    assert!(!h.sees("Blokerende"), "{:?}", h.texts());

    h.click("Gem …").unwrap();

    // The save dialog proposed the conventional name in the default folder; the file is there, at the
    // preset's pixel size.
    let dialogs = h.desktop.saves.lock().unwrap().clone();
    assert_eq!(dialogs.len(), 1);
    let name = &dialogs[0].file_name;
    assert!(name.ends_with(".png"), "{name}");
    assert!(
        name.contains("kommune") && name.contains("black") && name.contains("og-image"),
        "{name}"
    );
    let path = h.export_folder().join(name);
    let image = image::open(&path).expect("the exported PNG");
    let preset = h.app.manual().unwrap().preset("og-image").unwrap().clone();
    assert_eq!(Some((image.width(), image.height())), preset.pixel_size());
    assert_eq!((image.width(), image.height()), (1200, 630));

    assert!(
        h.text_starting_with("Gemt: ")
            .is_some_and(|t| t.contains(name.as_str()))
    );
    h.click("Vis i mappe").unwrap();
    assert_eq!(h.desktop.revealed.lock().unwrap().as_slice(), [path]);
}

#[test]
fn switching_language_changes_the_visible_labels_and_is_saved() {
    let mut h = Harness::new();
    for label in [
        "Oversigt",
        "Logoer",
        "Farver",
        "Skabeloner",
        "Eksport",
        "Indstillinger",
    ] {
        assert!(h.sees(label), "{label}");
    }
    h.click("Indstillinger").unwrap();
    h.click("English").unwrap();
    for label in [
        "Overview",
        "Logos",
        "Colours",
        "Templates",
        "Export",
        "Settings",
    ] {
        assert!(h.sees(label), "{label}");
    }
    assert!(!h.sees("Logoer"));
    assert!(h.sees(&tr(Lang::En, "settings-language")));
    let saved = Settings::load().settings;
    assert_eq!(saved.language, Lang::En);

    h.click("Dansk").unwrap();
    assert!(h.sees("Logoer"));
    assert_eq!(Settings::load().settings.language, Lang::Da);
}

#[test]
fn a_blocking_finding_disables_saving_and_says_why() {
    let mut h = Harness::new();
    h.click("Logoer").unwrap();
    h.click("Sønderborg Kommune – logo").unwrap();
    // The white logo on a white background: the detail screen warns and offers the right one...
    h.click("Negativ (hvid)").unwrap();
    assert!(h.sees("»Negativ (hvid)« må ikke bruges på baggrunden »Hvid«."));
    assert!(h.sees("Brug »Positiv (farve)«"));
    // ...and the export screen refuses to save it.
    h.click("Eksportér …").unwrap();
    h.click("Open Graph-billede").unwrap();
    assert!(h.sees("Blokerende"));
    let reason = h
        .text_starting_with("Kan ikke gemmes, fordi filen bryder designmanualen:")
        .expect("the reason next to the disabled button");
    assert!(
        reason.contains("Negativ (hvid)") && reason.contains("Hvid"),
        "{reason}"
    );

    h.click("Gem …").unwrap();
    assert!(
        h.desktop.saves.lock().unwrap().is_empty(),
        "no dialog for a blocked file"
    );
    assert!(
        std::fs::read_dir(h.export_folder())
            .unwrap()
            .next()
            .is_none()
    );

    // Taking the suggested colourway unblocks it.
    h.click("Positiv (farve)").unwrap();
    assert!(h.text_starting_with("Kan ikke gemmes").is_none());
}
