//! The co-branded lockup: an institution's logo and the logo its sender's `[sender.cobranding]` requires
//! (the kommune's), composed by the manual's rules — order, arrangement, alignment, separation and relative
//! size — into **one artwork**. [`compose`] is the one place that composes it: the plan of a co-branded
//! request (`Subject::Logo { cobranded: true, .. }`), and with it every export format, the compliance check
//! and the previews, use the artwork it returns; templates place it in their logo slot the same way.
//!
//! The lockup's user units are the own lockup's SVG user units: the own logo stands at scale 1, so its
//! reference measure (e.g. the mark's height) is the lockup's reference measure.

use std::fmt::Write as _;
use std::sync::Arc;

use serde::Serialize;

use crate::i18n::{self, Lang};
use crate::manual::embed::{EmbedError, Placement};
use crate::manual::{
    Artwork, CobrandAlign, CobrandArrangement, CobrandOrder, Cobranding, Colorway, Lockup, Logo,
    Manual, Text,
};

/// One of the two logos in a co-branded lockup, and where it stands.
#[derive(Debug, Clone, Serialize)]
pub struct Part<'m> {
    /// The logo.
    pub logo: &'m Logo,
    /// Its lockup.
    pub lockup: &'m Lockup,
    /// Its colourway.
    pub colorway: &'m Colorway,
    /// Its artwork file.
    pub artwork: &'m Artwork,
    /// Its box in the lockup's user units.
    pub at: Placement,
}

impl Part<'_> {
    /// Lockup units per unit of this part's own artwork.
    pub fn scale(&self) -> f64 {
        self.at.w / self.artwork.width
    }

    /// This logo's clear space in lockup units.
    pub fn clear_space(&self) -> f64 {
        self.logo.clear_space_units(self.lockup) * self.scale()
    }

    /// This logo's minimum width (print mm, screen px) for its lockup and colourway.
    pub fn minimum(&self) -> (Option<f64>, Option<u32>) {
        self.logo.minimum(&self.lockup.id, &self.colorway.id)
    }
}

/// A composed co-branded lockup.
#[derive(Debug, Clone, Serialize)]
pub struct Cobranded<'m> {
    /// The rule it follows (the own logo's sender's `[sender.cobranding]`).
    pub rule: &'m Cobranding,
    /// The sender's own logo.
    pub own: Part<'m>,
    /// The logo the rule requires alongside.
    pub required: Part<'m>,
    /// The lockup as one artwork: an SVG in lockup units, tight around both logos.
    pub artwork: Artwork,
    /// Its name: "Liggende med Sønderborg Kommune".
    pub name: Text,
}

impl Cobranded<'_> {
    /// The gap between the two logos in lockup units: `min_separation` × the own reference measure.
    pub fn separation(&self) -> f64 {
        self.rule.min_separation * self.own.lockup.reference
    }

    /// The clear space around the whole lockup in lockup units: the larger of the two logos' own.
    pub fn clear_space(&self) -> f64 {
        self.own.clear_space().max(self.required.clear_space())
    }

    /// The smallest width of the whole lockup (print mm, screen px) at which both logos keep their own
    /// minimum width.
    pub fn minimum(&self) -> (Option<f64>, Option<u32>) {
        let whole = |part: &Part<'_>, width: f64| self.artwork.width / part.at.w * width;
        let larger = |a: Option<f64>, b: Option<f64>| match (a, b) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
        let (own_mm, own_px) = self.own.minimum();
        let (req_mm, req_px) = self.required.minimum();
        let mm = larger(
            own_mm.map(|v| whole(&self.own, v)),
            req_mm.map(|v| whole(&self.required, v)),
        );
        let px = larger(
            own_px.map(|v| whole(&self.own, f64::from(v))),
            req_px.map(|v| whole(&self.required, f64::from(v))),
        );
        (mm, px.map(|v| (v - 1e-9).ceil() as u32))
    }
}

