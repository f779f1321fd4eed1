//! The compliance check of a filled template: what the user typed and chose, against the template and the
//! manual's rules. Cheap (the text is fitted with cached word widths, photos are only probed), so the GUI runs
//! it on every keystroke; the writers run it before anything is written. The logo in the slot is checked by
//! the library's logo rules ([`crate::compliance::check`]); text contrast by the same rule as everywhere
//! ([`crate::compliance::text_contrast`]).

use crate::compliance::{self, Arg, Finding, Quantity, Report, Severity, Unit, text};
use crate::manual::template::{ElementKind, Units};
use crate::manual::{Chapter, Color, Manual, Medium, Rgb, Text};

use super::fill::Fill;
use super::layout::{Content, Item, Layout, LayoutError, PhotoItem, QrItem, TextItem, Under};

/// Checks a layout.
pub fn check(manual: &Manual, fill: &Fill, layout: &Layout<'_>) -> Report {
    let chapter = layout
        .template
        .chapter
        .as_deref()
        .and_then(|c| manual.chapter(c));
    let mut findings = Vec::new();
    for (id, color) in &fill.colors {
        if let Some(element) = layout.template.field(id) {
            let allowed = match &element.kind {
                ElementKind::Text(t) => &t.colors,
                ElementKind::Qr(q) => &q.colors,
                _ => continue,
            };
            if !allowed.contains(color) {
                findings.push(color_not_allowed(
                    manual,
                    element_label(element),
                    color,
                    allowed,
                    chapter,
                ));
            }
        }
    }
    for item in layout.items() {
        let ctx = ItemCtx {
            manual,
            layout,
            item,
            chapter,
        };
        match &item.content {
            Content::Text(t) => text_findings(&ctx, t, &mut findings),
            Content::Photo(p) => photo_findings(&ctx, p, &mut findings),
            Content::Qr(q) => qr_findings(&ctx, q, &mut findings),
            Content::Logo(Some(logo)) => {
                let report = compliance::check(manual, &logo.request);
                findings.extend(report.findings);
            }
            Content::Logo(None) => findings.push(
                Finding::new(
                    "template.logo-missing",
                    Severity::Blocking,
                    text(
                        "template-logo-missing",
                        &[("sender", Arg::T(&sender_name(layout)))],
                    ),
                )
                .fix(text("template-logo-missing-fix", &[]))
                .chapter(chapter),
            ),
            Content::Block(_) | Content::Graphic(_) => {}
        }
    }
    Report::new(findings)
}

/// A report with the one finding that says why a fill cannot be laid out.
pub fn unusable(error: &LayoutError) -> Report {
    let (id, value) = match error {
        LayoutError::UnknownTemplate(t) => ("template-unknown", t),
        LayoutError::UnknownSender(s) => ("template-unknown-sender", s),
        LayoutError::UnknownPreset(p) => ("template-unknown-preset", p),
    };
    Report::new(vec![Finding::new(
        "template.unknown",
        Severity::Blocking,
        text(id, &[("id", Arg::S(value))]),
    )])
}

struct ItemCtx<'a, 'm> {
    manual: &'m Manual,
    layout: &'a Layout<'m>,
    item: &'a Item<'m>,
    chapter: Option<&'m Chapter>,
}

impl ItemCtx<'_, '_> {
    fn label(&self) -> Text {
        element_label(self.item.element)
    }

    fn required(&self) -> bool {
        self.item.element.required
    }

    fn finding(&self, rule: &'static str, severity: Severity, message: Text) -> Finding {
        Finding::new(rule, severity, message).chapter(self.chapter)
    }
}

fn element_label(element: &crate::manual::template::Element) -> Text {
    element.label.clone().unwrap_or_else(|| Text {
        da: element.id.clone().unwrap_or_default(),
        en: element.id.clone().unwrap_or_default(),
    })
}

fn sender_name(layout: &Layout<'_>) -> Text {
    layout.sender.map_or_else(Text::default, |s| s.name.clone())
}

fn color_not_allowed(
    manual: &Manual,
    field: Text,
    color: &str,
    allowed: &[String],
    chapter: Option<&Chapter>,
) -> Finding {
    let names: Vec<Text> = allowed
        .iter()
        .filter_map(|c| manual.color(c).map(|c| c.name.clone()))
        .collect();
    let chosen = manual
        .color(color)
        .map_or_else(|| Text::new(color.to_owned(), None), |c| c.name.clone());
    Finding::new(
        "template.color",
        Severity::Blocking,
        text(
            "template-color-not-allowed",
            &[("field", Arg::T(&field)), ("color", Arg::T(&chosen))],
        ),
    )
    .fix(text(
        "template-color-not-allowed-fix",
        &[("colors", Arg::Or(names.iter().map(Arg::T).collect()))],
    ))
    .chapter(chapter)
}

