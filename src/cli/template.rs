//! `designprogram template list|show ID|fill ID …`: the manual's templates, and filled templates written
//! through the same check as `export` (exit 3 and nothing written when the manual forbids it).

use std::path::{Path, PathBuf};

use clap::{Subcommand, ValueEnum};
use fluent_bundle::FluentValue;
use serde::Serialize;

use crate::i18n::{Lang, tr, tr_args};
use crate::manual::template::{ElementKind, Template, Units};
use crate::manual::{Manual, PresetSize};
use crate::template::saved;
use crate::template::write::{self, Output, TemplateError};
use crate::template::{Engine, Fill, Focus, PhotoChoice};

use super::export::WriteArgs;
use super::{Context, exit, print_diagnostics, report};

/// Arguments of `template`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// What to do.
    #[command(subcommand)]
    pub command: Sub,
}

/// `template` subcommands.
#[derive(Debug, Subcommand)]
pub enum Sub {
    /// List the templates (id, kind, print/screen/e-mail, name, formats).
    List {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Show a template: its formats and fields.
    Show {
        /// Template id.
        id: String,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Fill a template and write the file(s); prints each path written.
    Fill(Box<FillArgs>),
}

/// Output formats on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputArg {
    /// PDF (print PDF/X for print formats).
    Pdf,
    /// PNG at the format's pixel size.
    Png,
    /// JPEG at the format's pixel size.
    Jpeg,
    /// SVG.
    Svg,
    /// E-mail signature folder for Outlook (NAME.htm, NAME.txt, NAME_files/).
    Html,
}

impl From<OutputArg> for Output {
    fn from(o: OutputArg) -> Output {
        match o {
            OutputArg::Pdf => Output::Pdf,
            OutputArg::Png => Output::Png,
            OutputArg::Jpeg => Output::Jpeg,
            OutputArg::Svg => Output::Svg,
            OutputArg::Html => Output::Html,
        }
    }
}

/// Arguments of `template fill`.
#[derive(Debug, clap::Args)]
pub struct FillArgs {
    /// Template id (see `designprogram template list`); may be left out with --from.
    pub id: Option<String>,
    /// Start from a saved filled template (.dpskabelon); the other options change it.
    #[arg(long, value_name = "FILE")]
    pub from: Option<PathBuf>,
    /// Format (preset id) of the template to make (default: the template's design format).
    #[arg(long, alias = "preset", value_name = "P")]
    pub variant: Option<String>,
    /// Sender whose logo and contact data are used (default: "my workplace" in the settings, else the kommune).
    #[arg(long, value_name = "S")]
    pub sender: Option<String>,
    /// A field's text: FIELD=TEXT, or FIELD=@file.txt to read it from a file (repeat for several fields).
    #[arg(long = "set", value_name = "FIELD=TEXT")]
    pub set: Vec<String>,
    /// A photo for a photo field: FIELD=image.jpg (JPEG, PNG or WebP).
    #[arg(long = "photo", value_name = "FIELD=FILE")]
    pub photo: Vec<String>,
    /// The point of a photo kept in view: FIELD=X,Y, or X,Y for every photo field (0–1 from left and top).
    #[arg(long = "focus", value_name = "[FIELD=]X,Y")]
    pub focus: Vec<String>,
    /// A field's colour among those the template allows: FIELD=COLOR (palette id).
    #[arg(long = "color", value_name = "FIELD=COLOR")]
    pub color: Vec<String>,
    /// Output format (default: the format's first; html for the e-mail signature).
    #[arg(long, value_enum)]
    pub format: Option<OutputArg>,
    /// Output file, or folder for the conventional file name (default: the current folder).
    #[arg(long, value_name = "PATH")]
    pub out: Option<PathBuf>,
    /// Also save the filled template to this .dpskabelon file.
    #[arg(long, value_name = "FILE")]
    pub save: Option<PathBuf>,
    /// E-mail signature: print the HTML to paste into the new Outlook on stdout instead of writing files.
    #[arg(long)]
    pub stdout: bool,
    /// Check against the design manual and print the report; write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Print the compliance report as JSON when it stops the writing or with --dry-run.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    write: WriteArgs,
}

/// Runs `template`.
pub fn run(context: &Context, args: &Args) -> u8 {
    let loaded = context.load();
    print_diagnostics(&loaded, context.lang);
    let manual = &loaded.manual;
    match &args.command {
        Sub::List { json } => list(manual, context.lang, *json),
        Sub::Show { id, json } => show(manual, context.lang, id, *json),
        Sub::Fill(fill_args) => fill(context, manual.clone(), fill_args),
    }
}

fn to_json<T: Serialize + ?Sized>(value: &T) -> String {
    serde_json::to_string_pretty(value).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

fn kind_name(lang: Lang, t: &Template) -> String {
    let id = format!("template-kind-{}", t.kind.id());
    if crate::i18n::catalog().has(lang, &id) {
        tr(lang, &id)
    } else {
        t.kind.id().to_owned()
    }
}

fn list(manual: &Manual, lang: Lang, json: bool) -> u8 {
    if json {
        #[derive(Serialize)]
        struct Row<'a> {
            id: &'a str,
            kind: &'a str,
            channel: crate::manual::template::Channel,
            name: &'a crate::manual::Text,
            variants: &'a [String],
            pages: u32,
        }
        let rows: Vec<Row<'_>> = manual
            .templates
            .iter()
            .map(|t| Row {
                id: &t.id,
                kind: t.kind.id(),
                channel: t.channel(manual),
                name: &t.name,
                variants: &t.variants,
                pages: t.page_count(),
            })
            .collect();
        println!("{}", to_json(&rows));
        return exit::OK;
    }
    if manual.templates.is_empty() {
        println!("{}", tr(lang, "template-cli-no-templates"));
    }
    for t in &manual.templates {
        println!(
            "{:<22} {:<18} {:<40} {}",
            t.id,
            kind_name(lang, t),
            t.name.get(lang),
            t.variants.join(",")
        );
    }
    exit::OK
}

fn preset_size(manual: &Manual, id: &str) -> String {
    match manual.preset(id).map(|p| p.size) {
        Some(PresetSize::Mm { width, height }) => format!("{width} × {height} mm"),
        Some(PresetSize::Px {
            width,
            height: Some(h),
        }) => format!("{width} × {h} px"),
        Some(PresetSize::Px { width, .. }) => format!("{width} px"),
        None => String::new(),
    }
}

fn show(manual: &Manual, lang: Lang, id: &str, json: bool) -> u8 {
    let Some(t) = manual.template(id) else {
        eprintln!(
            "error: {}",
            tr_args(lang, "template-unknown", &[("id", FluentValue::from(id))])
        );
        return exit::FAILED;
    };
    if json {
        println!("{}", to_json(t));
        return exit::OK;
    }
    println!("{} ({}) — {}", t.name.get(lang), t.id, kind_name(lang, t));
    if let Some(d) = &t.description {
        println!("{}", d.get(lang));
    }
    println!("\n{}:", tr(lang, "template-cli-variants"));
    for v in &t.variants {
        let name = manual.preset(v).map_or("", |p| p.name.get(lang));
        println!("  {v:<22} {name:<28} {}", preset_size(manual, v));
    }
    println!("\n{}:", tr(lang, "template-cli-fields"));
    let unit = match t.units {
        Units::Mm => "pt",
        Units::Px => "px",
    };
    for f in t.fields() {
        let label = f.label.as_ref().map_or("", |l| l.get(lang));
        let mut notes = Vec::new();
        if f.required {
            notes.push(tr(lang, "template-cli-required"));
        }
        let kind = match &f.kind {
            ElementKind::Text(text) => {
                notes.push(tr_args(
                    lang,
                    "template-cli-size",
                    &[
                        ("max", FluentValue::from(text.size_max)),
                        ("min", FluentValue::from(text.size_min)),
                        ("unit", FluentValue::from(unit)),
                        ("lines", FluentValue::from(f64::from(text.max_lines))),
                    ],
                ));
                notes.push(tr_args(
                    lang,
                    "template-cli-colors",
                    &[("colors", FluentValue::from(text.colors.join(", ")))],
                ));
                if let Some(s) = text.source {
                    notes.push(tr_args(
                        lang,
                        "template-cli-source",
                        &[("source", FluentValue::from(s.id()))],
                    ));
                }
                "text"
            }
            ElementKind::Photo(_) => "photo",
            ElementKind::Qr(q) => {
                notes.push(tr_args(
                    lang,
                    "template-cli-colors",
                    &[("colors", FluentValue::from(q.colors.join(", ")))],
                ));
                "qr"
            }
            _ => "",
        };
        println!(
            "  {:<18} {:<6} {:<22} {}",
            f.id.as_deref().unwrap_or(""),
            kind,
            label,
            notes.join("; ")
        );
    }
    exit::OK
}

/// `KEY=VALUE`.
fn split<'a>(arg: &'a str, what: &str) -> Result<(&'a str, &'a str), String> {
    arg.split_once('=')
        .filter(|(k, _)| !k.is_empty())
        .ok_or_else(|| format!("{what} expects FIELD=VALUE, got \"{arg}\""))
}

