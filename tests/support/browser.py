"""Finding a Chromium to drive, without ever downloading one."""

from __future__ import annotations

import os
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
