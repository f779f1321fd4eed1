//! iced_test: after the manual changed version, every screen says "Designmanualen er opdateret til …" with the
//! changelog lines since the version the user last saw; OK remembers the version in the settings.

mod gui_support;

use designprogram::settings::{ManualChoice, Settings};
use gui_support::Harness;

fn with_last_seen(version: Option<&str>) -> Harness {
    let settings = Settings {
        last_seen_version: version.map(str::to_owned),
        ..Settings::default()
    };
    Harness::build(ManualChoice::Embedded, settings, |_| {})
}

#[test]
fn the_banner_lists_what_changed_and_ok_remembers_the_version() {
    let mut h = with_last_seen(Some("1.0"));
    assert!(
        h.sees("Designmanualen er opdateret til 2.1"),
        "{:?}",
        h.texts()
    );
    let lines: Vec<String> = h
        .texts()
        .into_iter()
        .filter(|t| t.contains(" (20") && t.contains("): "))
        .collect();
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(lines[0].starts_with("2.1 (2026-10-01): Sønderborg-grønnes CMYK-værdi"));
    assert!(lines[1].starts_with("2.0 (2025-01-15): "));
    assert!(
        h.text_starting_with("1.0 (").is_none(),
        "the version already seen is not repeated"
    );
    h.click("OK").unwrap();
    assert!(!h.sees("Designmanualen er opdateret til 2.1"));
    assert_eq!(h.app.settings().last_seen_version.as_deref(), Some("2.1"));
    let saved = std::fs::read_to_string(gui_support::config_dir().join("settings.toml")).unwrap();
    assert!(saved.contains("last_seen_version = \"2.1\""), "{saved}");
}

#[test]
fn nothing_to_announce_on_a_first_start_or_the_same_version() {
    let h = with_last_seen(None);
    assert!(!h.sees("Designmanualen er opdateret til 2.1"));
    assert_eq!(h.app.settings().last_seen_version.as_deref(), Some("2.1"));
    let h = with_last_seen(Some("2.1"));
    assert!(!h.sees("Designmanualen er opdateret til 2.1"));
}
