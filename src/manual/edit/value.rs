//! From what a user types to a TOML value and back, and the field-level checks of a value.
//!
//! Text that does not fit the field's shape is kept as a TOML string rather than dropped: the edit is not lost,
//! the field shows what is wrong ([`check`]) and saving is refused until it is fixed. Nothing is ever derived
//! or filled in: a value is written exactly as typed (numbers keep their decimals, `92` stays `92`).
//!
//! The form rules of the manual format that a single value can break (CMYK 0–100, `#rrggbb`, RGB 0–255, tints
//! 1–99, contact values) are the loader's own functions ([`Cmyk::from_authored`], [`Rgb::parse_hex`], …), so
//! the editor and `check` cannot disagree; everything else the loader finds is reported by validation.

use toml_edit::{Array, Value};

use super::field::{Field, Key, Shape, Spec};
use crate::manual::Message;
use crate::manual::color::{Cmyk, Rgb, tint_percent};
use crate::manual::sender::{ContactProblem, contact_problem};

/// What the user typed, as the TOML value to write; `None` when the input is empty (remove the key).
pub fn to_value(shape: Shape, input: &str) -> Option<Value> {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return None;
    }
    let as_text = || Value::from(clean_line(trimmed));
    Some(match shape {
        Shape::Text => as_text(),
        Shape::Date => match trimmed.parse::<toml_edit::Datetime>() {
            Ok(dt) if dt.date.is_some() && dt.time.is_none() => Value::from(dt),
            _ => as_text(),
        },
        Shape::Number => number(&decimal_comma(trimmed)).unwrap_or_else(as_text),
        Shape::Integer => trimmed
            .parse::<i64>()
            .map_or_else(|_| as_text(), Value::from),
        Shape::Bool => match trimmed.to_lowercase().as_str() {
            "ja" | "yes" | "true" | "1" => Value::from(true),
            "nej" | "no" | "false" | "0" => Value::from(false),
            _ => as_text(),
        },
        Shape::Numbers(n) => list(trimmed, number, Some(n)).unwrap_or_else(as_text),
        Shape::Integers(n) => {
            list(trimmed, |s| s.parse::<i64>().ok().map(Value::from), n).unwrap_or_else(as_text)
        }
        Shape::Words | Shape::Choices(_) => {
            let words = trimmed
                .split(',')
                .map(clean_line)
                .filter(|w| !w.is_empty())
                .map(|w| match shape {
                    Shape::Choices(_) => w.to_lowercase(),
                    _ => w,
                });
            Value::Array(words.collect())
        }
        Shape::Lines => Value::Array(
            input
                .lines()
                .map(clean_line)
                .filter(|l| !l.is_empty())
                .collect(),
        ),
        Shape::Choice(_) => Value::from(clean_line(trimmed).to_lowercase()),
    })
}

/// The text a form shows for a value of a field of this shape (the inverse of [`to_value`]).
pub fn to_input(shape: Shape, value: &Value) -> String {
    match value {
        Value::String(s) => s.value().clone(),
        Value::Integer(i) => i.value().to_string(),
        Value::Float(f) => float_text(*f.value()),
        Value::Boolean(b) => if *b.value() { "ja" } else { "nej" }.to_owned(),
        Value::Datetime(d) => d.value().to_string(),
        Value::Array(a) => {
            let parts: Vec<String> = a.iter().map(|v| to_input(shape, v)).collect();
            parts.join(if shape == Shape::Lines { "\n" } else { ", " })
        }
        Value::InlineTable(t) => t.to_string(),
    }
}

/// Drops control characters and surrounding space from one line of user text.
fn clean_line(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_control())
        .collect::<String>()
        .trim()
        .to_owned()
}

/// `2,5` → `2.5` (a single comma and no point is a Danish decimal comma).
fn decimal_comma(s: &str) -> String {
    if s.matches(',').count() == 1 && !s.contains('.') {
        s.replace(',', ".")
    } else {
        s.to_owned()
    }
}

/// A number as typed: whole numbers stay integers, decimals stay floats.
fn number(s: &str) -> Option<Value> {
    if let Ok(i) = s.parse::<i64>() {
        return Some(Value::from(i));
    }
    s.parse::<f64>()
        .ok()
        .filter(|f| f.is_finite())
        .map(Value::from)
}

/// A list separated by commas, semicolons, slashes or spaces, each part converted by `item`.
fn list(s: &str, item: impl Fn(&str) -> Option<Value>, count: Option<usize>) -> Option<Value> {
    let parts: Vec<&str> = s
        .split(|c: char| c == ',' || c == ';' || c == '/' || c.is_whitespace())
        .filter(|p| !p.is_empty())
        .collect();
    if count.is_some_and(|n| n != parts.len()) {
        return None;
    }
    let values: Option<Array> = parts.into_iter().map(item).collect();
    values.map(Value::Array)
}

