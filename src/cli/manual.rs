//! `designprogram manual …`: maintaining the manual from scripts — the same edits, validation and saving as the
//! application's *Redigér* mode (`manual::edit`), in Danish or English.

mod edit;
mod entry;
mod import;
mod publish;

use std::path::PathBuf;

use clap::Subcommand;

use crate::i18n::{self, Lang};
use crate::manual::edit::{Edit, EditError, Problem, SaveError, Session};
use crate::settings::ManualChoice;

use super::{Context, exit};

/// `manual` subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Change a colour's authored values (an empty value removes an optional one).
    SetColor(edit::ColorArgs),
    /// Add a colour to the palette.
    AddColor(edit::ColorArgs),
    /// Add a sender (an institution, a department) with its contact data and co-branding rule.
    AddSender(edit::SenderArgs),
    /// Change a sender.
    SetSender(edit::SenderArgs),
    /// Remove a sender.
    RemoveSender(edit::IdArg),
    /// Set any field: `manual set color:groen cmyk "92,18,85,8"`, `manual set logo:kommune clear-space 0.5`.
    Set(entry::SetArgs),
    /// Add any entry: `manual add size:kommune/3 preset=poster-a3 width-mm=70`.
    Add(entry::AddArgs),
    /// Remove any entry: `manual remove minimum:kommune/0`.
    Remove(entry::RemoveArgs),
    /// A new version: `manual bump 2.2 --note "…" --adopted-on 2026-11-02`.
    Bump(edit::BumpArgs),
    /// Import logo artwork as the designer delivered it: `manual import-logo LOGO --lockup L --colorway C FILE.svg`.
    ImportLogo(Box<import::Args>),
    /// Publish the manual to staff: a checksummed bundle `designmanual-VERSION.dpmanual` and `latest` in DIR.
    Publish(publish::Args),
    /// The design manual as a print-ready A4 PDF: `manual document --out designmanual.pdf [--lang en]`.
    Document(super::document::Args),
}

/// Runs a `manual` subcommand.
pub fn run(context: &Context, command: &Command) -> u8 {
    let lang = context.lang;
    let edit = match command {
        Command::SetColor(args) => args.edit(false),
        Command::AddColor(args) => args.edit(true),
        Command::AddSender(args) => args.edit(true),
        Command::SetSender(args) => args.edit(false),
        Command::RemoveSender(args) => Ok(args.remove_sender()),
        Command::Set(args) => args.edit(),
        Command::Add(args) => args.edit(),
        Command::Remove(args) => args.edit(),
        Command::Bump(args) => args.edit(),
        Command::ImportLogo(args) => return import::run(context, args),
        Command::Publish(args) => return publish::run(context, args),
        Command::Document(args) => return super::document::run(context, args),
    };
    match edit {
        Ok(edit) => apply_and_save(context, edit),
        Err(message) => {
            eprintln!(
                "{}",
                i18n::tr_args(lang, "cli-manual-usage", &[("detail", message.into())])
            );
            exit::USAGE
        }
    }
}

/// The manual folder to edit: `--manual DIR`, `DESIGNPROGRAM_MANUAL` or the settings (never the embedded copy).
pub fn folder(context: &Context) -> Result<PathBuf, u8> {
    match &context.choice {
        ManualChoice::Folder(dir, _) => Ok(dir.clone()),
        _ => {
            eprintln!("{}", i18n::tr(context.lang, "cli-manual-needs-folder"));
            Err(exit::USAGE)
        }
    }
}

/// Opens a session on the chosen folder.
pub fn open(context: &Context) -> Result<Session, u8> {
    let dir = folder(context)?;
    Session::open(&dir).map_err(|e| {
        eprintln!("{}", e.message(context.lang));
        exit::FAILED
    })
}

/// Applies one edit, validates with the real loader and saves; prints what happened.
pub fn apply_and_save(context: &Context, edit: Edit) -> u8 {
    let mut session = match open(context) {
        Ok(s) => s,
        Err(code) => return code,
    };
    if let Err(e) = session.apply(edit) {
        return edit_failed(&e, context.lang);
    }
    save(&mut session, context.lang)
}

/// Prints an edit that could not be applied.
pub fn edit_failed(e: &EditError, lang: Lang) -> u8 {
    eprintln!("{}", e.message(lang));
    exit::FAILED
}

/// Validates and saves a session; prints the problems, or the files saved (stdout, one path per line).
pub fn save(session: &mut Session, lang: Lang) -> u8 {
    session.validate();
    print_problems(session.problems(), lang);
    match session.save() {
        Ok(saved) => {
            if saved.files.is_empty() {
                eprintln!("{}", i18n::tr(lang, "cli-manual-unchanged"));
            } else {
                eprintln!(
                    "{}",
                    i18n::tr_args(
                        lang,
                        "cli-manual-saved",
                        &[
                            ("files", saved.files.join(", ").into()),
                            ("version", session.manual().programme.version.clone().into()),
                        ]
                    )
                );
                for file in &saved.files {
                    println!("{}", session.root().join(file).display());
                }
            }
            exit::OK
        }
        Err(e) => {
            eprintln!("{}", e.message(lang));
            match e {
                SaveError::Invalid { .. } => exit::FAILED,
                SaveError::Files(_) => exit::WRITE,
            }
        }
    }
}

/// Prints problems as `fejl: FILE:LINE:COL: message` in the chosen language.
pub fn print_problems(problems: &[Problem], lang: Lang) {
    for p in problems {
        let id = if p.is_error() {
            "cli-error"
        } else {
            "cli-warning"
        };
        eprintln!(
            "{}",
            i18n::tr_args(lang, id, &[("message", p.describe(lang).into())])
        );
    }
}
