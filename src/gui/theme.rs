//! The look: a calm municipal design in the manual's own palette (Sønderborg green #00734a), light and dark,
//! set in IBM Plex Sans. Every style function the screens use lives here.

use iced::widget::{button, container, text_input};
use iced::{Background, Border, Color, Font, Theme, font};

use crate::settings;

/// The interface font (bundled with the manual, loaded at start).
pub const FONT: Font = Font::with_name("IBM Plex Sans");

/// The interface font, semibold (headings, buttons).
pub const FONT_SEMIBOLD: Font = Font {
    weight: font::Weight::Semibold,
    ..FONT
};

/// The interface font, bold (the programme name).
pub const FONT_BOLD: Font = Font {
    weight: font::Weight::Bold,
    ..FONT
};

/// The font files, in the order iced loads them.
pub const FONT_FILES: [&[u8]; 3] = [
    include_bytes!("../../manual/fonts/IBMPlexSans-Regular.ttf"),
    include_bytes!("../../manual/fonts/IBMPlexSans-SemiBold.ttf"),
    include_bytes!("../../manual/fonts/IBMPlexSans-Bold.ttf"),
];

/// Text sizes.
pub mod size {
    /// Screen titles.
    pub const TITLE: f32 = 26.0;
    /// Section headings.
    pub const HEADING: f32 = 18.0;
    /// Body text.
    pub const BODY: f32 = 15.0;
    /// Secondary text and captions.
    pub const SMALL: f32 = 13.0;
}

/// The colours of one variant of the interface.
#[derive(Debug, Clone, Copy)]
pub struct Colors {
    /// Window background.
    pub background: Color,
    /// Cards and panels.
    pub surface: Color,
    /// A slightly raised surface (hover, selected rows).
    pub raised: Color,
    /// Body text.
    pub text: Color,
    /// Secondary text.
    pub muted: Color,
    /// Hairlines and card borders.
    pub border: Color,
    /// The brand colour: primary buttons, selection.
    pub primary: Color,
    /// Text on the brand colour.
    pub on_primary: Color,
    /// The navigation rail.
    pub rail: Color,
    /// The selected item of the navigation rail.
    pub rail_selected: Color,
    /// The keyboard focus ring (yellow: it shows on the green rail and on paper alike).
    pub focus: Color,
    /// The thin edge around the focus ring.
    pub focus_edge: Color,
    /// Neutral information, links, the focused text field.
    pub info: Color,
    /// Good news.
    pub success: Color,
    /// Warnings.
    pub warning: Color,
    /// Blocking problems.
    pub danger: Color,
}

const fn rgb(hex: u32) -> Color {
    Color::from_rgb8((hex >> 16) as u8, (hex >> 8) as u8, hex as u8)
}

/// Sønderborg green, the manual's primary colour.
pub const GREEN: Color = rgb(0x00734a);

/// The light variant.
pub const LIGHT: Colors = Colors {
    background: rgb(0xf5f4ef),
    surface: rgb(0xffffff),
    raised: rgb(0xe9f2ed),
    text: rgb(0x1b2721),
    muted: rgb(0x56655d),
    border: rgb(0xdad8cf),
    primary: GREEN,
    on_primary: rgb(0xffffff),
    rail: GREEN,
    rail_selected: rgb(0x0b3d2e),
    focus: rgb(0xf2c200),
    focus_edge: rgb(0x1b2721),
    info: rgb(0x1f5f8b),
    success: rgb(0x1e6b3a),
    warning: rgb(0x8a5a00),
    danger: rgb(0xb3261e),
};

/// The dark variant.
pub const DARK: Colors = Colors {
    background: rgb(0x111915),
    surface: rgb(0x19241e),
    raised: rgb(0x22332a),
    text: rgb(0xe6eee9),
    muted: rgb(0xa3b4ab),
    border: rgb(0x2e4036),
    primary: GREEN,
    on_primary: rgb(0xffffff),
    rail: rgb(0x0b3d2e),
    rail_selected: GREEN,
    focus: rgb(0xf2c200),
    focus_edge: rgb(0x000000),
    info: rgb(0x8cc4e8),
    success: rgb(0x8dc63f),
    warning: rgb(0xf2c200),
    danger: rgb(0xff8a80),
};

/// The iced theme for a settings theme.
pub fn theme(choice: settings::Theme) -> Theme {
    let (name, c) = match choice {
        settings::Theme::Light => ("Designprogram lyst", LIGHT),
        settings::Theme::Dark => ("Designprogram mørkt", DARK),
    };
    Theme::custom(
        name,
        iced::theme::Palette {
            background: c.background,
            text: c.text,
            primary: c.primary,
            success: c.success,
            warning: c.warning,
            danger: c.danger,
        },
    )
}

/// The colours of the variant a theme was made from.
pub fn colors(theme: &Theme) -> &'static Colors {
    if theme.extended_palette().is_dark {
        &DARK
    } else {
        &LIGHT
    }
}

fn border(color: Color, width: f32, radius: f32) -> Border {
    Border {
        color,
        width,
        radius: radius.into(),
    }
}

