"""Finding a Chromium to drive, without ever downloading one; pages that skip search, follow
the device's colour scheme, or are ready for the theme's instant navigation."""

from __future__ import annotations

import json
import os
import shutil

from support.axe import wait_for_calm

# Flags for a closed network: no background calls home, no sandbox as root.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
    "--disable-gpu",
]
CANDIDATES = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"]


def launch_chromium(browser_type, **options):
    """The test Chromium (a system one, never downloaded) on a closed network; `options`
    go to Playwright's launch as they are."""
    return browser_type.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS, **options)


def launch_persistent_chromium(browser_type, profile, **options):
    """The test Chromium with a profile on disk (history, storage), as a reader's own browser
    keeps them; a context that closes the browser when it is closed."""
    return browser_type.launch_persistent_context(
        str(profile), executable_path=chromium_path(), args=CHROMIUM_ARGS, **options
    )


def chromium_path() -> str | None:
    """CHROMIUM_PATH if set, else a system Chrome/Chromium on PATH, else None (Playwright's own)."""
    explicit = os.environ.get("CHROMIUM_PATH")
    if explicit:
        return explicit
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


# The theme's search worker fetches the search index and builds it on every page load, in
# the page's own renderer: measured here, a quarter of what a page load costs in CPU, and
# wasted on tests that look at pages rather than at search. On a 2-core machine that CPU
# is what `make test` waits for.
SEARCH_WORKER = r"/assets/javascripts/workers/search\.[0-9a-f]+\.min\.js"

# The theme starts the worker with `new Worker(url)`, then only posts messages to it and
# listens for "message" events. In its place: an object that takes messages and never
# answers, so search stays "Initializing" and nothing is fetched or built. Other workers
# start as usual. An init script (DevTools protocol) is not subject to the page's policy.
NO_SEARCH_WORKER = """(() => {
  const RealWorker = window.Worker;
  const search = new RegExp(PATTERN);
  window.Worker = function Worker(url, options) {
    if (search.test(String(url))) return Object.assign(new EventTarget(), { postMessage() {}, terminate() {} });
    return new RealWorker(url, options);
  };
})()""".replace("PATTERN", json.dumps(SEARCH_WORKER))


def without_search_index(context) -> None:
    """Pages in this browser context do not start the theme's search worker. Intercepting
    the worker's request instead costs the browser most of what it saves."""
    context.add_init_script(NO_SEARCH_WORKER)


# prefers-color-scheme -> the scheme Material shows (its data-md-color-scheme on <body>)
MATERIAL_SCHEMES = {"light": "default", "dark": "slate"}


# How much faster than real time a scheme switch plays the theme's colour fades (250 ms
# each): as fast as a frame. Drawn in real time, the fade of every link and bar cost more CPU
# than loading the page (0.31 s a switch against 0.26 s a load, measured), and `make test`
# switches a hundred times; the colours it ends on are the same.
FAST_FORWARD = 1000


def switch_scheme(page, scheme: str) -> None:
    """Set the device's colour scheme ("light" or "dark") for a loaded page and wait until
    the page shows it and its colours have stopped fading (the site follows the device
    while the reader has not chosen a scheme). The fades play FAST_FORWARD times faster
    (the DevTools protocol's animation playback rate), then time runs as usual again."""
    session = page.context.new_cdp_session(page)
    session.send("Animation.setPlaybackRate", {"playbackRate": FAST_FORWARD})
    try:
        page.emulate_media(color_scheme=scheme)
        page.wait_for_function(f"() => document.body.dataset.mdColorScheme === '{MATERIAL_SCHEMES[scheme]}'")
        wait_for_calm(page)
    finally:
        session.send("Animation.setPlaybackRate", {"playbackRate": 1})
        session.detach()


# Material's instant navigation takes over a click on a link to one of the site's pages only
# once it has read the site's sitemap.xml, which it fetches as the page starts and parses with
# DOMParser as "text/xml". A click before then loads the whole page, as it does for a reader
# who clicks at once: after the load event, on a busy machine, that is still possible. This
# marks the parse; the theme takes the list of pages from it in the same task.
MARK_SITEMAP_READ = """(() => {
  const parse = DOMParser.prototype.parseFromString;
  DOMParser.prototype.parseFromString = function (text, type) {
    const parsed = parse.call(this, text, type);
    if (type === 'text/xml') window.__sitemapRead = true;
    return parsed;
  };
})()"""


def open_for_instant_navigation(page, url: str):
    """page.goto(url), then wait until the theme's instant navigation takes over links to the
    site's pages; returns goto's response."""
    page.add_init_script(MARK_SITEMAP_READ)
    response = page.goto(url)
    page.wait_for_function("() => window.__sitemapRead === true")
    return response
