//! Redigér through the real interface (iced_test simulator) on a temporary copy of the demonstration manual:
//! the primary green's CMYK changed in the editor and saved reaches the export screen's next print PDF; an
//! invalid value shows its message at the field and disables saving; undo/redo; a conflict overwrites nothing;
//! the embedded manual says how to choose a folder.

mod gui_support;

use std::path::{Path, PathBuf};

use designprogram::gui::{Message, id};
use designprogram::manual::edit::{Entry, Field, Key};
use designprogram::settings::ManualChoice;
use gui_support::Harness;
use iced::keyboard::{self, Key as KeyboardKey, Modifiers};
use iced_test::selector::{Candidate, Target};

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

/// A temporary copy of the demonstration manual, and the folder holding it.
fn demo() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let manual = dir.path().join("manual");
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("manual"),
        &manual,
    );
    (dir, manual)
}

/// The application on that copy, showing Redigér.
fn editor_on(manual: &Path) -> Harness {
    let mut h = Harness::with(ManualChoice::Folder(manual.to_path_buf(), "test"));
    h.click("Redigér").unwrap();
    assert!(h.sees("Redigér designmanualen"), "{:?}", h.texts());
    h
}

/// Clicks the text `label` in the screen (right of the navigation rail, which has labels of its own).
fn click_in_screen(h: &mut Harness, label: &str) {
    let label = label.to_owned();
    let messages: Vec<Message> = {
        let mut ui = h.ui();
        ui.click(move |candidate: Candidate<'_>| match candidate {
            Candidate::Text {
                content, bounds, ..
            } if content == label && bounds.x > 230.0 => Some(Target::from(candidate)),
            _ => None,
        })
        .unwrap_or_else(|e| panic!("{e:?}"));
        ui.into_messages().collect()
    };
    deliver(h, messages);
}

fn deliver(h: &mut Harness, messages: Vec<Message>) {
    for message in messages {
        let task = h.app.update(message);
        h.settle(task);
    }
}

fn modifiers(m: Modifiers) -> iced::Event {
    iced::Event::Keyboard(keyboard::Event::ModifiersChanged(m))
}

/// Clicks into a field of the editor, selects what is in it (Ctrl+A) and types `text` over it.
fn type_over(h: &mut Harness, field: &Field, text: &str) {
    let messages: Vec<Message> = {
        let mut ui = h.ui();
        ui.click(iced::widget::Id::from(id::field(field)))
            .unwrap_or_else(|e| panic!("{}: {e:?}", id::field(field)));
        ui.simulate([modifiers(Modifiers::CTRL)]);
        ui.simulate(iced_test::simulator::tap_key(
            KeyboardKey::Character("a".into()),
            None,
        ));
        ui.simulate([modifiers(Modifiers::empty())]);
        ui.typewrite(text);
        ui.into_messages().collect()
    };
    assert!(!messages.is_empty(), "typing into {field:?} did nothing");
    deliver(h, messages);
}

fn cmyk_of_green() -> Field {
    Field::new(Entry::Color("groen".into()), Key::Cmyk)
}

/// The content stream of the first page of a PDF, read back with lopdf and decompressed (the writer Flate-compresses it).
fn page_content(pdf: &Path) -> String {
    let doc = lopdf::Document::load(pdf).unwrap();
    let page = *doc.get_pages().values().next().unwrap();
    String::from_utf8_lossy(&doc.get_page_content(page).unwrap()).into_owned()
}

