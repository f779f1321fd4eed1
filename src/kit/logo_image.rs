//! The sender's logo as the Office templates embed it: a PNG at the pixel size it has on the page, rendered
//! by the export renderer, and the SVG alongside (Office 365 draws the SVG, older Office and LibreOffice the
//! PNG). Both with the manual's clear space built in (transparent), like every logo file the program makes:
//! the picture is the logo's box ([`PlacedLogo::box_rect`]), so nothing can be set inside the clear space.

use crate::export::{self, ExportError, Request, Target, WriteOptions};
use crate::manual::{Format, Manual};
use crate::plan::kit::PlacedLogo;

/// The logo's pictures.
pub(crate) struct LogoImages {
    /// PNG bytes.
    pub png: Vec<u8>,
    /// SVG bytes.
    pub svg: Vec<u8>,
}

/// Renders the placed logo with its clear space, `width_px` pixels wide (the height follows the artwork).
pub(crate) fn render(
    manual: &Manual,
    placed: &PlacedLogo<'_>,
    width_px: u32,
) -> Result<LogoImages, ExportError> {
    let request = |format: Format| {
        let mut r = Request::logo(
            &placed.logo.id,
            Target::Px {
                width: width_px.max(1),
                height: None,
            },
            format,
        )
        .with_lockup(&placed.lockup.id)
        .with_colorway(&placed.colorway.id);
        r.clear_space = true;
        r
    };
    // Through the export gate like any logo file.
    let options = WriteOptions::default();
    let mut png = Vec::new();
    export::encode(
        manual,
        &export::check(manual, &request(Format::Png))?,
        &options,
        &mut png,
    )?;
    let mut svg = Vec::new();
    export::encode(
        manual,
        &export::check(manual, &request(Format::Svg))?,
        &options,
        &mut svg,
    )?;
    Ok(LogoImages { png, svg })
}
