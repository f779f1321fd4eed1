//! GUI benchmarks (not tests): with a generated manual of 3,000 logos, how long the manual takes to load and
//! how fast search answers — in the library's search index alone, and as the application feels it (one
//! keystroke in the search field → update → new view laid out). Goals: load ≤ 1 s, search ≤ 16 ms (a frame).
//! And on *Skabeloner*: keystroke-to-preview for the A3 poster with a 24-megapixel photo (update + view + the
//! off-thread preview render at preview size + the preview message's update; goal ≤ 50 ms median).
//!
//! `cargo bench --bench gui` (or `scripts/bench-gui.sh`, which also measures start-to-first-frame);
//! `cargo test --all-targets` runs it once with 60 logos, as a check that it still works.
//! `DESIGNPROGRAM_BENCH_LOGOS` changes the number of logos (default 3000). The manual is generated once into
//! `target/bench-manual-<n>/`: the demonstration manual's palette, presets and templates, 6 departments,
//! `n / 5` institutions and `n` logos (the demonstration kommune's artwork, 2 lockups × 2 colourways each).

#[path = "support/large_manual.rs"]
mod large_manual;
#[path = "support/process.rs"]
mod process;

use process::{cpu_time, median, run_outputs};

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use designprogram::gui::{App, Boot, Message, desktop};
use designprogram::manual::{self, Manual};
use designprogram::search::{Index, Query};
use designprogram::settings::{ManualChoice, Settings};
use iced_test::Simulator;

#[path = "../tests/gui_support/mod.rs"]
mod gui_support;

fn main() {
    // `cargo test --all-targets` runs this file without `--bench`: then a small manual, to prove it works.
    let measuring = std::env::args().any(|a| a == "--bench");
    let logos: usize = std::env::var("DESIGNPROGRAM_BENCH_LOGOS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(if measuring { 3000 } else { 60 });
    if !measuring {
        println!("quick run with {logos} logos (the figures come from `cargo bench --bench gui`)");
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = large_manual::ensure(root, logos).expect("generate the manual");
    let files = large_manual::count_files(&dir);
    println!("manual: {logos} logos, {files} files in {}", dir.display());

    // Load: the first run reads from disk (the page cache may or may not hold it), then warm runs.
    let mut loads = Vec::new();
    let mut loaded = None;
    for _ in 0..7 {
        let t = Instant::now();
        let l = manual::load_folder(&dir);
        loads.push(t.elapsed());
        loaded = Some(l);
    }
    let loaded = loaded.expect("loaded");
    assert_eq!(
        loaded.manual.logos.len(),
        logos,
        "{:?}",
        loaded.diagnostics.first()
    );
    println!(
        "load_folder: first {} · median {} · max {}  (goal ≤ 1 s)",
        ms(loads[0]),
        ms(median(&mut loads[1..].to_vec())),
        ms(*loads.iter().max().expect("runs"))
    );

    search(&loaded.manual);
    keystrokes(&dir);
    template_keystrokes(root, measuring);
}

/// Keystroke-to-preview on *Skabeloner*: the A3 poster with a 6000 × 4000 photo (600 × 400 in the quick
/// run); each keystroke of a headline from the message to the new preview on screen.
fn template_keystrokes(root: &Path, measuring: bool) {
    let (w, h) = if measuring { (6000, 4000) } else { (600, 400) };
    let photo = root.join(format!("target/bench-photo-{w}x{h}.jpg"));
    if !photo.is_file() {
        // Texture everywhere, so that the JPEG decodes like a photograph, not a flat gradient.
        let img = image::RgbImage::from_fn(w, h, |x, y| {
            let n = (x.wrapping_mul(2_654_435_761) ^ y.wrapping_mul(40_503)) >> 24;
            image::Rgb([(x * 255 / w) as u8, (y * 255 / h) as u8, n as u8])
        });
        img.save(&photo).expect("write the photo");
    }
    let bytes = std::fs::metadata(&photo).map(|m| m.len()).unwrap_or(0);
    let mut harness = gui_support::Harness::new();
    harness.click("Skabeloner").expect("the rail");
    harness.click("Plakat med foto").expect("the poster");
    harness.desktop.to_open.lock().unwrap().push(photo.clone());
    let t = Instant::now();
    harness.click("Vælg foto …").expect("the photo button");
    let decoded = t.elapsed();
    let settings = designprogram::gui::iced_settings;
    let typed: Vec<Message> = {
        let mut ui = Simulator::with_size(settings(), (1280.0, 820.0), harness.app.view());
        ui.click(iced::widget::Id::new("template-field-overskrift"))
            .expect("the headline field");
        ui.typewrite(if measuring {
            "Sommerfest i parken"
        } else {
            "Sol"
        });
        ui.into_messages().collect()
    };
    let (mut updates, mut views, mut renders, mut totals) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let cpu_before = cpu_time().as_secs_f64() * 1000.0;
    let keys = typed.len();
    for message in typed {
        let previews = harness.log.len();
        let t = Instant::now();
        let task = harness.app.update(message);
        let updated = t.elapsed();
        drop(Simulator::with_size(
            settings(),
            (1280.0, 820.0),
            harness.app.view(),
        ));
        let viewed = t.elapsed();
        harness.settle(task); // the preview renders on the rayon pool; its message updates the screen
        let total = t.elapsed();
        if harness.log[previews..]
            .iter()
            .any(|m| m.starts_with("Preview("))
        {
            updates.push(updated);
            views.push(viewed - updated);
            renders.push(total - viewed);
            totals.push(total);
        }
    }
    assert!(!totals.is_empty(), "no preview arrived");
    let cpu = (cpu_time().as_secs_f64() * 1000.0 - cpu_before) / keys.max(1) as f64;
    let max = *totals.iter().max().expect("keystrokes");
    println!(
        "template keystroke → preview (A3 poster, {w} × {h} photo, {:.1} MB JPEG, decoded once in {}; \
         preview {} px): update median {} · view + layout median {} · render median {} · \
         total median {} · max {} over {} keystrokes; CPU time {cpu:.1} ms per keystroke (all threads)  \
         (goal ≤ 50 ms)",
        bytes as f64 / 1e6,
        ms(decoded),
        designprogram::gui::TEMPLATE_PREVIEW_SIDE,
        ms(median(&mut updates)),
        ms(median(&mut views)),
        ms(median(&mut renders)),
        ms(median(&mut totals)),
        ms(max),
        totals.len()
    );
}

/// The library's search index: build once, then queries.
fn search(m: &Manual) {
    let mut builds = (0..9)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(Index::new(m));
            t.elapsed()
        })
        .collect::<Vec<_>>();
    println!("search index build: median {}", ms(median(&mut builds)));
    let index = Index::new(m);
    for query in [
        "logo",
        "s",
        "skole",
        "plejecenter nordborg",
        "byvåben",
        "ingen-sådan-ting",
    ] {
        let q = Query::parse(query);
        let mut hits = 0;
        let mut times = (0..51)
            .map(|_| {
                let t = Instant::now();
                hits = std::hint::black_box(index.search(&q)).len();
                t.elapsed()
            })
            .collect::<Vec<_>>();
        let max = *times.iter().max().expect("runs");
        println!(
            "search {query:?}: {hits} hits · median {} · max {}",
            ms(median(&mut times)),
            ms(max)
        );
    }
}

