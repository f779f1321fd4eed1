//! The kit: the manual in the formats of the tools staff already use — an Office theme (`.thmx`), a Word letter
//! template (`.dotx`) and a PowerPoint template (`.potx`) per sender, Adobe swatches (`.ase`), a colour sheet
//! for the print shop, DTCG design tokens, CSS custom properties and a SCSS map. Everything is generated from
//! the loaded manual, so the files can never drift from it.
//!
//! [`write`] is the one entry point for the CLI, the GUI and the print-shop pack: it runs the compliance gate
//! ([`crate::compliance::check_kit`]) first and writes nothing when a finding blocks; files are named by the
//! naming convention ([`crate::export::kit_file_name`]), stamped with the manual's version and written
//! atomically.

mod css;
mod logo_image;
mod opc;
mod powerpoint;
mod props;
mod sheet;
mod swatches;
mod theme;
pub mod tokens;
mod word;
mod xml;

use std::path::{Path, PathBuf};

use crate::compliance::{self, Blocked, Report, check_kit};
use crate::export::atomic::write_file;
use crate::export::moment::Moment;
use crate::export::{self, ExportError, kit_file_name};
use crate::i18n::Lang;
use crate::manual::Manual;
use std::sync::atomic::AtomicBool;

use crate::export::WriteOptions;
use crate::export::pack::{Extra, Packed, Progress, Selection};
use crate::manual::Medium;
use crate::plan::kit::{KitPlan, plan};
use crate::stamp::Stamp;

pub use crate::request::kit::{KitFormat, KitRequest};

/// The palette files a print-shop pack carries, with their manifest colour space.
const PRINT_SHOP: [(KitFormat, &str); 2] = [
    (KitFormat::Swatches, "cmyk+spot+srgb"),
    (KitFormat::ColorSheet, "cmyk-fogra39"),
];

/// The MIME type of each format (what a web server or mail client should say).
pub fn media_type(format: KitFormat) -> &'static str {
    match format {
        KitFormat::OfficeTheme => "application/vnd.ms-officetheme",
        KitFormat::Word => {
            "application/vnd.openxmlformats-officedocument.wordprocessingml.template"
        }
        KitFormat::PowerPoint => {
            "application/vnd.openxmlformats-officedocument.presentationml.template"
        }
        KitFormat::Swatches => "application/octet-stream",
        KitFormat::Tokens => "application/design-tokens+json",
        KitFormat::Css => "text/css",
        KitFormat::Scss => "text/x-scss",
        KitFormat::ColorSheet => "application/pdf",
    }
}

/// Why a kit file was not written. Nothing is left at the target path when this is returned.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum KitError {
    /// The file would break the design manual: the gate's refusal says why (nothing was written).
    #[error(transparent)]
    Blocked(Box<Blocked>),
    /// Encoding or writing failed.
    #[error(transparent)]
    Export(#[from] ExportError),
    /// Installing into Office's themes folder needs Windows (or its folder was not found).
    #[error("the Office themes folder is only known on Windows")]
    InstallUnsupported,
}

impl KitError {
    /// The error for people, in a language.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            KitError::Blocked(blocked) => blocked.summary(lang),
            KitError::Export(e) => e.message(lang),
            KitError::InstallUnsupported => crate::i18n::tr(lang, "kit-install-unsupported"),
        }
    }

    /// Whether the error is about writing files (exit code WRITE in the CLI) rather than the request.
    pub fn is_write(&self) -> bool {
        matches!(self, KitError::Export(e) if e.is_write())
    }
}

/// How kit files are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct KitOptions {
    /// Replace existing files.
    pub force: bool,
    /// Language of the texts inside the file (placeholders, layout names, group names).
    pub lang: Lang,
}

/// Passes a kit request through the compliance gate ([`check_kit`], [`compliance::gate`]): the report's
/// warnings and info when nothing blocks, else [`KitError::Blocked`]. Nothing is written.
pub fn check(manual: &Manual, request: &KitRequest) -> Result<Report, KitError> {
    compliance::gate(check_kit(manual, request)).map_err(|b| KitError::Blocked(Box::new(b)))
}

/// Checks a request and encodes its file in memory. A blocking finding gives [`KitError::Blocked`].
pub fn encode(manual: &Manual, request: &KitRequest, lang: Lang) -> Result<Vec<u8>, KitError> {
    check(manual, request)?;
    let plan = plan(manual, request).map_err(|e| ExportError::Request(e.to_string()))?;
    let stamp = Stamp::new(manual, request);
    encode_plan(manual, &plan, &stamp, lang, Moment::now())
}

