#!/usr/bin/env python3
"""Draw the logo artwork of the demonstration design manual (manual/logos/*/*.svg).

The demonstration manual stands in for Sønderborg Kommune's official logo masters, which the program has not been
given. Everything here is drawn from scratch:

* the mark (bomærke): an infinity ribbon ("Området med ubegrænsede muligheder") built from a stretched lemniscate of
  Bernoulli with a calligraphic width, one over/under crossing, as filled paths only (no strokes), outlines fitted
  with cubic Béziers;
* the wordmark (navnetræk) and byline: IBM Plex Sans (SIL OFL 1.1, manual/fonts/) converted to outlines, so no
  <text> element appears in any logo.

Output is deterministic: the same fonts and the same package versions give byte-identical files.

Requirements: Python ≥ 3.11, `pip install fonttools shapely` (drawn with fonttools 4.68, shapely 2.2).
The fonts in manual/fonts/ come from the npm package @expo-google-fonts/ibm-plex-sans (`npm pack`), files
400Regular/IBMPlexSans_400Regular.ttf, 600SemiBold/…, 700Bold/… renamed to IBMPlexSans-<Weight>.ttf.

Usage:  python3 scripts/draw-demo-manual.py [--manual DIR]

Rules the output keeps (docs/manual-format.md): every colour is `fill="#rrggbb"` with the HEX of a palette colour
from manual/colors.toml; no <text>, <style>, class, stroke, href or editor metadata; the viewBox is tight around
the artwork (clear space is added by the program); the mark is exactly REFERENCE = 120 user units high in every
lockup, which is the `reference` recorded in each logo.toml.
"""

from __future__ import annotations

import argparse
import math
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from fontTools.pens.boundsPen import BoundsPen
from fontTools.pens.svgPathPen import SVGPathPen
from fontTools.pens.transformPen import TransformPen
from fontTools.ttLib import TTFont
from shapely import affinity
from shapely.geometry import Polygon
from shapely.geometry.polygon import orient
from shapely.ops import unary_union

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = 120.0  # mark height in user units, in every lockup


# ---------------------------------------------------------------------------------------------------------------
# Number formatting and cubic Bézier fitting (Schneider, "An Algorithm for Automatically Fitting Digitized Curves",
# Graphics Gems 1990)
# ---------------------------------------------------------------------------------------------------------------

def fmt(v: float) -> str:
    s = f"{v:.2f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def _sub(a, b): return (a[0] - b[0], a[1] - b[1])
def _add(a, b): return (a[0] + b[0], a[1] + b[1])
def _mul(a, s): return (a[0] * s, a[1] * s)
def _dot(a, b): return a[0] * b[0] + a[1] * b[1]
def _dist(a, b): return math.hypot(a[0] - b[0], a[1] - b[1])


def _unit(a):
    n = math.hypot(*a)
    return (a[0] / n, a[1] / n) if n > 0 else (0.0, 0.0)


def _bez(c, t):
    m = 1 - t
    return (m ** 3 * c[0][0] + 3 * m * m * t * c[1][0] + 3 * m * t * t * c[2][0] + t ** 3 * c[3][0],
            m ** 3 * c[0][1] + 3 * m * m * t * c[1][1] + 3 * m * t * t * c[2][1] + t ** 3 * c[3][1])


def _bez1(c, t):
    m = 1 - t
    return _add(_add(_mul(_sub(c[1], c[0]), 3 * m * m), _mul(_sub(c[2], c[1]), 6 * m * t)),
                _mul(_sub(c[3], c[2]), 3 * t * t))


def _bez2(c, t):
    return _add(_mul(_add(_sub(c[2], _mul(c[1], 2)), c[0]), 6 * (1 - t)),
                _mul(_add(_sub(c[3], _mul(c[2], 2)), c[1]), 6 * t))


def _chord(pts):
    u = [0.0]
    for i in range(1, len(pts)):
        u.append(u[-1] + _dist(pts[i], pts[i - 1]))
    return [x / u[-1] for x in u]


