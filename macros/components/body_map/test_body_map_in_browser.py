"""The body map in a real Chromium: every area is a named, working, keyboard-reachable link.

Checked on the two pages that show it (home and the body-sites overview), in the
light and dark schemes, and with JavaScript off.
"""

from __future__ import annotations

import urllib.parse

import pytest
from playwright.sync_api import expect

from support.browser import MATERIAL_SCHEMES, open_for_instant_navigation

MAP_PAGES = ["", "body-sites/"]
MAP_LINKS = "svg.bodymap__drawing a.bodymap__site"
MAX_TABS = 400


def map_targets(page) -> list[dict]:
    """Each map link's name and its absolute target URL, in document order."""
    return page.eval_on_selector_all(
        MAP_LINKS,
        """links => links.map(a => ({
            name: a.getAttribute('aria-label'),
            url: new URL(a.href.baseVal, location.href).href,
        }))""",
    )


def contrast(page, selector: str) -> float:
    """Contrast ratio between an element's computed stroke colour and the page background."""
    return page.evaluate(
        """selector => {
            const parse = c => c.match(/[\\d.]+/g).slice(0, 3).map(Number);
            const lum = ([r, g, b]) => {
                const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
                return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
            };
            const el = document.querySelector(selector);
            const fg = lum(parse(getComputedStyle(el).stroke));
            const bg = lum(parse(getComputedStyle(document.body).backgroundColor));
            return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
        }""",
        selector,
    )


@pytest.mark.parametrize("path", MAP_PAGES)
def test_every_body_site_is_a_named_link_in_the_accessibility_tree(page, site_url, path, kb):
    page.goto(site_url + path)
    names = []
    for drawing_id in kb.drawings:
        drawing = page.get_by_role("group", name=kb.words.bodymap.drawings[drawing_id].name, exact=True)
        links = drawing.get_by_role("link")
        names += [links.nth(i).get_attribute("aria-label") for i in range(links.count())]
    assert sorted(names) == sorted(site.name for site in kb.sites.values())
    for site in kb.sites.values():
        assert page.locator("svg.bodymap__drawing").get_by_role("link", name=site.name, exact=True).count() == 1, (
            site.name
        )
    figure = page.locator("figure.bodymap__figure")
    assert figure.locator("figcaption").inner_text().strip()
    assert page.watch.errors == [] and page.watch.foreign_requests == []


@pytest.mark.parametrize("path", MAP_PAGES)
def test_every_map_link_lands_on_a_page_with_its_anchor(context, site_url, path):
    page = context.new_page()
    page.goto(site_url + path)
    targets = map_targets(page)
    assert targets
    by_page: dict[str, list[str]] = {}
    for target in targets:
        url = urllib.parse.urlsplit(target["url"])
        assert url.fragment, target
        by_page.setdefault(url._replace(fragment="").geturl(), []).append(url.fragment)
    for url, anchors in by_page.items():
        response = page.goto(url)
        assert response.status == 200, url
        for anchor in anchors:
            assert page.locator(f'[id="{anchor}"]').count() == 1, f"{url}#{anchor}"


def test_clicking_an_area_follows_the_link_without_errors(page, site_url):
    open_for_instant_navigation(page, site_url)
    page.locator('a.bodymap__site[aria-label="Calves"] ellipse').first.click()
    page.wait_for_url("**/body-sites/hips-and-legs/#calves")
    expect(page.locator('[id="calves"]')).to_be_visible()  # waits for instant navigation's content swap
    # Back to the home page through Material's instant navigation, then on again.
    page.go_back()
    # Without the fragment: Material's anchor tracking may have added one to the home page's address.
    page.wait_for_url(lambda url: url.partition("#")[0] == site_url)
    expect(page.locator(MAP_LINKS).first).to_be_visible()  # the home page is swapped back in
    page.get_by_role("link", name="Body sites").first.click()
    page.wait_for_url("**/body-sites/")
    page.locator('a.bodymap__site[aria-label="Eyelids"] ellipse').first.click()
    page.wait_for_url("**/body-sites/face-and-head/#eyelids")
    assert page.watch.errors == []


def test_a_tap_on_the_map_while_the_next_page_is_on_its_way_still_goes_where_it_says(page, site_url):
    """Instant navigation changes the address as soon as a link is followed, and shows the
    new page once it has arrived. On a slow connection a reader can tap the map in between:
    the page on screen is still the old one, and its map links must lead where they say,
    not be read against the new address (as a relative link would be: a "Page not found")."""
    open_for_instant_navigation(page, site_url)
    page.route(site_url + "body-sites/", lambda route: None)  # never answered: the next page stays on its way
    with page.expect_request(site_url + "body-sites/"):
        page.get_by_role("link", name="Body sites").first.click()
    page.wait_for_url(site_url + "body-sites/")
    page.locator('a.bodymap__site[aria-label="Eyelids"] ellipse').first.click()  # the home page's map
    page.wait_for_url(lambda url: "face-and-head" in url)
    assert page.url == site_url + "body-sites/face-and-head/#eyelids"
    assert page.watch.errors == []


@pytest.mark.parametrize("path", MAP_PAGES)
def test_tab_reaches_every_map_link_in_order_with_a_visible_outline(page, site_url, path, kb):
    page.goto(site_url + path)
    expected = [t["name"] for t in map_targets(page)]
    reached = []
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        focused = page.evaluate(
            """() => {
                const el = document.activeElement;
                if (!el || !el.matches('a.bodymap__site')) return null;
                const style = getComputedStyle(el);
                const shape = getComputedStyle(el.querySelector('.bodymap__shape'));
                return {name: el.getAttribute('aria-label'), outline: style.outlineStyle,
                        width: parseFloat(style.outlineWidth), fillOpacity: parseFloat(shape.fillOpacity)};
            }"""
        )
        if focused is None:
            if reached:
                break
            continue
        assert focused["outline"] != "none" and focused["width"] >= 2, focused
        assert focused["fillOpacity"] > 0.5, "the focused area is not highlighted"
        reached.append(focused["name"])
    assert reached == expected
    assert len(reached) == len(kb.sites)


def test_hover_highlights_an_area(page, site_url):
    page.goto(site_url + "body-sites/")
    shape = page.locator('a.bodymap__site[aria-label="Chest"] .bodymap__shape')
    before = float(shape.evaluate("el => getComputedStyle(el).fillOpacity"))
    shape.hover()
    page.wait_for_function("el => parseFloat(getComputedStyle(el).fillOpacity) > 0.5", arg=shape.element_handle())
    after = float(shape.evaluate("el => getComputedStyle(el).fillOpacity"))
    assert after > before


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_areas_stand_out_in_both_colour_schemes(browser, site_url, scheme):
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    page.goto(site_url)
    expected = MATERIAL_SCHEMES[scheme]
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == expected
    ratio = contrast(page, 'a.bodymap__site[aria-label="Back"] .bodymap__shape')
    context.close()
    assert ratio >= 3, f"map areas have {ratio:.2f}:1 contrast with the page in the {scheme} scheme"


def test_the_map_and_its_list_work_with_javascript_off(browser, site_url, kb):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "body-sites/")
    assert page.locator(MAP_LINKS).count() == len(kb.sites)
    assert page.locator("nav.bodymap__list ul ul a").count() == len(kb.sites)
    page.locator('a.bodymap__site[aria-label="Toes"] ellipse').first.click()
    page.wait_for_url("**/body-sites/feet/#toes")
    context.close()
