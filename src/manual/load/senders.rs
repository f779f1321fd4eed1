//! senders.toml: senders, their contact blocks, and the references between senders and logos.

use std::collections::HashMap;
use std::ops::RangeInclusive;

use toml::Spanned;

use super::super::Manual;
use super::super::diagnostic::{Diagnostics, Message, Severity};
use super::super::doc::Doc;
use super::super::raw;
use super::super::sender::{
    CobrandAlign, CobrandArrangement, CobrandOrder, Cobranding, Contact, Sender,
    contact_value_problem,
};
use super::super::text::Text;
use super::{Known, Unique, check_id};

/// A reference from senders.toml to check once everything is loaded.
pub(super) struct SenderRef {
    /// Byte offset in senders.toml.
    offset: usize,
    /// Index of the referring sender in `Manual::senders`.
    index: usize,
    /// The id referred to.
    target: String,
    what: RefKind,
}

/// What a [`SenderRef`] refers to.
#[derive(Clone, Copy)]
enum RefKind {
    /// `parent = "<sender>"`.
    Parent,
    /// `cobranding.requires = "<logo>"`.
    Logo,
    /// `cobranding.required_lockup = "<lockup of the required logo>"`.
    Lockup,
}

impl RefKind {
    fn key(self) -> &'static str {
        match self {
            RefKind::Parent => "parent",
            RefKind::Logo => "requires",
            RefKind::Lockup => "required_lockup",
        }
    }
}

pub(super) fn load_senders(
    doc: &Doc<'_>,
    diags: &mut Diagnostics,
    refs: &mut Vec<SenderRef>,
) -> Vec<Sender> {
    let mut ids = Unique::new();
    let mut senders = Vec::new();
    for (s, _) in doc.entries::<raw::Sender>("sender", true, diags) {
        if !(check_id(doc, &s.id, diags) && ids.add(doc, &s.id, "sender", diags)) {
            continue;
        }
        let index = senders.len();
        if let Some(parent) = &s.parent {
            refs.push(SenderRef {
                offset: parent.span().start,
                index,
                target: parent.get_ref().clone(),
                what: RefKind::Parent,
            });
        }
        let cobranding = s
            .cobranding
            .map(|c| load_cobranding(doc, c, index, refs, diags));
        let contact = s
            .contact
            .map(|c| load_contact(doc, c, diags))
            .unwrap_or_default();
        senders.push(Sender {
            id: s.id.into_inner(),
            kind: s.kind,
            name: Text::new(s.name_da, s.name_en),
            parent: s.parent.map(Spanned::into_inner),
            synonyms: s.synonyms,
            cobranding,
            contact,
            signature_logo: s.signature_logo,
        });
    }
    senders
}

/// A sender's `[sender.cobranding]`: the numbers checked where they are written (out of range: reported, and
/// the default used); the required logo and lockup queued for [`check_sender_refs`].
fn load_cobranding(
    doc: &Doc<'_>,
    c: raw::Cobranding,
    index: usize,
    refs: &mut Vec<SenderRef>,
    diags: &mut Diagnostics,
) -> Cobranding {
    refs.push(SenderRef {
        offset: c.requires.span().start,
        index,
        target: c.requires.get_ref().clone(),
        what: RefKind::Logo,
    });
    if let Some(lockup) = &c.required_lockup {
        refs.push(SenderRef {
            offset: lockup.span().start,
            index,
            target: lockup.get_ref().clone(),
            what: RefKind::Lockup,
        });
    }
    let mut number =
        |value: &Option<Spanned<f64>>, message: &'static str, range: &RangeInclusive<f64>| {
            value.as_ref().map_or(1.0, |m| {
                let v = *m.get_ref();
                if range.contains(&v) {
                    v
                } else {
                    doc.error_at(diags, m, Message::new(message).arg("found", v));
                    1.0
                }
            })
        };
    let min_separation = number(
        &c.min_separation,
        "load-min-separation",
        &Cobranding::SEPARATION,
    );
    let relative_size = number(
        &c.relative_size,
        "load-relative-size",
        &Cobranding::RELATIVE_SIZE,
    );
    Cobranding {
        requires: c.requires.into_inner(),
        order: c.order.unwrap_or(CobrandOrder::OwnFirst),
        arrangement: c.arrangement.unwrap_or(CobrandArrangement::SideBySide),
        align: c.align.unwrap_or(CobrandAlign::Center),
        min_separation,
        relative_size,
        required_lockup: c.required_lockup.map(Spanned::into_inner),
    }
}