/// A white card with a hairline border.
pub fn card(theme: &Theme) -> container::Style {
    let c = colors(theme);
    container::Style {
        background: Some(c.surface.into()),
        // No shadow: tiny-skia's partial redraws stack blurred shadows into grey veils.
        border: border(c.border, 1.0, 10.0),
        text_color: Some(c.text),
        ..container::Style::default()
    }
}

/// The navigation rail.
pub fn rail(theme: &Theme) -> container::Style {
    let c = colors(theme);
    container::Style {
        background: Some(c.rail.into()),
        text_color: Some(c.on_primary),
        ..container::Style::default()
    }
}

/// A tinted banner (problems, notices) in a status colour.
pub fn banner(tone: Tone) -> impl Fn(&Theme) -> container::Style {
    move |theme| {
        let c = colors(theme);
        let accent = tone.color(c);
        container::Style {
            background: Some(mix(c.surface, accent, 0.10).into()),
            border: border(mix(c.border, accent, 0.5), 1.0, 8.0),
            text_color: Some(c.text),
            ..container::Style::default()
        }
    }
}

/// A solid block of a colour (swatches, preview backgrounds).
pub fn solid(color: Color) -> impl Fn(&Theme) -> container::Style {
    move |theme| container::Style {
        background: Some(color.into()),
        border: border(colors(theme).border, 1.0, 6.0),
        ..container::Style::default()
    }
}

/// A block of colour without an edge (picture backgrounds).
pub fn plain(color: Color) -> impl Fn(&Theme) -> container::Style {
    move |_| container::Style {
        background: Some(color.into()),
        ..container::Style::default()
    }
}

/// A tinted area with an optional edge (overlays: the clear-space zone, template fields).
pub fn outline(color: Color, width: f32) -> impl Fn(&Theme) -> container::Style {
    move |_| container::Style {
        background: Some(Color { a: 0.16, ..color }.into()),
        border: border(color, width, 0.0),
        ..container::Style::default()
    }
}

/// An edge only (overlays: the logo box, the minimum size).
pub fn frame(color: Color, width: f32) -> impl Fn(&Theme) -> container::Style {
    move |_| container::Style {
        border: border(color, width, 0.0),
        ..container::Style::default()
    }
}

/// The status colours of findings and notices.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// Neutral information.
    Info,
    /// Success.
    Success,
    /// A warning.
    Warning,
    /// Something that blocks.
    Danger,
}

impl Tone {
    /// The colour of a tone.
    pub fn color(self, c: &Colors) -> Color {
        match self {
            Tone::Info => c.info,
            Tone::Success => c.success,
            Tone::Warning => c.warning,
            Tone::Danger => c.danger,
        }
    }
}

/// Mixes two colours (t = 0 gives `a`).
pub fn mix(a: Color, b: Color, t: f32) -> Color {
    Color {
        r: a.r + (b.r - a.r) * t,
        g: a.g + (b.g - a.g) * t,
        b: a.b + (b.b - a.b) * t,
        a: a.a + (b.a - a.a) * t,
    }
}

/// The main call to action (Gem…, Eksportér…).
pub fn primary_button(theme: &Theme, status: button::Status) -> button::Style {
    let c = colors(theme);
    let background = match status {
        button::Status::Hovered => mix(c.primary, Color::BLACK, 0.15),
        button::Status::Pressed => mix(c.primary, Color::BLACK, 0.25),
        button::Status::Disabled => mix(c.primary, c.background, 0.65),
        button::Status::Active => c.primary,
    };
    button::Style {
        background: Some(background.into()),
        text_color: match status {
            button::Status::Disabled => mix(c.on_primary, c.background, 0.2),
            _ => c.on_primary,
        },
        border: border(Color::TRANSPARENT, 0.0, 8.0),
        ..button::Style::default()
    }
}

/// A quiet outlined button.
pub fn secondary_button(theme: &Theme, status: button::Status) -> button::Style {
    let c = colors(theme);
    let background = match status {
        button::Status::Hovered | button::Status::Pressed => c.raised,
        _ => c.surface,
    };
    button::Style {
        background: Some(background.into()),
        text_color: match status {
            button::Status::Disabled => c.muted,
            _ => c.text,
        },
        border: border(c.border, 1.0, 8.0),
        ..button::Style::default()
    }
}

/// A choice among several (lockup, colourway, preset, language): filled when selected.
pub fn choice_button(selected: bool) -> impl Fn(&Theme, button::Status) -> button::Style {
    move |theme, status| {
        let c = colors(theme);
        if selected {
            button::Style {
                background: Some(c.raised.into()),
                text_color: c.text,
                border: border(c.primary, 2.0, 8.0),
                ..button::Style::default()
            }
        } else {
            secondary_button(theme, status)
        }
    }
}

