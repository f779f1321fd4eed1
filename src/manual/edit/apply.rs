//! Applying each kind of [`Edit`] to the session's files.

use std::sync::Arc;

use toml_edit::{DocumentMut, Value};

use super::field::{self, Entry, Field, Key};
use super::{Bump, Content, Edit, EditError, Session, Step, locate, table, to_input, to_value};
use crate::manual::load::MAX_SVG_BYTES;

impl Session {
    pub(super) fn apply_into(&mut self, edit: &Edit, step: &mut Step) -> Result<(), EditError> {
        match edit {
            Edit::Set { field, value } => self.set(field, value, step),
            Edit::Add { entry, values } => self.add(entry, values, step),
            Edit::Remove { entry } => self.remove(entry, step),
            Edit::Bump(bump) => self.bump(bump, step),
            Edit::PutFile { path, bytes } => {
                if !is_artwork_path(path) || bytes.len() as u64 > MAX_SVG_BYTES {
                    return Err(EditError::Path(path.clone()));
                }
                self.put(step, path, Content::Bytes(bytes.clone()))
            }
            Edit::Batch(edits) => edits.iter().try_for_each(|e| self.apply_into(e, step)),
        }
    }

    fn set(&mut self, field: &Field, input: &str, step: &mut Step) -> Result<(), EditError> {
        let spec = field.spec().ok_or_else(|| EditError::NoKey {
            entry: field.entry.clone(),
            key: field.key,
        })?;
        let file = field.entry.file();
        let mut doc = self.document(&file)?;
        let table = table::entry_mut(&mut doc, &field.entry).ok_or_else(|| EditError::NoEntry {
            entry: field.entry.clone(),
        })?;
        let path = field.path();
        let new = to_value(spec.shape, input);
        let old = table::value_at(table, &path);
        // The same value written differently (2 and 2.0) is no change: the file keeps its spelling.
        let same = match (old, &new) {
            (Some(a), Some(b)) => to_input(spec.shape, a) == to_input(spec.shape, b),
            (None, None) => true,
            _ => false,
        };
        if same {
            return Ok(());
        }
        table::set_value(table, &path, new);
        self.put(step, &file, Content::Text(Arc::from(doc.to_string())))
    }

    fn add(
        &mut self,
        entry: &Entry,
        values: &[(Key, String)],
        step: &mut Step,
    ) -> Result<(), EditError> {
        if let Entry::Artwork { .. } = entry {
            let value = values
                .iter()
                .find(|(k, _)| *k == Key::File)
                .map(|(_, v)| v.as_str());
            return self.set(
                &Field::new(entry.clone(), Key::File),
                value.unwrap_or_default(),
                step,
            );
        }
        if let Some(id) = entry.id()
            && !crate::manual::is_valid_id(id)
        {
            return Err(EditError::InvalidId(id.to_owned()));
        }
        let mut fields = Vec::new();
        if let Some(id) = entry.id()
            && !matches!(entry, Entry::Logo(_))
        {
            fields.push((vec!["id".to_owned()], Value::from(id)));
        }
        if let Entry::Logo(id) = entry {
            fields.push((vec!["id".to_owned()], Value::from(id.as_str())));
        }
        // In the order the manual writes the keys, whatever order they were given in.
        for spec in entry.specs() {
            if let Some((_, input)) = values.iter().find(|(k, _)| *k == spec.key)
                && let Some(value) = to_value(spec.shape, input)
            {
                let field = Field::new(entry.clone(), spec.key);
                fields.push((field.path(), value));
            }
        }
        if let Some((key, _)) = values.iter().find(|(k, _)| entry.spec(*k).is_none()) {
            return Err(EditError::NoKey {
                entry: entry.clone(),
                key: *key,
            });
        }
        if matches!(entry, Entry::Lockup { .. }) {
            fields.push((
                vec!["files".to_owned()],
                Value::InlineTable(toml_edit::InlineTable::new()),
            ));
        }
        let file = entry.file();
        if let Entry::Logo(_) = entry {
            if self.text(&file)?.is_some() {
                return Err(EditError::Exists {
                    entry: entry.clone(),
                });
            }
            let text = DocumentMut::from(table::new_table(fields)).to_string();
            return self.put(step, &file, Content::Text(Arc::from(text)));
        }
        let mut doc = self.document(&file)?;
        if table::entry(&doc, entry).is_some() && entry.id().is_some() {
            return Err(EditError::Exists {
                entry: entry.clone(),
            });
        }
        let (array, index) = match entry.locator() {
            field::Locator::ById(array, _) => (array, None),
            field::Locator::ByIndex(array, index) => (array, Some(index)),
            field::Locator::Root | field::Locator::Table(_) => {
                return Err(EditError::Exists {
                    entry: entry.clone(),
                });
            }
        };
        let aot =
            table::array_mut(&mut doc, array).ok_or_else(|| EditError::Syntax(file.clone()))?;
        table::insert_entry(aot, index, table::new_table(fields));
        self.put(step, &file, Content::Text(Arc::from(doc.to_string())))
    }

