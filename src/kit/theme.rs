//! The Office theme: `theme1.xml` (the palette in the twelve slots, the office fonts, a complete `fmtScheme`)
//! and the `.thmx` package around it. The Word and PowerPoint templates carry the same theme part.

use crate::export::ExportError;
use crate::export::moment::Moment;
use crate::i18n::{Lang, tr_args};
use crate::manual::{Manual, Rgb, Slot};
use crate::stamp::Stamp;

use super::opc::{CT_THEME, Package, REL_OFFICE_DOCUMENT, REL_THEME, Rels};
use super::props;
use super::xml::{DECLARATION, esc};

/// The DrawingML namespace.
pub(crate) const NS_A: &str = "http://schemas.openxmlformats.org/drawingml/2006/main";

/// The theme's name, e.g. "Sønderborg Kommune 2.1".
pub(crate) fn name(manual: &Manual, lang: Lang) -> String {
    tr_args(
        lang,
        "kit-theme-name",
        &[
            ("organisation", manual.programme.organisation.clone().into()),
            ("version", manual.programme.version.clone().into()),
        ],
    )
}

/// The `RRGGBB` a slot gets. dk1 and lt1 pinned away from pure black and white (`000001`, `FFFFFE`), so that
/// Word's dark mode does not swap them for system colours.
pub(crate) fn slot_hex(slot: Slot, rgb: Rgb) -> String {
    let [r, g, b] = rgb.0;
    match (slot, [r, g, b]) {
        (Slot::Dk1, [0, 0, 0]) => "000001".to_owned(),
        (Slot::Lt1, [255, 255, 255]) => "FFFFFE".to_owned(),
        _ => format!("{r:02X}{g:02X}{b:02X}"),
    }
}

/// The slot colours as `RRGGBB`, in [`Slot::ALL`] order (black/white fallback for an empty palette, which
/// compliance refuses before anything is written).
pub(crate) fn slot_hexes(manual: &Manual) -> [String; 12] {
    let slots = manual.office_slots();
    std::array::from_fn(|i| {
        let slot = Slot::ALL[i];
        let rgb = slots.map_or(Rgb([(i % 2) as u8 * 255; 3]), |s| s[i].rgb);
        slot_hex(slot, rgb)
    })
}