#[test]
fn a_cmyk_edited_and_saved_reaches_the_next_print_pdf() {
    let (_dir, manual) = demo();
    let mut h = editor_on(&manual);
    click_in_screen(&mut h, "Farver");
    assert!(h.sees("Farven groen"), "{:?}", h.texts());

    type_over(&mut h, &cmyk_of_green(), "92, 18, 85, 8");
    assert!(
        h.sees("Klar til at gemme én ændret fil: colors.toml."),
        "{:?}",
        h.texts()
    );
    h.click("Gem").unwrap();
    assert!(
        h.text_starting_with("Gemt (colors.toml)").is_some(),
        "{:?}",
        h.texts()
    );
    let colors = std::fs::read_to_string(manual.join("colors.toml")).unwrap();
    assert!(colors.contains("cmyk = [92, 18, 85, 8]"), "{colors}");
    // The application runs on the saved manual now.
    let green = h.app.manual().unwrap().color("groen").unwrap().cmyk.0;
    assert_eq!(green, [92.0, 18.0, 85.0, 8.0]);

    // The export screen's next print PDF carries the new CMYK as its fill operator.
    h.click("Eksport").unwrap();
    h.click("Logo til plakat A4").unwrap();
    h.click("PDF").unwrap();
    h.click("Gem …").unwrap();
    let dialogs = h.desktop.saves.lock().unwrap().clone();
    let pdf = h.export_folder().join(&dialogs.last().unwrap().file_name);
    assert_eq!(pdf.extension().and_then(|e| e.to_str()), Some("pdf"));
    let content = page_content(&pdf);
    assert!(content.contains("0.92 0.18 0.85 0.08 k"), "{content}");
    assert!(!content.contains("0.9 0.2 0.85 0.1 k"), "{content}");
}

/// The editor messages a click on `label` produces (none: the button is disabled); all messages are
/// delivered to the application.
fn click_messages(h: &mut Harness, label: &str) -> usize {
    let messages: Vec<Message> = {
        let mut ui = h.ui();
        ui.click(label).unwrap_or_else(|e| panic!("{label}: {e:?}"));
        ui.into_messages().collect()
    };
    let count = messages
        .iter()
        .filter(|m| matches!(m, Message::Editor(_)))
        .count();
    deliver(h, messages);
    count
}

/// The bounds of the input of a field and of the text `message`.
fn bounds(h: &Harness, field: &Field, message: &str) -> (iced::Rectangle, iced::Rectangle) {
    let mut ui = h.ui();
    let input = ui
        .find(iced::widget::Id::from(id::field(field)))
        .unwrap()
        .bounds();
    let text = ui.find(message).unwrap().bounds();
    (input, text)
}

#[test]
fn an_invalid_value_is_shown_at_its_field_and_disables_saving() {
    let (_dir, manual) = demo();
    let before = std::fs::read_to_string(manual.join("colors.toml")).unwrap();
    let mut h = editor_on(&manual);
    click_in_screen(&mut h, "Farver");
    type_over(&mut h, &cmyk_of_green(), "92, 18, 85, 120");

    // The library's message, right under the CMYK field.
    let message = "CMYK er fire værdier fra 0 til 100, fx 90, 20, 85, 10.";
    assert!(h.sees(message), "{:?}", h.texts());
    let (input, text) = bounds(&h, &cmyk_of_green(), message);
    assert!(
        text.y >= input.y + input.height && text.y < input.y + input.height + 20.0,
        "the message is under the field: {input:?} {text:?}"
    );
    assert!((text.x - input.x).abs() < 1.0, "{input:?} {text:?}");
    // Saving is refused, and says why.
    assert!(
        h.sees("Designmanualen har 1 fejl og gemmes ikke. Ret fejlene først."),
        "{:?}",
        h.texts()
    );
    assert_eq!(
        click_messages(&mut h, "Gem"),
        0,
        "the save button is disabled"
    );
    h.press(KeyboardKey::Character("s".into()), Modifiers::CTRL);
    assert_eq!(
        std::fs::read_to_string(manual.join("colors.toml")).unwrap(),
        before
    );
    assert!(h.text_starting_with("Gemt").is_none());

    // Ctrl+Z takes the whole typing back in one step; Ctrl+Y brings it again.
    h.press(KeyboardKey::Character("z".into()), Modifiers::CTRL);
    assert!(!h.sees(message));
    assert!(h.sees("Ingen ændringer at gemme."), "{:?}", h.texts());
    assert_eq!(find_value(&h, &cmyk_of_green()), "90, 20, 85, 10");
    h.press(KeyboardKey::Character("y".into()), Modifiers::CTRL);
    assert!(h.sees(message));
    // The buttons do the same.
    h.click("Fortryd").unwrap();
    assert!(!h.sees(message));
    h.click("Gentag").unwrap();
    assert!(h.sees(message));
    // A valid value makes it saveable again.
    type_over(&mut h, &cmyk_of_green(), "92, 18, 85, 8");
    assert!(!h.sees(message));
    assert!(h.sees("Klar til at gemme én ændret fil: colors.toml."));
}

