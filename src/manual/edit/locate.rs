//! Where in a form a problem belongs: the entries a TOML file holds, and the field, entry or file that a
//! loader diagnostic (file, line, column) points into.

use toml_edit::{Item, Table, TableLike};

use super::field::{Entry, Field, Spec};
use super::problem::Place;
use super::table::id_of;

/// The entries a file of the manual holds, each with its table.
pub fn entries<'t>(file: &str, root: &'t Table) -> Vec<(Entry, &'t Table)> {
    let mut out = Vec::new();
    let by_id = |array: &str, make: &dyn Fn(&str) -> Entry, out: &mut Vec<(Entry, &'t Table)>| {
        if let Some(aot) = root.get(array).and_then(Item::as_array_of_tables) {
            for t in aot.iter() {
                if let Some(id) = id_of(t) {
                    out.push((make(id), t));
                }
            }
        }
    };
    let by_index =
        |array: &str, make: &dyn Fn(usize) -> Entry, out: &mut Vec<(Entry, &'t Table)>| {
            if let Some(aot) = root.get(array).and_then(Item::as_array_of_tables) {
                for (i, t) in aot.iter().enumerate() {
                    out.push((make(i), t));
                }
            }
        };
    match file {
        "manual.toml" => {
            if let Some(t) = root.get("programme").and_then(Item::as_table) {
                out.push((Entry::Programme, t));
            }
            by_index("changelog", &Entry::Changelog, &mut out);
        }
        "colors.toml" => by_id("color", &|id| Entry::Color(id.into()), &mut out),
        "senders.toml" => by_id("sender", &|id| Entry::Sender(id.into()), &mut out),
        "presets.toml" => by_id("preset", &|id| Entry::Preset(id.into()), &mut out),
        "templates.toml" => by_id("template", &|id| Entry::Template(id.into()), &mut out),
        _ => {
            let Some(logo) = logo_of_file(file) else {
                return out;
            };
            out.push((Entry::Logo(logo.clone()), root));
            by_id(
                "lockup",
                &|id| Entry::Lockup {
                    logo: logo.clone(),
                    id: id.into(),
                },
                &mut out,
            );
            let lockups: Vec<(Entry, &Table)> = out
                .iter()
                .filter(|(e, _)| matches!(e, Entry::Lockup { .. }))
                .cloned()
                .collect();
            for (lockup, table) in lockups {
                let Some(files) = table.get("files").and_then(Item::as_table_like) else {
                    continue;
                };
                for (colorway, _) in files.iter() {
                    out.push((
                        Entry::Artwork {
                            logo: logo.clone(),
                            lockup: lockup.id().unwrap_or_default().to_owned(),
                            colorway: colorway.to_owned(),
                        },
                        table,
                    ));
                }
            }
            by_id(
                "colorway",
                &|id| Entry::Colorway {
                    logo: logo.clone(),
                    id: id.into(),
                },
                &mut out,
            );
            by_index(
                "minimum",
                &|index| Entry::Minimum {
                    logo: logo.clone(),
                    index,
                },
                &mut out,
            );
            by_index(
                "size",
                &|index| Entry::Size {
                    logo: logo.clone(),
                    index,
                },
                &mut out,
            );
        }
    }
    out
}

/// The logo id of `logos/<id>/logo.toml`.
pub fn logo_of_file(file: &str) -> Option<String> {
    let rest = file.strip_prefix("logos/")?;
    let (logo, name) = rest.split_once('/')?;
    (name == "logo.toml").then(|| logo.to_owned())
}

