//! Must show: `pack --all --zip` produces a zip whose manifest lists every file with a correct sha256 — and the
//! files are what `export` makes for the same request: a sample of every format is decoded (PNG, JPEG, ICO
//! pixels, SVG size, PDF boxes) and compared with `export`'s own file.

mod export_support;

use std::collections::BTreeSet;
use std::io::Read;

use designprogram::export::pack::{MANIFEST, Manifest, README};
use export_support::{designprogram, ico_frames, run_ok, tool};
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
    assert!(
        manifest
            .files
            .iter()
            .any(|f| f.cobranded_with.as_deref() == Some("kommune")),
        "the co-branded lockups are in the pack"
    );

    // A sample of every format: the first, a middle and the last file of it, against `export`.
    let compare = dir.path().join("compare");
    for format in ["pdf", "png", "svg", "jpg", "ico"] {
        let of: Vec<&designprogram::export::pack::Entry> = manifest
            .files
            .iter()
            .filter(|f| f.format == format)
            .collect();
        for entry in [of[0], of[of.len() / 2], of[of.len() - 1]] {
            let packed = compare.join("packed").join(&entry.file);
            std::fs::create_dir_all(packed.parent().unwrap()).unwrap();
            std::fs::write(&packed, read(&mut archive, &entry.file)).unwrap();
            let exported = export_same(dir.path(), &compare, entry);
            let (a, b) = (decoded_size(&packed), decoded_size(&exported));
            assert_eq!(a, b, "{}: the pack's file and export's differ", entry.file);
            if let (Some(px), Some(Size::Pixels(w, h))) = (entry.size_px, Some(a)) {
                assert_eq!([w, h], px, "{}: the manifest's size", entry.file);
            }
        }
    }
}

/// What a file's size is, read back by format.
#[derive(Debug, Clone, PartialEq)]
enum Size {
    /// A raster's decoded pixels.
    Pixels(u32, u32),
    /// An SVG's width and height attributes.
    Svg(String, String),
    /// A PDF's MediaBox and TrimBox (pdfinfo -box).
    Pdf(String),
    /// An ICO's images.
    Icons(Vec<(u32, u32)>),
}

fn decoded_size(path: &std::path::Path) -> Size {
    let ext = path.extension().unwrap().to_string_lossy().into_owned();
    match ext.as_str() {
        "png" | "jpg" => {
            let img = image::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            Size::Pixels(img.width(), img.height())
        }
        "svg" => {
            let text = std::fs::read_to_string(path).unwrap();
            let doc = roxmltree::Document::parse(&text).unwrap();
            let root = doc.root_element();
            Size::Svg(
                root.attribute("width").unwrap().to_owned(),
                root.attribute("height").unwrap().to_owned(),
            )
        }
        "pdf" => {
            let info = run_ok(tool("pdfinfo", "poppler-utils").arg("-box").arg(path));
            let boxes: Vec<&str> = info
                .lines()
                .filter(|l| l.starts_with("MediaBox") || l.starts_with("TrimBox"))
                .collect();
            assert_eq!(boxes.len(), 2, "{info}");
            Size::Pdf(boxes.join("\n"))
        }
        "ico" => Size::Icons(ico_frames(path).into_iter().map(|f| (f.0, f.1)).collect()),
        other => panic!("no reader for .{other}"),
    }
}

/// Exports the request a pack entry was made from with `designprogram export`; returns the file.
fn export_same(
    config: &std::path::Path,
    dir: &std::path::Path,
    entry: &designprogram::export::pack::Entry,
) -> std::path::PathBuf {
    let loaded = designprogram::manual::load_embedded();
    let preset = entry.preset.as_deref().unwrap();
    let out = dir.join("exported").join(&entry.file);
    let folder = out.parent().unwrap().to_path_buf();
    std::fs::create_dir_all(&folder).unwrap();
    let mut cmd = designprogram(config);
    cmd.args(["export", &entry.logo, "--lockup", &entry.lockup])
        .args(["--colorway", &entry.colorway, "--preset", preset])
        .args(["--png-compression", "fast"]);
    if entry.cobranded_with.is_some() {
        cmd.arg("--cobranded");
    }
    let favicon = preset == "favicon";
    if !favicon {
        let format = if entry.format == "jpg" {
            "jpeg"
        } else {
            &entry.format
        };
        cmd.args(["--format", format]);
    }
    if entry.format == "jpg" {
        let logo = loaded.manual.logo(&entry.logo).unwrap();
        let background = &logo.colorway(&entry.colorway).unwrap().backgrounds[0];
        cmd.args(["--background", background]);
    }
    // A favicon set is written into a folder; a single file to its own path.
    cmd.arg("--out").arg(if favicon { &folder } else { &out });
    run_ok(&mut cmd);
    assert!(out.is_file(), "export wrote no {}", out.display());
    out
}
