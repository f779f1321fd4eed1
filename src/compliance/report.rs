//! The result of a check: findings in a stable order, rendered for terminals or serialized for `--json`.

use std::fmt::Write as _;

use fluent_bundle::FluentValue;
use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::i18n::{self, Lang};

use super::finding::{Finding, Severity};

/// Every finding of one check, blocking first, then warnings, then info (each in rule order).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Report {
    /// The findings.
    pub findings: Vec<Finding>,
}

impl Report {
    /// A report of these findings, sorted by severity (stable, so rule order is kept within a severity).
    pub fn new(mut findings: Vec<Finding>) -> Report {
        findings.sort_by_key(|f| f.severity);
        Report { findings }
    }

    /// Whether the export must be refused: at least one blocking finding.
    pub fn is_blocking(&self) -> bool {
        self.count(Severity::Blocking) > 0
    }

    /// How many findings have this severity.
    pub fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    }

    /// The first finding of a rule, if any.
    pub fn find(&self, rule: &str) -> Option<&Finding> {
        self.findings.iter().find(|f| f.rule == rule)
    }

    /// A one-line verdict, e.g. "Eksporten bryder designmanualen (1 blokerende fund, 0 advarsler)."
    pub fn summary(&self, lang: Lang) -> String {
        let args = [
            (
                "blocking",
                FluentValue::from(self.count(Severity::Blocking) as f64),
            ),
            (
                "warnings",
                FluentValue::from(self.count(Severity::Warning) as f64),
            ),
        ];
        let id = if self.is_blocking() {
            "compliance-summary-blocking"
        } else if self.count(Severity::Warning) > 0 {
            "compliance-summary-warning"
        } else {
            "compliance-summary-ok"
        };
        i18n::tr_args(lang, id, &args)
    }

    /// The report for a terminal: every finding with its rule id, message, fix and chapter, then the summary.
    pub fn render(&self, lang: Lang) -> String {
        let mut out = String::new();
        for f in &self.findings {
            let severity = match f.severity {
                Severity::Blocking => "compliance-severity-blocking",
                Severity::Warning => "compliance-severity-warning",
                Severity::Info => "compliance-severity-info",
            };
            let _ = writeln!(out, "{} [{}]", i18n::tr(lang, severity), f.rule);
            let _ = writeln!(out, "  {}", f.message.get(lang));
            if let Some(fix) = &f.fix {
                let label = i18n::tr(lang, "compliance-fix-label");
                let _ = writeln!(out, "  {label}: {}", fix.get(lang));
            }
            if let Some(c) = &f.chapter {
                let args = [
                    ("number", FluentValue::from(c.number.as_str())),
                    ("name", FluentValue::from(c.name.get(lang))),
                ];
                let _ = writeln!(
                    out,
                    "  {}",
                    i18n::tr_args(lang, "compliance-chapter-label", &args)
                );
            }
            out.push('\n');
        }
        out.push_str(&self.summary(lang));
        out.push('\n');
        out
    }

    /// The report as pretty-printed JSON (the `--json` shape, documented in docs/compliance.md).
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
    }
}

/// Counts per severity, as serialized.
#[derive(serde::Serialize)]
struct Counts {
    blocking: usize,
    warning: usize,
    info: usize,
}

impl Serialize for Report {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Report", 3)?;
        s.serialize_field("blocking", &self.is_blocking())?;
        s.serialize_field(
            "counts",
            &Counts {
                blocking: self.count(Severity::Blocking),
                warning: self.count(Severity::Warning),
                info: self.count(Severity::Info),
            },
        )?;
        s.serialize_field("findings", &self.findings)?;
        s.end()
    }
}
