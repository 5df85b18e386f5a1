"""The site's own stylesheet and script as shipped: one file each, made at build time.

The parts stay one documented file each: the theme's in overrides/assets/ (listed in
mkdocs.yml's `extra.bundles`), then each component's in its folder (its registry row,
macros/components/), in cascade order. At the end of the build each bundle is written
from its parts, without their comments (about a quarter of their gzipped size), and any
part the theme copied into the built site is removed, so a page makes one request for
our CSS and one (deferred) for our JS.

Only block comments (/* ... */) and whole-line `//` comments are removed, and lines
are kept, so a script's meaning cannot change. Plain functions of text and files; no
MkDocs import.
"""

from __future__ import annotations

import pathlib
import re
from collections.abc import Iterable

BLOCK_COMMENT = re.compile(r"/\*.*?\*/", re.S)
LINE_COMMENT = re.compile(r"^\s*//.*$", re.M)


class BundleError(Exception):
    pass


def shrink(text: str) -> str:
    """Text without comments, leading indentation or blank lines."""
    text = LINE_COMMENT.sub("", BLOCK_COMMENT.sub("", text))
    return "\n".join(line.strip() for line in text.splitlines() if line.strip()) + "\n"


# A `;` line between scripts keeps each one's last statement its own.
SEPARATORS = {".css": "", ".js": ";\n"}


def bundle_text(kind: str, parts: list[str]) -> str:
    """Parts (file texts) joined in order, each shrunk; kind is ".css" or ".js"."""
    return SEPARATORS[kind].join(shrink(part) for part in parts)


def write_bundles(
    site_dir: pathlib.Path, bundles: dict[str, list[pathlib.Path]], published: Iterable[str] = ()
) -> dict[str, int]:
    """Write each bundle into the built site from its parts (files in the project), and remove
    the `published` copies of parts (the theme copies overrides/assets/ into the site as it is).

    Returns each bundle's size in bytes. A missing part stops the build: a stylesheet that
    silently lost a component would look fine in review and break for readers."""
    sizes = {}
    for target, parts in bundles.items():
        missing = [str(part) for part in parts if not part.is_file()]
        if missing:
            raise BundleError(f"bundle '{target}': no such part: {', '.join(missing)}")
        kind = pathlib.PurePosixPath(target).suffix
        if kind not in SEPARATORS or any(part.suffix != kind for part in parts):
            raise BundleError(f"bundle '{target}': bundle and parts must all be {' or '.join(SEPARATORS)}")
        text = bundle_text(kind, [part.read_text(encoding="utf-8") for part in parts])
        (site_dir / target).parent.mkdir(parents=True, exist_ok=True)
        (site_dir / target).write_text(text, encoding="utf-8")
        sizes[target] = len(text.encode("utf-8"))
    for part_path in published:
        (site_dir / part_path).unlink()
    return sizes
