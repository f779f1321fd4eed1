//! What is wrong after an edit, and where to show it: at a field, at an entry, or for a whole file.

use super::field::{Entry, Field};
use crate::i18n::{self, Lang};
use crate::manual::{Diagnostic, Message, Severity};

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
    /// What is wrong, in either language (`message.render(lang)`): the editor's own field message, or the
    /// loader's diagnostic message.
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
        let text = self.message.render(lang);
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