def _generate(pts, u, t1, t2):
    p0, p3 = pts[0], pts[-1]
    c00 = c01 = c11 = x0 = x1 = 0.0
    for p, ui in zip(pts, u):
        a1 = _mul(t1, 3 * (1 - ui) ** 2 * ui)
        a2 = _mul(t2, 3 * (1 - ui) * ui * ui)
        c00 += _dot(a1, a1)
        c01 += _dot(a1, a2)
        c11 += _dot(a2, a2)
        tmp = _sub(p, _bez([p0, p0, p3, p3], ui))
        x0 += _dot(a1, tmp)
        x1 += _dot(a2, tmp)
    det = c00 * c11 - c01 * c01
    al = (x0 * c11 - x1 * c01) / det if abs(det) > 1e-12 else 0.0
    ar = (c00 * x1 - c01 * x0) / det if abs(det) > 1e-12 else 0.0
    seg = _dist(p0, p3)
    if al < 1e-6 * seg or ar < 1e-6 * seg:
        al = ar = seg / 3
    return [p0, _add(p0, _mul(t1, al)), _add(p3, _mul(t2, ar)), p3]


def _max_error(pts, c, u):
    worst, at = 0.0, len(pts) // 2
    for i in range(1, len(pts) - 1):
        d = _dist(_bez(c, u[i]), pts[i])
        if d > worst:
            worst, at = d, i
    return worst, at


def _reparameterise(pts, c, u):
    out = []
    for p, t in zip(pts, u):
        d = _sub(_bez(c, t), p)
        d1, d2 = _bez1(c, t), _bez2(c, t)
        den = _dot(d1, d1) + _dot(d, d2)
        out.append(t - _dot(d, d1) / den if abs(den) > 1e-12 else t)
    return out


def _fit(pts, t1, t2, tol):
    if len(pts) == 2:
        d = _dist(pts[0], pts[1]) / 3
        return [[pts[0], _add(pts[0], _mul(t1, d)), _add(pts[1], _mul(t2, d)), pts[1]]]
    u = _chord(pts)
    c = _generate(pts, u, t1, t2)
    err, split = _max_error(pts, c, u)
    if err < tol:
        return [c]
    if err < tol * 4:
        for _ in range(20):
            u = _reparameterise(pts, c, u)
            c = _generate(pts, u, t1, t2)
            err, split = _max_error(pts, c, u)
            if err < tol:
                return [c]
    split = max(1, min(len(pts) - 2, split))
    tc = _unit(_sub(pts[split - 1], pts[split + 1]))
    return _fit(pts[:split + 1], t1, tc, tol) + _fit(pts[split:], _mul(tc, -1), t2, tol)


def _extrema(run):
    """Indices (inside the run) where x or y turns, with the axis-parallel tangent there (pointing forwards)."""
    out = []
    for i in range(1, len(run) - 1):
        (x0, y0), (x1, y1), (x2, y2) = run[i - 1], run[i], run[i + 1]
        if (x1 - x0) * (x2 - x1) < 0 or (x1 - x0 == 0 and x2 != x1):
            out.append((i, (0.0, math.copysign(1.0, y2 - y0))))
        elif (y1 - y0) * (y2 - y1) < 0 or (y1 - y0 == 0 and y2 != y1):
            out.append((i, (math.copysign(1.0, x2 - x0), 0.0)))
    # drop extrema that follow each other too closely (flat spots sampled twice)
    kept = []
    for i, tg in out:
        if kept and i - kept[-1][0] < 3:
            continue
        kept.append((i, tg))
    return kept


def _fit_run(run, t_start, t_end, tol):
    """Fit a smooth run, with on-curve points at its x/y extrema (as type designers do), so that control points
    stay inside the outline's bounding box."""
    segs, start, t1 = [], 0, t_start
    for i, tg in _extrema(run):
        if i - start < 2 or len(run) - 1 - i < 2:
            continue
        segs.extend(_fit(run[start:i + 1], t1, _mul(tg, -1), tol))
        start, t1 = i, tg
    segs.extend(_fit(run[start:], t1, t_end, tol))
    return segs


