"""Run axe-core in a Playwright page, from the copy bundled in a pinned PyPI package.

axe-playwright-python ships axe.min.js; we inject that file ourselves, so
nothing is downloaded at test time.
"""

from __future__ import annotations

import importlib.resources
import json

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def axe_source() -> str:
    return importlib.resources.files("axe_playwright_python").joinpath("axe.min.js").read_text(encoding="utf-8")


def axe_violations(page, tags: list[str] | None = None) -> list[dict]:
    """Inject axe-core (once per document) and return its violations for the WCAG A/AA rules."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=axe_source())
    options = {"runOnly": {"type": "tag", "values": tags or WCAG_TAGS}}
    result = page.evaluate("options => axe.run(document, options)", options)
    return result["violations"]


def describe(violations: list[dict]) -> str:
    """One line per failing node, for assertion messages."""
    lines = []
    for violation in violations:
        for node in violation["nodes"]:
            lines.append(
                f"{violation['id']} ({violation['impact']}): {json.dumps(node['target'])} {node.get('failureSummary', '')[:200]}"
            )
    return "\n".join(lines)
