//! The user's settings: a tolerant TOML file in the platform config folder.
//!
//! Every field has a default. A field with a bad value falls back to its default and is reported; unknown
//! keys are reported; nothing makes the whole file fail. Saving is atomic (temp file + rename).

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;

/// Environment variable that overrides the config folder (tests, portable installs).
pub const CONFIG_DIR_ENV: &str = "DESIGNPROGRAM_CONFIG_DIR";
/// Environment variable naming a manual folder.
pub const MANUAL_ENV: &str = "DESIGNPROGRAM_MANUAL";

/// Light or dark user interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    /// Light (default).
    #[default]
    Light,
    /// Dark.
    Dark,
}

/// "Mine oplysninger": the person filling templates (business cards, e-mail signatures). Every value is
/// optional, one line of at most [`Person::MAX_CHARS`] characters without control characters.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Person {
    /// Full name.
    #[serde(skip_serializing_if = "String::is_empty", default)]
    pub name: String,
    /// Job title.
    #[serde(skip_serializing_if = "String::is_empty", default)]
    pub title: String,
    /// Direct phone number.
    #[serde(skip_serializing_if = "String::is_empty", default)]
    pub phone: String,
    /// E-mail address.
    #[serde(skip_serializing_if = "String::is_empty", default)]
    pub email: String,
}

impl Person {
    /// The longest value, in characters.
    pub const MAX_CHARS: usize = 120;
    /// The keys of `[person]`.
    pub const KEYS: [&'static str; 4] = ["name", "title", "phone", "email"];

    /// Sets a value by key (`name`, `title`, `phone`, `email`); `Err` says what is wrong with the value.
    pub fn set(&mut self, key: &str, value: &str) -> Result<(), String> {
        let slot = match key {
            "name" => &mut self.name,
            "title" => &mut self.title,
            "phone" => &mut self.phone,
            "email" => &mut self.email,
            _ => return Err(format!("unknown key `{key}`")),
        };
        if value.chars().count() > Self::MAX_CHARS || value.chars().any(char::is_control) {
            return Err(format!(
                "expected one line of at most {} characters",
                Self::MAX_CHARS
            ));
        }
        *slot = value.trim().to_owned();
        Ok(())
    }

    /// Whether nothing is filled in.
    pub fn is_empty(&self) -> bool {
        self.name.is_empty()
            && self.title.is_empty()
            && self.phone.is_empty()
            && self.email.is_empty()
    }
}

/// The user's settings.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Settings {
    /// Interface and message language.
    pub language: Lang,
    /// A manual folder to use instead of the embedded one.
    pub manual_folder: Option<PathBuf>,
    /// Where exports go by default (chosen in the settings).
    pub export_folder: Option<PathBuf>,
    /// The folder the last export went to (recorded after every save), for the next dialog.
    pub last_export_folder: Option<PathBuf>,
    /// Light or dark theme.
    pub theme: Theme,
    /// "Mit arbejdssted": the sender (id) used by default on every screen.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub workplace: Option<String>,
    /// "Mine oplysninger" (`[person]`).
    #[serde(skip_serializing_if = "Person::is_empty", default)]
    pub person: Person,
    /// The folder the communications department publishes the manual to (instead of the machine's setting).
    pub publish_location: Option<PathBuf>,
    /// The manual version the user last saw announced (the "updated to …" banner shows what changed since).
    pub last_seen_version: Option<String>,
}

/// Settings and what was wrong with the file they came from.
#[derive(Debug, Clone, Default)]
pub struct LoadedSettings {
    /// The settings (defaults where the file was wrong or missing).
    pub settings: Settings,
    /// What was wrong, e.g. `settings.toml: language must be "da" or "en", not "fr"; using the default`.
    pub problems: Vec<Problem>,
}

/// Something wrong with the settings file; the setting (or the whole file) fell back to its default.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.message(Lang::En))]
pub struct Problem {
    /// The file.
    pub file: String,
    /// What is wrong.
    pub kind: ProblemKind,
}

/// What is wrong with a settings file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    /// It cannot be read (what the system said).
    Unreadable(String),
    /// It is not TOML (what the parser said).
    NotToml(String),
    /// A key has a value it cannot have.
    BadValue {
        /// The key.
        key: String,
        /// What it must be: `language`, `folder`, `theme`, `sender` (a sender id), `table` or `line` (one line
        /// of at most [`Person::MAX_CHARS`] characters).
        expected: &'static str,
        /// What it is, as TOML.
        found: String,
    },
    /// An unknown key (ignored).
    UnknownKey(String),
}

