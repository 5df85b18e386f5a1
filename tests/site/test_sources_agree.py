"""The site-wide Sources page and every page's own Sources list say the same thing: a page
lists a source exactly when the Sources page names that page under "Cited on"."""

from __future__ import annotations

import posixpath

from bs4 import BeautifulSoup

from macros.links import page_url


def page_path(href: str, from_dir: str) -> str:
    """A relative link from the Sources page as the linked page's folder ('' for home)."""
    return posixpath.normpath(posixpath.join(from_dir, href.split("#")[0])).strip("./")


def test_the_sources_page_and_every_pages_sources_list_agree(built_site, kb):
    listed: set[tuple[str, str]] = set()
    for path in built_site.rglob("index.html"):
        folder = path.parent.relative_to(built_site).as_posix().strip(".")
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for item in soup.select("article .page-sources li[id^=source-]"):
            listed.add((item["id"].removeprefix("source-"), folder))
    sources_dir = page_url("sources.md").strip("/")
    soup = BeautifulSoup((built_site / sources_dir / "index.html").read_text(encoding="utf-8"), "html.parser")
    named: set[tuple[str, str]] = set()
    for heading in soup.select("article h2[id]"):
        if heading["id"] not in kb.sources:
            continue
        details = heading.find_next_sibling("ul")
        cited_on = [li for li in details.find_all("li") if li.find("a") and "Cited on" in li.get_text()]
        for item in cited_on:
            for link in item.find_all("a"):
                named.add((heading["id"], page_path(link["href"], sources_dir)))
    assert len(listed) > 200 and len({page for _, page in listed}) > 25
    assert listed - named == set(), "pages list these sources, but the Sources page does not name the page"
    assert named - listed == set(), "the Sources page names these pages, but their own lists lack the source"
