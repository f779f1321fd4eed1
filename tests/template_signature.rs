//! Must show: the e-mail signature folder for Outlook — HTML without scripts, styles only inline, the user's text
//! escaped (a name with `<b>&"` comes back as text), the logo PNG at 96 ppi and twice its display size, and the
//! plain-text version; a sender whose signatures carry no logo gets none.

mod export_support;

use std::path::Path;

use export_support::{designprogram, png_facts, run_ok};

const NAME: &str = "Mette <b>&\"Æbelø\"";

fn settings(dir: &Path, workplace: &str) {
    std::fs::write(
        dir.join("settings.toml"),
        format!(
            "workplace = \"{workplace}\"\n[person]\nname = '{NAME}'\ntitle = \"Pædagog\"\nphone = \"+45 88 72 42 17\"\nemail = \"mette@example.dk\"\n"
        ),
    )
    .unwrap();
}

/// HTML entities back to text (the five XML ones, which is all the writer uses).
fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// The text of an HTML document: tags removed, entities decoded.
fn text_of(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    unescape(&out)
}

/// The value of an attribute of the first tag that has it.
fn attribute<'a>(html: &'a str, tag: &str, name: &str) -> &'a str {
    let start = html.find(&format!("<{tag} ")).unwrap();
    let tag_text = &html[start..start + html[start..].find('>').unwrap()];
    let key = format!(" {name}=\"");
    let at = tag_text.find(&key).unwrap() + key.len();
    &tag_text[at..at + tag_text[at..].find('"').unwrap()]
}

/// `template fill e-mailsignatur --format html --out OUT` in the settings folder `d`; what it printed.
fn fill_signature(d: &Path, out: &Path) -> String {
    run_ok(
        designprogram(d)
            .args([
                "template",
                "fill",
                "e-mailsignatur",
                "--format",
                "html",
                "--out",
            ])
            .arg(out),
    )
}

#[test]
fn the_outlook_folder_is_safe_html_with_a_96_ppi_logo_at_twice_its_size() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    settings(d, "kommune");
    let out = d.join("signatur/");
    let written = fill_signature(d, &out);
    let paths: Vec<&str> = written.lines().collect();
    assert_eq!(paths.len(), 3, "{written}");
    let htm = Path::new(paths[0]);
    let stem = htm.file_stem().unwrap().to_string_lossy().into_owned();
    assert_eq!(htm.extension().unwrap(), "htm");
    assert_eq!(Path::new(paths[1]), htm.with_extension("txt"));
    let logo = out.join(format!("{stem}_files/logo.png"));
    assert_eq!(Path::new(paths[2]), logo);

    let html = std::fs::read_to_string(htm).unwrap();
    let lower = html.to_lowercase();
    for forbidden in [
        "<script",
        "<style",
        "<link",
        "javascript:",
        "<svg",
        "cid:",
        "data:",
    ] {
        assert!(!lower.contains(forbidden), "{forbidden} in {html}");
    }
    assert!(html.contains("style=\""), "inline styles");
    assert!(html.contains("<table"), "a table layout");
    // The stamp: the manual and its version in an HTML comment.
    assert!(
        html.starts_with("<!-- Designprogram for Sønderborg Kommune, version 2.1"),
        "{html}"
    );
    // The name is escaped in the HTML and comes back as the same text.
    assert!(!html.contains("<b>&\""), "raw user text");
    assert!(
        html.contains("Mette &lt;b&gt;&amp;&quot;Æbelø&quot;"),
        "{html}"
    );
    assert!(text_of(&html).contains(NAME), "{}", text_of(&html));
    assert!(html.contains("mailto:mette@example.dk"));

    // The logo: referenced relatively, with alt text and its display size; the PNG is 2× that at 96 ppi.
    assert_eq!(
        attribute(&html, "img", "src"),
        format!("{stem}_files/logo.png")
    );
    assert_eq!(attribute(&html, "img", "alt"), "Sønderborg Kommune");
    let w: u32 = attribute(&html, "img", "width").parse().unwrap();
    let h: u32 = attribute(&html, "img", "height").parse().unwrap();
    let facts = png_facts(&logo);
    assert_eq!(facts.size, (2 * w, 2 * h), "{facts:?}");
    assert_eq!(facts.ppm, Some((3780, 3780)), "96 ppi = 3780 px/m");
    assert!((100..=300).contains(&w), "display width {w}");

    // Plain text: the same lines, readable.
    let txt = std::fs::read_to_string(htm.with_extension("txt")).unwrap();
    let lines: Vec<&str> = txt.lines().collect();
    assert_eq!(lines[0], NAME);
    assert!(lines.contains(&"Pædagog"));
    assert!(lines.contains(&"Sønderborg Kommune"));
    assert!(lines.contains(&"mette@example.dk"));
    assert!(!txt.contains('<') || txt.contains(NAME));
}

#[test]
fn a_sender_without_signature_logos_gets_none_and_copy_html_inlines_the_logo() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    settings(d, "solbakken");
    let out = d.join("signatur.htm");
    let written = fill_signature(d, &out);
    assert_eq!(written.lines().count(), 2, "{written}");
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(!html.contains("<img"), "{html}");
    assert!(!d.join("signatur_files").exists());
    assert!(text_of(&html).contains("Plejecenter Solbakken"));

    // "Copy HTML" for the new Outlook: the logo inline.
    settings(d, "bibliotek");
    let pasted = run_ok(designprogram(d).args([
        "template",
        "fill",
        "e-mailsignatur",
        "--format",
        "html",
        "--stdout",
    ]));
    assert!(pasted.contains("src=\"data:image/png;base64,"), "{pasted}");
    assert!(!pasted.to_lowercase().contains("<script"));
}
