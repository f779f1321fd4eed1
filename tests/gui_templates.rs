//! Issue 10, the GUI: *Skabeloner* is where staff start. Pick the poster → type a headline → the preview
//! message arrives (rendered off the UI thread, for the newest fill) → the compliance panel updates → save into
//! a temporary folder → the file exists with the right page size (`pdfinfo -box`); an overflowing headline
//! disables saving with the reason. Also: a filled template saved as `.dpskabelon` and opened again, a photo
//! chosen by the dialog, "Mine oplysninger" and *my workplace* filling the person and sender fields, and
//! saving without a file dialog, the focal point chosen by a click on the preview, and "Kopiér HTML" for the
//! e-mail signature.

mod export_support;
mod gui_support;

use std::path::{Path, PathBuf};

use designprogram::gui::Message;
use designprogram::settings::{ManualChoice, Person, Settings};
use export_support::{run_ok, tool};
use gui_support::Harness;

/// A3 in PostScript points (297 × 420 mm).
const A3_PT: (f64, f64) = (841.89, 1190.55);

/// The files in a folder with an extension.
fn files(folder: &Path, extension: &str) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(folder)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == extension))
        .collect();
    found.sort();
    found
}

/// A box of `pdfinfo -box` as width and height in points.
fn pdf_box(pdf: &Path, name: &str) -> (f64, f64) {
    let boxes = run_ok(tool("pdfinfo", "poppler-utils").arg("-box").arg(pdf));
    let v: Vec<f64> = boxes
        .lines()
        .find_map(|l| l.strip_prefix(&format!("{name}:")))
        .unwrap_or_else(|| panic!("no {name} in {boxes}"))
        .split_whitespace()
        .map(|v| v.parse().unwrap())
        .collect();
    (v[2] - v[0], v[3] - v[1])
}

/// The number of preview renders that arrived since `from` in the harness's log.
fn previews_since(h: &Harness, from: usize) -> usize {
    h.log[from..]
        .iter()
        .filter(|m| m.starts_with("Preview("))
        .count()
}

#[test]
fn poster_typed_previewed_checked_and_saved_as_an_a3_pdf() {
    let mut h = Harness::new();
    h.click("Skabeloner").unwrap();
    // The thumbnails were rendered off the UI thread.
    assert!(
        h.log.iter().any(|m| m.starts_with("Thumbnails(")),
        "{:?}",
        h.log
    );
    let opened = h.log.len();
    h.click("Plakat med foto").unwrap();
    assert!(previews_since(&h, opened) >= 1, "{:?}", &h.log[opened..]);
    // The formats read as page sizes (ISO 216 name where there is one), not as the presets' names.
    assert!(h.sees("A3 · 297 × 420 mm"), "{:?}", h.texts());
    assert!(h.sees("A0 · 841 × 1189 mm"), "{:?}", h.texts());
    assert!(h.sees("500 × 700 mm"), "{:?}", h.texts());
    assert!(!h.sees("Logo til plakat A3"), "{:?}", h.texts());
    // The required headline is marked, and the check says it is missing: saving is disabled with the reason.
    assert!(h.sees("Overskrift *"), "{:?}", h.texts());
    assert!(
        h.sees("Feltet »Overskrift« skal udfyldes."),
        "{:?}",
        h.texts()
    );
    let reason = h
        .text_starting_with("Kan ikke gemmes: ")
        .expect("the reason saving is off");
    assert!(reason.contains("Overskrift"), "{reason}");

    let typed = h.log.len();
    h.type_into("template-field-overskrift", "Sommerfest på Ærø")
        .unwrap();
    // The preview message arrived, for the newest fill: nothing stale is on screen.
    assert!(previews_since(&h, typed) >= 1, "{:?}", &h.log[typed..]);
    let last = h
        .log
        .iter()
        .rev()
        .find(|m| m.starts_with("Preview("))
        .unwrap();
    assert!(last.contains("Ok(Picture("), "{last}");
    assert!(h.sees("Forhåndsvisningen er opdateret."), "{:?}", h.texts());
    // The page's true aspect ratio: A3 is 1 : √2 (the preview's longest side is 560 px).
    assert!(last.contains("396 × 560"), "{last}");
    // The compliance panel updated: the headline is there, nothing blocks.
    assert!(!h.sees("Feltet »Overskrift« skal udfyldes."));
    assert!(h.text_starting_with("Kan ikke gemmes: ").is_none());
    assert!(h.sees("17 tegn · højst 2 linjer"), "{:?}", h.texts());

    h.click("Gem …").unwrap();
    let dialogs = h.desktop.saves.lock().unwrap().clone();
    assert_eq!(dialogs.len(), 1);
    assert_eq!(dialogs[0].extensions, ["pdf"]);
    let pdfs = files(h.export_folder(), "pdf");
    assert_eq!(pdfs.len(), 1, "{:?}", h.texts());
    assert_eq!(
        pdfs[0].file_name().unwrap().to_string_lossy(),
        dialogs[0].file_name
    );
    let (w, h_pt) = pdf_box(&pdfs[0], "TrimBox");
    assert!(
        (w - A3_PT.0).abs() < 0.1 && (h_pt - A3_PT.1).abs() < 0.1,
        "TrimBox {w} × {h_pt}"
    );
    let text = run_ok(tool("pdftotext", "poppler-utils").arg(&pdfs[0]).arg("-"));
    assert!(text.contains("Sommerfest på Ærø"), "{text}");
    assert!(h.text_starting_with("Gemt: ").is_some(), "{:?}", h.texts());
}

