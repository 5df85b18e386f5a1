"""Every page of a built site, and the budgets file the measuring tests write to."""

from __future__ import annotations

import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[2]
MISSING = "no-such-page/"  # any missing address shows the 404 page
RESULTS = ROOT / "test-results" / "budgets.json"


def record(name: str, value, capsys=None) -> None:
    """Keep a measurement in test-results/budgets.json, and show it in the test output."""
    RESULTS.parent.mkdir(exist_ok=True)
    results = json.loads(RESULTS.read_text()) if RESULTS.is_file() else {}
    results[name] = value
    RESULTS.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n")
    if capsys is not None:
        with capsys.disabled():
            print(f"\n  [budget] {name}: {value}", end="")


def page_paths(site: pathlib.Path) -> list[str]:
    """Every built page's URL path, from the site folder, plus a missing address (the 404 page)."""
    paths = []
    for html_file in sorted(site.rglob("index.html")):
        folder = html_file.parent.relative_to(site).as_posix()
        paths.append("" if folder == "." else folder + "/")
    return [*paths, MISSING]
