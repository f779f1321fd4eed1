//! From an SVG colour to a PDF colour: the manual's authored CMYK in print, a Separation for the spot
//! colourway, sRGB on screen. No colour is ever converted by computation.

use resvg::usvg;

use crate::manual::{Cmyk, ColorwayKind, Manual, Rgb};

use super::super::{ExportError, Plan};

/// A colour as the PDF writes it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Ink {
    /// DeviceCMYK operands (0–1), the authored values.
    Cmyk([f32; 4]),
    /// The spot colour (Separation `/Spot`) at full tint.
    Spot,
    /// DeviceRGB operands (0–1), sRGB.
    Rgb([f32; 3]),
}

/// The spot colour a print file separates.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Spot {
    /// The Pantone name, the Separation's colorant (e.g. `PANTONE 348 C`).
    pub name: String,
    /// The screen colour the artwork uses for it.
    pub rgb: Rgb,
    /// The authored CMYK, the Separation's alternate.
    pub cmyk: Cmyk,
}

/// Maps the colours of one export.
pub(crate) struct Inks<'m> {
    manual: &'m Manual,
    print: bool,
    spot: Option<Spot>,
    artwork: String,
}

impl<'m> Inks<'m> {
    /// The mapping for a plan: print (CMYK) or screen (sRGB), with the spot colour of a spot colourway.
    pub fn new(manual: &'m Manual, plan: &Plan<'_>, print: bool) -> Result<Inks<'m>, ExportError> {
        let spot = match plan.colorway {
            Some(c) if print && c.kind == ColorwayKind::Spot => {
                let id = c.spot.as_deref().unwrap_or(&c.main_color);
                let color = manual.color(id).ok_or_else(|| ExportError::NoSpotName {
                    colorway: c.id.clone(),
                    color: id.to_owned(),
                })?;
                let name = color
                    .pantone_c
                    .clone()
                    .ok_or_else(|| ExportError::NoSpotName {
                        colorway: c.id.clone(),
                        color: id.to_owned(),
                    })?;
                Some(Spot {
                    name,
                    rgb: color.rgb,
                    cmyk: color.cmyk,
                })
            }
            _ => None,
        };
        let artwork = plan
            .artwork
            .as_deref()
            .map_or_else(|| "(swatch)".to_owned(), |a| a.path.clone());
        Ok(Inks {
            manual,
            print,
            spot,
            artwork,
        })
    }

    /// The spot colour, if the file separates one.
    pub fn spot(&self) -> Option<&Spot> {
        self.spot.as_ref()
    }

    /// The artwork's path, for error messages.
    pub fn artwork(&self) -> &str {
        &self.artwork
    }

    /// The ink of an SVG colour.
    pub fn ink(&self, color: usvg::Color) -> Result<Ink, ExportError> {
        let rgb = Rgb([color.red, color.green, color.blue]);
        if !self.print {
            return Ok(Ink::Rgb(rgb.0.map(|c| f32::from(c) / 255.0)));
        }
        if self.spot.as_ref().is_some_and(|s| s.rgb == rgb) {
            return Ok(Ink::Spot);
        }
        self.manual
            .color_by_rgb(rgb)
            .map(|c| Ink::Cmyk(c.cmyk.unit()))
            .ok_or_else(|| ExportError::NotInPalette {
                artwork: self.artwork.clone(),
                hex: rgb.to_hex(),
            })
    }

    /// The ink of a palette background (its authored or tinted CMYK in print).
    pub fn background(&self, rgb: Rgb, cmyk: Cmyk) -> Ink {
        if self.print {
            Ink::Cmyk(cmyk.unit())
        } else {
            Ink::Rgb(rgb.0.map(|c| f32::from(c) / 255.0))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::{Request, plan};
    use crate::manual::{Format, load_embedded};

    #[test]
    fn print_uses_authored_cmyk_and_the_pantone_separation() {
        let loaded = load_embedded();
        let m = &loaded.manual;
        let green = usvg::Color::new_rgb(0x00, 0x73, 0x4a);
        let p = plan(
            m,
            &Request::logo("kommune", Request::preset("poster-a4"), Format::Pdf),
        )
        .unwrap();
        let inks = Inks::new(m, &p, true).unwrap();
        assert_eq!(inks.ink(green).unwrap(), Ink::Cmyk([0.9, 0.2, 0.85, 0.1]));
        assert!(matches!(
            inks.ink(usvg::Color::new_rgb(1, 2, 3)),
            Err(ExportError::NotInPalette { .. })
        ));
        let spot = plan(
            m,
            &Request::logo("kommune", Request::preset("poster-a4"), Format::Pdf)
                .with_colorway("spot"),
        )
        .unwrap();
        let inks = Inks::new(m, &spot, true).unwrap();
        assert_eq!(inks.ink(green).unwrap(), Ink::Spot);
        assert_eq!(inks.spot().unwrap().name, "PANTONE 348 C");
        let screen = Inks::new(m, &spot, false).unwrap();
        assert!(matches!(screen.ink(green).unwrap(), Ink::Rgb(_)));
    }
}
