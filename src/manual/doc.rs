//! One parsed TOML file: syntax errors, entries deserialized one by one (so a bad entry does not hide the
//! good ones), unknown keys reported as warnings with their position.

use serde::de::DeserializeOwned;
use toml::Spanned;
use toml::de::{DeTable, DeValue, ValueDeserializer};

use super::diagnostic::{Diagnostics, Message, Severity};

/// A TOML file of the manual, parsed.
pub struct Doc<'a> {
    /// Path relative to the manual root.
    pub file: &'a str,
    /// Contents.
    pub text: &'a str,
    root: Spanned<DeTable<'a>>,
    syntax_errors: bool,
}

impl<'a> Doc<'a> {
    /// Parses a file; the first syntax error is reported (the parser's later errors are mostly its own
    /// follow-ups) and the part that parsed is kept.
    pub fn parse(file: &'a str, text: &'a str, diags: &mut Diagnostics) -> Doc<'a> {
        let (root, errors) = DeTable::parse_recoverable(text);
        let syntax_errors = !errors.is_empty();
        if let Some(e) = errors.first() {
            let offset = e.span().map_or(0, |s| s.start);
            diags.at(
                Severity::Error,
                file,
                text,
                offset,
                Message::new("toml-syntax").arg("error", first_line(e.message())),
            );
        }
        Doc {
            file,
            text,
            root,
            syntax_errors,
        }
    }

    /// Whether the file has TOML syntax errors (then entries may be missing, and references to them are not
    /// reported again: the syntax error is the one problem).
    pub fn has_syntax_errors(&self) -> bool {
        self.syntax_errors
    }

    fn get(&self, key: &str) -> Option<&Spanned<DeValue<'a>>> {
        self.root
            .get_ref()
            .iter()
            .find(|(k, _)| k.get_ref().as_ref() == key)
            .map(|(_, v)| v)
    }

    /// Records a problem at a byte offset of this file.
    pub fn report(
        &self,
        diags: &mut Diagnostics,
        severity: Severity,
        offset: usize,
        message: impl Into<Message>,
    ) {
        diags.at(severity, self.file, self.text, offset, message);
    }

    /// Records an error at a spanned value.
    pub fn error_at<T>(
        &self,
        diags: &mut Diagnostics,
        at: &Spanned<T>,
        message: impl Into<Message>,
    ) {
        self.report(diags, Severity::Error, at.span().start, message);
    }

    /// Deserializes the whole file as one struct, ignoring the listed array keys (they are read with
    /// [`Doc::entries`]). Reports errors and unknown keys.
    pub fn head<T: DeserializeOwned>(&self, arrays: &[&str], diags: &mut Diagnostics) -> Option<T> {
        let table: DeTable<'a> = self
            .root
            .get_ref()
            .iter()
            .filter(|(k, _)| {
                let key: &str = k.get_ref();
                !arrays.contains(&key)
            })
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        let value = Spanned::new(self.root.span(), DeValue::Table(table));
        self.deserialize(&value, "", diags)
    }

    /// The string values of `field` in every element of the top-level array `key`, valid or not. Used to
    /// tell "defined but broken" ids from dangling ones, so one broken entry does not cascade.
    pub fn declared(&self, key: &str, field: &str) -> Vec<String> {
        let Some(DeValue::Array(items)) = self.get(key).map(Spanned::get_ref) else {
            return Vec::new();
        };
        items
            .into_iter()
            .filter_map(|item| match item.get_ref() {
                DeValue::Table(t) => t
                    .iter()
                    .find(|(k, _)| k.get_ref().as_ref() == field)
                    .and_then(|(_, v)| v.get_ref().as_str().map(str::to_owned)),
                _ => None,
            })
            .collect()
    }

    /// Deserializes each element of the top-level array `key` (`[[key]]`) on its own.
    /// Returns the good entries with the byte offset where each starts.
    pub fn entries<T: DeserializeOwned>(
        &self,
        key: &str,
        required: bool,
        diags: &mut Diagnostics,
    ) -> Vec<(T, usize)> {
        let Some(value) = self.get(key) else {
            if required {
                diags.file(
                    Severity::Error,
                    self.file,
                    Message::new("toml-no-table").arg("key", key),
                );
            }
            return Vec::new();
        };
        let DeValue::Array(items) = value.get_ref() else {
            self.report(
                diags,
                Severity::Error,
                value.span().start,
                Message::new("toml-not-array")
                    .arg("key", key)
                    .arg("found", value.get_ref().type_str()),
            );
            return Vec::new();
        };
        items
            .into_iter()
            .enumerate()
            .filter_map(|(i, item)| {
                let path = format!("{key}[{}]", i + 1);
                self.deserialize::<T>(item, &path, diags)
                    .map(|t| (t, item.span().start))
            })
            .collect()
    }

    fn deserialize<T: DeserializeOwned>(
        &self,
        value: &Spanned<DeValue<'a>>,
        context: &str,
        diags: &mut Diagnostics,
    ) -> Option<T> {
        let mut unknown = Vec::new();
        let result = serde_ignored::deserialize(ValueDeserializer::from(value.clone()), |path| {
            unknown.push(path.to_string());
        });
        match result {
            Ok(t) => {
                for path in unknown {
                    let offset = locate(value, &path).unwrap_or(value.span().start);
                    let name = if context.is_empty() {
                        path.clone()
                    } else {
                        format!("{context}.{path}")
                    };
                    self.report(
                        diags,
                        Severity::Warning,
                        offset,
                        Message::new("toml-unknown-key").arg("key", name),
                    );
                }
                Some(t)
            }
            // after a syntax error the parser's recovery leaves odd values: the syntax error is the one problem
            Err(_) if self.syntax_errors => None,
            Err(e) => {
                let offset = e.span().map_or(value.span().start, |s| s.start);
                let context = if context.is_empty() { "none" } else { context };
                self.report(
                    diags,
                    Severity::Error,
                    offset,
                    describe(context, e.message()),
                );
                None
            }
        }
    }
}

/// Finds the byte offset of the key named by a serde_ignored path (`a.b.c`, array indices as numbers).
fn locate(value: &Spanned<DeValue<'_>>, path: &str) -> Option<usize> {
    let mut current = value;
    let mut offset = None;
    for segment in path.split('.') {
        match current.get_ref() {
            DeValue::Table(table) => {
                let (k, v) = table
                    .iter()
                    .find(|(k, _)| k.get_ref().as_ref() == segment)?;
                offset = Some(k.span().start);
                current = v;
            }
            DeValue::Array(items) => {
                let index: usize = segment.parse().ok()?;
                current = items.into_iter().nth(index)?;
                offset = Some(current.span().start);
            }
            _ => return offset,
        }
    }
    offset
}

fn first_line(message: &str) -> &str {
    message.lines().next().unwrap_or(message).trim()
}

/// Makes serde's messages read as "what was expected", in the catalogue where the shape is known.
fn describe(context: &str, message: &str) -> Message {
    let message = first_line(message);
    if let Some(field) = message
        .strip_prefix("missing field `")
        .and_then(|r| r.strip_suffix('`'))
    {
        return Message::new("toml-missing-field")
            .arg("context", context)
            .arg("field", field);
    }
    if let Some(rest) = message.strip_prefix("unknown variant ") {
        return Message::new("toml-unknown-value")
            .arg("context", context)
            .arg("value", rest);
    }
    // serde's own wording for other type errors (English in both languages)
    Message::new("toml-value").arg("context", context).arg(
        "error",
        message.replace("expected a sequence", "expected an array like [1, 2, 3]"),
    )
}
