//! Saving never fails silently, and what the export screen shows is what it writes (issue 9, items 1–3):
//! without a file dialog "Gem …" offers a path field with the conventional name; the dialog opens in the export
//! folder, then the last one used; "Vis i mappe" without a file manager names what is missing; a pack the manual
//! forbids is refused with the CLI's finding; a second pack asks to replace or goes beside the first; a preset
//! picks its own format; a long path wraps inside its card; each screen keeps its own scroll position.

mod gui_support;

use std::path::{Path, PathBuf};

use designprogram::gui::{Message, Page};
use designprogram::i18n::{Lang, tr};
use designprogram::settings::{ManualChoice, Settings};
use gui_support::Harness;
use iced::{Point, mouse};
use iced_test::selector::Candidate;

/// The embedded manual, on a desktop with neither the portal nor zenity, exporting to `folder` by default.
fn without_dialogs(folder: &Path) -> Harness {
    let settings = Settings {
        export_folder: Some(folder.to_path_buf()),
        ..Settings::default()
    };
    Harness::build(ManualChoice::Embedded, settings, |d| d.no_dialogs = true)
}

/// The first text on screen that starts with `prefix`, with its layout bounds.
fn text_bounds(h: &Harness, prefix: &str) -> Option<(String, iced::Rectangle)> {
    let prefix = prefix.to_owned();
    h.ui()
        .find(move |c: Candidate<'_>| match c {
            Candidate::Text {
                content, bounds, ..
            } if content.starts_with(&prefix) => Some((content.to_owned(), bounds)),
            _ => None,
        })
        .ok()
}

/// The value of the first text field that holds an absolute path (the pickers' search fields come first).
fn field_value(h: &Harness) -> Option<String> {
    h.ui()
        .find(|c: Candidate<'_>| match c {
            Candidate::TextInput { state, .. } if Path::new(state.text()).is_absolute() => {
                Some(state.text().to_owned())
            }
            _ => None,
        })
        .ok()
}

#[test]
fn without_a_dialog_gem_offers_a_path_field_and_writes_there() {
    let exports = tempfile::tempdir().unwrap();
    let mut h = without_dialogs(exports.path());
    h.click("Eksport").unwrap();
    h.click("Open Graph-billede").unwrap();
    h.click("Gem …").unwrap();

    // The dialog was asked for, in the export folder (the fake desktop recorded it) — and could not open.
    let dialogs = h.desktop.saves.lock().unwrap().clone();
    assert_eq!(dialogs.len(), 1);
    assert_eq!(dialogs[0].folder.as_deref(), Some(exports.path()));
    // The user is told why and what to install, and gets a path field with the conventional name.
    let why = h
        .text_starting_with("Der kan ikke åbnes en fildialog på denne computer")
        .expect("the reason, not silence");
    assert!(
        why.contains("zenity") && why.contains("xdg-desktop-portal"),
        "{why}"
    );
    let proposed = PathBuf::from(field_value(&h).expect("a path field"));
    assert_eq!(proposed.parent(), Some(exports.path()));
    assert_eq!(
        proposed.file_name().unwrap().to_string_lossy(),
        dialogs[0].file_name
    );

    h.click("Gem").unwrap();
    let image = image::open(&proposed).expect("the file was written where the field said");
    assert_eq!((image.width(), image.height()), (1200, 630));
    assert!(h.text_starting_with("Gemt: ").is_some(), "{:?}", h.texts());

    // Again to the same path: the program asks before replacing (there is no dialog to ask).
    h.click("Gem …").unwrap();
    h.click("Gem").unwrap();
    let exists = format!("Filen {} findes allerede.", proposed.display());
    assert!(h.sees(&exists), "{:?}", h.texts());
    h.click("Erstat filen").unwrap();
    assert!(h.text_starting_with("Gemt: ").is_some(), "{:?}", h.texts());
}

