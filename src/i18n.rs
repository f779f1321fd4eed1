//! Languages and the translation catalogue (Fluent). Danish is the default; English is switchable everywhere.
//!
//! Messages live in `assets/i18n/{da,en}/*.ftl`, one pair of files per area (common, compliance, gui, …),
//! compiled into the binary. Every message must exist in both languages; a test checks it.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use unic_langid::langid;

/// The catalogue's files: (name, Danish source, English source). Add a pair per area.
const RESOURCES: &[(&str, &str, &str)] = &[
    (
        "common",
        include_str!("../assets/i18n/da/common.ftl"),
        include_str!("../assets/i18n/en/common.ftl"),
    ),
    (
        "gui",
        include_str!("../assets/i18n/da/gui.ftl"),
        include_str!("../assets/i18n/en/gui.ftl"),
    ),
    (
        "compliance",
        include_str!("../assets/i18n/da/compliance.ftl"),
        include_str!("../assets/i18n/en/compliance.ftl"),
    ),
    (
        "template",
        include_str!("../assets/i18n/da/template.ftl"),
        include_str!("../assets/i18n/en/template.ftl"),
    ),
    (
        "gui_templates",
        include_str!("../assets/i18n/da/gui_templates.ftl"),
        include_str!("../assets/i18n/en/gui_templates.ftl"),
    ),
    (
        "kit",
        include_str!("../assets/i18n/da/kit.ftl"),
        include_str!("../assets/i18n/en/kit.ftl"),
    ),
    (
        "manual",
        include_str!("../assets/i18n/da/manual.ftl"),
        include_str!("../assets/i18n/en/manual.ftl"),
    ),
    (
        "export",
        include_str!("../assets/i18n/da/export.ftl"),
        include_str!("../assets/i18n/en/export.ftl"),
    ),
    (
        "cli",
        include_str!("../assets/i18n/da/cli.ftl"),
        include_str!("../assets/i18n/en/cli.ftl"),
    ),
    (
        "gui_export",
        include_str!("../assets/i18n/da/gui_export.ftl"),
        include_str!("../assets/i18n/en/gui_export.ftl"),
    ),
    (
        "pickers",
        include_str!("../assets/i18n/da/pickers.ftl"),
        include_str!("../assets/i18n/en/pickers.ftl"),
    ),
    (
        "edit",
        include_str!("../assets/i18n/da/edit.ftl"),
        include_str!("../assets/i18n/en/edit.ftl"),
    ),
    (
        "gui-editor",
        include_str!("../assets/i18n/da/gui-editor.ftl"),
        include_str!("../assets/i18n/en/gui-editor.ftl"),
    ),
    (
        "import",
        include_str!("../assets/i18n/da/import.ftl"),
        include_str!("../assets/i18n/en/import.ftl"),
    ),
    (
        "publish",
        include_str!("../assets/i18n/da/publish.ftl"),
        include_str!("../assets/i18n/en/publish.ftl"),
    ),
    (
        "pdf",
        include_str!("../assets/i18n/da/pdf.ftl"),
        include_str!("../assets/i18n/en/pdf.ftl"),
    ),
    (
        "document",
        include_str!("../assets/i18n/da/document.ftl"),
        include_str!("../assets/i18n/en/document.ftl"),
    ),
    (
        "gui_document",
        include_str!("../assets/i18n/da/gui_document.ftl"),
        include_str!("../assets/i18n/en/gui_document.ftl"),
    ),
    (
        "cobrand",
        include_str!("../assets/i18n/da/cobrand.ftl"),
        include_str!("../assets/i18n/en/cobrand.ftl"),
    ),
];

/// The compiled catalogue of both languages.
pub struct Catalog {
    da: FluentBundle<FluentResource>,
    en: FluentBundle<FluentResource>,
}

fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let id = match lang {
        Lang::Da => langid!("da"),
        Lang::En => langid!("en"),
    };
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks: the text goes to terminals, file names and tests as well as the GUI.
    bundle.set_use_isolating(false);
    for (name, da, en) in RESOURCES {
        let source = match lang {
            Lang::Da => *da,
            Lang::En => *en,
        };
        // The sources are compiled in and checked by the tests below; a broken one is a build defect.
        let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(r, errors)| {
            debug_assert!(
                errors.is_empty(),
                "{name}.ftl ({}): {errors:?}",
                lang.code()
            );
            r
        });
        if let Err(errors) = bundle.add_resource(resource) {
            debug_assert!(
                errors.is_empty(),
                "{name}.ftl ({}): {errors:?}",
                lang.code()
            );
        }
    }
    bundle
}

