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

The drawing itself is the table SHAPES below. A site in the data without shapes
here (or shapes for a site not in the data) stops the build with `BodyMapError`,
so the map always covers every body site.
"""

from __future__ import annotations

import dataclasses
import itertools
from typing import Any

from ...knowledge import Knowledge
from ...links import url_between
from ...render import render_block
from ...wording import DrawingWords

MIN_TARGET = 27
LABEL_HEIGHT = 27

# A shape: ("e", cx, cy, rx, ry) ellipse, ("r", x, y, width, height, corner) rounded
# rectangle, or ("p", path data, width, height) with its size stated for the checks.
Shape = tuple[Any, ...]


@dataclasses.dataclass(frozen=True)
class Drawing:
    """One SVG: its box, where its views' captions go, where labels go on each side. Its name and
    captions are words (wording.yml `bodymap.drawings`, by the drawing's id here)."""

    width: int
    height: int
    captions: tuple[tuple[int, int], ...]  # where each view's caption goes (its words: wording.yml)
    left_edge: int  # labels on the left end here (text-anchor: end)
    right_edge: int  # labels on the right start here
    outline: tuple[Shape, ...]


DRAWINGS: dict[str, Drawing] = {
    "body": Drawing(
        width=360,
        height=332,
        captions=((116, 328), (227, 328)),
        left_edge=58,
        right_edge=281,
        outline=(
            ("e", 116, 24, 17, 21),
            ("r", 101, 122, 30, 34, 6),
            ("r", 92, 232, 22, 52, 6),
            ("r", 118, 232, 22, 52, 6),
            ("e", 227, 24, 17, 21),
            ("r", 213.5, 42, 27, 28, 5),
            ("e", 196, 82, 16, 13.5),
            ("e", 258, 82, 16, 13.5),
            ("r", 181, 96, 27, 64, 8),
            ("r", 246, 96, 27, 64, 8),
            ("e", 194.5, 174, 13.5, 13.5),
            ("e", 259.5, 174, 13.5, 13.5),
        ),
    ),
    "face": Drawing(
        width=260,
        height=190,
        captions=((130, 186),),
        left_edge=60,
        right_edge=202,
        outline=(
            ("e", 130, 92, 62, 78),
            ("e", 66, 95, 7, 14),
            ("e", 194, 95, 7, 14),
            ("e", 130, 104, 6, 11),
        ),
    ),
}


@dataclasses.dataclass(frozen=True)
class Place:
    """Where a body site is drawn: its drawing, the side and height of its label, its shapes.
    (A shorter label, when the name is too long for the margin, is the site's `map_label`.)"""

    drawing: str
    side: str
    label_y: int
    shapes: tuple[Shape, ...]


# body site id -> where it is drawn. Drawn in this order.
SHAPES: dict[str, Place] = {
    "neck": Place("body", "left", 54, (("r", 102.5, 42, 27, 28, 5),)),
    "shoulders": Place("body", "left", 82, (("e", 80, 82, 16, 13.5), ("e", 152, 82, 16, 13.5))),
    "chest": Place("body", "left", 110, (("r", 101, 70, 30, 52, 6),)),
    "arms": Place("body", "left", 138, (("r", 62, 96, 27, 64, 8), ("r", 143, 96, 27, 64, 8))),
    "hands": Place("body", "left", 168, (("e", 75.5, 174, 13.5, 13.5), ("e", 156.5, 174, 13.5, 13.5))),
    "fingers": Place("body", "left", 202, (("r", 62, 189, 27, 27, 5), ("r", 143, 189, 27, 27, 5))),
    "thighs": Place("body", "left", 236, (("r", 89, 156, 27, 76, 8), ("r", 116, 156, 27, 76, 8))),
    "toes": Place("body", "left", 298, (("e", 102, 298, 14, 13.5), ("e", 130, 298, 14, 13.5))),
    "back": Place("body", "right", 110, (("r", 212, 70, 30, 86, 6),)),
    "buttocks": Place("body", "right", 168, (("e", 213.5, 170, 13.5, 14), ("e", 240.5, 170, 13.5, 14))),
    "hamstrings": Place("body", "right", 210, (("r", 200, 186, 27, 48, 8), ("r", 227, 186, 27, 48, 8))),
    "calves": Place("body", "right", 256, (("e", 213.5, 258, 13.5, 22), ("e", 240.5, 258, 13.5, 22))),
    "arches": Place("body", "right", 298, (("e", 213.5, 298, 13.5, 13.5), ("e", 240.5, 298, 13.5, 13.5))),
    "head": Place("face", "left", 40, (("p", "M73.5,60A62,78 0 0 1 186.5,60Z", 113, 46),)),
    "eyelids": Place("face", "left", 80, (("e", 105, 80, 16, 13.5), ("e", 155, 80, 16, 13.5))),
    "lips": Place("face", "right", 128, (("e", 130, 128, 26, 13.5),)),
    "tongue": Place("face", "right", 156, (("e", 130, 155.5, 14, 13.5),)),
}


class BodyMapError(ValueError):
    """The drawing and the body-site data disagree."""


def check_coverage(kb: Knowledge) -> None:
    """Every site in the data has shapes, every shape belongs to a site, and every drawing has
    its words, one caption per view."""
    missing = [site_id for site_id in kb.sites if site_id not in SHAPES]
    unknown = [site_id for site_id in SHAPES if site_id not in kb.sites]
    problems = []
    if missing:
        problems.append(
            f"body sites with no shapes on the body map (add them to SHAPES in macros/components/body_map/body_map.py): {', '.join(missing)}"
        )
    if unknown:
        problems.append(f"body map shapes for sites not in sites.yml: {', '.join(unknown)}")
    for drawing_id, drawing in DRAWINGS.items():
        words = kb.words.bodymap.drawings.get(drawing_id)
        if words is None or len(words.captions) != len(drawing.captions):
            problems.append(
                f"docs/data/wording.yml: bodymap.drawings.{drawing_id}: give its name and "
                f"{len(drawing.captions)} caption(s), one per view"
            )
    if problems:
        raise BodyMapError("; ".join(problems))


def bounds(shape: Shape) -> tuple[float, float, float, float]:
    """A shape's box: left, top, width, height."""
    kind, *values = shape
    if kind == "e":
        cx, cy, rx, ry = values
        return cx - rx, cy - ry, 2 * rx, 2 * ry
    if kind == "r":
        x, y, width, height, _ = values
        return x, y, width, height
    if kind == "p":
        raise BodyMapError("a path's box is stated with it, not worked out")
    raise BodyMapError(f"unknown shape kind {kind!r}")


def size(shape: Shape) -> tuple[float, float]:
    """A shape's width and height in user units."""
    if shape[0] == "p":
        return shape[2], shape[3]
    return bounds(shape)[2:]


def _leader(drawing: Drawing, place: Place) -> tuple[float, float, float, float]:
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
    place = SHAPES[site_id]
    drawing, side, label_y = DRAWINGS[place.drawing], place.side, place.label_y
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
            [_site(kb, site_id, from_page) for site_id in kb.sites if SHAPES[site_id].drawing == drawing_id],
        )
        for drawing_id, drawing in DRAWINGS.items()
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


