//! Searching the manual's logos by what people call them, in Danish or English.
//!
//! Each logo is indexed under its Danish and English names, its synonyms, its id, and the names and synonyms
//! of the sender that owns it. Text is folded the way people type it: lowercase, with æ/ø/å also matching
//! "ae"/"oe"/"aa". A query matches when every word of it occurs in the logo's words (so "kommune logo" and
//! "byvåben" both find the kommune's logo).

use crate::manual::Manual;

/// A search index over a manual's logos, built once per loaded manual.
#[derive(Debug, Clone, Default)]
pub struct Index {
    /// One folded haystack per logo, in the manual's logo order.
    haystacks: Vec<String>,
}

impl Index {
    /// Indexes every logo of a manual.
    pub fn new(manual: &Manual) -> Index {
        let haystacks = manual
            .logos
            .iter()
            .map(|logo| {
                let mut words: Vec<&str> = vec![&logo.id, &logo.name.da, &logo.name.en];
                words.extend(logo.synonyms.iter().map(String::as_str));
                if let Some(sender) = manual.sender(&logo.sender) {
                    words.extend([sender.name.da.as_str(), sender.name.en.as_str()]);
                    words.extend(sender.synonyms.iter().map(String::as_str));
                }
                haystack(words)
            })
            .collect();
        Index { haystacks }
    }

    /// Number of indexed logos.
    pub fn len(&self) -> usize {
        self.haystacks.len()
    }

    /// Whether the index is empty.
    pub fn is_empty(&self) -> bool {
        self.haystacks.is_empty()
    }

    /// Whether the logo at `position` (in manual order) matches the query. An empty query matches everything.
    pub fn matches(&self, position: usize, query: &Query) -> bool {
        self.haystacks
            .get(position)
            .is_some_and(|h| query.matches(h))
    }

    /// Positions (in manual order) of the logos matching a query.
    pub fn search(&self, query: &Query) -> Vec<usize> {
        (0..self.haystacks.len())
            .filter(|&i| self.matches(i, query))
            .collect()
    }
}

/// A parsed query: its folded words.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    words: Vec<String>,
}

impl Query {
    /// Parses what the user typed.
    pub fn parse(text: &str) -> Query {
        Query {
            words: fold(text).split_whitespace().map(str::to_owned).collect(),
        }
    }

    /// Whether every word of the query occurs in a [`haystack`].
    pub fn matches(&self, haystack: &str) -> bool {
        self.words.iter().all(|w| haystack.contains(w.as_str()))
    }

    /// Whether the query has no words (matches everything).
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

/// The folded words something is known by, as one string a [`Query`] matches against.
pub fn haystack<'a>(words: impl IntoIterator<Item = &'a str>) -> String {
    let mut haystack = String::new();
    for word in words {
        haystack.push(' ');
        haystack.push_str(&fold(word));
    }
    haystack
}

/// Folds text for matching: lowercase; æ, ø, å (and ä, ö, é, ü) to their ASCII spellings; punctuation to
/// spaces. Both the index and the query go through it, so "byvåben" and "byvaaben" match alike.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        match crate::naming::ascii_spelling(c) {
            Some(spelling) => out.push_str(spelling),
            None if c.is_alphanumeric() => out.push(c),
            None => out.push(' '),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::manual::load_embedded;

    fn ids(manual: &Manual, query: &str) -> Vec<String> {
        Index::new(manual)
            .search(&Query::parse(query))
            .into_iter()
            .map(|i| manual.logos[i].id.clone())
            .collect()
    }

    #[test]
    fn finds_logos_by_danish_and_english_names_and_synonyms() {
        let loaded = load_embedded();
        let m = &loaded.manual;
        assert_eq!(ids(m, "").len(), m.logos.len());
        assert_eq!(ids(m, "byvåben"), ["kommune"]);
        assert_eq!(ids(m, "BYVAABEN"), ["kommune"]);
        assert_eq!(ids(m, "bomærke"), ["kommune"]);
        assert_eq!(ids(m, "library"), ["bibliotek"]);
        assert_eq!(ids(m, "plejehjem"), ["solbakken"]);
        assert!(ids(m, "logo").len() >= 4, "every logo is called a logo");
        assert_eq!(ids(m, "solbakken logo"), ["solbakken"]);
        assert!(ids(m, "no such thing").is_empty());
    }

    #[test]
    fn folding_handles_danish_letters_and_punctuation() {
        assert_eq!(
            fold("Sønderborg Kommune – logo"),
            "soenderborg kommune   logo"
        );
        assert_eq!(fold("Kærhave/Åbenrå"), "kaerhave aabenraa");
    }
}