/// A sender's `[sender.contact]`: every value checked where it is written; a bad value is reported and left out.
fn load_contact(doc: &Doc<'_>, raw: raw::Contact, diags: &mut Diagnostics) -> Contact {
    if raw.address_lines.len() > Contact::MAX_ADDRESS_LINES
        && let Some(extra) = raw.address_lines.get(Contact::MAX_ADDRESS_LINES)
    {
        doc.error_at(
            diags,
            extra,
            Message::new("load-address-lines")
                .arg("lines", raw.address_lines.len())
                .arg("max", Contact::MAX_ADDRESS_LINES),
        );
    }
    let mut keep = |field: &str, value: Option<Spanned<String>>| {
        let value = value?;
        match contact_value_problem(field, value.get_ref()) {
            Some(problem) => {
                doc.error_at(diags, &value, problem);
                None
            }
            None => Some(value.into_inner()),
        }
    };
    let address_lines = raw
        .address_lines
        .into_iter()
        .take(Contact::MAX_ADDRESS_LINES)
        .filter_map(|line| keep("address_lines", Some(line)))
        .collect();
    Contact {
        address_lines,
        phone: keep("phone", raw.phone),
        email: keep("email", raw.email),
        web: keep("web", raw.web),
        opening_hours: keep("opening_hours", raw.opening_hours),
    }
}

/// Reports references from senders.toml to senders or logos that do not exist, and parent cycles; drops
/// what they name. Linear in the number of senders.
pub(super) fn check_sender_refs(
    manual: &mut Manual,
    text: &str,
    refs: Vec<SenderRef>,
    known: &Known,
    diags: &mut Diagnostics,
) {
    for r in refs {
        let exists = match r.what {
            RefKind::Parent => manual.sender(&r.target).is_some(),
            // a logo folder whose logo.toml is broken is reported there, not again here
            RefKind::Logo => {
                manual.logo(&r.target).is_some() || known.logo_folders.contains(&r.target)
            }
            // a required logo that is missing or broken is reported on its own
            RefKind::Lockup => manual
                .senders
                .get(r.index)
                .and_then(|s| s.cobranding.as_ref())
                .and_then(|c| manual.logo(&c.requires))
                .is_none_or(|logo| logo.lockup(&r.target).is_some()),
        };
        if exists {
            continue;
        }
        diags.at(
            Severity::Error,
            "senders.toml",
            text,
            r.offset,
            Message::new("load-dangling")
                .arg("kind", r.what.key())
                .arg("id", &r.target),
        );
        if let Some(s) = manual.senders.get_mut(r.index) {
            match r.what {
                RefKind::Parent => s.parent = None,
                RefKind::Logo => s.cobranding = None,
                RefKind::Lockup => {
                    if let Some(c) = s.cobranding.as_mut() {
                        c.required_lockup = None;
                    }
                }
            }
        }
    }
    for index in parent_cycles(manual) {
        let id = manual.senders[index].id.clone();
        diags.file(
            Severity::Error,
            "senders.toml",
            Message::new("load-parent-cycle").arg("sender", &id),
        );
        manual.senders[index].parent = None;
    }
}

/// The senders whose parent chain comes back to them (one per cycle: the first in file order). Each sender
/// is visited once.
fn parent_cycles(manual: &Manual) -> Vec<usize> {
    let index: HashMap<&str, usize> = manual
        .senders
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.as_str(), i))
        .collect();
    // 0 = not visited, 1 = on the chain being walked, 2 = done
    let mut state = vec![0u8; manual.senders.len()];
    let mut cycles = Vec::new();
    for start in 0..manual.senders.len() {
        let mut chain = Vec::new();
        let mut current = Some(start);
        while let Some(i) = current {
            match state[i] {
                2 => break,
                1 => {
                    // the cycle starts at i: report its first member in file order
                    let from = chain.iter().position(|&c| c == i).unwrap_or(0);
                    cycles.extend(chain[from..].iter().min().copied());
                    break;
                }
                _ => {}
            }
            state[i] = 1;
            chain.push(i);
            current = manual.senders[i]
                .parent
                .as_deref()
                .and_then(|p| index.get(p).copied());
        }
        for i in chain {
            state[i] = 2;
        }
    }
    cycles
}
