//! The palette files of the kit, made with the CLI and read back by independent tools: the `.ase` with the
//! Python `swatch` package (every authored CMYK exact, Pantone as spot), the tokens file against a structural
//! check of the DTCG 2025.10 format written from the specification, and Style Dictionary (npm) building CSS
//! from it; the CSS and SCSS files themselves.

mod export_support;

use std::path::{Path, PathBuf};

use export_support::{designprogram, run_ok, tool};
use serde_json::Value;

fn kit(dir: &Path, what: &str) -> PathBuf {
    let out = run_ok(designprogram(dir).args(["kit", what, "--out"]).arg(dir));
    PathBuf::from(out.trim())
}

/// The demonstration palette (manual/colors.toml): id, HEX, CMYK, Pantone C.
const PALETTE: [(&str, &str, [f64; 4], Option<&str>); 10] = [
    (
        "groen",
        "#00734a",
        [90.0, 20.0, 85.0, 10.0],
        Some("PANTONE 348 C"),
    ),
    (
        "lysegroen",
        "#8dc63f",
        [50.0, 0.0, 100.0, 0.0],
        Some("PANTONE 376 C"),
    ),
    (
        "skovgroen",
        "#0b3d2e",
        [85.0, 40.0, 75.0, 60.0],
        Some("PANTONE 3435 C"),
    ),
    (
        "fjordblaa",
        "#1f5f8b",
        [88.0, 50.0, 15.0, 10.0],
        Some("PANTONE 7692 C"),
    ),
    (
        "solgul",
        "#f2c200",
        [3.0, 22.0, 100.0, 0.0],
        Some("PANTONE 7408 C"),
    ),
    ("sand", "#efe9dc", [5.0, 6.0, 14.0, 0.0], None),
    ("graa", "#6f6f6e", [0.0, 0.0, 0.0, 70.0], None),
    ("lysgraa", "#b2b2b2", [0.0, 0.0, 0.0, 35.0], None),
    ("sort", "#1d1d1b", [0.0, 0.0, 0.0, 100.0], None),
    ("hvid", "#ffffff", [0.0, 0.0, 0.0, 0.0], None),
];

#[test]
fn swatches_read_back_with_the_swatch_package() {
    let dir = tempfile::tempdir().unwrap();
    let ase = kit(dir.path(), "swatches");
    assert_eq!(ase.file_name().unwrap(), "sonderborg_swatches_2-1.ase");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/kit/read_ase.py");
    let out = run_ok(tool("python3", "python3").arg(script).arg(&ase));
    let groups: Value = serde_json::from_str(&out).unwrap();
    let groups = groups.as_array().unwrap();
    assert_eq!(groups.len(), 3, "CMYK, Pantone and RGB groups: {out}");

    let cmyk = groups[0]["swatches"].as_array().unwrap();
    assert_eq!(cmyk.len(), PALETTE.len());
    for (swatch, (id, _, values, _)) in cmyk.iter().zip(PALETTE) {
        assert_eq!(swatch["data"]["mode"], "CMYK", "{id}");
        let got: Vec<f64> = swatch["data"]["values"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_f64().unwrap() * 100.0)
            .collect();
        // float32 in the file: the authored percentage comes back to within float32 precision
        for (g, v) in got.iter().zip(values) {
            assert!((g - v).abs() < 1e-4, "{id}: {got:?} vs {values:?}");
        }
        assert_eq!(swatch["type"], "Global", "{id}");
    }

    let spots = groups[1]["swatches"].as_array().unwrap();
    let expected: Vec<(&str, [f64; 4])> = PALETTE
        .iter()
        .filter_map(|(_, _, cmyk, p)| p.map(|p| (p, *cmyk)))
        .collect();
    assert_eq!(spots.len(), expected.len());
    for (swatch, (name, values)) in spots.iter().zip(expected) {
        assert_eq!(swatch["name"], name);
        assert_eq!(swatch["type"], "Spot", "{name}");
        let got: Vec<f64> = swatch["data"]["values"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_f64().unwrap() * 100.0)
            .collect();
        for (g, v) in got.iter().zip(values) {
            assert!((g - v).abs() < 1e-4, "{name}");
        }
    }

    let rgb = groups[2]["swatches"].as_array().unwrap();
    for (swatch, (id, hex, _, _)) in rgb.iter().zip(PALETTE) {
        assert_eq!(swatch["data"]["mode"], "RGB", "{id}");
        let got: String = swatch["data"]["values"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| format!("{:02x}", (v.as_f64().unwrap() * 255.0).round() as u8))
            .collect();
        assert_eq!(format!("#{got}"), hex, "{id}");
    }
}

