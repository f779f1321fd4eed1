//! The compliance gate every exporting command runs first (`export`, `pack`): it prints the report and says
//! whether to go on. Behaviour (also in docs/compliance.md):
//!
//! | request | `--json` | prints | returns |
//! |---|---|---|---|
//! | `--dry-run` | no | the report as text on stdout | `Some(BLOCKED)` if blocking, else `Some(OK)` |
//! | `--dry-run` | yes | the report as JSON on stdout | `Some(BLOCKED)` if blocking, else `Some(OK)` |
//! | blocking | no | the report as text on stderr | `Some(BLOCKED)` |
//! | blocking | yes | the report as JSON on stdout | `Some(BLOCKED)` |
//! | not blocking | either | warnings and info as text on stderr (nothing if none) | `None`: go on and export |

use std::io::{self, Write};

use crate::compliance::Report;
use crate::i18n::Lang;

use super::exit;

/// Prints the report as the table above describes and returns the exit code to stop with, or `None` to
/// proceed with the export.
pub fn gate(report: &Report, lang: Lang, json: bool, dry_run: bool) -> Option<u8> {
    let (stdout, stderr) = (io::stdout(), io::stderr());
    gate_to(
        report,
        lang,
        json,
        dry_run,
        &mut stdout.lock(),
        &mut stderr.lock(),
    )
}

/// [`gate`] writing to the given streams (for tests and embedding).
pub fn gate_to(
    report: &Report,
    lang: Lang,
    json: bool,
    dry_run: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Option<u8> {
    let blocking = report.is_blocking();
    // A closed pipe must not turn a refusal into a crash; the exit code still tells.
    let _ = if json && (dry_run || blocking) {
        writeln!(out, "{}", report.to_json())
    } else if dry_run {
        write!(out, "{}", report.render(lang))
    } else if blocking || !report.findings.is_empty() {
        write!(err, "{}", report.render(lang))
    } else {
        Ok(())
    };
    if blocking {
        Some(exit::BLOCKED)
    } else if dry_run {
        Some(exit::OK)
    } else {
        None
    }
}
