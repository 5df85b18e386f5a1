"""Pages that still read when their stylesheets do not load (a slow or broken connection, a
reader's own settings, a text browser).

The theme's icons are inline SVGs sized only by its CSS: without it each grows to the width of
its column, and the emergency signs sat five phone screens down. `sized_icons` gives every
SVG that has no size of its own the size of its 24 x 24 view box, which the theme's CSS
overrides wherever it sizes an icon. Plain functions of text; no MkDocs import.
"""

from __future__ import annotations

import pathlib
import re

UNSIZED_SVG = re.compile(r'<svg(?![^>]*\swidth=)([^>]*\sviewBox="0 0 24 24"[^>]*)>')


def sized_icons(html: str) -> str:
    return UNSIZED_SVG.sub(r'<svg width="24" height="24"\1>', html)


def write_sized_icons(pages: list[pathlib.Path]) -> None:
    for path in pages:
        text = path.read_text(encoding="utf-8")
        changed = sized_icons(text)
        if changed != text:
            path.write_text(changed, encoding="utf-8")
