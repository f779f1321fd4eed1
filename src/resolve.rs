//! Names people type for what the manual holds: a logo, colour, sender, preset, lockup or colourway given by
//! its id, its Danish or English name or one of its synonyms — spelt as the search spells it ("grøn",
//! "groen" and "Grøn" alike, [`crate::search::fold`]). The CLI resolves its arguments here; anything else that
//! takes typed names should too.
//!
//! A name resolves when it is an id, or when its folded form equals the folded id, a name or a synonym of
//! exactly one item. Otherwise [`Unresolved`] carries suggestions: the items the search finds for it (every
//! word of it in their names, [`crate::search::Query`]), else the nearest by spelling, and the ids that
//! exist when there are few enough to list.

use fluent_bundle::FluentValue;

use crate::i18n::{self, Lang};
use crate::manual::{Logo, Manual};
use crate::search::{Query, fold};

/// Above this many items, an error lists only the nearest ids, not all of them.
const LIST_LIMIT: usize = 20;
/// At most this many suggestions.
const SUGGESTIONS: usize = 3;

/// What kind of thing a name was meant to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A logo.
    Logo,
    /// A palette colour (optionally with `@tint`).
    Color,
    /// A sender.
    Sender,
    /// A preset.
    Preset,
    /// A lockup of a logo.
    Lockup,
    /// A colourway of a logo.
    Colorway,
}

impl Kind {
    fn key(self) -> &'static str {
        match self {
            Kind::Logo => "logo",
            Kind::Color => "color",
            Kind::Sender => "sender",
            Kind::Preset => "preset",
            Kind::Lockup => "lockup",
            Kind::Colorway => "colorway",
        }
    }
}

/// How a name resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    /// The id.
    pub id: String,
    /// Whether the name was not the id itself (an interface may say which id it took).
    pub by_name: bool,
}

/// A name that is nothing of its kind in the manual.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.message(Lang::En))]
pub struct Unresolved {
    /// What it was meant to be.
    pub kind: Kind,
    /// What was typed.
    pub given: String,
    /// The ids it most likely meant, best first (maybe none).
    pub suggestions: Vec<String>,
    /// Every id of the kind, when there are few enough to list (else empty).
    pub known: Vec<String>,
}

impl Unresolved {
    /// The error in a language: what is unknown, what it may have meant, what exists.
    pub fn message(&self, lang: Lang) -> String {
        let (open, close) = match lang {
            Lang::Da => ("»", "«"),
            Lang::En => ("“", "”"),
        };
        let list = |ids: &[String]| {
            FluentValue::from(
                ids.iter()
                    .map(|id| format!("{open}{id}{close}"))
                    .collect::<Vec<_>>()
                    .join(", "),
            )
        };
        let mut text = i18n::tr_args(
            lang,
            "resolve-unknown",
            &[
                ("kind", FluentValue::from(self.kind.key())),
                ("given", FluentValue::from(self.given.as_str())),
            ],
        );
        if !self.suggestions.is_empty() {
            text.push(' ');
            text.push_str(&i18n::tr_args(
                lang,
                "resolve-did-you-mean",
                &[("ids", list(&self.suggestions))],
            ));
        }
        if !self.known.is_empty() {
            text.push(' ');
            text.push_str(&i18n::tr_args(
                lang,
                "resolve-known",
                &[
                    ("kind", FluentValue::from(self.kind.key())),
                    ("ids", list(&self.known)),
                ],
            ));
        }
        text
    }
}

/// One item that a name may mean: its id and every word it is known by.
struct Item<'a> {
    id: &'a str,
    names: Vec<&'a str>,
}

/// A logo by id, name or synonym.
pub fn logo(manual: &Manual, given: &str) -> Result<Resolved, Unresolved> {
    let items = manual.logos.iter().map(|l| Item {
        id: &l.id,
        names: names(&l.name, &l.synonyms),
    });
    resolve(Kind::Logo, given, items.collect())
}

