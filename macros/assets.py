"""The site's own stylesheet and script as shipped: one file each, made at build time.

The parts stay one documented file per component in overrides/assets/; mkdocs.yml's
`extra.bundles` lists, for each file readers download, its parts in cascade order. At
the end of the build each bundle is written from its parts, without their comments
(about a quarter of their gzipped size), and the parts are removed from the built site,
so a page makes one request for our CSS and one (deferred) for our JS.

Only block comments (/* ... */) and whole-line `//` comments are removed, and lines
are kept, so a script's meaning cannot change. Plain functions of text and files; no
MkDocs import.
"""

from __future__ import annotations

import pathlib
import re

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


def write_bundles(site_dir: pathlib.Path, bundles: dict[str, list[str]]) -> dict[str, int]:
    """Write each bundle into the built site from its parts there, then remove the parts.

    Returns each bundle's size in bytes. A missing part stops the build: a stylesheet that
    silently lost a component would look fine in review and break for readers."""
    sizes = {}
    for target, parts in bundles.items():
        missing = [part for part in parts if not (site_dir / part).is_file()]
        if missing:
            raise BundleError(f"mkdocs.yml: extra.bundles['{target}']: no such part: {', '.join(missing)}")
        kind = pathlib.PurePosixPath(target).suffix
        if kind not in SEPARATORS or any(not part.endswith(kind) for part in parts):
            raise BundleError(
                f"mkdocs.yml: extra.bundles['{target}']: bundle and parts must all be {' or '.join(SEPARATORS)}"
            )
        text = bundle_text(kind, [(site_dir / part).read_text(encoding="utf-8") for part in parts])
        for part in parts:
            (site_dir / part).unlink()
        (site_dir / target).write_text(text, encoding="utf-8")
        sizes[target] = len(text.encode("utf-8"))
    return sizes
