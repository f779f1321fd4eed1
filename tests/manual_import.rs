//! Scenario 5 through the CLI on a copy of the demonstration manual under Git: a new daycare as a sender, its
//! logo imported from artwork written the way Illustrator exports it, a new version with a note; `check`
//! passes and `git diff` shows only the intended lines. Artwork off the palette by ΔE2000 1.5 is reported
//! and changes nothing until confirmed; text that is not outlined is refused with the reason.

mod manual_support;

use std::path::PathBuf;

use manual_support::Demo;

fn fixture(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import")
        .join(name)
        .display()
        .to_string()
}

/// The new logo, lockup and colourway the import creates with the artwork (one save).
const NEW: &[&str] = &[
    "--new-logo",
    "sender=regnbuen",
    "--new-logo",
    "name-da=Børnehuset Regnbuen – logo",
    "--new-logo",
    "name-en=Regnbuen Daycare – logo",
    "--new-logo",
    "reference-part=mark",
    "--new-logo",
    "reference-name-da=bomærkets højde",
    "--new-logo",
    "clear-space=0.5",
    "--new-lockup",
    "name-da=Liggende",
    "--new-lockup",
    "name-en=Horizontal",
    "--new-lockup",
    "reference=120",
    "--new-colorway",
    "kind=positive",
    "--new-colorway",
    "name-da=Positiv (farve)",
    "--new-colorway",
    "name-en=Positive (colour)",
    "--new-colorway",
    "main-color=groen",
    "--new-colorway",
    "backgrounds=hvid,sand",
];

fn import(demo: &Demo, file: &str, extra: &[&str]) -> std::process::Output {
    let fixture = fixture(file);
    let mut args = vec![
        "manual",
        "import-logo",
        "regnbuen",
        "--lockup",
        "horizontal",
        "--colorway",
        "positive",
        fixture.as_str(),
    ];
    args.extend_from_slice(NEW);
    args.extend_from_slice(extra);
    demo.run(&args)
}

fn add_regnbuen(demo: &Demo) {
    demo.ok(&[
        "manual",
        "add-sender",
        "regnbuen",
        "--kind",
        "institution",
        "--parent",
        "boern-og-uddannelse",
        "--name-da",
        "Børnehuset Regnbuen",
        "--name-en",
        "Regnbuen Daycare",
        "--synonyms",
        "børnehave,daginstitution,daycare",
        "--address",
        "Regnbuevej 7",
        "--address",
        "6400 Sønderborg",
        "--phone",
        "+45 88 72 40 00",
        "--requires",
        "kommune",
        "--order",
        "own-first",
        "--min-separation",
        "2",
    ]);
}

