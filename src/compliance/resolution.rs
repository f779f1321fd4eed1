//! Raster resolution for print (`print.resolution`): a PNG or JPEG for print should have `[rules] print_ppi`
//! (300) at final size, or `large_print_ppi` (150) for print products larger than `large_format_mm` (A2);
//! below `print_ppi_blocking` (200) — `large_print_ppi_blocking` (100) for large formats — it is refused.
//!
//! The final size is the plan's: a size-table logo export at a preset's dpi has exactly that dpi, an explicit
//! mm target has the requested dpi. The product size is the preset's format, or the file's own size without
//! a preset.

use crate::manual::{Medium, PresetSize};
use crate::plan::Units;

use super::message::{Arg, text};
use super::{Area, Ctx, Finding, Quantity, Severity, Unit};

/// Adds a finding when a print raster has too few pixels per inch.
pub(super) fn check(ctx: &Ctx<'_, '_>, findings: &mut Vec<Finding>) {
    let plan = ctx.plan;
    if plan.medium != Medium::Print || !plan.format.is_raster() || plan.units != Units::Mm {
        return;
    }
    let rules = &ctx.manual.rules;
    let (width, height) = match plan.preset.map(|p| p.size) {
        Some(PresetSize::Mm { width, height }) => (width, height),
        _ => plan.trim,
    };
    let (wanted, floor) = if rules.is_large_format(width, height) {
        (rules.large_print_ppi, rules.large_print_ppi_blocking)
    } else {
        (rules.print_ppi, rules.print_ppi_blocking)
    };
    if plan.dpi >= wanted - 1e-9 {
        return;
    }
    let measured = Quantity::new(plan.dpi, Unit::Ppi);
    let required = Quantity::new(wanted, Unit::Ppi);
    let (severity, id) = if plan.dpi < floor {
        (Severity::Blocking, "compliance-resolution-blocking")
    } else {
        (Severity::Warning, "compliance-resolution-low")
    };
    let message = text(
        id,
        &[
            ("measured", Arg::M(measured, required)),
            ("required", Arg::Q(required)),
            ("floor", Arg::Q(Quantity::new(floor, Unit::Ppi))),
        ],
    );
    findings.push(
        Finding::new("print.resolution", severity, message)
            .measure(measured, required)
            .fix(text(
                "compliance-resolution-fix",
                &[("required", Arg::Q(required))],
            ))
            .chapter(ctx.chapter(Area::Formats)),
    );
}
