"""Trust metadata in the built site: each page's head matches its front matter, for any site_url.

Checked for the default address and for a project-site address with a sub-path
(as a fork's GitHub Pages site has): description, canonical link, Open Graph and
Twitter tags, the JSON-LD MedicalWebPage, sitemap.xml and robots.txt.
"""

from __future__ import annotations

import datetime
import gzip
import json
import os
import pathlib
import xml.etree.ElementTree as ET

import pytest
import yaml
from bs4 import BeautifulSoup

from macros.front_matter import FRONT_MATTER
from macros.links import page_url
from support.fixtures import build_site
from support.project import DOCS, ROOT, mkdocs_config, project_knowledge

KB = project_knowledge()
# mkdocs.yml's default address (unless SITE_URL is set), and a fork's project-site address.
DEFAULT_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000/").rstrip("/") + "/"
FORK_URL = "https://someone.github.io/twitching-site/"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def docs_pages() -> dict[str, dict]:
    """Every published docs page (src path -> front matter)."""
    pages = {}
    for path in sorted(DOCS.rglob("*.md")):
        src = path.relative_to(DOCS).as_posix()
        if src.startswith("data/"):
            continue
        match = FRONT_MATTER.match(path.read_text(encoding="utf-8"))
        pages[src] = yaml.safe_load(match.group(1)) if match else {}
    return pages


@pytest.fixture(scope="module")
def sites(tmp_path_factory) -> dict[str, pathlib.Path]:
    """The site built for the default address and for a fork's project-site address."""
    built = {}
    for url in (DEFAULT_URL, FORK_URL):
        out = tmp_path_factory.mktemp("site-for-url")
        result = build_site(ROOT, out, {"SITE_URL": url})
        assert result.returncode == 0, result.stdout + result.stderr
        built[url] = out
    return built


def head_of(site: pathlib.Path, src: str) -> BeautifulSoup:
    html = (site / page_url(src) / "index.html").read_text(encoding="utf-8")
    return BeautifulSoup(html, "html.parser")


def meta_content(soup: BeautifulSoup, **attrs) -> str | None:
    tag = soup.find("meta", attrs=attrs)
    return tag["content"] if tag else None


def json_ld(soup: BeautifulSoup) -> dict:
    scripts = soup.find_all("script", type="application/ld+json")
    assert len(scripts) == 1, "one JSON-LD block per page"
    return json.loads(scripts[0].string)


def plain(text: str) -> str:
    return " ".join(str(text).split())


