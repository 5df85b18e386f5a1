"""The two whole-site sweeps, in one file so that `make test` (pytest-xdist, --dist loadfile)
runs them one after the other in one worker, on its one build and one browser.

- Accessibility: axe-core, default rule set (WCAG 2.x A/AA and its best practices), finds
  no violation on any built page (and the 404 page), at phone and desktop widths, in the
  light and the dark scheme. TABS_PER_WIDTH tabs per width share the pages out; each page
  is checked in one scheme, then again after the device switches to the other.
- Privacy, on the same page loads: no page asks any host but the site's own for anything
  (test_budgets.py adds search and the light/dark toggle).
- Search: the query suite (tests/search_queries.yml) puts the right page in the top 3,
  typed into Material's real search box, in TABS tabs side by side.
"""

from __future__ import annotations

import time

import pytest

from support.axe import AXE_OPTIONS, axe_source, describe
from support.browser import MATERIAL_SCHEMES, switch_scheme, without_search_index
from support.fixtures import PageWatch
from support.search import FAIL_BELOW, QUERIES, TARGET, TOP, expected_paths, page_path, search_in_tabs
from support.site_pages import BUDGETS, page_paths, record

VIEWPORTS = {"phone": {"width": 360, "height": 740}, "desktop": {"width": 1280, "height": 800}}
TABS_PER_WIDTH = 2  # tabs sharing out the pages at each width in the axe sweep
TABS = 6  # tabs searching side by side in the query suite


def test_no_axe_violations_and_no_request_to_another_host_on_any_page(browser, built_site, site_url, capsys):
    """Every page x {phone, desktop} x {light, dark}, in TABS_PER_WIDTH tabs per width.

    axe-core is added to every document by an init script. The tabs of a width share the
    pages out; each step, every tab loads its next page and axe runs in all of them at once
    (each tab has its own renderer, so the runs share the CPU cores). Then the device's
    scheme changes, the page follows it (as it does for a reader whose phone turns dark
    at sunset), and axe runs again. A tab keeps its last scheme for its next page, so each
    scheme is met both on a fresh load and after a change, and a page is loaded once per
    width rather than once per width and scheme.
    """
    started = time.monotonic()
    tabs: dict[str, list] = {width: [] for width in VIEWPORTS}
    watches = []
    for width, viewport in VIEWPORTS.items():
        for _ in range(TABS_PER_WIDTH):
            context = browser.new_context(viewport=viewport, color_scheme="light")
            without_search_index(context)
            context.add_init_script(axe_source())
            tabs[width].append(context.new_page())
            watches.append(PageWatch(tabs[width][-1], site_url))
    found, paths, runs = [], page_paths(built_site), 0
    try:
        for number, start in enumerate(range(0, len(paths), TABS_PER_WIDTH)):
            chunk = paths[start : start + TABS_PER_WIDTH]  # the last chunk may be shorter
            step = [
                (width, tab, path)
                for width, width_tabs in tabs.items()
                for tab, path in zip(width_tabs, chunk, strict=False)
            ]
            # Every tab ended the last step in the scheme this one starts with.
            schemes = list(MATERIAL_SCHEMES)[:: -1 if number % 2 else 1]
            for _width, tab, path in step:
                tab.goto(site_url + path, wait_until="commit")
            for _width, tab, _path in step:
                tab.wait_for_load_state("load")
            for scheme in schemes:
                for _width, tab, _path in step:
                    switch_scheme(tab, scheme)
                    tab.evaluate(
                        "options => { window.__axe = axe.run(document, options).then(r => r.violations) }", AXE_OPTIONS
                    )
                for width, tab, path in step:
                    violations = tab.evaluate("() => window.__axe")
                    runs += 1
                    if violations:
                        found.append(f"/{path} ({width}, {scheme}):\n" + describe(violations))
    finally:
        for tab in [tab for width_tabs in tabs.values() for tab in width_tabs]:
            tab.context.close()
    record(
        BUDGETS,
        "axe sweep",
        f"{len(paths)} pages x {len(VIEWPORTS)} widths x {len(MATERIAL_SCHEMES)} schemes = {runs} runs"
        f" in {time.monotonic() - started:.1f} s",
        capsys,
    )
    assert runs == len(paths) * len(VIEWPORTS) * len(MATERIAL_SCHEMES)
    assert found == [], "\n".join(found)
    assert all(watch.requests for watch in watches), "no request was recorded"
    assert [url for watch in watches for url in watch.foreign_requests] == []


@pytest.mark.search_worker
def test_search_puts_the_right_page_in_the_top_3(context, site_url, capsys):
    """The queries are shared out over TABS tabs of one browser, which search side by side."""
    tabs, watches = [], []
    for _ in range(TABS):
        page = context.new_page()
        watches.append(PageWatch(page, site_url))
        page.goto(site_url)
        page.keyboard.press("/")  # Material's shortcut: focus the search box
        box = page.locator("input.md-search__input")
        assert box.evaluate("el => el === document.activeElement"), "'/' did not focus the search box"
        tabs.append((page, box))
    misses = []
    for start in range(0, len(QUERIES), TABS):
        batch = QUERIES[start : start + TABS]
        snaps = search_in_tabs(tabs[: len(batch)], [entry["query"] for entry in batch])
        for entry, snap in zip(batch, snaps, strict=True):
            found = [page_path(href, site_url) for href in snap["links"]]
            if not set(found) & set(expected_paths(entry)):
                misses.append((entry["query"], expected_paths(entry), found))
    rate = 1 - len(misses) / len(QUERIES)
    with capsys.disabled():
        print(f"\n  [search] hit rate {rate:.0%} ({len(QUERIES) - len(misses)}/{len(QUERIES)}), target {TARGET:.0%}")
        for query, expected, found in misses:
            print(f"  [search] miss {query!r}: expected {expected}, top {TOP}: {found}")
    assert all(watch.errors == [] and watch.foreign_requests == [] for watch in watches)
    assert rate >= FAIL_BELOW, f"search hit rate {rate:.0%} is below {FAIL_BELOW:.0%}; misses: {misses}"
