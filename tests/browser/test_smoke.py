"""Smoke test in a real Chromium: key pages load clean and talk to no other host."""
from __future__ import annotations

import pytest

PAGES = ["", "causes/caffeine-alcohol-and-stimulants/", "body-sites/hips-and-legs/", "help/when-to-get-help/"]


@pytest.mark.parametrize("path", PAGES)
def test_page_loads_without_console_errors_or_foreign_requests(page, site_url, path):
    response = page.goto(site_url + path, wait_until="networkidle")
    assert response.status == 200
    assert page.locator("h1").first.is_visible()
    assert page.watch.errors == []
    assert page.watch.foreign_requests == []


def test_axe_helper_runs(page, site_url):
    from support.axe import axe_violations

    page.goto(site_url, wait_until="networkidle")
    assert isinstance(axe_violations(page), list)


@pytest.mark.parametrize("path", ["causes/", "causes/stress-and-anxiety/", "body-sites/hips-and-legs/"])
def test_generated_tables_cause_no_page_wide_sideways_scroll_on_a_360px_phone(browser, site_url, path):
    context = browser.new_context(viewport={"width": 360, "height": 740}, device_scale_factor=2, is_mobile=True)
    try:
        page = context.new_page()
        page.goto(site_url + path, wait_until="networkidle")
        assert page.locator(".kb-table table").count() >= 1
        page_width = page.evaluate("document.documentElement.scrollWidth")
        assert page_width <= 360, f"{path} is {page_width}px wide"
        caption = page.locator(".kb-table caption").first
        assert caption.is_visible()
    finally:
        context.close()
