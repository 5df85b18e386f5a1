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


# Frames in a row with no transition or animation running before axe looks. One calm frame
# is not enough: a click scrolls the page, and the theme's scroll handlers start the header
# and tab transitions a frame or two later; axe would measure text colours half-faded.
CALM_FRAMES = 5

WAIT_FOR_CALM = """frames => new Promise(resolve => {
  let calm = 0;
  const look = () => {
    const moving = document.getAnimations().some(a => a.playState === 'running' || a.pending);
    calm = moving ? 0 : calm + 1;
    if (calm >= frames) resolve(true); else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
})"""


def wait_for_calm(page) -> None:
    """Wait until nothing on the page has moved for CALM_FRAMES frames in a row."""
    page.evaluate(WAIT_FOR_CALM, CALM_FRAMES)


def axe_violations(page) -> list[dict]:
    """Inject axe-core (once per document), let transitions settle, and return its violations
    under the default rule set."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        # Evaluated through the DevTools protocol, which the page's Content-Security-Policy
        # does not cover; a <script> tag of ours would be (rightly) blocked by it.
        page.evaluate(axe_source())
    wait_for_calm(page)
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
