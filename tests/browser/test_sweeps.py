"""The whole-site sweeps: the longest file of `make test`, which goes out first to a worker of
its own (tests/conftest.py) and runs on its one build and one browser.

- Accessibility: axe-core, default rule set (WCAG 2.x A/AA and its best practices), finds
  no violation on any built page (and the 404 page), at phone and desktop widths, in the
  light and the dark scheme. TABS_PER_WIDTH tabs per width share the pages out; each page
  is checked in one scheme, then again after the device switches to the other.
- Privacy, on the same page loads: no page asks any host but the site's own for anything
  (test_budgets.py adds search and the light/dark toggle).
(The search query suite, the next longest, is in test_search.py, so it runs beside them.)
"""

from __future__ import annotations

import time

from support.axe import AXE_OPTIONS, axe_source, describe
from support.browser import MATERIAL_SCHEMES, switch_scheme, without_search_index
from support.fixtures import PageWatch
from support.site_pages import BUDGETS, page_paths, record

VIEWPORTS = {"phone": {"width": 360, "height": 740}, "desktop": {"width": 1280, "height": 800}}
TABS_PER_WIDTH = 2  # tabs sharing out the pages at each width in the axe sweep


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
