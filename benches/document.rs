//! Timings of the PDF engine's multi-page work (not tests): the design manual as a document, and a 24-megapixel
//! photo placed on an A4 print page (decode, downsample to 300 ppi, separate to FOGRA39 CMYK, JPEG-encode).
//! Run with `cargo bench --bench document`; the figures are in the README.

use std::sync::Arc;
use std::time::{Duration, Instant};

use designprogram::document::{self, Settings};
use designprogram::export::Moment;
use designprogram::export::pdf::{Document, Page};
use designprogram::i18n::Lang;
use designprogram::manual::load_embedded;
use designprogram::render;
use resvg::usvg;

fn time<T>(label: &str, runs: usize, mut f: impl FnMut() -> T) -> T {
    let mut last = None;
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            last = Some(std::hint::black_box(f()));
            start.elapsed()
        })
        .collect();
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{label:<58} median {:>9.1} ms  (min {:.1} ms, {runs} runs)",
        ms(times[runs / 2]),
        ms(times[0])
    );
    last.expect("at least one run")
}

fn main() {
    let loaded = load_embedded();
    let manual = &loaded.manual;
    let threads = rayon::current_num_threads();
    println!("threads: {threads}");

    let settings = Settings {
        lang: Lang::Da,
        bleed: false,
    };
    let pages = time("manual document: compose the pages (SVG)", 5, || {
        document::pages(manual, settings).map(|p| p.len())
    });
    let bytes = time(
        "manual document: whole PDF (compose, parse, write)",
        5,
        || document::render(manual, settings, Moment::from_unix(0)).map(|b| b.len()),
    );
    println!(
        "manual document: {} pages, {} bytes",
        pages.unwrap_or(0),
        bytes.unwrap_or(0)
    );

    // A 24 MP photo (6000 × 4000) filling an A4 page: 2480 × 3508 px at 300 ppi after downsampling.
    let photo = image::RgbImage::from_fn(6000, 4000, |x, y| {
        image::Rgb([(x % 251) as u8, (y % 241) as u8, ((x + y) % 239) as u8])
    });
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 90)
        .encode_image(&photo)
        .expect("encode");
    drop(photo);
    println!("photo: 6000 × 4000 px JPEG, {} bytes", jpeg.len());
    let data = Arc::new(jpeg);
    let mut options = render::options(manual);
    let resolved = data.clone();
    options.image_href_resolver.resolve_string =
        Box::new(move |_, _| Some(usvg::ImageKind::JPEG(resolved.clone())));
    let svg = r#"<svg xmlns="http://www.w3.org/2000/svg" width="210mm" height="297mm" viewBox="0 0 210 297">
        <image x="0" y="0" width="210" height="297" preserveAspectRatio="xMidYMid slice" href="photo.jpg"/></svg>"#;
    let tree = usvg::Tree::from_str(svg, &options).expect("svg");
    let size = time(
        "A4 print page with a 24 MP photo (PDF/X-1a, CMYK)",
        3,
        || {
            let mut doc = Document::print(manual).moment(Moment::from_unix(0));
            doc.add_page(&Page::mm(&tree, 210.0, 297.0)).expect("page");
            doc.finish().expect("pdf").len()
        },
    );
    println!("A4 photo page: {size} bytes");
}
