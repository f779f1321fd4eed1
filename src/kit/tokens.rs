//! Design tokens in the DTCG format 2025.10 (`.tokens.json`): the palette as sRGB colour tokens with their HEX
//! (the authored CMYK, Pantone, RAL and NCS under [`EXTENSION_KEY`] in `$extensions`, since DTCG colour spaces
//! have no CMYK or spot colours), the allowed tints, font families and weights, and the logos' minimum widths
//! and clear space as dimension tokens (CSS px; print millimetres converted at 96 px per inch, the authored mm
//! kept in `$extensions`).

use std::collections::BTreeSet;

use resvg::usvg::fontdb;
use serde_json::{Map, Value, json};

use crate::manual::{Color, Logo, Manual, Role};

/// The reverse-domain key of this program's `$extensions`.
pub const EXTENSION_KEY: &str = "dk.sonderborg.designprogram";

/// CSS px per mm (96 px per inch).
pub(crate) const PX_PER_MM: f64 = 96.0 / 25.4;

/// The tokens as a JSON value.
pub(crate) fn tokens(manual: &Manual) -> Value {
    let p = &manual.programme;
    let mut root = Map::new();
    root.insert(
        "$description".into(),
        json!(format!("{} {} ({})", p.name.da, p.version, p.updated_on)),
    );
    root.insert(
        "$extensions".into(),
        json!({ EXTENSION_KEY: {
            "organisation": p.organisation,
            "manualVersion": p.version,
            "manualUpdated": p.updated_on,
            "generator": format!("designprogram {}", env!("CARGO_PKG_VERSION")),
        }}),
    );
    root.insert("color".into(), colors(manual));
    let tints = tints(manual);
    if tints.len() > 1 {
        root.insert("color-tint".into(), Value::Object(tints));
    }
    root.insert("font".into(), fonts(manual));
    let logos = logos(manual);
    if logos.len() > 1 {
        root.insert("logo".into(), Value::Object(logos));
    }
    Value::Object(root)
}

/// The tokens file's text (pretty, with a final newline).
pub(crate) fn json(manual: &Manual) -> String {
    let mut s = serde_json::to_string_pretty(&tokens(manual)).unwrap_or_default();
    s.push('\n');
    s
}

/// A DTCG sRGB colour value.
pub(crate) fn color_value(rgb: crate::manual::Rgb) -> Value {
    json!({
        "colorSpace": "srgb",
        "components": rgb.0.map(|c| f64::from(c) / 255.0),
        "alpha": 1,
        "hex": rgb.to_hex(),
    })
}

fn role(role: Role) -> &'static str {
    match role {
        Role::Primary => "primary",
        Role::Secondary => "secondary",
        Role::Accent => "accent",
        Role::Neutral => "neutral",
    }
}

fn colors(manual: &Manual) -> Value {
    let mut group = Map::new();
    group.insert("$type".into(), json!("color"));
    for c in &manual.colors {
        group.insert(c.id.clone(), color_token(c));
    }
    Value::Object(group)
}

fn color_token(c: &Color) -> Value {
    let mut ext = Map::new();
    ext.insert("role".into(), json!(role(c.role)));
    ext.insert("name".into(), json!({ "da": c.name.da, "en": c.name.en }));
    ext.insert("hexAuthored".into(), json!(c.hex));
    ext.insert("cmyk".into(), json!(c.cmyk.0.map(f64::from)));
    for (key, value) in [
        ("pantoneC", &c.pantone_c),
        ("pantoneU", &c.pantone_u),
        ("ral", &c.ral),
        ("ncs", &c.ncs),
    ] {
        if let Some(v) = value {
            ext.insert(key.into(), json!(v));
        }
    }
    if !c.tints.is_empty() {
        ext.insert("tints".into(), json!(c.tints));
    }
    json!({
        "$value": color_value(c.rgb),
        "$description": format!("{} ({})", c.name.da, role(c.role)),
        "$extensions": { EXTENSION_KEY: Value::Object(ext) },
    })
}

fn tints(manual: &Manual) -> Map<String, Value> {
    let mut group = Map::new();
    group.insert("$type".into(), json!("color"));
    for c in &manual.colors {
        for &t in &c.tints {
            group.insert(
                format!("{}-{t}", c.id),
                json!({
                    "$value": color_value(c.tint_rgb(t)),
                    "$description": format!("{} {t} %", c.name.da),
                    "$extensions": { EXTENSION_KEY: {
                        "tintOf": c.id,
                        "percent": t,
                        "cmyk": c.cmyk.tint(f32::from(t)).0.map(f64::from),
                    }},
                }),
            );
        }
    }
    group
}

