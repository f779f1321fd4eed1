//! File names by convention: `{org}_{logo}_{lockup}_{colorway}_{colorspace}[_{size}].{ext}`, lowercase ASCII
//! (æ→ae, ø→oe, å→aa), underscores between fields and hyphens inside them; a co-branded lockup's lockup field
//! names its partner (`horizontal-with-kommune`). docs/export.md has the rules.

use crate::i18n::{Lang, number};
use crate::manual::{Format, Manual};
use crate::naming::{fold, slug};

use super::Plan;
use super::pdf::{is_print, output_condition};
use crate::plan::Units;

/// The conventional file name of an export, e.g. `sonderborg_kommune_horizontal_positive_cmyk-fogra39_poster-a4.pdf`.
pub fn file_name(manual: &Manual, plan: &Plan<'_>) -> String {
    let mut fields = vec![org(manual)];
    match (plan.logo, plan.lockup, plan.colorway, plan.swatch) {
        (Some(logo), Some(lockup), Some(colorway), _) => {
            fields.push(slug(&logo.id));
            let mut k = slug(&lockup.id);
            if let Some(c) = &plan.cobrand {
                k.push_str("-with-");
                k.push_str(&slug(&c.required.logo.id));
            }
            fields.push(k);
            let mut c = slug(&colorway.id);
            if let Some(bg) = plan.background {
                c.push_str("-on-");
                c.push_str(&slug(&bg.color.id));
                if let Some(t) = bg.tint {
                    c.push_str(&t.to_string());
                }
            }
            fields.push(c);
        }
        (_, _, _, Some(color)) => {
            fields.push("swatch".to_owned());
            fields.push(slug(&color.id));
        }
        _ => fields.push("export".to_owned()),
    }
    fields.push(color_space(plan));
    fields.push(size(plan));
    format!("{}.{}", fields.join("_"), plan.format.extension())
}

/// The conventional name of a filled template's file: `{org}_{template}_{sender}_{colorspace}_{variant}`,
/// with `_p{n}` for one page of several, e.g. `sonderborg_plakat_bibliotek_cmyk-fogra39_poster-a3.pdf`.
pub fn template_file_name(
    manual: &Manual,
    template: &str,
    sender: Option<&str>,
    color_space: &str,
    variant: &str,
    page: Option<u32>,
    extension: &str,
) -> String {
    let mut fields = vec![org(manual), slug(template)];
    if let Some(s) = sender {
        fields.push(slug(s));
    }
    fields.push(color_space.to_owned());
    let mut size = slug(variant);
    if let Some(p) = page {
        size.push_str(&format!("_p{p}"));
    }
    fields.push(size);
    format!("{}.{extension}", fields.join("_"))
}

/// The conventional name of a kit file: `{org}_{format}[_{sender}][_{preset}]_{version}.{ext}`, e.g.
/// `sonderborg_word_bibliotek_2-1.dotx` or `sonderborg_office-theme_2-1.thmx`.
pub fn kit_file_name(manual: &Manual, plan: &crate::plan::kit::KitPlan<'_>) -> String {
    use crate::request::kit::KitFormat;
    let mut fields = vec![org(manual), plan.format.id().to_owned()];
    if let Some(sender) = plan.sender {
        fields.push(slug(&sender.id));
    }
    if let (KitFormat::PowerPoint, Some(page)) = (plan.format, &plan.page) {
        fields.push(slug(&page.preset.id));
    }
    let version = slug(&manual.programme.version);
    if !version.is_empty() {
        fields.push(version);
    }
    format!("{}.{}", fields.join("_"), plan.format.extension())
}

/// The organisation field: the programme's short name, folded.
pub(crate) fn org(manual: &Manual) -> String {
    let org = fold(&manual.programme.short);
    if org.is_empty() {
        "designprogram".to_owned()
    } else {
        org
    }
}

