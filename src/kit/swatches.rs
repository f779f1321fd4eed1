//! Adobe Swatch Exchange (`.ase`): the palette for Illustrator, InDesign, Affinity and Scribus. Three groups:
//! the authored CMYK as global process swatches, the Pantone references as spot swatches (their authored CMYK
//! as the ink's alternate), and the sRGB values. Big-endian; names UTF-16BE with a terminating zero.

use crate::i18n::{Lang, tr_args};
use crate::manual::{Color, Manual};

const GROUP_START: u16 = 0xC001;
const GROUP_END: u16 = 0xC002;
const ENTRY: u16 = 0x0001;
/// Colour types.
const GLOBAL: u16 = 0;
const SPOT: u16 = 1;
const NORMAL: u16 = 2;

/// The longest swatch name written, in UTF-16 units (names are cut there; ASE lengths are u16).
const MAX_NAME: usize = 1000;

/// The `.ase` bytes.
pub(crate) fn ase(manual: &Manual, lang: Lang) -> Vec<u8> {
    let org = manual.programme.organisation.clone();
    let group = |id: &str| tr_args(lang, id, &[("organisation", org.clone().into())]);
    let mut blocks: Vec<(u16, Vec<u8>)> = Vec::new();

    blocks.push((GROUP_START, name(&group("kit-swatch-group-cmyk"))));
    for c in &manual.colors {
        let values = c.cmyk.unit();
        let label = format!("{} CMYK {}", c.name.get(lang), c.cmyk.notation());
        blocks.push((ENTRY, entry(&label, b"CMYK", &values, GLOBAL)));
    }
    blocks.push((GROUP_END, Vec::new()));

    let spots: Vec<(&Color, &str)> = manual
        .colors
        .iter()
        .filter_map(|c| c.pantone_c.as_deref().map(|p| (c, p)))
        .collect();
    if !spots.is_empty() {
        blocks.push((GROUP_START, name(&group("kit-swatch-group-spot"))));
        for (c, pantone) in spots {
            blocks.push((ENTRY, entry(pantone, b"CMYK", &c.cmyk.unit(), SPOT)));
        }
        blocks.push((GROUP_END, Vec::new()));
    }

    blocks.push((GROUP_START, name(&group("kit-swatch-group-rgb"))));
    for c in &manual.colors {
        let values = c.rgb.0.map(|v| f32::from(v) / 255.0);
        let label = format!("{} {}", c.name.get(lang), c.rgb.to_hex());
        blocks.push((ENTRY, entry(&label, b"RGB ", &values, NORMAL)));
    }
    blocks.push((GROUP_END, Vec::new()));

    let mut out = Vec::new();
    out.extend_from_slice(b"ASEF");
    out.extend_from_slice(&1u16.to_be_bytes());
    out.extend_from_slice(&0u16.to_be_bytes());
    out.extend_from_slice(&(blocks.len() as u32).to_be_bytes());
    for (kind, body) in blocks {
        out.extend_from_slice(&kind.to_be_bytes());
        out.extend_from_slice(&(body.len() as u32).to_be_bytes());
        out.extend_from_slice(&body);
    }
    out
}

/// A name: u16 length in UTF-16 units including the terminating zero, the units big-endian, the zero.
fn name(text: &str) -> Vec<u8> {
    let units: Vec<u16> = text
        .chars()
        .filter(|c| !c.is_control())
        .collect::<String>()
        .encode_utf16()
        .take(MAX_NAME)
        .collect();
    let mut out = Vec::with_capacity(units.len() * 2 + 4);
    out.extend_from_slice(&((units.len() + 1) as u16).to_be_bytes());
    for u in units {
        out.extend_from_slice(&u.to_be_bytes());
    }
    out.extend_from_slice(&0u16.to_be_bytes());
    out
}

fn entry(label: &str, model: &[u8; 4], values: &[f32], kind: u16) -> Vec<u8> {
    let mut out = name(label);
    out.extend_from_slice(model);
    for v in values {
        out.extend_from_slice(&v.to_be_bytes());
    }
    out.extend_from_slice(&kind.to_be_bytes());
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::manual::load_embedded;

    #[test]
    fn header_blocks_and_names_are_big_endian() {
        let loaded = load_embedded();
        let bytes = ase(&loaded.manual, Lang::Da);
        assert_eq!(&bytes[..8], b"ASEF\x00\x01\x00\x00");
        let colors = loaded.manual.colors.len();
        let spots = loaded
            .manual
            .colors
            .iter()
            .filter(|c| c.pantone_c.is_some())
            .count();
        let count = u32::from_be_bytes(bytes[8..12].try_into().unwrap()) as usize;
        assert_eq!(count, 6 + 2 * colors + spots);
        assert_eq!(name("Aø"), [0, 3, 0, b'A', 0, 0xF8, 0, 0]);
        // a name longer than u16 can count is cut, never wrapped
        assert_eq!(name(&"x".repeat(70_000)).len(), 2 + 2 * MAX_NAME + 2);
    }
}
