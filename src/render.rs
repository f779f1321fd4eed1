//! Compose an export's artwork into one usvg tree and rasterise it with resvg.
//!
//! [`scene`] builds the tree: the whole file (trim + bleed) in the plan's units, the logo artwork placed at the
//! plan's `logo_rect`, text outlined by usvg with the manual's bundled fonts. The background is *not* part of
//! the tree: every output paints it its own way (a pixel fill, an SVG `<rect>`, a DeviceCMYK fill), which is
//! also what lets the rasteriser skip the empty rows of a poster. [`rgba`] is the preview and thumbnail entry
//! point; it runs the same [`Raster`] code as the PNG and JPEG export.

pub mod budget;
mod compose;
mod raster;

pub use compose::{Scene, isolated_svg, options, options_with_fonts, scene, scene_with_background};
pub use raster::{BAND_ROWS, Channels, Raster, rgba};

/// An RGBA8 image, not premultiplied, rows top to bottom.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Image {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// `width × height × 4` bytes, RGBA, straight (not premultiplied) alpha.
    pub pixels: Vec<u8>,
}

/// Why an export could not be composed or rasterised.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RenderError {
    /// The plan has neither artwork nor a swatch.
    #[error("nothing to draw: the request names neither a logo nor a colour")]
    Nothing,
    /// An artwork file is not an SVG usvg can read.
    #[error("{path}: the artwork cannot be read as SVG: {message}")]
    Svg {
        /// Artwork path, relative to the manual root.
        path: String,
        /// What the parser said.
        message: String,
    },
    /// The drawing's filter effects would cost more than the rendering budget ([`budget::MAX_FILTER_WORK`]).
    #[error(
        "the drawing's effects would take too long to render ({work} pixel operations, the budget is {limit}); remove the filter effects"
    )]
    TooCostly {
        /// Estimated work.
        work: String,
        /// The budget.
        limit: String,
    },
    /// The raster does not fit in memory (or has a zero side).
    #[error("cannot allocate a {width}×{height} px raster")]
    Allocation {
        /// Width in pixels.
        width: u32,
        /// Height in pixels.
        height: u32,
    },
}
