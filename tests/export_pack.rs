//! Must show: `pack --all --zip` produces a zip whose manifest lists every file with a correct sha256.

mod export_support;

use std::collections::BTreeSet;
use std::io::Read;

use designprogram::export::pack::{MANIFEST, Manifest, README};
use export_support::{designprogram, run_ok};
use sha2::{Digest, Sha256};

#[test]
fn pack_all_zip_manifest_lists_every_file_with_its_sha256() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("pakke");
    // Fast PNG compression only to keep the (unoptimised) test binary quick; the files are checked the same way.
    let printed = run_ok(
        designprogram(dir.path())
            .args([
                "pack",
                "--all",
                "--zip",
                "--png-compression",
                "fast",
                "--out",
            ])
            .arg(&out),
    );
    let zip_path = std::path::PathBuf::from(printed.trim());
    assert_eq!(zip_path.parent(), Some(out.as_path()));
    // Only the zip is left in the folder (the staging folder is gone).
    let left: Vec<_> = std::fs::read_dir(&out).unwrap().collect();
    assert_eq!(left.len(), 1);

    let mut archive = zip::ZipArchive::new(std::fs::File::open(&zip_path).unwrap()).unwrap();
    let read = |archive: &mut zip::ZipArchive<std::fs::File>, name: &str| {
        let mut bytes = Vec::new();
        archive
            .by_name(name)
            .unwrap_or_else(|e| panic!("{name}: {e}"))
            .read_to_end(&mut bytes)
            .unwrap();
        bytes
    };
    let manifest: Manifest = serde_json::from_slice(&read(&mut archive, MANIFEST)).unwrap();
    let readme = String::from_utf8(read(&mut archive, README)).unwrap();
    assert!(readme.contains("Til trykkeriet"), "Danish read-me");
    assert!(readme.contains(&manifest.files.len().to_string()));

    let listed: BTreeSet<&str> = manifest.files.iter().map(|f| f.file.as_str()).collect();
    assert_eq!(listed.len(), manifest.files.len(), "no duplicates");
    let in_zip: BTreeSet<String> = archive.file_names().map(str::to_owned).collect();
    let mut expected: BTreeSet<String> = listed.iter().map(|s| (*s).to_owned()).collect();
    expected.insert(MANIFEST.to_owned());
    expected.insert(README.to_owned());
    assert_eq!(in_zip, expected, "the zip holds exactly the listed files");

    for entry in &manifest.files {
        let bytes = read(&mut archive, &entry.file);
        assert_eq!(bytes.len() as u64, entry.bytes, "{}", entry.file);
        let sha: String = Sha256::digest(&bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(sha, entry.sha256, "{}", entry.file);
        assert_eq!(entry.manual_version, manifest.manual_version);
        assert!(
            entry.size_px.is_some()
                || entry.file.starts_with("farver/")
                || entry.format == "webmanifest",
            "{}",
            entry.file
        );
    }
    // Every format and every preset of the manual is there.
    let formats: BTreeSet<&str> = manifest.files.iter().map(|f| f.format.as_str()).collect();
    for f in ["pdf", "png", "svg", "jpg", "ico", "webmanifest"] {
        assert!(formats.contains(f), "{f}");
    }
    let color_spaces: BTreeSet<&str> = manifest
        .files
        .iter()
        .map(|f| f.color_space.as_str())
        .collect();
    assert_eq!(
        color_spaces,
        BTreeSet::from(["cmyk-fogra39", "spot-pms", "srgb", "cmyk+spot+srgb"])
    );
    // The print shop gets the palette too (the kit's swatches, docs/kit.md).
    assert!(
        listed.contains("farver/sonderborg_swatches_2-1.ase"),
        "{listed:?}"
    );
}