fn parse_focus(value: &str) -> Result<Focus, String> {
    let (x, y) = value
        .split_once(',')
        .ok_or_else(|| format!("--focus expects X,Y (0–1), got \"{value}\""))?;
    let parse = |v: &str| {
        v.trim()
            .parse::<f64>()
            .ok()
            .filter(|v| (0.0..=1.0).contains(v))
    };
    match (parse(x), parse(y)) {
        (Some(x), Some(y)) => Ok(Focus::new(x, y)),
        _ => Err(format!(
            "--focus expects two numbers from 0 to 1, got \"{value}\""
        )),
    }
}

/// Reads `@file.txt` values (at most 1 MiB).
fn text_value(value: &str) -> Result<String, String> {
    let Some(path) = value.strip_prefix('@') else {
        return Ok(value.to_owned());
    };
    let meta = std::fs::metadata(path).map_err(|e| format!("{path}: {e}"))?;
    if meta.len() > 1 << 20 {
        return Err(format!("{path}: larger than 1 MiB"));
    }
    std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))
}

/// The fill the arguments describe.
fn build_fill(context: &Context, manual: &Manual, args: &FillArgs) -> Result<Fill, (u8, String)> {
    let usage = |m: String| (exit::USAGE, m);
    let mut fill = match &args.from {
        Some(path) => {
            let loaded = saved::load(path).map_err(|e| (exit::FAILED, e.to_string()))?;
            for w in &loaded.warnings {
                eprintln!("warning: {}: {w}", path.display());
            }
            loaded.fill
        }
        None => Fill::new(""),
    };
    if let Some(id) = &args.id {
        fill.template = id.clone();
    }
    if fill.template.is_empty() {
        return Err(usage("give a template id or --from FILE".to_owned()));
    }
    let template = manual.template(&fill.template).ok_or_else(|| {
        let known: Vec<&str> = manual.templates.iter().map(|t| t.id.as_str()).collect();
        (
            exit::FAILED,
            format!(
                "{} ({})",
                tr_args(
                    context.lang,
                    "template-unknown",
                    &[("id", FluentValue::from(fill.template.as_str()))]
                ),
                known.join(", ")
            ),
        )
    })?;
    if let Some(v) = &args.variant {
        if !template.variants.contains(v) {
            return Err((
                exit::FAILED,
                format!(
                    "template \"{}\" has no format \"{v}\" (it has: {})",
                    template.id,
                    template.variants.join(", ")
                ),
            ));
        }
        fill.variant = Some(v.clone());
    }
    if let Some(s) = args.sender.clone().or_else(|| {
        (fill.sender.is_none())
            .then(|| context.settings.workplace.clone())
            .flatten()
    }) {
        fill.sender = Some(s);
    }
    fill.person = context.settings.person.clone();
    let field = |id: &str| {
        template.field(id).ok_or_else(|| {
            let known: Vec<&str> = template.fields().filter_map(|f| f.id.as_deref()).collect();
            usage(format!(
                "template \"{}\" has no field \"{id}\" (it has: {})",
                template.id,
                known.join(", ")
            ))
        })
    };
    for arg in &args.set {
        let (id, value) = split(arg, "--set").map_err(usage)?;
        field(id)?;
        fill.set_text(id, &text_value(value).map_err(usage)?);
    }
    for arg in &args.color {
        let (id, value) = split(arg, "--color").map_err(usage)?;
        field(id)?;
        fill.colors.insert(id.to_owned(), value.to_owned());
    }
    for arg in &args.photo {
        let (id, value) = split(arg, "--photo").map_err(usage)?;
        field(id)?;
        let focus = fill.photos.get(id).map(|p| p.focus).unwrap_or_default();
        fill.photos.insert(
            id.to_owned(),
            PhotoChoice {
                path: PathBuf::from(value),
                focus,
            },
        );
    }
    for arg in &args.focus {
        match arg.split_once('=') {
            Some((id, value)) => {
                field(id)?;
                let focus = parse_focus(value).map_err(usage)?;
                match fill.photos.get_mut(id) {
                    Some(p) => p.focus = focus,
                    None => {
                        return Err(usage(format!(
                            "--focus {id}=…: give the field a photo with --photo"
                        )));
                    }
                }
            }
            None => {
                let focus = parse_focus(arg).map_err(usage)?;
                for p in fill.photos.values_mut() {
                    p.focus = focus;
                }
            }
        }
    }
    Ok(fill)
}

