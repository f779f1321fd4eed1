//! How long `compliance::check` takes per logo request (target: well under 1 ms, so the GUI can re-run it on
//! every change). A plain timing loop: `cargo bench --bench compliance [-- ROUNDS]`.
//!
//! The requests: every logo × lockup × colourway of the embedded manual on its first allowed background, at
//! every preset that allows the lockup in the preset's first format, plus one refused request of each kind
//! (too small, wrong colourway, unknown logo) — so the figure includes building messages in both languages.

use std::hint::black_box;
use std::time::{Duration, Instant};

use designprogram::compliance;
use designprogram::export::{Request, Target};
use designprogram::manual::{self, Format};

fn requests(m: &manual::Manual) -> Vec<Request> {
    let mut out = Vec::new();
    for logo in &m.logos {
        for lockup in &logo.lockups {
            for colorway in &logo.colorways {
                let Some(background) = colorway.backgrounds.first() else {
                    continue;
                };
                for preset in m.presets.iter().filter(|p| p.allows_lockup(&lockup.id)) {
                    let Some(&format) = preset.formats.first() else {
                        continue;
                    };
                    out.push(
                        Request::logo(&logo.id, Request::preset(&preset.id), format)
                            .with_lockup(&lockup.id)
                            .with_colorway(&colorway.id)
                            .with_background(background),
                    );
                }
            }
        }
    }
    let small = Target::Mm {
        width: 20.0,
        height: None,
        dpi: 300.0,
    };
    out.push(Request::logo("kommune", small, Format::Pdf));
    out.push(
        Request::logo("kommune", Request::preset("poster-a4"), Format::Pdf)
            .with_colorway("negative")
            .with_background("hvid"),
    );
    out.push(Request::logo(
        "nope",
        Request::preset("poster-a4"),
        Format::Pdf,
    ));
    out
}

fn main() {
    let rounds: u32 = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(200);
    let loaded = manual::load_embedded();
    let m = &loaded.manual;
    let requests = requests(m);
    // Warm up: the translation catalogue is built on first use.
    for r in &requests {
        black_box(compliance::check(m, r));
    }
    let mut times: Vec<Duration> = Vec::with_capacity(rounds as usize * requests.len());
    let start = Instant::now();
    for _ in 0..rounds {
        for r in &requests {
            let t = Instant::now();
            black_box(compliance::check(m, black_box(r)));
            times.push(t.elapsed());
        }
    }
    let total = start.elapsed();
    times.sort();
    let at = |q: f64| {
        let i = ((times.len() as f64 - 1.0) * q).round() as usize;
        times.get(i).map_or(0.0, |d| d.as_secs_f64() * 1e6)
    };
    println!(
        "compliance::check: {} requests × {rounds} rounds: mean {:.1} µs, median {:.1} µs, p99 {:.1} µs, max {:.1} µs per request",
        requests.len(),
        total.as_secs_f64() * 1e6 / times.len().max(1) as f64,
        at(0.5),
        at(0.99),
        at(1.0),
    );
}
