//! Finding texts from the translation catalogue, in both languages at once, with arguments formatted per
//! language (numbers with a decimal comma in Danish, names in the language, lists joined with "eller"/"or").

use fluent_bundle::FluentValue;

use crate::i18n::{self, Lang, number};
use crate::manual::{Format, Text};

use super::finding::Quantity;

/// An argument of a catalogue message.
pub(crate) enum Arg<'a> {
    /// A value with its unit, formatted per language.
    Q(Quantity),
    /// A measured value shown next to its limit: never rounded to read like the limit.
    M(Quantity, Quantity),
    /// A name the manual gives in both languages.
    T(&'a Text),
    /// Text that is the same in both languages (ids, file names, HEX).
    S(&'a str),
    /// Like [`Arg::S`], made for this message.
    Own(String),
    /// A plain number, formatted per language (at most two decimals).
    N(f64),
    /// A list, joined as "a, b eller c" / "a, b or c".
    Or(Vec<Arg<'a>>),
}

impl Arg<'_> {
    fn render(&self, lang: Lang) -> String {
        match self {
            Arg::Q(q) => q.display(lang),
            Arg::M(q, limit) => q.display_next_to(limit, lang),
            Arg::T(t) => t.get(lang).to_owned(),
            Arg::S(s) => (*s).to_owned(),
            Arg::Own(s) => s.clone(),
            Arg::N(v) => number(*v, 2, lang),
            Arg::Or(items) => {
                let items: Vec<String> = items.iter().map(|a| a.render(lang)).collect();
                match items.split_last() {
                    None => String::new(),
                    Some((last, [])) => last.clone(),
                    Some((last, rest)) => format!(
                        "{} {} {last}",
                        rest.join(", "),
                        i18n::tr(lang, "compliance-or")
                    ),
                }
            }
        }
    }
}

/// A catalogue message in Danish and English.
pub(crate) fn text(id: &str, args: &[(&str, Arg<'_>)]) -> Text {
    let one = |lang: Lang| {
        let values: Vec<(&str, FluentValue<'_>)> = args
            .iter()
            .map(|(k, a)| (*k, FluentValue::from(a.render(lang))))
            .collect();
        i18n::tr_args(lang, id, &values)
    };
    Text {
        da: one(Lang::Da),
        en: one(Lang::En),
    }
}

/// A file format as users name it: PDF, PNG, JPEG, SVG, ICO.
pub(crate) fn format_name(format: Format) -> &'static str {
    match format {
        Format::Pdf => "PDF",
        Format::Png => "PNG",
        Format::Jpeg => "JPEG",
        Format::Svg => "SVG",
        Format::Ico => "ICO",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_join_with_or() {
        let a = Arg::Or(vec![Arg::S("PDF"), Arg::S("PNG"), Arg::S("SVG")]);
        assert_eq!(a.render(Lang::Da), "PDF, PNG eller SVG");
        assert_eq!(a.render(Lang::En), "PDF, PNG or SVG");
        assert_eq!(Arg::Or(vec![Arg::S("PNG")]).render(Lang::En), "PNG");
    }
}
