//! Filled templates: the poster, the letter, the business card, the social post and the e-mail signature staff
//! make from the manual's templates (`manual::template`).
//!
//! Data flow: a [`Fill`] (what the user typed and chose) → [`Engine::layout`] (the variant's geometry, text
//! fitted with the manual's fonts, photos probed and cropped, QR codes encoded, the logo placed) →
//! [`Engine::check`] (findings: text that does not fit, contrast, photo resolution, QR module size, required
//! fields, the logo rules) → [`compose`] (one usvg tree per page) → the writers ([`write`]): PDF, PNG, JPEG, SVG,
//! and the e-mail signature as an Outlook folder.
//!
//! For a GUI: keep one [`Engine`] per manual (it caches fonts, measured words and decoded photos; it is
//! `Send + Sync`, share it in an `Arc`); call [`Engine::check`] on every keystroke (cheap, pure apart from the
//! caches); render [`Engine::preview`] off the UI thread; call [`Engine::load_photo`] off the UI thread when a
//! photo is chosen, so that the first preview does not decode it.

pub mod check;
pub mod compose;
pub mod fill;
pub mod fonts;
pub mod layout;
pub mod photo;
pub mod qr;
pub mod raster;
pub mod saved;
pub mod signature;
pub mod text;
pub mod write;

use std::path::Path;
use std::sync::Arc;

use crate::compliance::Report;
use crate::manual::Manual;
use crate::render::{Image, RenderError};

pub use fill::{Fill, PhotoChoice};
pub use layout::{Layout, LayoutError};
pub use photo::{Focus, PhotoError};
pub use write::{Output, TemplateError, Written, write};

/// Fills, checks and renders templates of one manual, with caches. Thread-safe.
#[derive(Debug)]
pub struct Engine {
    manual: Arc<Manual>,
    fonts: fonts::Fonts,
    photos: photo::Cache,
}

impl Engine {
    /// An engine for a manual (loads its fonts: a few milliseconds).
    pub fn new(manual: Arc<Manual>) -> Engine {
        Engine {
            fonts: fonts::Fonts::new(&manual),
            photos: photo::Cache::default(),
            manual,
        }
    }

    /// The manual.
    pub fn manual(&self) -> &Arc<Manual> {
        &self.manual
    }

    /// Lays a fill out on its variant.
    pub fn layout(&self, fill: &Fill) -> Result<Layout<'_>, LayoutError> {
        layout::layout(self, &self.manual, fill)
    }

    /// The compliance check of a fill: every finding, blocking first. Never fails (a fill that names an
    /// unknown template or sender gives a blocking finding that says so).
    pub fn check(&self, fill: &Fill) -> Report {
        match self.layout(fill) {
            Ok(layout) => check::check(&self.manual, fill, &layout),
            Err(e) => check::unusable(&e),
        }
    }

    /// Decodes a photo into the cache (slow for large photos: call it off the UI thread when the user picks
    /// one). Returns its size after EXIF orientation.
    pub fn load_photo(&self, path: &Path) -> Result<photo::Probe, PhotoError> {
        self.photos.decode(path).map(|p| photo::Probe {
            width: p.image.width(),
            height: p.image.height(),
        })
    }

    /// Renders one page (from 0) of a fill as an RGBA image, the trim box scaled to fit `max_side` pixels: the
    /// same composition as the files, at preview size. Text that does not fit is drawn as it would overflow.
    pub fn preview(&self, fill: &Fill, page: usize, max_side: u32) -> Result<Image, TemplateError> {
        let layout = self.layout(fill)?;
        let (w, h) = layout.trim;
        let scale = f64::from(max_side.max(1)) / w.max(h);
        let size = (
            ((w * scale).round() as u32).max(1),
            ((h * scale).round() as u32).max(1),
        );
        let frame = compose::Frame {
            bleed: false,
            photo_px_per_unit: scale,
            photo_colors: photo::Colors::Srgb,
            photo_unfiltered: true,
        };
        let page = compose::page(self, &layout, page, frame)?;
        let scene = page.scene(self)?;
        Ok(raster::image(&scene, size.0, size.1)?)
    }
}

impl From<RenderError> for TemplateError {
    fn from(e: RenderError) -> Self {
        TemplateError::Render(e)
    }
}
