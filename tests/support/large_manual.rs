//! Generates a manual at the scale of a real organisation: `n` senders, `n` logos (each with 3 colourway files,
//! so 3n SVGs) and `n` palette colours — one sender, one logo and one colour per brand. The demonstration
//! manual's manual.toml, typography (fonts), presets and templates (with their graphics) are copied; everything else is generated.
//! Used by `tests/large_manual.rs` (a test: `check` succeeds) and `benches/scale.rs` (figures).

#![allow(dead_code)] // each includer uses a part

use std::fmt::Write as _;
use std::io;
use std::path::Path;

/// The demonstration palette (kept so that presets and templates that name these colours still resolve).
const BASE_COLORS: &str = "colors.toml";

/// One brand colour per index, distinct from each other and from the demonstration palette.
pub fn brand_hex(i: usize) -> String {
    // 3 × 4 bits, one nibble per channel, each 32 + 12 k: distinct for i < 4096 and none of them a
    // demonstration colour (whose channels are never 32 + 12 k in all three)
    assert!(i < 4096, "at most 4096 brand colours");
    let channel = |shift: usize| 32 + ((i >> shift) & 0xf) * 12;
    let (r, g, b) = (channel(0), channel(4), channel(8));
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// Writes the manual into `dest` (created; must not exist or be empty).
pub fn generate(demo: &Path, dest: &Path, n: usize) -> io::Result<()> {
    std::fs::create_dir_all(dest.join("logos"))?;
    std::fs::create_dir_all(dest.join("fonts"))?;
    for file in [
        "manual.toml",
        "typography.toml",
        "presets.toml",
        "templates.toml",
    ] {
        std::fs::copy(demo.join(file), dest.join(file))?;
    }
    for folder in ["fonts", "graphics"] {
        std::fs::create_dir_all(dest.join(folder))?;
        for entry in std::fs::read_dir(demo.join(folder))? {
            let entry = entry?;
            std::fs::copy(entry.path(), dest.join(folder).join(entry.file_name()))?;
        }
    }
    let brands = colors(demo, dest, n)?;
    senders(dest, n)?;
    for i in 0..n {
        logo(dest, i, i % brands.max(1))?;
    }
    Ok(())
}

/// The demonstration palette plus brand colours up to `n` colours in all; returns how many brand colours.
fn colors(demo: &Path, dest: &Path, n: usize) -> io::Result<usize> {
    let mut text = std::fs::read_to_string(demo.join(BASE_COLORS))?;
    let base = text.matches("[[color]]").count();
    let brands = n.saturating_sub(base);
    for i in 0..brands {
        let _ = write!(
            text,
            "\n[[color]]\nid = \"brand-{i}\"\nname_da = \"Brandfarve {i}\"\nname_en = \"Brand colour {i}\"\n\
             role = \"secondary\"\nhex = \"{}\"\ncmyk = [{}, {}, {}, {}]\n",
            brand_hex(i),
            i % 101,
            (i / 101) % 101,
            (i * 7) % 101,
            (i * 13) % 101,
        );
    }
    std::fs::write(dest.join("colors.toml"), text)?;
    Ok(brands)
}

fn senders(dest: &Path, n: usize) -> io::Result<()> {
    let mut text = String::from(
        "[[sender]]\nid = \"kommune\"\nkind = \"kommune\"\nname_da = \"Sønderborg Kommune\"\n",
    );
    for i in 1..n {
        let _ = write!(
            text,
            "\n[[sender]]\nid = \"sender-{i}\"\nkind = \"institution\"\nparent = \"kommune\"\n\
             name_da = \"Institution {i:04}\"\nsynonyms = [\"afdeling {i}\"]\n"
        );
    }
    std::fs::write(dest.join("senders.toml"), text)
}

fn sender_id(i: usize) -> String {
    if i == 0 {
        "kommune".into()
    } else {
        format!("sender-{i}")
    }
}

/// Logo `i`, in brand colour `b`.
fn logo(dest: &Path, i: usize, b: usize) -> io::Result<()> {
    let id = format!("logo-{i}");
    let dir = dest.join("logos").join(&id);
    std::fs::create_dir_all(&dir)?;
    let brand = format!("brand-{b}");
    let toml = format!(
        r#"id = "{id}"
sender = "{sender}"
name_da = "Logo {i:04}"
synonyms = ["mærke {i}"]

[reference]
part = "mark"
name_da = "bomærkets højde"

[clear_space]
ratio = 0.5

[[part]]
id = "mark"
kind = "mark"
name_da = "Bomærke"

[[lockup]]
id = "horizontal"
name_da = "Liggende"
reference = 120.0
files = {{ positive = "positive.svg", negative = "negative.svg", black = "black.svg" }}

[[colorway]]
id = "positive"
kind = "positive"
name_da = "Positiv"
main_color = "{brand}"
backgrounds = ["hvid"]

[[colorway]]
id = "negative"
kind = "negative"
name_da = "Negativ"
main_color = "hvid"
backgrounds = ["{brand}", "sort"]

[[colorway]]
id = "black"
kind = "black"
name_da = "Sort"
main_color = "sort"
backgrounds = ["hvid"]

[[minimum]]
print_mm = 20.0
screen_px = 80
"#,
        sender = sender_id(i)
    );
    std::fs::write(dir.join("logo.toml"), toml)?;
    for (file, color) in [
        ("positive.svg", brand_hex(b)),
        ("negative.svg", "#ffffff".to_owned()),
        ("black.svg", "#1d1d1b".to_owned()),
    ] {
        std::fs::write(dir.join(file), artwork(&color, i))?;
    }
    Ok(())
}

/// A small logo: a mark of 120 user units and a bar for the name, in one colour (like most real logos).
fn artwork(color: &str, i: usize) -> String {
    let w = 300 + (i % 200);
    format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} 120" width="{w}" height="120">
<g fill="{color}"><path d="M60 0C93 0 120 27 120 60S93 120 60 120 0 93 0 60 27 0 60 0ZM60 24C40 24 24 40 24 60S40 96 60 96 96 80 96 60 80 24 60 24Z"/>
<path d="M140 40h{bar}v16H140zM140 68h{short}v12H140z"/></g>
</svg>
"#,
        bar = w - 150,
        short = (w - 150) / 2
    )
}
