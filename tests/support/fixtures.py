"""The shared fixtures (the built site, a local server for it, a real Chromium), as a pytest
plugin (`-p support.fixtures` in pyproject.toml), so the tests in tests/ and those in each
component's folder share one build, one server and one browser per test process.

A page is ready to use when `page.goto` returns: it waits for the load event, and the theme's
and the site's scripts are deferred, so they have run by then. Playwright's "networkidle"
is not a readiness signal: it means no request in flight for 500 ms, and it does not wait
for the load event. On a busy machine it comes while the page is still being parsed
(measured: with the renderer slowed 8x, in 3 loads of 4), before any script has run. Wait
for the load event, or for the thing itself (a request, an element, a state).
"""

from __future__ import annotations

import os
import pathlib
import subprocess
import sys
import urllib.parse

import pytest

from macros.components import registry
from support.browser import launch_chromium, without_search_index
from support.project import ROOT, project_knowledge
from support.server import serve

# The components, imported the usual way before pytest imports their test files from their
# folders (its importlib mode would otherwise load a second copy of their packages).
registry()


def pytest_itemcollected(item) -> None:
    """Every test under tests/browser/, and every component test file named *_in_browser.py,
    is a browser test (`make check` leaves them out)."""
    path = pathlib.Path(item.path)
    if ROOT / "tests" / "browser" in path.parents or path.name.endswith("_in_browser.py"):
        item.add_marker(pytest.mark.browser)


def build_site(project: pathlib.Path, site_dir: pathlib.Path, extra_env: dict | None = None):
    """Run `mkdocs build --strict` for a project folder; returns the CompletedProcess."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(extra_env or {})}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
    )


@pytest.fixture(scope="session")
def site_server(tmp_path_factory):
    """A 127.0.0.1 server on a free port, for the folder the site is built into."""
    site_dir = tmp_path_factory.mktemp("site")
    server, url = serve(site_dir)
    yield site_dir, url
    server.shutdown()


@pytest.fixture(scope="session")
def built_site(site_server) -> pathlib.Path:
    """The real site, built once per run with --strict (any warning fails).

    It is built for the address it is served at, as on GitHub Pages: Material's
    instant navigation only takes over links under site_url, port included.
    """
    site_dir, url = site_server
    result = build_site(ROOT, site_dir, {"SITE_URL": url})
    log = result.stdout + result.stderr
    assert result.returncode == 0, log
    assert "WARNING" not in log, log
    return site_dir


@pytest.fixture(scope="session")
def site_url(built_site, site_server) -> str:
    return site_server[1]


@pytest.fixture(scope="session")
def kb():
    """The knowledge data, loaded and checked as the build does (once per test process)."""
    return project_knowledge()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright.chromium)
        yield browser
        browser.close()


class PageWatch:
    """What a page did: console errors and every request, split by host."""

    def __init__(self, page, site_url: str):
        self.page = page
        self.errors: list[str] = []
        self.requests: list[str] = []
        own = urllib.parse.urlsplit(site_url).netloc
        self.own_host = own
        page.on("console", lambda msg: msg.type == "error" and self.errors.append(msg.text))
        page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        page.on("request", lambda req: self.requests.append(req.url))

    @property
    def foreign_requests(self) -> list[str]:
        return [
            url
            for url in self.requests
            if urllib.parse.urlsplit(url).scheme in ("http", "https")
            and urllib.parse.urlsplit(url).netloc != self.own_host
        ]


def reader_browser_context(browser, search_worker: bool):
    """A UK reader's browser: the emergency number shown first is 999 (care.js follows the language).

    Its pages start the theme's search worker only if `search_worker` (else
    support.browser.without_search_index)."""
    context = browser.new_context(locale="en-GB")
    if not search_worker:
        without_search_index(context)
    return context


def wants_search_worker(request) -> bool:
    return request.node.get_closest_marker("search_worker") is not None


@pytest.fixture
def context(browser, request):
    """A browser context of the test's own (reader_browser_context), with the search worker if
    the test is marked `search_worker`; closed after it."""
    context = reader_browser_context(browser, wants_search_worker(request))
    yield context
    context.close()


@pytest.fixture(scope="session")
def shared_context(browser, site_url):
    """The context that `page` opens its pages in, one per worker, with one of the site's
    pages kept open in it for the whole run.

    A page opened in a new context starts a new renderer, which parses the theme's styles
    and compiles its scripts from nothing: measured here, 1.5 s of CPU for a new context's
    first page against 0.8 s for a new page beside a page of the same site. Each test still
    gets a page of its own (its document, history, listeners, media and viewport settings
    are its own); the site's stored data is deleted before every test (see `page`). The
    browser's cache of the site's files is kept, as a returning reader's is: tests of a
    first visit (test_budgets.py) open contexts of their own."""
    context = reader_browser_context(browser, search_worker=False)
    context.new_page().goto(site_url + "404.html")
    yield context
    context.close()


def forget_site_data(context, site_url: str) -> None:
    """Delete what the site has stored in this browser context: cookies, local storage,
    IndexedDB, caches (the DevTools protocol's Storage.clearDataForOrigin)."""
    keeper = context.pages[0]
    session = context.new_cdp_session(keeper)
    origin = "{0.scheme}://{0.netloc}".format(urllib.parse.urlsplit(site_url))
    session.send("Storage.clearDataForOrigin", {"origin": origin, "storageTypes": "all"})
    session.detach()
    context.clear_cookies()


@pytest.fixture
def page(request, site_url):
    """A new page whose console errors and requests are recorded on `page.watch`.

    It opens in the worker's shared_context, from which the site's stored data has just
    been deleted; a test marked `search_worker` gets a context of its own, with the search
    worker. A test that changes the context itself (init scripts, routes, permissions)
    takes `context` or `browser` instead; one that needs the page's context uses
    `page.context`, so the two fixtures are not taken together."""
    if wants_search_worker(request):
        context = request.getfixturevalue("context")
    else:
        assert "context" not in request.fixturenames, "take `page` or `context`, not both: use page.context"
        context = request.getfixturevalue("shared_context")
        forget_site_data(context, site_url)
    page = context.new_page()
    page.watch = PageWatch(page, site_url)
    yield page
    page.close()