/// The catalogue, built on first use.
pub fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| Catalog {
        da: bundle(Lang::Da),
        en: bundle(Lang::En),
    })
}

impl Catalog {
    /// A message without arguments; a missing message shows its id (and fails the completeness test).
    pub fn tr(&self, lang: Lang, id: &str) -> String {
        self.format(lang, id, None)
    }

    /// A message with arguments, e.g. `&[("value", 25.into())]`.
    pub fn tr_args(&self, lang: Lang, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (k, v) in args {
            fluent_args.set(*k, v.clone());
        }
        self.format(lang, id, Some(&fluent_args))
    }

    /// Whether a message exists in a language.
    pub fn has(&self, lang: Lang, id: &str) -> bool {
        self.bundle(lang).has_message(id)
    }

    fn bundle(&self, lang: Lang) -> &FluentBundle<FluentResource> {
        match lang {
            Lang::Da => &self.da,
            Lang::En => &self.en,
        }
    }

    fn format(&self, lang: Lang, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        let bundle = self.bundle(lang);
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_owned();
        };
        let mut errors = Vec::new();
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
    }
}

/// Shorthand for `catalog().tr(lang, id)`.
pub fn tr(lang: Lang, id: &str) -> String {
    catalog().tr(lang, id)
}

/// Shorthand for `catalog().tr_args(lang, id, args)`.
pub fn tr_args(lang: Lang, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    catalog().tr_args(lang, id, args)
}

/// A number rounded to at most `decimals` decimals, without trailing zeros; decimal comma in Danish. The one
/// number formatter of the program: finding messages, the interface, the CLI and file names (in English, for a
/// decimal point) all use it.
pub fn number(value: f64, decimals: usize, lang: Lang) -> String {
    let mut s = format!("{value:.decimals$}");
    if s.contains('.') {
        s.truncate(s.trim_end_matches('0').trim_end_matches('.').len());
    }
    if s == "-0" {
        s = "0".to_owned();
    }
    match lang {
        Lang::Da => s.replace('.', ","),
        Lang::En => s,
    }
}

/// Message ids defined in a Fluent source (for the completeness test).
pub fn message_ids(source: &str) -> Vec<String> {
    source
        .lines()
        .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_alphabetic()))
        .filter_map(|l| l.split_once('=').map(|(id, _)| id.trim().to_owned()))
        .collect()
}

/// A user-interface and message language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Dansk (default).
    #[default]
    Da,
    /// English.
    En,
}

impl Lang {
    /// Parses `da` or `en` (also `dansk`, `english`, case-insensitive).
    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_ascii_lowercase().as_str() {
            "da" | "dansk" | "danish" | "da-dk" => Some(Lang::Da),
            "en" | "english" | "engelsk" | "en-gb" | "en-us" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Da => "da",
            Lang::En => "en",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_exists_in_both_languages_and_parses() {
        for (name, da, en) in RESOURCES {
            for (lang, source) in [(Lang::Da, da), (Lang::En, en)] {
                let parsed = FluentResource::try_new(source.to_string());
                assert!(
                    parsed.is_ok(),
                    "{name}.ftl ({}) does not parse: {:?}",
                    lang.code(),
                    parsed.err().map(|e| e.1)
                );
            }
            let (da_ids, en_ids) = (message_ids(da), message_ids(en));
            for id in &da_ids {
                assert!(en_ids.contains(id), "{name}: `{id}` is missing in English");
            }
            for id in &en_ids {
                assert!(da_ids.contains(id), "{name}: `{id}` is missing in Danish");
            }
        }
    }

    #[test]
    fn numbers_trim_zeros_and_use_the_language_separator() {
        assert_eq!(number(25.0, 1, Lang::Da), "25");
        assert_eq!(number(24.25, 2, Lang::Da), "24,25");
        assert_eq!(number(0.5, 2, Lang::En), "0.5");
        assert_eq!(number(-0.01, 1, Lang::En), "0");
        assert_eq!(number(1200.0, 0, Lang::Da), "1200");
    }

    #[test]
    fn formats_with_arguments_without_isolation_marks() {
        assert_eq!(
            tr_args(Lang::Da, "units-mm", &[("value", 25.into())]),
            "25 mm"
        );
        assert_eq!(tr(Lang::En, "lang-name"), "English");
        assert_eq!(tr(Lang::Da, "no-such-message"), "no-such-message");
    }
}
