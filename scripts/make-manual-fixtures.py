#!/usr/bin/env python3
"""Regenerates tests/fixtures/manuals/<broken-thing>/ from tests/fixtures/manuals/valid/.

Each fixture is a copy of the valid manual with exactly one thing broken (except `three-problems`, which the
issue asks for: a `../` path, a missing SVG and a bad HEX in one manual). tests/manual_fixtures.rs asserts the
file, line and message each one produces. Run from the repository root: python3 scripts/make-manual-fixtures.py
"""
import os
import shutil

ROOT = "tests/fixtures/manuals"
VALID = os.path.join(ROOT, "valid")
LOGO = "logos/kommune/logo.toml"
SVG = "logos/kommune/horizontal-positive.svg"


def replace(path, old, new):
    def edit(d):
        p = os.path.join(d, path)
        with open(p, encoding="utf-8") as f:
            text = f.read()
        assert old in text, (path, old)
        with open(p, "w", encoding="utf-8") as f:
            f.write(text.replace(old, new, 1))
    return edit


def write(path, text):
    def edit(d):
        with open(os.path.join(d, path), "w", encoding="utf-8") as f:
            f.write(text)
    return edit


def remove(path):
    return lambda d: os.remove(os.path.join(d, path))


def symlink(path, target):
    def edit(d):
        p = os.path.join(d, path)
        os.remove(p)
        os.symlink(target, p)
    return edit


LAUGHS = '<?xml version="1.0"?>\n<!DOCTYPE svg [\n<!ENTITY a "lollollollollollollollollollol">\n' + "".join(
    f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">\n' for i in range(9)
) + ']>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 100"><path fill="#00734a" d="M0 0h1v1z"/><desc>&j;</desc></svg>\n'

FIXTURES = {
    "toml-syntax": [replace("colors.toml", 'name_da = "Hvid"', 'name_da = "Hvid')],
    "wrong-type": [replace("colors.toml", "cmyk = [90, 20, 85, 10]", 'cmyk = "90/20/85/10"')],
    "duplicate-id": [replace("colors.toml", 'id = "sort"', 'id = "groen"')],
    "dangling-sender": [replace(LOGO, 'sender = "kommune"', 'sender = "nobody"')],
    "dangling-background": [replace(LOGO, 'backgrounds = ["hvid"]', 'backgrounds = ["pink"]')],
    "missing-svg": [remove("logos/kommune/horizontal-negative.svg")],
    "svg-not-parse": [write("logos/kommune/horizontal-negative.svg", '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 100">\n  <rect fill="#ffffff" width="10" height="10">\n</svg>\n')],
    "bad-hex": [replace("colors.toml", 'hex = "#00734a"', 'hex = "#00734"')],
    "cmyk-range": [replace("colors.toml", "cmyk = [90, 20, 85, 10]", "cmyk = [90, 20, 185, 10]")],
    "path-escape": [replace(LOGO, 'negative = "horizontal-negative.svg"', 'negative = "../../../outside.svg"')],
    "absolute-path": [replace(LOGO, 'negative = "horizontal-negative.svg"', 'negative = "/etc/passwd"')],
    "symlink-out": [symlink("logos/kommune/horizontal-negative.svg", "../../../valid/logos/kommune/horizontal-negative.svg")],
    "external-reference": [replace(SVG, '<circle fill="#00734a"', '<image href="https://example.com/logo.png" width="1" height="1"/>\n  <circle fill="#00734a"')],
    "billion-laughs": [write(SVG, LAUGHS)],
    "text-in-logo": [replace(SVG, '<rect fill="#1d1d1b"', '<text fill="#1d1d1b" x="120" y="60">Testby</text>\n  <rect fill="#1d1d1b"')],
    "colour-not-in-palette": [replace(SVG, '<rect fill="#1d1d1b"', '<rect fill="#ff00ff"')],
    "missing-presets": [remove("presets.toml")],
    "unknown-key": [replace("colors.toml", 'pantone_c = "PANTONE 348 C"', 'pantone_c = "PANTONE 348 C"\npantone_x = "oops"')],
    "unsupported-format": [replace("manual.toml", "format = 1", "format = 2")],
    "size-below-minimum": [replace(LOGO, "width_mm = 45.0", "width_mm = 20.0")],
    "bad-contact": [replace("senders.toml", 'email = "skolen@example.dk"', 'email = "skolen.example.dk"')],
    "template-format-1": [replace("templates.toml", "format = 2\n", "")],
    "template-outside-page": [replace("templates.toml", "x = 150.0", "x = 190.0")],
    "template-dangling-color": [replace("templates.toml", 'colors = ["sort", "groen"]', 'colors = ["sort", "pink"]')],
    "template-text-without-font": [replace("templates.toml", 'kind = "logo"', 'kind = "text"\nid = "overskrift"\nname_da = "Overskrift"\nrole = "headline"\nfont_size = [40, 20]')],
    "three-problems": [
        replace(LOGO, 'positive = "horizontal-positive.svg"', 'positive = "../../../secrets.svg"'),
        remove("logos/kommune/horizontal-negative.svg"),
        replace("colors.toml", 'hex = "#1d1d1b"', 'hex = "black"'),
    ],
}


def main():
    for name, edits in FIXTURES.items():
        target = os.path.join(ROOT, name)
        if os.path.lexists(target):
            shutil.rmtree(target)
        shutil.copytree(VALID, target, symlinks=True)
        for edit in edits:
            edit(target)
    print(f"{len(FIXTURES)} fixtures written under {ROOT}")


if __name__ == "__main__":
    main()
