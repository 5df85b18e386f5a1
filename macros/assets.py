"""The site's own stylesheets and scripts as shipped: comments and indentation taken out.

The files in overrides/assets/ stay documented; readers download them without the
comments (about a quarter of their gzipped size). Only block comments (/* ... */)
and whole-line `//` comments are removed, and lines are kept, so a script's
meaning cannot change. Plain functions of text; no MkDocs import.
"""

from __future__ import annotations

import pathlib
import re

BLOCK_COMMENT = re.compile(r"/\*.*?\*/", re.S)
LINE_COMMENT = re.compile(r"^\s*//.*$", re.M)


def shrink(text: str) -> str:
    """Text without comments, leading indentation or blank lines."""
    text = LINE_COMMENT.sub("", BLOCK_COMMENT.sub("", text))
    return "\n".join(line.strip() for line in text.splitlines() if line.strip()) + "\n"


def shrink_files(site_dir: pathlib.Path, paths: list[str]) -> None:
    """Shrink each own asset in the built site, in place."""
    for path in paths:
        file = site_dir / path
        file.write_text(shrink(file.read_text(encoding="utf-8")), encoding="utf-8")