/// A whole card that can be clicked (logo thumbnails).
pub fn card_button(theme: &Theme, status: button::Status) -> button::Style {
    let c = colors(theme);
    let (background, edge) = match status {
        button::Status::Hovered | button::Status::Pressed => (c.raised, c.primary),
        _ => (c.surface, c.border),
    };
    button::Style {
        background: Some(background.into()),
        text_color: c.text,
        border: border(edge, 1.0, 10.0),
        ..button::Style::default()
    }
}

/// A navigation rail item.
pub fn rail_button(selected: bool) -> impl Fn(&Theme, button::Status) -> button::Style {
    move |theme, status| {
        let c = colors(theme);
        let background = if selected {
            Some(c.rail_selected.into())
        } else if matches!(status, button::Status::Hovered | button::Status::Pressed) {
            Some(Background::Color(mix(c.rail, Color::WHITE, 0.12)))
        } else {
            None
        };
        button::Style {
            background,
            text_color: c.on_primary,
            border: border(Color::TRANSPARENT, 0.0, 8.0),
            ..button::Style::default()
        }
    }
}

/// A link-like button (copy a value, show in folder).
pub fn link_button(theme: &Theme, status: button::Status) -> button::Style {
    let c = colors(theme);
    button::Style {
        background: match status {
            button::Status::Hovered | button::Status::Pressed => Some(c.raised.into()),
            _ => None,
        },
        text_color: c.text,
        border: border(Color::TRANSPARENT, 0.0, 6.0),
        ..button::Style::default()
    }
}

/// The search field and other inputs.
pub fn input(theme: &Theme, status: text_input::Status) -> text_input::Style {
    let c = colors(theme);
    let edge = match status {
        text_input::Status::Focused { .. } => c.info,
        text_input::Status::Hovered => c.primary,
        _ => c.border,
    };
    text_input::Style {
        background: c.surface.into(),
        border: border(
            edge,
            if matches!(status, text_input::Status::Focused { .. }) {
                2.0
            } else {
                1.0
            },
            8.0,
        ),
        icon: c.muted,
        placeholder: c.muted,
        value: c.text,
        selection: mix(c.surface, c.primary, 0.3),
    }
}

/// Muted text colour.
pub fn muted(theme: &Theme) -> iced::widget::text::Style {
    iced::widget::text::Style {
        color: Some(colors(theme).muted),
    }
}

/// Text in a status colour.
pub fn toned(tone: Tone) -> impl Fn(&Theme) -> iced::widget::text::Style {
    move |theme| iced::widget::text::Style {
        color: Some(tone.color(colors(theme))),
    }
}

/// Converts a manual colour to an iced colour.
pub fn from_rgb(rgb: crate::manual::Rgb) -> Color {
    let [r, g, b] = rgb.0;
    Color::from_rgb8(r, g, b)
}

/// A marker colour that stands out on a background (overlays on previews): magenta on light, yellow on dark.
pub fn colors_for_background(background: Color) -> Color {
    let luminance = 0.2126 * background.r + 0.7152 * background.g + 0.0722 * background.b;
    if luminance > 0.45 {
        rgb(0xd4007a)
    } else {
        rgb(0xffd400)
    }
}

/// Text in the brand colour (light green on the dark theme, where Sønderborg green is too dark to read).
pub fn accent(theme: &Theme) -> iced::widget::text::Style {
    iced::widget::text::Style {
        color: Some(if theme.extended_palette().is_dark {
            rgb(0x8dc63f)
        } else {
            GREEN
        }),
    }
}

/// Drop-down lists, matching the text fields.
pub fn pick_list(
    theme: &Theme,
    status: iced::widget::pick_list::Status,
) -> iced::widget::pick_list::Style {
    let c = colors(theme);
    let edge = match status {
        iced::widget::pick_list::Status::Hovered
        | iced::widget::pick_list::Status::Opened { .. } => c.primary,
        iced::widget::pick_list::Status::Active => c.border,
    };
    iced::widget::pick_list::Style {
        text_color: c.text,
        placeholder_color: c.muted,
        handle_color: c.muted,
        background: c.surface.into(),
        border: border(edge, 1.0, 8.0),
    }
}

/// A text field whose value has a problem: a red edge.
pub fn input_invalid(theme: &Theme, status: text_input::Status) -> text_input::Style {
    let c = colors(theme);
    text_input::Style {
        border: border(c.danger, 2.0, 8.0),
        ..input(theme, status)
    }
}

/// A multi-line text field, like the one-line ones (a red edge when its value has a problem).
pub fn editor(
    invalid: bool,
) -> impl Fn(&Theme, iced::widget::text_editor::Status) -> iced::widget::text_editor::Style {
    move |theme, status| {
        let c = colors(theme);
        let edge = match status {
            _ if invalid => c.danger,
            iced::widget::text_editor::Status::Focused { .. } => c.info,
            iced::widget::text_editor::Status::Hovered => c.primary,
            _ => c.border,
        };
        iced::widget::text_editor::Style {
            background: c.surface.into(),
            border: border(edge, if invalid { 2.0 } else { 1.0 }, 8.0),
            placeholder: c.muted,
            value: c.text,
            selection: mix(c.surface, c.primary, 0.3),
        }
    }
}