impl Problem {
    /// The problem in a language.
    pub fn message(&self, lang: Lang) -> String {
        let s = |s: &str| fluent_bundle::FluentValue::from(s.to_owned());
        let file = ("file", s(&self.file));
        match &self.kind {
            ProblemKind::Unreadable(system) => crate::i18n::tr_args(
                lang,
                "settings-problem-unreadable",
                &[file, ("system", s(system))],
            ),
            ProblemKind::NotToml(detail) => crate::i18n::tr_args(
                lang,
                "settings-problem-not-toml",
                &[file, ("detail", s(detail))],
            ),
            ProblemKind::BadValue {
                key,
                expected,
                found,
            } => crate::i18n::tr_args(
                lang,
                "settings-problem-bad-value",
                &[
                    file,
                    ("key", s(key)),
                    ("expected", s(expected)),
                    ("found", s(found)),
                ],
            ),
            ProblemKind::UnknownKey(key) => crate::i18n::tr_args(
                lang,
                "settings-problem-unknown-key",
                &[file, ("key", s(key))],
            ),
        }
    }
}

/// The platform folders of the program.
pub fn project_dirs() -> Option<directories::ProjectDirs> {
    directories::ProjectDirs::from("dk", "Sonderborg Kommune", "designprogram")
}

/// The config folder: `DESIGNPROGRAM_CONFIG_DIR`, else the platform's.
pub fn config_dir() -> Option<PathBuf> {
    match std::env::var_os(CONFIG_DIR_ENV) {
        Some(dir) if !dir.is_empty() => Some(PathBuf::from(dir)),
        _ => project_dirs().map(|d| d.config_dir().to_path_buf()),
    }
}

/// The settings file path.
pub fn settings_path() -> Option<PathBuf> {
    config_dir().map(|d| d.join("settings.toml"))
}

impl Settings {
    /// Loads settings from the default path (defaults if there is none).
    pub fn load() -> LoadedSettings {
        match settings_path() {
            Some(path) => Settings::load_from(&path),
            None => LoadedSettings::default(),
        }
    }

