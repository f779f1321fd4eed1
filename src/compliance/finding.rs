//! What a rule reports: a finding with its severity, the measured and the required value, the message in
//! Danish and English, the manual chapter it comes from and a suggested fix.

use serde::Serialize;

use crate::i18n::Lang;
use crate::manual::{Chapter, Text};

use crate::i18n::number;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Breaks the design manual: the export is refused (blokerende).
    Blocking,
    /// Allowed, but the user should know why it may go wrong (advarsel).
    Warning,
    /// What the program decided on the user's behalf (info).
    Info,
}

/// The unit of a [`Quantity`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Unit {
    /// Millimetres at final (printed) size.
    Mm,
    /// Screen pixels (CSS px for e-mail signatures: the file's pixels ÷ its display scale).
    Px,
    /// Pixels per inch at final size.
    Ppi,
    /// A WCAG contrast ratio (the `x` of `x:1`).
    Ratio,
    /// Characters of text (template fields).
    Chars,
}

/// A measured or required value with its unit.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Quantity {
    /// The exact value (rounded only for display).
    pub value: f64,
    /// Its unit.
    pub unit: Unit,
}

impl Quantity {
    /// A quantity.
    pub fn new(value: f64, unit: Unit) -> Quantity {
        Quantity { value, unit }
    }

    /// For people: mm and px to 0.1, ppi whole, ratios to 0.01 as `4,5:1`; decimal comma in Danish.
    pub fn display(&self, lang: Lang) -> String {
        self.display_with(self.decimals(), lang)
    }

    /// Like [`Quantity::display`], with as many more decimals (up to three) as it takes to read differently
    /// from `other` when the values differ: a contrast of 2.9953 next to a limit of 3 reads "2,995:1", not
    /// "3:1".
    pub fn display_next_to(&self, other: &Quantity, lang: Lang) -> String {
        let base = self.decimals();
        let other = other.display_with(base + 3, lang);
        (base..=base + 3)
            .map(|d| self.display_with(d, lang))
            .find(|s| *s != other)
            .unwrap_or_else(|| self.display(lang))
    }

    fn decimals(&self) -> usize {
        match self.unit {
            Unit::Mm | Unit::Px => 1,
            Unit::Ppi | Unit::Chars => 0,
            Unit::Ratio => 2,
        }
    }

    fn display_with(&self, decimals: usize, lang: Lang) -> String {
        let n = number(self.value, decimals, lang);
        match self.unit {
            Unit::Mm => format!("{n} mm"),
            Unit::Px => format!("{n} px"),
            Unit::Ppi => format!("{n} ppi"),
            Unit::Ratio => format!("{n}:1"),
            Unit::Chars => crate::i18n::tr_args(
                lang,
                "unit-chars",
                &[(
                    "count",
                    fluent_bundle::FluentValue::from(self.value.round()),
                )],
            ),
        }
    }
}

/// One finding of one rule.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// Stable rule id, e.g. `logo.minimum-size` (listed in docs/compliance.md).
    pub rule: &'static str,
    /// Severity.
    pub severity: Severity,
    /// What the request would give, if the rule measures something.
    pub measured: Option<Quantity>,
    /// What the manual requires.
    pub required: Option<Quantity>,
    /// What is wrong, in Danish and English.
    pub message: Text,
    /// The chapter of the manual the rule comes from.
    pub chapter: Option<Chapter>,
    /// What to do instead, if there is a concrete suggestion.
    pub fix: Option<Text>,
}

impl Finding {
    /// A finding without measurements, chapter or fix.
    pub fn new(rule: &'static str, severity: Severity, message: Text) -> Finding {
        Finding {
            rule,
            severity,
            measured: None,
            required: None,
            message,
            chapter: None,
            fix: None,
        }
    }

    /// With the measured and the required value.
    pub fn measure(mut self, measured: Quantity, required: Quantity) -> Finding {
        self.measured = Some(measured);
        self.required = Some(required);
        self
    }

    /// With a suggested fix.
    pub fn fix(mut self, fix: Text) -> Finding {
        self.fix = Some(fix);
        self
    }

    /// Citing a chapter of the manual.
    pub fn chapter(mut self, chapter: Option<&Chapter>) -> Finding {
        self.chapter = chapter.cloned();
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantities_read_the_danish_way_in_danish() {
        let q = |v, u| Quantity::new(v, u);
        assert_eq!(q(25.0, Unit::Mm).display(Lang::Da), "25 mm");
        assert_eq!(q(16.478, Unit::Mm).display(Lang::Da), "16,5 mm");
        assert_eq!(q(16.478, Unit::Mm).display(Lang::En), "16.5 mm");
        assert_eq!(q(4.5, Unit::Ratio).display(Lang::Da), "4,5:1");
        assert_eq!(q(3.0, Unit::Ratio).display(Lang::En), "3:1");
        assert_eq!(q(4.5417, Unit::Ratio).display(Lang::Da), "4,54:1");
        assert_eq!(q(299.6, Unit::Ppi).display(Lang::Da), "300 ppi");
        assert_eq!(q(120.0, Unit::Px).display(Lang::En), "120 px");
        let limit = q(3.0, Unit::Ratio);
        assert_eq!(
            q(2.9953, Unit::Ratio).display_next_to(&limit, Lang::Da),
            "2,995:1"
        );
        assert_eq!(q(1.0, Unit::Ratio).display_next_to(&limit, Lang::Da), "1:1");
        assert_eq!(
            q(29.96, Unit::Mm).display_next_to(&q(30.0, Unit::Mm), Lang::En),
            "29.96 mm"
        );
    }
}