fn missing(ctx: &ItemCtx<'_, '_>, findings: &mut Vec<Finding>) {
    let label = ctx.label();
    let source = ctx.item.element.text().and_then(|t| t.source);
    let fix = match source {
        Some(s) if !s.is_sender() => text("template-required-person-fix", &[]),
        Some(_) => text(
            "template-required-sender-fix",
            &[("sender", Arg::T(&sender_name(ctx.layout)))],
        ),
        None => text("template-required-fix", &[("field", Arg::T(&label))]),
    };
    findings.push(
        ctx.finding(
            "template.required",
            Severity::Blocking,
            text("template-required", &[("field", Arg::T(&label))]),
        )
        .fix(fix),
    );
}

fn text_findings(ctx: &ItemCtx<'_, '_>, t: &TextItem<'_>, findings: &mut Vec<Finding>) {
    if t.value.trim().is_empty() {
        if ctx.required() {
            missing(ctx, findings);
        }
        return;
    }
    let label = ctx.label();
    let Some(field) = ctx.item.element.text() else {
        return;
    };
    if !t.fit.fits {
        let measured = Quantity::new(t.fit.chars as f64, Unit::Chars);
        let required = Quantity::new(t.fit.chars_fitting as f64, Unit::Chars);
        let min = field.size_min * ctx.layout.scale;
        let unit = match ctx.layout.units {
            Units::Mm => "pt",
            Units::Px => "px",
        };
        findings.push(
            ctx.finding(
                "template.text-overflow",
                Severity::Blocking,
                text(
                    "template-text-overflow",
                    &[
                        ("field", Arg::T(&label)),
                        ("count", Arg::N(t.fit.overflow() as f64)),
                        ("min", Arg::N(min)),
                        ("unit", Arg::S(unit)),
                    ],
                ),
            )
            .measure(measured, required)
            .fix(text(
                "template-text-overflow-fix",
                &[
                    ("fitting", Arg::N(t.fit.chars_fitting as f64)),
                    ("lines", Arg::N(f64::from(field.max_lines))),
                ],
            )),
        );
    }
    let Some(color) = t.color else {
        return;
    };
    let size_pt = match ctx.layout.units {
        Units::Mm => t.fit.size,
        Units::Px => t.fit.size * 0.75,
    };
    let large = size_pt >= 18.0 || (size_pt >= 14.0 && field.weight >= 700);
    for background in backgrounds(t.under) {
        if let Some(f) = compliance::text_contrast(ctx.manual, color.rgb, background, large) {
            let message = text(
                "template-in-field",
                &[("field", Arg::T(&label)), ("message", Arg::T(&f.message))],
            );
            findings.push(Finding { message, ..f });
            break;
        }
    }
    if matches!(t.under, Under::Photo(None)) {
        findings.push(ctx.finding(
            "template.text-on-photo",
            Severity::Warning,
            text("template-text-on-photo", &[("field", Arg::T(&label))]),
        ));
    }
}

/// The colours text must be read against: a palette colour; paper white; over a photo under an overlay,
/// the overlay blended over black and over white (the worst a photo can do); none for a bare photo.
fn backgrounds(under: Under<'_>) -> Vec<Rgb> {
    const WHITE: Rgb = Rgb([255, 255, 255]);
    match under {
        Under::Color(c) => vec![c.rgb],
        Under::Paper => vec![WHITE],
        Under::Photo(Some((c, opacity))) => {
            let blend = |base: u8| {
                Rgb(c.rgb.0.map(|v| {
                    (f64::from(v) * opacity + f64::from(base) * (1.0 - opacity)).round() as u8
                }))
            };
            vec![blend(0), blend(255)]
        }
        Under::Photo(None) => Vec::new(),
    }
}

