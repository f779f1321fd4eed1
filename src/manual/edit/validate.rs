//! Validating the edited manual: the real loader on the edited files, field checks, and every problem placed
//! at its field, entry or file.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::field::{Entry, Field, Key, logo_file};
use super::problem::{Place, Problem};
use super::{Content, Edit, Session, locate, table, value};
use crate::manual::source::{Files, Layer};
use crate::manual::{Diagnostic, Loaded, Manual, Severity};

/// The result of validating one state of the edited manual.
#[derive(Debug, Clone)]
pub struct Validation {
    /// The state it belongs to.
    pub revision: u64,
    /// The edited manual as the loader read it.
    pub loaded: Loaded,
    /// Every problem, placed at its field, entry or file.
    pub problems: Vec<Problem>,
}

/// Everything validation needs, detached from the session (run it on another thread).
#[derive(Debug, Clone)]
pub struct Validator {
    pub(super) root: PathBuf,
    pub(super) revision: u64,
    pub(super) layers: Vec<(String, Content)>,
}

impl Session {
    pub(super) fn immediate_problems(&self, edit: &Edit) -> Vec<Problem> {
        let mut fields = Vec::new();
        super::apply::collect_fields(edit, &mut fields);
        fields
            .into_iter()
            .filter_map(|field| {
                let spec = field.spec()?;
                let text = self.text(&field.entry.file()).ok()??;
                let doc = table::parse(&text)?;
                let value = table::entry(&doc, &field.entry)
                    .and_then(|t| table::value_at(t, &field.path()));
                let message = value::check(&field, spec, value)?;
                Some(Problem {
                    place: Place::Field(field),
                    severity: Severity::Error,
                    message,
                    diagnostic: None,
                })
            })
            .collect()
    }

    pub(super) fn place_all(&self, diagnostics: &[Diagnostic]) -> Vec<Problem> {
        let texts: HashMap<String, String> = self
            .work
            .iter()
            .filter_map(|(p, c)| match c {
                Content::Text(t) => Some((p.clone(), t.to_string())),
                _ => None,
            })
            .collect();
        place_diagnostics(&self.root, &texts, diagnostics)
    }
}

impl Validator {
    /// Loads the edited manual with the real loader and places every problem.
    pub fn run(self) -> Validation {
        let layers = self.layers.iter().map(|(path, content)| {
            let layer = match content {
                Content::Absent => Layer::Removed,
                other => Layer::Bytes(Arc::from(other.bytes().unwrap_or_default())),
            };
            (path.clone(), layer)
        });
        let loaded = match Files::folder(&self.root) {
            Ok(files) => crate::manual::load_files(&files.with_layers(layers)),
            Err(e) => Loaded {
                manual: Arc::new(Manual::default()),
                diagnostics: vec![Diagnostic {
                    file: self.root.display().to_string(),
                    line: 0,
                    column: 0,
                    severity: Severity::Error,
                    message: crate::manual::Message::new("manual-folder-unreadable")
                        .arg("error", e),
                }],
            },
        };
        let texts: HashMap<String, String> = self
            .layers
            .iter()
            .filter_map(|(p, c)| match c {
                Content::Text(t) => Some((p.clone(), t.to_string())),
                _ => None,
            })
            .collect();
        let mut problems = field_problems(&texts);
        let placed = place_diagnostics(&self.root, &texts, &loaded.diagnostics);
        // A field with a problem of its own does not repeat the loader's words for the same thing.
        problems.extend(
            placed
                .into_iter()
                .filter(|p| !matches!(&p.place, Place::Field(f) if problems_has_field(&texts, f))),
        );
        Validation {
            revision: self.revision,
            loaded,
            problems,
        }
    }
}

fn problems_has_field(texts: &HashMap<String, String>, field: &Field) -> bool {
    let Some(text) = texts.get(&field.entry.file()) else {
        return false;
    };
    let (Some(doc), Some(spec)) = (table::parse(text), field.spec()) else {
        return false;
    };
    let value = table::entry(&doc, &field.entry).and_then(|t| table::value_at(t, &field.path()));
    value::check(field, spec, value).is_some()
}

/// Field-level problems of every entry of the edited TOML files.
fn field_problems(texts: &HashMap<String, String>) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (file, text) in texts {
        let Some(doc) = table::parse(text) else {
            continue;
        };
        for (entry, table) in locate::entries(file, doc.as_table()) {
            for (field, spec) in locate::fields(&entry) {
                let value = table::value_at(table, &field.path());
                if let Some(message) = value::check(&field, spec, value) {
                    problems.push(Problem {
                        place: Place::Field(field),
                        severity: Severity::Error,
                        message,
                        diagnostic: None,
                    });
                }
            }
        }
    }
    problems.sort_by(|a, b| a.place.cmp(&b.place));
    problems
}

/// Places the loader's diagnostics at fields, entries or files.
fn place_diagnostics(
    root: &Path,
    texts: &HashMap<String, String>,
    diagnostics: &[Diagnostic],
) -> Vec<Problem> {
    let mut cache: HashMap<&str, Option<String>> = HashMap::new();
    diagnostics
        .iter()
        .map(|d| {
            let place = if d.file.ends_with(".toml") && d.line > 0 {
                let text = cache.entry(d.file.as_str()).or_insert_with(|| {
                    texts
                        .get(&d.file)
                        .cloned()
                        .or_else(|| std::fs::read_to_string(root.join(&d.file)).ok())
                });
                match text {
                    Some(text) => locate::place_of(&d.file, text, d.line, d.column),
                    None => Place::File(d.file.clone()),
                }
            } else {
                artwork_place(root, texts, &d.file).unwrap_or_else(|| Place::File(d.file.clone()))
            };
            Problem {
                place,
                severity: d.severity,
                message: d.message.clone(),
                diagnostic: Some(d.clone()),
            }
        })
        .collect()
}

/// An artwork file's problem belongs at the field that names the file.
fn artwork_place(root: &Path, texts: &HashMap<String, String>, file: &str) -> Option<Place> {
    let rest = file.strip_prefix("logos/")?;
    let (logo, name) = rest.split_once('/')?;
    let toml = logo_file(logo);
    let text = texts
        .get(&toml)
        .cloned()
        .or_else(|| std::fs::read_to_string(root.join(&toml)).ok())?;
    let doc = table::parse(&text)?;
    locate::entries(&toml, doc.as_table())
        .into_iter()
        .find_map(|(entry, table)| {
            let field = Field::new(entry, Key::File);
            match &field.entry {
                Entry::Artwork { .. } => (table::value_at(table, &field.path())?.as_str()? == name)
                    .then_some(Place::Field(field)),
                _ => None,
            }
        })
}
