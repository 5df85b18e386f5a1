"""Finding a Chromium to drive, without ever downloading one."""

from __future__ import annotations

import os
import re
import shutil

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


# The theme's search worker builds the search index on every page load: the costliest
# thing a page does, and wasted on tests that look at pages rather than at search.
SEARCH_WORKER = re.compile(r"/assets/javascripts/workers/search\.[0-9a-f]+\.min\.js$")


def without_search_index(context) -> None:
    """Serve the search worker as an empty script in this browser context, so pages skip
    building the index. For page sweeps only: search is tested with the real worker."""
    context.route(SEARCH_WORKER, lambda route: route.fulfill(status=200, content_type="text/javascript", body=""))
