"""Screenshots of the pages a worried reader meets first, for people to look at.

Written to test-results/screenshots/: home, the help page (and what shows after a
tick in each tier), a cause page, a body-region page, the causes overview and the
body map, at 390 x 844 and 1280 x 900, light and dark. Each must be a real picture
of the page: as wide as the viewport and at least one screen tall.
"""

from __future__ import annotations

import struct

import pytest

from support.browser import without_search_index
from support.project import ROOT

OUT = ROOT / "test-results" / "screenshots"
VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 900}}
PAGES = {
    "home": "",
    "help": "help/when-to-get-help/",
    "cause": "causes/caffeine-alcohol-and-stimulants/",
    "region": "body-sites/hips-and-legs/",
    "causes-overview": "causes/",
}


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", list(VIEWPORTS))
def test_screenshots_of_the_key_pages_and_each_outcome(browser, site_url, kb, width, scheme):
    OUT.mkdir(parents=True, exist_ok=True)
    viewport = VIEWPORTS[width]
    context = browser.new_context(viewport=viewport, color_scheme=scheme, locale="en-GB")
    without_search_index(context)
    page = context.new_page()
    shots = {}
    for name, path in PAGES.items():
        page.goto(site_url + path)
        shots[name] = page.screenshot(full_page=True)
    page.goto(site_url + "body-sites/")
    shots["body-map"] = page.locator(".bodymap").screenshot()
    page.goto(site_url + PAGES["help"])
    groups = [tier_id for tier_id, flags in kb.red_flags_by_tier().items() if flags]
    for tier_id, flags in kb.red_flags_by_tier().items():
        page.locator(".checklist button[type=reset]").click()
        for other in groups:  # "None of these" in every other group
            if other != tier_id:
                page.locator(f"label[for=checklist-none-{other}]").click()
        page.locator(f"label[for=checklist-{flags[0].id}]").click()
        page.locator(f'[data-checklist-bar-outcome="{tier_id}"]').wait_for(state="visible")
        shots[f"help-after-{tier_id}-tick"] = page.screenshot()
    context.close()
    for name, data in shots.items():
        (OUT / f"{name}-{width}-{scheme}.png").write_bytes(data)
        shot_width, shot_height = png_size(data)
        if name == "body-map":
            assert shot_width <= viewport["width"] and shot_height > 200, name
        else:
            assert shot_width == viewport["width"] and shot_height >= viewport["height"], (
                name,
                shot_width,
                shot_height,
            )
