//! `designprogram list …`: the manual's contents as a table or as JSON (shapes in docs/cli-json.md).

use clap::ValueEnum;
use serde::Serialize;

use crate::i18n::{Lang, number, tr, tr_args};
use crate::manual::preset::PresetSize;

use super::{Context, exit, print_diagnostics};

/// What to list.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum What {
    /// Logos with their lockups and colourways.
    Logos,
    /// The palette.
    Colors,
    /// Export presets.
    Presets,
    /// Senders.
    Senders,
    /// Templates.
    Templates,
}

/// Arguments of `list`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// What to list.
    pub what: What,
    /// Print JSON (stable shapes, see docs/cli-json.md).
    #[arg(long)]
    pub json: bool,
}

/// Runs `list`.
pub fn run(context: &Context, args: &Args) -> u8 {
    let loaded = context.load();
    print_diagnostics(&loaded, context.lang);
    let m = &loaded.manual;
    let lang = context.lang;
    if args.json {
        let out = match args.what {
            What::Logos => json(&m.logos),
            What::Colors => json(&m.colors),
            What::Presets => json(&m.presets),
            What::Senders => json(&m.senders),
            What::Templates => json(&m.templates),
        };
        println!("{out}");
        return exit::OK;
    }
    match args.what {
        What::Logos => {
            for l in &m.logos {
                println!("{:<24} {:<20} {}", l.id, l.sender, l.name.get(lang));
                println!(
                    "    {}: {}",
                    tr(lang, "cli-list-lockups"),
                    l.lockups
                        .iter()
                        .map(|k| k.id.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                );
                println!(
                    "    {}: {}",
                    tr(lang, "cli-list-colorways"),
                    l.colorways
                        .iter()
                        .map(|c| c.id.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                );
            }
        }
        What::Colors => {
            for c in &m.colors {
                println!(
                    "{:<12} {:<22} {:<9} {}  RGB {:>3},{:>3},{:>3}  CMYK {:<14} {}",
                    c.id,
                    c.name.get(lang),
                    format!("{:?}", c.role).to_lowercase(),
                    c.hex,
                    c.rgb.0[0],
                    c.rgb.0[1],
                    c.rgb.0[2],
                    c.cmyk.notation(),
                    c.pantone_c.as_deref().unwrap_or("")
                );
            }
        }
        What::Presets => {
            for p in &m.presets {
                println!(
                    "{:<20} {:<24} {:<7} {:<16} {}",
                    p.id,
                    p.name.get(lang),
                    format!("{:?}", p.medium).to_lowercase(),
                    size_text(&p.size, p.dpi, lang),
                    p.formats
                        .iter()
                        .map(|f| f.extension())
                        .collect::<Vec<_>>()
                        .join(",")
                );
            }
        }
        What::Senders => {
            for s in &m.senders {
                println!(
                    "{:<22} {:<12} {:<28} {}",
                    s.id,
                    format!("{:?}", s.kind).to_lowercase(),
                    s.name.get(lang),
                    s.parent.as_deref().unwrap_or("")
                );
            }
        }
        What::Templates => {
            for t in &m.templates {
                println!(
                    "{:<16} {:<16} {:<24} {}",
                    t.id,
                    t.kind.id(),
                    t.name.get(lang),
                    tr_args(
                        lang,
                        "cli-list-fields",
                        &[("count", t.fields().count().into())]
                    )
                );
            }
        }
    }
    exit::OK
}

fn size_text(size: &PresetSize, dpi: f64, lang: Lang) -> String {
    match size {
        PresetSize::Mm { width, height } => format!(
            "{}×{} mm @{}",
            number(*width, 2, Lang::En),
            number(*height, 2, Lang::En),
            dpi
        ),
        PresetSize::Px {
            width,
            height: Some(h),
        } => format!("{width}×{h} px"),
        PresetSize::Px {
            width,
            height: None,
        } => tr_args(lang, "cli-list-px-wide", &[("width", (*width).into())]),
    }
}

fn json<T: Serialize>(value: &T) -> String {
    serde_json::to_string_pretty(value).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}
