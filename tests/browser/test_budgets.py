"""Budgets, checked in a real Chromium: accessibility, privacy and weight.

- Accessibility: the axe sweep over every page is in test_sweeps.py.
- Privacy: search and the light/dark toggle ask no host but the site's own for anything
  (every page's own loads are checked by the axe sweep in test_sweeps.py).
- Weight: the home page's first load, the search index and the site's own CSS/JS
  stay within their budgets (gzipped, as GitHub Pages and tests/support/server.py serve them).

Measurements are printed and written to test-results/budgets.json.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import urllib.parse

from macros.components import bundles
from support.project import SITE_ICON, mkdocs_config
from support.search import open_search_when_ready
from support.site_pages import BUDGETS, record

HOME_BUDGET = 80_000  # bytes transferred on the home page's first load, search index aside
INDEX_BUDGET = 40_000  # bytes of search/search_index.json, gzipped
# Bytes of the site's own CSS and JS (beyond the theme's), gzipped, every bundle together (the
# appointment page's pair included). 10 KB until the checklist learned combination rules and its
# tab-only hand-off, the appointment page its storage safeguards, and a page opened at another
# address learned to find its files (10.3 KB then). 11 KB until the cause tables (stacked on a
# phone), the way on under the search results and the readable way back in the help box came
# (11,016 B then).
OWN_ASSETS_BUDGET = 11_264
SEARCH_INDEX = "search/search_index.json"
SEARCH_WORKER = "assets/javascripts/workers/search."
# A first load is not over when the page has loaded: the search worker's script, the index it
# fetches and the tab's icon can still be on their way (measured), and Lighthouse counts them.
AFTER_LOAD = (SEARCH_WORKER, SEARCH_INDEX, SITE_ICON)


def foreign(url: str, own_host: str) -> bool:
    parts = urllib.parse.urlsplit(url)
    return parts.scheme not in ("data", "blob", "about") and parts.netloc != own_host


# -- privacy -----------------------------------------------------------------


def test_search_and_the_toggle_request_nothing_from_another_host(browser, site_url):
    own = urllib.parse.urlsplit(site_url).netloc
    context = browser.new_context()
    requests: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    page = context.new_page()
    try:
        # Search runs in a worker that fetches the index; the toggle swaps schemes.
        page.goto(site_url)
        open_search_when_ready(page)
        page.keyboard.type("twitch")
        page.locator(".md-search-result__item").first.wait_for()
        page.keyboard.press("Escape")
        scheme = page.evaluate("() => document.body.dataset.mdColorScheme")
        page.locator("[data-palette-option]:visible").click()
        page.wait_for_function("before => document.body.dataset.mdColorScheme !== before", arg=scheme)
    finally:
        context.close()
    assert any(url.endswith(SEARCH_INDEX) for url in requests), "the search index was never fetched"
    assert [url for url in requests if foreign(url, own)] == []


# -- weight ------------------------------------------------------------------


def transferred(request) -> tuple[int, int]:
    """Bytes on the wire for one response, two ways: as Chromium reports them to the page
    (headers plus encoded body; what Lighthouse's total byte weight adds up), and with the
    body's Content-Length (Chromium reports 0 for the body of a worker's script)."""
    sizes, headers = request.sizes(), request.response().headers
    reported = sizes["responseHeadersSize"] + sizes["responseBodySize"]
    body = int(headers["content-length"]) if "content-length" in headers else sizes["responseBodySize"]
    return reported, sizes["responseHeadersSize"] + body


def test_home_page_first_load_and_search_index_weight(browser, site_url, capsys):
    """The home page from an empty cache: its load and the requests still to come when it
    fires (AFTER_LOAD), the set Lighthouse counts.

    The budget (80 KB) is on Lighthouse's figure: its total byte weight minus the search
    index, which has a budget of its own (40 KB). The search worker counts as Lighthouse
    sees it: Chromium reports no body for a worker's script, so that is its headers alone.
    The figure with the worker's real size is recorded beside it.
    """
    context = browser.new_context()
    finished = []
    context.on("requestfinished", lambda request: finished.append(request))
    page = context.new_page()
    try:
        with contextlib.ExitStack() as arrivals:  # each waits, on leaving, for its request to finish
            for path in AFTER_LOAD:
                arrivals.enter_context(
                    context.expect_event(
                        "requestfinished", lambda request, path=path: request.url.startswith(site_url + path)
                    )
                )
            page.goto(site_url)
        first_load = {request.url.removeprefix(site_url) or "/": transferred(request) for request in finished}
        open_search_when_ready(page)
        page.keyboard.type("twitch")
        page.locator(".md-search-result__item").first.wait_for()
    finally:
        context.close()
    home = {path: sizes[0] for path, sizes in first_load.items() if path != SEARCH_INDEX}
    total, index = sum(home.values()), first_load.get(SEARCH_INDEX, (0, 0))[1]
    worker = sum(sizes[1] for path, sizes in first_load.items() if path.startswith(SEARCH_WORKER))
    record(BUDGETS, "home first load bytes (Lighthouse total byte weight without the index)", total, capsys)
    record(BUDGETS, "home first load bytes (the same, with the search worker's real size)", total + worker, capsys)
    record(BUDGETS, "search index bytes transferred", index, capsys)
    record(BUDGETS, "home first load requests", {path: sizes[1] for path, sizes in sorted(first_load.items())})
    assert index > 0, "the search index was not fetched on first load"
    assert any(path.startswith(SEARCH_WORKER) for path in first_load), "the search worker was not loaded"
    assert total <= HOME_BUDGET, f"home page first load {total} B > {HOME_BUDGET} B:\n" + json.dumps(home, indent=1)
    assert index <= INDEX_BUDGET, f"search index {index} B transferred > {INDEX_BUDGET} B"


EVERY_PAGE = ["assets/javascripts/site.js", "assets/stylesheets/site.css"]


def test_own_css_and_js_stay_small(built_site, capsys):
    """Every page loads the two site bundles; a page-only bundle (the forms', which only the
    checklist, its method and the appointment page load) comes on top on its pages, so the
    budget holds for all of them together."""
    assets = sorted(bundles(mkdocs_config()["extra"]["bundles"]))
    assert len(assets) > len(EVERY_PAGE), "the forms' bundle is measured too"
    assert set(EVERY_PAGE) <= set(assets)
    sizes = {name: len(gzip.compress((built_site / name).read_bytes(), mtime=0)) for name in assets}
    total = sum(sizes.values())
    record(BUDGETS, "own css+js gzipped bytes, every page", sum(sizes[name] for name in EVERY_PAGE), capsys)
    record(BUDGETS, "own css+js gzipped bytes, with page-only bundles", total, capsys)
    record(BUDGETS, "own css+js files", sizes)
    assert total <= OWN_ASSETS_BUDGET, f"own CSS+JS {total} B gzipped > {OWN_ASSETS_BUDGET} B: {sizes}"
