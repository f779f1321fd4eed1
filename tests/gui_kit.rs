//! "Office og web" through the real interface (iced_test simulator, embedded manual, temporary folders): the
//! Office theme and the Word letter template saved from the export screen through the save-dialog seam, and the
//! palette formats from the colours screen ("Hent farverne som …").

mod gui_support;

use std::io::Read;
use std::path::Path;

use gui_support::Harness;

/// A part of a zip package as text.
fn part(path: &Path, name: &str) -> String {
    let file = std::fs::File::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut zip = zip::ZipArchive::new(file).unwrap();
    let mut text = String::new();
    zip.by_name(name)
        .unwrap_or_else(|e| panic!("{name} in {}: {e}", path.display()))
        .read_to_string(&mut text)
        .unwrap();
    text
}

#[test]
fn office_theme_and_word_template_are_saved_from_the_export_screen() {
    let mut h = Harness::new();
    h.click("Eksport").unwrap();
    assert!(h.sees("Office og web"), "{:?}", h.texts());

    h.click("Gem Office-tema …").unwrap();
    let dialogs = h.desktop.saves.lock().unwrap().clone();
    assert_eq!(dialogs.len(), 1);
    assert_eq!(dialogs[0].file_name, "sonderborg_office-theme_2-1.thmx");
    assert_eq!(dialogs[0].extensions, ["thmx"]);
    let theme = h.export_folder().join(&dialogs[0].file_name);
    let xml = part(&theme, "theme/theme/theme1.xml");
    assert!(
        xml.contains(r#"<a:accent1><a:srgbClr val="00734A"/></a:accent1>"#),
        "{xml}"
    );
    assert!(
        h.text_starting_with("Gemt: ")
            .is_some_and(|t| t.contains("sonderborg_office-theme_2-1.thmx")),
        "{:?}",
        h.texts()
    );

    // The Word template of the sender chosen on the screen (the kommune, the top sender, until another is
    // picked in "Afsender").
    assert!(h.sees("Skabelonerne laves for Sønderborg Kommune (vælg afsender ovenfor)."));
    h.click("Gem Word-brevskabelon …").unwrap();
    let dialogs = h.desktop.saves.lock().unwrap().clone();
    assert_eq!(dialogs.len(), 2);
    assert_eq!(dialogs[1].file_name, "sonderborg_word_kommune_2-1.dotx");
    let letter = h.export_folder().join(&dialogs[1].file_name);
    let types = part(&letter, "[Content_Types].xml");
    assert!(
        types.contains(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
        ),
        "{types}"
    );
    assert!(part(&letter, "customXml/item1.xml").contains("Rådhustorvet 10"));
    assert!(part(&letter, "word/header1.xml").contains("svgBlip"));
}

#[test]
fn the_colours_screen_offers_the_palette_formats() {
    let mut h = Harness::new();
    h.click("Farver").unwrap();
    assert!(h.sees("Hent farverne som …"), "{:?}", h.texts());
    assert!(
        !h.sees("Gem Word-brevskabelon …"),
        "templates live on the export screen"
    );
    h.click("Gem farveprøver (.ase) …").unwrap();
    let dialogs = h.desktop.saves.lock().unwrap().clone();
    assert_eq!(dialogs[0].file_name, "sonderborg_swatches_2-1.ase");
    let bytes = std::fs::read(h.export_folder().join(&dialogs[0].file_name)).unwrap();
    assert_eq!(&bytes[..4], b"ASEF");
}
