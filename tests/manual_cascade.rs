//! Diagnostics that do not cascade: a syntax error in one file of the manual is reported once, and the
//! references other files make to entries of that file are not reported again as unknown.

use std::path::Path;

use designprogram::manual::{self, Loaded, Severity};

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// The demonstration manual with `find` replaced by `replace` (once) in `file`.
fn broken(file: &str, find: &str, replace: &str) -> Loaded {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("manual");
    copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("manual"), &root);
    let path = root.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(find), "{file} has no {find:?}");
    std::fs::write(&path, text.replacen(find, replace, 1)).unwrap();
    manual::load_folder(&root)
}

fn errors(loaded: &Loaded) -> Vec<String> {
    loaded
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(ToString::to_string)
        .collect()
}

#[test]
fn a_missing_bracket_in_colors_toml_is_one_error() {
    let loaded = broken(
        "colors.toml",
        "cmyk = [90, 20, 85, 10]",
        "cmyk = [90, 20, 85, 10",
    );
    let errors = errors(&loaded);
    assert!(
        errors.iter().all(|e| e.starts_with("colors.toml:")),
        "follow-up errors in other files: {errors:#?}"
    );
    assert!(
        errors.iter().any(|e| e.contains("TOML syntax")),
        "{errors:#?}"
    );
    assert!(errors.len() <= 2, "{errors:#?}");
    // the rest of the manual is still there
    assert!(loaded.manual.logo("kommune").is_some());
    assert!(!loaded.manual.presets.is_empty());
}

#[test]
fn a_syntax_error_in_senders_or_presets_is_not_repeated_by_the_logos_and_templates() {
    for (file, find, replace) in [
        ("senders.toml", "[[sender]]", "[[sender]"),
        ("presets.toml", "[[preset]]", "[[preset]"),
    ] {
        let loaded = broken(file, find, replace);
        let errors = errors(&loaded);
        assert!(
            errors.iter().all(|e| e.starts_with(file)),
            "{file}: follow-up errors in other files: {errors:#?}"
        );
        assert!(
            errors.iter().any(|e| e.contains("TOML syntax")),
            "{file}: {errors:#?}"
        );
    }
}
