//! Changes to one TOML file with `toml_edit`: everything not changed — comments, blank lines, key order, the
//! way values are written — stays exactly as it was.

use toml_edit::{ArrayOfTables, DocumentMut, InlineTable, Item, Table, TableLike, Value};

use super::field::{Entry, Locator};

/// Parses a file for editing; `None` when it is not valid TOML (the loader reports where).
pub fn parse(text: &str) -> Option<DocumentMut> {
    text.parse::<DocumentMut>().ok()
}

/// The table of an entry, if the file has it.
pub fn entry<'d>(doc: &'d DocumentMut, entry: &Entry) -> Option<&'d Table> {
    let root = doc.as_table();
    match entry.locator() {
        Locator::Root => Some(root),
        Locator::Table(key) => root.get(key)?.as_table(),
        Locator::ById(array, id) => {
            let aot = root.get(array)?.as_array_of_tables()?;
            aot.iter().find(|t| id_of(t) == Some(id))
        }
        Locator::ByIndex(array, index) => root.get(array)?.as_array_of_tables()?.get(index),
    }
}

/// The table of an entry, for changing it.
pub fn entry_mut<'d>(doc: &'d mut DocumentMut, entry: &Entry) -> Option<&'d mut Table> {
    let root = doc.as_table_mut();
    match entry.locator() {
        Locator::Root => Some(root),
        Locator::Table(key) => root.get_mut(key)?.as_table_mut(),
        Locator::ById(array, id) => {
            let aot = root.get_mut(array)?.as_array_of_tables_mut()?;
            aot.iter_mut().find(|t| id_of(t) == Some(id))
        }
        Locator::ByIndex(array, index) => root
            .get_mut(array)?
            .as_array_of_tables_mut()?
            .get_mut(index),
    }
}

/// The `id` of a table.
pub fn id_of(table: &Table) -> Option<&str> {
    table.get("id")?.as_str()
}

/// The value at `path` inside a table (through sub-tables and inline tables).
pub fn value_at<'t>(table: &'t Table, path: &[String]) -> Option<&'t Value> {
    let (last, parents) = path.split_last()?;
    let mut current: &dyn TableLike = table;
    for key in parents {
        current = current.get(key)?.as_table_like()?;
    }
    current.get(last)?.as_value()
}

/// Sets (or, with `None`, removes) the value at `path`, creating the tables on the way. An existing value
/// keeps its decoration (the comment after it). Sub-tables left empty by a removal are removed.
pub fn set_value(table: &mut Table, path: &[String], value: Option<Value>) {
    let Some((last, parents)) = path.split_last() else {
        return;
    };
    match value {
        Some(value) => {
            let mut current: &mut dyn TableLike = table;
            for key in parents {
                if current.get(key).and_then(Item::as_table_like).is_none() {
                    current.insert(key, new_container(key));
                }
                let Some(next) = current.get_mut(key).and_then(Item::as_table_like_mut) else {
                    return;
                };
                current = next;
            }
            match current.get_mut(last).and_then(Item::as_value_mut) {
                Some(old) => {
                    let decor = old.decor().clone();
                    *old = value;
                    *old.decor_mut() = decor;
                }
                None => {
                    current.insert(last, Item::Value(value));
                }
            }
            tidy_inline(table, parents);
        }
        None => {
            remove_at(table, path);
            tidy_inline(table, parents);
        }
    }
}

/// An inline table that gained or lost a key is written the standard way (`{ a = "x", b = "y" }`).
fn tidy_inline(table: &mut Table, parents: &[String]) {
    let mut item: Option<&mut Item> = None;
    for key in parents {
        let next = match item {
            None => table.get_mut(key),
            Some(i) => i.as_table_like_mut().and_then(|t| t.get_mut(key)),
        };
        let Some(next) = next else {
            return;
        };
        item = Some(next);
    }
    if let Some(inline) = item.and_then(Item::as_inline_table_mut) {
        inline.fmt();
    }
}

/// `files` is written inline (`files = { positive = "…" }`), everything else as a `[sub.table]`.
fn new_container(key: &str) -> Item {
    if key == "files" {
        Item::Value(Value::InlineTable(InlineTable::new()))
    } else {
        // `[sender.contact]` right under its entry's keys, as the manual writes it
        let mut table = Table::new();
        table.decor_mut().set_prefix("");
        Item::Table(table)
    }
}

fn remove_at(table: &mut dyn TableLike, path: &[String]) {
    match path {
        [] => {}
        [last] => {
            table.remove(last);
        }
        [first, rest @ ..] => {
            let now_empty = match table.get_mut(first).and_then(Item::as_table_like_mut) {
                Some(sub) => {
                    remove_at(sub, rest);
                    sub.is_empty()
                }
                None => false,
            };
            if now_empty && first != "files" {
                table.remove(first);
            }
        }
    }
}

/// The array of tables `name` at the top of a document, created when missing.
pub fn array_mut<'d>(doc: &'d mut DocumentMut, name: &str) -> Option<&'d mut ArrayOfTables> {
    let root = doc.as_table_mut();
    if !root.contains_key(name) {
        root.insert(name, Item::ArrayOfTables(ArrayOfTables::new()));
    }
    root.get_mut(name)?.as_array_of_tables_mut()
}

