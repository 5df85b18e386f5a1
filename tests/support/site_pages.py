"""Every page of a built site, and the figures files the measuring tests write to."""

from __future__ import annotations

import fcntl
import json
import os
import pathlib

from support.project import ROOT

MISSING = "no-such-page/"  # any missing address shows the 404 page
BUDGETS = ROOT / "test-results" / "budgets.json"
PHONE_DESIGN = ROOT / "test-results" / "phone-design.json"
CHECKLIST_VIGNETTES = ROOT / "test-results" / "checklist-vignettes.json"


def record(results: pathlib.Path, name: str, value, capsys=None) -> None:
    """Keep a measurement in a test-results/ file, and show it in the test output. Test workers
    run side by side, so each update holds a lock on the file and replaces it whole: no figure
    is lost to another worker's write, and no reader sees half a file."""
    results.parent.mkdir(exist_ok=True)
    with open(results.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        figures = json.loads(results.read_text()) if results.is_file() else {}
        figures[name] = value
        partial = results.with_suffix(f".{os.getpid()}.tmp")
        partial.write_text(json.dumps(figures, indent=2, sort_keys=True) + "\n")
        os.replace(partial, results)
    if capsys is not None:
        with capsys.disabled():
            print(f"\n  [{results.stem}] {name}: {value}", end="")


def page_paths(site: pathlib.Path, missing: bool = True) -> list[str]:
    """Every built page's URL path, from the site folder, and (unless missing=False) a
    missing address, which shows the 404 page."""
    paths = []
    for html_file in sorted(site.rglob("index.html")):
        folder = html_file.parent.relative_to(site).as_posix()
        paths.append("" if folder == "." else folder + "/")
    return [*paths, MISSING] if missing else paths
