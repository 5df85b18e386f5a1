"""The body map generator: every body site is a named link, the structure is accessible, it is small."""

from __future__ import annotations

import dataclasses
import gzip
import itertools

import pytest
from bs4 import BeautifulSoup

from macros.components.body_map import body_map as bodymap
from macros.components.body_map.body_map import MIN_TARGET, BodyMapError, body_map, bounds, picture, problems, size
from macros.links import url_between
from support.project import ROOT

PAGES_WITH_MAP = ["index.md", "body-sites/index.md"]
MAX_GZIPPED_BYTES = 8 * 1024
HREF = "xlink:href"


@pytest.fixture(scope="module", params=PAGES_WITH_MAP)
def page(request):
    return request.param


@pytest.fixture(scope="module")
def soup(kb, page):
    return BeautifulSoup(body_map(kb, page), "html.parser")


def map_links(soup):
    return soup.select("svg a.bodymap__site")


def test_every_body_site_in_the_data_is_one_link_on_the_drawing(kb, page, soup):
    expected = {url_between(page, kb.site_page(site)) for site in kb.sites.values()}
    hrefs = [a[HREF] for a in map_links(soup)]
    assert len(hrefs) == len(kb.sites)
    assert set(hrefs) == expected


def test_each_map_link_is_named_after_its_site_and_has_a_tooltip(kb, page, soup):
    by_href = {url_between(page, kb.site_page(site)): site for site in kb.sites.values()}
    for link in map_links(soup):
        site = by_href[link[HREF]]
        assert link["aria-label"] == site.name
        assert link["role"] == "link"
        title = link.find("title")
        assert title is not None and title.get_text().startswith(site.name)
        for word in site.also_called:
            assert word in title.get_text()


def test_each_map_link_draws_at_least_one_shape_and_shows_a_label_from_its_name(soup):
    for link in map_links(soup):
        assert link.select(".bodymap__shape"), link["aria-label"]
        label = link.select_one("text.bodymap__label").get_text()
        # WCAG 2.5.3 Label in Name: what the map shows is part of the link's name.
        assert label and label in link["aria-label"], (label, link["aria-label"])


def test_links_are_relative_to_the_page_showing_the_map(kb):
    home = BeautifulSoup(body_map(kb, "index.md"), "html.parser")
    overview = BeautifulSoup(body_map(kb, "body-sites/index.md"), "html.parser")
    assert home.select_one('a[aria-label="Calves"]')[HREF] == "body-sites/hips-and-legs/#calves"
    assert overview.select_one('a[aria-label="Calves"]')[HREF] == "hips-and-legs/#calves"


def test_the_drawings_are_named_groups_in_a_captioned_figure_that_hides_no_links(soup, kb):
    figure = soup.select_one("div.bodymap > figure")
    svgs = figure.find_all("svg")
    words = kb.words.bodymap.drawings
    assert [svg["aria-label"] for svg in svgs] == [words[drawing_id].name for drawing_id in kb.drawings]
    for svg, (drawing_id, drawing) in zip(svgs, kb.drawings.items(), strict=True):
        assert svg["role"] == "group"
        assert svg["viewbox"] == f"0 0 {drawing.width} {drawing.height}"  # html.parser lower-cases names
        assert [t.get_text() for t in svg.select("text.bodymap__caption")] == words[drawing_id].captions
    assert figure.find("figcaption").get_text(strip=True)
    hidden_parts = soup.select('[aria-hidden="true"]')
    assert hidden_parts, "the drawings' outlines are hidden from screen readers"
    for hidden in hidden_parts:
        assert not hidden.find("a"), "a hidden part of the drawing holds a link"
    assert not soup.select("svg [role=img], svg[role=img], svg[role=presentation]")


def test_the_text_list_has_the_same_links_grouped_by_region(kb, page, soup):
    nav = soup.select_one("div.bodymap > nav.bodymap__list")
    assert nav["aria-label"]
    groups = nav.select(":scope > ul > li")
    assert len(groups) == len(kb.regions)
    for group, region in zip(groups, kb.regions.values(), strict=True):
        region_link = group.find("a", recursive=False)
        assert region_link.get_text() == region.name
        assert region_link["href"] == url_between(page, region.page)
        sites = group.select(":scope > ul > li > a")
        assert [a.get_text() for a in sites] == [site.name for site in kb.sites_in(region.id)]
    listed = {a["href"] for a in nav.select("ul ul a")}
    assert listed == {a[HREF] for a in map_links(soup)}


def test_map_links_use_xlink_href_so_material_instant_navigation_skips_them(soup):
    # Material sets `el.href = el.href` on every [href] element; SVG links only have a getter.
    assert not soup.select("svg a[href]")


def test_the_block_is_kept_out_of_search_and_has_no_blank_lines(kb):
    html = body_map(kb, "index.md")
    assert html.startswith('<div class="bodymap" data-search-exclude>')
    assert "\n\n" not in html.strip()


