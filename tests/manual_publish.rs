//! `designprogram manual publish --to DIR` and a staff installation reading the published manual: the bundle
//! and `latest` checked with independent tools (sha256sum, Python's zipfile), a damaged bundle ignored with a
//! notice, the last good one used offline.

mod manual_support;

use std::process::Command;

use manual_support::{Demo, tool};

fn stderr_of(cmd: &mut Command) -> (Option<i32>, String) {
    let out = cmd.output().expect("runs");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Checks a bundle with Python's zipfile and hashlib: manifest first, every file's size and SHA-256 as listed
/// and equal to the manual folder's file. Prints the version.
const VERIFY: &str = r#"
import hashlib, json, sys, zipfile, os
bundle, manual = sys.argv[1], sys.argv[2]
z = zipfile.ZipFile(bundle)
names = z.namelist()
assert names[0] == "manifest.json", names[:3]
m = json.loads(z.read("manifest.json"))
assert m["kind"] == "designprogram-manual-bundle" and m["format"] == 1, m
listed = {f["path"]: f for f in m["files"]}
assert sorted("manual/" + p for p in listed) == sorted(names[1:]), "files differ from the manifest"
for path, f in listed.items():
    data = z.read("manual/" + path)
    assert len(data) == f["size"] and hashlib.sha256(data).hexdigest() == f["sha256"], path
    with open(os.path.join(manual, path), "rb") as on_disk:
        assert on_disk.read() == data, path
assert not any(p.startswith(".") or "/." in p for p in listed), "hidden files published"
print(m["version"], len(listed))
"#;

#[test]
fn publish_writes_a_checksummed_bundle_and_latest() {
    let demo = Demo::new(false);
    // bookkeeping of the editor exists: it must not be published
    demo.ok(&["manual", "set-color", "groen", "--ncs", "S 3060-G"]);
    assert!(demo.manual().join(".designprogram").is_dir());
    let share = demo.path("share");
    let out = demo.run(&["manual", "publish", "--to", share.to_str().unwrap()]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let bundle = share.join("designmanual-2.1.dpmanual");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        bundle.display().to_string()
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("Udgivet"));

    let latest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(share.join("latest")).unwrap()).unwrap();
    assert_eq!(latest["bundle"], "designmanual-2.1.dpmanual");
    assert_eq!(latest["version"], "2.1");
    let sums = Command::new(tool("sha256sum", "coreutils"))
        .arg(&bundle)
        .output()
        .unwrap();
    let sum = String::from_utf8_lossy(&sums.stdout);
    assert_eq!(
        Some(latest["sha256"].as_str().unwrap()),
        sum.split_whitespace().next()
    );
    assert_eq!(latest["size"], std::fs::metadata(&bundle).unwrap().len());

    let verify = Command::new(tool("python3", "python3"))
        .args(["-c", VERIFY])
        .arg(&bundle)
        .arg(demo.manual())
        .output()
        .unwrap();
    assert!(
        verify.status.success(),
        "{}",
        String::from_utf8_lossy(&verify.stderr)
    );
    let printed = String::from_utf8_lossy(&verify.stdout);
    assert!(printed.starts_with("2.1 "), "{printed}");

    // a changed manual under the same version is refused (bump first)
    demo.ok(&["manual", "set-color", "groen", "--cmyk", "92,18,85,8"]);
    let out = demo.run(&["manual", "publish", "--to", share.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(4));
    assert!(String::from_utf8_lossy(&out.stderr).contains("manual bump"));
}

#[test]
fn staff_read_the_newest_valid_bundle_and_ignore_a_damaged_one() {
    let demo = Demo::new(false);
    let share = demo.path("share");
    let share_arg = share.to_str().unwrap().to_owned();
    demo.ok(&["manual", "publish", "--to", &share_arg]);
    std::fs::write(
        demo.path("system.toml"),
        format!("publish_location = \"{}\"\n", share.display()),
    )
    .unwrap();
    let (code, stderr) = stderr_of(demo.staff().arg("check"));
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stderr.contains(" 2.1 "), "{stderr}");

    // 2.2 is published, then damaged on the way (a truncated copy on the share)
    demo.ok(&[
        "manual",
        "bump",
        "2.2",
        "--note",
        "Ny version.",
        "--adopted-on",
        "2026-11-02",
    ]);
    demo.ok(&["manual", "publish", "--to", &share_arg]);
    let bundle = share.join("designmanual-2.2.dpmanual");
    let bytes = std::fs::read(&bundle).unwrap();
    std::fs::write(&bundle, &bytes[..bytes.len() / 2]).unwrap();
    let (code, stderr) = stderr_of(demo.staff().arg("check"));
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stderr.contains(" 2.1 "),
        "the previous manual stays in use: {stderr}"
    );
    assert!(
        stderr.contains("designmanual-2.2.dpmanual er ikke taget i brug"),
        "a notice says why: {stderr}"
    );

    // repaired: 2.2 is taken into use
    std::fs::write(&bundle, &bytes).unwrap();
    let (_, stderr) = stderr_of(demo.staff().arg("check"));
    assert!(stderr.contains(" 2.2 "), "{stderr}");

    // offline: the last good bundle
    std::fs::rename(&share, demo.path("unplugged")).unwrap();
    let (code, stderr) = stderr_of(demo.staff().args(["--lang", "en", "check"]));
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stderr.contains(" 2.2 ") && stderr.contains("cannot be read"),
        "{stderr}"
    );
}
