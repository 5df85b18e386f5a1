"""The body map: drawings of the body (front and back) and of the face whose body sites are links.

`body_map` is a plain function of the knowledge data and the docs path of the
page that shows it; templates/bodymap.html turns what it works out into one
HTML block: a figure with two inline SVGs and the same links as a text list
grouped by region. Each body site is an `<a>` holding its shapes, a visible
label beside the drawing, a leader line from the label to the shape, and a
hit area behind the label, named with aria-label and a <title> for the hover
tooltip. It is only links, so it works with JavaScript off; colours come from
the stylesheet, so it follows the light and dark schemes.

Every shape and every label's hit area is at least MIN_TARGET user units each
way, and each drawing is shown at least 0.9 of its size (bodymap.css), so each
target is at least 24 x 24 CSS px (WCAG 2.2, 2.5.8) even on a 360 px phone.

The drawing is data: docs/data/drawings.yml (each drawing's box and outline) and
docs/data/body_map.yml (where each body site is drawn). `problems` checks them as the
build starts (a site with no place, a place for no site, an unknown drawing, a shape too
small to tap or outside its drawing, labels that overlap), one line each naming the file,
the entry, the field and the fix. `picture` draws the whole map with a grid and each
site's id, for editors (docs/data/body_map.svg).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from ...knowledge import Drawing, Knowledge, MapPlace, Shape, unknown
from ...links import url_between
from ...render import render, render_block
from ...wording import DrawingWords
from .. import ComponentError

MIN_TARGET = 27
LABEL_HEIGHT = 27
DRAWINGS_FILE = "docs/data/drawings.yml"
PLACES_FILE = "docs/data/body_map.yml"


class BodyMapError(ComponentError):
    """The drawing and the body-site data disagree."""


def bounds(shape: Shape) -> tuple[float, float, float, float]:
    """A shape's box: left, top, width, height."""
    if shape[0] == "e":
        _, cx, cy, rx, ry = shape
        return cx - rx, cy - ry, 2 * rx, 2 * ry
    if shape[0] == "r":
        _, x, y, width, height, _ = shape
        return x, y, width, height
    if shape[0] == "p":
        raise BodyMapError("a path's box is stated with it, not worked out")
    raise BodyMapError(f"unknown shape kind {shape[0]!r}")


def size(shape: Shape) -> tuple[float, float]:
    """A shape's width and height in user units."""
    if shape[0] == "p":
        return shape[2], shape[3]
    return bounds(shape)[2:]


def _leader(drawing: Drawing, place: MapPlace) -> tuple[float, float, float, float]:
    """A line from the label's end to the near side of the site's first shape, kept within
    the middle half of its height (a path's line runs level to the middle of the drawing)."""
    shape, y = place.shapes[0], float(place.label_y)
    if shape[0] == "p":
        left, width = drawing.width / 2 - shape[2] / 2, shape[2]
    else:
        left, top, width, height = bounds(shape)
        y = min(max(y, top + height / 4), top + 3 * height / 4)
    if place.side == "left":
        return drawing.left_edge + 2, place.label_y, left + 4, y
    return drawing.right_edge - 2, place.label_y, left + width - 4, y


def _site(kb: Knowledge, site_id: str, from_page: str) -> dict[str, Any]:
    place = kb.body_map[site_id]
    drawing, side, label_y = kb.drawings[place.drawing], place.side, place.label_y
    site = kb.sites[site_id]
    if side == "left":
        hit = (0, label_y - LABEL_HEIGHT / 2, drawing.left_edge + 2, LABEL_HEIGHT)
        text = (drawing.left_edge, "end")
    else:
        hit = (drawing.right_edge - 2, label_y - LABEL_HEIGHT / 2, drawing.width - drawing.right_edge + 2, LABEL_HEIGHT)
        text = (drawing.right_edge, "start")
    return {
        "id": site_id,
        "name": site.name,
        "href": url_between(from_page, kb.site_page(site)),
        "tooltip": site.name + (": " + ", ".join(site.also_called) if site.also_called else ""),
        "shapes": place.shapes,
        "hit": hit,
        "label": (text[0], label_y, text[1], site.map_label or site.name),
        "leader": _leader(drawing, place),
    }


def drawings(kb: Knowledge, from_page: str) -> list[tuple[Drawing, DrawingWords, list[dict[str, Any]]]]:
    """Each drawing with its words and its sites, in data order."""
    return [
        (
            drawing,
            kb.words.bodymap.drawings[drawing_id],
            [_site(kb, site_id, from_page) for site_id in kb.sites if kb.body_map[site_id].drawing == drawing_id],
        )
        for drawing_id, drawing in kb.drawings.items()
    ]


def site_list(kb: Knowledge, from_page: str) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """The map's links as text: each region (name, url) with its body sites (name, url)."""
    return [
        (
            region.name,
            url_between(from_page, region.page),
            [(site.name, url_between(from_page, kb.site_page(site))) for site in kb.sites_in(region.id)],
        )
        for region in kb.regions.values()
    ]


