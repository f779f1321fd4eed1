//! The rest of the interface through the simulator: a broken manual and its problems panel, copying colour
//! values, the keyboard (Enter exports, Esc goes back, Ctrl+F opens the search), logo packs with progress and
//! cancel, and every screen drawing in both languages and both themes.

mod gui_support;

use std::path::Path;

use designprogram::gui::id;
use designprogram::settings::ManualChoice;
use gui_support::Harness;
use iced::keyboard::{Key, Modifiers, key::Named};

/// Copies a folder recursively.
fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

#[test]
fn a_broken_manual_opens_with_its_valid_part_and_a_problems_panel() {
    let dir = tempfile::tempdir().unwrap();
    let manual = dir.path().join("manual");
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("manual"),
        &manual,
    );
    let colors = manual.join("colors.toml");
    let text = std::fs::read_to_string(&colors).unwrap();
    std::fs::write(
        &colors,
        text.replacen("hex = \"#0b3d2e\"", "hex = \"0b3d2e\"", 1),
    )
    .unwrap();

    let mut h = Harness::with(ManualChoice::Folder(manual, "test"));
    let summary = h
        .text_starting_with("Designmanualen har ")
        .expect("the problems banner");
    assert!(summary.contains("fejl"), "{summary}");
    // The valid part is there: the logos and the other colours.
    h.click("Logoer").unwrap();
    assert!(h.sees("Viser 4 af 4 logoer"));
    // The panel lists the problem with its file and line (it opens by itself when there are errors).
    let place = h
        .text_starting_with("colors.toml:")
        .expect("a file:line:col line");
    let line: usize = place.split(':').nth(1).unwrap().parse().unwrap();
    assert!(line > 1, "{place}");
    h.click("Skjul problemer").unwrap();
    assert!(h.text_starting_with("colors.toml:").is_none());
    h.click("Vis problemer").unwrap();
    assert!(h.text_starting_with("colors.toml:").is_some());
}

#[test]
fn a_colour_value_is_copied_to_the_clipboard() {
    let mut h = Harness::new();
    h.click("Farver").unwrap();
    assert!(h.sees("#00734a"));
    h.click("#00734a").unwrap();
    assert_eq!(h.clipboard, ["#00734a"]);
    assert!(h.sees("Kopieret: #00734a"));
    h.click("90/20/85/10").unwrap();
    assert_eq!(h.clipboard.last().map(String::as_str), Some("90/20/85/10"));
    // The contrast matrix marks the pairs: white text on light green fails, on Sønderborg green it passes.
    assert!(h.sees("Kontrast mellem farverne"));
    assert!(h.sees("AAA") && h.sees("AA") && h.sees("Nej"));
}

#[test]
fn keyboard_enter_exports_escape_goes_back_ctrl_f_searches() {
    let mut h = Harness::new();
    h.press(Key::Character("f".into()), Modifiers::CTRL);
    assert!(
        h.sees("Viser 4 af 4 logoer"),
        "Ctrl+F opens the logo search"
    );
    h.click("Sønderborg Kommune – logo").unwrap();
    h.click("Eksportér …").unwrap();
    h.click("E-mailsignatur").unwrap();
    // Made at 2×; the screen says what size to set in Outlook.
    assert!(h.sees("Vis i Outlook som"));
    assert!(h.text_starting_with("200 × ").is_some(), "{:?}", h.texts());
    assert!(h.text_starting_with("400 × ").is_some(), "{:?}", h.texts());
    h.press(Key::Named(Named::Enter), Modifiers::empty());
    let saves = h.desktop.saves.lock().unwrap().clone();
    assert_eq!(saves.len(), 1, "Enter saves on the export screen");
    assert!(h.export_folder().join(&saves[0].file_name).is_file());

    h.press(Key::Named(Named::Escape), Modifiers::empty());
    assert!(h.sees("Regler for logoet"), "Esc goes back to the logo");
    h.press(Key::Named(Named::Escape), Modifiers::empty());
    assert!(h.sees("Viser 4 af 4 logoer"), "and back to the logos");
}

#[test]
fn typing_in_the_search_field_is_not_a_shortcut() {
    let mut h = Harness::new();
    h.click("Logoer").unwrap();
    h.type_into(id::SEARCH, "kommune").unwrap();
    assert!(h.sees("Viser 1 af 4 logoer"));
}

#[test]
fn a_logo_pack_reports_progress_and_writes_its_files() {
    let mut h = Harness::new();
    h.click("Eksport").unwrap();
    h.click("Logo til plakat A4").unwrap();
    let mut seen_progress = false;
    h.click_with("Eksportér logopakke …", &mut |h| {
        seen_progress |= h.text_starting_with("0 af ").is_some() || h.ui().find("Annullér").is_ok();
    })
    .unwrap();
    assert!(
        seen_progress,
        "a progress bar and a cancel button while it runs"
    );
    let done = h
        .text_starting_with("Logopakken er gemt")
        .expect("the pack finished");
    let files = walk(h.export_folder());
    assert!(files.len() >= 10, "{done}: {files:?}");
    assert!(files.iter().any(|f| f.ends_with(".png")) && files.iter().any(|f| f.ends_with(".svg")));
    assert!(
        files.iter().any(|f| f.ends_with("manifest.json")),
        "{files:?}"
    );
    h.click("Vis i mappe").unwrap();
    assert_eq!(h.desktop.revealed.lock().unwrap().len(), 1);
}

#[test]
fn a_logo_pack_can_be_cancelled() {
    let mut h = Harness::new();
    h.click("Eksport").unwrap();
    h.click("Logo til plakat A4").unwrap();
    let mut cancelled = false;
    h.click_with("Eksportér logopakke …", &mut |h| {
        if !cancelled && h.ui().find("Annullér").is_ok() {
            cancelled = true;
            h.click("Annullér").unwrap();
        }
    })
    .unwrap();
    assert!(cancelled);
    assert!(h.sees("Logopakken blev annulleret."));
}

fn walk(dir: &Path) -> Vec<String> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        if entry.path().is_dir() {
            files.extend(walk(&entry.path()));
        } else {
            files.push(entry.path().display().to_string());
        }
    }
    files
}

#[test]
fn every_screen_draws_in_both_languages_and_themes() {
    let mut h = Harness::new();
    for (language, look) in [("English", "Dark"), ("Dansk", "Lyst")] {
        h.click(if language == "English" {
            "Indstillinger"
        } else {
            "Settings"
        })
        .unwrap();
        h.click(language).unwrap();
        h.click(look).unwrap();
        let rail: [&str; 7] = if language == "English" {
            [
                "Overview",
                "Logos",
                "Colours",
                "Templates",
                "Export",
                "Edit",
                "Settings",
            ]
        } else {
            [
                "Oversigt",
                "Logoer",
                "Farver",
                "Skabeloner",
                "Eksport",
                "Redigér",
                "Indstillinger",
            ]
        };
        for screen in rail {
            h.click(screen).unwrap();
            let theme = h.app.theme();
            let snapshot = h.ui().snapshot(&theme).expect("the screen draws");
            let name = format!(
                "{}-{}",
                designprogram::naming::slug(screen),
                designprogram::naming::slug(look)
            );
            gui_support::assert_matches_reference(&snapshot, &name);
        }
    }
    h.click("Skabeloner").unwrap();
    h.click("Visitkort").unwrap();
    assert!(h.sees("Felter med * skal udfyldes."), "{:?}", h.texts());
}
