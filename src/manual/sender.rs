//! Senders (afsendere): the kommune, its departments and institutions, and their co-branding rules.

use serde::Serialize;

use super::diagnostic::Message;
use super::text::Text;

/// What kind of sender.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SenderKind {
    /// The municipality itself.
    Kommune,
    /// An administration/department.
    Forvaltning,
    /// An institution or workplace.
    Institution,
}

/// In which order two co-branded logos stand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CobrandOrder {
    /// The sender's own logo first.
    OwnFirst,
    /// The required logo first.
    RequiredFirst,
}

/// How the two logos of a co-branded lockup stand to each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CobrandArrangement {
    /// Next to each other, left to right.
    SideBySide,
    /// One above the other, top to bottom.
    Stacked,
}

/// Where the smaller logo of a co-branded lockup sits across the arrangement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CobrandAlign {
    /// Top edges (side by side) or left edges (stacked) in line.
    Start,
    /// Centred.
    Center,
    /// Bottom edges (side by side) or right edges (stacked) in line.
    End,
}

/// A co-branding rule: another logo must appear alongside the sender's own, and how the two make one
/// co-branded lockup (`crate::cobrand` composes it).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cobranding {
    /// The logo id that must appear alongside.
    pub requires: String,
    /// Order.
    pub order: CobrandOrder,
    /// Side by side or stacked.
    pub arrangement: CobrandArrangement,
    /// Alignment across the arrangement.
    pub align: CobrandAlign,
    /// Minimum gap between the logos, × the own logo's reference measure. The composed lockup uses exactly
    /// this gap.
    pub min_separation: f64,
    /// The required logo's reference measure ÷ the own logo's (1: e.g. both marks equally high).
    pub relative_size: f64,
    /// The required logo's lockup; `None`: the lockup with the own lockup's id, else its first.
    pub required_lockup: Option<String>,
}

impl Cobranding {
    /// Allowed range of `min_separation`.
    pub const SEPARATION: std::ops::RangeInclusive<f64> = 0.0..=20.0;
    /// Allowed range of `relative_size`.
    pub const RELATIVE_SIZE: std::ops::RangeInclusive<f64> = 0.25..=4.0;
}

/// How to reach a sender (`[sender.contact]`): filled into letterheads, business cards, e-mail signatures and
/// Office templates. Every field is optional; an empty contact is the default.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Contact {
    /// Postal address, one line per entry (street, postcode and town, …), at most [`Contact::MAX_ADDRESS_LINES`].
    pub address_lines: Vec<String>,
    /// Main phone number as written (`+45 88 72 00 00`).
    pub phone: Option<String>,
    /// Main e-mail address.
    pub email: Option<String>,
    /// Web address as written (`sonderborg.dk/bibliotek`).
    pub web: Option<String>,
    /// Opening hours, one free line (`Man–fre 10–18`).
    pub opening_hours: Option<String>,
}

impl Contact {
    /// The most address lines a sender block holds (a DIN 5008 sender block has room for five).
    pub const MAX_ADDRESS_LINES: usize = 5;
    /// The longest line any contact field may have, in characters.
    pub const MAX_LINE_CHARS: usize = 80;

    /// Whether nothing is filled in.
    pub fn is_empty(&self) -> bool {
        self.address_lines.is_empty()
            && self.phone.is_none()
            && self.email.is_none()
            && self.web.is_none()
            && self.opening_hours.is_none()
    }
}

/// What is wrong with a contact value (one rule for the loader and the editor).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContactProblem {
    /// Empty: the key should be left out instead.
    Empty,
    /// Longer than [`Contact::MAX_LINE_CHARS`].
    TooLong,
    /// Holds a control character.
    Control,
    /// Not `name@domain`.
    Email,
    /// Not only digits, spaces and `+ - ( )`.
    Phone,
    /// A web address with a space.
    Web,
}

/// The problem with a contact value, if any; `field` is the key (`email`, `phone`, `web`, …).
pub fn contact_problem(field: &str, value: &str) -> Option<ContactProblem> {
    if value.trim().is_empty() {
        return Some(ContactProblem::Empty);
    }
    if value.chars().count() > Contact::MAX_LINE_CHARS {
        return Some(ContactProblem::TooLong);
    }
    if value.chars().any(char::is_control) {
        return Some(ContactProblem::Control);
    }
    match field {
        "email" if !is_email(value) => Some(ContactProblem::Email),
        "phone"
            if !value
                .chars()
                .all(|c| c.is_ascii_digit() || " +-()".contains(c)) =>
        {
            Some(ContactProblem::Phone)
        }
        "web" if value.contains(char::is_whitespace) => Some(ContactProblem::Web),
        _ => None,
    }
}

/// Why a contact value is refused, as a catalogue message (the loader reports it at the value; editors show
/// [`contact_problem`] at the field).
pub fn contact_value_problem(field: &str, value: &str) -> Option<Message> {
    let key = match contact_problem(field, value)? {
        ContactProblem::Empty => "contact-empty",
        ContactProblem::TooLong => "contact-too-long",
        ContactProblem::Control => "contact-control",
        ContactProblem::Email => "contact-email",
        ContactProblem::Phone => "contact-phone",
        ContactProblem::Web => "contact-web",
    };
    Some(
        Message::new(key)
            .arg("field", field)
            .arg("value", value)
            .arg("max", Contact::MAX_LINE_CHARS),
    )
}

fn is_email(value: &str) -> bool {
    let Some((local, domain)) = value.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !value.contains(char::is_whitespace)
}

/// A sender.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Sender {
    /// Id.
    pub id: String,
    /// Kind.
    pub kind: SenderKind,
    /// Name.
    pub name: Text,
    /// The sender above this one.
    pub parent: Option<String>,
    /// Search words.
    pub synonyms: Vec<String>,
    /// Co-branding rule, if any.
    pub cobranding: Option<Cobranding>,
    /// Contact data (`[sender.contact]`).
    pub contact: Contact,
    /// Whether e-mail signatures show the logo (`None`: as the parent sender; the top sender's default is yes).
    pub signature_logo: Option<bool>,
}

#[cfg(test)]
mod tests {
    use super::contact_value_problem;

    #[test]
    fn contact_values() {
        assert_eq!(
            contact_value_problem("email", "bibliotek@sonderborg.dk"),
            None
        );
        assert!(contact_value_problem("email", "bibliotek.sonderborg.dk").is_some());
        assert!(contact_value_problem("email", "a@b").is_some());
        assert_eq!(contact_value_problem("phone", "+45 88 72 00 00"), None);
        assert!(contact_value_problem("phone", "ring til os").is_some());
        assert!(contact_value_problem("web", "sonderborg .dk").is_some());
        assert!(contact_value_problem("opening_hours", "").is_some());
        assert!(contact_value_problem("address_lines", &"x".repeat(81)).is_some());
        assert!(contact_value_problem("address_lines", "Rådhustorvet 10\u{7}").is_some());
    }
}