#[test]
fn two_formats_of_one_size_say_what_they_are_for() {
    let mut h = Harness::new();
    h.click("Skabeloner").unwrap();
    h.click("Brevpapir A4").unwrap();
    // The print-shop letterhead and the one for the office printer are both A4.
    assert!(h.sees("A4 · 210 × 297 mm · Print"), "{:?}", h.texts());
    assert!(h.sees("A4 · 210 × 297 mm · Kontor"), "{:?}", h.texts());
    // Choosing the other one renders its preview.
    let before = h.log.len();
    h.click("A4 · 210 × 297 mm · Kontor").unwrap();
    assert!(previews_since(&h, before) >= 1, "{:?}", &h.log[before..]);
}

#[test]
fn an_overflowing_headline_disables_saving_with_the_reason() {
    let mut h = Harness::new();
    h.click("Skabeloner").unwrap();
    h.click("Plakat med foto").unwrap();
    let long =
        "Sommerfest i Regnbuen med musik, boder, mad og leg for hele familien hele dagen lang";
    h.type_into("template-field-overskrift", long).unwrap();
    let reason = h
        .text_starting_with("Kan ikke gemmes: ")
        .expect("saving is disabled with the reason");
    assert!(
        reason.contains("Teksten i »Overskrift« er") && reason.contains("tegn for lang"),
        "{reason}"
    );
    // The compliance panel says the same, with what to do.
    assert!(
        h.text_starting_with("Forkort teksten til højst").is_some(),
        "{:?}",
        h.texts()
    );
    // "Gem …" does nothing: no dialog, no file.
    let _ = h.click("Gem …");
    assert!(h.desktop.saves.lock().unwrap().is_empty());
    assert!(files(h.export_folder(), "pdf").is_empty());
    // Enter in the field does not save either.
    h.press(
        iced::keyboard::Key::Named(iced::keyboard::key::Named::Enter),
        iced::keyboard::Modifiers::empty(),
    );
    assert!(h.desktop.saves.lock().unwrap().is_empty());
}

#[test]
fn a_filled_template_is_saved_as_dpskabelon_and_opened_again() {
    let mut h = Harness::new();
    h.click("Skabeloner").unwrap();
    h.click("Plakat med foto").unwrap();
    h.type_into("template-field-overskrift", "Loppemarked")
        .unwrap();
    h.click("Gem skabelon …").unwrap();
    let saved = files(h.export_folder(), "dpskabelon");
    assert_eq!(saved.len(), 1, "{:?}", h.texts());
    let text = std::fs::read_to_string(&saved[0]).unwrap();
    assert!(text.contains("overskrift = \"Loppemarked\""), "{text}");

    // Back to the gallery, open the saved file by the dialog: the headline is filled in again.
    h.click("← Alle skabeloner").unwrap();
    h.desktop.to_open.lock().unwrap().push(saved[0].clone());
    h.click("Åbn gemt skabelon …").unwrap();
    assert!(h.sees("Overskrift *"), "{:?}", h.texts());
    assert!(h.sees("11 tegn · højst 2 linjer"), "{:?}", h.texts());
    assert!(h.text_starting_with("Kan ikke gemmes: ").is_none());
}