#[test]
fn the_dialog_opens_in_the_chosen_then_the_last_used_folder() {
    let mut h = Harness::new();
    h.click("Eksport").unwrap();
    h.click("Open Graph-billede").unwrap();
    h.click("Gem …").unwrap();
    // No export folder chosen and nothing saved yet: the user's documents or home, never the working folder.
    let first = h.desktop.saves.lock().unwrap()[0].folder.clone().unwrap();
    assert!(first.is_absolute(), "{}", first.display());
    assert_ne!(first, std::env::current_dir().unwrap());
    // The save went to the fake dialog's folder: it is recorded, and the next dialog opens there.
    let used = h.export_folder().to_path_buf();
    assert_eq!(
        h.app.settings().last_export_folder.as_deref(),
        Some(used.as_path())
    );
    h.click("Gem …").unwrap();
    assert_eq!(
        h.desktop.saves.lock().unwrap()[1].folder.as_deref(),
        Some(used.as_path())
    );

    // A folder chosen in the settings comes first.
    let chosen = tempfile::tempdir().unwrap();
    let settings = Settings {
        export_folder: Some(chosen.path().to_path_buf()),
        last_export_folder: Some(used.clone()),
        ..Settings::default()
    };
    let mut h = Harness::build(ManualChoice::Embedded, settings, |_| {});
    h.click("Eksport").unwrap();
    h.click("Logo til plakat A4").unwrap();
    h.click("Eksportér logopakke …").unwrap();
    let folders = h.desktop.folders.lock().unwrap().clone();
    assert_eq!(folders[0].folder.as_deref(), Some(chosen.path()));
}

#[test]
fn show_in_folder_without_a_file_manager_says_what_is_missing() {
    let mut h = Harness::build(ManualChoice::Embedded, Settings::default(), |d| {
        d.no_file_manager = true;
    });
    h.click("Eksport").unwrap();
    h.click("Open Graph-billede").unwrap();
    h.click("Gem …").unwrap();
    h.click("Vis i mappe").unwrap();
    let notice = h
        .text_starting_with("Mappen kan ikke vises")
        .expect("a notice, not silence");
    assert!(
        notice.contains("»xdg-open«") && notice.contains("xdg-utils"),
        "{notice}"
    );
    assert!(
        notice.contains(&h.export_folder().display().to_string()),
        "{notice}"
    );
}

#[test]
fn a_long_saved_path_wraps_inside_its_card() {
    let deep = tempfile::tempdir().unwrap();
    let mut folder = deep.path().to_path_buf();
    for _ in 0..6 {
        folder.push("en_meget_lang_mappe_uden_mellemrum_til_logoer_og_andre_filer");
    }
    std::fs::create_dir_all(&folder).unwrap();
    let mut h = without_dialogs(&folder);
    h.click("Eksport").unwrap();
    h.click("Open Graph-billede").unwrap();
    h.click("Gem …").unwrap();
    h.click("Gem").unwrap();
    let (text, bounds) = text_bounds(&h, "Gemt: ").expect("the saved path");
    assert!(text.len() > 400, "{text}");
    // One line of body text is about 20 px high: the path without spaces wraps to several lines instead of
    // running out of the card (and the window).
    assert!(bounds.height > 60.0, "{bounds:?}");
    assert!(
        bounds.x + bounds.width <= gui_support::VIEWPORT.0,
        "{bounds:?}"
    );
}

#[test]
fn a_preset_change_picks_the_presets_own_format_unless_the_user_chose_one() {
    let mut h = Harness::new();
    let extension = |h: &mut Harness| {
        h.click("Gem …").unwrap();
        let saves = h.desktop.saves.lock().unwrap();
        saves.last().unwrap().extensions[0].clone()
    };
    h.click("Eksport").unwrap();
    h.click("Open Graph-billede").unwrap();
    assert_eq!(extension(&mut h), "png");
    // From a web preset (PNG) to a print preset: its default, PDF — not PNG with an RGB warning.
    h.click("Logo til plakat A4").unwrap();
    assert_eq!(extension(&mut h), "pdf");
    assert!(!h.sees("Advarsel"), "{:?}", h.texts());
    // The user picks SVG for the poster; the web preset keeps its own default; back, the poster is SVG again.
    h.click("SVG").unwrap();
    assert_eq!(extension(&mut h), "svg");
    h.click("Open Graph-billede").unwrap();
    assert_eq!(extension(&mut h), "png");
    h.click("Logo til plakat A4").unwrap();
    assert_eq!(extension(&mut h), "svg");
}

