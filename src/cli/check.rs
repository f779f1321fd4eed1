//! `designprogram check`: validate the manual.

use crate::manual::{Message, Severity};

use super::{Context, exit, print_diagnostics};

/// Prints every problem and a summary; exit 1 if any is an error.
pub fn run(context: &Context) -> u8 {
    let loaded = context.load();
    let has_errors = print_diagnostics(&loaded, context.lang);
    let errors = loaded
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let warnings = loaded.diagnostics.len() - errors;
    let m = &loaded.manual;
    let origin = m
        .origin
        .as_ref()
        .map_or_else(|| "(none)".to_owned(), ToString::to_string);
    let summary = Message::new("check-summary")
        .arg("origin", origin)
        .arg("name", m.programme.name.get(context.lang))
        .arg("version", &m.programme.version)
        .arg("logos", m.logos.len())
        .arg("colors", m.colors.len())
        .arg("presets", m.presets.len())
        .arg("senders", m.senders.len())
        .arg("templates", m.templates.len())
        .arg("errors", errors)
        .arg("warnings", warnings);
    eprintln!("{}", summary.render(context.lang));
    if has_errors { exit::FAILED } else { exit::OK }
}