/// Why a co-branded lockup cannot be composed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CobrandError {
    /// The logo's sender has no co-branding rule (or the logo is the required one).
    #[error(
        "logo \"{0}\" has no co-branded lockup: its sender has no [sender.cobranding] rule that requires another logo"
    )]
    NoRule(String),
    /// The required logo is not in the manual.
    #[error(
        "the co-branding rule of logo \"{logo}\" requires logo \"{required}\", which the manual does not have"
    )]
    NoRequiredLogo {
        /// The own logo.
        logo: String,
        /// The required logo id.
        required: String,
    },
    /// The required logo has no lockup to use.
    #[error(
        "logo \"{required}\" has no lockup \"{lockup}\" for the co-branded lockup of \"{logo}\""
    )]
    NoRequiredLockup {
        /// The own logo.
        logo: String,
        /// The required logo id.
        required: String,
        /// The lockup looked for.
        lockup: String,
    },
    /// The required logo has no colourway like the own one.
    #[error(
        "logo \"{required}\" has no colourway \"{colorway}\" (nor one of its kind) to stand beside \"{logo}\""
    )]
    NoColorway {
        /// The own logo.
        logo: String,
        /// The required logo id.
        required: String,
        /// The own colourway.
        colorway: String,
    },
    /// An artwork file is missing for a lockup and colourway.
    #[error("logo \"{logo}\" has no artwork for {lockup}/{colorway} (see `designprogram check`)")]
    NoArtwork {
        /// Logo id.
        logo: String,
        /// Lockup.
        lockup: String,
        /// Colourway.
        colorway: String,
    },
    /// An artwork could not be embedded.
    #[error(transparent)]
    Embed(#[from] EmbedError),
}

impl CobrandError {
    /// The error in a language (the catalogue texts of the `request.no-cobranded-lockup` findings).
    pub fn message(&self, lang: Lang) -> String {
        let s = |v: &str| v.to_owned().into();
        match self {
            CobrandError::NoRule(logo) => {
                i18n::tr_args(lang, "compliance-request-no-cobrand", &[("logo", s(logo))])
            }
            CobrandError::NoColorway {
                logo,
                required,
                colorway,
            } => i18n::tr_args(
                lang,
                "compliance-request-cobrand-colorway",
                &[
                    ("logo", s(logo)),
                    ("required", s(required)),
                    ("colorway", s(colorway)),
                ],
            ),
            // The loader refuses dangling ids and checks every artwork: these mean a manual with errors.
            other => i18n::tr_args(
                lang,
                "compliance-request-cobrand-broken",
                &[("detail", other.to_string().into())],
            ),
        }
    }
}

/// The co-branding rule a logo is under: its sender's, unless the logo is the one the rule requires.
pub fn rule<'m>(manual: &'m Manual, logo: &Logo) -> Option<&'m Cobranding> {
    manual
        .sender(&logo.sender)
        .and_then(|s| s.cobranding.as_ref())
        .filter(|rule| rule.requires != logo.id)
}

/// Composes the co-branded lockup of `logo` in `lockup` and `colorway`: the required logo in the lockup the
/// rule names (else the one with the same id, else its first) and the colourway with the same id (else the
/// first of the same kind), scaled so that its reference measure is `relative_size` × the own one, placed
/// `min_separation` × the own reference measure away, in the rule's order, arrangement and alignment.
pub fn compose<'m>(
    manual: &'m Manual,
    logo: &'m Logo,
    lockup: &'m Lockup,
    colorway: &'m Colorway,
) -> Result<Cobranded<'m>, CobrandError> {
    let rule = rule(manual, logo).ok_or_else(|| CobrandError::NoRule(logo.id.clone()))?;
    let required = manual
        .logo(&rule.requires)
        .ok_or_else(|| CobrandError::NoRequiredLogo {
            logo: logo.id.clone(),
            required: rule.requires.clone(),
        })?;
    let required_lockup = match &rule.required_lockup {
        Some(id) => required.lockup(id),
        None => required.lockup(&lockup.id).or(required.lockups.first()),
    }
    .ok_or_else(|| CobrandError::NoRequiredLockup {
        logo: logo.id.clone(),
        required: required.id.clone(),
        lockup: rule.required_lockup.clone().unwrap_or(lockup.id.clone()),
    })?;
    let required_colorway = required
        .colorway(&colorway.id)
        .or_else(|| required.colorways.iter().find(|c| c.kind == colorway.kind))
        .ok_or_else(|| CobrandError::NoColorway {
            logo: logo.id.clone(),
            required: required.id.clone(),
            colorway: colorway.id.clone(),
        })?;
    let own_art = artwork(logo, lockup, colorway)?;
    let required_art = artwork(required, required_lockup, required_colorway)?;

    let scale = rule.relative_size * lockup.reference / required_lockup.reference;
    let sizes = [
        (own_art.width, own_art.height),
        (required_art.width * scale, required_art.height * scale),
    ];
    let (own_at, required_at, size) = arrange(rule, sizes, rule.min_separation * lockup.reference);
    let own = Part {
        logo,
        lockup,
        colorway,
        artwork: own_art,
        at: own_at,
    };
    let required = Part {
        logo: required,
        lockup: required_lockup,
        colorway: required_colorway,
        artwork: required_art,
        at: required_at,
    };
    let artwork = document(&own, &required, size)?;
    let name = name(manual, lockup, required.logo);
    Ok(Cobranded {
        rule,
        own,
        required,
        artwork,
        name,
    })
}