/// As the application feels it: each keystroke of "plejecenter" in the Logos search field, from the
/// message to the new view laid out (pictures are requested but rendered later, off the UI thread).
fn keystrokes(dir: &Path) {
    let (mut app, boot) = App::new(Boot {
        choice: ManualChoice::Folder(dir.to_path_buf(), "bench"),
        settings: Settings::default(),
        desktop: Arc::new(desktop::System),
        started: None,
    });
    run_outputs(&mut app, boot);
    let settings = designprogram::gui::iced_settings;
    let messages: Vec<Message> = {
        let mut ui = Simulator::with_size(settings(), (1280.0, 820.0), app.view());
        ui.click("Logoer").expect("the Logos rail item");
        ui.into_messages().collect()
    };
    for message in messages {
        let _ = app.update(message);
    }
    let typed: Vec<Message> = {
        let mut ui = Simulator::with_size(settings(), (1280.0, 820.0), app.view());
        ui.click(iced::widget::Id::new(designprogram::gui::id::SEARCH))
            .expect("the search field");
        ui.typewrite("plejecenter");
        ui.into_messages().collect()
    };
    // The simulator builds a fresh renderer for every layout; time that alone to tell it apart.
    let mut baseline = (0..5)
        .map(|_| {
            let t = Instant::now();
            drop(Simulator::<Message>::with_size(
                settings(),
                (1280.0, 820.0),
                iced::widget::text("x"),
            ));
            t.elapsed()
        })
        .collect::<Vec<_>>();
    let baseline = median(&mut baseline);
    let (mut updates, mut views, mut totals) = (Vec::new(), Vec::new(), Vec::new());
    for message in typed {
        let t = Instant::now();
        let _tasks = app.update(message); // picture jobs are dropped here: they run off the UI thread
        let updated = t.elapsed();
        let view = app.view();
        let viewed = t.elapsed();
        let ui = Simulator::with_size(settings(), (1280.0, 820.0), view);
        let laid_out = t.elapsed();
        drop(ui);
        updates.push(updated);
        views.push(viewed - updated);
        totals.push(laid_out.saturating_sub(baseline));
    }
    let max = *totals.iter().max().expect("keystrokes");
    println!(
        "keystroke ({} keystrokes of \"plejecenter\"): update median {} · view median {} · \
         update + view + layout median {} · max {}  (goal ≤ 16 ms; layout excludes the simulator's \
         own renderer start-up, {})",
        totals.len(),
        ms(median(&mut updates)),
        ms(median(&mut views)),
        ms(median(&mut totals)),
        ms(max),
        ms(baseline)
    );
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}
