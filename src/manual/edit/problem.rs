//! What is wrong after an edit, and where to show it: at a field, at an entry, or for a whole file.

use fluent_bundle::FluentValue;

use super::field::{Entry, Field};
use crate::i18n::{self, Lang};
use crate::manual::{Diagnostic, Severity};

/// A message of the catalogue with its arguments, rendered in either language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// Catalogue id (`assets/i18n/*/edit.ftl`).
    pub id: &'static str,
    /// Arguments, all as text.
    pub args: Vec<(&'static str, String)>,
    /// A loader diagnostic's own catalogue message, rendered in the same language as the `detail` argument.
    pub detail: Option<crate::manual::Message>,
}

impl Message {
    /// A message without arguments.
    pub fn new(id: &'static str) -> Message {
        Message {
            id,
            args: Vec::new(),
            detail: None,
        }
    }

    /// Adds an argument.
    pub fn arg(mut self, name: &'static str, value: impl Into<String>) -> Message {
        self.args.push((name, value.into()));
        self
    }

    /// The text in a language.
    pub fn text(&self, lang: Lang) -> String {
        let mut args: Vec<(&str, FluentValue<'_>)> = self
            .args
            .iter()
            .map(|(k, v)| (*k, FluentValue::from(v.as_str())))
            .collect();
        if let Some(detail) = &self.detail {
            args.push(("detail", FluentValue::from(detail.render(lang))));
        }
        i18n::tr_args(lang, self.id, &args)
    }

    /// A problem the loader reported, shown as it reported it.
    pub fn diagnostic(d: &Diagnostic) -> Message {
        Message {
            detail: Some(d.message.clone()),
            ..Message::new("edit-problem-diagnostic")
        }
    }
}

/// Where a problem is shown.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Place {
    /// At one field of a form.
    Field(Field),
    /// At an entry as a whole (a missing key, a duplicate id, …).
    Entry(Entry),
    /// For a whole file (syntax, a missing file, an SVG's own problems), relative to the manual folder.
    File(String),
}

/// A problem of the edited manual.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where to show it.
    pub place: Place,
    /// Error (saving is refused) or warning.
    pub severity: Severity,
    /// What is wrong, in either language.
    pub message: Message,
    /// The loader's diagnostic it comes from (file, line, column), if any.
    pub diagnostic: Option<Diagnostic>,
}

impl Problem {
    /// Whether saving must be refused because of it.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `FILE:LINE:COL: message` (or the field) in a language, for the command line.
    pub fn describe(&self, lang: Lang) -> String {
        let text = self.message.text(lang);
        match &self.diagnostic {
            Some(d) if d.line > 0 => format!("{}:{}:{}: {text}", d.file, d.line, d.column),
            Some(d) => format!("{}: {text}", d.file),
            None => match &self.place {
                Place::Field(f) => format!(
                    "{}: {}, {}: {text}",
                    f.entry.file(),
                    super::describe_entry(&f.entry, lang),
                    i18n::tr(lang, &f.key.label_message())
                ),
                Place::Entry(e) => {
                    format!("{}: {}: {text}", e.file(), super::describe_entry(e, lang))
                }
                Place::File(file) => format!("{file}: {text}"),
            },
        }
    }
}