#[test]
fn a_pack_that_breaks_the_manual_is_refused_with_the_clis_finding() {
    // A manual whose A4 poster preset asks for 72 ppi: every PNG of its pack is below the blocking 200 ppi.
    let dir = tempfile::tempdir().unwrap();
    let manual = dir.path().join("manual");
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("manual"),
        &manual,
    );
    let presets = manual.join("presets.toml");
    let text = std::fs::read_to_string(&presets).unwrap();
    std::fs::write(&presets, text.replacen("dpi = 300", "dpi = 72", 1)).unwrap();

    let mut h = Harness::with(ManualChoice::Folder(manual.clone(), "test"));
    h.click("Eksport").unwrap();
    h.click("Logo til plakat A4").unwrap();
    h.click("Eksportér logopakke …").unwrap();
    let refused = h
        .text_starting_with("Logopakken blev ikke lavet, fordi")
        .unwrap_or_else(|| panic!("refused: {:?}", h.texts()));
    assert!(refused.contains("ville bryde designmanualen"), "{refused}");
    let gui_finding = h
        .text_starting_with("Billedet får kun 72 ppi")
        .unwrap_or_else(|| panic!("the finding: {:?}", h.texts()));
    assert!(h.sees("Blokerende"));
    // Nothing was written.
    assert_eq!(std::fs::read_dir(h.export_folder()).unwrap().count(), 0);

    // The CLI refuses the same pack with the same finding.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_designprogram"))
        .env("DESIGNPROGRAM_CONFIG_DIR", dir.path())
        .args(["--lang", "da", "--manual"])
        .arg(&manual)
        .args(["pack", "--preset", "poster-a4", "--out"])
        .arg(dir.path().join("cli-pack"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{stderr}");
    assert!(stderr.contains("[print.resolution]"), "{stderr}");
    assert!(
        stderr.contains(&gui_finding),
        "GUI: {gui_finding}\nCLI: {stderr}"
    );
    assert!(!dir.path().join("cli-pack").exists());
}

#[test]
fn a_second_pack_into_the_same_folder_asks_to_replace_or_goes_beside() {
    let mut h = Harness::new();
    h.click("Eksport").unwrap();
    h.click("E-mailsignatur").unwrap();
    h.click("Eksportér logopakke …").unwrap();
    let first = h
        .text_starting_with("Logopakken er gemt")
        .expect("the first pack");

    // The same folder again: never "use --force"; the user chooses.
    h.click("Eksportér logopakke …").unwrap();
    let question = h
        .text_starting_with("Mappen ")
        .expect("the question, not an error");
    assert!(
        question.ends_with("indeholder allerede en logopakke."),
        "{question}"
    );
    assert!(!h.texts().iter().any(|t| t.contains("--force")));
    h.click("Gem i en ny mappe").unwrap();
    let beside = h
        .text_starting_with("Logopakken er gemt")
        .expect("the second pack");
    assert!(beside.ends_with("_2"), "{beside}");
    assert_ne!(first, beside);

    h.click("Eksportér logopakke …").unwrap();
    h.click("Erstat filerne").unwrap();
    assert_eq!(h.text_starting_with("Logopakken er gemt"), Some(first));
}

#[test]
fn each_screen_keeps_its_own_scroll_position() {
    let mut h = Harness::new();
    let scroll = |h: &mut Harness, pixels: f32| {
        let messages: Vec<Message> = {
            let mut ui = iced_test::Simulator::with_size(
                designprogram::gui::iced_settings(),
                (1280.0, 600.0),
                h.app.view(),
            );
            ui.point_at(Point::new(700.0, 400.0));
            ui.simulate([iced::Event::Mouse(mouse::Event::WheelScrolled {
                delta: mouse::ScrollDelta::Pixels { x: 0.0, y: -pixels },
            })]);
            ui.into_messages().collect()
        };
        h.deliver(messages);
    };
    h.click("Farver").unwrap();
    scroll(&mut h, 500.0);
    let colors = h.app.scroll_offset(Page::Colors).y;
    assert!(colors >= 400.0, "{colors}");

    // Another screen starts at its own position (the top), not at Farver's.
    h.click("Eksport").unwrap();
    scroll(&mut h, 40.0);
    let export = h.app.scroll_offset(Page::Export).y;
    assert!((export - 40.0).abs() < 1.0, "{export}");

    // Back on Farver, it is where the user left it: scrolling on goes on from there.
    h.click("Farver").unwrap();
    scroll(&mut h, 10.0);
    let again = h.app.scroll_offset(Page::Colors).y;
    assert!((again - (colors + 10.0)).abs() < 1.0, "{colors} → {again}");
    assert_eq!(tr(Lang::Da, "nav-colors"), "Farver");
}

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
fn settings_say_in_words_why_a_folder_was_chosen_and_take_a_typed_folder_without_a_dialog() {
    let manual = Path::new(env!("CARGO_MANIFEST_DIR")).join("manual");
    let exports = tempfile::tempdir().unwrap();
    let settings = Settings {
        export_folder: Some(exports.path().to_path_buf()),
        ..Settings::default()
    };
    let mut h = Harness::build(
        ManualChoice::Folder(manual.clone(), "settings"),
        settings,
        |d| d.no_dialogs = true,
    );
    h.click("Indstillinger").unwrap();
    let source = format!("Mappen {} (valgt her i indstillingerne)", manual.display());
    assert!(h.sees(&source), "{:?}", h.texts());
    assert!(!h.texts().iter().any(|t| t.contains("via settings")));

    // No folder dialog: a path field and what to install, instead of nothing.
    h.click("Vælg mappe …").unwrap();
    assert!(
        h.text_starting_with("Der kan ikke åbnes en fildialog")
            .is_some(),
        "{:?}",
        h.texts()
    );
    assert!(h.sees("Der kan ikke åbnes en mappedialog på denne computer. Skriv mappens sti:"));
    assert_eq!(field_value(&h).map(PathBuf::from), Some(manual.clone()));
    h.click("Brug mappen").unwrap();
    assert_eq!(
        h.app.settings().manual_folder.as_deref(),
        Some(manual.as_path())
    );
}

#[test]
fn the_preview_has_the_files_aspect_ratio_and_says_what_the_file_is() {
    let mut h = Harness::new();
    h.click("Eksport").unwrap();
    let preview = |h: &Harness| {
        h.ui()
            .find(iced::widget::Id::new(designprogram::gui::id::PREVIEW))
            .expect("the preview")
            .bounds()
    };
    // A portrait file (Instagram story, 1080 × 1920) stands upright, a wide one (Facebook cover, 851 × 315)
    // lies flat: the box has the file's proportions, within a pixel.
    for (preset, size) in [
        ("Instagram-story", (1080.0, 1920.0)),
        ("Facebook-cover", (851.0, 315.0)),
    ] {
        h.click(preset).unwrap();
        let b = preview(&h);
        let (w, h_) = (f64::from(b.width), f64::from(b.height));
        assert!((w / h_ - size.0 / size.1).abs() < 0.01, "{preset}: {b:?}");
        assert!(h.sees("Et billede i formatets størrelse med logoet"));
    }
    assert!(preview(&h).width > preview(&h).height);
    // A print preset makes the logo file for the poster, and says so.
    h.click("Logo til plakat A3").unwrap();
    assert!(h.sees("Logoet alene, i den størrelse manualen giver det her"));
    assert!(
        !h.texts().iter().any(|t| t == "Plakat A3"),
        "no preset promises a poster"
    );
}

#[test]
fn the_contrast_matrix_shows_two_decimals_and_its_last_column() {
    let mut h = Harness::new();
    h.click("Farver").unwrap();
    // Solgul on Grå is 2.99:1 — below 3:1, so it must not read "3" (or "3,00") next to "Nej".
    assert!(h.sees("2,99"), "{:?}", h.texts());
    assert!(!h.sees("3") && !h.sees("3,00"));
    // Every label of the last colour (card, row, column) is on screen in full.
    let last = h
        .app
        .manual()
        .unwrap()
        .colors
        .last()
        .unwrap()
        .name
        .da
        .clone();
    let cells: Vec<(iced::Rectangle, Option<iced::Rectangle>)> = {
        let mut found = Vec::new();
        let _ = h.ui().find(|c: Candidate<'_>| -> Option<()> {
            if let Candidate::Text {
                content,
                bounds,
                visible_bounds,
                ..
            } = c
                && content == last
            {
                found.push((bounds, visible_bounds));
            }
            None
        });
        found
    };
    assert!(cells.len() >= 3, "{cells:?}");
    // (Those below the window's height are not on screen at all; the header row and the card are.)
    let on_screen: Vec<_> = cells
        .iter()
        .filter_map(|(bounds, visible)| visible.map(|v| (*bounds, v)))
        .collect();
    assert!(on_screen.len() >= 2, "{cells:?}");
    for (bounds, visible) in on_screen {
        assert!(
            (visible.width - bounds.width).abs() < 0.5,
            "clipped: {bounds:?} {visible:?}"
        );
        assert!(
            bounds.x + bounds.width <= gui_support::VIEWPORT.0,
            "{bounds:?}"
        );
    }
}
