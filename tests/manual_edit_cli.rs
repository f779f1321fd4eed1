//! `designprogram manual …` on a copy of the demonstration manual under Git: each command validates and saves
//! like the application's editor, changes only the lines it must, and speaks Danish (or English).

mod manual_support;

use manual_support::Demo;

#[test]
fn set_color_changes_one_line_and_check_passes() {
    let demo = Demo::new(true);
    let stderr = demo.ok(&["manual", "set-color", "groen", "--cmyk", "92,18,85,8"]);
    assert!(stderr.contains("Gemt: colors.toml"), "{stderr}");
    assert_eq!(
        demo.diff(),
        [(
            "manual/colors.toml".to_owned(),
            vec![
                "-cmyk = [90, 20, 85, 10]".to_owned(),
                "+cmyk = [92, 18, 85, 8]".to_owned()
            ]
        )]
    );
    demo.ok(&["check"]);
    let list = String::from_utf8(demo.run(&["list", "colors", "--json"]).stdout).unwrap();
    assert!(list.contains("92"), "{list}");
}

#[test]
fn an_invalid_value_changes_nothing_and_says_why_at_the_field() {
    let demo = Demo::new(true);
    let out = demo.run(&["manual", "set-color", "groen", "--cmyk", "92,18,185,8"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("CMYK er fire værdier fra 0 til 100") && stderr.contains("gemmes ikke"),
        "{stderr}"
    );
    assert!(demo.diff().is_empty());
    let out = demo.run(&[
        "--lang",
        "en",
        "manual",
        "set-color",
        "groen",
        "--hex",
        "00734a",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("is not a HEX colour") && stderr.contains("not saved"),
        "{stderr}"
    );
    assert!(demo.diff().is_empty());
}

#[test]
fn generic_set_add_remove_cover_logos_and_the_size_table() {
    let demo = Demo::new(true);
    demo.ok(&["manual", "set", "logo:kommune", "clear-space", "0,6"]);
    demo.ok(&[
        "manual",
        "add",
        "size:solbakken/1",
        "preset=poster-a1",
        "lockup=stacked",
        "width-mm=90",
        "position=bottom-left",
    ]);
    demo.ok(&["manual", "remove", "minimum:solbakken/3"]);
    demo.ok(&["check"]);
    let diff = demo.diff();
    let kommune = &diff
        .iter()
        .find(|(f, _)| f == "manual/logos/kommune/logo.toml")
        .unwrap()
        .1;
    assert_eq!(
        kommune,
        &[
            "-ratio = 0.5                 # clear space on every side = half the height of the mark",
            "+ratio = 0.6                 # clear space on every side = half the height of the mark"
        ]
    );
    let solbakken = &diff
        .iter()
        .find(|(f, _)| f.ends_with("solbakken/logo.toml"))
        .unwrap()
        .1;
    assert!(
        solbakken.contains(&"+width_mm = 90".to_owned())
            && solbakken.contains(&"-lockup = \"stacked\"".to_owned()),
        "{solbakken:?}"
    );
    // the minimum that went away was the stacked one; the comment block above the size table stays
    let text = std::fs::read_to_string(demo.manual().join("logos/solbakken/logo.toml")).unwrap();
    assert!(text.contains("# --- Size table"), "{text}");
    assert!(!text.contains("print_mm = 25.0"));
}

#[test]
fn usage_errors_and_the_embedded_manual() {
    let demo = Demo::new(false);
    let out = demo.run(&["manual", "set", "colour:groen", "cmyk", "1,2,3,4"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Forkert brug"));
    let out = demo.run(&["manual", "set-sender", "bibliotek", "--phone", "ring os op"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("telefonnummer"));
    let out = demo.run(&["manual", "set-color", "blaa", "--cmyk", "1,2,3,4"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("findes ikke"));
    // without --manual the embedded demonstration manual would be edited: refused
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_designprogram"))
        .args(["manual", "set-color", "groen", "--cmyk", "1,2,3,4"])
        .env("DESIGNPROGRAM_CONFIG_DIR", demo.path("config"))
        .env_remove("DESIGNPROGRAM_MANUAL")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--manual"));
}