def ring_to_path(coords, tol=0.03, corner_deg=20.0) -> str:
    """A closed polygon ring (densely sampled smooth runs between sharp corners) as compact SVG path data."""
    pts = []
    for c in coords:
        p = (float(c[0]), float(c[1]))
        if not pts or _dist(p, pts[-1]) > 1e-3:
            pts.append(p)
    while len(pts) > 1 and _dist(pts[0], pts[-1]) <= 1e-3:
        pts.pop()
    n = len(pts)
    corners = []
    for i in range(n):
        a = _unit(_sub(pts[i], pts[i - 1]))
        b = _unit(_sub(pts[(i + 1) % n], pts[i]))
        if math.degrees(math.acos(max(-1.0, min(1.0, _dot(a, b))))) > corner_deg:
            corners.append(i)
    out = []
    if not corners:
        # a smooth closed ring: start at its leftmost point, where the tangent is vertical
        k = min(range(n), key=lambda i: (pts[i][0], pts[i][1]))
        pts = pts[k:] + pts[:k]
        tg = (0.0, math.copysign(1.0, pts[1][1] - pts[-1][1]))
        start = pts[0]
        segs = _fit_run(pts + [pts[0]], tg, _mul(tg, -1), tol)
    else:
        start = pts[corners[0]]
        segs = []
        for k, ci in enumerate(corners):
            cj = corners[(k + 1) % len(corners)]
            run, i = [pts[ci]], ci
            while True:
                i = (i + 1) % n
                run.append(pts[i])
                if i == cj:
                    break
            d = _unit(_sub(run[-1], run[0]))
            straight = all(abs(d[0] * (p[1] - run[0][1]) - d[1] * (p[0] - run[0][0])) < tol for p in run)
            if straight:
                segs.append(("L", run[-1]))
            else:
                segs.extend(_fit_run(run, _unit(_sub(run[1], run[0])), _unit(_sub(run[-2], run[-1])), tol))
    out.append(f"M{fmt(start[0])} {fmt(start[1])}")
    for s in segs:
        if s[0] == "L":
            out.append(f"L{fmt(s[1][0])} {fmt(s[1][1])}")
        else:
            out.append("C" + " ".join(fmt(v) for p in s[1:] for v in p))
    out.append("Z")
    return "".join(out)


def geometry_to_path(g) -> str:
    polys = list(g.geoms) if hasattr(g, "geoms") else [g]
    polys.sort(key=lambda p: (round(p.bounds[0], 3), round(p.bounds[1], 3)))
    d = []
    for p in polys:
        p = orient(p, 1.0)
        d.append(ring_to_path(p.exterior.coords))
        for hole in p.interiors:
            d.append(ring_to_path(hole.coords))
    return "".join(d)


# ---------------------------------------------------------------------------------------------------------------
# The mark: an infinity ribbon
# ---------------------------------------------------------------------------------------------------------------

@dataclass
class Ribbon:
    """Lemniscate of Bernoulli x = A cos t / (1 + sin²t), y = B sin t cos t / (1 + sin²t), B > A rounds the loops.

    t = 0 is the right end, t = π the left end; the curve crosses itself at t = π/2 (strand "/", drawn over) and
    t = 3π/2 (strand "\\", drawn under, interrupted by a gap). Width is calligraphic: wider at the outer ends of the
    loops, narrower through the crossing.
    """
    A: float = 1.0
    B: float = 1.3
    width: float = 0.165      # mean ribbon width
    contrast: float = 0.5     # width varies by ± contrast/2
    gap: float = 0.035        # gap on each side of the over strand
    overlap: float = 0.42     # parameter half-range of the over strand (where the dark loop ends on the right)

    def point(self, t):
        d = 1 + math.sin(t) ** 2
        return (self.A * math.cos(t) / d, self.B * math.sin(t) * math.cos(t) / d)

    def tangent(self, t, h=1e-6):
        return _unit(_sub(self.point(t + h), self.point(t - h)))

    def w(self, t):
        return self.width * (1 + self.contrast * (math.cos(t) ** 2 - 0.5))

    def strip(self, t0, t1, extra=0.0):
        n = max(12, int(abs(t1 - t0) * 160))
        left, right = [], []
        for i in range(n + 1):
            t = t0 + (t1 - t0) * i / n
            p, tg = self.point(t), self.tangent(t)
            nrm = (-tg[1], tg[0])
            half = (self.w(t) + extra) / 2
            left.append(_add(p, _mul(nrm, half)))
            right.append(_sub(p, _mul(nrm, half)))
        return Polygon(left + right[::-1]).buffer(0)

    def pieces(self):
        """(dark, light): the left loop with the over strand, and the right loop."""
        P, d, e = math.pi, self.overlap, 0.002
        over = self.strip(P / 2 - d, P / 2 + d)
        cutter = self.strip(P / 2 - d, P / 2 + d, extra=2 * self.gap)
        under_dark = self.strip(3 * P / 2 - d - e, 3 * P / 2).difference(cutter)
        under_light = self.strip(3 * P / 2, 3 * P / 2 + d + e).difference(cutter)
        left = self.strip(P / 2 + d - e, 3 * P / 2 - d + e)
        right = self.strip(3 * P / 2 + d - e, 5 * P / 2 - d + e)  # ends under the over strand's start
        return unary_union([over, left, under_dark]), unary_union([right, under_light])