/// The fields of an entry with the spec of each (an artwork entry's path depends on its colourway).
pub fn fields(entry: &Entry) -> impl Iterator<Item = (Field, &'static Spec)> + '_ {
    entry
        .specs()
        .iter()
        .map(move |spec| (Field::new(entry.clone(), spec.key), spec))
}

/// Where a diagnostic at (line, column) of `text` (the file `file`) belongs.
pub fn place_of(file: &str, text: &str, line: usize, column: usize) -> Place {
    let file_place = || Place::File(file.to_owned());
    if line == 0 {
        return file_place();
    }
    let Ok(doc) = toml_edit::Document::parse(text) else {
        return file_place();
    };
    let offset = byte_offset(text, line, column);
    let entries = entries(file, doc.as_table());
    for (entry, table) in &entries {
        for (field, _) in fields(entry) {
            if span_of(table, &field.path()).is_some_and(|r| r.contains(&offset)) {
                return Place::Field(field);
            }
        }
    }
    // Not at a key: the entry whose header comes last before the position.
    entries
        .iter()
        .filter(|(e, _)| !matches!(e, Entry::Artwork { .. }))
        .filter_map(|(e, t)| t.span().map(|s| (s.start, e)))
        .filter(|(start, _)| *start <= offset)
        .max_by_key(|(start, _)| *start)
        .map(|(_, e)| Place::Entry(e.clone()))
        .or_else(|| {
            entries
                .iter()
                .find(|(e, _)| matches!(e, Entry::Logo(_)))
                .map(|(e, _)| Place::Entry(e.clone()))
        })
        .unwrap_or_else(file_place)
}

/// The byte range from a key to the end of its value.
fn span_of(table: &Table, path: &[String]) -> Option<std::ops::Range<usize>> {
    let (last, parents) = path.split_last()?;
    let mut current: &dyn TableLike = table;
    for key in parents {
        current = current.get(key)?.as_table_like()?;
    }
    let key = current.key(last)?.span()?;
    let value = current.get(last)?.span()?;
    Some(key.start.min(value.start)..value.end.max(key.end) + 1)
}

/// The byte offset of a 1-based line and column (in characters).
fn byte_offset(text: &str, line: usize, column: usize) -> usize {
    let start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let rest = &text[start.min(text.len())..];
    start
        + rest
            .char_indices()
            .nth(column.saturating_sub(1))
            .map_or(rest.len(), |(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::manual::edit::field::Key;

    const SENDERS: &str = "# Senders\n\n[[sender]]\nid = \"kommune\"\nkind = \"kommune\"\nname_da = \"K\"\n\n[[sender]]\nid = \"skole\"\nkind = \"institution\"\nname_da = \"S\"\n[sender.contact]\naddress_lines = [\n  \"Vej 1\",\n  \"6400 By\",\n]\nphone = \"ring\"\n";

    #[test]
    fn diagnostics_map_to_fields_and_entries() {
        let skole = Entry::Sender("skole".into());
        assert_eq!(
            place_of("senders.toml", SENDERS, 17, 9),
            Place::Field(Field::new(skole.clone(), Key::Phone))
        );
        assert_eq!(
            place_of("senders.toml", SENDERS, 14, 3),
            Place::Field(Field::new(skole.clone(), Key::AddressLines))
        );
        assert_eq!(
            place_of("senders.toml", SENDERS, 10, 1),
            Place::Field(Field::new(skole.clone(), Key::SenderKind))
        );
        assert_eq!(
            place_of("senders.toml", SENDERS, 9, 1),
            Place::Entry(skole.clone())
        );
        assert_eq!(place_of("senders.toml", SENDERS, 8, 1), Place::Entry(skole));
        assert_eq!(
            place_of("senders.toml", SENDERS, 0, 0),
            Place::File("senders.toml".into())
        );
        assert_eq!(
            place_of("senders.toml", "[[sender", 1, 1),
            Place::File("senders.toml".into())
        );
    }

    #[test]
    fn logo_files_have_all_their_entries() {
        let text = "id = \"x\"\nsender = \"k\"\n[clear_space]\nratio = 0.5\n[[lockup]]\nid = \"h\"\nreference = 1.0\nfiles = { positive = \"h.svg\" }\n[[colorway]]\nid = \"positive\"\n[[minimum]]\nprint_mm = 1\n";
        let doc = toml_edit::Document::parse(text).unwrap();
        let found: Vec<Entry> = entries("logos/x/logo.toml", doc.as_table())
            .into_iter()
            .map(|(e, _)| e)
            .collect();
        let logo = || "x".to_owned();
        assert_eq!(
            found,
            vec![
                Entry::Logo(logo()),
                Entry::Lockup {
                    logo: logo(),
                    id: "h".into()
                },
                Entry::Artwork {
                    logo: logo(),
                    lockup: "h".into(),
                    colorway: "positive".into()
                },
                Entry::Colorway {
                    logo: logo(),
                    id: "positive".into()
                },
                Entry::Minimum {
                    logo: logo(),
                    index: 0
                },
            ]
        );
        assert_eq!(
            place_of("logos/x/logo.toml", text, 4, 9),
            Place::Field(Field::new(Entry::Logo(logo()), Key::ClearSpace))
        );
        assert_eq!(
            place_of("logos/x/logo.toml", text, 8, 22),
            Place::Field(Field::new(
                Entry::Artwork {
                    logo: logo(),
                    lockup: "h".into(),
                    colorway: "positive".into()
                },
                Key::File
            ))
        );
    }
}
