//! `manual import-logo LOGO --lockup L --colorway C FILE.svg`: designer artwork into the manual through
//! [`crate::manual::edit::import`] — the result is printed first; near colours need `--accept-near`, colours off
//! the palette `--map HEX=COLOUR`; what the manual forbids is refused with the reason. A new logo, lockup or
//! colourway is created in the same save from `--new-logo`/`--new-lockup`/`--new-colorway KEY=VALUE`.

use std::io::Read;
use std::path::PathBuf;

use crate::i18n::{self, Lang};
use crate::manual::Rgb;
use crate::manual::edit::import::{Decisions, Import, Status};
use crate::manual::edit::{Edit, Entry, Key, Session};

use super::super::{Context, exit};
use super::entry::parse_key;

/// Largest artwork file read (the loader's own limit for an SVG).
const MAX_BYTES: u64 = 4 << 20;

/// `import-logo`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The logo id (its folder under logos/).
    pub logo: String,
    /// The lockup the artwork is for, e.g. `horizontal`.
    #[arg(long)]
    pub lockup: String,
    /// The colourway the artwork is for, e.g. `positive`.
    #[arg(long)]
    pub colorway: String,
    /// The SVG file as the designer delivered it.
    pub file: PathBuf,
    /// Use the nearest palette colour for colours within ΔE2000 3.5 of it (they are listed first).
    #[arg(long)]
    pub accept_near: bool,
    /// Paint a colour off the palette with a palette colour: `--map '#000000=sort'` (repeatable).
    #[arg(long, value_name = "HEX=COLOUR")]
    pub map: Vec<String>,
    /// Values of a new logo: `--new-logo sender=regnbuen` (repeatable; only when the logo does not exist).
    #[arg(long, value_name = "KEY=VALUE")]
    pub new_logo: Vec<String>,
    /// Values of a new lockup: `--new-lockup reference=120` (repeatable).
    #[arg(long, value_name = "KEY=VALUE")]
    pub new_lockup: Vec<String>,
    /// Values of a new colourway: `--new-colorway kind=positive` (repeatable).
    #[arg(long, value_name = "KEY=VALUE")]
    pub new_colorway: Vec<String>,
}

/// Runs `import-logo`.
pub fn run(context: &Context, args: &Args) -> u8 {
    let lang = context.lang;
    let usage = |message: String| {
        eprintln!(
            "{}",
            i18n::tr_args(lang, "cli-manual-usage", &[("detail", message.into())])
        );
        exit::USAGE
    };
    let decisions = match decisions(args) {
        Ok(d) => d,
        Err(message) => return usage(message),
    };
    let text = match read(args) {
        Ok(text) => text,
        Err(detail) => {
            let message = i18n::tr_args(
                lang,
                "import-read-error",
                &[
                    ("file", args.file.display().to_string().into()),
                    ("detail", detail.into()),
                ],
            );
            super::super::error(lang, &message);
            return exit::FAILED;
        }
    };
    let mut session = match super::open(context) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let import = Import::prepare(
        session.manual(),
        (&args.logo, &args.lockup, &args.colorway),
        &text,
        &decisions,
    );
    report(args, &import, lang);
    let edit = match (import.status(), import.edit()) {
        (Status::Ready, Some(edit)) => edit,
        (Status::NeedsConfirmation, _) => {
            eprintln!("{}", i18n::tr(lang, "import-needs-confirmation"));
            return exit::FAILED;
        }
        _ => {
            eprintln!("{}", i18n::tr(lang, "import-refused-nothing-changed"));
            return exit::FAILED;
        }
    };
    let edits = match creations(args, &session) {
        Ok(mut edits) => {
            edits.push(edit);
            Edit::Batch(edits)
        }
        Err(Missing(message)) => {
            super::super::error(lang, &message(lang));
            return exit::FAILED;
        }
    };
    if let Err(e) = session.apply(edits) {
        return super::edit_failed(&e, lang);
    }
    super::save(&mut session, lang)
}

