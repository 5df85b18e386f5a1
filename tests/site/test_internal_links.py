"""Every internal link, asset and anchor in the built HTML lands on something that exists."""

from __future__ import annotations

import functools
import os
import pathlib
import urllib.parse

from bs4 import BeautifulSoup

# Attributes that point at another resource (an SVG link's is xlink:href); srcset-style lists
# are not used by the site.
LINKING = [
    ("a", "href"),
    ("a", "xlink:href"),
    ("link", "href"),
    ("script", "src"),
    ("img", "src"),
    ("source", "src"),
    ("iframe", "src"),
    ("form", "action"),
]
DEFAULT_SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000/").rstrip("/") + "/"


def html_files(site: pathlib.Path) -> list[pathlib.Path]:
    return sorted(site.rglob("*.html"))


def url_path_of(site: pathlib.Path, html_file: pathlib.Path) -> str:
    """The URL path a built file is served at: 'causes/nicotine/index.html' -> '/causes/nicotine/'."""
    relative = html_file.relative_to(site).as_posix()
    return "/" + (relative[: -len("index.html")] if relative.endswith("index.html") else relative)


@functools.cache
def ids_in(html_file: pathlib.Path) -> frozenset[str]:
    soup = BeautifulSoup(html_file.read_text(encoding="utf-8"), "html.parser")
    return frozenset(
        [tag["id"] for tag in soup.find_all(id=True)]
        + [tag["name"] for tag in soup.find_all("a", attrs={"name": True})]
    )


def target_file(site: pathlib.Path, url_path: str) -> pathlib.Path | None:
    path = site / urllib.parse.unquote(url_path).lstrip("/")
    if url_path.endswith("/") or path.is_dir():
        path = path / "index.html"
    return path if path.is_file() else None


def broken_links(site: pathlib.Path, site_url: str = DEFAULT_SITE_URL) -> list[str]:
    """One line per link that does not resolve: 'page: href (why)'."""
    own = urllib.parse.urlsplit(site_url)
    problems = []
    for html_file in html_files(site):
        page_path = url_path_of(site, html_file)
        # Pages are served under site_url's path; the 404 page at any missing address, so its
        # links are absolute (from site_url) and it is checked as if at the site's root.
        base = f"{own.scheme}://{own.netloc}{own.path}" + ("" if html_file.name == "404.html" else page_path[1:])
        soup = BeautifulSoup(html_file.read_text(encoding="utf-8"), "html.parser")
        for tag_name, attribute in LINKING:
            for tag in soup.find_all(tag_name, attrs={attribute: True}):
                href = tag[attribute].strip()
                parts = urllib.parse.urlsplit(href)
                if (parts.scheme or parts.netloc) and (parts.scheme, parts.netloc) != (own.scheme, own.netloc):
                    continue  # an outside address or mailto:/tel:/javascript:, not ours to check here
                target = urllib.parse.urlsplit(urllib.parse.urljoin(base, href))
                where = f"{html_file.relative_to(site).as_posix()}: <{tag_name} {attribute}={tag[attribute]!r}>"
                file = None
                if target.path.startswith(own.path):
                    file = target_file(site, target.path[len(own.path) - 1 :])
                if file is None:
                    problems.append(f"{where} (no file at {target.path})")
                elif (
                    target.fragment
                    and file.suffix == ".html"
                    and urllib.parse.unquote(target.fragment) not in ids_in(file)
                ):
                    problems.append(f"{where} (no id '{target.fragment}' in {file.relative_to(site).as_posix()})")
    return problems


def test_the_checker_finds_a_broken_link_and_a_broken_anchor(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text(
        '<h2 id="here">x</h2><a href="#here">ok</a><a href="../b/">page</a>'
        '<a href="../a/#gone">anchor</a><a href="https://elsewhere.org/x">out</a>'
        '<svg><a xlink:href="http://127.0.0.1:8000/c/">map</a></svg>'
    )
    (tmp_path / "index.html").write_text('<a href="a/#here">ok</a>')
    assert broken_links(tmp_path, "http://127.0.0.1:8000/") == [
        "a/index.html: <a href='../b/'> (no file at /b/)",
        "a/index.html: <a href='../a/#gone'> (no id 'gone' in a/index.html)",
        "a/index.html: <a xlink:href='http://127.0.0.1:8000/c/'> (no file at /c/)",
    ]


def test_links_under_a_sub_path_are_checked_against_it(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text('<a href="../">up</a><a href="../../">out of the site</a>')
    (tmp_path / "index.html").write_text("home")
    (tmp_path / "404.html").write_text(
        '<a href="/repo/a/">ok</a><a href="/a/">wrong</a><a href="http://h.io/repo/a/">ok</a>'
    )
    assert broken_links(tmp_path, "http://h.io/repo/") == [
        "404.html: <a href='/a/'> (no file at /a/)",
        "a/index.html: <a href='../../'> (no file at /)",
    ]


def test_every_internal_link_and_anchor_resolves(built_site, site_url):
    problems = broken_links(built_site, site_url)
    assert len(html_files(built_site)) > 20
    assert problems == [], "\n".join(problems)