#[test]
fn scenario_5_new_daycare_logo_import_and_new_version() {
    let demo = Demo::new(true);
    add_regnbuen(&demo);

    // the default black of the path without fill is not a palette colour: reported, nothing written
    let out = import(&demo, "regnbuen-illustrator.svg", &[]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("#000000 er ikke en paletfarve; nærmeste paletfarve er sort #1d1d1b"),
        "{stderr}"
    );
    assert!(stderr.contains("Intet er ændret"), "{stderr}");
    assert!(!demo.manual().join("logos/regnbuen").exists());

    // mapped by hand to the palette's black: imported with the logo, lockup and colourway
    let out = import(
        &demo,
        "regnbuen-illustrator.svg",
        &["--map", "#000000=sort"],
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    for line in [
        "#00734a er paletfarven groen.",
        "#8dc63f er paletfarven lysegroen.",
        "#f2c200 er paletfarven solgul.",
        "#ffffff er paletfarven hvid.",
        "#000000 bliver paletfarven sort #1d1d1b",
    ] {
        assert!(stderr.contains(line), "{line}: {stderr}");
    }

    demo.ok(&[
        "manual",
        "bump",
        "2.2",
        "--note",
        "Ny afsender: Børnehuset Regnbuen med logo.",
        "--adopted-on",
        "2026-11-02",
    ]);
    let check = demo.ok(&["check"]);
    assert!(check.contains(" 2.2 "), "{check}");

    // the artwork as written: palette colours as explicit fills, no CSS, no Illustrator metadata
    let svg = std::fs::read_to_string(demo.manual().join("logos/regnbuen/horizontal-positive.svg"))
        .unwrap();
    for fill in ["#00734a", "#8dc63f", "#f2c200", "#ffffff", "#1d1d1b"] {
        assert!(svg.contains(&format!("fill=\"{fill}\"")), "{fill}: {svg}");
    }
    assert!(!svg.contains("<style") && !svg.contains("class=") && !svg.contains("Illustrator"));
    assert!(!svg.contains("#000000"), "{svg}");

    // git diff: only the intended lines; no line of the existing files is removed but the version and dates
    let diff = demo.diff();
    let files: Vec<&str> = diff.iter().map(|(f, _)| f.as_str()).collect();
    assert_eq!(
        files,
        [
            "manual/logos/regnbuen/horizontal-positive.svg",
            "manual/logos/regnbuen/logo.toml",
            "manual/manual.toml",
            "manual/senders.toml",
        ]
    );
    let lines = |file: &str| &diff.iter().find(|(f, _)| f == file).unwrap().1;
    let removed: Vec<&String> = diff
        .iter()
        .flat_map(|(_, l)| l)
        .filter(|l| l.starts_with('-'))
        .collect();
    assert_eq!(
        removed,
        [
            "-version = \"2.1\"",
            "-adopted_on = 2024-03-12",
            "-updated_on = 2026-10-01"
        ],
        "{diff:?}"
    );
    let manual_toml = lines("manual/manual.toml");
    for added in [
        "+version = \"2.2\"",
        "+adopted_on = 2026-11-02",
        "+updated_on = 2026-11-02",
        "+text_da = \"Ny afsender: Børnehuset Regnbuen med logo.\"",
    ] {
        assert!(
            manual_toml.iter().any(|l| l == added),
            "{added}: {manual_toml:?}"
        );
    }
    let senders = lines("manual/senders.toml");
    assert!(
        senders.contains(&"+id = \"regnbuen\"".to_owned()),
        "{senders:?}"
    );
    assert!(senders.contains(&"+parent = \"boern-og-uddannelse\"".to_owned()));
    let logo = lines("manual/logos/regnbuen/logo.toml");
    for added in [
        "+sender = \"regnbuen\"",
        "+ratio = 0.5",
        "+reference = 120",
        "+main_color = \"groen\"",
        "+files = { positive = \"horizontal-positive.svg\" }",
    ] {
        assert!(logo.iter().any(|l| l.contains(added)), "{added}: {logo:?}");
    }
    // comments elsewhere intact
    let text = std::fs::read_to_string(demo.manual().join("senders.toml")).unwrap();
    assert!(text.starts_with("# Afsendere – Designprogram for Sønderborg Kommune"));

    // the program uses it: the daycare's logo is listed
    let list = demo.run(&["list", "logos", "--json"]);
    assert!(String::from_utf8_lossy(&list.stdout).contains("regnbuen"));
}

#[test]
fn near_colours_are_reported_and_change_nothing_without_confirmation() {
    let demo = Demo::new(true);
    add_regnbuen(&demo);
    demo.git(&["commit", "-qam", "sender"]);

    // #03774b is ΔE2000 1.50 from groen #00734a (CIEDE2000 after Sharma et al. 2005, computed outside the program)
    let out = import(&demo, "near-palette.svg", &[]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("#03774b ligger nær paletfarven groen #00734a (ΔE2000 1.5)"),
        "{stderr}"
    );
    assert!(stderr.contains("--accept-near"), "{stderr}");
    assert!(demo.diff().is_empty(), "nothing changed");

    let out = import(&demo, "near-palette.svg", &["--accept-near"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let svg = std::fs::read_to_string(demo.manual().join("logos/regnbuen/horizontal-positive.svg"))
        .unwrap();
    assert!(
        svg.contains("fill=\"#00734a\"") && !svg.contains("03774b"),
        "{svg}"
    );
    demo.ok(&["check"]);
}

#[test]
fn text_that_is_not_outlined_is_refused_with_the_reason() {
    let demo = Demo::new(true);
    add_regnbuen(&demo);
    demo.git(&["commit", "-qam", "sender"]);
    let out = import(&demo, "text-not-outlined.svg", &["--accept-near"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("ordmærker skal være konverteret til kurver"),
        "{stderr}"
    );
    assert!(demo.diff().is_empty(), "nothing changed");

    let out = demo
        .designprogram()
        .args(["--lang", "en", "manual", "import-logo", "regnbuen"])
        .args(["--lockup", "horizontal", "--colorway", "positive"])
        .arg(fixture("text-not-outlined.svg"))
        .args(NEW)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("wordmarks must be outlined as paths"),
        "{stderr}"
    );
}