/// A structural check of a DTCG 2025.10 tokens file, written from the specification: groups and tokens,
/// names, `$type` inherited from groups, and the value shape of each type this program writes.
fn check_dtcg(node: &Value, path: &str, inherited: Option<&str>, tokens: &mut usize) {
    let obj = node
        .as_object()
        .unwrap_or_else(|| panic!("{path}: not an object"));
    let own_type = obj
        .get("$type")
        .map(|t| t.as_str().expect("$type is a string"));
    let ty = own_type.or(inherited);
    if let Some(ext) = obj.get("$extensions") {
        for key in ext.as_object().expect("$extensions is an object").keys() {
            assert!(
                key.contains('.'),
                "{path}: $extensions key {key} is not reverse-domain"
            );
        }
    }
    if let Some(d) = obj.get("$description") {
        assert!(d.is_string(), "{path}: $description");
    }
    if let Some(value) = obj.get("$value") {
        *tokens += 1;
        for key in obj.keys() {
            assert!(
                key.starts_with('$'),
                "{path}: a token cannot hold the group {key}"
            );
        }
        let ty = ty.unwrap_or_else(|| panic!("{path}: no $type"));
        check_value(ty, value, path);
        return;
    }
    for (key, child) in obj {
        if key.starts_with('$') {
            assert!(
                ["$type", "$description", "$extensions", "$deprecated"].contains(&key.as_str()),
                "{path}: unknown group property {key}"
            );
            continue;
        }
        assert!(
            !key.contains(['{', '}', '.']),
            "{path}: token name {key} has a reserved character"
        );
        check_dtcg(child, &format!("{path}.{key}"), ty, tokens);
    }
}

fn check_value(ty: &str, value: &Value, path: &str) {
    match ty {
        "color" => {
            assert_eq!(value["colorSpace"], "srgb", "{path}");
            let c = value["components"].as_array().unwrap();
            assert_eq!(c.len(), 3, "{path}");
            assert!(
                c.iter().all(|v| (0.0..=1.0).contains(&v.as_f64().unwrap())),
                "{path}"
            );
            assert!(
                (0.0..=1.0).contains(&value["alpha"].as_f64().unwrap()),
                "{path}"
            );
            let hex = value["hex"].as_str().unwrap();
            assert!(hex.len() == 7 && hex.starts_with('#'), "{path}: {hex}");
            let digits: Vec<u8> = (0..3)
                .map(|i| u8::from_str_radix(&hex[1 + 2 * i..3 + 2 * i], 16).unwrap())
                .collect();
            for (d, comp) in digits.iter().zip(c) {
                assert!(
                    (f64::from(*d) / 255.0 - comp.as_f64().unwrap()).abs() < 1e-9,
                    "{path}"
                );
            }
        }
        "dimension" => {
            assert!(value["value"].is_number(), "{path}");
            assert!(
                ["px", "rem"].contains(&value["unit"].as_str().unwrap()),
                "{path}"
            );
        }
        "fontFamily" => {
            assert!(
                value.is_string()
                    || value
                        .as_array()
                        .is_some_and(|a| a.iter().all(Value::is_string)),
                "{path}"
            );
        }
        "fontWeight" => {
            let w = value.as_f64().unwrap();
            assert!((1.0..=1000.0).contains(&w), "{path}");
        }
        other => panic!("{path}: type {other} is not one this program writes"),
    }
}