/// The colour-space field: what the file's colours are. Print PDFs: `cmyk-fogra39` (the output condition) or
/// `spot-pms` for one-colour spot colourways; everything else (PNG, JPEG, SVG, ICO, screen PDFs): `srgb`.
pub fn color_space(plan: &Plan<'_>) -> String {
    if plan.format == Format::Pdf && is_print(plan) {
        let spot = plan
            .colorway
            .is_some_and(|c| c.kind == crate::manual::ColorwayKind::Spot);
        if spot {
            "spot-pms".to_owned()
        } else {
            format!("cmyk-{}", slug(output_condition(plan)))
        }
    } else {
        "srgb".to_owned()
    }
}

/// The size field: the preset id (`-page` for page exports); else the box in mm with the dpi for raster
/// files (`60x21.2mm-300dpi`), or in px (`1200x630`). `-no-clear-space` marks exports without clear space.
fn size(plan: &Plan<'_>) -> String {
    let mut s = match (plan.preset, plan.units) {
        (Some(p), _) => slug(&p.id),
        (None, Units::Mm) => {
            let mm = |v: f64| number(v, 1, Lang::En);
            let mut s = format!("{}x{}mm", mm(plan.trim.0), mm(plan.trim.1));
            if plan.format.is_raster() {
                s.push_str(&format!("-{}dpi", number(plan.dpi, 2, Lang::En)));
            }
            s
        }
        (None, Units::Px) => format!("{}x{}", plan.pixels.0, plan.pixels.1),
    };
    if plan.page {
        s.push_str("-page");
    }
    if plan.logo.is_some() && !plan.clear_space_included {
        s.push_str("-no-clear-space");
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::{Request, Target, plan};
    use crate::manual::load_embedded;

    fn name(req: &Request) -> String {
        let loaded = load_embedded();
        let p = plan(&loaded.manual, req).unwrap();
        file_name(&loaded.manual, &p)
    }

    #[test]
    fn kit_names_follow_the_convention() {
        use crate::request::kit::{KitFormat, KitRequest};
        let loaded = load_embedded();
        let m = &loaded.manual;
        let name = |r: KitRequest| kit_file_name(m, &crate::plan::kit::plan(m, &r).unwrap());
        assert_eq!(
            name(KitRequest::new(KitFormat::OfficeTheme)),
            "sonderborg_office-theme_2-1.thmx"
        );
        assert_eq!(
            name(KitRequest::new(KitFormat::Word).with_sender("bibliotek")),
            "sonderborg_word_bibliotek_2-1.dotx"
        );
        assert_eq!(
            name(KitRequest::new(KitFormat::PowerPoint)),
            "sonderborg_powerpoint_kommune_powerpoint-16x9_2-1.potx"
        );
        assert_eq!(
            name(KitRequest::new(KitFormat::Tokens)),
            "sonderborg_tokens_2-1.tokens.json"
        );
    }

    #[test]
    fn names_follow_the_convention() {
        let mut page = Request::logo("kommune", Request::preset("poster-a4"), Format::Pdf)
            .with_background("groen");
        page.page = true;
        assert_eq!(
            name(&page),
            "sonderborg_kommune_horizontal_negative-on-groen_cmyk-fogra39_poster-a4-page.pdf"
        );
        assert_eq!(
            name(
                &Request::logo("kommune", Request::preset("poster-a3"), Format::Pdf)
                    .with_colorway("spot")
            ),
            "sonderborg_kommune_horizontal_spot_spot-pms_poster-a3.pdf"
        );
        assert_eq!(
            name(&Request::logo(
                "kaerhaveskolen",
                Request::preset("og-image"),
                Format::Png
            )),
            "sonderborg_kaerhaveskolen_horizontal_positive_srgb_og-image.png"
        );
        let mut mm = Request::logo(
            "kommune",
            Target::Mm {
                width: 60.0,
                height: Some(30.0),
                dpi: 300.0,
            },
            Format::Png,
        )
        .with_lockup("stacked")
        .with_background("lysegroen@60");
        mm.clear_space = false;
        assert_eq!(
            name(&mm),
            "sonderborg_kommune_stacked_black-on-lysegroen60_srgb_60x30mm-300dpi-no-clear-space.png"
        );
        assert_eq!(
            name(&Request::logo(
                "kommune",
                Target::Px {
                    width: 400,
                    height: Some(100)
                },
                Format::Svg
            )),
            "sonderborg_kommune_horizontal_positive_srgb_400x100.svg"
        );
    }
}
