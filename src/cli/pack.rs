//! `designprogram pack (--preset P … | --all) --out DIR [--zip]`: every logo file the presets allow, with a
//! manifest and a read-me; a progress bar on a terminal; all cores.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::atomic::AtomicBool;

use clap::ArgGroup;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use fluent_bundle::FluentValue;

use crate::export::pack::{self, PackWarning, Progress, Selection};
use crate::i18n::{Lang, number, tr, tr_args};
use crate::resolve;

use super::export::{WriteArgs, fail};
use super::{Context, exit, print_diagnostics};

/// Arguments of `pack`.
#[derive(Debug, clap::Args)]
#[command(group(ArgGroup::new("which").required(true).args(["preset", "all"])))]
pub struct Args {
    /// A preset to include (repeat for several).
    #[arg(long, value_name = "P")]
    pub preset: Vec<String>,
    /// Every preset of the manual.
    #[arg(long)]
    pub all: bool,
    /// Output folder (created if missing).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// Write one zip file into the folder instead of loose files.
    #[arg(long)]
    pub zip: bool,
    #[command(flatten)]
    write: WriteArgs,
}

/// Runs `pack`: prints the folder or zip written and a summary. The library's gate checks every file first: if
/// any would break the design manual, the report of each such file is printed and nothing is written (exit 3).
pub fn run(context: &Context, args: &Args) -> u8 {
    let loaded = context.load();
    print_diagnostics(&loaded, context.lang);
    let manual = &loaded.manual;
    let lang = context.lang;
    let selection = if args.all {
        Selection::All
    } else {
        let mut ids = Vec::new();
        for given in &args.preset {
            match resolve::preset(manual, given) {
                Ok(r) => ids.push(r.id),
                Err(e) => {
                    super::error(lang, &e.message(lang));
                    return exit::FAILED;
                }
            }
        }
        Selection::Presets(ids)
    };
    let bar = ProgressBar::with_draw_target(
        None,
        if std::io::stderr().is_terminal() {
            ProgressDrawTarget::stderr()
        } else {
            ProgressDrawTarget::hidden()
        },
    );
    let template = format!(
        "{{bar:40}} {{pos}}/{{len}} {}  {{elapsed}}",
        tr(lang, "cli-pack-progress")
    );
    if let Ok(style) = ProgressStyle::with_template(&template) {
        bar.set_style(style);
    }
    let report = |p: Progress| {
        bar.set_length(p.total as u64);
        bar.set_position(p.done as u64);
    };
    let cancel = AtomicBool::new(false);
    let result = crate::kit::pack(
        manual,
        &selection,
        &args.out,
        args.zip,
        &args.write.options(),
        lang,
        &report,
        &cancel,
    );
    bar.finish_and_clear();
    match result {
        Ok(packed) => {
            println!("{}", packed.path.display());
            for w in &packed.warnings {
                eprintln!("{}", warning(lang, w));
            }
            let bytes: u64 = packed.manifest.files.iter().map(|f| f.bytes).sum();
            let summary = tr_args(
                lang,
                "cli-pack-summary",
                &[
                    ("files", FluentValue::from(packed.manifest.files.len())),
                    (
                        "megabytes",
                        FluentValue::from(number(bytes as f64 / 1e6, 1, lang)),
                    ),
                    ("manifest", FluentValue::from(pack::MANIFEST)),
                ],
            );
            eprintln!("{summary}");
            exit::OK
        }
        Err(e) => fail(manual, None, &e, lang, false),
    }
}

/// One line per warning rule: how many files, and the first file's message.
fn warning(lang: Lang, w: &PackWarning) -> String {
    tr_args(
        lang,
        "cli-pack-warning",
        &[
            ("rule", FluentValue::from(w.finding.rule)),
            ("files", FluentValue::from(w.files)),
            ("message", FluentValue::from(w.finding.message.get(lang))),
        ],
    )
}