fn photo_findings(ctx: &ItemCtx<'_, '_>, p: &PhotoItem<'_>, findings: &mut Vec<Finding>) {
    let label = ctx.label();
    let (Some(choice), Some(probe)) = (&p.choice, &p.probe) else {
        if ctx.required() {
            missing(ctx, findings);
        }
        return;
    };
    if let Err(e) = probe {
        let file = choice
            .path
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_default();
        findings.push(
            ctx.finding(
                "template.photo-unreadable",
                Severity::Blocking,
                text(
                    &format!("template-photo-{}", e.key()),
                    &[("field", Arg::T(&label)), ("file", Arg::Own(file))],
                ),
            )
            .fix(text("template-photo-unreadable-fix", &[])),
        );
        return;
    }
    let Some(ppi) = p.ppi else {
        return;
    };
    let ElementKind::Photo(field) = &ctx.item.element.kind else {
        return;
    };
    let rules = &ctx.manual.rules;
    let layout = ctx.layout;
    let (wanted, floor) = if layout.preset.medium == Medium::Print && layout.units == Units::Mm {
        let (w, h) = layout.trim;
        let (wanted, floor) = if rules.is_large_format(w, h) {
            (rules.large_print_ppi, rules.large_print_ppi_blocking)
        } else {
            (rules.print_ppi, rules.print_ppi_blocking)
        };
        let wanted = field.min_ppi_print.unwrap_or(wanted);
        (wanted, floor.min(wanted))
    } else {
        let wanted = field.min_ppi_screen.unwrap_or(layout.preset.dpi);
        (wanted, 0.0)
    };
    if ppi >= wanted - 1e-9 {
        return;
    }
    let measured = Quantity::new(ppi, Unit::Ppi);
    let required = Quantity::new(wanted, Unit::Ppi);
    let severity = if ppi < floor {
        Severity::Blocking
    } else {
        Severity::Warning
    };
    findings.push(
        ctx.finding(
            "template.photo-resolution",
            severity,
            text(
                "template-photo-resolution",
                &[
                    ("field", Arg::T(&label)),
                    ("measured", Arg::M(measured, required)),
                    ("required", Arg::Q(required)),
                ],
            ),
        )
        .measure(measured, required)
        .fix(text("template-photo-resolution-fix", &[])),
    );
}

fn qr_findings(ctx: &ItemCtx<'_, '_>, q: &QrItem<'_>, findings: &mut Vec<Finding>) {
    let label = ctx.label();
    let Some(code) = &q.code else {
        if ctx.required() {
            missing(ctx, findings);
        }
        return;
    };
    if code.is_err() {
        findings.push(
            ctx.finding(
                "template.qr-too-long",
                Severity::Blocking,
                text(
                    "template-qr-too-long",
                    &[
                        ("field", Arg::T(&label)),
                        ("count", Arg::N(q.value.len() as f64)),
                    ],
                ),
            )
            .fix(text("template-qr-too-long-fix", &[])),
        );
        return;
    }
    let ElementKind::Qr(field) = &ctx.item.element.kind else {
        return;
    };
    let module_mm = match ctx.layout.units {
        Units::Mm => q.module,
        Units::Px => q.module / ctx.layout.preset.dpi * 25.4,
    };
    if module_mm + 1e-9 < field.min_module_mm {
        let measured = Quantity::new(module_mm, Unit::Mm);
        let required = Quantity::new(field.min_module_mm, Unit::Mm);
        findings.push(
            ctx.finding(
                "template.qr-module-size",
                Severity::Blocking,
                text(
                    "template-qr-module-size",
                    &[
                        ("field", Arg::T(&label)),
                        ("measured", Arg::M(measured, required)),
                        ("required", Arg::Q(required)),
                    ],
                ),
            )
            .measure(measured, required)
            .fix(text("template-qr-module-size-fix", &[])),
        );
    }
    if let (Some(dark), Some(light)) = (q.color, q.ground) {
        qr_contrast(ctx, dark, light, &label, findings);
    }
}

/// Dark modules must stand out from the ground like any graphic (WCAG non-text contrast, the logo rule).
fn qr_contrast(
    ctx: &ItemCtx<'_, '_>,
    dark: &Color,
    light: &Color,
    label: &Text,
    findings: &mut Vec<Finding>,
) {
    let ratio = crate::manual::color::contrast_ratio(dark.rgb, light.rgb);
    let required = ctx.manual.rules.logo_contrast.max(3.0);
    let darker = crate::manual::color::relative_luminance(dark.rgb)
        < crate::manual::color::relative_luminance(light.rgb);
    if ratio >= required && darker {
        return;
    }
    let measured = Quantity::new(ratio, Unit::Ratio);
    let required = Quantity::new(required, Unit::Ratio);
    findings.push(
        ctx.finding(
            "template.qr-contrast",
            Severity::Blocking,
            text(
                "template-qr-contrast",
                &[
                    ("field", Arg::T(label)),
                    ("color", Arg::T(&dark.name)),
                    ("ground", Arg::T(&light.name)),
                    ("measured", Arg::M(measured, required)),
                ],
            ),
        )
        .measure(measured, required),
    );
}
