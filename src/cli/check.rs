//! `designprogram check`: validate the manual.

use crate::manual::Severity;

use super::{Context, exit, print_diagnostics};

/// Prints every problem and a summary; exit 1 if any is an error.
pub fn run(context: &Context) -> u8 {
    let loaded = context.load();
    let has_errors = print_diagnostics(&loaded);
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
    eprintln!(
        "{origin}: {} {} — {} logos, {} colours, {} presets, {} senders, {} templates; {errors} error(s), {warnings} warning(s)",
        m.programme.name.en,
        m.programme.version,
        m.logos.len(),
        m.colors.len(),
        m.presets.len(),
        m.senders.len(),
        m.templates.len(),
    );
    if has_errors { exit::FAILED } else { exit::OK }
}