def test_no_colours_are_hard_coded_so_both_schemes_work(kb):
    html = body_map(kb, "index.md")
    for attribute in ("fill=", "stroke=", "style=", "color="):
        assert attribute not in html


@pytest.mark.parametrize("page", PAGES_WITH_MAP)
def test_gzipped_size_is_at_most_8_kb(kb, page):
    size = len(gzip.compress(body_map(kb, page).encode("utf-8"), mtime=0))
    print(f"body map on {page}: {size} bytes gzipped")
    assert size <= MAX_GZIPPED_BYTES


def with_place(kb, site_id, **changes):
    """The data with one body site's place on the map changed."""
    place = kb.body_map[site_id].model_copy(update=changes)
    return dataclasses.replace(kb, body_map={**kb.body_map, site_id: place})


def test_a_site_without_a_place_stops_the_build_naming_the_site_and_the_fix(kb):
    extra = dataclasses.replace(kb, sites={**kb.sites, "ears": kb.sites["lips"].model_copy(update={"id": "ears"})})
    assert problems(extra) == [
        "docs/data/body_map.yml: entry 'ears': this body site (sites.yml) is not on the map; add its place here"
    ]
    with pytest.raises(BodyMapError, match="ears"):
        body_map(extra, "index.md")


def test_a_place_for_a_site_not_in_the_data_or_an_unknown_drawing_is_named_with_a_guess(kb):
    fewer = dataclasses.replace(kb, sites={k: v for k, v in kb.sites.items() if k != "toes"})
    assert problems(fewer) == [
        "docs/data/body_map.yml: entry 'toes', field 'id': unknown body site 'toes' (not in docs/data/sites.yml)"
    ]
    assert problems(with_place(kb, "neck", drawing="bdy")) == [
        "docs/data/body_map.yml: entry 'neck', field 'drawing': unknown drawing 'bdy' "
        "(not in docs/data/drawings.yml); did you mean 'body'?"
    ]


def test_every_shape_and_label_area_sits_inside_its_drawing_and_is_big_enough_to_tap(kb):
    """At least MIN_TARGET user units each way: 24 CSS px once bodymap.css keeps the drawing at 0.9 or more."""
    assert MIN_TARGET * 0.9 >= 24
    assert kb.body_map and problems(kb) == []
    for site_id, place in kb.body_map.items():
        drawing = kb.drawings[place.drawing]
        for shape in place.shapes:
            width, height = size(shape)
            assert width >= MIN_TARGET and height >= MIN_TARGET, (site_id, shape)
        assert bodymap.LABEL_HEIGHT >= MIN_TARGET
        assert (
            place.label_y - bodymap.LABEL_HEIGHT / 2 >= 0 and place.label_y + bodymap.LABEL_HEIGHT / 2 <= drawing.height
        )


def test_labels_on_one_side_of_a_drawing_do_not_overlap(kb):
    sides: dict[tuple[str, str], list[int]] = {}
    for place in kb.body_map.values():
        sides.setdefault((place.drawing, place.side), []).append(place.label_y)
    assert sides
    for ys in sides.values():
        ys.sort()
        assert all(b - a >= bodymap.LABEL_HEIGHT for a, b in itertools.pairwise(ys)), ys


def test_an_unknown_shape_kind_is_an_error():
    with pytest.raises(BodyMapError):
        bounds(("x", 1))


def test_the_build_names_a_shape_too_small_to_tap_one_outside_its_drawing_and_labels_that_overlap(kb):
    assert problems(with_place(kb, "calves", shapes=[("e", 213.5, 258, 9, 22)])) == [
        "docs/data/body_map.yml: entry 'calves', field 'shapes[0]': 18 x 44 units; make it at least 27 each way"
        " (24 px to tap on a 360 px phone)"
    ]
    assert problems(with_place(kb, "calves", shapes=[("e", 350, 258, 20, 22)])) == [
        "docs/data/body_map.yml: entry 'calves', field 'shapes[0]': outside the 360 x 332 drawing 'body'; move it in"
    ]
    assert problems(with_place(kb, "calves", shapes=[("e", 213.5, 298, 13.5, 22)])) == [
        "docs/data/body_map.yml: entry 'arches', field 'shapes[0]': it overlaps a shape of 'calves';"
        " a tap there must lead to one site: move one of them"
    ]
    crowded = with_place(kb, "calves", label_y=kb.body_map["hamstrings"].label_y + 10)
    assert problems(crowded) == [
        "docs/data/body_map.yml: entry 'calves', field 'label_y': its label (220) overlaps the label of"
        " 'hamstrings' (210) on the right of 'body'; keep labels at least 27 apart"
    ]


def test_the_picture_for_editors_is_up_to_date(kb):
    """docs/data/body_map.svg shows the map's data: redraw it with tools/draw_body_map.py."""
    drawn = (ROOT / "docs" / "data" / "body_map.svg").read_text(encoding="utf-8")
    assert drawn == picture(kb), "run tools/draw_body_map.py"
    assert all(f">{site_id}</text>" in drawn for site_id in kb.sites)