fn encode_plan(
    manual: &Manual,
    plan: &KitPlan<'_>,
    stamp: &Stamp,
    lang: Lang,
    moment: Moment,
) -> Result<Vec<u8>, KitError> {
    Ok(match plan.format {
        KitFormat::OfficeTheme => theme::thmx(manual, stamp, lang, moment)?,
        KitFormat::Word => word::dotx(manual, plan, stamp, lang, moment)?,
        KitFormat::PowerPoint => powerpoint::potx(manual, plan, stamp, lang, moment)?,
        KitFormat::Swatches => swatches::ase(manual, lang),
        KitFormat::Tokens => tokens::json(manual).into_bytes(),
        KitFormat::Css => css::css(manual).into_bytes(),
        KitFormat::Scss => css::scss(manual).into_bytes(),
        KitFormat::ColorSheet => sheet::pdf(manual, stamp, lang, moment)?,
    })
}

/// The conventional file name of a request (`None` when it cannot be planned).
pub fn file_name(manual: &Manual, request: &KitRequest) -> Option<String> {
    plan(manual, request)
        .ok()
        .map(|p| kit_file_name(manual, &p))
}

/// Checks, encodes and writes one kit file. `out` is a file path, or a folder (an existing folder, or a path
/// ending in a separator) that gets the conventional file name. Returns the path written.
pub fn write(
    manual: &Manual,
    request: &KitRequest,
    out: &Path,
    options: &KitOptions,
) -> Result<PathBuf, KitError> {
    let bytes = encode(manual, request, options.lang)?;
    let is_folder = out.is_dir() || out.as_os_str().to_string_lossy().ends_with(['/', '\\']);
    let target = if is_folder {
        let plan = plan(manual, request).map_err(|e| ExportError::Request(e.to_string()))?;
        out.join(kit_file_name(manual, &plan))
    } else {
        out.to_path_buf()
    };
    write_file(&target, options.force, |w| {
        w.write_all(&bytes)
            .map_err(|e| ExportError::write(&target, &e))
    })?;
    Ok(target)
}

/// Office's folder of document themes for the current user (`%APPDATA%\Microsoft\Templates\Document Themes`),
/// on Windows; `None` elsewhere.
pub fn office_themes_folder() -> Option<PathBuf> {
    if cfg!(windows) {
        std::env::var_os("APPDATA").map(|appdata| {
            PathBuf::from(appdata)
                .join("Microsoft")
                .join("Templates")
                .join("Document Themes")
        })
    } else {
        None
    }
}

/// Installs the Office theme for the current user (Windows only): writes it into
/// [`office_themes_folder`], creating the folder, replacing an older copy of the same name.
pub fn install_office_theme(manual: &Manual, lang: Lang) -> Result<PathBuf, KitError> {
    let folder = office_themes_folder().ok_or(KitError::InstallUnsupported)?;
    std::fs::create_dir_all(&folder).map_err(|e| ExportError::folder(&folder, &e))?;
    write(
        manual,
        &KitRequest::new(KitFormat::OfficeTheme),
        &folder,
        &KitOptions { force: true, lang },
    )
}

/// The print-shop pack: the logo pack of the selection ([`crate::export::pack::pack`]) and, when it serves a
/// print shop (a print preset is among the selection), the palette in `farver/`: the swatches and the colour
/// sheet, each through the kit's gate. The CLI's `pack` and the GUI's "Eksportér logopakke …" use it.
#[allow(clippy::too_many_arguments)]
pub fn pack(
    manual: &Manual,
    selection: &Selection,
    out: &Path,
    zip: bool,
    options: &WriteOptions,
    lang: Lang,
    progress: &(dyn Fn(Progress) + Sync),
    cancel: &AtomicBool,
) -> Result<Packed, ExportError> {
    let extras = if serves_print(manual, selection) {
        print_shop_extras(manual, lang)?
    } else {
        Vec::new()
    };
    export::pack::pack_with(
        manual, selection, &extras, out, zip, options, progress, cancel,
    )
}

/// Whether a pack's selection has a print preset.
fn serves_print(manual: &Manual, selection: &Selection) -> bool {
    let print = |p: &crate::manual::Preset| p.medium == Medium::Print;
    match selection {
        Selection::All => manual.presets.iter().any(print),
        Selection::Presets(ids) => ids.iter().filter_map(|id| manual.preset(id)).any(print),
    }
}

/// The folder of the palette files in a pack.
pub const PACK_FOLDER: &str = "farver";

/// The palette files for the print shop, checked and encoded.
fn print_shop_extras(manual: &Manual, lang: Lang) -> Result<Vec<Extra>, ExportError> {
    PRINT_SHOP
        .iter()
        .map(|&(format, color_space)| {
            let request = KitRequest::new(format);
            let bytes = encode(manual, &request, lang).map_err(|e| match e {
                KitError::Blocked(b) => ExportError::Blocked(*b),
                KitError::Export(e) => e,
                KitError::InstallUnsupported => ExportError::Request(e.message(lang)),
            })?;
            let name = file_name(manual, &request).unwrap_or_else(|| format.id().to_owned());
            Ok(Extra {
                file: format!("{PACK_FOLDER}/{name}"),
                bytes,
                color_space: color_space.to_owned(),
                request: serde_json::to_string(&request).unwrap_or_default(),
            })
        })
        .collect()
}