#[test]
fn a_photo_by_dialog_is_decoded_off_the_ui_thread_and_previewed() {
    let dir = tempfile::tempdir().unwrap();
    let photo = dir.path().join("sol.jpg");
    image::RgbImage::from_fn(1200, 900, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 120])
    })
    .save(&photo)
    .unwrap();
    let mut h = Harness::new();
    h.click("Skabeloner").unwrap();
    h.click("Plakat med foto").unwrap();
    h.desktop.to_open.lock().unwrap().push(photo.clone());
    let before = h.log.len();
    h.click("Vælg foto …").unwrap();
    assert!(
        h.log[before..]
            .iter()
            .any(|m| m.starts_with("PhotoLoaded(\"foto\"")),
        "{:?}",
        &h.log[before..]
    );
    assert!(previews_since(&h, before) >= 1);
    assert!(h.sees("sol.jpg · 1200 × 900 pixels"), "{:?}", h.texts());
    // 1200 px over 297 mm is about 103 ppi: the check names the measured resolution.
    assert!(
        h.text_starting_with("Fotoet i »Foto« får kun").is_some(),
        "{:?}",
        h.texts()
    );
    let dialogs = h.desktop.opens.lock().unwrap().clone();
    assert!(dialogs[0].extensions.contains(&"jpg".to_owned()));
}

#[test]
fn a_photo_dropped_on_the_window_goes_into_the_photo_field() {
    let dir = tempfile::tempdir().unwrap();
    let photo = dir.path().join("drop.png");
    image::RgbImage::from_pixel(640, 480, image::Rgb([30, 120, 200]))
        .save(&photo)
        .unwrap();
    let mut h = Harness::new();
    h.click("Skabeloner").unwrap();
    h.click("Plakat med foto").unwrap();
    h.deliver(vec![Message::FileDropped(photo)]);
    assert!(h.sees("drop.png · 640 × 480 pixels"), "{:?}", h.texts());
    assert!(h.sees("Forhåndsvisningen er opdateret."));
}

#[test]
fn my_details_and_my_workplace_fill_the_person_and_sender_fields() {
    let settings = Settings {
        workplace: Some("kaerhaveskolen".to_owned()),
        person: Person {
            name: "Mette Æbelø".to_owned(),
            ..Person::default()
        },
        ..Settings::default()
    };
    let mut h = Harness::build(ManualChoice::Embedded, settings, |_| {});
    h.click("Skabeloner").unwrap();
    h.click("Brevpapir A4").unwrap();
    // The sender block comes from my workplace.
    assert!(h.sees("Kærvej 12\n6400 Sønderborg"), "{:?}", h.texts());

    // "Mine oplysninger" in Indstillinger: the title typed there appears on the business card.
    h.click("Indstillinger").unwrap();
    assert!(h.sees("Mine oplysninger"));
    h.type_into("person-title", "Skolesekretær").unwrap();
    assert_eq!(h.app.settings().person.title, "Skolesekretær");
    assert_eq!(Settings::load().settings.person.title, "Skolesekretær");
    h.click("Skabeloner").unwrap();
    h.click("← Alle skabeloner").unwrap();
    h.click("Visitkort").unwrap();
    assert!(h.sees("Mette Æbelø"), "{:?}", h.texts());
    assert!(h.sees("Skolesekretær"), "{:?}", h.texts());
}

