"""The Content-Security-Policy every page carries, so the browser itself keeps a reader's
answers on the page: nothing may be fetched from, sent to or framed from another host.

GitHub Pages sets no headers, so the policy is a `<meta http-equiv>` that
overrides/main.html writes with a placeholder. After the build, `apply_policy` hashes
every inline script the theme wrote into any page (its scope, palette and anchor
scripts), puts the same policy, with all those hashes, into every page, and so allows
no other inline script: the policy a reader's first page sets also covers the pages
Material's instant navigation swaps in. Plain functions of text; no MkDocs import.
"""

from __future__ import annotations

import base64
import hashlib
import pathlib
import re

PLACEHOLDER = "__CONTENT_SECURITY_POLICY__"

# <script> elements the browser runs: no src, and no type or a JavaScript type. JSON
# (Material's config, the JSON-LD metadata) is data, which the policy does not cover.
SCRIPT = re.compile(r"<script(?P<attributes>[^>]*)>(?P<text>.*?)</script>", re.S | re.I)
SOURCE = re.compile(r"\bsrc\s*=", re.I)
TYPE = re.compile(r"""\btype\s*=\s*["']?([^"'\s>]+)""", re.I)
JAVASCRIPT_TYPES = {"", "text/javascript", "module", "application/javascript"}


def inline_script_hashes(html: str) -> set[str]:
    """CSP source expressions ('sha256-…') for each inline script a page would run."""
    found = set()
    for match in SCRIPT.finditer(html):
        attributes = match.group("attributes")
        kind = TYPE.search(attributes)
        if SOURCE.search(attributes) or (kind and kind.group(1).lower() not in JAVASCRIPT_TYPES):
            continue
        digest = hashlib.sha256(match.group("text").encode("utf-8")).digest()
        found.add(f"'sha256-{base64.b64encode(digest).decode('ascii')}'")
    return found


def policy(script_hashes: set[str]) -> str:
    """The policy: this site's own files only, these inline scripts, and nothing else."""
    directives = {
        "default-src": ["'none'"],
        "script-src": ["'self'", *sorted(script_hashes)],
        "style-src": ["'self'"],
        # data: is for the theme's icons, drawn from data URLs in its CSS (masks), not a request.
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "worker-src": ["'self'"],
        "manifest-src": ["'self'"],
        "frame-src": ["'none'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'none'"],
    }
    return "; ".join(f"{name} {' '.join(values)}" for name, values in directives.items())


def apply_policy(pages: list[pathlib.Path]) -> str:
    """Put one policy, allowing every page's inline scripts, into every page; returns it."""
    hashes: set[str] = set()
    for path in pages:  # two passes, one page in memory at a time
        hashes |= inline_script_hashes(path.read_text(encoding="utf-8"))
    text_of_policy = policy(hashes)
    for path in pages:
        text = path.read_text(encoding="utf-8")
        if PLACEHOLDER in text:
            path.write_text(text.replace(PLACEHOLDER, text_of_policy), encoding="utf-8")
    return text_of_policy
