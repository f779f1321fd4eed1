#!/usr/bin/env python3
"""Reads the kit's Office files back with python-docx and python-pptx (independent of the Rust code that wrote
them) and prints what a test needs to know as JSON: theme colours and fonts, styles, content controls with their
locks and bindings, the custom XML part, slide size, layouts and the master's pictures.

Usage: read_office.py THEME.thmx LETTER.dotx SLIDES.potx
"""
import json
import sys
import zipfile

from lxml import etree
import docx
from docx.opc.part import PartFactory as DocxPartFactory
from docx.package import Package as DocxPackage
from docx.parts.document import DocumentPart
from pptx.package import Package as PptxPackage
from pptx.util import Emu

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WML_TEMPLATE_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
NS = {"a": A, "w": W}


def theme(xml_bytes):
    root = etree.fromstring(xml_bytes)
    scheme = root.find(".//a:clrScheme", NS)
    colors = {}
    for slot in scheme:
        color = slot[0]
        colors[etree.QName(slot).localname] = color.get("val") or color.get("lastClr")
    fonts = {
        "major": root.find(".//a:majorFont/a:latin", NS).get("typeface"),
        "minor": root.find(".//a:minorFont/a:latin", NS).get("typeface"),
    }
    fmt = root.find(".//a:fmtScheme", NS)
    lists = {etree.QName(l).localname: len(l) for l in fmt} if fmt is not None else {}
    return {"name": root.get("name"), "colors": colors, "slot_order": list(colors), "fonts": fonts, "fmt": lists}


def thmx(path):
    with zipfile.ZipFile(path) as z:
        return theme(z.read("theme/theme/theme1.xml"))


def dotx(path):
    # python-docx opens .docx only; a template's main part differs in content type alone.
    DocxPartFactory.part_type_for[WML_TEMPLATE_MAIN] = DocumentPart
    package = DocxPackage.open(path)
    part = package.main_document_part
    document = part.document
    section = document.sections[0]
    styles = {}
    for s in document.styles:
        if s.style_id in ("Overskrift1", "Overskrift2", "Overskrift3", "Brdtekst", "Normal"):
            styles[s.style_id] = {
                "name": s.name,
                "font": s.font.name,
                "bold": s.font.bold,
                "color": str(s.font.color.rgb) if s.font.color and s.font.color.type is not None else None,
                "theme_color": str(s.font.color.theme_color) if s.font.color and s.font.color.type is not None else None,
            }
    body = document.element
    controls = []
    for sdt in body.iter("{%s}sdt" % W):
        pr = sdt.find("w:sdtPr", NS)
        tag = pr.find("w:tag", NS)
        lock = pr.find("w:lock", NS)
        binding = pr.find("w:dataBinding", NS)
        text = "".join(t.text or "" for t in sdt.iter("{%s}t" % W))
        controls.append({
            "tag": tag.get("{%s}val" % W) if tag is not None else None,
            "lock": lock.get("{%s}val" % W) if lock is not None else None,
            "xpath": binding.get("{%s}xpath" % W) if binding is not None else None,
            "store": binding.get("{%s}storeItemID" % W) if binding is not None else None,
            "date": pr.find("w:date", NS) is not None,
            "text": text,
        })
    custom = []
    for rel in part.rels.values():
        if rel.reltype.endswith("/customXml"):
            item = rel.target_part
            props = [r.target_part for r in item.rels.values() if r.reltype.endswith("/customXmlProps")]
            store = etree.fromstring(props[0].blob).get(
                "{http://schemas.openxmlformats.org/officeDocument/2006/customXml}itemID") if props else None
            custom.append({"xml": item.blob.decode("utf-8"), "store": store})
    theme_part = [r.target_part for r in part.rels.values() if r.reltype.endswith("/theme")][0]
    headers = {}
    for kind, header in (("first", section.first_page_header), ("default", section.header)):
        headers[kind] = {
            "linked": header.is_linked_to_previous,
            "text": "".join(p.text for p in header.paragraphs),
            "xml": etree.tostring(header._element).decode("utf-8"),
        }
    return {
        "content_type": part.content_type,
        "page_mm": [round(section.page_width.mm, 2), round(section.page_height.mm, 2)],
        "margins_mm": {
            "left": round(section.left_margin.mm, 2),
            "right": round(section.right_margin.mm, 2),
            "top": round(section.top_margin.mm, 2),
            "bottom": round(section.bottom_margin.mm, 2),
        },
        "different_first_page": section.different_first_page_header_footer,
        "styles": styles,
        "controls": controls,
        "custom_xml": custom,
        "theme": theme(theme_part.blob),
        "headers": headers,
        "core": {"title": document.core_properties.title, "version": document.core_properties.version,
                 "description": document.core_properties.comments},
    }


def potx(path):
    package = PptxPackage.open(path)
    part = package.main_document_part
    prs = part.presentation
    master = prs.slide_master
    pictures = []
    for shape in master.shapes:
        if shape.shape_type is not None and shape.shape_type == 13:  # PICTURE
            image = shape.image
            from PIL import Image  # python-pptx depends on Pillow
            import io
            px = Image.open(io.BytesIO(image.blob)).size
            blip = shape._element.blipFill.find("a:blip", NS)
            svg = blip.find(".//{http://schemas.microsoft.com/office/drawing/2016/SVG/main}svgBlip")
            pictures.append({
                "name": shape.name,
                "left_mm": Emu(shape.left).mm, "top_mm": Emu(shape.top).mm,
                "width_mm": Emu(shape.width).mm, "height_mm": Emu(shape.height).mm,
                "content_type": image.content_type, "pixels": list(px),
                "svg": svg is not None,
            })
    layouts = []
    for layout in master.slide_layouts:
        layouts.append({
            "name": layout.name,
            "placeholders": [p.placeholder_format.type.__class__.__name__ and str(p.placeholder_format.type).split(" ")[0]
                             for p in layout.placeholders],
        })
    theme_part = [r.target_part for r in master.part.rels.values() if r.reltype.endswith("/theme")][0]
    return {
        "content_type": part.content_type,
        "slide_emu": [prs.slide_width, prs.slide_height],
        "layouts": layouts,
        "pictures": pictures,
        "slides": len(prs.slides),
        "theme": theme(theme_part.blob),
        "core": {"title": prs.core_properties.title, "version": prs.core_properties.version},
    }


def main():
    theme_path, letter, slides = sys.argv[1:4]
    print(json.dumps({"thmx": thmx(theme_path), "dotx": dotx(letter), "potx": potx(slides)}, indent=1, default=str))


if __name__ == "__main__":
    main()