fn float_text(f: f64) -> String {
    let text = f.to_string();
    text.strip_suffix(".0").map_or(text.clone(), str::to_owned)
}

/// What is wrong with a field's value, if anything: missing but required, not of the field's shape, or
/// against one of the manual format's value rules.
pub fn check(field: &Field, spec: &Spec, value: Option<&Value>) -> Option<Message> {
    let Some(value) = value else {
        return spec.required.then(|| Message::new("edit-required"));
    };
    if let Some(expected) = shape_problem(spec.shape, value) {
        return Some(expected);
    }
    if spec.required && value.as_str().is_some_and(|s| s.trim().is_empty()) {
        return Some(Message::new("edit-required"));
    }
    rule_problem(field.key, value)
}

fn shape_problem(shape: Shape, value: &Value) -> Option<Message> {
    let is_number =
        |v: &Value| v.as_integer().is_some() || v.as_float().is_some_and(f64::is_finite);
    let array = value.as_array();
    let fits = match shape {
        Shape::Text => value.as_str().is_some(),
        Shape::Date => value
            .as_datetime()
            .is_some_and(|d| d.date.is_some() && d.time.is_none()),
        Shape::Number => is_number(value),
        Shape::Integer => value.as_integer().is_some(),
        Shape::Bool => value.as_bool().is_some(),
        Shape::Numbers(n) => array.is_some_and(|a| a.len() == n && a.iter().all(is_number)),
        Shape::Integers(n) => array.is_some_and(|a| {
            n.is_none_or(|n| a.len() == n) && a.iter().all(|v| v.as_integer().is_some())
        }),
        Shape::Words | Shape::Lines => {
            array.is_some_and(|a| a.iter().all(|v| v.as_str().is_some()))
        }
        Shape::Choice(choices) => value.as_str().is_some_and(|s| choices.contains(&s)),
        Shape::Choices(choices) => array.is_some_and(|a| {
            a.iter()
                .all(|v| v.as_str().is_some_and(|s| choices.contains(&s)))
        }),
    };
    if fits {
        return None;
    }
    Some(match shape {
        Shape::Text => Message::new("edit-expected-text"),
        Shape::Date => Message::new("edit-expected-date"),
        Shape::Number => Message::new("edit-expected-number"),
        Shape::Integer => Message::new("edit-expected-integer"),
        Shape::Bool => Message::new("edit-expected-bool"),
        Shape::Numbers(n) => Message::new("edit-expected-numbers").arg("count", n.to_string()),
        Shape::Integers(Some(n)) => {
            Message::new("edit-expected-integers").arg("count", n.to_string())
        }
        Shape::Integers(None) => Message::new("edit-expected-integer-list"),
        Shape::Words | Shape::Lines => Message::new("edit-expected-text"),
        Shape::Choice(choices) | Shape::Choices(choices) => {
            Message::new("edit-expected-choice").arg("choices", choices.join(", "))
        }
    })
}

fn numbers(value: &Value) -> Vec<f64> {
    value
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_float().or_else(|| v.as_integer().map(|i| i as f64)))
                .collect()
        })
        .unwrap_or_default()
}

fn rule_problem(key: Key, value: &Value) -> Option<Message> {
    match key {
        Key::Cmyk => Cmyk::from_authored(&numbers(value))
            .is_none()
            .then(|| Message::new("edit-invalid-cmyk")),
        Key::Hex => {
            let hex = value.as_str().unwrap_or_default();
            Rgb::parse_hex(hex)
                .is_none()
                .then(|| Message::new("edit-invalid-hex").arg("value", hex))
        }
        Key::Rgb => {
            let channels: Vec<i64> = value
                .as_array()
                .map(|a| a.iter().filter_map(Value::as_integer).collect())
                .unwrap_or_default();
            Rgb::from_channels(&channels)
                .is_none()
                .then(|| Message::new("edit-invalid-rgb"))
        }
        Key::Tints => value.as_array()?.iter().find_map(|v| {
            let t = v.as_integer()?;
            tint_percent(t)
                .is_none()
                .then(|| Message::new("edit-invalid-tint").arg("value", t.to_string()))
        }),
        Key::Phone | Key::Email | Key::Web | Key::OpeningHours => {
            contact(key, value.as_str().unwrap_or_default())
        }
        Key::AddressLines => value
            .as_array()?
            .iter()
            .find_map(|v| contact(key, v.as_str().unwrap_or_default())),
        _ => None,
    }
}

