//! Shared helpers of the manual-maintenance tests: a copy of the demonstration manual under Git, the built
//! binary with isolated settings, and `git diff` of the manual folder.

#![allow(dead_code)] // each test file uses a different part of this module

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A copy of the demonstration manual in a temporary folder (`dir/manual`), committed to a fresh Git
/// repository so that `git diff` shows exactly what the commands changed.
pub struct Demo {
    /// Holds the temporary folder.
    pub temp: tempfile::TempDir,
}

impl Demo {
    /// Copies the demonstration manual; commits it when `git` is true.
    pub fn new(git: bool) -> Demo {
        let temp = tempfile::tempdir().unwrap();
        copy_dir(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("manual"),
            &temp.path().join("manual"),
        );
        std::fs::create_dir_all(temp.path().join("config")).unwrap();
        let demo = Demo { temp };
        if git {
            demo.git(&["init", "-q"]);
            demo.git(&["add", "-A"]);
            demo.git(&["commit", "-q", "-m", "demo manual"]);
        }
        demo
    }

    /// The manual folder.
    pub fn manual(&self) -> PathBuf {
        self.temp.path().join("manual")
    }

    /// A path inside the temporary folder.
    pub fn path(&self, rel: &str) -> PathBuf {
        self.temp.path().join(rel)
    }

    /// The built binary on this manual, with settings in `config/` and Danish messages.
    pub fn designprogram(&self) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_designprogram"));
        cmd.arg("--manual")
            .arg(self.manual())
            .env("DESIGNPROGRAM_CONFIG_DIR", self.path("config"))
            .env("DESIGNPROGRAM_DATA_DIR", self.path("data"))
            .env("DESIGNPROGRAM_SYSTEM_CONFIG", self.path("system.toml"))
            .env_remove("DESIGNPROGRAM_MANUAL")
            .env("SOURCE_DATE_EPOCH", "1790000000");
        cmd
    }

    /// The built binary as a staff installation: no `--manual`, the machine's configuration in
    /// `system.toml`, bundles cached in `data/`.
    pub fn staff(&self) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_designprogram"));
        cmd.env("DESIGNPROGRAM_CONFIG_DIR", self.path("config"))
            .env("DESIGNPROGRAM_DATA_DIR", self.path("data"))
            .env("DESIGNPROGRAM_SYSTEM_CONFIG", self.path("system.toml"))
            .env_remove("DESIGNPROGRAM_MANUAL");
        cmd
    }

    /// Runs `designprogram --manual DIR ARGS…`.
    pub fn run(&self, args: &[&str]) -> Output {
        self.designprogram()
            .args(args)
            .output()
            .expect("the binary runs")
    }

    /// Runs and asserts exit code 0; returns stderr.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}\nstdout: {}\nstderr: {stderr}",
            String::from_utf8_lossy(&out.stdout)
        );
        stderr
    }

    /// Runs `git` in the temporary folder; returns stdout.
    pub fn git(&self, args: &[&str]) -> String {
        let out = Command::new(tool("git", "git"))
            .args(["-c", "user.name=Test", "-c", "user.email=test@example.dk"])
            .args(args)
            .current_dir(self.temp.path())
            .output()
            .expect("git runs");
        assert!(
            out.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// The changed and added lines of the manual folder since the commit (`+line` / `-line`), per file, with
    /// untracked files shown whole (`git add -N`).
    pub fn diff(&self) -> Vec<(String, Vec<String>)> {
        self.git(&["add", "-N", "manual"]);
        let text = self.git(&["diff", "-U0", "--no-color", "--", "manual"]);
        let mut files: Vec<(String, Vec<String>)> = Vec::new();
        for line in text.lines() {
            if let Some(name) = line.strip_prefix("+++ b/") {
                files.push((name.to_owned(), Vec::new()));
            } else if line.starts_with("+++ ") || line.starts_with("--- ") {
                continue;
            } else if (line.starts_with('+') || line.starts_with('-'))
                && let Some((_, lines)) = files.last_mut()
            {
                lines.push(line.to_owned());
            }
        }
        files
    }
}

/// An external tool the test needs; a missing tool fails the test with the package to install.
pub fn tool(name: &str, package: &str) -> String {
    let found = std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(name).is_file()));
    assert!(
        found,
        "`{name}` is required by this test but is not on PATH. Install the Debian package `{package}` \
         (scripts/install-test-deps.sh installs every test dependency)."
    );
    name.to_owned()
}

/// Copies a folder recursively.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A fixture file's path.
pub fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(rel)
}
