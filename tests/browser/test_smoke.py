"""Smoke test in a real Chromium: key pages load clean and talk to no other host."""

from __future__ import annotations

import pytest

PAGES = ["", "causes/caffeine-alcohol-and-stimulants/", "body-sites/hips-and-legs/", "help/when-to-get-help/"]


@pytest.mark.search_worker  # the whole page, as a reader's browser loads it
@pytest.mark.parametrize("path", PAGES)
def test_page_loads_without_console_errors_or_foreign_requests(page, site_url, path):
    response = page.goto(site_url + path)
    assert response.status == 200
    assert page.locator("h1").first.is_visible()
    assert page.watch.errors == []
    assert page.watch.foreign_requests == []