def layout_problems(shapes: dict[str, Place]) -> list[str]:
    """Every shape big enough to tap and inside its drawing, and no two labels on one side of
    a drawing overlapping: one line per problem, naming the site and the fix."""
    problems = []
    sides: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for site_id, place in shapes.items():
        drawing = DRAWINGS[place.drawing]
        for number, shape in enumerate(place.shapes, start=1):
            width, height = size(shape)
            if width < MIN_TARGET or height < MIN_TARGET:
                problems.append(
                    f"body map, site '{site_id}', shape {number}: {width:g} x {height:g} units; make it at least "
                    f"{MIN_TARGET} each way (24 px to tap on a 360 px phone) in SHAPES in macros/components/body_map/body_map.py"
                )
            if shape[0] != "p":
                left, top, width, height = bounds(shape)
                if left < 0 or top < 0 or left + width > drawing.width or top + height > drawing.height:
                    problems.append(
                        f"body map, site '{site_id}', shape {number}: outside the {drawing.width} x {drawing.height} "
                        f"drawing '{place.drawing}'; move it in"
                    )
        sides.setdefault((place.drawing, place.side), []).append((place.label_y, site_id))
    for (drawing_id, side), labels in sides.items():
        labels.sort()
        for (y_a, a), (y_b, b) in itertools.pairwise(labels):
            if y_b - y_a < LABEL_HEIGHT:
                problems.append(
                    f"body map: the labels of '{a}' and '{b}' on the {side} of '{drawing_id}' overlap (label_y "
                    f"{y_a} and {y_b}); keep them at least {LABEL_HEIGHT} apart"
                )
    return problems


def body_map(kb: Knowledge, from_page: str) -> str:
    """The whole body map block: the drawings with their caption, and the text list."""
    check_coverage(kb)
    problems = layout_problems(SHAPES)
    if problems:
        raise BodyMapError("\n".join(problems))
    return render_block(
        "body_map.html", words=kb.words.bodymap, drawings=drawings(kb, from_page), regions=site_list(kb, from_page)
    )