def problems(kb: Knowledge) -> list[str]:
    """Everything wrong with the map's data, one line each naming the file, the entry, the field
    and the fix: coverage, drawings, words, shape sizes and places, overlapping labels."""
    found = []

    def report(file: str, entry: str, field: str, problem: str) -> None:
        found.append(f"{file}: entry '{entry}'{f', field {field!r}' if field else ''}: {problem}")

    for site_id in kb.sites:
        if site_id not in kb.body_map:
            report(PLACES_FILE, site_id, "", "this body site (sites.yml) is not on the map; add its place here")
    for site_id, place in kb.body_map.items():
        if site_id not in kb.sites:
            report(PLACES_FILE, site_id, "id", unknown("body site", site_id, kb.sites, "docs/data/sites.yml"))
        if place.drawing not in kb.drawings:
            report(PLACES_FILE, site_id, "drawing", unknown("drawing", place.drawing, kb.drawings, DRAWINGS_FILE))
    for drawing_id, drawing in kb.drawings.items():
        words = kb.words.bodymap.drawings.get(drawing_id)
        if words is None or len(words.captions) != len(drawing.captions):
            report(
                "docs/data/wording.yml",
                "bodymap",
                f"drawings.{drawing_id}",
                f"give the drawing's name and {len(drawing.captions)} caption(s), one per view",
            )
    if found:
        return found  # sizes and overlaps are measured once every place has its drawing
    sides: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for site_id, place in kb.body_map.items():
        drawing = kb.drawings[place.drawing]
        for number, shape in enumerate(place.shapes):
            width, height = size(shape)
            if width < MIN_TARGET or height < MIN_TARGET:
                report(
                    PLACES_FILE,
                    site_id,
                    f"shapes[{number}]",
                    f"{width:g} x {height:g} units; make it at least {MIN_TARGET} each way (24 px to tap on a 360 px phone)",
                )
            if shape[0] != "p":
                left, top, width, height = bounds(shape)
                if left < 0 or top < 0 or left + width > drawing.width or top + height > drawing.height:
                    report(
                        PLACES_FILE,
                        site_id,
                        f"shapes[{number}]",
                        f"outside the {drawing.width} x {drawing.height} drawing '{place.drawing}'; move it in",
                    )
        sides.setdefault((place.drawing, place.side), []).append((place.label_y, site_id))
    found += _overlapping_sites(
        kb,
        report_line=lambda site, number, other: (
            f"{PLACES_FILE}: entry '{site}', field 'shapes[{number}]': it overlaps a shape of '{other}'; a tap there must lead to one site: move one of them"
        ),
    )
    for (drawing_id, side), labels in sides.items():
        labels.sort()
        for (y_a, a), (y_b, b) in itertools.pairwise(labels):
            if y_b - y_a < LABEL_HEIGHT:
                report(
                    PLACES_FILE,
                    b,
                    "label_y",
                    f"its label ({y_b}) overlaps the label of '{a}' ({y_a}) on the {side} of '{drawing_id}'; "
                    f"keep labels at least {LABEL_HEIGHT} apart",
                )
    return found


def _overlapping_sites(kb: Knowledge, report_line: Callable[[str, int, str], str]) -> list[str]:
    """Shapes of two sites on one drawing whose boxes overlap (paths, whose box is not worked out,
    are left out): a tap there could land on either."""
    boxes = [
        (site_id, place.drawing, number, bounds(shape))
        for site_id, place in kb.body_map.items()
        for number, shape in enumerate(place.shapes)
        if shape[0] != "p"
    ]
    found = []
    for i, (site, drawing, number, (x, y, w, h)) in enumerate(boxes):
        for other, other_drawing, _, (ox, oy, ow, oh) in boxes[:i]:
            if other != site and other_drawing == drawing and x < ox + ow and ox < x + w and y < oy + oh and oy < y + h:
                found.append(report_line(site, number, other))
                break
    return found


def body_map(kb: Knowledge, from_page: str) -> str:
    """The whole body map block: the drawings with their caption, and the text list."""
    found = problems(kb)
    if found:
        raise BodyMapError("\n".join(found))
    return render_block(
        "body_map.html", words=kb.words.bodymap, drawings=drawings(kb, from_page), regions=site_list(kb, from_page)
    )


PICTURE_GAP = 40  # units between the drawings in the picture


def picture(kb: Knowledge) -> str:
    """The whole map for editors (docs/data/body_map.svg): the drawings side by side on a grid
    (a line every 10 units, numbered every 50), each site's shapes with its id, and each label's
    place. Open it in a browser beside drawings.yml and body_map.yml."""
    placed, x = [], 0
    for drawing_id, drawing in kb.drawings.items():
        sites = [(site_id, place) for site_id, place in kb.body_map.items() if place.drawing == drawing_id]
        placed.append((x, drawing_id, drawing, sites))
        x += drawing.width + PICTURE_GAP
    height = max(drawing.height for drawing in kb.drawings.values())
    return render(
        "body_map_picture.svg",
        placed=placed,
        width=x - PICTURE_GAP,
        height=height,
        middle=lambda shape: (bounds(shape)[0] + bounds(shape)[2] / 2, bounds(shape)[1] + bounds(shape)[3] / 2),
    )
