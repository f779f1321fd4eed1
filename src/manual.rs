//! The design programme as data: the manual's model, and loading it from a folder or the embedded copy.
//!
//! [`load`] never fails: it returns the valid part of the manual together with every problem found
//! ([`Diagnostic`]), so a broken manual can still be browsed while its problems are listed.

pub mod color;
pub mod diagnostic;
mod doc;
pub mod edit;
pub mod embed;
pub mod journal;
mod load;
pub mod logo;
pub mod office;
pub mod paint;
pub mod preset;
pub mod programme;
mod raw;
pub mod rules;
pub mod sender;
pub mod source;
pub mod svg;
pub mod template;
pub mod text;
pub mod typography;

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

pub use color::{Cmyk, Color, Rgb, Role};
pub use diagnostic::{Diagnostic, Message, Severity};
pub use logo::{
    Artwork, Colorway, ColorwayFit, ColorwayKind, Lockup, Logo, Minimum, Position, SizeEntry,
};
pub use office::{OfficeFonts, OfficeTheme, Slot};
pub use preset::{ColorSpace, Format, Medium, Preset, PresetKind, PresetSize};
pub use programme::{ChangelogEntry, Chapter, Programme};
pub use rules::Rules;
pub use sender::{
    CobrandAlign, CobrandArrangement, CobrandOrder, Cobranding, Contact, Sender, SenderKind,
};
pub use source::{Files, Origin};
pub use template::Template;
pub use text::Text;
pub use typography::Family;

/// A loaded, validated design manual. Immutable; share it with [`Arc`].
#[derive(Debug, Clone, Default)]
pub struct Manual {
    /// Where it came from (`None` only for [`Manual::default`]).
    pub origin: Option<Origin>,
    /// Programme metadata.
    pub programme: Programme,
    /// Chapters.
    pub chapters: Vec<Chapter>,
    /// Changelog, newest first.
    pub changelog: Vec<ChangelogEntry>,
    /// Palette, in manual order.
    pub colors: Vec<Color>,
    /// Which palette colour fills which Office theme slot (`[office_theme]` in colors.toml).
    pub office_theme: OfficeTheme,
    /// Font families.
    pub families: Vec<Family>,
    /// Senders.
    pub senders: Vec<Sender>,
    /// Logos, sorted by id.
    pub logos: Vec<Logo>,
    /// Presets, in manual order.
    pub presets: Vec<Preset>,
    /// Templates.
    pub templates: Vec<Template>,
    /// Parameters of the compliance rules (`[rules]`; defaults when absent).
    pub rules: Rules,
    logo_index: HashMap<String, usize>,
    color_index: HashMap<String, usize>,
    sender_index: HashMap<String, usize>,
    preset_index: HashMap<String, usize>,
}

/// A manual and the problems found while loading it.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The valid part of the manual.
    pub manual: Arc<Manual>,
    /// Every problem, sorted by file and position.
    pub diagnostics: Vec<Diagnostic>,
}

impl Loaded {
    /// Whether any diagnostic is an error.
    pub fn has_errors(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error)
    }
}

/// Whether `id` is a valid id: 1–48 characters `a`–`z`, `0`–`9` and `-`.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 48
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Loads the embedded demonstration manual.
pub fn load_embedded() -> Loaded {
    load::load(&Files::embedded())
}

/// Loads a manual folder. A folder that does not exist gives a manual with one error.
///
/// A save by the program's editor that commits while the folder is read makes it read again (see
/// [`journal`]), so the result is the manual before or after that save, never a mix.
pub fn load_folder(path: &Path) -> Loaded {
    const ATTEMPTS: usize = 4;
    let mut loaded = None;
    for _ in 0..ATTEMPTS {
        let before = journal::marker(path);
        let attempt = load_folder_once(path);
        if journal::marker(path) == before {
            return attempt;
        }
        loaded = Some(attempt);
    }
    loaded.unwrap_or_else(|| load_folder_once(path))
}

/// Loads the manual that `files` give (a folder, possibly with an editor's changes on top).
pub fn load_files(files: &Files) -> Loaded {
    load::load(files)
}

