//! The named edit commands: `set-color`, `add-color`, `add-sender`, `set-sender`, `remove-sender`, `bump`.

use crate::export::moment::Moment;
use crate::manual::edit::{Bump, Edit, Entry, Field, Key};

/// A colour's values (`set-color`, `add-color`).
#[derive(Debug, clap::Args)]
pub struct ColorArgs {
    /// Colour id, e.g. `groen`.
    pub id: String,
    /// Danish name.
    #[arg(long)]
    pub name_da: Option<String>,
    /// English name.
    #[arg(long)]
    pub name_en: Option<String>,
    /// primary, secondary, accent or neutral.
    #[arg(long)]
    pub role: Option<String>,
    /// HEX, e.g. `#00734a`.
    #[arg(long)]
    pub hex: Option<String>,
    /// RGB, e.g. `0,115,74` (empty: the HEX digits).
    #[arg(long, value_name = "R,G,B")]
    pub rgb: Option<String>,
    /// Authored CMYK in percent, e.g. `92,18,85,8`.
    #[arg(long, value_name = "C,M,Y,K")]
    pub cmyk: Option<String>,
    /// Pantone for coated paper, e.g. `PANTONE 348 C`.
    #[arg(long)]
    pub pantone_c: Option<String>,
    /// Pantone for uncoated paper.
    #[arg(long)]
    pub pantone_u: Option<String>,
    /// RAL, e.g. `RAL 6024`.
    #[arg(long)]
    pub ral: Option<String>,
    /// NCS, e.g. `S 3060-G`.
    #[arg(long)]
    pub ncs: Option<String>,
    /// Allowed tints in percent, e.g. `80,60,40,20`.
    #[arg(long, value_name = "PERCENTS")]
    pub tints: Option<String>,
    /// Search words, comma-separated.
    #[arg(long)]
    pub synonyms: Option<String>,
}

impl ColorArgs {
    fn values(&self) -> Vec<(Key, String)> {
        [
            (Key::NameDa, &self.name_da),
            (Key::NameEn, &self.name_en),
            (Key::Role, &self.role),
            (Key::Hex, &self.hex),
            (Key::Rgb, &self.rgb),
            (Key::Cmyk, &self.cmyk),
            (Key::PantoneC, &self.pantone_c),
            (Key::PantoneU, &self.pantone_u),
            (Key::Ral, &self.ral),
            (Key::Ncs, &self.ncs),
            (Key::Tints, &self.tints),
            (Key::Synonyms, &self.synonyms),
        ]
        .into_iter()
        .filter_map(|(k, v)| Some((k, v.clone()?)))
        .collect()
    }

    /// The edit: an `Add` (new colour) or the `Set`s of the values given.
    pub fn edit(&self, add: bool) -> Result<Edit, String> {
        entry_edit(Entry::Color(self.id.clone()), self.values(), add)
    }
}

/// A sender's values (`add-sender`, `set-sender`).
#[derive(Debug, clap::Args)]
pub struct SenderArgs {
    /// Sender id, e.g. `regnbuen`.
    pub id: String,
    /// kommune, forvaltning or institution.
    #[arg(long)]
    pub kind: Option<String>,
    /// The sender above it (its logos may be used too).
    #[arg(long)]
    pub parent: Option<String>,
    /// Danish name.
    #[arg(long)]
    pub name_da: Option<String>,
    /// English name.
    #[arg(long)]
    pub name_en: Option<String>,
    /// Search words, comma-separated.
    #[arg(long)]
    pub synonyms: Option<String>,
    /// One address line; repeat for each line (at most 5).
    #[arg(long = "address", value_name = "LINE")]
    pub address: Vec<String>,
    /// Phone number.
    #[arg(long)]
    pub phone: Option<String>,
    /// E-mail address.
    #[arg(long)]
    pub email: Option<String>,
    /// Web address.
    #[arg(long)]
    pub web: Option<String>,
    /// Opening hours (one line).
    #[arg(long)]
    pub opening_hours: Option<String>,
    /// Co-branding: the logo that must appear alongside the sender's own.
    #[arg(long, value_name = "LOGO")]
    pub requires: Option<String>,
    /// Co-branding order: own-first or required-first.
    #[arg(long)]
    pub order: Option<String>,
    /// Co-branding: minimum gap between the logos, × the reference measure.
    #[arg(long)]
    pub min_separation: Option<String>,
}

impl SenderArgs {
    fn values(&self) -> Vec<(Key, String)> {
        let address = (!self.address.is_empty()).then(|| self.address.join("\n"));
        [
            (Key::SenderKind, &self.kind),
            (Key::Parent, &self.parent),
            (Key::NameDa, &self.name_da),
            (Key::NameEn, &self.name_en),
            (Key::Synonyms, &self.synonyms),
            (Key::AddressLines, &address),
            (Key::Phone, &self.phone),
            (Key::Email, &self.email),
            (Key::Web, &self.web),
            (Key::OpeningHours, &self.opening_hours),
            (Key::CobrandingRequires, &self.requires),
            (Key::CobrandingOrder, &self.order),
            (Key::CobrandingSeparation, &self.min_separation),
        ]
        .into_iter()
        .filter_map(|(k, v)| Some((k, v.clone()?)))
        .collect()
    }

    /// The edit: an `Add` (new sender) or the `Set`s of the values given.
    pub fn edit(&self, add: bool) -> Result<Edit, String> {
        entry_edit(Entry::Sender(self.id.clone()), self.values(), add)
    }
}

/// One id.
#[derive(Debug, clap::Args)]
pub struct IdArg {
    /// The id.
    pub id: String,
}

impl IdArg {
    /// Removes the sender with this id.
    pub fn remove_sender(&self) -> Edit {
        Edit::Remove {
            entry: Entry::Sender(self.id.clone()),
        }
    }
}

/// `bump VERSION --note …`.
#[derive(Debug, clap::Args)]
pub struct BumpArgs {
    /// The new version, newer than the current one (e.g. 2.2).
    pub version: String,
    /// The changelog line (Danish).
    #[arg(long)]
    pub note: String,
    /// The changelog line in English.
    #[arg(long)]
    pub note_en: Option<String>,
    /// The date the version was adopted (YYYY-MM-DD); sets adopted_on too. Default: today, adopted_on unchanged.
    #[arg(long, value_name = "DATE")]
    pub adopted_on: Option<String>,
}

impl BumpArgs {
    /// The edit.
    pub fn edit(&self) -> Result<Edit, String> {
        let (date, adopted) = match &self.adopted_on {
            Some(date) => (date.clone(), true),
            None => {
                let today = Moment::now();
                (
                    format!("{:04}-{:02}-{:02}", today.year, today.month, today.day),
                    false,
                )
            }
        };
        Ok(Edit::Bump(Bump {
            version: self.version.clone(),
            date,
            adopted,
            note_da: self.note.clone(),
            note_en: self.note_en.clone(),
        }))
    }
}

/// An `Add` of an entry with these values, or one `Set` per value (one step).
pub fn entry_edit(entry: Entry, values: Vec<(Key, String)>, add: bool) -> Result<Edit, String> {
    if add {
        return Ok(Edit::Add { entry, values });
    }
    if values.is_empty() {
        return Err("nothing to change: give at least one value".into());
    }
    Ok(Edit::Batch(
        values
            .into_iter()
            .map(|(key, value)| Edit::Set {
                field: Field::new(entry.clone(), key),
                value,
            })
            .collect(),
    ))
}
