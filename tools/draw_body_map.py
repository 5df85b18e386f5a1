#!/usr/bin/env python3
"""Redraw docs/data/body_map.svg, the picture of the body map editors open beside its data.

Run after changing docs/data/drawings.yml or docs/data/body_map.yml; `make check` fails
while the picture is out of date.
"""

from __future__ import annotations

import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from macros.components.body_map.body_map import picture  # noqa: E402
from macros.knowledge import load_knowledge  # noqa: E402

PICTURE = ROOT / "docs" / "data" / "body_map.svg"


def main() -> None:
    kb = load_knowledge(ROOT / "docs" / "data", ROOT / "docs")
    PICTURE.write_text(picture(kb), encoding="utf-8")
    print(f"wrote {PICTURE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
