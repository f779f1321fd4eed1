//! Shared helpers of the export tests: the built binary with isolated settings, required external tools
//! (a missing tool fails the test with the package to install; it never skips), PNG and PDF readers.

#![allow(dead_code)] // each test file uses a different part of this module

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The built `designprogram` binary with settings isolated in `config` and the embedded manual.
pub fn designprogram(config: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_designprogram"));
    cmd.env("DESIGNPROGRAM_CONFIG_DIR", config)
        .env_remove("DESIGNPROGRAM_MANUAL")
        .env("SOURCE_DATE_EPOCH", "1790000000");
    cmd
}

/// Runs a command, asserts success, returns stdout.
pub fn run_ok(cmd: &mut Command) -> String {
    let out = output(cmd);
    assert!(
        out.status.success(),
        "{cmd:?} failed ({}):\nstdout: {}\nstderr: {}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn output(cmd: &mut Command) -> Output {
    cmd.output()
        .unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"))
}

/// An external tool that a test needs. A missing tool FAILS the test, naming the package.
pub fn tool(name: &str, package: &str) -> Command {
    let found = std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(name).is_file()));
    assert!(
        found,
        "`{name}` is required by this test but is not on PATH. Install the Debian package `{package}` \
         (scripts/install-test-deps.sh installs every test dependency)."
    );
    Command::new(name)
}

/// PNG facts read back from a file.
#[derive(Debug, Clone, PartialEq)]
pub struct PngFacts {
    /// Pixel size.
    pub size: (u32, u32),
    /// pHYs pixels per metre (x, y), if the chunk is present with unit metre.
    pub ppm: Option<(u32, u32)>,
    /// Whether an sRGB chunk is present.
    pub srgb: bool,
    /// Colour type.
    pub color: png::ColorType,
}

/// Reads a PNG's header chunks.
pub fn png_facts(path: &Path) -> PngFacts {
    let file = std::fs::File::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let decoder = png::Decoder::new(std::io::BufReader::new(file));
    let reader = decoder
        .read_info()
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let info = reader.info();
    PngFacts {
        size: (info.width, info.height),
        ppm: info
            .pixel_dims
            .filter(|d| d.unit == png::Unit::Meter)
            .map(|d| (d.xppu, d.yppu)),
        srgb: info.srgb.is_some(),
        color: info.color_type,
    }
}

/// Decodes a PNG into RGBA8.
pub fn png_rgba(path: &Path) -> (u32, u32, Vec<u8>) {
    let img = image::open(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .to_rgba8();
    (img.width(), img.height(), img.into_raw())
}

/// Renders page 1 of a PDF with poppler's `pdftoppm` at `dpi`; returns the PNG path.
pub fn pdftoppm(pdf: &Path, dpi: u32, dir: &Path) -> PathBuf {
    let prefix = dir.join("pdftoppm");
    run_ok(
        tool("pdftoppm", "poppler-utils")
            .args(["-png", "-singlefile", "-r"])
            .arg(dpi.to_string())
            .arg(pdf)
            .arg(&prefix),
    );
    prefix.with_extension("png")
}

/// Finds the single file with an extension in a folder.
pub fn only_file(dir: &Path, ext: &str) -> PathBuf {
    let files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    files[0].clone()
}

/// The images of an ICO file, decoded: (width, height, RGBA8) per directory entry, in directory order.
/// Parses the ICONDIR and every ICONDIRENTRY itself; PNG-compressed entries are decoded with the png crate.
pub fn ico_frames(path: &Path) -> Vec<(u32, u32, Vec<u8>)> {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let u16_at = |i: usize| u16::from_le_bytes([bytes[i], bytes[i + 1]]);
    let u32_at =
        |i: usize| u32::from_le_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]]);
    assert_eq!(u16_at(0), 0, "ICONDIR reserved");
    assert_eq!(u16_at(2), 1, "ICONDIR type: icon");
    let count = usize::from(u16_at(4));
    (0..count)
        .map(|i| {
            let entry = 6 + 16 * i;
            let side = |b: u8| if b == 0 { 256 } else { u32::from(b) };
            let (w, h) = (side(bytes[entry]), side(bytes[entry + 1]));
            let size = u32_at(entry + 8) as usize;
            let offset = u32_at(entry + 12) as usize;
            let data = &bytes[offset..offset + size];
            assert!(data.starts_with(b"\x89PNG"), "entry {i} is PNG-compressed");
            let mut reader = png::Decoder::new(std::io::Cursor::new(data))
                .read_info()
                .unwrap();
            let mut rgba = vec![0; reader.output_buffer_size().unwrap()];
            let info = reader.next_frame(&mut rgba).unwrap();
            assert_eq!(
                (info.width, info.height),
                (w, h),
                "entry {i}: directory and image agree"
            );
            assert_eq!(info.color_type, png::ColorType::Rgba);
            rgba.truncate(info.buffer_size());
            (w, h, rgba)
        })
        .collect()
}
