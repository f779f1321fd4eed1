//! Problems found while loading a manual, each with the file, line and column it concerns.

use std::fmt;

use crate::i18n::{self, Lang};

/// How bad a [`Diagnostic`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The manual is still valid (e.g. an unknown key).
    Warning,
    /// The manual is invalid; the element concerned was left out.
    Error,
}

/// One problem in a manual: `FILE:LINE:COL: error|warning: message`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Diagnostic {
    /// Path relative to the manual folder, with `/` separators.
    pub file: String,
    /// 1-based line; 0 when the problem concerns the whole file.
    pub line: usize,
    /// 1-based column; 0 when the problem concerns the whole file.
    pub column: usize,
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong and what was expected, as a catalogue message.
    pub message: Message,
}

impl Diagnostic {
    /// `FILE:LINE:COL: error|warning: message` in a language (`fejl`/`advarsel` in Danish).
    pub fn render(&self, lang: Lang) -> String {
        let severity = i18n::tr(
            lang,
            match self.severity {
                Severity::Warning => "diag-warning",
                Severity::Error => "diag-error",
            },
        );
        let message = self.message.render(lang);
        if self.line == 0 {
            format!("{}: {severity}: {message}", self.file)
        } else {
            format!(
                "{}:{}:{}: {severity}: {message}",
                self.file, self.line, self.column
            )
        }
    }
}

/// English, for logs and tests.
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

/// A catalogue message id and its arguments, rendered in the reader's language when shown.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Message {
    /// The Fluent message id (`assets/i18n/*/manual.ftl`).
    pub key: &'static str,
    /// Named arguments.
    pub args: Vec<(&'static str, Arg)>,
}

/// An argument of a [`Message`].
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(untagged)]
pub enum Arg {
    /// Text that is the same in every language (ids, file names, values as written in the manual).
    Text(String),
    /// A message of its own, rendered in the same language (e.g. why a file could not be read).
    Message(Box<Message>),
}

impl Message {
    /// A message without arguments.
    pub fn new(key: &'static str) -> Message {
        Message {
            key,
            args: Vec::new(),
        }
    }

    /// Adds an argument.
    pub fn arg(mut self, name: &'static str, value: impl ToString) -> Message {
        self.args.push((name, Arg::Text(value.to_string())));
        self
    }

    /// Adds a message as an argument.
    pub fn nested(mut self, name: &'static str, value: Message) -> Message {
        self.args.push((name, Arg::Message(Box::new(value))));
        self
    }

    /// The text of an argument, if it has it (tests and callers that need one value).
    pub fn text_arg(&self, name: &str) -> Option<&str> {
        self.args.iter().find_map(|(k, v)| match v {
            Arg::Text(t) if *k == name => Some(t.as_str()),
            _ => None,
        })
    }

    /// The text in a language.
    pub fn render(&self, lang: Lang) -> String {
        let args: Vec<(&str, fluent_bundle::FluentValue<'_>)> = self
            .args
            .iter()
            .map(|(k, v)| {
                let value = match v {
                    // Whole numbers as numbers, so that plural selectors work.
                    Arg::Text(t) => match t.parse::<i64>() {
                        Ok(n) => fluent_bundle::FluentValue::from(n),
                        Err(_) => fluent_bundle::FluentValue::from(t.as_str()),
                    },
                    Arg::Message(m) => fluent_bundle::FluentValue::from(m.render(lang)),
                };
                (*k, value)
            })
            .collect();
        i18n::tr_args(lang, self.key, &args)
    }

    /// The English text (what tests and logs read).
    pub fn en(&self) -> String {
        self.render(Lang::En)
    }
}

impl From<String> for Message {
    fn from(text: String) -> Message {
        Message::new("diag-text").arg("text", text)
    }
}

impl From<&str> for Message {
    fn from(text: &str) -> Message {
        Message::new("diag-text").arg("text", text)
    }
}

/// English, for logs and tests.
impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

/// Collects diagnostics while a manual loads.
#[derive(Debug, Default)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    /// Records a problem at a byte offset of `text` (the file's contents).
    pub fn at(
        &mut self,
        severity: Severity,
        file: &str,
        text: &str,
        offset: usize,
        message: impl Into<Message>,
    ) {
        let (line, column) = line_column(text, offset);
        self.items.push(Diagnostic {
            file: file.to_owned(),
            line,
            column,
            severity,
            message: message.into(),
        });
    }

    /// Records a problem that concerns a whole file.
    pub fn file(&mut self, severity: Severity, file: &str, message: impl Into<Message>) {
        self.items.push(Diagnostic {
            file: file.to_owned(),
            line: 0,
            column: 0,
            severity,
            message: message.into(),
        });
    }

    /// Adds already-made diagnostics.
    pub fn extend(&mut self, other: impl IntoIterator<Item = Diagnostic>) {
        self.items.extend(other);
    }

    /// Whether any error (not warning) was recorded.
    pub fn has_errors(&self) -> bool {
        self.items.iter().any(|d| d.severity == Severity::Error)
    }

    /// The diagnostics, sorted by file and position.
    pub fn into_sorted(mut self) -> Vec<Diagnostic> {
        self.items
            .sort_by(|a, b| (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column)));
        self.items.dedup();
        self.items
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let mut offset = offset;
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_column_counts_characters() {
        let text = "a = 1\nø = \"x\"\n";
        assert_eq!(line_column(text, 0), (1, 1));
        assert_eq!(line_column(text, 6), (2, 1));
        // the byte after 'ø ' is column 3 (ø is two bytes)
        assert_eq!(line_column(text, 9), (2, 3));
        assert_eq!(line_column(text, 999), (3, 1));
    }

    #[test]
    fn display_with_and_without_position() {
        let d = Diagnostic {
            file: "colors.toml".into(),
            line: 3,
            column: 7,
            severity: Severity::Error,
            message: Message::new("toml-syntax").arg("error", "bad"),
        };
        assert_eq!(d.to_string(), "colors.toml:3:7: error: TOML syntax: bad");
        assert_eq!(
            d.render(Lang::Da),
            "colors.toml:3:7: fejl: TOML-syntaksfejl: bad"
        );
        let d = Diagnostic {
            line: 0,
            column: 0,
            ..d
        };
        assert_eq!(d.to_string(), "colors.toml: error: TOML syntax: bad");
    }
}