    /// Loads settings from a file, tolerating every kind of damage.
    pub fn load_from(path: &Path) -> LoadedSettings {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return LoadedSettings::default(),
            Err(e) => {
                return LoadedSettings {
                    settings: Settings::default(),
                    problems: vec![Problem {
                        file: path.display().to_string(),
                        kind: ProblemKind::Unreadable(e.to_string()),
                    }],
                };
            }
        };
        Settings::parse(&text, &path.display().to_string())
    }

    /// Parses settings text; `name` is used in problem messages.
    pub fn parse(text: &str, name: &str) -> LoadedSettings {
        let mut problems = Vec::new();
        let table: toml::Table = match text.parse() {
            Ok(t) => t,
            Err(e) => {
                problems.push(Problem {
                    file: name.to_owned(),
                    kind: ProblemKind::NotToml(e.message().to_owned()),
                });
                return LoadedSettings {
                    settings: Settings::default(),
                    problems,
                };
            }
        };
        let mut settings = Settings::default();
        for (key, value) in table {
            let bad = |problems: &mut Vec<Problem>, expected: &'static str| {
                problems.push(Problem {
                    file: name.to_owned(),
                    kind: ProblemKind::BadValue {
                        key: key.clone(),
                        expected,
                        found: value.to_string(),
                    },
                });
            };
            match key.as_str() {
                "language" => match value.as_str().and_then(Lang::parse) {
                    Some(lang) => settings.language = lang,
                    None => bad(&mut problems, "language"),
                },
                "manual_folder" | "export_folder" | "last_export_folder" | "publish_location" => {
                    match value.as_str() {
                        Some(s) if !s.is_empty() => {
                            let p = Some(PathBuf::from(s));
                            match key.as_str() {
                                "manual_folder" => settings.manual_folder = p,
                                "export_folder" => settings.export_folder = p,
                                "publish_location" => settings.publish_location = p,
                                _ => settings.last_export_folder = p,
                            }
                        }
                        Some(_) => {}
                        None => bad(&mut problems, "folder"),
                    }
                }
                "last_seen_version" => match value.as_str() {
                    Some(v) => settings.last_seen_version = Some(v.to_owned()),
                    None => bad(&mut problems, "version"),
                },
                "theme" => match value.as_str() {
                    Some("light") => settings.theme = Theme::Light,
                    Some("dark") => settings.theme = Theme::Dark,
                    _ => bad(&mut problems, "theme"),
                },
                "workplace" => match value.as_str() {
                    Some(s) if is_id(s) => settings.workplace = Some(s.to_owned()),
                    Some("") => {}
                    _ => bad(&mut problems, "sender"),
                },
                "person" => match value.as_table() {
                    Some(table) => {
                        for (k, v) in table {
                            let key = format!("person.{k}");
                            let kind = if !Person::KEYS.contains(&k.as_str()) {
                                Some(ProblemKind::UnknownKey(key))
                            } else if v
                                .as_str()
                                .is_none_or(|s| settings.person.set(k, s).is_err())
                            {
                                Some(ProblemKind::BadValue {
                                    key,
                                    expected: "line",
                                    found: v.to_string(),
                                })
                            } else {
                                None
                            };
                            problems.extend(kind.map(|kind| Problem {
                                file: name.to_owned(),
                                kind,
                            }));
                        }
                    }
                    None => bad(&mut problems, "table"),
                },
                _ => problems.push(Problem {
                    file: name.to_owned(),
                    kind: ProblemKind::UnknownKey(key.clone()),
                }),
            }
        }
        LoadedSettings { settings, problems }
    }

    /// The folder export dialogs open in: the export folder chosen in the settings, else the folder of the
    /// last export, else the user's documents folder (or home), else the current folder.
    pub fn export_dialog_folder(&self) -> PathBuf {
        self.export_folder
            .clone()
            .or_else(|| self.last_export_folder.clone())
            .or_else(default_export_folder)
            .unwrap_or_else(|| PathBuf::from("."))
    }

    /// Saves to the default path.
    pub fn save(&self) -> std::io::Result<()> {
        let path = settings_path()
            .ok_or_else(|| std::io::Error::other("no config folder on this system"))?;
        self.save_to(&path)
    }

    /// Saves atomically to a file, creating its folder.
    pub fn save_to(&self, path: &Path) -> std::io::Result<()> {
        let dir = path.parent().unwrap_or(Path::new("."));
        std::fs::create_dir_all(dir)?;
        let text = toml::to_string(self).map_err(std::io::Error::other)?;
        let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
        std::io::Write::write_all(&mut tmp, text.as_bytes())?;
        tmp.persist(path).map_err(|e| e.error)?;
        Ok(())
    }
}

/// Whether a text has the shape of a manual id (what `workplace` holds).
fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 48
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The user's documents folder, else their home folder.
fn default_export_folder() -> Option<PathBuf> {
    let dirs = directories::UserDirs::new()?;
    Some(
        dirs.document_dir()
            .filter(|d| d.is_dir())
            .unwrap_or(dirs.home_dir())
            .to_path_buf(),
    )
}

