"""The body map generator: every body site is a named link, the structure is accessible, it is small."""
from __future__ import annotations

import dataclasses
import gzip
import pathlib

import pytest
from bs4 import BeautifulSoup

from macros import bodymap
from macros.bodymap import SHAPES, BodyMapError, body_map, shape_svg
from macros.knowledge import load_knowledge
from macros.links import url_between

ROOT = pathlib.Path(__file__).resolve().parents[2]
PAGES_WITH_MAP = ["index.md", "body-sites/index.md"]
MAX_GZIPPED_BYTES = 8 * 1024
HREF = "xlink:href"


@pytest.fixture(scope="module")
def kb():
    return load_knowledge(ROOT / "docs" / "data", ROOT / "docs")


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


def test_each_map_link_draws_at_least_one_shape(soup):
    for link in map_links(soup):
        assert link.find(["ellipse", "rect", "path"]), link["aria-label"]


def test_links_are_relative_to_the_page_showing_the_map(kb):
    home = BeautifulSoup(body_map(kb, "index.md"), "html.parser")
    overview = BeautifulSoup(body_map(kb, "body-sites/index.md"), "html.parser")
    assert home.select_one('a[aria-label="Calves"]')[HREF] == "body-sites/hips-and-legs/#calves"
    assert overview.select_one('a[aria-label="Calves"]')[HREF] == "hips-and-legs/#calves"


def test_the_drawing_is_a_named_group_in_a_captioned_figure_that_hides_no_links(soup):
    figure = soup.select_one("div.bodymap > figure")
    svg = figure.find("svg")
    assert svg["role"] == "group" and svg["aria-label"]
    assert svg["viewbox"] == "0 0 380 316"  # html.parser lower-cases attribute names
    assert figure.find("figcaption").get_text(strip=True)
    for hidden in soup.select('[aria-hidden="true"]'):
        assert not hidden.find("a"), "a hidden part of the drawing holds a link"
    assert not soup.select("svg [role=img], svg[role=img], svg[role=presentation]")


def test_each_view_is_a_named_group_with_a_visible_label(soup):
    views = soup.select("svg > g[role=group]")
    assert [g["aria-label"] for g in views] == [view[3] for view in bodymap.VIEWS.values()]
    for g in views:
        assert g.find("text").get_text(strip=True)


def test_the_legend_explains_the_shading(soup):
    caption = soup.find("figcaption")
    assert caption.select_one(".bodymap__key--site") and caption.select_one(".bodymap__key--body")
    assert "link" in caption.get_text()


def test_the_text_list_has_the_same_links_grouped_by_region(kb, page, soup):
    nav = soup.select_one("div.bodymap > nav.bodymap__list")
    assert nav["aria-label"]
    groups = nav.select(":scope > ul > li")
    assert len(groups) == len(kb.regions)
    for group, region in zip(groups, kb.regions.values()):
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


def test_a_site_without_shapes_stops_the_build(kb):
    extra = dataclasses.replace(kb, sites={**kb.sites, "ears": kb.sites["lips"].model_copy(update={"id": "ears"})})
    with pytest.raises(BodyMapError, match="ears"):
        body_map(extra, "index.md")


def test_shapes_for_a_site_not_in_the_data_stop_the_build(kb):
    fewer = dataclasses.replace(kb, sites={k: v for k, v in kb.sites.items() if k != "toes"})
    with pytest.raises(BodyMapError, match="toes"):
        body_map(fewer, "index.md")


def test_every_site_shape_sits_inside_the_drawing():
    width, height = bodymap.VIEW_BOX
    for site_id, (view, shapes) in SHAPES.items():
        assert view in bodymap.VIEWS, site_id
        for shape in shapes:
            kind, *values = shape
            if kind == "e":
                cx, cy, rx, ry = values
                assert 0 <= cx - rx and cx + rx <= width and 0 <= cy - ry and cy + ry <= height, site_id
            elif kind == "r":
                x, y, w, h, _ = values
                assert 0 <= x and x + w <= width and 0 <= y and y + h <= height, site_id


@pytest.mark.parametrize(
    "shape, svg",
    [
        (("e", 1, 2, 3, 4.5), '<ellipse cx="1" cy="2" rx="3" ry="4.5"/>'),
        (("r", 1, 2, 3, 4, 1), '<rect x="1" y="2" width="3" height="4" rx="1"/>'),
        (("p", "M0,0L1,1Z"), '<path d="M0,0L1,1Z"/>'),
    ],
)
def test_shapes_are_written_as_svg(shape, svg):
    assert shape_svg(shape) == svg


def test_an_unknown_shape_kind_is_an_error():
    with pytest.raises(BodyMapError):
        shape_svg(("x", 1))