fn load_folder_once(path: &Path) -> Loaded {
    match Files::folder(path) {
        Ok(files) => load::load(&files),
        Err(e) => Loaded {
            manual: Arc::new(Manual::default()),
            diagnostics: vec![Diagnostic {
                file: path.display().to_string(),
                line: 0,
                column: 0,
                severity: Severity::Error,
                message: Message::new("manual-folder-unreadable").arg("error", e),
            }],
        },
    }
}

impl Manual {
    /// Rebuilds the id indexes (after the lists changed), so that every lookup by id is O(1).
    pub(crate) fn reindex(&mut self) {
        fn index<'a>(ids: impl Iterator<Item = &'a String>) -> HashMap<String, usize> {
            ids.enumerate().map(|(i, id)| (id.clone(), i)).collect()
        }
        self.logo_index = index(self.logos.iter().map(|l| &l.id));
        self.color_index = index(self.colors.iter().map(|c| &c.id));
        self.sender_index = index(self.senders.iter().map(|s| &s.id));
        self.preset_index = index(self.presets.iter().map(|p| &p.id));
    }

    /// A palette colour by id.
    pub fn color(&self, id: &str) -> Option<&Color> {
        lookup(&self.color_index, &self.colors, id, |c| &c.id)
    }

    /// The palette colour with this sRGB value, if any.
    pub fn color_by_rgb(&self, rgb: Rgb) -> Option<&Color> {
        self.colors.iter().find(|c| c.rgb == rgb)
    }

    /// A logo by id.
    pub fn logo(&self, id: &str) -> Option<&Logo> {
        lookup(&self.logo_index, &self.logos, id, |l| &l.id)
    }

    /// A preset by id.
    pub fn preset(&self, id: &str) -> Option<&Preset> {
        lookup(&self.preset_index, &self.presets, id, |p| &p.id)
    }

    /// A sender by id.
    pub fn sender(&self, id: &str) -> Option<&Sender> {
        lookup(&self.sender_index, &self.senders, id, |s| &s.id)
    }

    /// A template by id.
    pub fn template(&self, id: &str) -> Option<&Template> {
        self.templates.iter().find(|t| t.id == id)
    }

    /// A chapter by id.
    pub fn chapter(&self, id: &str) -> Option<&Chapter> {
        self.chapters.iter().find(|c| c.id == id)
    }

    /// The logos a sender may use: its own and those of its parents, nearest first. One pass over the logos.
    pub fn logos_for_sender(&self, sender: &str) -> Vec<&Logo> {
        let mut chain = Vec::new();
        let mut current = self.sender(sender);
        while let Some(s) = current {
            if chain.contains(&s.id.as_str()) {
                break; // a cycle is reported by the loader; do not loop here
            }
            chain.push(s.id.as_str());
            current = s.parent.as_deref().and_then(|p| self.sender(p));
        }
        let mut logos: Vec<(usize, &Logo)> = self
            .logos
            .iter()
            .filter_map(|l| Some((chain.iter().position(|id| *id == l.sender)?, l)))
            .collect();
        logos.sort_by_key(|(depth, _)| *depth);
        logos.into_iter().map(|(_, l)| l).collect()
    }

    /// Whether a sender's e-mail signatures carry a logo: its own `signature_logo`, else its parents', else yes.
    pub fn signature_logo(&self, sender: &str) -> bool {
        let mut current = self.sender(sender);
        for _ in 0..self.senders.len() {
            let Some(s) = current else { break };
            if let Some(choice) = s.signature_logo {
                return choice;
            }
            current = s.parent.as_deref().and_then(|p| self.sender(p));
        }
        true
    }

    /// The bundled font data of every family (for rendering).
    pub fn font_data(&self) -> impl Iterator<Item = &Arc<Vec<u8>>> {
        self.families.iter().flat_map(|f| f.data.iter())
    }
}

/// An entry by id through its index; a list changed without [`Manual::reindex`] is still answered correctly
/// (by a scan) rather than wrongly.
fn lookup<'m, T>(
    index: &HashMap<String, usize>,
    list: &'m [T],
    id: &str,
    id_of: impl Fn(&T) -> &String,
) -> Option<&'m T> {
    match index.get(id).and_then(|&i| list.get(i)) {
        Some(t) if id_of(t) == id => Some(t),
        _ => list.iter().find(|t| id_of(t) == id),
    }
}
