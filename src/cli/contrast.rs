//! `designprogram contrast COLOR COLOR`: the WCAG 2.x contrast ratio of two colours and the levels it passes.
//! A colour is a palette id (`groen`), a palette tint (`groen@40`) or a HEX value (`#00734a`; the `#` may be
//! left out, since an unquoted `#` starts a shell comment). Numbers are printed with a decimal point in both
//! languages (`4.54`), so that scripts and the WCAG reference values read the same.

use fluent_bundle::FluentValue;
use serde::Serialize;

use crate::compliance::ContrastLevels;
use crate::i18n::{Lang, number, tr, tr_args};
use crate::manual::{Manual, Rgb};
use crate::plan::background;
use crate::resolve;

use super::{Context, exit, print_diagnostics};

/// Arguments of `contrast`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// First colour: palette id (groen), tint (groen@40) or HEX (#00734a).
    pub first: String,
    /// Second colour, the same way.
    pub second: String,
    /// Print JSON: {"first", "second", "ratio", "aa_normal", "aa_large", "aaa_normal", "aaa_large", "non_text"}.
    #[arg(long)]
    pub json: bool,
}

/// A colour as given and as resolved.
#[derive(Debug, Serialize)]
struct Resolved {
    /// What the user typed.
    spec: String,
    /// Its sRGB value.
    hex: String,
    /// The palette name, if it is a palette colour or tint.
    name: Option<String>,
}

/// The JSON output.
#[derive(Serialize)]
struct Output<'a> {
    first: &'a Resolved,
    second: &'a Resolved,
    #[serde(flatten)]
    levels: ContrastLevels,
}

/// Runs `contrast`.
pub fn run(context: &Context, args: &Args) -> u8 {
    let loaded = context.load();
    print_diagnostics(&loaded, context.lang);
    let lang = context.lang;
    let resolve = |spec: &String| {
        let resolved = resolve(&loaded.manual, spec, lang);
        if resolved.is_none() {
            let mut message = tr_args(
                lang,
                "contrast-unknown-color",
                &[("spec", FluentValue::from(spec.as_str()))],
            );
            if let Err(unknown) = resolve::color(&loaded.manual, spec)
                && !unknown.suggestions.is_empty()
            {
                let ids = unknown.suggestions.join(", ");
                message.push(' ');
                message.push_str(&tr_args(
                    lang,
                    "resolve-did-you-mean",
                    &[("ids", ids.into())],
                ));
            }
            super::error(lang, &message);
        }
        resolved
    };
    let (Some((a, first)), Some((b, second))) = (resolve(&args.first), resolve(&args.second))
    else {
        return exit::USAGE;
    };
    let levels = ContrastLevels::of(a, b);
    if args.json {
        let output = Output {
            first: &first,
            second: &second,
            levels,
        };
        match serde_json::to_string_pretty(&output) {
            Ok(s) => println!("{s}"),
            Err(e) => {
                eprintln!("error: {e}");
                return exit::FAILED;
            }
        }
    } else {
        print!("{}", render(&first, &second, &levels, lang));
    }
    exit::OK
}

/// Palette id or tint first (an id may look like HEX digits), then a palette name or synonym (`grøn@40`,
/// [`crate::resolve::color`]), then `#rrggbb`, then `rrggbb`.
fn resolve(manual: &Manual, spec: &str, lang: Lang) -> Option<(Rgb, Resolved)> {
    let palette = background(manual, spec).or_else(|e| {
        resolve::color(manual, spec)
            .map_err(|_| e)
            .and_then(|r| background(manual, &r.id))
    });
    let (rgb, name) = match palette {
        Ok(bg) => {
            let name = bg.color.name.get(lang);
            let name = match bg.tint {
                Some(t) => format!("{name} {t} %"),
                None => name.to_owned(),
            };
            (bg.rgb, Some(name))
        }
        Err(_) => {
            let rgb = Rgb::parse_hex(spec).or_else(|| Rgb::parse_hex(&format!("#{spec}")))?;
            let name = manual
                .color_by_rgb(rgb)
                .map(|c| c.name.get(lang).to_owned());
            (rgb, name)
        }
    };
    let resolved = Resolved {
        spec: spec.to_owned(),
        hex: rgb.to_hex(),
        name,
    };
    Some((rgb, resolved))
}

/// The text output.
fn render(first: &Resolved, second: &Resolved, levels: &ContrastLevels, lang: Lang) -> String {
    let label = |c: &Resolved| match &c.name {
        Some(n) => format!("{} ({n})", c.hex),
        None => c.hex.clone(),
    };
    let heading = tr_args(
        lang,
        "contrast-heading",
        &[
            ("a", FluentValue::from(label(first))),
            ("b", FluentValue::from(label(second))),
        ],
    );
    let ratio = tr_args(
        lang,
        "contrast-ratio",
        &[(
            "ratio",
            FluentValue::from(format!("{}:1", levels.ratio_text(Lang::En))),
        )],
    );
    let mut out = format!("{heading}\n{ratio}\n");
    let rows = [
        (
            "contrast-aa-normal",
            ContrastLevels::AA_NORMAL,
            levels.aa_normal,
        ),
        (
            "contrast-aa-large",
            ContrastLevels::AA_LARGE,
            levels.aa_large,
        ),
        (
            "contrast-aaa-normal",
            ContrastLevels::AAA_NORMAL,
            levels.aaa_normal,
        ),
        (
            "contrast-aaa-large",
            ContrastLevels::AAA_LARGE,
            levels.aaa_large,
        ),
        (
            "contrast-non-text",
            ContrastLevels::NON_TEXT,
            levels.non_text,
        ),
    ];
    let names: Vec<String> = rows.iter().map(|(id, _, _)| tr(lang, id)).collect();
    let width = names.iter().map(|n| n.chars().count()).max().unwrap_or(0);
    for ((_, threshold, pass), name) in rows.iter().zip(&names) {
        let verdict = tr(
            lang,
            if *pass {
                "contrast-pass"
            } else {
                "contrast-fail"
            },
        );
        let threshold = format!("≥ {}:1", number(*threshold, 2, Lang::En));
        let pad = width - name.chars().count();
        out.push_str(&format!("  {name}{:pad$}  {threshold:<8} {verdict}\n", ""));
    }
    out.push_str(&tr(lang, "contrast-large-note"));
    out.push('\n');
    out
}
