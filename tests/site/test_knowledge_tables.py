"""The built site: generated tables show every cause and site, and their links land."""
from __future__ import annotations

import pathlib
import urllib.parse

import pytest
import yaml
from bs4 import BeautifulSoup

from conftest import ROOT, build_site
from support.project import copy_project
from macros.knowledge import load_knowledge
from macros.links import page_url

KB = load_knowledge(ROOT / "docs" / "data", ROOT / "docs")


def soup_of(site: pathlib.Path, url_path: str) -> BeautifulSoup:
    return BeautifulSoup((site / url_path / "index.html").read_text(encoding="utf-8"), "html.parser")


def resolves(site: pathlib.Path, page_path: str, href: str) -> bool:
    """Does a relative href on the page at url `page_path` reach an existing page (and anchor)?"""
    target = urllib.parse.urljoin("http://x/" + page_path, href)
    parts = urllib.parse.urlsplit(target)
    path = site / parts.path.lstrip("/")
    file = path / "index.html" if parts.path.endswith("/") else path
    if not file.is_file():
        return False
    if not parts.fragment:
        return True
    return BeautifulSoup(file.read_text(encoding="utf-8"), "html.parser").find(id=parts.fragment) is not None


def generated_tables(site: pathlib.Path):
    for html_file in sorted(site.rglob("index.html")):
        page_path = html_file.parent.relative_to(site).as_posix()
        page_path = "" if page_path == "." else page_path + "/"
        soup = BeautifulSoup(html_file.read_text(encoding="utf-8"), "html.parser")
        for table in soup.select(".kb-table table"):
            yield page_path, table


def test_overview_table_names_every_cause_with_a_site_and_every_body_site(built_site):
    table = soup_of(built_site, "causes").select_one(".kb-overview table")
    assert table is not None
    row_headers = {th.get_text(strip=True) for th in table.select('th[scope="row"]')}
    assert {site.name for site in KB.sites.values()} <= row_headers
    linked = {a.get_text() for a in table.select("td a")}
    assert linked == {cause.name for cause in KB.causes.values() if cause.sites}


def test_every_cause_page_shows_its_table_and_every_region_page_its_causes(built_site):
    """A cause tied to body sites shows its table on its page; every cause's anchor exists."""
    for cause in KB.causes.values():
        page_path, _, anchor = cause.page.partition("#")
        soup = soup_of(built_site, page_url(page_path))
        captions = [c.get_text() for c in soup.select(".kb-cause-sites caption")]
        if cause.sites and page_path.startswith("causes/"):
            assert any(cause.name in caption for caption in captions), f"{cause.id}: no table on {page_path}"
        if anchor:
            assert soup.find(id=anchor) is not None, f"{cause.id}: no #{anchor} on {page_path}"
    for region in KB.regions.values():
        soup = soup_of(built_site, page_url(region.page))
        assert soup.select_one(".kb-region-causes table"), region.id
        for site in KB.sites_in(region.id):
            assert soup.find(id=site.id) is not None, f"{region.page} has no #{site.id}"


def test_every_link_in_every_generated_table_resolves(built_site):
    checked = 0
    for page_path, table in generated_tables(built_site):
        for a in table.find_all("a"):
            assert resolves(built_site, page_path, a["href"]), f"{page_path}: {a['href']}"
            checked += 1
    assert checked > 100


def test_tables_use_real_table_markup(built_site):
    for page_path, table in generated_tables(built_site):
        assert table.caption and table.caption.get_text(strip=True), page_path
        assert all(th.has_attr("scope") for th in table.find_all("th")), page_path


@pytest.fixture
def project_copy(tmp_path):
    """The project's build inputs in a scratch folder, for breaking on purpose."""
    return copy_project(tmp_path / "project")


def test_duplicated_id_in_the_data_stops_the_build_naming_file_and_entry(project_copy, tmp_path):
    causes_file = project_copy / "docs" / "data" / "causes.yml"
    causes = yaml.safe_load(causes_file.read_text())
    causes.append(dict(causes[3]))
    causes_file.write_text(yaml.safe_dump(causes, sort_keys=False))
    result = build_site(project_copy, tmp_path / "out")
    assert result.returncode != 0
    assert f"docs/data/causes.yml: entry '{causes[3]['id']}', field 'id': duplicate id" in result.stdout + result.stderr


def test_page_without_review_date_stops_the_build(project_copy, tmp_path):
    page = project_copy / "docs" / "causes" / "medicines.md"
    page.write_text(page.read_text().replace("reviewed:", "checked:", 1))
    result = build_site(project_copy, tmp_path / "out")
    assert result.returncode != 0
    assert "docs/causes/medicines.md: front matter, field 'reviewed': missing or not a date" in result.stdout + result.stderr


def test_unknown_id_in_a_macro_call_stops_the_build(project_copy, tmp_path):
    page = project_copy / "docs" / "body-sites" / "feet.md"
    page.write_text(page.read_text() + "\n{{ region_causes('paws') }}\n")
    result = build_site(project_copy, tmp_path / "out")
    assert result.returncode != 0
    assert "unknown region id 'paws'" in result.stdout + result.stderr