fn contact(key: Key, value: &str) -> Option<Message> {
    let field = match key {
        Key::Phone => "phone",
        Key::Email => "email",
        Key::Web => "web",
        Key::OpeningHours => "opening_hours",
        _ => "address_lines",
    };
    let id = match contact_problem(field, value)? {
        ContactProblem::Empty => "edit-required",
        ContactProblem::TooLong => "edit-contact-too-long",
        ContactProblem::Control => "edit-contact-control",
        ContactProblem::Email => "edit-contact-email",
        ContactProblem::Phone => "edit-contact-phone",
        ContactProblem::Web => "edit-contact-web",
    };
    Some(Message::new(id).arg("value", value))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::manual::edit::field::Entry;

    fn field(entry: Entry, key: Key) -> (Field, &'static Spec) {
        let f = Field::new(entry, key);
        let spec = f.spec().unwrap();
        (f, spec)
    }

    fn check_input(entry: Entry, key: Key, input: &str) -> Option<&'static str> {
        let (f, spec) = field(entry, key);
        let value = to_value(spec.shape, input);
        check(&f, spec, value.as_ref()).map(|m| m.key)
    }

    #[test]
    fn inputs_become_values_as_typed() {
        let v = to_value(Shape::Numbers(4), "92,18,85,8").unwrap();
        assert_eq!(v.to_string(), "[92, 18, 85, 8]");
        let v = to_value(Shape::Numbers(4), "92.5 / 18 / 85 / 8").unwrap();
        assert_eq!(v.to_string(), "[92.5, 18, 85, 8]");
        assert_eq!(to_value(Shape::Number, "2,5").unwrap().to_string(), "2.5");
        assert_eq!(to_value(Shape::Number, "2").unwrap().to_string(), "2");
        assert_eq!(
            to_value(Shape::Date, "2026-11-02").unwrap().to_string(),
            "2026-11-02"
        );
        assert_eq!(
            to_value(Shape::Words, "grøn, green,, ")
                .unwrap()
                .to_string(),
            r#"["grøn", "green"]"#
        );
        assert_eq!(
            to_value(Shape::Lines, "Kærvej 12\n6400 Sønderborg\n")
                .unwrap()
                .to_string(),
            r#"["Kærvej 12", "6400 Sønderborg"]"#
        );
        assert_eq!(
            to_value(Shape::Text, "  \u{7}Navn\t ").unwrap().as_str(),
            Some("Navn")
        );
        assert!(to_value(Shape::Text, "   ").is_none());
        // what does not fit is kept as text
        assert_eq!(
            to_value(Shape::Numbers(4), "92,18,x,8").unwrap().as_str(),
            Some("92,18,x,8")
        );
        let cmyk = Shape::Numbers(4);
        assert_eq!(
            to_input(cmyk, &to_value(cmyk, "90 20 85 10").unwrap()),
            "90, 20, 85, 10"
        );
        assert_eq!(to_input(Shape::Number, &Value::from(0.5)), "0.5");
        assert_eq!(to_input(Shape::Number, &Value::from(2.0)), "2");
        let lines = to_value(Shape::Lines, "a b\nc").unwrap();
        assert_eq!(to_input(Shape::Lines, &lines), "a b\nc");
    }

    #[test]
    fn field_checks_use_the_manual_rules() {
        let groen = || Entry::Color("groen".into());
        assert_eq!(check_input(groen(), Key::Cmyk, "92,18,85,8"), None);
        assert_eq!(
            check_input(groen(), Key::Cmyk, "92,18,185,8"),
            Some("edit-invalid-cmyk")
        );
        assert_eq!(
            check_input(groen(), Key::Cmyk, "92,18,85"),
            Some("edit-expected-numbers")
        );
        assert_eq!(check_input(groen(), Key::Cmyk, ""), Some("edit-required"));
        assert_eq!(check_input(groen(), Key::Hex, "#00734A"), None);
        assert_eq!(
            check_input(groen(), Key::Hex, "00734a"),
            Some("edit-invalid-hex")
        );
        assert_eq!(
            check_input(groen(), Key::Rgb, "0, 115, 300"),
            Some("edit-invalid-rgb")
        );
        assert_eq!(
            check_input(groen(), Key::Tints, "80, 100"),
            Some("edit-invalid-tint")
        );
        assert_eq!(check_input(groen(), Key::Role, "Primary"), None);
        assert_eq!(
            check_input(groen(), Key::Role, "main"),
            Some("edit-expected-choice")
        );
        assert_eq!(check_input(groen(), Key::PantoneC, ""), None);
        let bib = || Entry::Sender("bibliotek".into());
        assert_eq!(check_input(bib(), Key::Email, "bib@example.dk"), None);
        assert_eq!(
            check_input(bib(), Key::Email, "bib.example.dk"),
            Some("edit-contact-email")
        );
        assert_eq!(
            check_input(bib(), Key::Phone, "ring"),
            Some("edit-contact-phone")
        );
        let long = "x".repeat(81);
        assert_eq!(
            check_input(bib(), Key::AddressLines, &format!("a\n{long}")),
            Some("edit-contact-too-long")
        );
        assert_eq!(
            check_input(Entry::Programme, Key::AdoptedOn, "12.3.2024"),
            Some("edit-expected-date")
        );
        assert_eq!(
            check_input(Entry::Logo("kommune".into()), Key::ClearSpace, "½"),
            Some("edit-expected-number")
        );
    }
}