/// What a field's input shows.
fn find_value(h: &Harness, field: &Field) -> String {
    match h
        .ui()
        .find(iced::widget::Id::from(id::field(field)))
        .unwrap()
    {
        Target::TextInput { content, .. } => content,
        other => panic!("{other:?}"),
    }
}

#[test]
fn someone_elses_save_is_a_conflict_and_nothing_is_overwritten() {
    let (_dir, manual) = demo();
    let mut h = editor_on(&manual);
    click_in_screen(&mut h, "Farver");
    type_over(&mut h, &cmyk_of_green(), "92, 18, 85, 8");
    // Someone else saves colors.toml meanwhile.
    let path = manual.join("colors.toml");
    let theirs = std::fs::read_to_string(&path)
        .unwrap()
        .replace("cmyk = [90, 20, 85, 10]", "cmyk = [91, 20, 85, 10]");
    std::fs::write(&path, &theirs).unwrap();

    h.click("Gem").unwrap();
    let notice = h
        .text_starting_with("Ikke gemt: colors.toml er ændret på disken")
        .unwrap_or_else(|| panic!("{:?}", h.texts()));
    assert!(notice.contains("Intet er overskrevet"), "{notice}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), theirs);
    assert_eq!(
        find_value(&h, &cmyk_of_green()),
        "92, 18, 85, 8",
        "the edit is kept"
    );

    // Throwing the edit away reads their version.
    h.click("Kassér mine ændringer og læs igen").unwrap();
    click_in_screen(&mut h, "Farver");
    assert_eq!(find_value(&h, &cmyk_of_green()), "91, 20, 85, 10");
    assert!(h.sees("Ingen ændringer at gemme."));
}

#[test]
fn the_embedded_manual_says_how_to_choose_a_folder() {
    let mut h = Harness::new();
    h.click("Redigér").unwrap();
    assert!(h.sees("Den indbyggede designmanual kan ikke redigeres"));
    assert!(
        h.text_starting_with("Vælg designmanualens mappe under Indstillinger")
            .is_some()
    );
    h.click("Åbn Indstillinger").unwrap();
    assert!(h.sees("Sprog"), "Indstillinger shows: {:?}", h.texts());
}

#[test]
fn a_folder_that_cannot_be_written_says_so_and_does_not_save() {
    let (_dir, manual) = demo();
    // The program's bookkeeping folder cannot be made: as good as a read-only share (tests run as root,
    // where permissions do not stop anything).
    std::fs::write(manual.join(".designprogram"), "not a folder").unwrap();
    let mut h = editor_on(&manual);
    click_in_screen(&mut h, "Farver");
    type_over(&mut h, &cmyk_of_green(), "92, 18, 85, 8");
    let reason = h
        .text_starting_with("Kan ikke gemmes her: Der kan ikke gemmes i ")
        .unwrap_or_else(|| panic!("{:?}", h.texts()));
    assert!(reason.ends_with("under Indstillinger."), "{reason}");
    assert_eq!(click_messages(&mut h, "Gem"), 0);
}

#[test]
fn a_new_sender_and_a_new_version_are_made_in_the_forms_and_saved() {
    let (_dir, manual) = demo();
    let mut h = editor_on(&manual);
    click_in_screen(&mut h, "Afsendere");
    h.type_into(id::EDITOR_NEW_ID, "regnbuen").unwrap();
    h.click("Tilføj afsender").unwrap();
    assert!(h.sees("Afsenderen regnbuen"), "{:?}", h.texts());
    // The required fields say so until they are filled in; saving waits.
    assert!(h.sees("Skal udfyldes."), "{:?}", h.texts());
    assert!(h.text_starting_with("Designmanualen har ").is_some());
    let sender = Entry::Sender("regnbuen".into());
    type_over(
        &mut h,
        &Field::new(sender.clone(), Key::NameDa),
        "Børnehuset Regnbuen",
    );
    click_in_screen(&mut h, "Institution");
    type_over(
        &mut h,
        &Field::new(sender.clone(), Key::Parent),
        "boern-og-uddannelse",
    );
    type_over(
        &mut h,
        &Field::new(sender.clone(), Key::Phone),
        "+45 88 72 60 00",
    );
    assert!(!h.sees("Skal udfyldes."), "{:?}", h.texts());

    click_in_screen(&mut h, "Designprogram");
    let texts = h.texts();
    assert!(texts.contains(&"Ny version".to_owned()), "{texts:?}");
    bump(
        &mut h,
        "2.2",
        "2026-11-02",
        "Ny institution: Børnehuset Regnbuen.",
    );
    assert_eq!(
        find_value(&h, &Field::new(Entry::Programme, Key::Version)),
        "2.2"
    );
    assert!(
        h.sees("Klar til at gemme 2 ændrede filer: manual.toml, senders.toml."),
        "{:?}",
        h.texts()
    );
    h.click("Gem").unwrap();
    let m = h.app.manual().unwrap();
    assert_eq!(m.programme.version, "2.2");
    assert_eq!(
        m.changelog[0].text.da,
        "Ny institution: Børnehuset Regnbuen."
    );
    let regnbuen = m.sender("regnbuen").unwrap();
    assert_eq!(regnbuen.parent.as_deref(), Some("boern-og-uddannelse"));
    let senders = std::fs::read_to_string(manual.join("senders.toml")).unwrap();
    assert!(senders.contains("id = \"regnbuen\""), "{senders}");
    assert!(senders.contains("# --- Forvaltninger"), "comments kept");
}

/// Fills in the new-version form and makes the version.
fn bump(h: &mut Harness, version: &str, date: &str, note: &str) {
    h.type_into("editor-bump-version", version).unwrap();
    h.type_into("editor-bump-date", date).unwrap();
    h.click("Ja").unwrap();
    h.type_into("editor-bump-note-da", note).unwrap();
    h.click("Opret ny version").unwrap();
}

#[test]
fn every_section_draws_in_both_languages_and_themes() {
    let (_dir, manual) = demo();
    let mut h = editor_on(&manual);
    for (language, theme) in [("English", "Dark"), ("Dansk", "Lyst")] {
        h.click(if language == "English" {
            "Indstillinger"
        } else {
            "Settings"
        })
        .unwrap();
        h.click(language).unwrap();
        h.click(theme).unwrap();
        let (edit, sections, tabs): (&str, [&str; 5], [&str; 4]) = if language == "English" {
            (
                "Edit",
                [
                    "Design programme",
                    "Colours",
                    "Senders",
                    "Logos",
                    "Formats and templates",
                ],
                [
                    "General",
                    "Lockups and files",
                    "Colourways",
                    "Clear space and sizes",
                ],
            )
        } else {
            (
                "Redigér",
                [
                    "Designprogram",
                    "Farver",
                    "Afsendere",
                    "Logoer",
                    "Formater og skabeloner",
                ],
                [
                    "Generelt",
                    "Opstillinger og filer",
                    "Farvevarianter",
                    "Frirum og størrelser",
                ],
            )
        };
        h.click(edit).unwrap();
        for section in sections {
            click_in_screen(&mut h, section);
            if section == sections[3] {
                for tab in tabs {
                    click_in_screen(&mut h, tab);
                    let theme = h.app.theme();
                    drop(h.ui().snapshot(&theme).expect("the tab draws"));
                }
            }
            let theme = h.app.theme();
            drop(h.ui().snapshot(&theme).expect("the section draws"));
        }
    }
}

/// A designer's SVG from the fixtures.
fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import")
        .join(name)
}