/// Which manual to open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ManualChoice {
    /// A folder, and why it was chosen: `"argument"` (`--manual`), `"environment"` (`DESIGNPROGRAM_MANUAL`),
    /// `"settings"` (the interfaces say it in words).
    Folder(PathBuf, &'static str),
    /// The newest valid bundle published to a folder, and why that folder: `"settings"` (the user's) or
    /// `"system"` (set by IT for the whole machine).
    Published(PathBuf, &'static str),
    /// The embedded demonstration manual.
    Embedded,
}

/// `--manual DIR`, else `DESIGNPROGRAM_MANUAL`, else the settings' manual folder, else the published manual (the
/// settings' publish folder, else the machine's, see [`crate::publish::SystemConfig`]), else the embedded manual.
pub fn choose_manual(arg: Option<&Path>, settings: &Settings) -> ManualChoice {
    if let Some(dir) = arg {
        return ManualChoice::Folder(dir.to_path_buf(), "argument");
    }
    if let Some(dir) = std::env::var_os(MANUAL_ENV).filter(|d| !d.is_empty()) {
        return ManualChoice::Folder(PathBuf::from(dir), "environment");
    }
    if let Some(dir) = &settings.manual_folder {
        return ManualChoice::Folder(dir.clone(), "settings");
    }
    if let Some(location) = &settings.publish_location {
        return ManualChoice::Published(location.clone(), "settings");
    }
    if let Some(location) = crate::publish::SystemConfig::load().publish_location {
        return ManualChoice::Published(location, "system");
    }
    ManualChoice::Embedded
}

impl ManualChoice {
    /// Loads the chosen manual.
    pub fn load(&self) -> crate::manual::Loaded {
        match self {
            ManualChoice::Folder(dir, _) => crate::manual::load_folder(dir),
            ManualChoice::Published(location, _) => crate::publish::load_published(location),
            ManualChoice::Embedded => crate::manual::load_embedded(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_fields_fall_back_and_are_reported() {
        let loaded = Settings::parse(
            "language = \"fr\"\ntheme = \"dark\"\ncolour = 1\nexport_folder = \"/tmp/x\"\n",
            "settings.toml",
        );
        assert_eq!(loaded.settings.language, Lang::Da);
        assert_eq!(loaded.settings.theme, Theme::Dark);
        assert_eq!(loaded.settings.export_folder, Some(PathBuf::from("/tmp/x")));
        assert_eq!(loaded.problems.len(), 2, "{:?}", loaded.problems);
        let texts: Vec<String> = loaded
            .problems
            .iter()
            .map(|p| p.message(Lang::Da))
            .collect();
        assert!(
            texts.contains(&"settings.toml: language skal være »da« eller »en«, men er \"fr\"; standardværdien bruges.".to_owned()),
            "{texts:?}"
        );
        assert!(
            texts.contains(&"settings.toml: ukendt nøgle »colour« (ignoreret).".to_owned()),
            "{texts:?}"
        );
        assert!(
            loaded
                .problems
                .iter()
                .any(|p| p.to_string().contains("unknown key “colour”"))
        );
    }

    #[test]
    fn person_and_workplace_are_tolerant() {
        let loaded = Settings::parse(
            "workplace = \"Bibliotek!\"\n[person]\nname = \"Mette\"\ntitle = 3\nphone = \"+45\\u0007\"\nshoe = \"x\"\n",
            "settings.toml",
        );
        assert_eq!(loaded.settings.workplace, None);
        assert_eq!(loaded.settings.person.name, "Mette");
        assert_eq!(loaded.settings.person.title, "");
        assert_eq!(loaded.settings.person.phone, "");
        assert_eq!(loaded.problems.len(), 4, "{:?}", loaded.problems);
    }

    #[test]
    fn broken_toml_gives_defaults() {
        let loaded = Settings::parse("language = ", "s.toml");
        assert_eq!(loaded.settings, Settings::default());
        assert_eq!(loaded.problems.len(), 1);
    }

    #[test]
    fn dialogs_open_in_the_chosen_then_the_last_export_folder() {
        let mut s = Settings {
            last_export_folder: Some("/last".into()),
            ..Settings::default()
        };
        assert_eq!(s.export_dialog_folder(), PathBuf::from("/last"));
        s.export_folder = Some("/chosen".into());
        assert_eq!(s.export_dialog_folder(), PathBuf::from("/chosen"));
        // Neither: the documents or home folder, never the process's working folder.
        let fresh = Settings::default().export_dialog_folder();
        assert!(fresh.is_absolute(), "{}", fresh.display());
        let parsed = Settings::parse("last_export_folder = \"/l\"\n", "s.toml");
        assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
        assert_eq!(
            parsed.settings.last_export_folder,
            Some(PathBuf::from("/l"))
        );
    }

    #[test]
    fn round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/settings.toml");
        let s = Settings {
            language: Lang::En,
            manual_folder: Some("/m".into()),
            export_folder: None,
            last_export_folder: Some("/e".into()),
            theme: Theme::Dark,
            workplace: Some("bibliotek".into()),
            person: Person {
                name: "Mette Æbelø".into(),
                title: "Pædagog".into(),
                phone: "+45 88 72 42 17".into(),
                email: String::new(),
            },
            publish_location: Some("/srv/designmanual".into()),
            last_seen_version: Some("2.1".into()),
        };
        s.save_to(&path).unwrap();
        assert_eq!(Settings::load_from(&path).settings, s);
    }
}
