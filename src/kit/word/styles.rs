//! `styles.xml` and `settings.xml`: the theme's fonts and colours in Word's built-in styles. Danish Word shows
//! the built-in names in Danish ("Overskrift 1", "Brødtekst"), and the style ids are Danish Word's own
//! (`Overskrift1`, `Brdtekst`), so documents made from the template match the ones staff already have.

use crate::i18n::{Lang, tr, tr_args};
use crate::kit::xml::{DECLARATION, esc};
use crate::manual::{Manual, Slot};

use super::NS_W;

/// Body text size in half-points (10 pt, the manual's Office size).
pub(crate) const BODY_HALF_POINTS: u32 = 20;

fn run_fonts(theme: &str, face: &str) -> String {
    format!(
        r#"<w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:cs="{f}" w:asciiTheme="{theme}HAnsi" w:hAnsiTheme="{theme}HAnsi" w:cstheme="{theme}Bidi"/>"#,
        f = esc(face)
    )
}

/// The styles part.
pub(crate) fn styles_xml(manual: &Manual, lang: Lang) -> String {
    let fonts = manual.office_fonts();
    let slots = super::super::theme::slot_hexes(manual);
    let hex = |slot: Slot| slots[Slot::ALL.iter().position(|s| *s == slot).unwrap_or(0)].clone();
    let text = hex(Slot::Dk1);
    let heading_color = hex(Slot::Dk2);
    let accent = hex(Slot::Accent1);
    let headings: String = [(1, 32, &heading_color, "text2"), (2, 26, &accent, "accent1"), (3, 22, &heading_color, "text2")]
        .into_iter()
        .map(|(level, size, color, theme)| {
            let alias = tr_args(lang, "kit-style-heading", &[("level", level.into())]);
            format!(
                r#"<w:style w:type="paragraph" w:styleId="Overskrift{level}"><w:name w:val="heading {level}"/><w:aliases w:val="{alias}"/><w:basedOn w:val="Normal"/><w:next w:val="Brdtekst"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="{before}" w:after="120"/><w:outlineLvl w:val="{outline}"/></w:pPr><w:rPr>{fonts}<w:b/><w:bCs/><w:color w:val="{color}" w:themeColor="{theme}"/><w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr></w:style>"#,
                alias = esc(&alias),
                before = 360 - 80 * level,
                outline = level - 1,
                fonts = run_fonts("major", &fonts.major),
            )
        })
        .collect();
    format!(
        r#"{DECLARATION}<w:styles xmlns:w="{NS_W}"><w:docDefaults><w:rPrDefault><w:rPr>{minor}<w:color w:val="{text}" w:themeColor="text1"/><w:sz w:val="{BODY_HALF_POINTS}"/><w:szCs w:val="{BODY_HALF_POINTS}"/><w:lang w:val="da-DK" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>{headings}<w:style w:type="paragraph" w:styleId="Brdtekst"><w:name w:val="Body Text"/><w:aliases w:val="{body}"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="1"/><w:qFormat/><w:pPr><w:spacing w:after="200"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Sidehoved"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="right"/></w:pPr><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Afsender"><w:name w:val="Sender block"/><w:aliases w:val="Afsenderblok"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style><w:style w:type="character" w:default="1" w:styleId="Standardskrifttypeiafsnit"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style><w:style w:type="character" w:styleId="Pladsholdertekst"><w:name w:val="Placeholder Text"/><w:basedOn w:val="Standardskrifttypeiafsnit"/><w:uiPriority w:val="99"/><w:semiHidden/><w:rPr><w:color w:val="808080"/></w:rPr></w:style></w:styles>"#,
        minor = run_fonts("minor", &fonts.minor),
        body = esc(&tr(lang, "kit-style-body")),
    )
}

/// The settings part: Danish proofing, the theme's colour mapping, compatibility with Word 2013+.
pub(crate) fn settings_xml() -> String {
    format!(
        r#"{DECLARATION}<w:settings xmlns:w="{NS_W}"><w:zoom w:percent="100"/><w:defaultTabStop w:val="1304"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat><w:themeFontLang w:val="da-DK"/><w:clrSchemeMapping w:bg1="light1" w:t1="dark1" w:bg2="light2" w:t2="dark2" w:accent1="accent1" w:accent2="accent2" w:accent3="accent3" w:accent4="accent4" w:accent5="accent5" w:accent6="accent6" w:hyperlink="hyperlink" w:followedHyperlink="followedHyperlink"/></w:settings>"#
    )
}
