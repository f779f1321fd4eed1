//! The command-line interface (English, stable flags). With no subcommand the binary opens the GUI.

mod check;
mod contrast;
mod document;
mod export;
mod kit;
mod list;
pub mod manual;
mod pack;
pub mod report;
mod template;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::i18n::Lang;
use crate::manual::Loaded;
use crate::settings::{ManualChoice, Settings, choose_manual};

/// Exit codes, stable for scripts.
pub mod exit {
    /// Success.
    pub const OK: u8 = 0;
    /// The manual is invalid, or the command failed.
    pub const FAILED: u8 = 1;
    /// Wrong usage (clap's own code).
    pub const USAGE: u8 = 2;
    /// The request breaks the design manual (blocking compliance finding).
    pub const BLOCKED: u8 = 3;
    /// Writing a file failed (disk full, no permission, file exists without --force).
    pub const WRITE: u8 = 4;
}

/// Sønderborg Kommune's design programme: browse the manual, export compliant logo files.
#[derive(Debug, Parser)]
#[command(name = "designprogram", version, about, long_about = None)]
pub struct Cli {
    /// Manual folder to use (default: $DESIGNPROGRAM_MANUAL, then the settings, then the embedded manual).
    #[arg(long, global = true, value_name = "DIR")]
    pub manual: Option<PathBuf>,
    /// Message language: da or en (default: the user's settings, else Danish).
    #[arg(long, global = true, value_name = "LANG", value_parser = parse_lang)]
    pub lang: Option<Lang>,
    /// What to do; without a subcommand the desktop application opens.
    #[command(subcommand)]
    pub command: Option<Command>,
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    Lang::parse(s).ok_or_else(|| format!("unknown language \"{s}\": expected da or en"))
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// List logos, colours, presets, senders or templates.
    List(list::Args),
    /// Validate the manual: print every problem as FILE:LINE:COL; exit 1 if there is an error.
    Check,
    /// WCAG contrast of two colours (palette id, id@tint or #rrggbb) and the levels it passes.
    Contrast(contrast::Args),
    /// Export one logo file at a preset or an explicit size; prints the path of each file written.
    Export(Box<export::Args>),
    /// Export every logo file the presets allow into a folder (or a zip), with manifest.json and a read-me.
    Pack(pack::Args),
    /// Templates: list, show, and fill one into a finished file (poster, letter, card, post, signature).
    Template(template::Args),
    /// The manual in other tools' formats: Office theme, Word and PowerPoint templates, swatches, tokens, CSS.
    Kit(kit::Args),
    /// Maintain the manual: edit colours, senders and any field, bump the version (validated, comments kept).
    #[command(subcommand)]
    Manual(Box<manual::Command>),
}

/// What every command gets: the settings, the chosen manual and the language.
pub struct Context {
    /// The user's settings.
    pub settings: Settings,
    /// Which manual was chosen.
    pub choice: ManualChoice,
    /// Message language.
    pub lang: Lang,
}

impl Context {
    /// Loads the chosen manual.
    pub fn load(&self) -> Loaded {
        self.choice.load()
    }
}

/// Runs the program with the process arguments.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let loaded_settings = Settings::load();
    let settings = loaded_settings.settings;
    let lang = cli.lang.unwrap_or(settings.language);
    for problem in &loaded_settings.problems {
        eprintln!(
            "{}",
            crate::i18n::tr_args(
                lang,
                "cli-warning",
                &[("message", problem.message(lang).into())]
            )
        );
    }
    let context = Context {
        choice: choose_manual(cli.manual.as_deref(), &settings),
        settings,
        lang,
    };
    let code = match cli.command {
        Some(Command::List(args)) => list::run(&context, &args),
        Some(Command::Check) => check::run(&context),
        Some(Command::Contrast(args)) => contrast::run(&context, &args),
        Some(Command::Export(args)) => export::run(&context, &args),
        Some(Command::Pack(args)) => pack::run(&context, &args),
        Some(Command::Template(args)) => template::run(&context, &args),
        Some(Command::Kit(args)) => kit::run(&context, &args),
        Some(Command::Manual(command)) => manual::run(&context, &command),
        None => open_gui(context),
    };
    ExitCode::from(code)
}

#[cfg(feature = "gui")]
fn open_gui(context: Context) -> u8 {
    let lang = context.lang;
    match crate::gui::run(context.choice, context.settings) {
        Ok(()) => exit::OK,
        Err(e) => {
            let reason = e.to_string();
            let message =
                crate::i18n::tr_args(lang, "cli-no-window", &[("reason", reason.as_str().into())]);
            error(lang, &message);
            exit::FAILED
        }
    }
}

#[cfg(not(feature = "gui"))]
fn open_gui(context: Context) -> u8 {
    use clap::CommandFactory;
    eprintln!("{}\n", crate::i18n::tr(context.lang, "cli-no-gui"));
    let _ = Cli::command().print_help();
    exit::USAGE
}

/// Prints an error on stderr in the language: `fejl: …` / `error: …`.
pub fn error(lang: Lang, message: &str) {
    eprintln!(
        "{}",
        crate::i18n::tr_args(lang, "cli-error", &[("message", message.into())])
    );
}

/// The note printed when an argument was given by name: "»grøn« er farven »groen«."
fn resolved_note(lang: Lang, given: &str, id: &str) -> String {
    crate::i18n::tr_args(
        lang,
        "cli-resolved",
        &[("given", given.into()), ("id", id.into())],
    )
}

/// Prints a manual's diagnostics to stderr; returns whether there were errors.
pub fn print_diagnostics(loaded: &Loaded, lang: Lang) -> bool {
    for d in &loaded.diagnostics {
        eprintln!("{}", d.render(lang));
    }
    loaded.has_errors()
}