/// Inserts a new entry into an array of tables at `index` (the end when `None`), separated by a blank line.
/// Inserted first, it takes over the comment block that stood above the old first entry.
pub fn insert_entry(aot: &mut ArrayOfTables, index: Option<usize>, mut table: Table) {
    table.decor_mut().set_prefix("\n");
    let index = index.unwrap_or(aot.len()).min(aot.len());
    if index == 0
        && let Some(first) = aot.get_mut(0)
    {
        let comments = first.decor().clone();
        first.decor_mut().set_prefix("\n");
        *table.decor_mut() = comments;
    }
    aot.insert(index, table);
}

/// Removes the entry at `index`; a comment block above it moves to the entry that follows.
pub fn remove_entry(aot: &mut ArrayOfTables, index: usize) {
    if index >= aot.len() {
        return;
    }
    let removed = aot.remove(index);
    let prefix = removed
        .decor()
        .prefix()
        .and_then(|p| p.as_str())
        .unwrap_or_default()
        .to_owned();
    if prefix.contains('#')
        && let Some(next) = aot.get_mut(index)
    {
        // Keep every comment: the removed entry's block, then the next entry's own.
        let own = next
            .decor()
            .prefix()
            .and_then(|p| p.as_str())
            .unwrap_or_default()
            .trim_start_matches('\n')
            .to_owned();
        next.decor_mut().set_prefix(format!("{prefix}{own}"));
    }
}

/// A new table holding `values` in the given order.
pub fn new_table(values: Vec<(Vec<String>, Value)>) -> Table {
    let mut table = Table::new();
    for (path, value) in values {
        set_value(&mut table, &path, Some(value));
    }
    table
}

#[cfg(test)]
mod tests {
    use super::*;

    const COLORS: &str = "# Palette\n\n# --- Primary ---\n\n[[color]]\nid = \"groen\"\ncmyk = [90, 20, 85, 10]   # authored\nhex = \"#00734a\"\n\n# --- Neutral ---\n\n[[color]]\nid = \"hvid\"\ncmyk = [0, 0, 0, 0]\n";

    fn path(p: &[&str]) -> Vec<String> {
        p.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn setting_a_value_keeps_everything_else() {
        let mut doc = parse(COLORS).unwrap();
        let t = entry_mut(&mut doc, &Entry::Color("groen".into())).unwrap();
        let cmyk = super::super::value::to_value(super::super::Shape::Numbers(4), "92,18,85,8");
        set_value(t, &path(&["cmyk"]), cmyk);
        assert_eq!(
            doc.to_string(),
            COLORS.replace("[90, 20, 85, 10]", "[92, 18, 85, 8]")
        );
    }

    #[test]
    fn nested_tables_are_created_and_removed() {
        let mut doc =
            parse("[[sender]]\nid = \"a\"\nname_da = \"A\"\n\n[[sender]]\nid = \"b\"\n").unwrap();
        let t = entry_mut(&mut doc, &Entry::Sender("a".into())).unwrap();
        set_value(t, &path(&["contact", "phone"]), Some(Value::from("+45 1")));
        assert_eq!(
            doc.to_string(),
            "[[sender]]\nid = \"a\"\nname_da = \"A\"\n[sender.contact]\nphone = \"+45 1\"\n\n[[sender]]\nid = \"b\"\n"
        );
        let t = entry_mut(&mut doc, &Entry::Sender("a".into())).unwrap();
        set_value(t, &path(&["contact", "phone"]), None);
        assert_eq!(
            doc.to_string(),
            "[[sender]]\nid = \"a\"\nname_da = \"A\"\n\n[[sender]]\nid = \"b\"\n"
        );
    }

    #[test]
    fn entries_are_inserted_and_removed_with_their_comments() {
        let mut doc = parse(COLORS).unwrap();
        let aot = array_mut(&mut doc, "color").unwrap();
        let new = new_table(vec![(path(&["id"]), Value::from("sort"))]);
        insert_entry(aot, None, new);
        assert!(
            doc.to_string()
                .ends_with("cmyk = [0, 0, 0, 0]\n\n[[color]]\nid = \"sort\"\n")
        );

        let mut doc = parse(COLORS).unwrap();
        let aot = array_mut(&mut doc, "color").unwrap();
        insert_entry(
            aot,
            Some(0),
            new_table(vec![(path(&["id"]), Value::from("ny"))]),
        );
        assert!(
            doc.to_string().starts_with("# Palette\n\n# --- Primary ---\n\n[[color]]\nid = \"ny\"\n\n[[color]]\nid = \"groen\""),
            "{doc}"
        );

        let mut doc = parse(COLORS).unwrap();
        let aot = array_mut(&mut doc, "color").unwrap();
        remove_entry(aot, 0);
        assert_eq!(
            doc.to_string(),
            "# Palette\n\n# --- Primary ---\n\n# --- Neutral ---\n\n[[color]]\nid = \"hvid\"\ncmyk = [0, 0, 0, 0]\n"
        );
    }

    #[test]
    fn inline_files_table() {
        let mut doc =
            parse("[[lockup]]\nid = \"h\"\nfiles = { positive = \"h-p.svg\" }\n").unwrap();
        let lockup = Entry::Lockup {
            logo: "x".into(),
            id: "h".into(),
        };
        let t = entry_mut(&mut doc, &lockup).unwrap();
        set_value(t, &path(&["files", "spot"]), Some(Value::from("h-s.svg")));
        assert_eq!(
            doc.to_string(),
            "[[lockup]]\nid = \"h\"\nfiles = { positive = \"h-p.svg\", spot = \"h-s.svg\" }\n"
        );
        let t = entry(&doc, &lockup).unwrap();
        assert_eq!(
            value_at(t, &path(&["files", "spot"])).and_then(Value::as_str),
            Some("h-s.svg")
        );
    }
}
