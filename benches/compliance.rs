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
    let mut slowest = (Duration::ZERO, 0);
    let start = Instant::now();
    for _ in 0..rounds {
        for (i, r) in requests.iter().enumerate() {
            let t = Instant::now();
            black_box(compliance::check(m, black_box(r)));
            let took = t.elapsed();
            if took > slowest.0 {
                slowest = (took, i);
            }
        }
    }
    let total = start.elapsed();
    let checks = f64::from(rounds) * requests.len() as f64;
    println!(
        "compliance::check: {} requests × {rounds} rounds: mean {:.1} µs per request, slowest {:.1} µs ({:?})",
        requests.len(),
        total.as_secs_f64() * 1e6 / checks,
        slowest.0.as_secs_f64() * 1e6,
        requests[slowest.1].subject,
    );
}
