//! The sender's data as a customXml part: written once, bound into every field that shows it (return address,
//! information block, signature), so Word fills them all from one place.

use sha2::{Digest, Sha256};

use crate::i18n::Lang;
use crate::kit::xml::{DECLARATION, esc};
use crate::manual::{Manual, Sender};

/// The namespace of the sender part.
pub(crate) const NS: &str = "urn:designprogram:sender:1";

/// One bindable value.
pub(crate) struct Value {
    /// Element name inside `<sender>` (an `address` line is `line` inside `address`).
    pub xpath: String,
    /// The value.
    pub text: String,
}

/// The sender part: its store item id and the values in document order.
pub(crate) struct SenderData {
    /// `{GUID}` of the custom XML data store item (stable per organisation, sender and manual version).
    pub store_id: String,
    /// Sender name.
    pub name: Value,
    /// The one-line return address above the recipient ("Afsender: …").
    pub return_address: Value,
    /// Address lines.
    pub address: Vec<Value>,
    /// Phone, e-mail, web, opening hours (those the sender has), with their label message ids.
    pub contact: Vec<(&'static str, Value)>,
}

impl SenderData {
    /// The sender's data.
    pub(crate) fn new(manual: &Manual, sender: &Sender, lang: Lang) -> SenderData {
        let digest = Sha256::digest(
            format!(
                "{}\u{0}{}\u{0}{}",
                manual.programme.organisation, sender.id, manual.programme.version
            )
            .as_bytes(),
        );
        let h: String = digest.iter().take(16).map(|b| format!("{b:02X}")).collect();
        let store_id = format!(
            "{{{}-{}-{}-{}-{}}}",
            &h[0..8],
            &h[8..12],
            &h[12..16],
            &h[16..20],
            &h[20..32]
        );
        let value = |path: &str, text: &str| Value {
            xpath: format!("/ns0:sender[1]/{path}"),
            text: text.to_owned(),
        };
        let name = sender.name.get(lang).to_owned();
        let c = &sender.contact;
        let mut one_line = vec![name.clone()];
        one_line.extend(c.address_lines.iter().cloned());
        let address = c
            .address_lines
            .iter()
            .enumerate()
            .map(|(i, l)| value(&format!("ns0:address[1]/ns0:line[{}]", i + 1), l))
            .collect();
        let contact = [
            ("kit-word-phone-label", "phone", &c.phone),
            ("kit-word-email-label", "email", &c.email),
            ("kit-word-web-label", "web", &c.web),
            ("kit-word-hours-label", "hours", &c.opening_hours),
        ]
        .into_iter()
        .filter_map(|(label, el, v)| {
            v.as_deref()
                .map(|v| (label, value(&format!("ns0:{el}[1]"), v)))
        })
        .collect();
        SenderData {
            store_id,
            name: value("ns0:name[1]", &name),
            return_address: value("ns0:returnAddress[1]", &one_line.join(" · ")),
            address,
            contact,
        }
    }

    /// `customXml/item1.xml`.
    pub(crate) fn item_xml(&self) -> String {
        let el = |v: &Value| {
            let name = v
                .xpath
                .rsplit('/')
                .next()
                .unwrap_or("")
                .trim_start_matches("ns0:")
                .split('[')
                .next()
                .unwrap_or("")
                .to_owned();
            format!("<{name}>{}</{name}>", esc(&v.text))
        };
        let lines: String = self.address.iter().map(el).collect();
        let contact: String = self.contact.iter().map(|(_, v)| el(v)).collect();
        format!(
            r#"{DECLARATION}<sender xmlns="{NS}">{}{}<address>{lines}</address>{contact}</sender>"#,
            el(&self.name),
            el(&self.return_address),
        )
    }

    /// `customXml/itemProps1.xml`.
    pub(crate) fn props_xml(&self) -> String {
        format!(
            r#"{DECLARATION}<ds:datastoreItem ds:itemID="{}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="{NS}"/></ds:schemaRefs></ds:datastoreItem>"#,
            self.store_id
        )
    }

    /// The `w:dataBinding` of a value.
    pub(crate) fn binding(&self, v: &Value) -> String {
        format!(
            r#"<w:dataBinding w:prefixMappings="xmlns:ns0='{NS}'" w:xpath="{}" w:storeItemID="{}"/>"#,
            esc(&v.xpath),
            self.store_id
        )
    }
}
