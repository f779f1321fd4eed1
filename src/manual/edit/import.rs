//! Importing logo artwork as designers deliver it (Illustrator, Inkscape and Affinity exports: `<style>`
//! classes, colour keywords, no fill = black, text not outlined).
//!
//! [`Import::prepare`] resolves every paint with the same function `check` uses ([`paint::check_artwork`], on
//! the usvg tree every export draws), maps each colour to the palette and returns the result *before* anything
//! changes: a front end shows it and asks. Each colour is
//!
//! - an exact palette colour;
//! - near one (CIEDE2000 ≤ [`NEAR_DELTA_E`]): offered with its ΔE2000, used only when the user accepts near
//!   matches ([`Decisions::accept_near`]), never silently;
//! - off the palette: refused with the nearest palette colour and its ΔE2000, unless the user maps it to a
//!   palette colour by hand ([`Decisions::map`], e.g. the default black of a path without fill to `sort`).
//!
//! Features the manual forbids (text not outlined, filters, transparency, gradients, raster images …) refuse
//! the import with the reason. An accepted import is [`Import::edit`]: the artwork normalised (plain SVG from
//! the usvg tree, every paint an explicit palette HEX) written to `logos/<logo>/<lockup>-<colorway>.svg` and
//! the lockup's `files.<colorway>` set, as one edit of the session (one undo, validated and saved like any
//! other).

use std::collections::BTreeMap;
use std::sync::Arc;

use super::{Edit, Entry, Key};
use crate::manual::color::Rgb;
use crate::manual::paint::{self, Palette};
use crate::manual::{Manual, Message};

/// The largest ΔE2000 at which a colour counts as near a palette colour (offered, not applied): ISO 12647-2's
/// tolerance for press solids, i.e. what a press run would accept as the same ink (export-standards.md §5).
pub const NEAR_DELTA_E: f64 = 3.5;

/// What the user decided about colours that are not exact palette colours.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Decisions {
    /// Use the nearest palette colour for every near colour (ΔE2000 ≤ [`NEAR_DELTA_E`]).
    pub accept_near: bool,
    /// Colours mapped to a palette colour by hand: (colour as the artwork paints it, palette colour id).
    pub map: Vec<(Rgb, String)>,
}

/// How one colour of the artwork maps to the palette.
#[derive(Debug, Clone, PartialEq)]
pub enum Match {
    /// Exactly a palette colour.
    Exact {
        /// The palette colour's id.
        color: String,
    },
    /// Near a palette colour; used only when accepted.
    Near {
        /// The nearest palette colour's id.
        color: String,
        /// Its HEX value.
        hex: Rgb,
        /// CIEDE2000 between the two.
        delta: f64,
        /// Whether the user accepted it.
        accepted: bool,
    },
    /// Mapped to a palette colour by the user.
    Mapped {
        /// The palette colour's id.
        color: String,
        /// Its HEX value.
        hex: Rgb,
        /// CIEDE2000 between the two.
        delta: f64,
    },
    /// Not a palette colour: the import is refused.
    Off {
        /// The nearest palette colour, its HEX value and the CIEDE2000 to it.
        nearest: Option<(String, Rgb, f64)>,
    },
}

/// One colour the artwork paints with, and where it goes.
#[derive(Debug, Clone, PartialEq)]
pub struct Paint {
    /// The colour as the renderer resolves it.
    pub rgb: Rgb,
    /// Its palette match.
    pub to: Match,
}

impl Paint {
    /// The palette colour this paint becomes, if it is usable as decided.
    fn target(&self) -> Option<Rgb> {
        match &self.to {
            Match::Exact { .. } => Some(self.rgb),
            Match::Near {
                hex,
                accepted: true,
                ..
            }
            | Match::Mapped { hex, .. } => Some(*hex),
            Match::Near { .. } | Match::Off { .. } => None,
        }
    }

    /// What to say about this paint (catalogue `import-paint-*`).
    pub fn message(&self) -> Message {
        let m = |key| Message::new(key).arg("color", self.rgb.to_hex());
        let delta = |d: f64| format!("{d:.1}");
        match &self.to {
            Match::Exact { color } => m("import-paint-exact").arg("id", color),
            Match::Near {
                color,
                hex,
                delta: d,
                accepted,
            } => m(if *accepted {
                "import-paint-near-accepted"
            } else {
                "import-paint-near"
            })
            .arg("id", color)
            .arg("hex", hex.to_hex())
            .arg("delta", delta(*d)),
            Match::Mapped {
                color,
                hex,
                delta: d,
            } => m("import-paint-mapped")
                .arg("id", color)
                .arg("hex", hex.to_hex())
                .arg("delta", delta(*d)),
            Match::Off { nearest } => {
                let (id, hex, d) = nearest
                    .as_ref()
                    .map_or(("-".into(), "-".into(), "-".into()), |(id, hex, d)| {
                        (id.clone(), hex.to_hex(), delta(*d))
                    });
                m("import-paint-off")
                    .arg("id", id)
                    .arg("hex", hex)
                    .arg("delta", d)
            }
        }
    }
}

/// Where an import stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// It can be applied.
    Ready,
    /// Near colours wait for the user's confirmation; nothing else is wrong.
    NeedsConfirmation,
    /// Refused: a forbidden feature, an unreadable SVG, or a colour off the palette.
    Refused,
}