/// Prints what the import found: the file, then each colour, then each reason it is refused.
fn report(args: &Args, import: &Import, lang: Lang) {
    eprintln!(
        "{}",
        i18n::tr_args(
            lang,
            "import-summary",
            &[
                ("file", args.file.display().to_string().into()),
                ("width", format!("{:.0}", import.width).into()),
                ("height", format!("{:.0}", import.height).into()),
                ("colors", import.paints.len().into()),
                ("path", import.path.clone().into()),
            ],
        )
    );
    for paint in &import.paints {
        eprintln!("  {}", paint.message().render(lang));
    }
    for reason in &import.refused {
        let message = i18n::tr_args(
            lang,
            "import-refused",
            &[("reason", reason.render(lang).into())],
        );
        super::super::error(lang, &message);
    }
}

fn decisions(args: &Args) -> Result<Decisions, String> {
    let map = args
        .map
        .iter()
        .map(|m| {
            let (hex, id) = m
                .split_once('=')
                .ok_or_else(|| format!("--map \"{m}\": expected #RRGGBB=COLOUR"))?;
            let hex = hex.trim();
            let with_hash = if hex.starts_with('#') {
                hex.to_owned()
            } else {
                format!("#{hex}")
            };
            let rgb = Rgb::parse_hex(&with_hash)
                .ok_or_else(|| format!("--map \"{m}\": \"{hex}\" is not #RRGGBB"))?;
            Ok((rgb, id.trim().to_owned()))
        })
        .collect::<Result<_, String>>()?;
    Ok(Decisions {
        accept_near: args.accept_near,
        map,
    })
}

fn read(args: &Args) -> Result<String, String> {
    let file = std::fs::File::open(&args.file).map_err(|e| e.to_string())?;
    let mut text = String::new();
    file.take(MAX_BYTES + 1)
        .read_to_string(&mut text)
        .map_err(|e| e.to_string())?;
    if text.len() as u64 > MAX_BYTES {
        return Err(format!("larger than {} MiB", MAX_BYTES >> 20));
    }
    Ok(text)
}

/// A new entry the import needs but was given no values for.
struct Missing(Box<dyn Fn(Lang) -> String>);

/// `Add` edits for the logo, lockup and colourway that do not exist yet, from the `--new-*` values.
fn creations(args: &Args, session: &Session) -> Result<Vec<Edit>, Missing> {
    let logo = args.logo.clone();
    let wanted = [
        (
            Entry::Logo(logo.clone()),
            &args.new_logo,
            "--new-logo",
            "sender=…",
        ),
        (
            Entry::Lockup {
                logo: logo.clone(),
                id: args.lockup.clone(),
            },
            &args.new_lockup,
            "--new-lockup",
            "reference=120",
        ),
        (
            Entry::Colorway {
                logo,
                id: args.colorway.clone(),
            },
            &args.new_colorway,
            "--new-colorway",
            "kind=positive",
        ),
    ];
    let mut edits = Vec::new();
    for (entry, values, option, example) in wanted {
        if session.has_entry(&entry) {
            continue;
        }
        if values.is_empty() {
            let described = entry.clone();
            return Err(Missing(Box::new(move |lang| {
                i18n::tr_args(
                    lang,
                    "import-missing",
                    &[
                        (
                            "entry",
                            crate::manual::edit::describe_entry(&described, lang).into(),
                        ),
                        ("option", option.into()),
                        ("example", example.into()),
                    ],
                )
            })));
        }
        let values = parse_values(&entry, values).map_err(|message| {
            Missing(Box::new(move |_| message.clone()) as Box<dyn Fn(Lang) -> String>)
        })?;
        edits.push(Edit::Add { entry, values });
    }
    Ok(edits)
}

fn parse_values(entry: &Entry, values: &[String]) -> Result<Vec<(Key, String)>, String> {
    values
        .iter()
        .map(|kv| {
            let (k, v) = kv
                .split_once('=')
                .ok_or_else(|| format!("\"{kv}\": expected key=value"))?;
            Ok((parse_key(entry, k)?, v.to_owned()))
        })
        .collect()
}
