//! What can go wrong while writing an export, with the path and a reason a person can act on — typed, so that
//! every interface can say it in its language ([`ExportError::message`]; `Display` is the English text).

use std::path::{Path, PathBuf};

use fluent_bundle::FluentValue;

use crate::compliance::Blocked;
use crate::i18n::{self, Lang};
use crate::render::RenderError;

use super::PlanError;

/// Why an export was not written. Nothing is left at the target path when this is returned.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{}", self.message(Lang::En))]
pub enum ExportError {
    /// The request does not fit the manual.
    Plan(#[from] PlanError),
    /// The output would break the design manual (the compliance gate refused it before writing).
    Blocked(#[from] Blocked),
    /// The artwork could not be composed or rasterised.
    Render(#[from] RenderError),
    /// The target exists and replacing was not asked for.
    Exists(PathBuf),
    /// The target folder cannot be written (missing, not a folder, no permission).
    Folder {
        /// The folder.
        path: PathBuf,
        /// What the system said.
        cause: IoCause,
    },
    /// Writing the file failed part-way (disk full, I/O error); the partial file was removed.
    Write {
        /// The target path.
        path: PathBuf,
        /// What the system said.
        cause: IoCause,
    },
    /// JPEG has no transparency.
    NeedsBackground,
    /// A colour in the artwork is not in the palette, so the print file has no authored CMYK for it.
    NotInPalette {
        /// Artwork path.
        artwork: String,
        /// The colour, `#rrggbb`.
        hex: String,
    },
    /// A spot colourway names a palette colour without a Pantone reference.
    NoSpotName {
        /// Colourway id.
        colorway: String,
        /// Palette id.
        color: String,
    },
    /// The artwork uses something a vector print file cannot carry faithfully.
    Unsupported {
        /// Artwork path.
        artwork: String,
        /// What it uses (e.g. "a gradient").
        what: String,
        /// The format.
        format: &'static str,
    },
    /// A font could not be embedded (subset) in a PDF.
    Font {
        /// The font's PostScript name.
        font: String,
        /// What went wrong.
        message: String,
    },
    /// A raster image (photo) could not be decoded, converted or placed.
    Image {
        /// What was being drawn (template, page).
        page: String,
        /// What went wrong.
        message: String,
    },
    /// An encoder failed.
    Encode {
        /// The format.
        format: &'static str,
        /// What the encoder said.
        message: String,
    },
    /// A favicon set is square; the request is not.
    FaviconNotSquare,
    /// A favicon set is made from a logo, not a swatch.
    FaviconNeedsLogo,
    /// The colourway names no background for the opaque icons of a favicon set.
    FaviconNoBackground {
        /// Colourway id.
        colorway: String,
    },
    /// The request does not make sense for the format (free text from the writer; English).
    Request(String),
    /// The caller cancelled (pack).
    Cancelled,
    /// The work stopped unexpectedly (a background job ended without a result); nothing was left behind.
    Interrupted,
}

/// What the operating system said about a file operation: the common cases by kind, the rest in the system's
/// own words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IoCause {
    /// The kind of problem.
    pub kind: IoKind,
    /// The system's message (for [`IoKind::Other`]; kept for the others too).
    pub system: String,
}

/// The I/O problems people can act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IoKind {
    /// The disk is full.
    DiskFull,
    /// No permission.
    PermissionDenied,
    /// The folder does not exist.
    NotFound,
    /// A path component is a file, not a folder.
    NotAFolder,
    /// Read-only file system.
    ReadOnly,
    /// The work stopped unexpectedly before the system answered.
    Interrupted,
    /// Anything else (see [`IoCause::system`]).
    Other,
}

impl IoCause {
    /// Classifies an I/O error.
    pub fn of(e: &std::io::Error) -> IoCause {
        use std::io::ErrorKind;
        let kind = match e.kind() {
            ErrorKind::StorageFull => IoKind::DiskFull,
            ErrorKind::PermissionDenied => IoKind::PermissionDenied,
            ErrorKind::NotFound => IoKind::NotFound,
            ErrorKind::NotADirectory => IoKind::NotAFolder,
            ErrorKind::ReadOnlyFilesystem => IoKind::ReadOnly,
            _ => IoKind::Other,
        };
        IoCause {
            kind,
            system: e.to_string(),
        }
    }