/// The `theme1.xml` part.
pub(crate) fn theme_xml(manual: &Manual, lang: Lang) -> String {
    let name = esc(&name(manual, lang));
    let hexes = slot_hexes(manual);
    let mut colors = String::new();
    for (slot, hex) in Slot::ALL.iter().zip(&hexes) {
        let el = slot.element();
        colors.push_str(&format!(r#"<a:{el}><a:srgbClr val="{hex}"/></a:{el}>"#));
    }
    let fonts = manual.office_fonts();
    let font = |tag: &str, face: &str| {
        format!(
            r#"<a:{tag}><a:latin typeface="{}"/><a:ea typeface=""/><a:cs typeface=""/></a:{tag}>"#,
            esc(face)
        )
    };
    format!(
        r#"{DECLARATION}<a:theme xmlns:a="{NS_A}" name="{name}"><a:themeElements><a:clrScheme name="{name}">{colors}</a:clrScheme><a:fontScheme name="{name}">{major}{minor}</a:fontScheme>{FMT_SCHEME}</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>"#,
        major = font("majorFont", &fonts.major),
        minor = font("minorFont", &fonts.minor),
    )
}

/// A complete format scheme (three fill, line, effect and background styles, as Office requires), flat like
/// the manual: solid fills, thin lines, no effects but a faint shadow on the strongest style.
const FMT_SCHEME: &str = concat!(
    r#"<a:fmtScheme name="designprogram"><a:fillStyleLst>"#,
    r#"<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>"#,
    r#"<a:solidFill><a:schemeClr val="phClr"><a:tint val="60000"/></a:schemeClr></a:solidFill>"#,
    r#"<a:gradFill rotWithShape="1"><a:gsLst><a:gs pos="0"><a:schemeClr val="phClr"><a:tint val="80000"/></a:schemeClr></a:gs><a:gs pos="100000"><a:schemeClr val="phClr"/></a:gs></a:gsLst><a:lin ang="5400000" scaled="0"/></a:gradFill>"#,
    r#"</a:fillStyleLst><a:lnStyleLst>"#,
    r#"<a:ln w="6350" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>"#,
    r#"<a:ln w="12700" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>"#,
    r#"<a:ln w="19050" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>"#,
    r#"</a:lnStyleLst><a:effectStyleLst>"#,
    r#"<a:effectStyle><a:effectLst/></a:effectStyle>"#,
    r#"<a:effectStyle><a:effectLst/></a:effectStyle>"#,
    r#"<a:effectStyle><a:effectLst><a:outerShdw blurRad="57150" dist="19050" dir="5400000" algn="ctr" rotWithShape="0"><a:srgbClr val="000000"><a:alpha val="63000"/></a:srgbClr></a:outerShdw></a:effectLst></a:effectStyle>"#,
    r#"</a:effectStyleLst><a:bgFillStyleLst>"#,
    r#"<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>"#,
    r#"<a:solidFill><a:schemeClr val="phClr"><a:tint val="95000"/></a:schemeClr></a:solidFill>"#,
    r#"<a:solidFill><a:schemeClr val="phClr"><a:shade val="90000"/></a:schemeClr></a:solidFill>"#,
    r#"</a:bgFillStyleLst></a:fmtScheme>"#,
);

/// The `.thmx` package.
pub(crate) fn thmx(
    manual: &Manual,
    stamp: &Stamp,
    lang: Lang,
    moment: Moment,
) -> Result<Vec<u8>, ExportError> {
    let mut package = Package::new();
    let mut root = Rels::default();
    root.add(REL_OFFICE_DOCUMENT, "theme/theme/themeManager.xml");
    props::add(&mut package, &mut root, stamp, &name(manual, lang), moment);
    package.part(
        "theme/theme/themeManager.xml",
        "application/vnd.openxmlformats-officedocument.themeManager+xml",
        format!(r#"{DECLARATION}<a:themeManager xmlns:a="{NS_A}"/>"#),
    );
    let mut manager = Rels::default();
    manager.add(REL_THEME, "theme1.xml");
    package.rels("theme/theme/_rels/themeManager.xml.rels", &manager);
    package.part("theme/theme/theme1.xml", CT_THEME, theme_xml(manual, lang));
    package.rels("_rels/.rels", &root);
    package.finish(moment)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::manual::load_embedded;

    #[test]
    fn the_theme_has_twelve_slots_in_order_and_parses() {
        let loaded = load_embedded();
        let xml = theme_xml(&loaded.manual, Lang::Da);
        let doc = roxmltree::Document::parse(&xml).unwrap();
        let scheme = doc
            .descendants()
            .find(|n| n.has_tag_name((NS_A, "clrScheme")))
            .unwrap();
        let slots: Vec<(String, String)> = scheme
            .children()
            .filter(|n| n.is_element())
            .map(|n| {
                let c = n.first_element_child().unwrap();
                (
                    n.tag_name().name().to_owned(),
                    c.attribute("val").unwrap().to_owned(),
                )
            })
            .collect();
        let expected = [
            ("dk1", "1D1D1B"),
            ("lt1", "FFFFFE"),
            ("dk2", "0B3D2E"),
            ("lt2", "EFE9DC"),
            ("accent1", "00734A"),
            ("accent2", "8DC63F"),
            ("accent3", "1F5F8B"),
            ("accent4", "F2C200"),
            ("accent5", "6F6F6E"),
            ("accent6", "B2B2B2"),
            ("hlink", "1F5F8B"),
            ("folHlink", "0B3D2E"),
        ];
        let got: Vec<(&str, &str)> = slots
            .iter()
            .map(|(a, b)| (a.as_str(), b.as_str()))
            .collect();
        assert_eq!(got, expected);
        assert!(xml.contains(r#"<a:latin typeface="Verdana"/>"#));
        assert!(
            !xml.contains("IBM Plex"),
            "licensed print fonts are never handed out"
        );
        for list in [
            "fillStyleLst",
            "lnStyleLst",
            "effectStyleLst",
            "bgFillStyleLst",
        ] {
            let n = doc
                .descendants()
                .find(|n| n.has_tag_name((NS_A, list)))
                .unwrap();
            assert_eq!(n.children().filter(|c| c.is_element()).count(), 3, "{list}");
        }
    }
}
