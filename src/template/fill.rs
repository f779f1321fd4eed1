//! What the user put into a template: the chosen variant and sender, typed texts, chosen colours and photos.
//! A [`Fill`] is plain data (the GUI keeps one per open template; `.dpskabelon` files store one). User text is
//! untrusted: [`clean`] drops control characters, and every output escapes it.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::manual::template::{Element, ElementKind, Source};
use crate::manual::{Manual, Sender, Template};
use crate::settings::Person;

use super::photo::Focus;

/// A photo chosen for a photo field.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PhotoChoice {
    /// The file.
    pub path: PathBuf,
    /// The point kept in view when the photo is cropped to the frame.
    #[serde(default)]
    pub focus: Focus,
}

/// A filled (or partly filled) template.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Fill {
    /// Template id.
    pub template: String,
    /// Variant (preset id); `None`: the template's design preset.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub variant: Option<String>,
    /// Sender (id) whose logo and contact data are used; `None`: the top sender of the manual.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sender: Option<String>,
    /// The person's own data (from the settings, "Mine oplysninger"); not stored in `.dpskabelon` files.
    #[serde(skip)]
    pub person: Person,
    /// Typed texts (text fields) and URLs (QR fields) by field id. A field without an entry shows its source
    /// or its default.
    #[serde(default)]
    pub texts: BTreeMap<String, String>,
    /// Chosen palette colour by field id (default: the field's first colour).
    #[serde(default)]
    pub colors: BTreeMap<String, String>,
    /// Chosen photos by field id.
    #[serde(default)]
    pub photos: BTreeMap<String, PhotoChoice>,
}

impl Fill {
    /// An empty fill of a template (its design variant, the default sender).
    pub fn new(template: &str) -> Fill {
        Fill {
            template: template.to_owned(),
            ..Fill::default()
        }
    }

    /// An example fill of a template for thumbnails and reference pictures: every empty text field shows its
    /// label, a QR field an example address, the person is "Navn Navnesen".
    pub fn example(manual: &Manual, template: &Template) -> Fill {
        let mut fill = Fill::new(&template.id);
        fill.person = Person {
            name: "Navn Navnesen".to_owned(),
            title: "Titel".to_owned(),
            phone: "+45 12 34 56 78".to_owned(),
            email: "navn@example.dk".to_owned(),
        };
        for element in template.fields() {
            let (Some(id), Some(label)) = (&element.id, &element.label) else {
                continue;
            };
            match &element.kind {
                ElementKind::Text(t) if t.editable && fill.value(manual, element).is_empty() => {
                    fill.set_text(id, &label.da);
                }
                ElementKind::Qr(_) => fill.set_text(id, "https://example.dk"),
                _ => {}
            }
        }
        fill
    }

    /// Sets a text (cleaned). An empty text removes the entry, so the field shows its source or default again.
    pub fn set_text(&mut self, field: &str, text: &str) {
        let text = clean(text);
        if text.is_empty() {
            self.texts.remove(field);
        } else {
            self.texts.insert(field.to_owned(), text);
        }
    }

    /// The variant in effect: the chosen one if the template has it, else the design preset.
    pub fn variant<'t>(&'t self, template: &'t Template) -> &'t str {
        self.variant
            .as_deref()
            .filter(|v| template.variants.iter().any(|t| t == v))
            .unwrap_or(&template.design)
    }

