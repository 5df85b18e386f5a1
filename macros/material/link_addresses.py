"""Addresses written absolute at build time, where the theme's instant navigation would
otherwise cost work or send a reader to the wrong page: every page's <link> elements
(stylesheets, icon, neighbours) and the body map's links.

- <link>: when a page loads, Material's instant navigation rewrites every relative `href`
  and `src` in the document to its absolute form, so that it can compare heads across
  pages. For a stylesheet link a new `href` is a new stylesheet: the browser parses the
  file again and restyles the whole page, and the icon is fetched again. On a slow phone
  that is one of the longest pieces of work the first page does after it appears. Written
  absolute from the start, the rewrite sets each attribute to the value it already has.
- The body map's links are SVG <a> elements with `xlink:href`, which that rewrite skips.
  Instant navigation changes the address as soon as a link is followed and shows the new
  page only once it has arrived; a map link on the page still on screen, if relative, would
  then be read against the new address and lead to "Page not found".

HTML links a reader follows (<a href>) stay relative: the theme makes them absolute itself.
Plain functions of text; no MkDocs import.
"""

from __future__ import annotations

import pathlib
import re
import urllib.parse

LINK_HREF = re.compile(r'(<link\b[^>]*?\shref=")([^"]*)(")', re.I)
SVG_LINK_HREF = re.compile(r'(<a\b[^>]*?\sxlink:href=")([^"]*)(")', re.I)
# What the theme's rewrite leaves alone: a scheme (http:, data:) or a network path (//host).
ABSOLUTE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//)", re.I)


def page_address(site_url: str, html_file: str) -> str:
    """The address a built file is served at: `a/b/index.html` -> `<site_url>a/b/`."""
    base = site_url if site_url.endswith("/") else site_url + "/"
    return base + html_file.removesuffix("index.html")


def absolute_links(html: str, address: str) -> str:
    """The page with each relative <link href> and SVG <a xlink:href> resolved against the
    page's address."""

    def resolve(match: re.Match[str]) -> str:
        start, href, end = match.group(1, 2, 3)
        if not href or ABSOLUTE.match(href):
            return f"{start}{href}{end}"
        return f"{start}{urllib.parse.urljoin(address, href)}{end}"

    return SVG_LINK_HREF.sub(resolve, LINK_HREF.sub(resolve, html))


def write_absolute_links(pages: list[pathlib.Path], site_dir: pathlib.Path, site_url: str) -> None:
    """Rewrite the built pages' <link> elements and SVG links for the site's published address."""
    for path in pages:
        text = path.read_text(encoding="utf-8")
        changed = absolute_links(text, page_address(site_url, path.relative_to(site_dir).as_posix()))
        if changed != text:
            path.write_text(changed, encoding="utf-8")
