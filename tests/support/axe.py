"""Run axe-core in a Playwright page, from the copy bundled in a pinned PyPI package.

axe-playwright-python ships axe.min.js; we inject that file ourselves, so
nothing is downloaded at test time.
"""

from __future__ import annotations

import importlib.resources
import json

# axe-core's default rule set: every rule it turns on by default, WCAG 2.x A and AA and its
# best practices (landmark-unique, region, heading-order ...). Only violations come back.
AXE_OPTIONS = {"resultTypes": ["violations"]}


def axe_source() -> str:
    return importlib.resources.files("axe_playwright_python").joinpath("axe.min.js").read_text(encoding="utf-8")


def axe_violations(page) -> list[dict]:
    """Inject axe-core (once per document) and return its violations under the default rule set."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        # Evaluated through the DevTools protocol, which the page's Content-Security-Policy
        # does not cover; a <script> tag of ours would be (rightly) blocked by it.
        page.evaluate(axe_source())
    result = page.evaluate("options => axe.run(document, options)", AXE_OPTIONS)
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
