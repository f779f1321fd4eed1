//! The generic edit commands `set`, `add` and `remove`, addressing any entry as `KIND:ID` (`color:groen`,
//! `lockup:kommune/horizontal`, `size:kommune/2`, …) and any key by its name (`cmyk`, `clear-space`, …).

use crate::manual::edit::{Edit, Entry, Field, Key};

/// `set ENTRY KEY VALUE`.
#[derive(Debug, clap::Args)]
pub struct SetArgs {
    /// The entry: programme, changelog:N, color:ID, sender:ID, logo:ID, lockup:LOGO/ID, colorway:LOGO/ID,
    /// artwork:LOGO/LOCKUP/COLORWAY, minimum:LOGO/N, size:LOGO/N, preset:ID, template:ID (N counts from 1).
    pub entry: String,
    /// The key, e.g. cmyk, name-da, clear-space, min-separation (see docs/manual-editing.md).
    pub key: String,
    /// The value as you would type it in the form; an empty value removes an optional key.
    pub value: String,
}

impl SetArgs {
    /// The edit.
    pub fn edit(&self) -> Result<Edit, String> {
        let entry = parse_entry(&self.entry)?;
        let key = parse_key(&entry, &self.key)?;
        super::edit::entry_edit(entry, vec![(key, self.value.clone())], false)
    }
}

/// `add ENTRY KEY=VALUE…`.
#[derive(Debug, clap::Args)]
pub struct AddArgs {
    /// The new entry (as for `set`; for minimum/size/changelog N is where it is inserted).
    pub entry: String,
    /// Its values, `key=value`.
    #[arg(value_name = "KEY=VALUE")]
    pub values: Vec<String>,
}

impl AddArgs {
    /// The edit.
    pub fn edit(&self) -> Result<Edit, String> {
        let entry = parse_entry(&self.entry)?;
        let values = self
            .values
            .iter()
            .map(|kv| {
                let (k, v) = kv
                    .split_once('=')
                    .ok_or_else(|| format!("\"{kv}\": expected key=value"))?;
                Ok((parse_key(&entry, k)?, v.to_owned()))
            })
            .collect::<Result<_, String>>()?;
        Ok(Edit::Add { entry, values })
    }
}

/// `remove ENTRY`.
#[derive(Debug, clap::Args)]
pub struct RemoveArgs {
    /// The entry (as for `set`).
    pub entry: String,
}

impl RemoveArgs {
    /// The edit.
    pub fn edit(&self) -> Result<Edit, String> {
        Ok(Edit::Remove {
            entry: parse_entry(&self.entry)?,
        })
    }
}

/// `color:groen`, `lockup:kommune/horizontal`, `size:kommune/2` (1-based), …
pub fn parse_entry(text: &str) -> Result<Entry, String> {
    let (kind, rest) = text.split_once(':').unwrap_or((text, ""));
    let parts: Vec<String> = rest.split('/').map(str::to_owned).collect();
    let index = |s: &str| -> Result<usize, String> {
        s.parse::<usize>()
            .ok()
            .and_then(|n| n.checked_sub(1))
            .ok_or_else(|| format!("\"{s}\" is not a position (1, 2, …)"))
    };
    let entry = match (kind, &parts[..]) {
        ("programme", _) => Entry::Programme,
        ("changelog", [n]) => Entry::Changelog(index(n)?),
        ("color", [id]) => Entry::Color(id.clone()),
        ("sender", [id]) => Entry::Sender(id.clone()),
        ("logo", [id]) => Entry::Logo(id.clone()),
        ("preset", [id]) => Entry::Preset(id.clone()),
        ("template", [id]) => Entry::Template(id.clone()),
        ("lockup", [logo, id]) => Entry::Lockup {
            logo: logo.clone(),
            id: id.clone(),
        },
        ("colorway", [logo, id]) => Entry::Colorway {
            logo: logo.clone(),
            id: id.clone(),
        },
        ("artwork", [logo, lockup, colorway]) => Entry::Artwork {
            logo: logo.clone(),
            lockup: lockup.clone(),
            colorway: colorway.clone(),
        },
        ("minimum", [logo, n]) => Entry::Minimum {
            logo: logo.clone(),
            index: index(n)?,
        },
        ("size", [logo, n]) => Entry::Size {
            logo: logo.clone(),
            index: index(n)?,
        },
        _ => {
            return Err(format!(
                "\"{text}\" is not an entry: expected e.g. color:groen, sender:bibliotek, logo:kommune, \
                 lockup:kommune/horizontal, size:kommune/1, changelog:1, programme"
            ));
        }
    };
    Ok(entry)
}

/// A key of the entry by its name (`cmyk`, `name-da`, `clear-space`) or its TOML key (`kind`, `min_separation`,
/// `contact.phone`); `_` works as `-`.
pub fn parse_key(entry: &Entry, name: &str) -> Result<Key, String> {
    let norm = |s: &str| s.trim().to_lowercase().replace('_', "-");
    let wanted = norm(name);
    let name_of = |k: Key| k.label_message().trim_start_matches("edit-key-").to_owned();
    let toml_names = |k: Key| -> Vec<String> {
        let path = Field::new(entry.clone(), k).path();
        vec![
            norm(&path.join(".")),
            path.last().map(|l| norm(l)).unwrap_or_default(),
        ]
    };
    entry
        .keys()
        .find(|k| name_of(*k) == wanted)
        .or_else(|| entry.keys().find(|k| toml_names(*k).contains(&wanted)))
        .ok_or_else(|| {
            let known: Vec<String> = entry.keys().map(name_of).collect();
            format!(
                "\"{name}\" is not a key of this entry: expected one of {}",
                known.join(", ")
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_and_keys_parse() {
        assert_eq!(parse_entry("color:groen"), Ok(Entry::Color("groen".into())));
        assert_eq!(
            parse_entry("size:kommune/2"),
            Ok(Entry::Size {
                logo: "kommune".into(),
                index: 1
            })
        );
        assert!(parse_entry("size:kommune/0").is_err());
        assert!(parse_entry("colour:groen").is_err());
        let color = Entry::Color("groen".into());
        assert_eq!(parse_key(&color, "cmyk"), Ok(Key::Cmyk));
        assert_eq!(parse_key(&color, "pantone_c"), Ok(Key::PantoneC));
        assert!(parse_key(&color, "phone").unwrap_err().contains("cmyk"));
        let sender = Entry::Sender("x".into());
        assert_eq!(
            parse_key(&sender, "min_separation"),
            Ok(Key::CobrandingSeparation)
        );
        assert_eq!(
            parse_key(&sender, "cobranding-separation"),
            Ok(Key::CobrandingSeparation)
        );
        assert_eq!(parse_key(&sender, "kind"), Ok(Key::SenderKind));
        assert_eq!(parse_key(&sender, "contact.phone"), Ok(Key::Phone));
        assert!(
            parse_key(&sender, "colour")
                .unwrap_err()
                .contains("sender-kind, parent")
        );
    }
}
