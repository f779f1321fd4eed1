//! `designprogram kit office|word|powerpoint|swatches|color-sheet|tokens|css|scss [--sender S] --out PATH`: the
//! manual in the formats of the tools staff already use. Checked against the manual first (exit 3 when a
//! finding blocks, nothing written); prints the path written.

use std::path::PathBuf;

use clap::ValueEnum;

use crate::compliance;
use crate::i18n::tr;
use crate::kit::{self, KitError, KitFormat, KitOptions, KitRequest};

use super::{Context, exit, print_diagnostics, report};

/// Which kit file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum What {
    /// Office theme (.thmx): palette and office fonts for Word, PowerPoint and Excel.
    Office,
    /// Word letter template (.dotx) of a sender.
    Word,
    /// PowerPoint template (.potx) of a sender.
    Powerpoint,
    /// Adobe Swatch Exchange (.ase): CMYK, Pantone spot and RGB swatches.
    Swatches,
    /// The print shop's colour sheet (PDF).
    ColorSheet,
    /// Design tokens (DTCG 2025.10, .tokens.json).
    Tokens,
    /// CSS custom properties.
    Css,
    /// SCSS map.
    Scss,
}

impl From<What> for KitFormat {
    fn from(w: What) -> KitFormat {
        match w {
            What::Office => KitFormat::OfficeTheme,
            What::Word => KitFormat::Word,
            What::Powerpoint => KitFormat::PowerPoint,
            What::Swatches => KitFormat::Swatches,
            What::ColorSheet => KitFormat::ColorSheet,
            What::Tokens => KitFormat::Tokens,
            What::Css => KitFormat::Css,
            What::Scss => KitFormat::Scss,
        }
    }
}

/// Arguments of `kit`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Which file to make.
    #[arg(value_enum)]
    pub what: What,
    /// Sender id for word and powerpoint (default: the top sender; see `designprogram list senders`).
    #[arg(long, value_name = "S")]
    pub sender: Option<String>,
    /// Presentation preset for powerpoint (default: the manual's first, 16:9 in the demonstration manual).
    #[arg(long, value_name = "P")]
    pub preset: Option<String>,
    /// Output file, or folder for the conventional file name (with --install: not needed).
    #[arg(long, value_name = "PATH", required_unless_present_any = ["install", "dry_run"])]
    pub out: Option<PathBuf>,
    /// office only: install the theme into Office's Document Themes folder (Windows).
    #[arg(long)]
    pub install: bool,
    /// Replace an existing file.
    #[arg(long)]
    pub force: bool,
    /// Check against the design manual and print the report; write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Print the compliance report as JSON when it stops the file or with --dry-run.
    #[arg(long)]
    pub json: bool,
}

/// Runs `kit`.
pub fn run(context: &Context, args: &Args) -> u8 {
    let loaded = context.load();
    print_diagnostics(&loaded, context.lang);
    let manual = &loaded.manual;
    let request = KitRequest {
        format: args.what.into(),
        sender: args.sender.clone(),
        preset: args.preset.clone(),
    };
    let report = compliance::check_kit(manual, &request);
    if let Some(code) = report::gate(&report, context.lang, args.json, args.dry_run) {
        return code;
    }
    let written = if args.install {
        if request.format != KitFormat::OfficeTheme {
            super::error(context.lang, &tr(context.lang, "kit-install-only-theme"));
            return exit::USAGE;
        }
        kit::install_office_theme(manual, context.lang)
    } else {
        let out = args.out.clone().unwrap_or_else(|| PathBuf::from("."));
        let options = KitOptions {
            force: args.force,
            lang: context.lang,
        };
        kit::write(manual, &request, &out, &options)
    };
    match written {
        Ok(path) => {
            println!("{}", path.display());
            exit::OK
        }
        Err(KitError::Blocked(blocked)) => {
            eprint!("{}", blocked.render(context.lang));
            exit::BLOCKED
        }
        Err(e) => {
            eprintln!("error: {e}");
            if e.is_write() {
                exit::WRITE
            } else {
                exit::FAILED
            }
        }
    }
}
