//! The screens, one module each. Each has a state `struct`, a `Message`, an `Action` for the top level, `new`,
//! `update(&mut self, Message, &Ctx) -> Action` and `view(&self, &Ctx) -> Element<Message>`.

pub mod colors;
pub mod editor;
pub mod export;
pub mod logo_detail;
pub mod logos;
pub mod overview;
pub mod settings;
pub mod templates;

use crate::gui::Ctx;
use crate::manual::{Medium, PresetSize};

/// Which screen is showing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Page {
    /// Oversigt.
    Overview,
    /// Logoer.
    Logos,
    /// One logo.
    Logo,
    /// Farver.
    Colors,
    /// Skabeloner.
    Templates,
    /// Eksport.
    Export,
    /// Redigér (the manual itself).
    Editor,
    /// Indstillinger.
    Settings,
}

impl Page {
    /// The screens of the navigation rail, in order.
    pub const RAIL: [Page; 7] = [
        Page::Overview,
        Page::Logos,
        Page::Colors,
        Page::Templates,
        Page::Export,
        Page::Editor,
        Page::Settings,
    ];

    /// The catalogue id of the screen's name.
    pub fn label(self) -> &'static str {
        match self {
            Page::Overview => "nav-overview",
            Page::Logos | Page::Logo => "nav-logos",
            Page::Colors => "nav-colors",
            Page::Templates => "nav-templates",
            Page::Export => "nav-export",
            Page::Editor => "nav-editor",
            Page::Settings => "nav-settings",
        }
    }
}

/// The catalogue key of a medium's name ("Print", "Kontor", …).
pub fn medium_key(medium: Medium) -> &'static str {
    match medium {
        Medium::Print => "medium-print",
        Medium::Office => "medium-office",
        Medium::Web => "medium-web",
        Medium::Social => "medium-social",
    }
}

/// A preset size in mm or px.
pub fn preset_size(ctx: &Ctx, size: PresetSize) -> String {
    match size {
        PresetSize::Mm { width, height } => ctx.tr_args(
            "size-mm",
            &[
                ("width", ctx.num(width).into()),
                ("height", ctx.num(height).into()),
            ],
        ),
        PresetSize::Px {
            width,
            height: Some(height),
        } => ctx.tr_args(
            "size-px",
            &[("width", width.into()), ("height", height.into())],
        ),
        PresetSize::Px {
            width,
            height: None,
        } => ctx.tr_args("size-px-auto", &[("width", width.into())]),
    }
}
