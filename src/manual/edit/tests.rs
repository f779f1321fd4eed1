use crate::i18n::Lang;
use std::path::Path;

use super::*;

/// A copy of the demonstration manual in a temporary folder.
pub(super) fn demo() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("manual"),
        dir.path(),
    );
    dir
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

fn read(dir: &Path, file: &str) -> String {
    std::fs::read_to_string(dir.join(file)).unwrap()
}

/// The lines that differ between two texts (removed with `-`, added with `+`), in order.
fn changed_lines(old: &str, new: &str) -> Vec<String> {
    let (a, b): (Vec<&str>, Vec<&str>) = (old.lines().collect(), new.lines().collect());
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..]
        .iter()
        .rev()
        .zip(b[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let removed = a[prefix..a.len() - suffix].iter().map(|l| format!("-{l}"));
    let added = b[prefix..b.len() - suffix].iter().map(|l| format!("+{l}"));
    removed.chain(added).collect()
}

fn cmyk_of_groen() -> Field {
    Field::new(Entry::Color("groen".into()), Key::Cmyk)
}

fn set(field: Field, value: &str) -> Edit {
    Edit::Set {
        field,
        value: value.into(),
    }
}

#[test]
fn a_colour_edit_changes_one_line_and_saves() {
    let dir = demo();
    let before = read(dir.path(), "colors.toml");
    let mut session = Session::open(dir.path()).unwrap();
    assert!(session.problems().iter().all(|p| !p.is_error()));
    assert_eq!(
        session.value(&cmyk_of_groen()).as_deref(),
        Some("90, 20, 85, 10")
    );
    let applied = session.apply(set(cmyk_of_groen(), "92,18,85,8")).unwrap();
    assert_eq!(applied.files, ["colors.toml"]);
    assert!(applied.problems.is_empty());
    assert!(session.validate().iter().all(|p| !p.is_error()));
    assert!(session.can_save());
    assert_eq!(
        session.manual().color("groen").unwrap().cmyk.0,
        [92.0, 18.0, 85.0, 8.0]
    );
    let saved = session.save().unwrap();
    assert_eq!(saved.files, ["colors.toml"]);
    assert!(!session.is_dirty());
    let after = read(dir.path(), "colors.toml");
    assert_eq!(
        changed_lines(&before, &after),
        ["-cmyk = [90, 20, 85, 10]", "+cmyk = [92, 18, 85, 8]"]
    );
    assert_eq!(
        read(dir.path(), ".designprogram/backup/1/colors.toml"),
        before
    );
    let loaded = crate::manual::load_folder(dir.path());
    assert_eq!(
        loaded.manual.color("groen").unwrap().cmyk.0,
        [92.0, 18.0, 85.0, 8.0]
    );
}

#[test]
fn an_invalid_value_is_shown_at_its_field_and_blocks_saving() {
    let dir = demo();
    let before = read(dir.path(), "colors.toml");
    let mut session = Session::open(dir.path()).unwrap();
    let applied = session.apply(set(cmyk_of_groen(), "92,18,185,8")).unwrap();
    assert_eq!(applied.problems.len(), 1);
    assert_eq!(applied.problems[0].message.key, "edit-invalid-cmyk");
    session.validate();
    let problem = session.problem_at(&cmyk_of_groen()).unwrap();
    assert_eq!(problem.message.key, "edit-invalid-cmyk");
    assert!(
        problem.message.render(Lang::Da).contains("0"),
        "{problem:?}"
    );
    assert_ne!(
        problem.message.render(Lang::Da),
        problem.message.render(Lang::En)
    );
    assert!(!session.can_save());
    assert_eq!(session.save(), Err(SaveError::Invalid { errors: 1 }));
    assert_eq!(read(dir.path(), "colors.toml"), before);
    // text that is no CMYK at all is kept, shown and refused the same way
    session.apply(set(cmyk_of_groen(), "grøn")).unwrap();
    session.validate();
    assert_eq!(
        session.problem_at(&cmyk_of_groen()).unwrap().message.key,
        "edit-expected-numbers"
    );
    assert_eq!(session.value(&cmyk_of_groen()).as_deref(), Some("grøn"));
    // undo twice: valid again, nothing to save; redo: invalid again
    assert!(session.undo() && session.undo());
    assert!(!session.undo());
    session.validate();
    assert!(session.problem_at(&cmyk_of_groen()).is_none());
    assert!(!session.is_dirty());
    assert!(session.redo());
    session.validate();
    assert!(session.problem_at(&cmyk_of_groen()).is_some());
}

#[test]
fn the_second_of_two_editors_is_refused_and_both_files_stay_valid() {
    let dir = demo();
    let mut first = Session::open(dir.path()).unwrap();
    let mut second = Session::open(dir.path()).unwrap();
    first.apply(set(cmyk_of_groen(), "92,18,85,8")).unwrap();
    second.apply(set(cmyk_of_groen(), "80,10,80,5")).unwrap();
    first.save().unwrap();
    let saved = read(dir.path(), "colors.toml");
    let refused = second.save();
    assert_eq!(
        refused,
        Err(SaveError::Files(journal::SaveError::Conflict {
            files: vec!["colors.toml".into()]
        }))
    );
    assert!(
        refused
            .unwrap_err()
            .message(Lang::Da)
            .contains("colors.toml")
    );
    assert_eq!(read(dir.path(), "colors.toml"), saved);
    assert!(!crate::manual::load_folder(dir.path()).has_errors());
    // the second editor's work is still there, and valid in itself
    assert_eq!(
        second.value(&cmyk_of_groen()).as_deref(),
        Some("80, 10, 80, 5")
    );
    assert!(second.problems().iter().all(|p| !p.is_error()));
}

#[test]
fn a_save_by_someone_else_to_other_files_is_validated_against() {
    let dir = demo();
    let mut first = Session::open(dir.path()).unwrap();
    let mut second = Session::open(dir.path()).unwrap();
    // the first removes the colour "sand"; the second makes a sender — unrelated files, both valid alone
    first
        .apply(Edit::Remove {
            entry: Entry::Color("sand".into()),
        })
        .unwrap();
    // removing a colour in use is shown where it is used, and refused
    first.validate();
    assert!(
        first
            .problems()
            .iter()
            .any(|p| p.is_error()
                && matches!(&p.place, Place::Field(f) if f.key == Key::Backgrounds))
    );
    assert!(matches!(first.save(), Err(SaveError::Invalid { .. })));
    first.undo();
    first
        .apply(set(
            Field::new(Entry::Color("sand".into()), Key::NameEn),
            "Beach",
        ))
        .unwrap();
    second
        .apply(set(
            Field::new(Entry::Programme, Key::JournalNo),
            "24/99999",
        ))
        .unwrap();
    first.save().unwrap();
    second.save().unwrap();
    let loaded = crate::manual::load_folder(dir.path());
    assert!(!loaded.has_errors());
    assert_eq!(loaded.manual.color("sand").unwrap().name.en, "Beach");
    assert_eq!(
        loaded.manual.programme.journal_no.as_deref(),
        Some("24/99999")
    );
}

#[test]
fn adding_a_sender_adds_only_its_lines() {
    let dir = demo();
    let before = read(dir.path(), "senders.toml");
    let mut session = Session::open(dir.path()).unwrap();
    let regnbuen = Entry::Sender("regnbuen".into());
    session
        .apply(Edit::Add {
            entry: regnbuen.clone(),
            values: vec![
                (Key::NameDa, "Børnehuset Regnbuen".into()),
                (Key::SenderKind, "institution".into()),
                (Key::Parent, "boern-og-uddannelse".into()),
                (Key::Phone, "+45 88 72 70 00".into()),
                (Key::AddressLines, "Regnbuevej 1\n6400 Sønderborg".into()),
                (Key::CobrandingRequires, "kommune".into()),
                (Key::CobrandingOrder, "own-first".into()),
                (Key::CobrandingSeparation, "2,0".into()),
            ],
        })
        .unwrap();
    assert!(
        session.validate().iter().all(|p| !p.is_error()),
        "{:?}",
        session.problems()
    );
    assert_eq!(
        session
            .manual()
            .sender("regnbuen")
            .unwrap()
            .contact
            .address_lines,
        ["Regnbuevej 1", "6400 Sønderborg"]
    );
    session.save().unwrap();
    let after = read(dir.path(), "senders.toml");
    assert_eq!(
        changed_lines(&before, &after),
        [
            "+",
            "+[[sender]]",
            "+id = \"regnbuen\"",
            "+kind = \"institution\"",
            "+parent = \"boern-og-uddannelse\"",
            "+name_da = \"Børnehuset Regnbuen\"",
            "+[sender.contact]",
            "+address_lines = [\"Regnbuevej 1\", \"6400 Sønderborg\"]",
            "+phone = \"+45 88 72 70 00\"",
            "+[sender.cobranding]",
            "+requires = \"kommune\"",
            "+order = \"own-first\"",
            "+min_separation = 2.0",
        ]
    );
    assert!(matches!(
        session.apply(Edit::Add {
            entry: regnbuen,
            values: vec![]
        }),
        Err(EditError::Exists { .. })
    ));
    assert!(matches!(
        session.apply(Edit::Add {
            entry: Entry::Sender("Regn Buen".into()),
            values: vec![]
        }),
        Err(EditError::InvalidId(_))
    ));
}

#[test]
fn a_bump_sets_the_version_and_puts_the_note_on_top() {
    let dir = demo();
    let before = read(dir.path(), "manual.toml");
    let mut session = Session::open(dir.path()).unwrap();
    let bump = |version: &str| {
        Edit::Bump(Bump {
            version: version.into(),
            date: "2026-11-02".into(),
            adopted: true,
            note_da: "Ny institution: Børnehuset Regnbuen.".into(),
            note_en: None,
        })
    };
    assert!(matches!(
        session.apply(bump("2.1")),
        Err(EditError::NotNewer { .. })
    ));
    session.apply(bump("2.2")).unwrap();
    assert!(session.validate().iter().all(|p| !p.is_error()));
    let m = session.manual();
    assert_eq!(m.programme.version, "2.2");
    assert_eq!(m.changelog[0].version, "2.2");
    assert_eq!(m.changelog[1].version, "2.1");
    session.save().unwrap();
    let after = read(dir.path(), "manual.toml");
    let start = before.find("# --- Changelog").unwrap();
    let heading = &before[start..start + before[start..].find("\n\n").unwrap() + 2];
    let expected = before
        .replace("version = \"2.1\"\ntheme_da", "version = \"2.2\"\ntheme_da")
        .replace("adopted_on = 2024-03-12", "adopted_on = 2026-11-02")
        .replace("updated_on = 2026-10-01", "updated_on = 2026-11-02")
        .replace(
            heading,
            &format!("{heading}[[changelog]]\nversion = \"2.2\"\ndate = 2026-11-02\ntext_da = \"Ny institution: Børnehuset Regnbuen.\"\n\n"),
        );
    assert_ne!(expected, before);
    assert_eq!(after, expected);
    assert_eq!(compare_versions("2.10", "2.9"), std::cmp::Ordering::Greater);
}

#[test]
fn a_new_logo_is_valid_once_it_has_artwork() {
    let dir = demo();
    let mut session = Session::open(dir.path()).unwrap();
    let logo = || "test".to_owned();
    let svg = read(dir.path(), "logos/solbakken/horizontal-positive.svg");
    session
        .apply(Edit::Batch(vec![
            Edit::Add {
                entry: Entry::Logo(logo()),
                values: vec![
                    (Key::Sender, "kommune".into()),
                    (Key::NameDa, "Test".into()),
                    (Key::ReferencePart, "mark".into()),
                    (Key::ReferenceNameDa, "bomærkets højde".into()),
                    (Key::ClearSpace, "0.5".into()),
                ],
            },
            Edit::Add {
                entry: Entry::Lockup {
                    logo: logo(),
                    id: "horizontal".into(),
                },
                values: vec![
                    (Key::NameDa, "Liggende".into()),
                    (Key::LockupReference, "120".into()),
                ],
            },
            Edit::Add {
                entry: Entry::Colorway {
                    logo: logo(),
                    id: "positive".into(),
                },
                values: vec![
                    (Key::ColorwayKind, "positive".into()),
                    (Key::NameDa, "Positiv".into()),
                    (Key::MainColor, "groen".into()),
                    (Key::Backgrounds, "hvid, sand".into()),
                ],
            },
            Edit::PutFile {
                path: "logos/test/horizontal-positive.svg".into(),
                bytes: Arc::from(svg.as_bytes()),
            },
            set(
                Field::new(
                    Entry::Artwork {
                        logo: logo(),
                        lockup: "horizontal".into(),
                        colorway: "positive".into(),
                    },
                    Key::File,
                ),
                "horizontal-positive.svg",
            ),
        ]))
        .unwrap();
    assert!(
        session.validate().iter().all(|p| !p.is_error()),
        "{:?}",
        session.problems()
    );
    assert!(session.manual().logo("test").is_some());
    session.save().unwrap();
    let loaded = crate::manual::load_folder(dir.path());
    assert!(!loaded.has_errors(), "{:?}", loaded.diagnostics);
    assert_eq!(
        loaded.manual.logo("test").unwrap().lockups[0].artwork.len(),
        1
    );
    // one undo removes all of it (before saving again)
    assert!(session.undo());
    session.validate();
    assert!(session.manual().logo("test").is_none());
    assert!(matches!(
        session.apply(Edit::PutFile {
            path: "manual.toml".into(),
            bytes: Arc::from(&b"x"[..])
        }),
        Err(EditError::Path(_))
    ));
}
