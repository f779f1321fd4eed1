//! Must show: `kill -9` during a saving edit command (`manual import-logo`, which saves a new `logo.toml` and
//! its artwork together) and during `manual publish` leaves readers with the old or the new manual, never a
//! mix. Tested like `tests/export_kill.rs`: the process is killed at chosen points (found by watching the
//! folders, with `DESIGNPROGRAM_SAVE_STEP_DELAY_MS` widening each step) and at a sweep of times, and a fresh
//! reader — `designprogram check` on the folder, or a staff installation on the publish folder — is asked
//! what it sees.

mod manual_support;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use manual_support::Demo;

const DELAY_ENV: &str = "DESIGNPROGRAM_SAVE_STEP_DELAY_MS";

/// When to kill the process.
#[derive(Debug, Clone, Copy)]
enum When {
    /// This long after it started.
    After(u64),
    /// As soon as this file exists (relative to the temporary folder).
    Exists(&'static str),
}

fn kill_at(mut child: Child, root: &Path, when: When) {
    let start = Instant::now();
    match when {
        When::After(ms) => std::thread::sleep(Duration::from_millis(ms)),
        When::Exists(rel) => {
            while !root.join(rel).exists() {
                assert!(
                    child.try_wait().unwrap().is_none(),
                    "finished before {rel} appeared"
                );
                assert!(
                    start.elapsed() < Duration::from_secs(60),
                    "{rel} never appeared"
                );
                std::thread::sleep(Duration::from_millis(1));
            }
        }
    }
    child.kill().unwrap(); // SIGKILL on Unix
    child.wait().unwrap();
}

fn fixture() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import/regnbuen-illustrator.svg")
}

/// What a fresh reader of the manual folder sees: `check` passes, and the daycare's logo is there or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Seen {
    Old,
    New,
}

fn reader(demo: &Demo) -> Seen {
    let out = demo.run(&["check"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "a reader sees a broken manual (a mix): {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let list = demo.run(&["list", "logos", "--json"]);
    let logos: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
    let has = logos.to_string().contains("\"regnbuen\"");
    if has {
        let svg = demo.manual().join("logos/regnbuen/horizontal-positive.svg");
        let journal = demo.manual().join(".designprogram/journal.json");
        // the artwork is at its place, or the committed save's staging copy is what readers get
        assert!(svg.is_file() || journal.is_file(), "logo without artwork");
        Seen::New
    } else {
        Seen::Old
    }
}

fn import_logo(demo: &Demo) -> Child {
    demo.designprogram()
        .env(DELAY_ENV, "150")
        .args(["manual", "import-logo", "regnbuen"])
        .args(["--lockup", "horizontal", "--colorway", "positive"])
        .arg(fixture())
        .args(["--map", "#000000=sort"])
        .args([
            "--new-logo",
            "sender=regnbuen",
            "--new-logo",
            "name-da=Regnbuen",
        ])
        .args([
            "--new-logo",
            "reference-part=mark",
            "--new-logo",
            "reference-name-da=højde",
        ])
        .args(["--new-logo", "clear-space=0.5"])
        .args([
            "--new-lockup",
            "name-da=Liggende",
            "--new-lockup",
            "reference=120",
        ])
        .args([
            "--new-colorway",
            "kind=positive",
            "--new-colorway",
            "name-da=Positiv",
        ])
        .args(["--new-colorway", "main-color=groen"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

#[test]
fn killing_a_save_leaves_readers_with_the_old_or_the_new_manual() {
    let mut seen = BTreeSet::new();
    let points = [
        When::Exists("manual/.designprogram/lock"),
        When::Exists("manual/.designprogram/journal.json"),
        When::After(50),
        When::After(250),
        When::After(450),
    ];
    for when in points {
        let demo = Demo::new(false);
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
        ]);
        kill_at(import_logo(&demo), demo.temp.path(), when);
        let state = reader(&demo);
        match when {
            When::Exists(p) if p.ends_with("lock") => assert_eq!(state, Seen::Old, "{when:?}"),
            When::Exists(_) => assert_eq!(state, Seen::New, "committed: {when:?}"),
            When::After(_) => {}
        }
        seen.insert(state);
        // the next saving command finishes or discards the killed save and works
        demo.ok(&["manual", "set-color", "groen", "--ncs", "S 3060-G"]);
        assert_eq!(reader(&demo), state, "{when:?}");
    }
    assert_eq!(seen.len(), 2, "both sides of the commit point were hit");
}

/// The version a staff installation uses, from `check`'s summary; it must pass and name no ignored bundle.
fn staff_version(demo: &Demo) -> String {
    let out = demo.staff().arg("check").output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(!stderr.contains("ikke taget i brug"), "{stderr}");
    for version in ["2.1", "2.2"] {
        if stderr.contains(&format!(" {version} ")) {
            return version.to_owned();
        }
    }
    panic!("no version in {stderr}");
}

#[test]
fn killing_a_publish_leaves_staff_with_the_old_or_the_new_bundle() {
    let mut seen = BTreeSet::new();
    let points = [
        When::After(30),
        When::Exists("share/designmanual-2.2.dpmanual"),
        When::After(400),
    ];
    for when in points {
        let demo = Demo::new(false);
        let share = demo.path("share");
        let share_arg = share.to_str().unwrap().to_owned();
        demo.ok(&["manual", "publish", "--to", &share_arg]);
        std::fs::write(
            demo.path("system.toml"),
            format!("publish_location = \"{}\"\n", share.display()),
        )
        .unwrap();
        assert_eq!(staff_version(&demo), "2.1");
        demo.ok(&[
            "manual",
            "bump",
            "2.2",
            "--note",
            "Ny version.",
            "--adopted-on",
            "2026-11-02",
        ]);
        let child = demo
            .designprogram()
            .env(DELAY_ENV, "300")
            .args(["manual", "publish", "--to", &share_arg])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        kill_at(child, demo.temp.path(), when);
        let version = staff_version(&demo);
        seen.insert(version.clone());
        // the pointer, if it names 2.2, names a complete bundle
        let latest: serde_json::Value =
            serde_json::from_slice(&std::fs::read(share.join("latest")).unwrap()).unwrap();
        let bundle = share.join(latest["bundle"].as_str().unwrap());
        assert_eq!(
            std::fs::metadata(&bundle).unwrap().len(),
            latest["size"].as_u64().unwrap()
        );
        // publishing again completes
        demo.ok(&["manual", "publish", "--to", &share_arg]);
        assert_eq!(staff_version(&demo), "2.2");
    }
    assert!(seen.contains("2.1"), "{seen:?}");
}