fn fill(context: &Context, manual: std::sync::Arc<Manual>, args: &FillArgs) -> u8 {
    let fill = match build_fill(context, &manual, args) {
        Ok(f) => f,
        Err((code, message)) => {
            eprintln!("error: {message}");
            return code;
        }
    };
    let engine = Engine::new(manual.clone());
    let offered = write::outputs(&manual, &fill);
    let output = args
        .format
        .map(Output::from)
        .or_else(|| offered.first().copied())
        .unwrap_or(Output::Pdf);
    let report = write::check(&engine, &fill, output);
    if let Some(code) = report::gate(&report, context.lang, args.json, args.dry_run) {
        return code;
    }
    if let Some(path) = &args.save
        && let Err(e) = saved::save(&fill, &manual.programme.version, path, args.write.force)
    {
        eprintln!("error: {e}");
        return exit::WRITE;
    }
    if args.stdout {
        return match crate::template::signature::clipboard_html(&engine, &fill) {
            Ok(html) => {
                println!("{html}");
                exit::OK
            }
            Err(e) => failed(&e, context.lang, args.json),
        };
    }
    let out = args.out.as_deref().unwrap_or(Path::new("."));
    match write::write(&engine, &fill, output, out, &args.write.options()) {
        Ok(written) => {
            for p in written.paths {
                println!("{}", p.display());
            }
            exit::OK
        }
        Err(e) => failed(&e, context.lang, args.json),
    }
}

fn failed(e: &TemplateError, lang: Lang, json: bool) -> u8 {
    match e {
        TemplateError::Blocked(blocked) => {
            for refusal in &blocked.refusals {
                report::gate(&refusal.report, lang, json, false);
            }
            exit::BLOCKED
        }
        e if e.is_write() => {
            eprintln!("error: {e}");
            exit::WRITE
        }
        e => {
            eprintln!("error: {e}");
            exit::FAILED
        }
    }
}
