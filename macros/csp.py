"""The Content-Security-Policy every page carries, so the browser itself keeps a reader's
answers on the page: nothing may be fetched from, sent to or framed from another host.

GitHub Pages sets no headers, so the policy is a `<meta http-equiv>` that
overrides/main.html writes with a placeholder. After the build, `apply_policy` puts one
policy into every page that allows exactly the inline scripts the templates are known to
write (the theme's scope and anchor scripts and our before-first-paint script, rendered
from their templates: `known_script_hashes`), and stops the build, naming the page, at any
other inline script, so no script can arrive through data or a page. It also stops at a link
whose address would run script (javascript:, vbscript:, data:). The policy a reader's first
page sets also covers the pages Material's instant navigation swaps in. Plain functions of
text; no MkDocs import.
"""

from __future__ import annotations

import base64
import hashlib
import html
import pathlib
import re
from collections.abc import Callable

PLACEHOLDER = "__CONTENT_SECURITY_POLICY__"

# <script> elements the browser runs: no src, and no type or a JavaScript type. JSON
# (Material's config, the JSON-LD metadata) is data, which the policy does not cover.
SCRIPT = re.compile(r"<script(?P<attributes>[^>]*)>(?P<text>.*?)</script>", re.S | re.I)
SOURCE = re.compile(r"(?:^|\s)src\s*=", re.I)
TYPE = re.compile(r"""\btype\s*=\s*["']?([^"'\s>]+)""", re.I)
# Script types that are data, which the browser does not run; every other type is treated as
# script (browsers run text/ecmascript, text/javascript1.5 ...).
DATA_TYPES = {"application/json", "application/ld+json"}


# Attributes holding an address, their value as written (quoted or not).
ADDRESS_ATTRIBUTE = re.compile(r"""\s(?:href|src|xlink:href|action|formaction)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)""", re.I)
SCRIPT_SCHEMES = ("javascript:", "vbscript:", "data:")
# Markup that runs or loads something without a <script>: event handlers, a refresh that
# navigates away, frames and plugins.
ACTIVE_MARKUP = re.compile(
    r"""<[a-z][^>]*?\son[a-z]+\s*=|<meta[^>]+http-equiv\s*=\s*["']?refresh|<(?:iframe|frame|object|embed)\b|\ssrcdoc\s*=""",
    re.I,
)


def script_addresses(text: str) -> list[str]:
    """Address values that would run script: read as the browser reads them, with character
    references decoded and the spaces and control characters it ignores removed."""
    found = []
    for match in ADDRESS_ATTRIBUTE.finditer(text):
        value = html.unescape(match.group(1).strip("\"'"))
        bare = re.sub(r"[\x00-\x20]", "", value).lower()
        if bare.startswith(SCRIPT_SCHEMES):
            found.append(match.group(0).strip())
    return found


# The templates that write inline scripts (the theme's and ours), rendered at the end of the
# build to learn the exact scripts they write: the only inline scripts the policy allows.
KNOWN_SCRIPT_TEMPLATES = (
    "partials/javascripts/base.html",
    "partials/javascripts/content.html",
    "partials/before-first-paint.html",
)


def base_urls(pages: list[pathlib.Path], site_dir: pathlib.Path, site_path: str) -> set[str]:
    """The theme's `base_url` for each page: relative ('.', '..', '../..') from its folder,
    and the site's own path for the 404 page, which is served from any folder."""
    bases = set()
    for path in pages:
        relative = path.relative_to(site_dir)
        if relative.as_posix() == "404.html":
            bases.add(site_path)
        else:
            depth = len(relative.parts) - 1
            bases.add("/".join([".."] * depth) or ".")
    return bases


def known_script_hashes(render: Callable[[str, str], str], bases: set[str]) -> set[str]:
    """The hashes of every inline script the known templates write, for each base_url.
    `render(template, base_url)` renders one template as the theme would."""
    known: set[str] = set()
    for base in bases:
        for template in KNOWN_SCRIPT_TEMPLATES:
            known |= inline_script_hashes(render(template, base))
    return known


class PolicyError(Exception):
    """A built page holds a script or an address that the policy must not allow."""


def inline_scripts(html: str) -> dict[str, str]:
    """CSP source expression ('sha256-…') -> text, for each inline script a page would run."""
    found = {}
    for match in SCRIPT.finditer(html):
        attributes = match.group("attributes")
        kind = TYPE.search(attributes)
        if SOURCE.search(attributes) or (kind and kind.group(1).lower() in DATA_TYPES):
            continue
        digest = hashlib.sha256(match.group("text").encode("utf-8")).digest()
        found[f"'sha256-{base64.b64encode(digest).decode('ascii')}'"] = match.group("text")
    return found


def inline_script_hashes(html: str) -> set[str]:
    """CSP source expressions ('sha256-…') for each inline script a page would run."""
    return set(inline_scripts(html))


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


def apply_policy(pages: list[pathlib.Path], known: set[str], site_dir: pathlib.Path) -> str:
    """Put one policy, allowing the known inline scripts, into every page; returns it. Raises
    PolicyError naming the file for any other inline script, an address that runs script,
    markup that acts by itself, a page without the policy, or an SVG image with a script
    (opened on its own, an image runs its scripts under no policy of ours)."""
    problems = []
    for image in sorted(site_dir.rglob("*.svg")):
        text = image.read_text(encoding="utf-8", errors="replace")
        if re.search(r"<script\b", text, re.I) or ACTIVE_MARKUP.search(text) or script_addresses(text):
            problems.append(
                f"{image.relative_to(site_dir).as_posix()}: an SVG image with a script or an active link; remove it"
            )
    used: set[str] = set()
    for path in pages:  # two passes, one page in memory at a time
        text = path.read_text(encoding="utf-8")
        name = path.relative_to(site_dir).as_posix()
        for digest, script in inline_scripts(text).items():
            if digest in known:
                used.add(digest)
            else:
                problems.append(
                    f"{name}: an inline script no template writes ({' '.join(script.split())[:60]!r}); scripts may not come from data or pages"
                )
        if PLACEHOLDER not in text:
            problems.append(
                f"{name}: a page without the site's policy; publish it as a Markdown page, not a file of HTML"
            )
        for found in script_addresses(text):
            problems.append(
                f"{name}: a link whose address runs script ({found[:40]!r}); use an https:// or relative address"
            )
        for match in ACTIVE_MARKUP.finditer(text):
            problems.append(
                f"{name}: markup that runs or loads something by itself ({match.group(0)[:40]!r}); remove it"
            )
    if problems:
        raise PolicyError("\n".join(problems))
    text_of_policy = policy(used)
    for path in pages:
        text = path.read_text(encoding="utf-8")
        if PLACEHOLDER in text:
            path.write_text(text.replace(PLACEHOLDER, text_of_policy), encoding="utf-8")
    return text_of_policy