#[test]
fn tokens_validate_and_style_dictionary_builds_css() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let tokens = kit(d, "tokens");
    assert_eq!(
        tokens.file_name().unwrap(),
        "sonderborg_tokens_2-1.tokens.json"
    );
    let json: Value = serde_json::from_str(&std::fs::read_to_string(&tokens).unwrap()).unwrap();
    let mut count = 0;
    check_dtcg(&json, "", None, &mut count);
    assert!(count > 30, "{count} tokens");
    let ext = "dk.sonderborg.designprogram";
    for (id, hex, cmyk, pantone) in PALETTE {
        let t = &json["color"][id];
        assert_eq!(t["$value"]["hex"], hex);
        let e = &t["$extensions"][ext];
        let got: Vec<f64> = e["cmyk"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_f64().unwrap())
            .collect();
        assert_eq!(got, cmyk, "{id}");
        assert_eq!(e["pantoneC"].as_str(), pantone, "{id}");
    }
    assert_eq!(
        json["color"]["groen"]["$extensions"][ext]["ral"],
        "RAL 6024"
    );
    assert_eq!(
        json["font"]["family"]["headline"]["$value"][0],
        "IBM Plex Sans"
    );
    assert_eq!(json["$extensions"][ext]["manualVersion"], "2.1");
    // logos/kommune/logo.toml: horizontal minimum 35 mm print (negative), clear space 0.5 × the mark
    let min = &json["logo"]["kommune"]["horizontal"]["min-width-print"];
    assert_eq!(min["$extensions"][ext]["mm"], 35.0);
    assert!((min["$value"]["value"].as_f64().unwrap() - 35.0 * 96.0 / 25.4).abs() < 0.001);

    // Style Dictionary reads the file as DTCG and writes CSS custom properties.
    let sd_dir = std::env::var_os("DESIGNPROGRAM_STYLE_DICTIONARY").map_or_else(
        || {
            PathBuf::from(std::env::var_os("HOME").unwrap_or_default())
                .join(".cache/designprogram-test/npm")
        },
        PathBuf::from,
    );
    assert!(
        sd_dir.join("node_modules/style-dictionary").is_dir(),
        "Style Dictionary is not installed in {}: run scripts/install-test-deps.sh \
         (or set DESIGNPROGRAM_STYLE_DICTIONARY to a folder with node_modules/style-dictionary)",
        sd_dir.display()
    );
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/kit/style-dictionary.mjs");
    let out = d.join("sd");
    run_ok(
        tool("node", "nodejs")
            .env("SD_DIR", &sd_dir)
            .arg(script)
            .arg(&tokens)
            .arg(&out),
    );
    let css = std::fs::read_to_string(out.join("variables.css")).unwrap();
    assert!(css.contains("--color-groen: #00734a;"), "{css}");
    assert!(css.contains("--color-tint-groen-80:"), "{css}");
    assert!(css.contains("--font-family-headline:"), "{css}");
}

#[test]
fn css_and_scss_carry_the_palette() {
    let dir = tempfile::tempdir().unwrap();
    let css = std::fs::read_to_string(kit(dir.path(), "css")).unwrap();
    let scss = std::fs::read_to_string(kit(dir.path(), "scss")).unwrap();
    assert!(css.starts_with("/* Designprogram for Sønderborg Kommune 2.1 (2026-10-01)."));
    for (id, hex, _, _) in PALETTE {
        assert!(
            css.contains(&format!("  --sonderborg-{id}: {hex};\n")),
            "{id}"
        );
        assert!(scss.contains(&format!("  \"{id}\": {hex},\n")), "{id}");
    }
    // a tint: Sønderborg-grøn 60 % on white
    assert!(css.contains("--sonderborg-groen-60: #66ab92;"), "{css}");
}