    /// The cause in words, e.g. "disken er fuld" / "the disk is full".
    pub fn message(&self, lang: Lang) -> String {
        let id = match self.kind {
            IoKind::DiskFull => "io-disk-full",
            IoKind::PermissionDenied => "io-permission-denied",
            IoKind::NotFound => "io-not-found",
            IoKind::NotAFolder => "io-not-a-folder",
            IoKind::ReadOnly => "io-read-only",
            IoKind::Interrupted => "io-interrupted",
            IoKind::Other => "io-other",
        };
        i18n::tr_args(
            lang,
            id,
            &[("system", FluentValue::from(self.system.as_str()))],
        )
    }
}

impl ExportError {
    /// A write error for a path.
    pub(crate) fn write(path: &Path, e: &std::io::Error) -> ExportError {
        ExportError::Write {
            path: path.to_path_buf(),
            cause: IoCause::of(e),
        }
    }

    /// A folder error for a path.
    pub(crate) fn folder(path: &Path, e: &std::io::Error) -> ExportError {
        ExportError::Folder {
            path: path.to_path_buf(),
            cause: IoCause::of(e),
        }
    }

    /// An encoder error.
    pub(crate) fn encode(format: &'static str, e: impl std::fmt::Display) -> ExportError {
        ExportError::Encode {
            format,
            message: e.to_string(),
        }
    }

    /// Whether the error is about writing files (exit code WRITE in the CLI) rather than the request.
    pub fn is_write(&self) -> bool {
        matches!(
            self,
            ExportError::Exists(_) | ExportError::Folder { .. } | ExportError::Write { .. }
        )
    }

