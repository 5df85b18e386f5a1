"""The body map: a drawing of the body, front, back and face, whose body sites are links.

`body_map` is a plain function of the knowledge data and the docs path of the
page that shows it. It returns one HTML block: a figure holding an inline SVG
(each body site of sites.yml is an `<a>` around simple shapes, named with
aria-label and a <title> for the hover tooltip) and the same links as a text
list grouped by region. It is only links, so it works with JavaScript off;
colours come from the stylesheet (currentColor and the theme's variables), so
it follows the light and dark schemes.

The drawing itself is the table SHAPES below: which view each site is drawn in
and its shapes, in a 380 x 316 user-unit box. A site in the data without
shapes here (or shapes for a site not in the data) stops the build with
`BodyMapError`, so the map always covers every body site.
"""
from __future__ import annotations

import html

from .knowledge import Knowledge
from .links import url_between

VIEW_BOX = (380, 316)
SVG_NAME = "Body map: front, back and face"

# A shape: ("e", cx, cy, rx, ry) ellipse, ("r", x, y, width, height, corner) rounded
# rectangle, or ("p", path data).
Shape = tuple

# view id -> (label shown under the drawing, label x, label y, name for screen readers)
VIEWS: dict[str, tuple[str, int, int, str]] = {
    "front": ("Front", 70, 306, "Front of the body"),
    "back": ("Back", 200, 306, "Back of the body"),
    "face": ("Face, close up", 315, 204, "Face, close up"),
}

# The rest of the body, drawn under the links (not links themselves).
OUTLINE: dict[str, list[Shape]] = {
    "front": [
        ("e", 70, 26, 15, 18),
        ("r", 56, 100, 28, 42, 6),
        ("r", 57, 210, 11, 60, 5),
        ("r", 72, 210, 11, 60, 5),
    ],
    "back": [
        ("e", 200, 26, 15, 18),
        ("r", 193, 42, 14, 16, 4),
        ("e", 176, 63, 12, 8),
        ("e", 224, 63, 12, 8),
        ("r", 162, 72, 12, 66, 6),
        ("r", 226, 72, 12, 66, 6),
        ("e", 168, 148, 7, 9),
        ("e", 232, 148, 7, 9),
        ("r", 188, 250, 8, 16, 3),
        ("r", 204, 250, 8, 16, 3),
    ],
    "face": [
        ("e", 315, 118, 52, 66),
        ("e", 260, 122, 6, 12),
        ("e", 370, 122, 6, 12),
        ("e", 315, 128, 5, 9),
    ],
}

# body site id -> (view, shapes). Drawn in this order within a view, so a
# later shape (the tongue) sits on top of an earlier one (the lips).
SHAPES: dict[str, tuple[str, list[Shape]]] = {
    "neck": ("front", [("r", 63, 42, 14, 16, 4)]),
    "shoulders": ("front", [("e", 46, 63, 12, 8), ("e", 94, 63, 12, 8)]),
    "chest": ("front", [("r", 58, 58, 24, 42, 6)]),
    "arms": ("front", [("r", 32, 72, 12, 66, 6), ("r", 96, 72, 12, 66, 6)]),
    "hands": ("front", [("e", 38, 148, 7, 9), ("e", 102, 148, 7, 9)]),
    "fingers": ("front", [("r", 33, 158, 10, 12, 3), ("r", 97, 158, 10, 12, 3)]),
    "thighs": ("front", [("r", 56, 142, 13, 66, 6), ("r", 71, 142, 13, 66, 6)]),
    "toes": ("front", [("e", 61, 278, 8, 6), ("e", 79, 278, 8, 6)]),
    "back": ("back", [("r", 187, 58, 26, 80, 6)]),
    "buttocks": ("back", [("e", 192, 148, 8, 10), ("e", 208, 148, 8, 10)]),
    "hamstrings": ("back", [("r", 186, 160, 13, 50, 6), ("r", 201, 160, 13, 50, 6)]),
    "calves": ("back", [("e", 192, 230, 7, 19), ("e", 208, 230, 7, 19)]),
    "arches": ("back", [("e", 192, 280, 7, 12), ("e", 208, 280, 7, 12)]),
    "head": ("face", [("p", "M266,96A52,66 0 0 1 364,96Z")]),
    "eyelids": ("face", [("e", 295, 110, 11, 6.5), ("e", 335, 110, 11, 6.5)]),
    "lips": ("face", [("e", 315, 148, 18, 5), ("e", 315, 165, 18, 5)]),
    "tongue": ("face", [("e", 315, 156.5, 9, 5.5)]),
}

