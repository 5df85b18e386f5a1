"""Links between pages, as Markdown link targets relative to the page that shows them.

MkDocs resolves and checks relative `.md` links (anchors too, under
`validation: anchors`), so generated links get the same checks as hand-written ones.
"""

from __future__ import annotations

import html
import posixpath


def relative_link(from_page: str, target: str) -> str:
    """Target ('dir/page.md#anchor') as seen from the docs page `from_page` ('dir/other.md')."""
    path, _, anchor = target.partition("#")
    if path == from_page:
        return f"#{anchor}" if anchor else posixpath.basename(path)
    relative = posixpath.relpath(path, posixpath.dirname(from_page) or ".")
    return f"{relative}#{anchor}" if anchor else relative


def md_link(text: str, from_page: str, target: str) -> str:
    """A Markdown link; the text is HTML-escaped because it sits inside generated HTML."""
    return f"[{html.escape(text)}]({relative_link(from_page, target)})"


def page_url(src: str) -> str:
    """The site URL of a docs page under MkDocs' directory URLs: 'a/b.md' -> 'a/b/', 'a/index.md' -> 'a/'."""
    if src == "index.md":
        return ""
    if src.endswith("/index.md"):
        return src[: -len("index.md")]
    return src[: -len(".md")] + "/"


def url_between(from_page: str, target: str) -> str:
    """The relative URL, as it will be in the built HTML, from one docs page to 'page.md#anchor'."""
    path, _, anchor = target.partition("#")
    fragment = f"#{anchor}" if anchor else ""
    if path == from_page and fragment:
        return fragment
    relative = posixpath.relpath(page_url(path) or ".", page_url(from_page) or ".")
    return ("./" if relative == "." else relative + "/") + fragment


def html_link(text: str, from_page: str, target: str) -> str:
    return f'<a href="{html.escape(url_between(from_page, target))}">{html.escape(text)}</a>'