fn artwork<'m>(
    logo: &'m Logo,
    lockup: &'m Lockup,
    colorway: &Colorway,
) -> Result<&'m Artwork, CobrandError> {
    lockup
        .artwork(&colorway.id)
        .ok_or_else(|| CobrandError::NoArtwork {
            logo: logo.id.clone(),
            lockup: lockup.id.clone(),
            colorway: colorway.id.clone(),
        })
}

/// Places two boxes of `sizes` (own, required) `gap` apart by the rule; returns both boxes and the size of
/// the whole.
fn arrange(
    rule: &Cobranding,
    sizes: [(f64, f64); 2],
    gap: f64,
) -> (Placement, Placement, (f64, f64)) {
    let ordered = match rule.order {
        CobrandOrder::OwnFirst => sizes,
        CobrandOrder::RequiredFirst => [sizes[1], sizes[0]],
    };
    // Along: the axis the logos follow each other on; across: the other.
    let along = |s: (f64, f64)| match rule.arrangement {
        CobrandArrangement::SideBySide => s.0,
        CobrandArrangement::Stacked => s.1,
    };
    let across = |s: (f64, f64)| match rule.arrangement {
        CobrandArrangement::SideBySide => s.1,
        CobrandArrangement::Stacked => s.0,
    };
    let total_along = along(ordered[0]) + gap + along(ordered[1]);
    let total_across = across(ordered[0]).max(across(ordered[1]));
    let offset = |s: (f64, f64)| match rule.align {
        CobrandAlign::Start => 0.0,
        CobrandAlign::Center => (total_across - across(s)) / 2.0,
        CobrandAlign::End => total_across - across(s),
    };
    let place = |s: (f64, f64), start: f64| match rule.arrangement {
        CobrandArrangement::SideBySide => Placement {
            x: start,
            y: offset(s),
            w: s.0,
            h: s.1,
        },
        CobrandArrangement::Stacked => Placement {
            x: offset(s),
            y: start,
            w: s.0,
            h: s.1,
        },
    };
    let first = place(ordered[0], 0.0);
    let second = place(ordered[1], along(ordered[0]) + gap);
    let size = match rule.arrangement {
        CobrandArrangement::SideBySide => (total_along, total_across),
        CobrandArrangement::Stacked => (total_across, total_along),
    };
    match rule.order {
        CobrandOrder::OwnFirst => (first, second, size),
        CobrandOrder::RequiredFirst => (second, first, size),
    }
}

/// The lockup's SVG: both artworks nested at their boxes, their ids kept apart.
fn document(
    own: &Part<'_>,
    required: &Part<'_>,
    (w, h): (f64, f64),
) -> Result<Artwork, CobrandError> {
    let a = own.artwork.nested(own.at, Some("own-"))?;
    let b = required.artwork.nested(required.at, Some("with-"))?;
    let mut svg = String::with_capacity(a.element.len() + b.element.len() + 256);
    let _ = write!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg"{}{} viewBox="0 0 {w} {h}" width="{w}" height="{h}">"#,
        a.namespaces,
        // A prefix both artworks declare is declared once.
        if b.namespaces == a.namespaces {
            ""
        } else {
            &b.namespaces
        }
    );
    svg.push_str(&a.element);
    svg.push_str(&b.element);
    svg.push_str("</svg>");
    Ok(Artwork {
        path: format!("{} + {}", own.artwork.path, required.artwork.path),
        svg: Arc::from(svg),
        width: w,
        height: h,
    })
}

