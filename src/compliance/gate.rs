//! The gate every writer passes before it writes anything: a report with a blocking finding refuses the
//! output with a typed [`Blocked`] error; anything else goes on with its warnings and info.
//!
//! The gate is generic over what is written: logo files (`export`), packs, filled templates, Office files.
//! Each kind of output makes its own [`Report`] (with [`crate::compliance::check`] or its own rules) and passes
//! it through [`gate`] (one output) or [`gate_all`] (many, e.g. a pack). The public write functions of the
//! library call the gate themselves, so no front end can skip it; see docs/compliance.md.

use std::fmt::Write as _;

use fluent_bundle::FluentValue;
use serde::Serialize;

use crate::i18n::{self, Lang};

use super::{Finding, Report, Severity};

/// Output refused because it would break the design manual. Nothing was written.
#[derive(Debug, Clone, PartialEq, Serialize, thiserror::Error)]
#[error("{}", self.summary(Lang::En))]
pub struct Blocked {
    /// One entry per refused output: one for a single file, one per offending file of a pack.
    pub refusals: Vec<Refusal>,
}

/// One refused output and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Refusal {
    /// What was refused as the user would find it (a file's path inside a pack); empty for a single output.
    pub subject: String,
    /// The report; it has at least one blocking finding.
    pub report: Report,
}

/// Passes one output's report: `Ok` with the report (its warnings and info, for the caller to show) when
/// nothing blocks, else [`Blocked`].
pub fn gate(report: Report) -> Result<Report, Blocked> {
    gate_all([(String::new(), report)]).map(|mut reports| reports.remove(0))
}

/// Passes the reports of several outputs (`(subject, report)`): `Ok` with every report, in order, when none
/// blocks; else [`Blocked`] with a refusal for each output that does — so a pack is refused as a whole, before
/// its first file is written.
pub fn gate_all(
    reports: impl IntoIterator<Item = (String, Report)>,
) -> Result<Vec<Report>, Blocked> {
    let mut passed = Vec::new();
    let mut refusals = Vec::new();
    for (subject, report) in reports {
        if report.is_blocking() {
            refusals.push(Refusal { subject, report });
        } else if refusals.is_empty() {
            passed.push(report);
        }
    }
    if refusals.is_empty() {
        Ok(passed)
    } else {
        Err(Blocked { refusals })
    }
}

impl Blocked {
    /// Every blocking finding, refusal by refusal.
    pub fn findings(&self) -> impl Iterator<Item = &Finding> {
        self.refusals.iter().flat_map(|r| {
            r.report
                .findings
                .iter()
                .filter(|f| f.severity == Severity::Blocking)
        })
    }

    /// The first blocking finding (what an interface shows first).
    pub fn first(&self) -> Option<&Finding> {
        self.findings().next()
    }

    /// One line: how many outputs were refused and the first reason, e.g.
    /// "Filen bryder designmanualen og blev ikke gemt: Logoet bliver kun 16,5 mm bredt. …".
    pub fn summary(&self, lang: Lang) -> String {
        let reason = self
            .first()
            .map_or_else(String::new, |f| f.message.get(lang).to_owned());
        i18n::tr_args(
            lang,
            "gate-blocked",
            &[
                ("count", FluentValue::from(self.refusals.len() as f64)),
                ("reason", FluentValue::from(reason)),
            ],
        )
    }

    /// For a terminal: each refused output with its full report, then a closing line.
    pub fn render(&self, lang: Lang) -> String {
        let mut out = String::new();
        for refusal in &self.refusals {
            if !refusal.subject.is_empty() {
                let _ = writeln!(out, "{}:", refusal.subject);
            }
            out.push_str(&refusal.report.render(lang));
            out.push('\n');
        }
        out.push_str(&i18n::tr_args(
            lang,
            "gate-nothing-written",
            &[("count", FluentValue::from(self.refusals.len() as f64))],
        ));
        out.push('\n');
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::manual::Text;

    fn finding(severity: Severity) -> Finding {
        Finding::new(
            "logo.minimum-size",
            severity,
            Text::new("for lille".to_owned(), None),
        )
    }

    #[test]
    fn the_gate_refuses_blocking_reports_and_passes_the_rest() {
        let warning = Report::new(vec![finding(Severity::Warning)]);
        assert_eq!(gate(warning.clone()), Ok(warning.clone()));
        assert_eq!(gate(Report::default()), Ok(Report::default()));
        let blocking = Report::new(vec![
            finding(Severity::Warning),
            finding(Severity::Blocking),
        ]);
        let refused = gate(blocking.clone()).unwrap_err();
        assert_eq!(refused.refusals.len(), 1);
        assert_eq!(refused.refusals[0].report, blocking);
        assert_eq!(refused.findings().count(), 1, "only the blocking finding");
        assert_eq!(
            refused.first().map(|f| f.severity),
            Some(Severity::Blocking)
        );
    }

    #[test]
    fn many_outputs_are_refused_together_with_every_offender() {
        let ok = Report::default();
        let bad = Report::new(vec![finding(Severity::Blocking)]);
        let all = gate_all([
            ("a.png".to_owned(), ok.clone()),
            ("b.png".to_owned(), bad.clone()),
            ("c.png".to_owned(), ok.clone()),
            ("d.png".to_owned(), bad),
        ])
        .unwrap_err();
        let subjects: Vec<&str> = all.refusals.iter().map(|r| r.subject.as_str()).collect();
        assert_eq!(subjects, ["b.png", "d.png"]);
        assert_eq!(gate_all([("a".to_owned(), ok.clone())]), Ok(vec![ok]));
        let text = all.render(Lang::Da);
        assert!(
            text.contains("b.png:\n") && text.contains("d.png:\n"),
            "{text}"
        );
        assert!(all.summary(Lang::Da).contains("for lille"));
    }
}
