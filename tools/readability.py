#!/usr/bin/env python3
"""Print the Flesch-Kincaid grade of every built page's prose: readability.py SITE_DIR"""

from __future__ import annotations

import pathlib
import statistics
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "tests"))
from support.prose import grade, prose

EXCLUDED = {"sources/index.html", "404.html"}


def grades(site: pathlib.Path) -> dict[str, float]:
    out = {}
    for path in sorted(site.rglob("index.html")):
        rel = path.relative_to(site).as_posix()
        if rel in EXCLUDED:
            continue
        text = prose(path.read_text(encoding="utf-8"))
        if text.strip():
            out[rel] = grade(text)
    return out


if __name__ == "__main__":
    results = grades(pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "site"))
    for rel, value in results.items():
        print(f"{value:5.1f}  {rel}")
    print(f"median {statistics.median(results.values()):.1f}, max {max(results.values()):.1f}")
