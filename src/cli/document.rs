//! `designprogram manual document`: the design manual as a print-ready A4 PDF, made from the loaded manual.

use std::path::PathBuf;

use crate::document::{self, DocumentError, Settings};
use crate::i18n;

use super::{Context, exit, print_diagnostics};

/// Arguments of `manual document`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The PDF to write, or a folder for the conventional name ({org}_designmanual_{version}.pdf).
    #[arg(long, value_name = "PATH")]
    pub out: PathBuf,
    /// 3 mm bleed and crop marks, for a print shop (default: plain A4 for any printer).
    #[arg(long)]
    pub bleed: bool,
    /// Replace an existing file.
    #[arg(long)]
    pub force: bool,
}

/// Writes the document; prints its path (stdout) and page count (stderr).
pub fn run(context: &Context, args: &Args) -> u8 {
    let lang = context.lang;
    let loaded = context.load();
    if print_diagnostics(&loaded, lang) {
        eprintln!("{}", i18n::tr(lang, "document-cli-invalid"));
        return exit::FAILED;
    }
    let manual = &loaded.manual;
    let path = if args.out.is_dir() {
        args.out.join(document::file_name(manual))
    } else {
        args.out.clone()
    };
    let settings = Settings {
        lang,
        bleed: args.bleed,
    };
    match document::save(manual, settings, &path, args.force) {
        Ok(pages) => {
            println!("{}", path.display());
            eprintln!(
                "{}",
                i18n::tr_args(lang, "document-cli-written", &[("pages", pages.into())])
            );
            exit::OK
        }
        Err(e) => {
            eprintln!(
                "{}",
                i18n::tr_args(
                    lang,
                    "document-cli-failed",
                    &[("reason", e.message(lang).into())]
                )
            );
            match e {
                DocumentError::Export(e) if e.is_write() => exit::WRITE,
                _ => exit::FAILED,
            }
        }
    }
}