@dataclass
class Mark:
    dark: object     # shapely geometry, final coordinates
    light: object
    width: float
    height: float

    def at(self, x, y) -> "Mark":
        return Mark(affinity.translate(self.dark, x, y), affinity.translate(self.light, x, y), self.width, self.height)


def make_mark(height=REFERENCE) -> Mark:
    dark, light = Ribbon().pieces()
    minx, miny, maxx, maxy = unary_union([dark, light]).bounds
    s = height / (maxy - miny)

    def place(g):  # scale, flip y (SVG y grows downwards), move the bounding box to the origin
        return affinity.translate(affinity.scale(g, s, -s, origin=(0, 0)), -minx * s, maxy * s)

    return Mark(place(dark), place(light), (maxx - minx) * s, height)


# ---------------------------------------------------------------------------------------------------------------
# Type: IBM Plex Sans outlines
# ---------------------------------------------------------------------------------------------------------------

class Face:
    def __init__(self, path: Path):
        self.font = TTFont(path)
        self.glyphs = self.font.getGlyphSet()
        self.cmap = self.font.getBestCmap()
        self.upm = self.font["head"].unitsPerEm
        self.cap = self.font["OS/2"].sCapHeight / self.upm
        self.hmtx = self.font["hmtx"]

    def names(self, text):
        return [self.cmap[ord(ch)] for ch in text]

    def _ink(self, name):
        bp = BoundsPen(self.glyphs)
        self.glyphs[name].draw(bp)
        return bp.bounds  # font units, y up; None for a space

    def measure(self, text, size, tracking=0.0):
        """Ink box of the text set at x = 0, baseline y = 0, in SVG orientation: (x0, top, x1, bottom)."""
        s = size / self.upm
        x, box = 0.0, None
        for i, name in enumerate(self.names(text)):
            b = self._ink(name)
            if b is not None:
                gb = (x + b[0] * s, -b[3] * s, x + b[2] * s, -b[1] * s)
                box = gb if box is None else (min(box[0], gb[0]), min(box[1], gb[1]),
                                              max(box[2], gb[2]), max(box[3], gb[3]))
            x += self.hmtx[name][0] * s + (tracking * size if i < len(text) - 1 else 0)
        return box

    def path(self, text, size, x, baseline, tracking=0.0) -> str:
        s = size / self.upm
        pen = SVGPathPen(self.glyphs, ntos=fmt)
        for i, name in enumerate(self.names(text)):
            self.glyphs[name].draw(TransformPen(pen, (s, 0, 0, -s, x, baseline)))
            x += self.hmtx[name][0] * s + (tracking * size if i < len(text) - 1 else 0)
        return pen.getCommands()


@dataclass
class Line:
    text: str
    face: str        # "regular" | "semibold" | "bold"
    size: float
    tracking: float = 0.0


@dataclass
class Block:
    """One line of type and the logo part it belongs to: 'wordmark' or 'byline'."""
    part: str
    line: Line


# ---------------------------------------------------------------------------------------------------------------
# Lockups
# ---------------------------------------------------------------------------------------------------------------

@dataclass
class Art:
    """A lockup drawn in final coordinates: mark pieces plus type paths per part."""
    mark: Mark
    type_paths: dict = field(default_factory=dict)   # part -> path data
    box: tuple = (0, 0, 0, 0)                          # ink box (x0, y0, x1, y1)


