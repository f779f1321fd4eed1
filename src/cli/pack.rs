//! `designprogram pack (--preset P … | --all) --out DIR [--zip]`: every logo file the presets allow, with a
//! manifest and a read-me; a progress bar on a terminal; all cores.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::atomic::AtomicBool;

use clap::ArgGroup;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::compliance::{self, Severity};
use crate::export::pack::{self, Progress, Selection};
use crate::i18n::Lang;
use crate::manual::Manual;

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
    if let Some(code) = check_jobs(manual, &selection, context.lang) {
        return code;
    }
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

/// Runs the compliance check on every file of the pack first. A blocking finding stops the pack (exit 3) with
/// the report of each file it concerns; warnings are summarised per rule (a pack has hundreds of files).
fn check_jobs(manual: &Manual, selection: &Selection, lang: Lang) -> Option<u8> {
    let jobs = match pack::jobs(manual, selection) {
        Ok(jobs) => jobs,
        Err(e) => return Some(fail(&e)),
    };
    let mut blocked = 0;
    let mut warnings: std::collections::BTreeMap<&'static str, usize> = Default::default();
    for job in &jobs {
        let report = compliance::check(manual, &job.request);
        if report.is_blocking() {
            blocked += 1;
            eprintln!("{}: {}", job.folder, describe(&job.request));
            eprint!("{}", report.render(lang));
        }
        for f in report
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Warning)
        {
            *warnings.entry(f.rule).or_default() += 1;
        }
    }
    for (rule, n) in &warnings {
        eprintln!(
            "warning [{rule}]: {n} file(s); see `designprogram export … --dry-run` for one of them"
        );
    }
    (blocked > 0).then(|| {
        eprintln!("{blocked} file(s) would break the design manual; nothing was written");
        exit::BLOCKED
    })
}

fn describe(request: &crate::export::Request) -> String {
    match &request.subject {
        crate::export::Subject::Logo {
            logo,
            lockup,
            colorway,
            cobranded,
        } => format!(
            "{logo} {}{} {} {:?}",
            lockup.as_deref().unwrap_or("-"),
            if *cobranded { " (co-branded)" } else { "" },
            colorway.as_deref().unwrap_or("-"),
            request.format
        ),
        crate::export::Subject::Swatch { color } => format!("swatch {color}"),
    }
}