#[test]
fn without_a_dialog_gem_offers_a_path_field_and_writes_there() {
    let exports = tempfile::tempdir().unwrap();
    let settings = Settings {
        export_folder: Some(exports.path().to_path_buf()),
        ..Settings::default()
    };
    let mut h = Harness::build(ManualChoice::Embedded, settings, |d| d.no_dialogs = true);
    h.click("Skabeloner").unwrap();
    h.click("Opslag, kvadratisk (Facebook, LinkedIn, Instagram)")
        .unwrap();
    h.type_into("template-field-overskrift", "Åbent hus")
        .unwrap();
    h.click("Gem …").unwrap();
    assert!(
        h.text_starting_with("Der kan ikke åbnes en fildialog")
            .is_some(),
        "{:?}",
        h.texts()
    );
    h.click("Gem").unwrap();
    let pngs = files(exports.path(), "png");
    assert_eq!(pngs.len(), 1, "{:?}", h.texts());
    let img = image::open(&pngs[0]).unwrap();
    assert_eq!((img.width(), img.height()), (1080, 1080));
    // Esc closes the template, back to the gallery.
    h.press(
        iced::keyboard::Key::Named(iced::keyboard::key::Named::Escape),
        iced::keyboard::Modifiers::empty(),
    );
    assert!(h.sees("Plakat med foto"));
}

/// The focal point shown under the photo field: "Fokuspunkt X % fra venstre, Y % fra toppen. …" → (X, Y).
fn focus_shown(h: &Harness) -> (i64, i64) {
    let line = h
        .text_starting_with("Fokuspunkt ")
        .unwrap_or_else(|| panic!("no focal point on screen: {:?}", h.texts()));
    let numbers: Vec<i64> = line
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|n| n.parse().ok())
        .collect();
    (numbers[0], numbers[1])
}

#[test]
fn a_click_on_the_photo_in_the_preview_moves_its_focal_point() {
    // A photo six times wider than high: the poster's frame shows a middle slice of it, so a click near the
    // frame's left edge is a point left of the photo's centre.
    let dir = tempfile::tempdir().unwrap();
    let photo = dir.path().join("bred.png");
    image::RgbImage::from_fn(3000, 500, |x, _| image::Rgb([(x / 12) as u8, 90, 160]))
        .save(&photo)
        .unwrap();
    let mut h = Harness::new();
    h.click("Skabeloner").unwrap();
    h.click("Plakat med foto").unwrap();
    h.deliver(vec![Message::FileDropped(photo)]);
    assert_eq!(focus_shown(&h), (50, 50), "the default is the centre");

    let before = h.log.len();
    let messages: Vec<Message> = {
        let mut ui = h.ui();
        let frame = ui
            .find(iced::widget::Id::new(
                designprogram::gui::id::TEMPLATE_PREVIEW,
            ))
            .expect("the preview")
            .bounds();
        // 5 % from the preview's left edge, 10 % from its top: inside the photo frame at the top of the page.
        ui.point_at(iced::Point::new(
            frame.x + frame.width * 0.05,
            frame.y + frame.height * 0.10,
        ));
        ui.simulate(iced_test::simulator::click());
        ui.into_messages().collect()
    };
    h.deliver(messages);
    let (x, y) = focus_shown(&h);
    assert!(
        (20..45).contains(&x),
        "focus {x} % from the left: {:?}",
        h.texts()
    );
    assert!((0..50).contains(&y), "focus {y} % from the top");
    // The new focal point is rendered.
    assert!(previews_since(&h, before) >= 1, "{:?}", &h.log[before..]);
}

#[test]
fn kopier_html_puts_the_escaped_signature_on_the_clipboard() {
    let settings = Settings {
        workplace: Some("kommune".to_owned()),
        person: Person {
            name: "Mette <b>&\"Æbelø\"".to_owned(),
            title: "Kommunikationsmedarbejder".to_owned(),
            ..Person::default()
        },
        ..Settings::default()
    };
    let mut h = Harness::build(ManualChoice::Embedded, settings, |_| {});
    h.click("Skabeloner").unwrap();
    h.click("E-mailsignatur").unwrap();
    h.click("Kopiér HTML (nye Outlook)").unwrap();
    let html = h.clipboard.last().expect("HTML on the clipboard");
    // The name is text, escaped, never markup; no scripts; the title is there.
    assert!(html.contains("Mette &lt;b&gt;&amp;"), "{html}");
    assert!(!html.contains("<b>&"), "{html}");
    assert!(!html.to_lowercase().contains("<script"), "{html}");
    assert!(html.contains("Kommunikationsmedarbejder"), "{html}");
    assert!(
        h.sees("E-mailsignaturen er kopieret som HTML. Sæt den ind under Signaturer i Outlook."),
        "{:?}",
        h.texts()
    );
}
