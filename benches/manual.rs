//! Editing and publishing benchmarks (not tests). Goals (issue 11): saving after one edit on a manual of 3,000
//! logos ≤ 100 ms; publishing the demonstration manual ≤ 1 s.
//!
//! `cargo bench --bench manual` (or `scripts/bench-manual.sh`, which also times the
//! release CLI). `cargo test --all-targets` runs it once with 60 logos, as a check that it still works.
//! `DESIGNPROGRAM_BENCH_LOGOS` changes the number of logos (default 3000); the manual is the one
//! `benches/gui.rs` uses, generated once into `target/bench-manual-<n>/` by `benches/support/large_manual.rs`,
//! and copied into a temporary folder here (the benchmark saves into its copy).
//!
//! Saving is timed as the editor does it: `Session::apply` (one colour's NCS value), `Session::validate` (the
//! real loader on the edited files; the editor runs it off the UI thread as the user types), then
//! `Session::save` — the figure the goal is about: the conflict check, the journal, the backup, the rename.

#[path = "support/large_manual.rs"]
mod large_manual;

use std::path::Path;
use std::time::{Duration, Instant};

use designprogram::manual::edit::{Edit, Entry, Field, Key, Session};
use designprogram::publish;

const ROUNDS: usize = 9;

fn main() {
    let measuring = std::env::args().any(|a| a == "--bench");
    let logos: usize = std::env::var("DESIGNPROGRAM_BENCH_LOGOS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(if measuring { 3000 } else { 60 });
    if !measuring {
        println!(
            "quick run with {logos} logos (the figures come from `cargo bench --bench manual`)"
        );
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let generated = large_manual::ensure(root, logos).expect("generate the manual");
    let work = tempfile::tempdir().expect("temporary folder");
    let copy = work.path().join("manual");
    large_manual::copy_dir(&generated, &copy).expect("copy the manual");
    println!(
        "manual: {logos} logos, {} files",
        large_manual::count_files(&copy)
    );
    save_after_one_edit(&copy);
    let demo = work.path().join("demo");
    large_manual::copy_dir(&root.join("manual"), &demo).expect("copy the demonstration manual");
    publish_demo(&demo, work.path());
}

fn save_after_one_edit(dir: &Path) {
    let field = Field::new(Entry::Color("groen".into()), Key::Ncs);
    let (mut opens, mut applies, mut validates, mut saves) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for round in 0..ROUNDS {
        let t = Instant::now();
        let mut session = Session::open(dir).expect("open");
        opens.push(t.elapsed());
        let value = if round % 2 == 0 {
            "S 3060-G"
        } else {
            "S 3050-G"
        };
        let t = Instant::now();
        session
            .apply(Edit::Set {
                field: field.clone(),
                value: value.into(),
            })
            .expect("apply");
        applies.push(t.elapsed());
        let t = Instant::now();
        let errors = session.validate().iter().filter(|p| p.is_error()).count();
        validates.push(t.elapsed());
        assert_eq!(errors, 0, "{:?}", session.problems().first());
        let t = Instant::now();
        let saved = session.save().expect("save");
        saves.push(t.elapsed());
        assert_eq!(saved.files, ["colors.toml"]);
    }
    println!("Session::open: median {}", ms(median(&mut opens)));
    println!("apply (one NCS value): median {}", ms(median(&mut applies)));
    println!(
        "validate (the loader on the edited files): median {}",
        ms(median(&mut validates))
    );
    let max = *saves.iter().max().expect("rounds");
    println!(
        "save after one edit: median {} · max {}  (goal ≤ 100 ms)",
        ms(median(&mut saves)),
        ms(max)
    );
}

fn publish_demo(manual: &Path, work: &Path) {
    let mut times = Vec::new();
    let mut size = 0;
    for round in 0..ROUNDS {
        let to = work.join(format!("share-{round}"));
        let t = Instant::now();
        let done = publish::publish(manual, &to, false).expect("publish");
        times.push(t.elapsed());
        size = done.pointer.size;
    }
    let max = *times.iter().max().expect("rounds");
    println!(
        "publish the demonstration manual ({:.0} KiB bundle): median {} · max {}  (goal ≤ 1 s)",
        size as f64 / 1024.0,
        ms(median(&mut times)),
        ms(max)
    );
}

fn median(times: &mut [Duration]) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}
