"""The short summary under a page's title, from its front matter."""

from __future__ import annotations

from ...render import render_block


def summary_block(summary: str) -> str:
    return render_block("summary.html", summary=summary.strip()) + "\n"
