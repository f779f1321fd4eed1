//! DrawingML/PresentationML shapes the template is built of: placeholders, rectangles, text boxes and the
//! logo picture, with positions in EMU (36 000 per mm).

use crate::kit::xml::esc;
use crate::plan::Rect;

/// EMU per mm.
pub(crate) const EMU_PER_MM: f64 = 36_000.0;

/// A length in mm as EMU.
pub(crate) fn emu(mm: f64) -> i64 {
    (mm * EMU_PER_MM).round() as i64
}

fn xfrm(r: Rect) -> String {
    format!(
        r#"<a:xfrm><a:off x="{}" y="{}"/><a:ext cx="{}" cy="{}"/></a:xfrm>"#,
        emu(r.x),
        emu(r.y),
        emu(r.w).max(1),
        emu(r.h).max(1)
    )
}

/// The group header every `p:spTree` starts with.
pub(crate) const TREE_START: &str = r#"<p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>"#;

/// A placeholder.
pub(crate) struct Placeholder<'a> {
    /// Shape id, unique in the tree.
    pub id: u32,
    /// Shape name.
    pub name: &'a str,
    /// `type` (`title`, `ctrTitle`, `subTitle`, `body`, `pic`, `dt`, `ftr`, `sldNum`), or `None` for content.
    pub kind: Option<&'a str>,
    /// `idx`, if any.
    pub idx: Option<u32>,
    /// `sz="half"` etc.
    pub size: Option<&'a str>,
    /// Position on the slide.
    pub rect: Rect,
    /// Vertical anchor: `t`, `ctr`, `b`.
    pub anchor: &'a str,
    /// Prompt text (or content on a slide).
    pub text: &'a str,
    /// Paragraph/run properties for the first level (`<a:lvl1pPr …>…</a:lvl1pPr>`), or empty.
    pub level1: String,
}

impl Placeholder<'_> {
    /// The `p:sp` element.
    pub(crate) fn xml(&self) -> String {
        let mut ph = String::from("<p:ph");
        if let Some(k) = self.kind {
            ph.push_str(&format!(r#" type="{k}""#));
        }
        if let Some(s) = self.size {
            ph.push_str(&format!(r#" sz="{s}""#));
        }
        if let Some(i) = self.idx {
            ph.push_str(&format!(r#" idx="{i}""#));
        }
        ph.push_str("/>");
        let list = if self.level1.is_empty() {
            "<a:lstStyle/>".to_owned()
        } else {
            format!("<a:lstStyle>{}</a:lstStyle>", self.level1)
        };
        let para = if self.text.is_empty() {
            r#"<a:p><a:endParaRPr lang="da-DK"/></a:p>"#.to_owned()
        } else {
            format!(
                r#"<a:p><a:r><a:rPr lang="da-DK"/><a:t>{}</a:t></a:r></a:p>"#,
                esc(self.text)
            )
        };
        format!(
            r#"<p:sp><p:nvSpPr><p:cNvPr id="{id}" name="{name}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>{ph}</p:nvPr></p:nvSpPr><p:spPr>{xfrm}</p:spPr><p:txBody><a:bodyPr vert="horz" lIns="0" tIns="0" rIns="0" bIns="0" rtlCol="0" anchor="{anchor}"><a:normAutofit/></a:bodyPr>{list}{para}</p:txBody></p:sp>"#,
            id = self.id,
            name = esc(self.name),
            xfrm = xfrm(self.rect),
            anchor = self.anchor,
        )
    }
}

/// A filled rectangle in a theme colour (`accent1`, `bg2`, …), not selectable as a placeholder.
pub(crate) fn rectangle(id: u32, name: &str, rect: Rect, scheme_color: &str) -> String {
    format!(
        r#"<p:sp><p:nvSpPr><p:cNvPr id="{id}" name="{name}"/><p:cNvSpPr/><p:nvPr userDrawn="1"/></p:nvSpPr><p:spPr>{xfrm}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:schemeClr val="{scheme_color}"/></a:solidFill><a:ln><a:noFill/></a:ln></p:spPr><p:txBody><a:bodyPr rtlCol="0" anchor="ctr"/><a:lstStyle/><a:p><a:endParaRPr lang="da-DK"/></a:p></p:txBody></p:sp>"#,
        name = esc(name),
        xfrm = xfrm(rect),
    )
}

/// A text box with lines of static text in a theme colour, in the body font.
pub(crate) fn text_box(
    id: u32,
    name: &str,
    rect: Rect,
    lines: &[String],
    scheme_color: &str,
    size_pt: u32,
) -> String {
    let paras: String = lines
        .iter()
        .map(|l| {
            format!(
                r#"<a:p><a:r><a:rPr lang="da-DK" sz="{sz}"><a:solidFill><a:schemeClr val="{scheme_color}"/></a:solidFill><a:latin typeface="+mn-lt"/></a:rPr><a:t>{}</a:t></a:r></a:p>"#,
                esc(l),
                sz = size_pt * 100,
            )
        })
        .collect();
    format!(
        r#"<p:sp><p:nvSpPr><p:cNvPr id="{id}" name="{name}"/><p:cNvSpPr txBox="1"/><p:nvPr userDrawn="1"/></p:nvSpPr><p:spPr>{xfrm}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr><p:txBody><a:bodyPr wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" rtlCol="0" anchor="t"><a:noAutofit/></a:bodyPr><a:lstStyle/>{paras}</p:txBody></p:sp>"#,
        name = esc(name),
        xfrm = xfrm(rect),
    )
}

/// The logo picture: the PNG blip with the SVG alongside (`asvg:svgBlip`), aspect locked.
pub(crate) fn picture(
    id: u32,
    description: &str,
    rect: Rect,
    png_rel: &str,
    svg_rel: &str,
) -> String {
    format!(
        r#"<p:pic><p:nvPicPr><p:cNvPr id="{id}" name="Logo" descr="{descr}"/><p:cNvPicPr><a:picLocks noGrp="1" noChangeAspect="1"/></p:cNvPicPr><p:nvPr userDrawn="1"/></p:nvPicPr><p:blipFill><a:blip r:embed="{png_rel}"><a:extLst><a:ext uri="{{96DAC541-7B7A-43D3-8B79-37D633B846F1}}"><asvg:svgBlip xmlns:asvg="http://schemas.microsoft.com/office/drawing/2016/SVG/main" r:embed="{svg_rel}"/></a:ext></a:extLst></a:blip><a:stretch><a:fillRect/></a:stretch></p:blipFill><p:spPr>{xfrm}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>"#,
        descr = esc(description),
        xfrm = xfrm(rect),
    )
}