@pytest.mark.parametrize("site_url", [DEFAULT_URL, FORK_URL])
def test_every_page_head_matches_its_front_matter(sites, site_url):
    site = sites[site_url]
    problems = []
    for src, front in docs_pages().items():
        soup = head_of(site, src)
        url = site_url + page_url(src)
        title, summary, reviewed = plain(front["title"]), plain(front["summary"]), front["reviewed"]
        expected = {
            "description": (meta_content(soup, name="description"), summary),
            "canonical": (soup.find("link", rel="canonical")["href"], url),
            "og:title": (meta_content(soup, property="og:title"), title),
            "og:description": (meta_content(soup, property="og:description"), summary),
            "og:url": (meta_content(soup, property="og:url"), url),
            "og:type": (meta_content(soup, property="og:type"), "website" if src == "index.md" else "article"),
            "og:site_name": (meta_content(soup, property="og:site_name"), mkdocs_config()["site_name"]),
            "twitter:card": (meta_content(soup, name="twitter:card"), "summary"),
            "twitter:title": (meta_content(soup, name="twitter:title"), title),
            "twitter:description": (meta_content(soup, name="twitter:description"), summary),
        }
        ld = json_ld(soup)
        expected.update(
            {
                "ld @type": (ld.get("@type"), "MedicalWebPage"),
                "ld name": (ld.get("name"), title),
                "ld description": (ld.get("description"), summary),
                "ld url": (ld.get("url"), url),
                "ld lastReviewed": (ld.get("lastReviewed"), reviewed.isoformat()),
                "ld inLanguage": (ld.get("inLanguage"), "en"),
                "ld medicalAudience": (
                    ld.get("medicalAudience"),
                    {"@type": "MedicalAudience", "audienceType": "Patient"},
                ),
                "ld about[0]": (ld["about"][0]["name"], project_knowledge().words.about_page.subject),
            }
        )
        for what, (found, wanted) in expected.items():
            if found != wanted:
                problems.append(f"{src}: {what} is {found!r}, expected {wanted!r}")
        assert isinstance(reviewed, datetime.date)
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("site_url", [DEFAULT_URL, FORK_URL])
def test_every_link_element_has_the_absolute_address_on_the_site(sites, site_url):
    """Stylesheets, icon and neighbours as absolute addresses under the site's own (the
    theme would rewrite relative ones on every load: macros/material/link_addresses.py)."""
    problems, checked = [], 0
    for path in sorted(sites[site_url].rglob("*.html")):
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for link in soup.find_all("link", href=True):
            checked += 1
            if not link["href"].startswith(site_url):
                problems.append(f"{path.relative_to(sites[site_url])}: {link}")
    assert checked > 100 and problems == [], "\n".join(problems[:10])
    home = BeautifulSoup((sites[site_url] / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert home.find("link", rel="stylesheet", href=site_url + "assets/stylesheets/site.css")


def test_citations_are_the_sources_the_page_lists(sites):
    """JSON-LD citation = the page's Sources list (front matter + generated tables), in order."""
    problems = []
    for src, front in docs_pages().items():
        soup = head_of(sites[DEFAULT_URL], src)
        listed = [li["id"].removeprefix("source-") for li in soup.select('.page-sources li[id^="source-"]')]
        missing = [source_id for source_id in front["sources"] if source_id not in listed]
        if missing:
            problems.append(f"{src}: front-matter sources {missing} not in the page's Sources list")
        citations = json_ld(soup)["citation"]
        wanted = [(KB.sources[i].title, KB.sources[i].address) for i in listed]
        found = [(work.get("name"), work.get("url")) for work in citations]
        if found != wanted:
            problems.append(f"{src}: citation {found} != Sources list {wanted}")
        for work in citations:
            if work["@type"] not in ("CreativeWork", "ScholarlyArticle"):
                problems.append(f"{src}: citation type {work['@type']}")
    assert problems == [], "\n".join(problems)


def test_cause_and_region_pages_say_what_they_are_about(sites):
    for cause in KB.causes.values():
        about = json_ld(head_of(sites[DEFAULT_URL], cause.page.partition("#")[0]))["about"]
        assert cause.name in [thing["name"] for thing in about], cause.id
    for region in KB.regions.values():
        about = json_ld(head_of(sites[DEFAULT_URL], region.page))["about"]
        assert {"@type": "AnatomicalStructure", "name": region.name} in [
            {"@type": t["@type"], "name": t["name"]} for t in about
        ], region.id


@pytest.mark.parametrize("site_url", [DEFAULT_URL, FORK_URL])
def test_sitemap_lists_every_page_at_the_site_url(sites, site_url):
    site = sites[site_url]
    pages = docs_pages()
    root = ET.fromstring((site / "sitemap.xml").read_bytes())
    entries = {u.findtext(f"{SITEMAP}loc"): u.findtext(f"{SITEMAP}lastmod") for u in root.iter(f"{SITEMAP}url")}
    assert entries == {site_url + page_url(src): front["reviewed"].isoformat() for src, front in pages.items()}
    assert gzip.decompress((site / "sitemap.xml.gz").read_bytes()) == (site / "sitemap.xml").read_bytes()


@pytest.mark.parametrize("site_url", [DEFAULT_URL, FORK_URL])
def test_robots_txt_allows_all_and_points_to_the_sitemap(sites, site_url):
    text = (sites[site_url] / "robots.txt").read_text(encoding="utf-8")
    assert text.splitlines() == ["User-agent: *", "Allow: /", "", f"Sitemap: {site_url}sitemap.xml"]


def test_the_404_page_asks_not_to_be_indexed_and_uses_the_site_url(sites):
    soup = BeautifulSoup((sites[FORK_URL] / "404.html").read_text(encoding="utf-8"), "html.parser")
    assert meta_content(soup, name="robots") == "noindex"
    assert not soup.find("script", type="application/ld+json")
    stylesheets = [link["href"] for link in soup.find_all("link", rel="stylesheet")]
    assert stylesheets and all(href.startswith(FORK_URL + "assets/") for href in stylesheets), stylesheets