/// The name of a co-branded lockup, "Liggende med Sønderborg Kommune": the own lockup's name and the
/// required logo's sender.
pub fn name(manual: &Manual, lockup: &Lockup, required: &Logo) -> Text {
    let with = manual
        .sender(&required.sender)
        .map_or(&required.name, |s| &s.name);
    let one = |lang: Lang| {
        i18n::tr_args(
            lang,
            "cobrand-name",
            &[
                ("lockup", lockup.name.get(lang).to_owned().into()),
                ("with", with.get(lang).to_owned().into()),
            ],
        )
    };
    Text {
        da: one(Lang::Da),
        en: one(Lang::En),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::manual::load_embedded;

    fn rule(
        order: CobrandOrder,
        arrangement: CobrandArrangement,
        align: CobrandAlign,
    ) -> Cobranding {
        Cobranding {
            requires: "k".into(),
            order,
            arrangement,
            align,
            min_separation: 2.0,
            relative_size: 1.0,
            required_lockup: None,
        }
    }

    #[test]
    fn arrangement_order_and_alignment() {
        use CobrandAlign::*;
        use CobrandArrangement::*;
        use CobrandOrder::*;
        let sizes = [(100.0, 20.0), (50.0, 40.0)];
        let (own, req, size) = arrange(&rule(OwnFirst, SideBySide, Center), sizes, 10.0);
        assert_eq!(size, (160.0, 40.0));
        assert_eq!((own.x, own.y, req.x, req.y), (0.0, 10.0, 110.0, 0.0));
        let (own, req, size) = arrange(&rule(RequiredFirst, SideBySide, End), sizes, 10.0);
        assert_eq!(size, (160.0, 40.0));
        assert_eq!((own.x, own.y, req.x, req.y), (60.0, 20.0, 0.0, 0.0));
        let (own, req, size) = arrange(&rule(OwnFirst, Stacked, Start), sizes, 10.0);
        assert_eq!(size, (100.0, 70.0));
        assert_eq!((own.x, own.y, req.x, req.y), (0.0, 0.0, 0.0, 30.0));
    }

    #[test]
    fn the_library_lockup_follows_the_manual() {
        let loaded = load_embedded();
        let m = &loaded.manual;
        let logo = m.logo("bibliotek").unwrap();
        let lockup = logo.lockup("horizontal").unwrap();
        let colorway = logo.colorway("positive").unwrap();
        let c = compose(m, logo, lockup, colorway).unwrap();
        assert_eq!(c.required.logo.id, "kommune");
        assert_eq!(c.required.lockup.id, "horizontal");
        assert_eq!(c.required.colorway.id, "positive");
        // senders.toml: own-first, min_separation 2 × the mark's height (120 units)
        assert_eq!(c.separation(), 240.0);
        assert!((c.required.at.x - (c.own.at.w + 240.0)).abs() < 1e-9);
        assert!((c.artwork.width - (c.required.at.x + c.required.at.w)).abs() < 1e-9);
        // both marks 120 units high: the same scale
        assert!((c.required.scale() - 1.0).abs() < 1e-9);
        assert_eq!(c.name.da, "Liggende med Sønderborg Kommune");
        assert_eq!(c.name.en, "Horizontal with Sønderborg Municipality");
        // the minimum keeps both logos at their own minimum (35 mm and 30 mm wide)
        let (mm, px) = c.minimum();
        let own_mm = c.own.at.w / c.artwork.width * mm.unwrap();
        let req_mm = c.required.at.w / c.artwork.width * mm.unwrap();
        assert!(own_mm >= 35.0 - 1e-9 && req_mm >= 30.0 - 1e-9);
        assert!((own_mm - 35.0).abs() < 1e-9 || (req_mm - 30.0).abs() < 1e-9);
        assert!(px.is_some());
        // one SVG, both artworks, ids apart
        let doc = roxmltree::Document::parse(&c.artwork.svg).unwrap();
        let ids: Vec<&str> = doc
            .descendants()
            .filter_map(|n| n.attribute("id"))
            .collect();
        assert!(
            ids.contains(&"own-mark") && ids.contains(&"with-mark"),
            "{ids:?}"
        );
        // the kommune's own logo has no co-branded lockup
        let kommune = m.logo("kommune").unwrap();
        assert_eq!(
            compose(m, kommune, &kommune.lockups[0], &kommune.colorways[0]).unwrap_err(),
            CobrandError::NoRule("kommune".into())
        );
    }
}
