//! The co-branded lockup in the desktop application: the logo detail of an institution offers it, the export
//! screen keeps the choice, the report loses the co-branding warning and the saved file holds both logos.

mod gui_support;

use gui_support::Harness;

const TOGGLE: &str = "Sammen med Sønderborg Kommune";
const ALONE: &str = "Kun eget logo";
const WARNING: &str = "Sønderborg Bibliotek skal altid vise »Sønderborg Kommune – logo« sammen med sit eget logo. Denne fil har kun »Sønderborg Bibliotek – logo«.";

#[test]
fn an_institution_exports_its_cobranded_lockup_from_the_logo_detail() {
    let mut h = Harness::new();
    h.click("Logoer").unwrap();
    // The kommune's own logo needs no partner: no switch.
    h.click("Sønderborg Kommune – logo").unwrap();
    assert!(!h.sees(TOGGLE));
    h.click("Tilbage").unwrap();

    h.click("Sønderborg Bibliotek – logo").unwrap();
    assert!(h.sees(TOGGLE), "{:?}", h.texts());
    assert!(
        h.text_starting_with("Logoet skal altid vises sammen med Sønderborg Kommunes logo")
            .is_some()
    );
    h.click(TOGGLE).unwrap();
    assert!(h.text_starting_with("Den samlede opstilling:").is_some());
    snapshot(&h, "logo-detail-cobranded");

    h.click("Eksportér …").unwrap();
    assert!(h.sees(TOGGLE), "the export screen keeps the choice");
    h.click("Open Graph-billede").unwrap();
    assert!(!h.sees("Blokerende"), "{:?}", h.texts());
    assert!(
        !h.sees(WARNING),
        "the co-branded lockup carries no co-branding warning"
    );
    snapshot(&h, "export-cobranded");

    h.click("Gem …").unwrap();
    let name = h.desktop.saves.lock().unwrap()[0].file_name.clone();
    assert_eq!(
        name,
        "sonderborg_bibliotek_horizontal-with-kommune_positive-on-hvid_srgb_og-image.png"
    );
    let image = image::open(h.export_folder().join(&name))
        .unwrap()
        .to_rgba8();
    assert_eq!((image.width(), image.height()), (1200, 630));
    // two logos on white (the detail's background): two runs of drawn columns far apart (the gap is twice
    // the mark's height)
    let drawn: Vec<bool> = (0..image.width())
        .map(|x| (0..image.height()).any(|y| image.get_pixel(x, y).0[..3] != [255, 255, 255]))
        .collect();
    let first = drawn.iter().position(|d| *d).unwrap();
    let last = drawn.iter().rposition(|d| *d).unwrap();
    let widest_gap = drawn[first..=last]
        .split(|d| *d)
        .map(<[bool]>::len)
        .max()
        .unwrap();
    assert!(widest_gap > 100, "widest empty run {widest_gap} px");

    // Switched off on the export screen, the logo stands alone and the report warns.
    h.click(ALONE).unwrap();
    assert!(h.sees(WARNING), "{:?}", h.texts());
}

fn snapshot(h: &Harness, name: &str) {
    let theme = h.app.theme();
    let snapshot = h.ui().snapshot(&theme).expect("the screen draws");
    gui_support::assert_matches_reference(&snapshot, name);
}
