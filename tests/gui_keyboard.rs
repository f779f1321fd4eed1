//! Tab order and visible focus, in iced_test's `Emulator` (which, unlike the simulator, carries out widget
//! operations such as "focus the next widget"): Tab walks the navigation rail, Enter activates the focused item,
//! Esc goes back, and the focused item is drawn with a focus ring.

mod gui_support;

use std::sync::Arc;

use designprogram::gui::{App, Boot};
use designprogram::settings::{ManualChoice, Settings};
use iced::futures::StreamExt;
use iced::futures::channel::mpsc;
use iced_test::Instruction;
use iced_test::emulator::{self, Emulator, Mode};

/// Runs instructions (`type tab`, `expect "…"`, …) against the real program and returns a screenshot of the
/// end state; an error names the instruction that failed.
fn emulate(instructions: &[&str]) -> Result<iced::window::Screenshot, String> {
    gui_support::config_dir();
    let desktop = Arc::new(gui_support::FakeDesktop::default());
    let boot = Boot {
        choice: ManualChoice::Embedded,
        settings: Settings::default(),
        desktop,
        started: None,
    };
    let program = iced::application(move || App::new(boot.clone()), App::update, App::view)
        .theme(App::theme)
        .settings(designprogram::gui::iced_settings());
    let (sender, mut receiver) = mpsc::channel::<emulator::Event<_>>(1);
    let mut emulator = Emulator::new(sender, &program, Mode::Zen, iced::Size::new(1280.0, 820.0));
    let mut instructions = instructions.iter();
    loop {
        let event =
            iced::futures::executor::block_on(receiver.next()).ok_or("the emulator stopped")?;
        match event {
            emulator::Event::Action(action) => emulator.perform(&program, action),
            emulator::Event::Failed(instruction) => return Err(format!("failed: {instruction}")),
            emulator::Event::Ready => {
                let Some(line) = instructions.next() else {
                    let theme = emulator.theme(&program).unwrap_or(iced::Theme::Light);
                    return Ok(emulator.screenshot(&program, &theme, 1.0));
                };
                let instruction = Instruction::parse(line).map_err(|e| format!("{line}: {e}"))?;
                emulator.run(&program, instruction);
            }
        }
    }
}

/// Pixels of the focus ring's yellow (#f2c200) in a screenshot.
fn ring_pixels(shot: &iced::window::Screenshot) -> usize {
    shot.rgba
        .chunks_exact(4)
        .filter(|p| p[0] == 0xf2 && p[1] == 0xc2 && p[2] == 0x00)
        .count()
}

#[test]
fn the_focused_item_has_a_visible_ring() {
    let before = emulate(&["expect \"Om designprogrammet\""]).unwrap();
    assert_eq!(ring_pixels(&before), 0, "nothing is focused at start");
    let after = emulate(&["expect \"Om designprogrammet\"", "type tab", "type tab"]).unwrap();
    assert!(
        ring_pixels(&after) > 100,
        "{} ring pixels",
        ring_pixels(&after)
    );
}

#[test]
fn tab_walks_the_rail_and_enter_activates_the_focused_item() {
    emulate(&[
        "expect \"Om designprogrammet\"",
        "type tab",   // Oversigt
        "type tab",   // Logoer
        "type enter", // opens it
        "expect \"Viser 4 af 4 logoer\"",
        "type escape",
        "expect \"Om designprogrammet\"",
    ])
    .map(drop)
    .unwrap();
}

#[test]
fn shift_free_tab_order_reaches_the_screen_after_the_rail() {
    // Seven rail items, then the first control of the overview (the "Logoer" tile).
    let mut steps = vec!["expect \"Om designprogrammet\""];
    steps.extend(std::iter::repeat_n("type tab", 8));
    steps.extend(["type enter", "expect \"Viser 4 af 4 logoer\""]);
    emulate(&steps).map(drop).unwrap();
}
