use std::path::Path;

use super::*;

fn demo(dir: &Path) -> PathBuf {
    let manual = dir.join("manual");
    copy(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("manual"),
        &manual,
    );
    manual
}

fn copy(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn bump(manual: &Path, version: &str) {
    let mut session = crate::manual::edit::Session::open(manual).unwrap();
    session
        .apply(crate::manual::edit::Edit::Bump(crate::manual::edit::Bump {
            version: version.into(),
            date: "2026-11-02".into(),
            adopted: true,
            note_da: format!("Version {version}."),
            note_en: None,
        }))
        .unwrap();
    session.save().unwrap();
}

#[test]
fn publish_writes_a_bundle_then_latest_and_refuses_a_changed_same_version() {
    let dir = tempfile::tempdir().unwrap();
    let manual = demo(dir.path());
    // the editor's bookkeeping is never published
    std::fs::create_dir_all(manual.join(".designprogram/backup")).unwrap();
    std::fs::write(manual.join(".designprogram/backup/x"), "secret").unwrap();
    let share = dir.path().join("share");
    let published = publish(&manual, &share, false).unwrap();
    assert_eq!(published.bundle, share.join("designmanual-2.1.dpmanual"));
    assert!(!published.unchanged);
    let pointer: Pointer =
        serde_json::from_slice(&std::fs::read(share.join(LATEST)).unwrap()).unwrap();
    assert_eq!(pointer, published.pointer);
    let bytes = std::fs::read(&published.bundle).unwrap();
    assert_eq!(pointer.sha256, bundle::sha256_hex(&bytes));
    let out = dir.path().join("out");
    let manifest = bundle::extract(std::io::Cursor::new(&bytes), &out).unwrap();
    assert_eq!(manifest.version, "2.1");
    assert!(manifest.files.iter().all(|f| !f.path.starts_with('.')));
    assert_eq!(manifest.files.len(), published.files);
    assert!(
        manifest
            .files
            .iter()
            .any(|f| f.path == "fonts/IBMPlexSans-Regular.ttf")
    );
    // the same again: nothing new
    assert!(publish(&manual, &share, false).unwrap().unchanged);
    // changed content under the same version: refused unless forced
    let colors = manual.join("colors.toml");
    let text = std::fs::read_to_string(&colors).unwrap();
    std::fs::write(&colors, text.replace("[90, 20, 85, 10]", "[92, 18, 85, 8]")).unwrap();
    assert!(matches!(
        publish(&manual, &share, false),
        Err(PublishError::Exists(_))
    ));
    // an invalid manual is never published
    std::fs::write(
        &colors,
        text.replace("[90, 20, 85, 10]", "[190, 20, 85, 10]"),
    )
    .unwrap();
    assert!(matches!(
        publish(&manual, &share, true),
        Err(PublishError::Invalid(1))
    ));
}

#[test]
fn staff_get_the_newest_valid_bundle_and_keep_the_last_good_one() {
    let dir = tempfile::tempdir().unwrap();
    let manual = demo(dir.path());
    let share = dir.path().join("share");
    let cache = dir.path().join("cache");
    publish(&manual, &share, false).unwrap();
    let first = refresh(&share, &cache).unwrap();
    assert!(first.updated && first.notices.is_empty());
    assert_eq!(first.installed.version, "2.1");
    assert!(!crate::manual::load_folder(&first.installed.folder).has_errors());
    // nothing new: nothing installed
    let again = refresh(&share, &cache).unwrap();
    assert!(!again.updated);
    assert_eq!(again.installed, first.installed);

    // 2.2 is published, but its bundle is damaged on the share: ignored, 2.1 stays
    bump(&manual, "2.2");
    let second = publish(&manual, &share, false).unwrap();
    let mut bytes = std::fs::read(&second.bundle).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0xff;
    std::fs::write(&second.bundle, &bytes).unwrap();
    let refreshed = refresh(&share, &cache).unwrap();
    assert!(!refreshed.updated);
    assert_eq!(refreshed.installed.version, "2.1");
    assert!(
        matches!(
            &refreshed.notices[..],
            [Notice::Ignored { bundle, reason: BundleError::Checksum(_) }] if bundle == "designmanual-2.2.dpmanual"
        ),
        "{:?}",
        refreshed.notices
    );
    assert!(
        refreshed.notices[0]
            .message(Lang::Da)
            .contains("designmanual-2.2.dpmanual")
    );

    // repaired: installed
    publish(&manual, &share, true).unwrap();
    let repaired = refresh(&share, &cache).unwrap();
    assert!(repaired.updated);
    assert_eq!(repaired.installed.version, "2.2");

    // the share is gone (offline): the last good bundle, with a notice
    std::fs::rename(&share, dir.path().join("elsewhere")).unwrap();
    let offline = refresh(&share, &cache).unwrap();
    assert_eq!(offline.installed.version, "2.2");
    assert!(matches!(offline.notices[..], [Notice::Offline { .. }]));
}

#[test]
fn a_fresh_installation_skips_a_bad_latest_for_an_older_good_bundle() {
    let dir = tempfile::tempdir().unwrap();
    let manual = demo(dir.path());
    let share = dir.path().join("share");
    publish(&manual, &share, false).unwrap();
    bump(&manual, "2.2");
    publish(&manual, &share, false).unwrap();
    // latest names a bundle whose checksum does not match
    let mut pointer: Pointer =
        serde_json::from_slice(&std::fs::read(share.join(LATEST)).unwrap()).unwrap();
    pointer.sha256 = "0".repeat(64);
    std::fs::write(share.join(LATEST), serde_json::to_vec(&pointer).unwrap()).unwrap();
    let cache = dir.path().join("cache");
    let refreshed = refresh(&share, &cache).unwrap();
    // the bundle that failed its checksum is not used; the scan finds the newest good one
    assert_eq!(refreshed.installed.version, "2.1");
    assert!(matches!(
        &refreshed.notices[..],
        [Notice::Ignored { bundle, reason: BundleError::Checksum(_) }] if bundle == "designmanual-2.2.dpmanual"
    ));
    // nothing at all: an error with the notices
    let empty = dir.path().join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    assert_eq!(refresh(&empty, &dir.path().join("cache2")), Err(Vec::new()));
}

#[test]
fn system_config_is_tolerant() {
    let c = SystemConfig::parse(
        "publish_location = \"/srv/designmanual\"\ncolour = 1\n",
        Path::new("/etc/xdg/designprogram/config.toml"),
    );
    assert_eq!(c.publish_location, Some(PathBuf::from("/srv/designmanual")));
    assert_eq!(c.problems.len(), 1);
    let c = SystemConfig::parse("publish_location = ", Path::new("c.toml"));
    assert_eq!(c.publish_location, None);
    assert_eq!(c.problems.len(), 1);
    assert_eq!(bundle_name("2.2"), "designmanual-2.2.dpmanual");
    assert_eq!(
        bundle_name("2.2 beta/1"),
        "designmanual-2.2-beta-1.dpmanual"
    );
}

#[cfg(unix)]
#[test]
fn the_bundle_and_latest_are_readable_by_the_colleagues_sharing_the_folder() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let manual = demo(dir.path());
    let share = dir.path().join("share");
    let published = publish(&manual, &share, false).unwrap();
    // what any program's new file gets under this umask (tempfile's default, 0600, would be less)
    let plain = share.join("plain");
    std::fs::write(&plain, "x").unwrap();
    let expected = std::fs::metadata(&plain).unwrap().permissions().mode() & 0o777;
    for file in [published.bundle.clone(), share.join(LATEST)] {
        let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, expected, "{}", file.display());
    }
}
