//! Keystroke-to-preview of the A3 poster with a 24-megapixel photo, in the library (a benchmark, not a test):
//! what the GUI does on every keystroke — `Engine::check` (the findings) and `Engine::preview` (page 0 at
//! preview size, the photo from the engine's cache of decoded and downsampled photos) — timed per keystroke
//! while a headline is typed letter by letter, with the same subheading, 300 words of body text and QR code
//! as the PDFs of `scripts/bench-templates.sh`. Run by `scripts/bench-templates.sh` (which also times the final
//! PDFs against Inkscape and rsvg-convert), or alone:
//!
//! ```text
//! cargo bench --profile dev --bench templates [-- PHOTO.jpg]
//! ```
//!
//! Without an argument it makes a 6000 × 4000 JPEG in a temporary folder. Environment: `PREVIEW_SIDE`
//! (longest side of the preview, default 800 px), `KEYSTROKES` (default 40).

use std::path::PathBuf;
use std::time::{Duration, Instant};

use designprogram::manual::load_embedded;
use designprogram::template::{Engine, Fill, Focus, PhotoChoice};

const HEADLINE: &str = "Sommerfest på Ærø i børnehaven Regnbuen";
/// The body text's words, repeated to 300 words (as `scripts/bench-templates.sh` fills the PDF).
const BODY: &str = "Kære forældre og børn. Vi holder sommerfest i børnehaven Regnbuen lørdag den fjortende juni, og \
    hele familien er velkommen. Der er bål, snobrød, æbleskiver og saft, og børnene har øvet sange, som de glæder \
    sig til at synge for jer. Medarbejderne står for grillen, og vi håber, at I vil tage en ret med til det \
    fælles bord. Husk solcreme, en hue til de mindste og gerne et tæppe at sidde på.";

/// 300 words of Danish body text.
fn body() -> String {
    let words: Vec<&str> = BODY.split_whitespace().collect();
    (0..300)
        .map(|i| words[i % words.len()])
        .collect::<Vec<_>>()
        .join(" ")
}

fn env_number(name: &str, default: u32) -> u32 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// A 24-megapixel JPEG with detail everywhere (a smooth gradient would compress and decode unrealistically fast).
fn make_photo(path: &std::path::Path) {
    let img = image::RgbImage::from_fn(6000, 4000, |x, y| {
        let n = (x.wrapping_mul(2_654_435_761) ^ y.wrapping_mul(40_503)) >> 24;
        image::Rgb([
            (x / 24 % 256) as u8,
            (y / 16 % 256) as u8,
            ((n + x / 50) % 256) as u8,
        ])
    });
    img.save_with_format(path, image::ImageFormat::Jpeg)
        .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() {
    let side = env_number("PREVIEW_SIDE", 800);
    let keystrokes = env_number("KEYSTROKES", 40).max(1) as usize;
    let temp = std::env::temp_dir().join(format!("bench-templates-{}", std::process::id()));
    let photo: PathBuf = match std::env::args().nth(1).filter(|a| !a.starts_with('-')) {
        Some(p) => PathBuf::from(p),
        None => {
            std::fs::create_dir_all(&temp).unwrap_or_else(|e| panic!("{e}"));
            let p = temp.join("foto-24mp.jpg");
            make_photo(&p);
            p
        }
    };
    let engine = Engine::new(load_embedded().manual);
    let mut fill = Fill::new("plakat");
    fill.variant = Some("poster-a3".to_owned());
    fill.sender = Some("kommune".to_owned());
    fill.set_text("underoverskrift", "Lørdag den 14. juni kl. 10–16");
    fill.set_text("broedtekst", &body());
    fill.set_text("qr", "https://sonderborg.dk/sommerfest");
    fill.photos.insert(
        "foto".to_owned(),
        PhotoChoice {
            path: photo.clone(),
            focus: Focus::new(0.5, 0.4),
        },
    );

    // Picking the photo (once, off the UI thread in the GUI): decode and cache.
    let start = Instant::now();
    let probe = engine.load_photo(&photo).unwrap_or_else(|e| panic!("{e}"));
    let decode = start.elapsed();
    // The first preview also scales the photo down for the frame (cached for the keystrokes after it).
    let start = Instant::now();
    let first = engine
        .preview(&fill, 0, side)
        .unwrap_or_else(|e| panic!("{e}"));
    let first_preview = start.elapsed();

    let letters: Vec<char> = HEADLINE.chars().collect();
    let mut checks = Vec::with_capacity(keystrokes);
    let mut totals = Vec::with_capacity(keystrokes);
    for i in 0..keystrokes {
        let typed: String = letters[..=(i % letters.len())].iter().collect();
        fill.set_text("overskrift", &typed);
        let start = Instant::now();
        let report = engine.check(&fill);
        let checked = start.elapsed();
        let image = engine
            .preview(&fill, 0, side)
            .unwrap_or_else(|e| panic!("{e}"));
        totals.push(start.elapsed());
        checks.push(checked);
        std::hint::black_box((report, image.pixels.len()));
    }
    checks.sort();
    totals.sort();
    let pick = |v: &[Duration], q: f64| ms(v[((v.len() - 1) as f64 * q).round() as usize]);
    println!(
        "photo {} × {} px ({:.1} MP): decode and cache {:.0} ms; first preview {:.0} ms ({} × {} px)",
        probe.width,
        probe.height,
        f64::from(probe.width) * f64::from(probe.height) / 1e6,
        ms(decode),
        ms(first_preview),
        first.width,
        first.height
    );
    println!(
        "keystroke → check: median {:.2} ms, p90 {:.2} ms, max {:.2} ms ({keystrokes} keystrokes)",
        pick(&checks, 0.5),
        pick(&checks, 0.9),
        pick(&checks, 1.0)
    );
    println!(
        "keystroke → check + preview {side} px: median {:.1} ms, p90 {:.1} ms, max {:.1} ms (goal: median ≤ 50 ms)",
        pick(&totals, 0.5),
        pick(&totals, 0.9),
        pick(&totals, 1.0)
    );
    let _ = std::fs::remove_dir_all(&temp);
}