/// A palette colour by id, name or synonym, with an optional tint kept as given: `grøn@40` → `groen@40`.
pub fn color(manual: &Manual, given: &str) -> Result<Resolved, Unresolved> {
    let (name, tint) = match given.split_once('@') {
        Some((name, tint)) => (name, Some(tint)),
        None => (given, None),
    };
    let items = manual.colors.iter().map(|c| Item {
        id: &c.id,
        names: names(&c.name, &c.synonyms),
    });
    let resolved = resolve(Kind::Color, name, items.collect()).map_err(|mut e| {
        e.given = given.to_owned();
        e
    })?;
    Ok(match tint {
        Some(tint) => Resolved {
            id: format!("{}@{tint}", resolved.id),
            ..resolved
        },
        None => resolved,
    })
}

/// A sender by id, name or synonym.
pub fn sender(manual: &Manual, given: &str) -> Result<Resolved, Unresolved> {
    let items = manual.senders.iter().map(|s| Item {
        id: &s.id,
        names: names(&s.name, &s.synonyms),
    });
    resolve(Kind::Sender, given, items.collect())
}

/// A preset by id or name ("Plakat A3").
pub fn preset(manual: &Manual, given: &str) -> Result<Resolved, Unresolved> {
    let items = manual.presets.iter().map(|p| Item {
        id: &p.id,
        names: names(&p.name, &[]),
    });
    resolve(Kind::Preset, given, items.collect())
}

/// A lockup of a logo by id or name ("Liggende").
pub fn lockup(logo: &Logo, given: &str) -> Result<Resolved, Unresolved> {
    let items = logo.lockups.iter().map(|l| Item {
        id: &l.id,
        names: names(&l.name, &[]),
    });
    resolve(Kind::Lockup, given, items.collect())
}

/// A colourway of a logo by id or name ("Sort").
pub fn colorway(logo: &Logo, given: &str) -> Result<Resolved, Unresolved> {
    let items = logo.colorways.iter().map(|c| Item {
        id: &c.id,
        names: names(&c.name, &[]),
    });
    resolve(Kind::Colorway, given, items.collect())
}

fn names<'a>(name: &'a crate::manual::Text, synonyms: &'a [String]) -> Vec<&'a str> {
    let mut names = vec![name.da.as_str(), name.en.as_str()];
    names.extend(synonyms.iter().map(String::as_str));
    names
}

/// Folded and with runs of spaces collapsed, for comparing whole names.
fn key(text: &str) -> String {
    fold(text).split_whitespace().collect::<Vec<_>>().join(" ")
}

fn resolve(kind: Kind, given: &str, items: Vec<Item<'_>>) -> Result<Resolved, Unresolved> {
    if items.iter().any(|i| i.id == given) {
        return Ok(Resolved {
            id: given.to_owned(),
            by_name: false,
        });
    }
    let wanted = key(given);
    let exact: Vec<&Item<'_>> = items
        .iter()
        .filter(|i| {
            !wanted.is_empty() && (key(i.id) == wanted || i.names.iter().any(|n| key(n) == wanted))
        })
        .collect();
    if let [one] = exact.as_slice() {
        return Ok(Resolved {
            id: one.id.to_owned(),
            by_name: true,
        });
    }
    let suggestions: Vec<String> = if exact.is_empty() {
        suggest(&wanted, &items)
    } else {
        exact.iter().map(|i| i.id.to_owned()).collect()
    };
    let known = if items.len() <= LIST_LIMIT {
        items.iter().map(|i| i.id.to_owned()).collect()
    } else {
        Vec::new()
    };
    Err(Unresolved {
        kind,
        given: given.to_owned(),
        suggestions,
        known,
    })
}