    /// The error in words, in a language: what went wrong, where, and what to do where there is something to do.
    pub fn message(&self, lang: Lang) -> String {
        let path = |p: &Path| FluentValue::from(p.display().to_string());
        let s = |s: &str| FluentValue::from(s.to_owned());
        let tr = |id: &str, args: &[(&str, FluentValue<'_>)]| i18n::tr_args(lang, id, args);
        match self {
            ExportError::Plan(e) => plan_message(e, lang),
            ExportError::Blocked(b) => b.summary(lang),
            ExportError::Render(e) => render_message(e, lang),
            ExportError::Exists(p) => tr("export-error-exists", &[("path", path(p))]),
            ExportError::Folder { path: p, cause } => tr(
                "export-error-folder",
                &[("path", path(p)), ("cause", s(&cause.message(lang)))],
            ),
            ExportError::Write { path: p, cause } => tr(
                "export-error-write",
                &[("path", path(p)), ("cause", s(&cause.message(lang)))],
            ),
            ExportError::NeedsBackground => tr("export-error-needs-background", &[]),
            ExportError::NotInPalette { artwork, hex } => tr(
                "export-error-not-in-palette",
                &[("artwork", s(artwork)), ("hex", s(hex))],
            ),
            ExportError::NoSpotName { colorway, color } => tr(
                "export-error-no-spot-name",
                &[("colorway", s(colorway)), ("color", s(color))],
            ),
            ExportError::Unsupported {
                artwork,
                what,
                format,
            } => tr(
                "export-error-unsupported",
                &[
                    ("artwork", s(artwork)),
                    ("what", s(what)),
                    ("format", s(format)),
                ],
            ),
            ExportError::Font { font, message } => tr(
                "export-error-font",
                &[("font", s(font)), ("message", s(message))],
            ),
            ExportError::Image { page, message } => tr(
                "export-error-image",
                &[("page", s(page)), ("message", s(message))],
            ),
            ExportError::Encode { format, message } => tr(
                "export-error-encode",
                &[("format", s(format)), ("message", s(message))],
            ),
            ExportError::FaviconNotSquare => tr("export-error-favicon-square", &[]),
            ExportError::FaviconNeedsLogo => tr("export-error-favicon-logo", &[]),
            ExportError::FaviconNoBackground { colorway } => tr(
                "export-error-favicon-background",
                &[("colorway", s(colorway))],
            ),
            ExportError::Request(detail) => tr("export-error-request", &[("detail", s(detail))]),
            ExportError::Cancelled => tr("export-error-cancelled", &[]),
            ExportError::Interrupted => tr("export-error-interrupted", &[]),
        }
    }
}

/// A request the manual cannot resolve, in words (the same catalogue texts as the `request.*` findings).
fn plan_message(e: &PlanError, lang: Lang) -> String {
    let s = |s: &str| FluentValue::from(s.to_owned());
    let (id, args): (&str, Vec<(&str, FluentValue<'_>)>) = match e {
        PlanError::UnknownLogo(id) => ("compliance-request-unknown-logo", vec![("id", s(id))]),
        PlanError::UnknownLockup { logo, lockup, .. } => (
            "compliance-request-unknown-lockup",
            vec![("logo", s(logo)), ("id", s(lockup))],
        ),
        PlanError::UnknownColorway { logo, colorway, .. } => (
            "compliance-request-unknown-colorway",
            vec![("logo", s(logo)), ("id", s(colorway))],
        ),
        PlanError::NoArtwork {
            logo,
            lockup,
            colorway,
        } => (
            "compliance-request-missing-artwork",
            vec![
                ("logo", s(logo)),
                ("lockup", s(lockup)),
                ("colorway", s(colorway)),
            ],
        ),
        PlanError::UnknownPreset(id) => ("compliance-request-unknown-preset", vec![("id", s(id))]),
        PlanError::UnknownColor(spec) => ("compliance-palette-unknown", vec![("spec", s(spec))]),
        PlanError::InvalidSize(detail) => (
            "compliance-request-invalid-size",
            vec![("detail", s(detail))],
        ),
        PlanError::Cobrand(e) => return e.message(lang),
    };
    i18n::tr_args(lang, id, &args)
}

fn render_message(e: &RenderError, lang: Lang) -> String {
    let s = |s: &str| FluentValue::from(s.to_owned());
    match e {
        RenderError::Nothing => i18n::tr(lang, "render-error-nothing"),
        RenderError::Svg { path, message } => i18n::tr_args(
            lang,
            "render-error-svg",
            &[("path", s(path)), ("message", s(message))],
        ),
        RenderError::Allocation { width, height } => i18n::tr_args(
            lang,
            "render-error-allocation",
            &[
                ("width", FluentValue::from(*width)),
                ("height", FluentValue::from(*height)),
            ],
        ),
        RenderError::TooCostly { work, limit } => i18n::tr_args(
            lang,
            "render-error-too-costly",
            &[("work", s(work)), ("limit", s(limit))],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn os_errors_are_wrapped_in_a_sentence_of_the_language() {
        let full = std::io::Error::from(std::io::ErrorKind::StorageFull);
        let e = ExportError::write(Path::new("/tmp/x.png"), &full);
        assert_eq!(
            e.message(Lang::Da),
            "Filen /tmp/x.png kunne ikke skrives, fordi disken er fuld. Intet blev efterladt."
        );
        assert_eq!(
            e.to_string(),
            "Writing /tmp/x.png failed because the disk is full. Nothing was left behind."
        );
        let odd = std::io::Error::other("Stale file handle");
        let e = ExportError::folder(Path::new("/mnt/share"), &odd);
        assert_eq!(
            e.message(Lang::Da),
            "Der kan ikke skrives i mappen /mnt/share: systemet svarede »Stale file handle«."
        );
        assert!(
            ExportError::Exists("a.png".into())
                .message(Lang::Da)
                .starts_with("a.png findes allerede")
        );
    }

    #[test]
    fn every_error_has_a_text_in_both_languages() {
        let cause = IoCause {
            kind: IoKind::PermissionDenied,
            system: String::new(),
        };
        let errors = [
            ExportError::Plan(PlanError::UnknownLogo("skole".into())),
            ExportError::Render(RenderError::Nothing),
            ExportError::Exists("a".into()),
            ExportError::Folder {
                path: "a".into(),
                cause: cause.clone(),
            },
            ExportError::Write {
                path: "a".into(),
                cause,
            },
            ExportError::NeedsBackground,
            ExportError::NotInPalette {
                artwork: "a.svg".into(),
                hex: "#123456".into(),
            },
            ExportError::NoSpotName {
                colorway: "spot".into(),
                color: "groen".into(),
            },
            ExportError::Unsupported {
                artwork: "a.svg".into(),
                what: "a filter".into(),
                format: "PDF",
            },
            ExportError::encode("PNG", "boom"),
            ExportError::FaviconNotSquare,
            ExportError::FaviconNeedsLogo,
            ExportError::FaviconNoBackground {
                colorway: "x".into(),
            },
            ExportError::Request("x".into()),
            ExportError::Cancelled,
            ExportError::Interrupted,
        ];
        for e in &errors {
            for lang in [Lang::Da, Lang::En] {
                let text = e.message(lang);
                assert!(
                    !text.contains("export-error") && !text.contains("io-") && !text.is_empty(),
                    "{e:?}: {text}"
                );
            }
            assert_ne!(e.message(Lang::Da), e.message(Lang::En), "{e:?}");
        }
    }
}
