"""The built site: the generated cause and site views show every cause and site, and their links land."""

from __future__ import annotations

import functools
import pathlib
import urllib.parse

import pytest
import yaml
from bs4 import BeautifulSoup

from macros.components import selectors
from macros.links import page_url
from support.fixtures import build_site
from support.project import copy_project, project_knowledge

KB = project_knowledge()


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
    return not parts.fragment or parts.fragment in ids_on(file)


@functools.cache
def ids_on(file: pathlib.Path) -> frozenset[str]:
    """Every id on a built page, parsed once however many links point into it."""
    return frozenset(
        tag["id"] for tag in BeautifulSoup(file.read_text(encoding="utf-8"), "html.parser").find_all(id=True)
    )


# Every component's root elements, from the registry (macros/components/).
GENERATED = selectors()


def generated_blocks(site: pathlib.Path):
    for html_file in sorted(site.rglob("index.html")):
        page_path = html_file.parent.relative_to(site).as_posix()
        page_path = "" if page_path == "." else page_path + "/"
        soup = BeautifulSoup(html_file.read_text(encoding="utf-8"), "html.parser")
        for block in soup.select(GENERATED):
            yield page_path, block


def table_grid(table) -> tuple[list[str], list[tuple[str, list]]]:
    """A table's column headers, and each row's header text with its cells."""
    columns = [" ".join(th.get_text().split()) for th in table.select("thead th[scope=col]")]
    rows = []
    for tr in table.select("tbody tr"):
        header = tr.find("th", scope="row")
        assert header is not None, "every row has a row header"
        rows.append((" ".join(header.get_text().split()), tr.find_all("td")))
    return columns, rows


def test_the_overview_is_a_cause_by_region_table_with_every_cause_and_every_region(built_site):
    table = soup_of(built_site, "causes").select_one("table.cause-table--overview")
    assert table is not None and table.caption and table.caption.get_text().strip()
    columns, rows = table_grid(table)
    assert columns[2:] == [region.name for region in KB.regions.values()]
    placed = [cause for cause in KB.causes.values() if cause.sites]
    assert [name for name, _ in rows][1:] == [cause.name for cause in placed]
    # A cause no source ties to a place is named once under the table, not given a row of dashes.
    unplaced = [a.get_text() for a in table.find_next("p", class_="cause-table__unplaced").find_all("a")]
    assert unplaced == [cause.name for cause in KB.causes.values() if not cause.sites]
    for name, cells in rows:
        assert len(cells) == len(columns) - 1, name
    # Each tie in the data shows in its region's column, with its sources.
    shown = 0
    for cause, (name, cells) in zip(placed, rows[1:], strict=True):
        assert name == cause.name
        for link in cause.sites:
            if link.site == "anywhere":
                cell = cells[0]
            else:
                region_index = list(KB.regions).index(KB.sites[link.site].region)
                cell = cells[1 + region_index]
                assert KB.sites[link.site].name in cell.get_text(), (cause.id, link.site)
            hrefs = {a["href"] for a in cell.find_all("a")}
            assert {f"#source-{s}" for s in link.sources} <= hrefs, (cause.id, link.site)
            shown += 1
    assert shown >= 14


def test_every_region_page_has_a_table_of_its_causes_with_sources(built_site):
    for region in KB.regions.values():
        table = soup_of(built_site, page_url(region.page)).select_one("table.cause-table--region")
        assert table is not None and region.name in table.caption.get_text(), region.id
        columns, rows = table_grid(table)
        assert len(columns) == 4 and rows, region.id
        for name, cells in rows:
            assert len(cells) == 3 and cells[2].select("a[href^='#source-']"), (region.id, name)
        tied = {cause.name for cause, _ in KB.causes_at([site.id for site in KB.sites_in(region.id)])}
        assert tied <= {name for name, _ in rows}, region.id


def test_every_cause_page_shows_where_it_shows_up_and_every_region_page_its_causes(built_site):
    """A cause tied to body sites lists them on its page; every cause's anchor exists."""
    for cause in KB.causes.values():
        page_path, _, anchor = cause.page.partition("#")
        soup = soup_of(built_site, page_url(page_path))
        if anchor:
            assert soup.find(id=anchor) is not None, f"{cause.id}: no #{anchor} on {page_path}"
    for cause_id in ["stress-anxiety", "lack-of-sleep", "caffeine", "alcohol", "nicotine"]:
        cause = KB.causes[cause_id]
        soup = soup_of(built_site, page_url(cause.page.partition("#")[0]))
        assert soup.select(".cause-sites"), cause_id
    for region in KB.regions.values():
        soup = soup_of(built_site, page_url(region.page))
        assert soup.select_one("table.cause-table--region"), region.id
        for site in KB.sites_in(region.id):
            assert soup.find(id=site.id) is not None, f"{region.page} has no #{site.id}"


def test_every_link_in_every_generated_block_resolves(built_site):
    checked = 0
    for page_path, block in generated_blocks(built_site):
        for a in block.find_all("a"):
            href = a.get("href") or a.get("xlink:href")
            if href.startswith(("tel:", "https://")):
                continue
            assert resolves(built_site, page_path, href), f"{page_path}: {href}"
            checked += 1
    assert checked > 300


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
    assert (
        "docs/causes/medicines.md: front matter, field 'reviewed': missing or not a date"
        in result.stdout + result.stderr
    )


def test_unknown_id_in_a_macro_call_stops_the_build(project_copy, tmp_path):
    page = project_copy / "docs" / "body-sites" / "feet.md"
    page.write_text(page.read_text() + "\n{{ region_causes('paws') }}\n")
    result = build_site(project_copy, tmp_path / "out")
    assert result.returncode != 0
    assert "unknown region id 'paws'" in result.stdout + result.stderr