/// Artwork prepared for import, with everything the user must see before it is accepted.
#[derive(Debug, Clone, PartialEq)]
pub struct Import {
    /// The logo id.
    pub logo: String,
    /// The lockup id.
    pub lockup: String,
    /// The colourway id.
    pub colorway: String,
    /// Where the artwork goes, relative to the manual folder.
    pub path: String,
    /// Every colour the artwork paints with, in HEX order.
    pub paints: Vec<Paint>,
    /// Why the artwork is refused (forbidden features, an unreadable SVG, an unknown colour in a mapping).
    pub refused: Vec<Message>,
    /// Width of the artwork in user units (of the normalised file, once ready).
    pub width: f64,
    /// Height of the artwork in user units.
    pub height: f64,
    /// The normalised SVG, when the artwork can be imported as decided.
    normalised: Option<Arc<str>>,
}

impl Import {
    /// Resolves and maps the artwork `text` for `logo`'s `lockup` in `colorway` against `manual`'s palette.
    /// Changes nothing.
    pub fn prepare(
        manual: &Manual,
        (logo, lockup, colorway): (&str, &str, &str),
        text: &str,
        decisions: &Decisions,
    ) -> Import {
        let palette = Palette::new(manual.colors.iter().map(|c| (c.id.clone(), c.rgb)));
        let check = paint::check_artwork(text, &palette);
        let mut import = Import {
            logo: logo.to_owned(),
            lockup: lockup.to_owned(),
            colorway: colorway.to_owned(),
            path: format!("logos/{logo}/{}", file_name(lockup, colorway)),
            paints: Vec::new(),
            refused: check
                .problems
                .iter()
                .filter(|p| p.message.key != paint::OFF_PALETTE)
                .map(|p| p.message.clone())
                .collect(),
            width: check.width,
            height: check.height,
            normalised: None,
        };
        for (rgb, id) in &decisions.map {
            if manual.color(id).is_none() {
                import.refused.push(
                    Message::new("import-map-unknown")
                        .arg("color", rgb.to_hex())
                        .arg("id", id),
                );
            }
        }
        import.paints = check
            .paints
            .iter()
            .map(|&rgb| classify(&palette, manual, rgb, decisions))
            .collect();
        if import.status() == Status::Ready {
            import.normalise(text, &palette);
        }
        import
    }

    /// Whether it can be applied, waits for confirmation, or is refused.
    pub fn status(&self) -> Status {
        let off = self
            .paints
            .iter()
            .any(|p| matches!(p.to, Match::Off { .. }));
        if !self.refused.is_empty() || off {
            Status::Refused
        } else if self.paints.iter().any(|p| p.target().is_none()) {
            Status::NeedsConfirmation
        } else {
            Status::Ready
        }
    }

    /// The SVG that will be written, once the import is ready.
    pub fn svg(&self) -> Option<&str> {
        self.normalised.as_deref()
    }

    /// The edit that writes the artwork and points the lockup's `files.<colorway>` at it; `None` unless
    /// [`Status::Ready`]. The lockup and colourway must exist when it is applied (add them in the same batch
    /// before it when they are new).
    pub fn edit(&self) -> Option<Edit> {
        let svg = self.normalised.as_ref()?;
        Some(Edit::Batch(vec![
            Edit::PutFile {
                path: self.path.clone(),
                bytes: Arc::from(svg.as_bytes()),
            },
            Edit::Add {
                entry: Entry::Artwork {
                    logo: self.logo.clone(),
                    lockup: self.lockup.clone(),
                    colorway: self.colorway.clone(),
                },
                values: vec![(Key::File, file_name(&self.lockup, &self.colorway))],
            },
        ]))
    }

    /// Writes the normalised SVG with every accepted or mapped colour replaced by its palette colour, and
    /// checks the result once more with `check`'s own function.
    fn normalise(&mut self, text: &str, palette: &Palette) {
        let mut svg = match paint::normalise(text) {
            Ok(svg) => svg,
            Err(problem) => {
                self.refused.push(problem.message);
                return;
            }
        };
        let replace: BTreeMap<String, String> = self
            .paints
            .iter()
            .filter_map(|p| Some((p.rgb.to_hex(), p.target()?.to_hex())))
            .filter(|(from, to)| from != to)
            .collect();
        for (from, to) in &replace {
            svg = svg.replace(&format!("=\"{from}\""), &format!("=\"{to}\""));
        }
        let again = paint::check_artwork(&svg, palette);
        if again.is_ok() {
            // the size of the file as written (user units = the designer's size in px)
            (self.width, self.height) = (again.width, again.height);
            self.normalised = Some(Arc::from(svg));
        } else {
            self.refused
                .extend(again.problems.into_iter().map(|p| p.message));
        }
    }
}

/// The artwork's file name in the logo folder: `horizontal-positive.svg`.
pub fn file_name(lockup: &str, colorway: &str) -> String {
    format!("{lockup}-{colorway}.svg")
}

fn classify(palette: &Palette, manual: &Manual, rgb: Rgb, decisions: &Decisions) -> Paint {
    let nearest = palette
        .nearest(rgb)
        .map(|(id, hex, delta)| (id.to_owned(), hex, delta));
    let to = if palette.contains(rgb) {
        Match::Exact {
            color: nearest.map(|n| n.0).unwrap_or_default(),
        }
    } else if let Some((_, id)) = decisions.map.iter().find(|(from, _)| *from == rgb)
        && let Some(color) = manual.color(id)
    {
        Match::Mapped {
            color: id.clone(),
            hex: color.rgb,
            delta: paint::delta_e_2000(rgb.lab(), color.rgb.lab()),
        }
    } else {
        match nearest {
            Some((color, hex, delta)) if delta <= NEAR_DELTA_E => Match::Near {
                color,
                hex,
                delta,
                accepted: decisions.accept_near,
            },
            nearest => Match::Off { nearest },
        }
    };
    Paint { rgb, to }
}

#[cfg(test)]
mod tests;