class Typesetter:
    def __init__(self, fonts: Path):
        self.faces = {
            "regular": Face(fonts / "IBMPlexSans-Regular.ttf"),
            "semibold": Face(fonts / "IBMPlexSans-SemiBold.ttf"),
            "bold": Face(fonts / "IBMPlexSans-Bold.ttf"),
        }

    def measure(self, ln: Line):
        return self.faces[ln.face].measure(ln.text, ln.size, ln.tracking)

    def cap(self, ln: Line):
        return self.faces[ln.face].cap * ln.size

    def path(self, ln: Line, ink_left, baseline):
        """Path data with the line's ink starting exactly at ink_left."""
        box = self.measure(ln)
        return self.faces[ln.face].path(ln.text, ln.size, ink_left - box[0], baseline, ln.tracking)


def _union_box(boxes):
    boxes = [b for b in boxes if b is not None]
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def set_lines(ts: Typesetter, blocks, baselines, align, x):
    """Place lines at the given baselines; align 'left' (ink starts at x) or 'center' (ink centred on x).
    Returns placements (block, ink_left, baseline) and their ink boxes."""
    placed, boxes = [], []
    for blk, base in zip(blocks, baselines):
        box = ts.measure(blk.line)
        w = box[2] - box[0]
        left = x if align == "left" else x - w / 2
        placed.append((blk, left, base))
        boxes.append((left, base + box[1], left + w, base + box[3]))
    return placed, boxes


def horizontal(ts: Typesetter, mark: Mark, blocks, leading, gap):
    """Mark left, type right; the type block (top of the first line's ink to the last baseline) is centred on the
    mark's vertical centre. leading[i] is the distance from baseline i to baseline i+1."""
    baselines = [0.0]
    for ld in leading:
        baselines.append(baselines[-1] + ld)
    top = baselines[0] + ts.measure(blocks[0].line)[1]
    bottom = baselines[-1]
    shift = mark.height / 2 - (top + bottom) / 2
    baselines = [b + shift for b in baselines]
    placed, boxes = set_lines(ts, blocks, baselines, "left", mark.width + gap)
    return _finish(ts, mark, placed, boxes)


def stacked(ts: Typesetter, mark: Mark, blocks, leading, gap):
    """Mark above, type centred below; gap from the mark's foot to the top of the first line's ink."""
    first_top = ts.measure(blocks[0].line)[1]
    baselines = [mark.height + gap - first_top]
    for ld in leading:
        baselines.append(baselines[-1] + ld)
    placed, boxes = set_lines(ts, blocks, baselines, "center", mark.width / 2)
    return _finish(ts, mark, placed, boxes)


def mark_only(ts: Typesetter, mark: Mark):
    return _finish(ts, mark, [], [])


def _finish(ts: Typesetter, mark: Mark, placed, boxes):
    """Move everything so the ink box starts at the origin and draw the type."""
    box = _union_box([(0.0, 0.0, mark.width, mark.height)] + boxes)
    dx, dy = -box[0], -box[1]
    paths = {}
    for blk, left, base in placed:
        paths[blk.part] = paths.get(blk.part, "") + ts.path(blk.line, left + dx, base + dy)
    return Art(mark.at(dx, dy), paths, (0.0, 0.0, box[2] - box[0], box[3] - box[1]))


# ---------------------------------------------------------------------------------------------------------------
# SVG output
# ---------------------------------------------------------------------------------------------------------------

@dataclass
class Colourway:
    id: str
    dark: str        # palette ids
    light: str
    wordmark: str
    byline: str


def svg(art: Art, cw: Colourway, palette: dict) -> str:
    def hx(cid):
        if cid not in palette:
            raise SystemExit(f"colour id {cid!r} is not in colors.toml")
        return palette[cid]

    w, h = art.box[2], art.box[3]
    parts = []
    if cw.dark == cw.light:
        d = geometry_to_path(unary_union([art.mark.dark, art.mark.light]))
        parts.append(f'<path id="mark" fill="{hx(cw.dark)}" d="{d}"/>')
    else:
        parts.append(f'<g id="mark"><path fill="{hx(cw.light)}" d="{geometry_to_path(art.mark.light)}"/>'
                     f'<path fill="{hx(cw.dark)}" d="{geometry_to_path(art.mark.dark)}"/></g>')
    for part in ("wordmark", "byline"):
        if part in art.type_paths:
            colour = cw.wordmark if part == "wordmark" else cw.byline
            parts.append(f'<path id="{part}" fill="{hx(colour)}" d="{art.type_paths[part]}"/>')
    body = "\n".join(parts)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {fmt(w)} {fmt(h)}" width="{fmt(w)}" '
            f'height="{fmt(h)}">\n{body}\n</svg>\n')