/// Redigér → Logoer → Opstillinger og filer, and "Importér SVG …" on the first artwork with `file` as the
/// dialog's answer. Returns the import's target as the panel names it: (logo, lockup, colourway).
fn import_first_artwork(h: &mut Harness, file: &Path) -> (String, String, String) {
    click_in_screen(h, "Logoer");
    click_in_screen(h, "Opstillinger og filer");
    h.desktop.to_open.lock().unwrap().push(file.to_path_buf());
    h.click("Importér SVG …").unwrap();
    let opens = h.desktop.opens.lock().unwrap().clone();
    assert_eq!(opens.last().unwrap().extensions, ["svg"]);
    let title = h
        .text_starting_with("Importér tegning: ")
        .unwrap_or_else(|| panic!("{:?}", h.texts()));
    let parts: Vec<String> = title["Importér tegning: ".len()..]
        .split(" · ")
        .map(str::to_owned)
        .collect();
    assert_eq!(parts.len(), 3, "{title}");
    (parts[0].clone(), parts[1].clone(), parts[2].clone())
}

#[test]
fn a_near_palette_svg_is_offered_with_its_delta_e_and_imported_only_when_accepted() {
    let (_dir, manual) = demo();
    let mut h = editor_on(&manual);
    let (logo, lockup, colorway) = import_first_artwork(&mut h, &fixture("near-palette.svg"));
    let written = manual
        .join("logos")
        .join(&logo)
        .join(format!("{lockup}-{colorway}.svg"));
    // #03774b is ΔE2000 1.50 from groen #00734a (CIEDE2000 after Sharma et al. 2005, computed outside the
    // program); offered, not applied.
    assert!(
        h.sees("#03774b ligger nær paletfarven groen #00734a (ΔE2000 1.5), men er ikke den."),
        "{:?}",
        h.texts()
    );
    assert!(h.sees(
        "Farver nær paletten skal bekræftes, før tegningen kan sættes ind. Intet er ændret."
    ));
    assert_eq!(click_messages(&mut h, "Sæt tegningen ind"), 0, "disabled");
    assert!(h.sees("Ingen ændringer at gemme."), "nothing changed");

    h.click("Brug de nærmeste paletfarver").unwrap();
    assert!(
        h.sees("#03774b bliver paletfarven groen #00734a (ΔE2000 1.5, accepteret)."),
        "{:?}",
        h.texts()
    );
    h.click("Sæt tegningen ind").unwrap();
    assert!(h.text_starting_with("Tegningen er sat ind").is_some());
    assert!(
        h.text_starting_with("Klar til at gemme").is_some(),
        "{:?}",
        h.texts()
    );
    // One undo step takes the whole import back.
    h.press(KeyboardKey::Character("z".into()), Modifiers::CTRL);
    assert!(h.sees("Ingen ændringer at gemme."), "{:?}", h.texts());
    h.press(KeyboardKey::Character("y".into()), Modifiers::CTRL);
    h.click("Gem").unwrap();
    assert!(h.text_starting_with("Gemt (").is_some(), "{:?}", h.texts());
    let svg = std::fs::read_to_string(&written).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; {:?}; {:?}",
            written.display(),
            files(&manual.join("logos")).keys().collect::<Vec<_>>(),
            h.texts()
        )
    });
    assert!(svg.contains("#00734a"), "{svg}");
    assert!(!svg.to_lowercase().contains("#03774b"), "{svg}");
    // The application runs on the saved manual, with the new artwork.
    let m = h.app.manual().unwrap();
    let artwork = m
        .logo(&logo)
        .and_then(|l| l.lockup(&lockup))
        .and_then(|l| l.artwork(&colorway))
        .expect("the reloaded manual has the artwork");
    assert_eq!(
        artwork.path,
        format!("logos/{logo}/{lockup}-{colorway}.svg")
    );
    assert!(artwork.svg.contains("#00734a"));
}

