//! The manual as a document from the application (issue 11, item 5): "Gem som PDF …" on *Oversigt* asks where,
//! writes the same PDF as `designprogram manual document`, says where and how many pages, and "Vis i mappe"
//! shows it; without a file dialog it goes to the export folder under its conventional name and never replaces
//! a file silently.

mod export_support;
mod gui_support;

use designprogram::settings::{ManualChoice, Settings};
use export_support::{run_ok, tool};
use gui_support::Harness;

fn pages(pdf: &std::path::Path) -> usize {
    let info = run_ok(tool("pdfinfo", "poppler-utils").arg(pdf));
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or_else(|| panic!("{info}"))
}

#[test]
fn overview_saves_the_manual_as_a_pdf_and_shows_it() {
    let mut h = Harness::new();
    assert!(h.sees("Designmanualen som dokument"), "{:?}", h.texts());
    h.click("Gem som PDF …").unwrap();

    let dialogs = h.desktop.saves.lock().unwrap().clone();
    assert_eq!(dialogs.len(), 1);
    assert_eq!(dialogs[0].file_name, "sonderborg_designmanual_2-1.pdf");
    assert_eq!(dialogs[0].extensions, vec!["pdf".to_owned()]);

    let pdf = h.export_folder().join("sonderborg_designmanual_2-1.pdf");
    assert!(pdf.is_file(), "{:?}", h.texts());
    let n = pages(&pdf);
    assert!(n >= 12, "{n} pages");
    let saved = h.text_starting_with("Gemt: ").unwrap_or_default();
    assert!(saved.contains(&pdf.display().to_string()), "{saved}");
    assert!(saved.ends_with(&format!("({n} sider)")), "{saved}");

    h.click("Vis i mappe").unwrap();
    assert_eq!(h.desktop.revealed.lock().unwrap().as_slice(), [pdf]);
}

#[test]
fn without_a_dialog_it_goes_to_the_export_folder_and_never_replaces() {
    let exports = tempfile::tempdir().unwrap();
    let settings = Settings {
        export_folder: Some(exports.path().to_path_buf()),
        ..Settings::default()
    };
    let mut h = Harness::build(ManualChoice::Embedded, settings, |d| d.no_dialogs = true);
    h.click("Gem som PDF …").unwrap();
    let pdf = exports.path().join("sonderborg_designmanual_2-1.pdf");
    assert!(pdf.is_file(), "{:?}", h.texts());
    let before = std::fs::read(&pdf).unwrap();

    h.click("Gem som PDF …").unwrap();
    let failed = h
        .text_starting_with("Dokumentet blev ikke gemt")
        .unwrap_or_else(|| panic!("{:?}", h.texts()));
    assert!(failed.contains(&pdf.display().to_string()), "{failed}");
    assert_eq!(std::fs::read(&pdf).unwrap(), before);
}
