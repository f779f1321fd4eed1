//! CSS custom properties and a small SCSS map: what a web team pastes first. Same data as the tokens.

use crate::manual::Manual;
use crate::naming::slug;

use super::tokens::PX_PER_MM;

/// The custom-property prefix: the programme's short name (`--sonderborg-groen`).
fn prefix(manual: &Manual) -> String {
    let p = slug(&manual.programme.short);
    if p.is_empty() { "brand".to_owned() } else { p }
}

/// A comment body that cannot end the comment early.
fn comment(text: &str) -> String {
    text.replace("*/", "* /")
        .chars()
        .filter(|c| !c.is_control())
        .collect()
}

/// A CSS string literal.
fn string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars().filter(|c| !c.is_control()) {
        if c == '"' || c == '\\' {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
    out
}

/// A font stack: names quoted, CSS generic families bare.
fn stack(names: impl Iterator<Item = String>) -> String {
    names
        .map(|n| match n.as_str() {
            "serif" | "sans-serif" | "monospace" | "cursive" | "fantasy" | "system-ui" => n,
            _ => string(&n),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn header(manual: &Manual) -> String {
    let p = &manual.programme;
    format!(
        "/* {} {} ({}). Made by designprogram {} from the design manual: do not edit by hand. */\n",
        comment(&p.name.da),
        comment(&p.version),
        comment(&p.updated_on),
        env!("CARGO_PKG_VERSION")
    )
}

/// Every (name, value) pair, in manual order: colours, tints, font stacks, logo minimum widths.
fn properties(manual: &Manual) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for c in &manual.colors {
        out.push((c.id.clone(), c.rgb.to_hex()));
        for &t in &c.tints {
            out.push((format!("{}-{t}", c.id), c.tint_rgb(t).to_hex()));
        }
    }
    let mut roles: Vec<&str> = Vec::new();
    for f in &manual.families {
        for role in &f.roles {
            if roles.contains(&role.as_str()) {
                continue;
            }
            roles.push(role);
            let names = std::iter::once(f.name.clone()).chain(f.fallback.iter().cloned());
            out.push((format!("font-{}", slug(role)), stack(names)));
        }
    }
    for logo in &manual.logos {
        for lockup in &logo.lockups {
            let (print, screen) = logo.strictest_minimum(&lockup.id);
            let name = format!("logo-{}-{}", logo.id, lockup.id);
            if let Some(px) = screen {
                out.push((format!("{name}-min-width"), format!("{px}px")));
            }
            if let Some(mm) = print {
                let px = (mm * PX_PER_MM * 1000.0).round() / 1000.0;
                out.push((format!("{name}-min-width-print"), format!("{px}px")));
            }
        }
    }
    out
}

/// The CSS file.
pub(crate) fn css(manual: &Manual) -> String {
    let prefix = prefix(manual);
    let mut s = header(manual);
    s.push_str(":root {\n");
    for (name, value) in properties(manual) {
        s.push_str(&format!("  --{prefix}-{name}: {value};\n"));
    }
    s.push_str("}\n");
    s
}

/// The SCSS file: one map of the palette (with tints) and one of the font stacks.
pub(crate) fn scss(manual: &Manual) -> String {
    let prefix = prefix(manual);
    let mut s = header(manual).replace("/*", "//").replace(" */", "");
    s.push_str(&format!("${prefix}-colors: (\n"));
    for c in &manual.colors {
        s.push_str(&format!("  \"{}\": {},\n", c.id, c.rgb.to_hex()));
        for &t in &c.tints {
            s.push_str(&format!(
                "  \"{}-{t}\": {},\n",
                c.id,
                c.tint_rgb(t).to_hex()
            ));
        }
    }
    s.push_str(");\n\n");
    s.push_str(&format!("${prefix}-fonts: (\n"));
    let mut roles: Vec<&str> = Vec::new();
    for f in &manual.families {
        for role in &f.roles {
            if !roles.contains(&role.as_str()) {
                roles.push(role);
                let names = std::iter::once(f.name.clone()).chain(f.fallback.iter().cloned());
                s.push_str(&format!("  \"{}\": ({}),\n", slug(role), stack(names)));
            }
        }
    }
    s.push_str(");\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::manual::load_embedded;

    #[test]
    fn custom_properties_and_map() {
        let loaded = load_embedded();
        let css = css(&loaded.manual);
        assert!(css.contains("  --sonderborg-groen: #00734a;\n"), "{css}");
        assert!(css.contains(
            "--sonderborg-font-headline: \"IBM Plex Sans\", \"Arial\", \"Helvetica\", sans-serif;"
        ));
        assert!(css.contains("--sonderborg-logo-kommune-horizontal-min-width: 140px;"));
        let scss = scss(&loaded.manual);
        assert!(scss.starts_with("// "));
        assert!(scss.contains("$sonderborg-colors: (\n  \"groen\": #00734a,\n"));
        assert_eq!(string("a\"b\\c\n"), "\"a\\\"b\\\\c\"");
        assert_eq!(comment("x */ y"), "x * / y");
    }
}
