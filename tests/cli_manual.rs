//! The `list` and `check` commands, run as the built binary with a clean settings folder.

use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;

fn run(args: &[&str]) -> Output {
    let config = tempfile::tempdir().unwrap();
    Command::new(env!("CARGO_BIN_EXE_designprogram"))
        .args(args)
        .env("DESIGNPROGRAM_CONFIG_DIR", config.path())
        .env_remove("DESIGNPROGRAM_MANUAL")
        .output()
        .expect("the binary runs")
}

fn json(args: &[&str]) -> Value {
    let out = run(args);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("valid JSON")
}

fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/manuals")
        .join(name)
        .display()
        .to_string()
}

#[test]
fn check_passes_on_the_embedded_manual() {
    let out = run(&["--lang", "en", "check"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("; 0 errors, 0 warnings"), "{stderr}");
    let out = run(&["check"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("4 logoer, 10 farver"), "{stderr}");
    assert!(stderr.contains("; 0 fejl, 0 advarsler"), "{stderr}");
}

#[test]
fn check_reports_all_problems_and_exits_1() {
    let out = run(&[
        "--lang",
        "en",
        "check",
        "--manual",
        &fixture("three-problems"),
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("; 3 errors, 0 warnings"), "{stderr}");
    for expected in [
        "logos/kommune/logo.toml:22:22: error: unsafe path: \"../../../secrets.svg\" leaves the manual folder",
        "logos/kommune/logo.toml:22:57: error: logos/kommune/horizontal-negative.svg: file not found",
        "colors.toml:23:7: error: invalid HEX \"black\": expected #rrggbb",
    ] {
        assert!(
            stderr.contains(expected),
            "missing {expected:?} in\n{stderr}"
        );
    }
}

#[test]
fn check_speaks_danish_with_lang_da_and_by_default() {
    for args in [
        &[
            "--lang",
            "da",
            "check",
            "--manual",
            &fixture("three-problems"),
        ][..],
        &["check", "--manual", &fixture("three-problems")][..],
    ] {
        let out = run(args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{stderr}");
        for expected in [
            "logos/kommune/logo.toml:22:22: fejl: usikker sti: \"../../../secrets.svg\" fører ud af manualmappen",
            "logos/kommune/logo.toml:22:57: fejl: logos/kommune/horizontal-negative.svg: filen findes ikke",
            "colors.toml:23:7: fejl: ugyldig HEX \"black\": forventede #rrggbb",
            "; 3 fejl, 0 advarsler",
        ] {
            assert!(
                stderr.contains(expected),
                "missing {expected:?} in\n{stderr}"
            );
        }
        assert!(!stderr.contains("error"), "{stderr}");
    }
    let out = run(&["--lang", "da", "check", "--manual", &fixture("unknown-key")]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains(": advarsel: ukendt nøgle `"), "{stderr}");
}

#[test]
fn check_refuses_a_billion_laughs_svg() {
    let out = run(&[
        "--lang",
        "en",
        "check",
        "--manual",
        &fixture("billion-laughs"),
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr.contains("declares a DTD"), "{stderr}");
}

#[test]
fn warnings_alone_keep_check_green() {
    let out = run(&["--lang", "en", "check", "--manual", &fixture("unknown-key")]);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("warning: unknown key"));
}

#[test]
fn the_manual_env_var_and_the_flag_choose_the_manual() {
    let config = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_designprogram"))
        .args(["list", "logos", "--json"])
        .env("DESIGNPROGRAM_CONFIG_DIR", config.path())
        .env("DESIGNPROGRAM_MANUAL", fixture("valid"))
        .output()
        .unwrap();
    let logos: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        logos.as_array().unwrap().len(),
        1,
        "the env var picks the fixture"
    );
    // --manual wins over the environment
    let out = Command::new(env!("CARGO_BIN_EXE_designprogram"))
        .args(["--manual", &fixture("valid"), "list", "senders", "--json"])
        .env("DESIGNPROGRAM_CONFIG_DIR", config.path())
        .env("DESIGNPROGRAM_MANUAL", "/nonexistent")
        .output()
        .unwrap();
    let senders: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(senders.as_array().unwrap().len(), 2);
}

#[test]
fn list_logos_has_the_kommune_and_three_institutions_with_their_variants() {
    let logos = json(&["list", "logos", "--json"]);
    let logos = logos.as_array().unwrap();
    assert!(logos.len() >= 4, "{} logos", logos.len());
    let senders = json(&["list", "senders", "--json"]);
    let kind_of = |sender: &str| {
        senders
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["id"] == sender)
            .map(|s| s["kind"].as_str().unwrap().to_owned())
            .unwrap()
    };
    let institutions = logos
        .iter()
        .filter(|l| kind_of(l["sender"].as_str().unwrap()) == "institution")
        .count();
    assert!(institutions >= 3, "{institutions} institution logos");
    assert!(logos.iter().any(|l| l["id"] == "kommune"));
    for logo in logos {
        let lockups = logo["lockups"].as_array().unwrap();
        let colorways = logo["colorways"].as_array().unwrap();
        assert!(lockups.len() >= 2, "{}", logo["id"]);
        assert!(colorways.len() >= 4, "{}", logo["id"]);
        for lockup in lockups {
            // every colourway has artwork in every lockup
            assert_eq!(
                lockup["artwork"].as_object().unwrap().len(),
                colorways.len()
            );
        }
    }
}

#[test]
fn list_presets_has_every_preset_with_reference_sizes() {
    // export-standards.md §1 and §3.3
    let mm: &[(&str, f64, f64)] = &[
        ("poster-a4", 210.0, 297.0),
        ("poster-a3", 297.0, 420.0),
        ("poster-a2", 420.0, 594.0),
        ("poster-a1", 594.0, 841.0),
        ("poster-a0", 841.0, 1189.0),
        ("poster-50x70", 500.0, 700.0),
        ("poster-70x100", 700.0, 1000.0),
        ("letterhead-a4", 210.0, 297.0),
        ("business-card", 85.0, 55.0),
    ];
    let px: &[(&str, u64, Option<u64>)] = &[
        ("favicon", 512, Some(512)),
        ("og-image", 1200, Some(630)),
        ("linkedin-share", 1200, Some(627)),
        ("facebook-cover", 851, Some(315)),
        ("instagram-square", 1080, Some(1080)),
        ("instagram-portrait", 1080, Some(1350)),
        ("instagram-story", 1080, Some(1920)),
        ("email-signature", 400, None),
        ("powerpoint-16x9", 1920, Some(1080)),
    ];
    let presets = json(&["list", "presets", "--json"]);
    let get = |id: &str| {
        presets
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["id"] == id)
            .unwrap_or_else(|| panic!("preset {id} missing"))
            .clone()
    };
    for &(id, w, h) in mm {
        let p = get(id);
        assert_eq!(p["size"]["unit"], "mm", "{id}");
        assert_eq!(p["size"]["width"].as_f64(), Some(w), "{id}");
        assert_eq!(p["size"]["height"].as_f64(), Some(h), "{id}");
        assert_eq!(p["medium"], "print", "{id}");
        assert_eq!(p["bleed_mm"].as_f64(), Some(3.0), "{id}");
    }
    for &(id, w, h) in px {
        let p = get(id);
        assert_eq!(p["size"]["unit"], "px", "{id}");
        assert_eq!(p["size"]["width"].as_u64(), Some(w), "{id}");
        assert_eq!(p["size"]["height"].as_u64(), h, "{id}");
    }
    assert_eq!(get("email-signature")["display_scale"], 2);
    assert_eq!(get("favicon")["kind"], "favicon");
}

#[test]
fn list_colors_carries_the_authored_values() {
    // The values must be exactly those in manual/colors.toml: read the file independently and compare.
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("manual/colors.toml"))
            .unwrap();
    let authored: toml::Table = text.parse().unwrap();
    let authored = authored["color"].as_array().unwrap();
    let listed = json(&["list", "colors", "--json"]);
    let listed = listed.as_array().unwrap();
    assert!(listed.len() >= 6);
    assert_eq!(listed.len(), authored.len());
    for a in authored {
        let id = a["id"].as_str().unwrap();
        let l = listed.iter().find(|c| c["id"] == id).unwrap();
        assert_eq!(l["hex"].as_str(), a["hex"].as_str(), "{id} hex");
        let cmyk: Vec<f64> = a["cmyk"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_float().or(v.as_integer().map(|i| i as f64)).unwrap())
            .collect();
        let listed_cmyk: Vec<f64> = l["cmyk"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_f64().unwrap())
            .collect();
        assert_eq!(listed_cmyk, cmyk, "{id} cmyk");
        assert_eq!(
            l["pantone_c"].as_str(),
            a.get("pantone_c").and_then(|v| v.as_str()),
            "{id} pantone"
        );
    }
    let green = listed.iter().find(|c| c["id"] == "groen").unwrap();
    assert_eq!(green["hex"], "#00734a");
    assert_eq!(green["role"], "primary");
    assert_eq!(green["pantone_c"], "PANTONE 348 C");
}

#[test]
fn version_and_help() {
    let out = run(&["--version"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("designprogram "));
    let out = run(&["--help"]);
    assert!(out.status.success());
    let help = String::from_utf8_lossy(&out.stdout);
    for word in ["list", "check", "--manual"] {
        assert!(help.contains(word), "{word}");
    }
}
