//! The generated large manual the benchmarks share (`benches/gui.rs`, `benches/manual.rs`): the demonstration
//! manual's palette, presets and templates, 6 departments, `n / 5` institutions and `n` logos (the demonstration
//! kommune's artwork, 2 lockups × 2 colourways each), written once into `target/bench-manual-<n>/`.

#![allow(dead_code)] // each benchmark uses a part

use std::path::{Path, PathBuf};
use std::time::Instant;

pub const DEPARTMENTS: [(&str, &str); 6] = [
    ("boern-og-uddannelse", "Børn og Uddannelse"),
    ("kultur", "Kultur og Fritid"),
    ("sundhed-og-omsorg", "Sundhed og Omsorg"),
    ("teknik-og-miljoe", "Teknik og Miljø"),
    ("beskaeftigelse", "Beskæftigelse"),
    ("administration", "Administration"),
];

pub const KINDS: [&str; 8] = [
    "Skole",
    "Børnehave",
    "Plejecenter",
    "Bibliotek",
    "Idrætshal",
    "Jobcenter",
    "Musikskole",
    "Genbrugsplads",
];

pub const PLACES: [&str; 12] = [
    "Nordborg",
    "Augustenborg",
    "Gråsten",
    "Broager",
    "Guderup",
    "Havnbjerg",
    "Kegnæs",
    "Sydals",
    "Dybbøl",
    "Rinkenæs",
    "Nybøl",
    "Ulkebøl",
];

/// The generated manual of `logos` logos under `root/target/`, generated first if it is not there.
pub fn ensure(root: &Path, logos: usize) -> std::io::Result<PathBuf> {
    let dir = root.join(format!("target/bench-manual-{logos}"));
    if !dir.join("logos").is_dir() {
        let started = Instant::now();
        generate(&root.join("manual"), &dir, logos)?;
        println!(
            "generated {} in {:.1} s",
            dir.display(),
            started.elapsed().as_secs_f64()
        );
    }
    Ok(dir)
}

/// Copies a folder recursively.
pub fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}

/// How many files a folder holds, recursively.
pub fn count_files(dir: &Path) -> usize {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| {
                    if e.path().is_dir() {
                        count_files(&e.path())
                    } else {
                        1
                    }
                })
                .sum()
        })
        .unwrap_or(0)
}

/// Writes a manual with `logos` logos into `dir`, from the demonstration manual at `base`.
pub fn generate(base: &Path, dir: &Path, logos: usize) -> std::io::Result<()> {
    let partial = dir.with_extension("partial");
    let _ = std::fs::remove_dir_all(&partial);
    std::fs::create_dir_all(partial.join("logos"))?;
    std::fs::create_dir_all(partial.join("fonts"))?;
    for file in [
        "manual.toml",
        "colors.toml",
        "presets.toml",
        "templates.toml",
        "typography.toml",
    ] {
        std::fs::copy(base.join(file), partial.join(file))?;
    }
    for font in std::fs::read_dir(base.join("fonts"))? {
        let font = font?;
        std::fs::copy(font.path(), partial.join("fonts").join(font.file_name()))?;
    }
    // The templates' graphic elements (the programme's wave).
    std::fs::create_dir_all(partial.join("graphics"))?;
    for file in std::fs::read_dir(base.join("graphics"))? {
        let file = file?;
        std::fs::copy(file.path(), partial.join("graphics").join(file.file_name()))?;
    }
    let institutions = (logos / 5).max(1);
    let mut senders = String::from(
        "[[sender]]\nid = \"kommune\"\nkind = \"kommune\"\nname_da = \"Sønderborg Kommune\"\n\
         name_en = \"Sønderborg Municipality\"\nsynonyms = [\"kommunen\", \"byvåben\"]\n",
    );
    for (id, name) in DEPARTMENTS {
        senders.push_str(&format!(
            "\n[[sender]]\nid = \"{id}\"\nkind = \"forvaltning\"\nparent = \"kommune\"\nname_da = \"{name}\"\n"
        ));
    }
    let institution_name = |i: usize| {
        format!(
            "{} {} {}",
            KINDS[i % KINDS.len()],
            PLACES[(i / KINDS.len()) % PLACES.len()],
            i / (KINDS.len() * PLACES.len()) + 1
        )
    };
    for i in 0..institutions {
        let (department, _) = DEPARTMENTS[i % DEPARTMENTS.len()];
        senders.push_str(&format!(
            "\n[[sender]]\nid = \"inst-{i}\"\nkind = \"institution\"\nparent = \"{department}\"\n\
             name_da = \"{}\"\nsynonyms = [\"{}\"]\n",
            institution_name(i),
            KINDS[i % KINDS.len()].to_lowercase()
        ));
    }
    std::fs::write(partial.join("senders.toml"), senders)?;

    let art = base.join("logos/kommune");
    let svgs: Vec<(&str, Vec<u8>)> = ["positive", "negative"]
        .into_iter()
        .map(|c| std::fs::read(art.join(format!("mark-{c}.svg"))).map(|b| (c, b)))
        .collect::<std::io::Result<_>>()?;
    for n in 0..logos {
        let folder = partial.join(format!("logos/logo-{n:05}"));
        std::fs::create_dir_all(&folder)?;
        let sender = n % institutions;
        let mut toml = format!(
            "id = \"logo-{n:05}\"\nsender = \"inst-{sender}\"\nname_da = \"{} – logo {}\"\n\
             synonyms = [\"logo\", \"bomærke\"]\nchapter = \"logo\"\n\n\
             [[part]]\nid = \"mark\"\nkind = \"mark\"\nname_da = \"Bomærke\"\n\n\
             [reference]\npart = \"mark\"\nname_da = \"bomærkets højde\"\n\n[clear_space]\nratio = 0.5\n",
            institution_name(sender),
            n / institutions + 1
        );
        for lockup in ["horizontal", "stacked"] {
            toml.push_str(&format!(
                "\n[[lockup]]\nid = \"{lockup}\"\nname_da = \"{lockup}\"\nreference = 120.0\n\
                 files = {{ positive = \"{lockup}-positive.svg\", negative = \"{lockup}-negative.svg\" }}\n"
            ));
            for (colorway, svg) in &svgs {
                std::fs::write(folder.join(format!("{lockup}-{colorway}.svg")), svg)?;
            }
        }
        toml.push_str(
            "\n[[colorway]]\nid = \"positive\"\nkind = \"positive\"\nname_da = \"Positiv (farve)\"\n\
             main_color = \"groen\"\nbackgrounds = [\"hvid\", \"sand\"]\n\
             \n[[colorway]]\nid = \"negative\"\nkind = \"negative\"\nname_da = \"Negativ (hvid)\"\n\
             main_color = \"hvid\"\nbackgrounds = [\"groen\", \"skovgroen\"]\n\
             \n[[minimum]]\nprint_mm = 10.0\nscreen_px = 40\n",
        );
        std::fs::write(folder.join("logo.toml"), toml)?;
    }
    std::fs::rename(&partial, dir)?;
    Ok(())
}
