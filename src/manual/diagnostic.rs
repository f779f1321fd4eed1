//! Problems found while loading a manual, each with the file, line and column it concerns.

use std::fmt;

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
    /// What is wrong and what was expected.
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let severity = match self.severity {
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        if self.line == 0 {
            write!(f, "{}: {severity}: {}", self.file, self.message)
        } else {
            write!(
                f,
                "{}:{}:{}: {severity}: {}",
                self.file, self.line, self.column, self.message
            )
        }
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
        message: impl Into<String>,
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
    pub fn file(&mut self, severity: Severity, file: &str, message: impl Into<String>) {
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
            message: "bad".into(),
        };
        assert_eq!(d.to_string(), "colors.toml:3:7: error: bad");
        let d = Diagnostic {
            line: 0,
            column: 0,
            ..d
        };
        assert_eq!(d.to_string(), "colors.toml: error: bad");
    }
}