fn fonts(manual: &Manual) -> Value {
    let mut families = Map::new();
    families.insert("$type".into(), json!("fontFamily"));
    let mut weights: BTreeSet<u16> = BTreeSet::new();
    for f in &manual.families {
        let mut stack = vec![f.name.clone()];
        stack.extend(f.fallback.iter().cloned());
        for role in &f.roles {
            if !families.contains_key(role.as_str()) {
                families.insert(
                    role.clone(),
                    json!({ "$value": stack, "$description": f.name }),
                );
            }
        }
        let mut db = fontdb::Database::new();
        for data in &f.data {
            db.load_font_data(data.as_ref().clone());
        }
        weights.extend(db.faces().map(|face| face.weight.0));
    }
    let mut weight = Map::new();
    weight.insert("$type".into(), json!("fontWeight"));
    for w in weights {
        weight.insert(weight_name(w).into(), json!({ "$value": w }));
    }
    json!({ "family": Value::Object(families), "weight": Value::Object(weight) })
}

/// The DTCG name of a font weight.
fn weight_name(w: u16) -> &'static str {
    match w {
        0..=149 => "thin",
        150..=249 => "extra-light",
        250..=349 => "light",
        350..=449 => "regular",
        450..=549 => "medium",
        550..=649 => "semi-bold",
        650..=749 => "bold",
        750..=849 => "extra-bold",
        _ => "black",
    }
}

fn dimension(px: f64) -> Value {
    json!({ "value": (px * 1000.0).round() / 1000.0, "unit": "px" })
}

fn logos(manual: &Manual) -> Map<String, Value> {
    let mut group = Map::new();
    group.insert("$type".into(), json!("dimension"));
    for logo in &manual.logos {
        let mut lockups = Map::new();
        for lockup in &logo.lockups {
            let entry = lockup_tokens(logo, lockup);
            if !entry.is_empty() {
                lockups.insert(lockup.id.clone(), Value::Object(entry));
            }
        }
        if !lockups.is_empty() {
            group.insert(logo.id.clone(), Value::Object(lockups));
        }
    }
    group
}

/// Minimum widths (the strictest over the colourways) and the clear space at those widths.
fn lockup_tokens(logo: &Logo, lockup: &crate::manual::Lockup) -> Map<String, Value> {
    let mut out = Map::new();
    let Some(art_w) = lockup.artwork.values().next().map(|a| a.width) else {
        return out;
    };
    let (print, screen) = logo.strictest_minimum(&lockup.id);
    let clear = |width: f64| logo.clear_space_units(lockup) / art_w * width;
    let ratio = json!({ EXTENSION_KEY: {
        "clearSpaceRatio": logo.clear_space_ratio,
        "reference": logo.reference_name.da,
    }});
    if let Some(px) = screen.map(f64::from) {
        out.insert(
            "min-width-screen".into(),
            json!({ "$value": dimension(px) }),
        );
        out.insert(
            "clear-space-screen".into(),
            json!({ "$value": dimension(clear(px)), "$extensions": ratio }),
        );
    }
    if let Some(mm) = print {
        out.insert(
            "min-width-print".into(),
            json!({
                "$value": dimension(mm * PX_PER_MM),
                "$extensions": { EXTENSION_KEY: { "mm": mm } },
            }),
        );
        out.insert(
            "clear-space-print".into(),
            json!({
                "$value": dimension(clear(mm) * PX_PER_MM),
                "$extensions": { EXTENSION_KEY: {
                    "mm": (clear(mm) * 1000.0).round() / 1000.0,
                    "clearSpaceRatio": logo.clear_space_ratio,
                }},
            }),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::manual::load_embedded;

    #[test]
    fn colours_carry_srgb_and_the_authored_print_values() {
        let loaded = load_embedded();
        let t = tokens(&loaded.manual);
        let green = &t["color"]["groen"];
        assert_eq!(t["color"]["$type"], "color");
        assert_eq!(green["$value"]["hex"], "#00734a");
        assert_eq!(green["$value"]["colorSpace"], "srgb");
        assert_eq!(green["$value"]["components"][1], 115.0 / 255.0);
        let ext = &green["$extensions"][EXTENSION_KEY];
        assert_eq!(ext["cmyk"], json!([90.0, 20.0, 85.0, 10.0]));
        assert_eq!(ext["pantoneC"], "PANTONE 348 C");
        assert_eq!(ext["ral"], "RAL 6024");
        assert_eq!(t["font"]["family"]["office"]["$value"][0], "Verdana");
        assert_eq!(t["font"]["weight"]["semi-bold"]["$value"], 600);
        // logos/kommune/logo.toml: horizontal 30 mm / 120 px, negative 35 mm / 140 px → the strictest
        let h = &t["logo"]["kommune"]["horizontal"];
        assert_eq!(
            h["min-width-screen"]["$value"],
            json!({"value": 140.0, "unit": "px"})
        );
        assert_eq!(
            h["min-width-print"]["$extensions"][EXTENSION_KEY]["mm"],
            35.0
        );
    }
}
