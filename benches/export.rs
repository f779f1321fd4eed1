//! In-process timings of the export engine (no process start-up, no disk for the A0 case), run with
//! `cargo bench --bench export` (default features: the dev-dependency iced_test needs a renderer in release).
//! The side-by-side comparison with rsvg-convert and Inkscape is `scripts/bench-export.sh`; its figures are
//! in docs/benchmarks.md.

use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

use designprogram::export::pack::{self, Selection};
use designprogram::export::{self, Request, Target, WriteOptions};
use designprogram::manual::{Format, load_embedded};

fn time<T>(label: &str, runs: usize, mut f: impl FnMut() -> T) {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(f());
            start.elapsed()
        })
        .collect();
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{label:<58} median {:>9.2} ms  (min {:.2} ms, {runs} runs)",
        ms(times[runs / 2]),
        ms(times[0])
    );
}

fn main() {
    let loaded = load_embedded();
    let manual = &loaded.manual;
    let options = WriteOptions::default();
    let a0 = |format: Format| {
        Request::logo(
            "kommune",
            Target::Mm {
                width: 841.0,
                height: Some(1189.0),
                dpi: 300.0,
            },
            format,
        )
    };
    for (label, format) in [
        (
            "A0 300 dpi PNG (9933 x 14043), encoded to memory",
            Format::Png,
        ),
        ("A0 print PDF (vector)", Format::Pdf),
        ("A0 SVG", Format::Svg),
    ] {
        let checked = export::check(manual, &a0(format)).unwrap_or_else(|e| panic!("{e}"));
        time(label, 5, || {
            let mut sink = Vec::new();
            export::encode(manual, &checked, &options, &mut sink).unwrap_or_else(|e| panic!("{e}"));
            sink.len()
        });
    }
    let thumb = export::plan(manual, &a0(Format::Png)).unwrap_or_else(|e| panic!("{e}"));
    time(
        "preview: render::rgba of the A0 plan, max side 512",
        20,
        || designprogram::render::rgba(manual, &thumb, Some(512)).map(|i| i.pixels.len()),
    );
    let print: Vec<String> = manual
        .presets
        .iter()
        .filter(|p| !p.medium.is_screen())
        .map(|p| p.id.clone())
        .collect();
    time(
        "print-shop pack (all print presets) into a temp folder",
        3,
        || {
            let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
            pack::pack(
                manual,
                &Selection::Presets(print.clone()),
                dir.path(),
                false,
                &options,
                &|_| {},
                &AtomicBool::new(false),
            )
            .map(|p| p.manifest.files.len())
            .unwrap_or_else(|e| panic!("{e}"))
        },
    );
}
