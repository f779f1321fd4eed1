//! `designprogram pack (--preset P … | --all) --out DIR [--zip]`: every logo file the presets allow, with a
//! manifest and a read-me; a progress bar on a terminal; all cores.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::atomic::AtomicBool;

use clap::ArgGroup;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::export::pack::{self, Progress, Selection};

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

/// Runs `pack`: prints the folder or zip written and a summary.
pub fn run(context: &Context, args: &Args) -> u8 {
    let loaded = context.load();
    print_diagnostics(&loaded);
    let manual = &loaded.manual;
    let selection = if args.all {
        Selection::All
    } else {
        Selection::Presets(args.preset.clone())
    };
    let bar = ProgressBar::with_draw_target(
        None,
        if std::io::stderr().is_terminal() {
            ProgressDrawTarget::stderr()
        } else {
            ProgressDrawTarget::hidden()
        },
    );
    if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} files  {elapsed}") {
        bar.set_style(style);
    }
    let report = |p: Progress| {
        bar.set_length(p.total as u64);
        bar.set_position(p.done as u64);
    };
    let cancel = AtomicBool::new(false);
    let result = pack::pack(
        manual,
        &selection,
        &args.out,
        args.zip,
        &args.write.options(),
        &report,
        &cancel,
    );
    bar.finish_and_clear();
    match result {
        Ok(packed) => {
            println!("{}", packed.path.display());
            let bytes: u64 = packed.manifest.files.iter().map(|f| f.bytes).sum();
            eprintln!(
                "{} files, {:.1} MB, manifest: {}",
                packed.manifest.files.len(),
                bytes as f64 / 1e6,
                pack::MANIFEST
            );
            exit::OK
        }
        Err(e) => fail(&e),
    }
}
