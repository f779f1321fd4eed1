//! From an SVG colour to a PDF colour: the manual's authored CMYK (or an allowed tint of it) in print, a
//! Separation for a spot colour, sRGB on screen. No colour is ever converted by computation.

use resvg::usvg;

use crate::manual::{Cmyk, Manual, Rgb};

use super::super::ExportError;

/// A colour as the PDF writes it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Ink {
    /// DeviceCMYK operands (0–1), the authored values.
    Cmyk([f32; 4]),
    /// A spot colour at full tint: the index of its Separation in the document.
    Spot(usize),
    /// DeviceRGB operands (0–1), sRGB.
    Rgb([f32; 3]),
}

/// A spot colour the document separates.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Spot {
    /// The Pantone name, the Separation's colorant (e.g. `PANTONE 348 C`).
    pub name: String,
    /// The screen colour the artwork uses for it.
    pub rgb: Rgb,
    /// The authored CMYK, the Separation's alternate.
    pub cmyk: Cmyk,
}

impl Spot {
    /// The spot colour of a palette colour; `None` when the colour has no `pantone_c`.
    pub fn of(manual: &Manual, color: &str) -> Option<Spot> {
        let c = manual.color(color)?;
        Some(Spot {
            name: c.pantone_c.clone()?,
            rgb: c.rgb,
            cmyk: c.cmyk,
        })
    }
}

/// Maps the colours of one page.
pub(crate) struct Inks<'m> {
    manual: &'m Manual,
    print: bool,
    /// The page's spot colours: screen colour → the document's Separation index.
    spots: Vec<(Rgb, usize)>,
    source: String,
}

impl<'m> Inks<'m> {
    /// The mapping of a page: print (CMYK) or screen (sRGB); in print, `spots` are the screen colours that
    /// print on a Separation (with its index in the document). `source` names the page in errors.
    pub fn new(
        manual: &'m Manual,
        print: bool,
        spots: Vec<(Rgb, usize)>,
        source: String,
    ) -> Inks<'m> {
        Inks {
            manual,
            print,
            spots,
            source,
        }
    }

    /// What is being drawn, for error messages.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// Whether the page prints (CMYK) rather than shows (sRGB).
    pub fn is_print(&self) -> bool {
        self.print
    }

    /// The ink of an SVG colour: a spot colour of the page, a palette colour's authored CMYK, or an allowed
    /// tint of one (the authored CMYK scaled); anything else is an error naming the colour.
    pub fn ink(&self, color: usvg::Color) -> Result<Ink, ExportError> {
        let rgb = Rgb([color.red, color.green, color.blue]);
        if !self.print {
            return Ok(Ink::Rgb(unit_rgb(rgb)));
        }
        if let Some((_, index)) = self.spots.iter().find(|(s, _)| *s == rgb) {
            return Ok(Ink::Spot(*index));
        }
        if let Some(c) = self.manual.color_by_rgb(rgb) {
            return Ok(Ink::Cmyk(c.cmyk.unit()));
        }
        self.manual
            .colors
            .iter()
            .find_map(|c| {
                c.tints
                    .iter()
                    .find(|t| c.tint_rgb(**t) == rgb)
                    .map(|t| Ink::Cmyk(c.cmyk.tint(f32::from(*t)).unit()))
            })
            .ok_or_else(|| ExportError::NotInPalette {
                artwork: self.source.clone(),
                hex: rgb.to_hex(),
            })
    }

    /// The ink of a palette background (its authored or tinted CMYK in print).
    pub fn background(&self, rgb: Rgb, cmyk: Cmyk) -> Ink {
        if self.print {
            Ink::Cmyk(cmyk.unit())
        } else {
            Ink::Rgb(unit_rgb(rgb))
        }
    }
}

fn unit_rgb(rgb: Rgb) -> [f32; 3] {
    rgb.0.map(|c| f32::from(c) / 255.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::manual::load_embedded;

    #[test]
    fn print_uses_authored_cmyk_tints_and_the_pantone_separation() {
        let loaded = load_embedded();
        let m = &loaded.manual;
        let green = usvg::Color::new_rgb(0x00, 0x73, 0x4a);
        let inks = Inks::new(m, true, Vec::new(), "a.svg".into());
        assert_eq!(inks.ink(green).unwrap(), Ink::Cmyk([0.9, 0.2, 0.85, 0.1]));
        // Sønderborg green at its allowed 40 % tint: #99c7b7 → 36/8/34/4.
        let tint = m.color("groen").unwrap().tint_rgb(40);
        let tint = usvg::Color::new_rgb(tint.0[0], tint.0[1], tint.0[2]);
        let Ink::Cmyk(c) = inks.ink(tint).unwrap() else {
            panic!("a tint prints in CMYK")
        };
        for (got, want) in c.iter().zip([0.36, 0.08, 0.34, 0.04]) {
            assert!((got - want).abs() < 1e-6, "{c:?}");
        }
        assert!(matches!(
            inks.ink(usvg::Color::new_rgb(1, 2, 3)),
            Err(ExportError::NotInPalette { .. })
        ));
        let spot = Spot::of(m, "groen").unwrap();
        assert_eq!(spot.name, "PANTONE 348 C");
        let inks = Inks::new(m, true, vec![(spot.rgb, 0)], "a.svg".into());
        assert_eq!(inks.ink(green).unwrap(), Ink::Spot(0));
        let screen = Inks::new(m, false, vec![(spot.rgb, 0)], "a.svg".into());
        assert!(matches!(screen.ink(green).unwrap(), Ink::Rgb(_)));
        assert!(Spot::of(m, "sand").is_none(), "sand has no Pantone");
    }
}