# ---------------------------------------------------------------------------------------------------------------
# The logos
# ---------------------------------------------------------------------------------------------------------------

KOMMUNE_COLOURWAYS = [
    Colourway("positive", dark="groen", light="lysegroen", wordmark="groen", byline="groen"),
    Colourway("negative", dark="hvid", light="hvid", wordmark="hvid", byline="hvid"),
    Colourway("black", dark="sort", light="sort", wordmark="sort", byline="sort"),
    Colourway("greyscale", dark="graa", light="lysgraa", wordmark="sort", byline="sort"),
    Colourway("spot", dark="groen", light="groen", wordmark="groen", byline="groen"),
]
INSTITUTION_COLOURWAYS = [cw for cw in KOMMUNE_COLOURWAYS if cw.id != "greyscale"]

# Type sizes in user units (the mark is 120 high)
NAME_SIZE = 52.0         # wordmark, also an institution's name
NAME_LEADING = 60.0      # two-line wordmark
BYLINE_SIZE = 30.0       # "Sønderborg Kommune" under an institution's name
GAP_H = 40.0             # mark to type, horizontal lockups
GAP_V = 34.0             # mark to type, stacked lockups

INSTITUTIONS = {
    # folder: (name on one line, name lines when stacked)
    "bibliotek": ("Sønderborg Bibliotek", ["Sønderborg", "Bibliotek"]),
    "kaerhaveskolen": ("Kærhaveskolen", ["Kærhaveskolen"]),
    "solbakken": ("Plejecenter Solbakken", ["Plejecenter", "Solbakken"]),
}


def kommune_lockups(ts, mark):
    lines = [Block("wordmark", Line("Sønderborg", "semibold", NAME_SIZE)),
             Block("wordmark", Line("Kommune", "regular", NAME_SIZE))]
    return {
        "horizontal": horizontal(ts, mark, lines, [NAME_LEADING], GAP_H),
        "stacked": stacked(ts, mark, lines, [NAME_LEADING], GAP_V),
        "mark": mark_only(ts, mark),
    }


def institution_lockups(ts, mark, name, stacked_lines):
    byline = Block("byline", Line("Sønderborg Kommune", "regular", BYLINE_SIZE, 0.01))
    one = [Block("wordmark", Line(name, "semibold", NAME_SIZE)), byline]
    many = [Block("wordmark", Line(t, "semibold", NAME_SIZE)) for t in stacked_lines] + [byline]
    by_lead = 46.0
    return {
        "horizontal": horizontal(ts, mark, one, [by_lead], GAP_H),
        "stacked": stacked(ts, mark, many, [NAME_LEADING] * (len(stacked_lines) - 1) + [by_lead], GAP_V),
    }


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--manual", type=Path, default=ROOT / "manual")
    args = ap.parse_args(argv)
    manual: Path = args.manual

    with open(manual / "colors.toml", "rb") as f:
        palette = {c["id"]: c["hex"].lower() for c in tomllib.load(f)["color"]}
    ts = Typesetter(manual / "fonts")
    mark = make_mark()

    jobs = [("kommune", kommune_lockups(ts, mark), KOMMUNE_COLOURWAYS)]
    for folder, (name, lines) in INSTITUTIONS.items():
        jobs.append((folder, institution_lockups(ts, mark, name, lines), INSTITUTION_COLOURWAYS))

    for folder, lockups, colourways in jobs:
        out = manual / "logos" / folder
        out.mkdir(parents=True, exist_ok=True)
        for lockup, art in lockups.items():
            for cw in colourways:
                text = svg(art, cw, palette)
                (out / f"{lockup}-{cw.id}.svg").write_text(text, encoding="utf-8")
            print(f"{folder}/{lockup}: viewBox 0 0 {fmt(art.box[2])} {fmt(art.box[3])}, "
                  f"mark {fmt(art.mark.width)} x {fmt(art.mark.height)} (reference {fmt(REFERENCE)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
