//! Senders (afsendere): the kommune, its departments and institutions, and their co-branding rules.

use serde::Serialize;

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

/// A co-branding rule: another logo must appear alongside the sender's own.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cobranding {
    /// The logo id that must appear alongside.
    pub requires: String,
    /// Order.
    pub order: CobrandOrder,
    /// Minimum gap between the logos, × the reference measure.
    pub min_separation: f64,
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
}