    fn remove(&mut self, entry: &Entry, step: &mut Step) -> Result<(), EditError> {
        let missing = || EditError::NoEntry {
            entry: entry.clone(),
        };
        let file = entry.file();
        match entry.locator() {
            field::Locator::Root => {
                if self.text(&file)?.is_none() {
                    return Err(missing());
                }
                let folder = file.trim_end_matches("logo.toml").to_owned();
                for path in self.files_in(&folder) {
                    self.put(step, &path, Content::Absent)?;
                }
                Ok(())
            }
            field::Locator::Table(_) => Err(missing()),
            _ if matches!(entry, Entry::Artwork { .. }) => {
                if self.value(&Field::new(entry.clone(), Key::File)).is_none() {
                    return Err(missing());
                }
                self.set(&Field::new(entry.clone(), Key::File), "", step)
            }
            field::Locator::ById(array, _) | field::Locator::ByIndex(array, _) => {
                let mut doc = self.document(&file)?;
                let index = {
                    let found = table::entry(&doc, entry).ok_or_else(missing)?;
                    let aot = doc
                        .get(array)
                        .and_then(toml_edit::Item::as_array_of_tables)
                        .ok_or_else(missing)?;
                    aot.iter()
                        .position(|t| std::ptr::eq(t, found))
                        .ok_or_else(missing)?
                };
                let aot = table::array_mut(&mut doc, array).ok_or_else(missing)?;
                table::remove_entry(aot, index);
                self.put(step, &file, Content::Text(Arc::from(doc.to_string())))
            }
        }
    }

    fn bump(&mut self, bump: &Bump, step: &mut Step) -> Result<(), EditError> {
        let version = Field::new(Entry::Programme, Key::Version);
        let current = self.value(&version).unwrap_or_default();
        if compare_versions(&bump.version, &current) != std::cmp::Ordering::Greater {
            return Err(EditError::NotNewer {
                current,
                given: bump.version.clone(),
            });
        }
        let set = |key: Key, value: &str| Edit::Set {
            field: Field::new(Entry::Programme, key),
            value: value.to_owned(),
        };
        let mut edits = vec![
            set(Key::Version, &bump.version),
            set(Key::UpdatedOn, &bump.date),
        ];
        if bump.adopted {
            edits.push(set(Key::AdoptedOn, &bump.date));
        }
        let mut values = vec![
            (Key::Version, bump.version.clone()),
            (Key::Date, bump.date.clone()),
            (Key::TextDa, bump.note_da.clone()),
        ];
        if let Some(en) = &bump.note_en {
            values.push((Key::TextEn, en.clone()));
        }
        edits.push(Edit::Add {
            entry: Entry::Changelog(0),
            values,
        });
        edits.iter().try_for_each(|e| self.apply_into(e, step))
    }
}

pub(super) fn collect_fields(edit: &Edit, out: &mut Vec<Field>) {
    match edit {
        Edit::Set { field, .. } => out.push(field.clone()),
        Edit::Add { entry, .. } => out.extend(locate::fields(entry).map(|(f, _)| f)),
        Edit::Bump(_) => {
            out.extend(
                [Key::Version, Key::UpdatedOn, Key::AdoptedOn]
                    .map(|k| Field::new(Entry::Programme, k)),
            );
            out.extend(locate::fields(&Entry::Changelog(0)).map(|(f, _)| f));
        }
        Edit::Batch(edits) => edits.iter().for_each(|e| collect_fields(e, out)),
        Edit::Remove { .. } | Edit::PutFile { .. } => {}
    }
}

/// `logos/<id>/<name>.svg`, nothing else.
fn is_artwork_path(path: &str) -> bool {
    let parts: Vec<&str> = path.split('/').collect();
    matches!(parts[..], ["logos", logo, name]
        if crate::manual::is_valid_id(logo)
            && name.ends_with(".svg")
            && name.len() > 4
            && name.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
            && !name.starts_with('.'))
}

/// Compares versions part by part, numerically where both parts are numbers (`2.10` is after `2.9`).
pub fn compare_versions(a: &str, b: &str) -> std::cmp::Ordering {
    let parts =
        |s: &str| -> Vec<String> { s.trim().split(['.', '-']).map(str::to_owned).collect() };
    let (pa, pb) = (parts(a), parts(b));
    for i in 0..pa.len().max(pb.len()) {
        let (x, y) = (
            pa.get(i).map_or("0", String::as_str),
            pb.get(i).map_or("0", String::as_str),
        );
        let ord = match (x.parse::<u64>(), y.parse::<u64>()) {
            (Ok(x), Ok(y)) => x.cmp(&y),
            _ => x.cmp(y),
        };
        if ord.is_ne() {
            return ord;
        }
    }
    std::cmp::Ordering::Equal
}