/// What the search finds for the name (every word in the item's words); else the items nearest in spelling.
fn suggest(wanted: &str, items: &[Item<'_>]) -> Vec<String> {
    let query = Query::parse(wanted);
    if query.is_empty() {
        return Vec::new();
    }
    let found: Vec<String> = items
        .iter()
        .filter(|i| {
            let haystack = crate::search::haystack(std::iter::once(i.id).chain(i.names.clone()));
            query.matches(&haystack)
        })
        .take(SUGGESTIONS)
        .map(|i| i.id.to_owned())
        .collect();
    if !found.is_empty() {
        return found;
    }
    let mut near: Vec<(usize, &str)> = items
        .iter()
        .filter_map(|i| {
            let distance = std::iter::once(i.id)
                .chain(i.names.iter().copied())
                .map(|n| distance(wanted, &key(n)))
                .min()?;
            let limit = (wanted.chars().count() / 3).max(2);
            (distance <= limit).then_some((distance, i.id))
        })
        .collect();
    near.sort();
    near.into_iter()
        .take(SUGGESTIONS)
        .map(|(_, id)| id.to_owned())
        .collect()
}

/// Levenshtein distance in characters.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1)
                .min(row[j] + 1)
                .min(diagonal + usize::from(ca != *cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::manual::load_embedded;

    #[test]
    fn ids_names_and_synonyms_resolve_as_the_search_spells_them() {
        let loaded = load_embedded();
        let m = &loaded.manual;
        let id =
            |r: Result<Resolved, Unresolved>| r.map(|r| r.id).unwrap_or_else(|e| e.to_string());
        assert_eq!(id(color(m, "groen")), "groen");
        assert_eq!(id(color(m, "grøn")), "groen");
        assert_eq!(id(color(m, "Sønderborg-grøn")), "groen");
        assert_eq!(id(color(m, "green@40")), "groen@40");
        assert_eq!(id(color(m, "Skovgrøn")), "skovgroen");
        assert_eq!(id(logo(m, "Kærhaveskolen – logo")), "kaerhaveskolen");
        assert_eq!(id(logo(m, "byvåben")), "kommune");
        assert_eq!(id(sender(m, "Plejecenter Solbakken")), "solbakken");
        assert_eq!(id(preset(m, "logo til plakat a3")), "poster-a3");
        assert_eq!(
            preset(m, "plakat A3").unwrap_err().suggestions,
            ["poster-a3"]
        );
        let kommune = m.logo("kommune").unwrap();
        assert_eq!(id(colorway(kommune, "Sort")), "black");
        assert_eq!(id(lockup(kommune, "liggende")), "horizontal");
        assert!(!logo(m, "kommune").unwrap().by_name);
        assert!(logo(m, "byvåben").unwrap().by_name);
    }

    #[test]
    fn unknown_names_suggest_what_the_search_finds_or_the_nearest() {
        let loaded = load_embedded();
        let m = &loaded.manual;
        let e = logo(m, "skolen").unwrap_err();
        assert_eq!(e.suggestions, ["kaerhaveskolen"]);
        assert_eq!(e.known.len(), m.logos.len());
        // A synonym several logos share is ambiguous: all of them are suggested.
        let e = logo(m, "institutionslogo").unwrap_err();
        assert_eq!(e.suggestions.len(), 3, "{e:?}");
        // A typo: the nearest spelling.
        let e = color(m, "skovgren").unwrap_err();
        assert_eq!(e.suggestions, ["skovgroen"]);
        assert_eq!(e.given, "skovgren");
        assert_eq!(
            logo(m, "skolen").unwrap_err().message(Lang::Da),
            "Designmanualen har intet logo, der hedder »skolen«. Mente du »kaerhaveskolen«? \
             Logoerne er: »bibliotek«, »kaerhaveskolen«, »kommune«, »solbakken«."
        );
        assert!(
            logo(m, "zzz")
                .unwrap_err()
                .message(Lang::En)
                .starts_with("The design manual has no logo called “zzz”. The logos are:")
        );
    }

    #[test]
    fn distance_counts_edits() {
        assert_eq!(distance("groen", "groen"), 0);
        assert_eq!(distance("gron", "groen"), 1);
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("kitten", "sitting"), 3);
    }
}
