//! `manual publish --to DIR`: the versioned, checksummed bundle and the `latest` pointer for staff.

use std::path::PathBuf;

use crate::i18n;
use crate::publish::{self, PublishError};

use super::super::{Context, exit};

/// `publish --to DIR`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The publish folder (a shared drive, an intranet web server's folder, a Git repository).
    #[arg(long, value_name = "DIR")]
    pub to: PathBuf,
    /// Replace a bundle of the same version whose content differs (normally: bump the version instead).
    #[arg(long)]
    pub force: bool,
}

/// Runs `publish`.
pub fn run(context: &Context, args: &Args) -> u8 {
    let lang = context.lang;
    let dir = match super::folder(context) {
        Ok(dir) => dir,
        Err(code) => return code,
    };
    match publish::publish(&dir, &args.to, args.force) {
        Ok(done) => {
            let id = if done.unchanged {
                "publish-unchanged"
            } else {
                "publish-done"
            };
            eprintln!(
                "{}",
                i18n::tr_args(
                    lang,
                    id,
                    &[
                        ("bundle", done.bundle.display().to_string().into()),
                        ("version", done.pointer.version.clone().into()),
                        ("files", done.files.into()),
                        ("sha256", done.pointer.sha256.clone().into()),
                    ],
                )
            );
            println!("{}", done.bundle.display());
            exit::OK
        }
        Err(e) => {
            super::super::error(lang, &e.message(lang));
            match e {
                PublishError::Invalid(_) => {
                    // say what is wrong, as `check` would
                    let loaded = crate::manual::load_folder(&dir);
                    for d in loaded
                        .diagnostics
                        .iter()
                        .filter(|d| d.severity == crate::manual::Severity::Error)
                    {
                        eprintln!("{}", d.render(lang));
                    }
                    exit::FAILED
                }
                PublishError::Exists(_) | PublishError::Io { .. } => exit::WRITE,
            }
        }
    }
}
