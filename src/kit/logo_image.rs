//! The sender's logo as the Office templates embed it: a PNG at the pixel size it has on the page, rendered
//! by the export renderer, and the SVG alongside (Office 365 draws the SVG, older Office and LibreOffice the
//! PNG). Both without clear space: the template keeps the clear space free around the picture.

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

/// Renders the placed logo `width_px` pixels wide (the height follows the artwork).
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
        r.clear_space = false;
        r
    };
    let options = WriteOptions::default();
    let png_plan = export::plan(manual, &request(Format::Png))?;
    let mut png = Vec::new();
    export::encode(manual, &png_plan, &options, &mut png)?;
    let svg_plan = export::plan(manual, &request(Format::Svg))?;
    let mut svg = Vec::new();
    export::encode(manual, &svg_plan, &options, &mut svg)?;
    Ok(LogoImages { png, svg })
}