    /// The sender in effect: the chosen one, else the manual's first sender without a parent.
    pub fn sender<'m>(&self, manual: &'m Manual) -> Option<&'m Sender> {
        match &self.sender {
            Some(id) => manual.sender(id),
            None => manual
                .senders
                .iter()
                .find(|s| s.parent.is_none())
                .or(manual.senders.first()),
        }
    }

    /// The text of a text or QR field as it will be drawn: what the user typed (for fields they may edit),
    /// else the field's source (sender or person), else its default.
    pub fn value(&self, manual: &Manual, element: &Element) -> String {
        let Some(id) = element.id.as_deref() else {
            return String::new();
        };
        match &element.kind {
            ElementKind::Text(t) => {
                if t.editable
                    && let Some(v) = self.texts.get(id)
                {
                    return clean(v);
                }
                if let Some(source) = t.source {
                    let v = self.source(manual, source);
                    if !v.is_empty() {
                        return v;
                    }
                }
                t.default
                    .as_ref()
                    .map_or_else(String::new, |d| d.da.clone())
            }
            ElementKind::Qr(q) => self
                .texts
                .get(id)
                .map(|v| clean(v).trim().to_owned())
                .or_else(|| q.default.clone())
                .unwrap_or_default(),
            _ => String::new(),
        }
    }

    /// A source's value: the sender's data (its own, else its parents'), or the person's.
    pub fn source(&self, manual: &Manual, source: Source) -> String {
        let p = &self.person;
        let value = match source {
            Source::PersonName => p.name.clone(),
            Source::PersonTitle => p.title.clone(),
            Source::PersonPhone => p.phone.clone(),
            Source::PersonEmail => p.email.clone(),
            _ => self.sender_value(manual, source),
        };
        clean(&value)
    }

    fn sender_value(&self, manual: &Manual, source: Source) -> String {
        let Some(sender) = self.sender(manual) else {
            return String::new();
        };
        // The sender's own contact data, else the nearest parent's.
        let mut chain = vec![sender];
        while let Some(parent) = chain
            .last()
            .and_then(|s| s.parent.as_deref())
            .and_then(|p| manual.sender(p))
        {
            if chain.iter().any(|s| s.id == parent.id) {
                break;
            }
            chain.push(parent);
        }
        let first = |get: &dyn Fn(&Sender) -> Option<String>| chain.iter().find_map(|s| get(s));
        match source {
            Source::SenderName => sender.name.da.clone(),
            Source::SenderAddress => first(&|s| {
                (!s.contact.address_lines.is_empty()).then(|| s.contact.address_lines.join("\n"))
            })
            .unwrap_or_default(),
            Source::SenderReturnAddress => {
                let address = first(&|s| {
                    (!s.contact.address_lines.is_empty())
                        .then(|| s.contact.address_lines.join(", "))
                });
                match address {
                    Some(a) => format!("{}, {a}", sender.name.da),
                    None => sender.name.da.clone(),
                }
            }
            Source::SenderPhone => first(&|s| s.contact.phone.clone()).unwrap_or_default(),
            Source::SenderEmail => first(&|s| s.contact.email.clone()).unwrap_or_default(),
            Source::SenderWeb => first(&|s| s.contact.web.clone()).unwrap_or_default(),
            Source::SenderOpeningHours => {
                first(&|s| s.contact.opening_hours.clone()).unwrap_or_default()
            }
            _ => String::new(),
        }
    }

    /// The chosen colour of a field if the field allows it, else the field's first colour.
    pub fn color<'t>(&'t self, element: &'t Element) -> Option<&'t str> {
        let allowed = match &element.kind {
            ElementKind::Text(t) => &t.colors,
            ElementKind::Qr(q) => &q.colors,
            _ => return None,
        };
        let chosen = element
            .id
            .as_deref()
            .and_then(|id| self.colors.get(id))
            .filter(|c| allowed.contains(c));
        chosen.or(allowed.first()).map(String::as_str)
    }
}

/// User text made safe to lay out: line breaks normalised to `\n`, tabs to spaces, every other control
/// character (and the invisible bidi controls) dropped.
pub fn clean(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    text.chars()
        .filter_map(|c| match c {
            '\n' => Some('\n'),
            '\t' => Some(' '),
            c if c.is_control() => None,
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}' => None,
            c => Some(c),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::manual::load_embedded;

    #[test]
    fn cleaning_drops_control_characters() {
        assert_eq!(clean("a\u{7}b\r\nc\td\u{202e}e"), "ab\nc de");
        assert_eq!(clean("Æblegrød 😀"), "Æblegrød 😀");
    }

    #[test]
    fn values_come_from_typing_then_sources_then_defaults() {
        let loaded = load_embedded();
        let m = &loaded.manual;
        let t = m.template("brevpapir").unwrap();
        let mut fill = Fill::new("brevpapir");
        fill.sender = Some("kaerhaveskolen".into());
        let address = t.field("adresse").unwrap();
        assert_eq!(fill.value(m, address), "Kærvej 12\n6400 Sønderborg");
        // Sender fields are not editable: typing does not change them.
        fill.set_text("adresse", "Andet sted");
        assert_eq!(fill.value(m, address), "Kærvej 12\n6400 Sønderborg");
        let ret = t.field("returadresse").unwrap();
        assert_eq!(
            fill.value(m, ret),
            "Kærhaveskolen, Kærvej 12, 6400 Sønderborg"
        );
        // A forvaltning without contact data uses the kommune's.
        fill.sender = Some("kultur".into());
        assert_eq!(fill.value(m, address), "Rådhustorvet 10\n6400 Sønderborg");
        let recipient = t.field("modtager").unwrap();
        fill.set_text("modtager", "Jens Hansen\nStoregade 1");
        assert_eq!(fill.value(m, recipient), "Jens Hansen\nStoregade 1");
        fill.set_text("modtager", "");
        assert_eq!(fill.value(m, recipient), "");
    }
}