#[test]
fn an_svg_with_text_is_refused_with_the_reason_and_nothing_changes() {
    let (_dir, manual) = demo();
    let mut h = editor_on(&manual);
    // (Opening the editor makes its bookkeeping folder; nothing after that may change a file.)
    let before = files(&manual);
    import_first_artwork(&mut h, &fixture("text-not-outlined.svg"));
    let refusal = h
        .text_starting_with("Afvist: ")
        .unwrap_or_else(|| panic!("{:?}", h.texts()));
    assert!(refusal.contains("<text>"), "{refusal}");
    assert!(refusal.contains("konverteret til kurver"), "{refusal}");
    assert!(h.sees("Tegningen kan ikke importeres. Intet er ændret."));
    assert_eq!(click_messages(&mut h, "Sæt tegningen ind"), 0, "disabled");
    h.click("Annullér").unwrap();
    assert!(h.text_starting_with("Importér tegning: ").is_none());
    assert!(h.sees("Ingen ændringer at gemme."));
    assert_eq!(files(&manual), before, "no file changed");
}

#[test]
fn publish_writes_a_checksummed_bundle_into_the_chosen_folder() {
    let (_dir, manual) = demo();
    let mut h = editor_on(&manual);
    // Unsaved edits are not published.
    click_in_screen(&mut h, "Farver");
    type_over(&mut h, &cmyk_of_green(), "92, 18, 85, 8");
    assert!(h.sees("Gem dine ændringer, før du udgiver."));
    assert_eq!(click_messages(&mut h, "Udgiv …"), 0, "disabled");
    h.press(KeyboardKey::Character("z".into()), Modifiers::CTRL);

    h.click("Udgiv …").unwrap();
    let folder = h.export_folder().to_path_buf();
    assert_eq!(
        h.desktop.folders.lock().unwrap().len(),
        1,
        "a folder dialog"
    );
    let notice = h
        .text_starting_with("Udgivet: ")
        .unwrap_or_else(|| panic!("{:?}", h.texts()));
    let bundle = folder.join("designmanual-2.1.dpmanual");
    assert!(notice.contains("version 2.1"), "{notice}");
    assert!(bundle.is_file(), "{notice}");
    let latest = std::fs::read_to_string(folder.join("latest")).unwrap();
    assert!(latest.contains("designmanual-2.1.dpmanual"), "{latest}");
    // The bundle is a zip whose manifest names the version.
    let bytes = std::fs::read(&bundle).unwrap();
    assert_eq!(&bytes[..4], b"PK\x03\x04");
}

#[test]
fn a_published_manual_says_it_cannot_be_edited() {
    let folder = tempfile::tempdir().unwrap();
    let mut h = Harness::with(ManualChoice::Published(
        folder.path().to_path_buf(),
        "settings",
    ));
    h.click("Redigér").unwrap();
    assert!(
        h.sees("Den udgivne designmanual kan ikke redigeres"),
        "{:?}",
        h.texts()
    );
    assert!(
        h.text_starting_with("Vælg designmanualens mappe under Indstillinger")
            .is_some()
    );
}

/// Every file under a folder with its content.
fn files(dir: &Path) -> std::collections::BTreeMap<PathBuf, Vec<u8>> {
    let mut out = std::collections::BTreeMap::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(files(&path));
        } else {
            out.insert(path.clone(), std::fs::read(&path).unwrap());
        }
    }
    out
}
