"""A fork publishes at https://USER.github.io/REPO/: the site must work under that sub-path.

The site is built with SITE_URL=http://127.0.0.1:PORT/REPO/ and served the way
GitHub Pages serves a project site: files under /REPO/, and the site's 404.html
for any missing address. In Chromium: pages load their CSS and JS, search finds
pages, and a missing address shows the styled 404 page.
"""

from __future__ import annotations

import functools
import http.server
import pathlib
import threading
import urllib.parse

import pytest
from bs4 import BeautifulSoup

from support.fixtures import PageWatch, build_site
from support.project import ROOT
from support.search import open_search_when_ready
from support.server import SiteHandler

REPO = "twitching-site"


class ProjectSiteHandler(SiteHandler):
    """Serves the site folder at /REPO/ only; everything else is missing (and gets 404.html)."""

    def translate_path(self, path: str) -> str:
        prefix = f"/{REPO}/"
        split = urllib.parse.urlsplit(path)
        if split.path == f"/{REPO}":
            return super().translate_path(path)  # a folder without its slash: redirected
        if not split.path.startswith(prefix):
            return str(pathlib.Path(self.directory) / "__missing__")
        return super().translate_path("/" + path[len(prefix) :])

    def send_head(self):
        if urllib.parse.urlsplit(self.path).path == f"/{REPO}":
            self.send_response(301)
            self.send_header("Location", f"/{REPO}/")
            self.end_headers()
            return None
        return super().send_head()


@pytest.fixture(scope="module")
def project_site(tmp_path_factory):
    """(base URL ending in /REPO/, built site folder), built for that address."""
    site = tmp_path_factory.mktemp("project-site")
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(ProjectSiteHandler, directory=str(site))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/{REPO}/"
    result = build_site(ROOT, site, {"SITE_URL": base})
    assert result.returncode == 0, result.stdout + result.stderr
    yield base, site
    server.shutdown()


@pytest.fixture
def tab(browser, project_site):
    context = browser.new_context()
    page = context.new_page()
    page.watch = PageWatch(page, project_site[0])
    failed = []
    page.on("response", lambda response: response.status >= 400 and failed.append(f"{response.status} {response.url}"))
    page.failed = failed
    yield page
    context.close()


def styled(page) -> bool:
    """Material's stylesheet is applied: the header is fixed-height and coloured, not a bare block."""
    return page.evaluate(
        "() => { const h = document.querySelector('.md-header');"
        " return !!h && getComputedStyle(h).position === 'sticky' && getComputedStyle(h).backgroundColor !== 'rgba(0, 0, 0, 0)'; }"
    )


def test_a_page_under_the_sub_path_loads_its_css_and_js(tab, project_site):
    base, _ = project_site
    response = tab.goto(base + "causes/medicines/")
    assert response.status == 200
    assert styled(tab)
    assert tab.evaluate("() => document.documentElement.classList.contains('js')"), "Material's JS did not run"
    assert tab.failed == [] and tab.watch.errors == [] and tab.watch.foreign_requests == []
    assert all(url.startswith(base) for url in tab.watch.requests), tab.watch.requests


def test_search_works_under_the_sub_path(tab, project_site):
    base, _ = project_site
    tab.goto(base)
    open_search_when_ready(tab)
    tab.keyboard.type("blepharospasm")
    result = tab.locator(".md-search-result__item a").first
    result.wait_for()
    assert result.get_attribute("href").startswith(base), result.get_attribute("href")
    result.click()
    tab.wait_for_url(f"{base}twitching/eyelid-twitching/**")
    assert tab.failed == [] and tab.watch.errors == []


@pytest.mark.parametrize("missing", ["no-such-page/", "causes/no-such-cause/deeper/"])
def test_a_missing_address_under_the_sub_path_shows_the_styled_404(tab, project_site, missing):
    base, site = project_site
    response = tab.goto(base + missing)
    assert response.status == 404
    heading = BeautifulSoup((site / "404.html").read_text(encoding="utf-8"), "html.parser").find("h1")
    assert tab.locator("h1").first.inner_text() == heading.get_text()
    assert styled(tab)
    assert tab.failed == [f"404 {base}{missing}"], tab.failed  # only the page itself is missing
    assert tab.watch.errors == [] or all("404" in error for error in tab.watch.errors), tab.watch.errors
    home = tab.locator(".md-header__button.md-logo")
    assert home.get_attribute("href") in (f"/{REPO}/", f"/{REPO}/.", base)


def test_a_build_opened_at_another_address_keeps_its_styles_and_its_links(browser, built_site, site_url):
    """The shared build, made for site_url, served from a second server on another port (as a
    preview or a mirror would be, or localhost for 127.0.0.1): styled, and its links stay there."""
    from support.server import serve

    server, elsewhere = serve(built_site)
    assert elsewhere != site_url
    context = browser.new_context(viewport={"width": 390, "height": 844})
    try:
        page = context.new_page()
        page.goto(elsewhere)
        page.wait_for_function("() => getComputedStyle(document.querySelector('.md-header')).position === 'sticky'")
        heading = page.locator("article h1").bounding_box()
        assert heading["y"] < 844, "the first heading is not on the first screen: the page is unstyled"
        links = page.eval_on_selector_all("link[rel=stylesheet]", "nodes => nodes.map(n => n.href)")
        assert links and all(href.startswith(elsewhere) for href in links)
        map_links = page.eval_on_selector_all(
            "svg a", "nodes => nodes.map(n => n.getAttribute('xlink:href') || n.getAttribute('href'))"
        )
        assert map_links and all(href.startswith(elsewhere) for href in map_links)
        # After a click (the theme's instant navigation, where it takes over), still styled.
        page.set_viewport_size({"width": 1280, "height": 900})
        page.locator("nav.md-tabs a[href$='/causes/']").first.click()
        page.wait_for_url("**/causes/")
        page.wait_for_function(
            "() => [...document.querySelectorAll('link[rel=stylesheet]')].every(l => l.href.startsWith(location.origin))"
            " && getComputedStyle(document.querySelector('.md-header')).position === 'sticky'"
        )
    finally:
        context.close()
        server.shutdown()


def test_every_page_sends_no_referrer(built_site):
    for html_file in [built_site / "index.html", built_site / "help/when-to-get-help/index.html"]:
        head = BeautifulSoup(html_file.read_text(encoding="utf-8"), "html.parser").head
        assert head.select_one('meta[name="referrer"]')["content"] == "no-referrer"