LEGEND = (
    "Choose a shaded area to read about twitching there. "
    '<span class="bodymap__key bodymap__key--site"></span> a body site (a link) '
    '<span class="bodymap__key bodymap__key--body"></span> the rest of the body. '
    "Front view, back view (with the soles of the feet) and a close-up of the face."
)


class BodyMapError(ValueError):
    """The drawing and the body-site data disagree."""


def check_coverage(kb: Knowledge) -> None:
    """Every site in the data has shapes, and every shape belongs to a site."""
    missing = [site_id for site_id in kb.sites if site_id not in SHAPES]
    unknown = [site_id for site_id in SHAPES if site_id not in kb.sites]
    problems = []
    if missing:
        problems.append(f"body sites with no shapes on the body map (add them to SHAPES in macros/bodymap.py): {', '.join(missing)}")
    if unknown:
        problems.append(f"body map shapes for sites not in sites.yml: {', '.join(unknown)}")
    if problems:
        raise BodyMapError("; ".join(problems))


def _number(value: float) -> str:
    return f"{value:g}"


def shape_svg(shape: Shape) -> str:
    kind, *values = shape
    if kind == "e":
        cx, cy, rx, ry = map(_number, values)
        return f'<ellipse cx="{cx}" cy="{cy}" rx="{rx}" ry="{ry}"/>'
    if kind == "r":
        x, y, width, height, corner = map(_number, values)
        return f'<rect x="{x}" y="{y}" width="{width}" height="{height}" rx="{corner}"/>'
    if kind == "p":
        return f'<path d="{html.escape(values[0])}"/>'
    raise BodyMapError(f"unknown shape kind {kind!r}")


def _href(from_page: str, target: str) -> str:
    return html.escape(url_between(from_page, target))


def _site_link(kb: Knowledge, site_id: str, from_page: str) -> str:
    site = kb.sites[site_id]
    href = _href(from_page, kb.site_page(site))
    name = html.escape(site.name)
    tooltip = name + (": " + html.escape(", ".join(site.also_called)) if site.also_called else "")
    shapes = "".join(shape_svg(shape) for shape in SHAPES[site_id][1])
    # xlink:href, not href: Material's instant navigation sets `el.href = el.href` on
    # every `[href]` element, and an SVG link's href has only a getter (a TypeError on
    # every page with the map). Chrome exposes an SVG <a> with only xlink:href as a
    # group, so role="link" says what it is; it still takes focus and follows on Enter.
    return (
        f'<a class="bodymap__site" xlink:href="{href}" role="link" aria-label="{name}">'
        f"<title>{tooltip}</title>{shapes}</a>"
    )


def _view(kb: Knowledge, view: str, from_page: str) -> str:
    label, x, y, name = VIEWS[view]
    outline = "".join(shape_svg(shape) for shape in OUTLINE[view])
    links = "".join(_site_link(kb, site_id, from_page) for site_id in kb.sites if SHAPES[site_id][0] == view)
    return (
        f'<g role="group" aria-label="{html.escape(name)}">'
        f'<g class="bodymap__body" aria-hidden="true">{outline}</g>{links}'
        f'<text x="{x}" y="{y}" text-anchor="middle" aria-hidden="true">{html.escape(label)}</text></g>'
    )


def site_list(kb: Knowledge, from_page: str) -> str:
    """The map's links as text: each region (linked) with its body sites."""
    groups = []
    for region in kb.regions.values():
        items = "".join(
            f'<li><a href="{_href(from_page, kb.site_page(site))}">{html.escape(site.name)}</a></li>'
            for site in kb.sites_in(region.id)
        )
        region_link = f'<a href="{_href(from_page, region.page)}">{html.escape(region.name)}</a>'
        groups.append(f"<li>{region_link}<ul>{items}</ul></li>")
    return f'<nav class="bodymap__list" aria-label="Body sites by region"><ul>{"".join(groups)}</ul></nav>'


def body_map(kb: Knowledge, from_page: str) -> str:
    """The whole body map block: the drawing with its caption and legend, and the text list."""
    check_coverage(kb)
    width, height = VIEW_BOX
    views = "".join(_view(kb, view, from_page) for view in VIEWS)
    svg = (
        f'<svg class="bodymap__drawing" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'role="group" aria-label="{SVG_NAME}">{views}</svg>'
    )
    figure = (
        f'<figure class="bodymap__figure">{svg}'
        f'<figcaption><strong>Body map.</strong> {LEGEND}</figcaption></figure>'
    )
    # One block with no blank lines, so Markdown passes it through untouched;
    # kept out of the search index (the same links are on every page that shows it).
    return f'<div class="bodymap" data-search-exclude>\n{figure}\n{site_list(kb, from_page)}\n</div>\n'
