"""A component is a folder with a registry row, and nothing else lists it.

The test adds the example component (tests/fixtures/example_notice/: generator, template,
style, script) to a scratch copy of the project, calls it on one page, and builds: the
page's Sources list and the site-wide Sources page cite what the call cites, and its
style and script are in the bundles every page loads. No other file is touched.
"""

from __future__ import annotations

import shutil

import pytest
from bs4 import BeautifulSoup

from macros import components
from support.fixtures import build_site
from support.project import ROOT, copy_project

EXAMPLE = ROOT / "tests" / "fixtures" / "example_notice"
PAGE = "about.md"


def uncited_source(kb) -> str:
    """A source the page does not cite already, so finding it cited proves the call did it."""
    from macros.citations import sources_cited_by

    _, cited = sources_cited_by((ROOT / "docs" / PAGE).read_text(encoding="utf-8"), kb, ROOT / "includes")
    return next(source_id for source_id in kb.sources if source_id not in cited)


@pytest.fixture(scope="module")
def with_example(tmp_path_factory, kb):
    project = copy_project(tmp_path_factory.mktemp("project"))
    shutil.copytree(EXAMPLE, project / "macros" / "components" / EXAMPLE.name)
    source_id = uncited_source(kb)
    with (project / "docs" / PAGE).open("a", encoding="utf-8") as page:
        page.write(f"\n{{{{ example_notice('{source_id}') }}}}\n")
    site = project / "built"
    result = build_site(project, site)
    assert result.returncode == 0, result.stdout + result.stderr
    return site, kb.sources[source_id]


def test_an_added_component_is_rendered_cited_and_bundled(with_example):
    site, source = with_example
    page = BeautifulSoup((site / "about" / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert page.select_one(".example-notice").get_text() == source.title
    assert page.select_one(f"#sources li#source-{source.id}"), "the page's own Sources list cites it"
    sources_page = BeautifulSoup((site / "sources" / "index.html").read_text(encoding="utf-8"), "html.parser")
    section = sources_page.find(id=source.id).find_next("ul")
    assert any(a["href"].rstrip("/").endswith("about") for a in section.select("a")), "Cited on: the page"
    assert ".example-notice" in (site / "assets" / "stylesheets" / "site.css").read_text(encoding="utf-8")
    assert "window.exampleNoticeLoaded = true;" in (site / "assets" / "javascripts" / "site.js").read_text(
        encoding="utf-8"
    )


def test_every_component_is_a_folder_with_a_row_and_its_named_files():
    rows = components.registry()
    assert [row.name for row in rows] == [folder.name for folder in components.folders()]
    for row in rows:
        for name in (*row.styles, *row.scripts):
            assert (row.folder / name).is_file(), f"{row.name}: {name}"
    assert len(components.macros()) == sum(len(row.macros) for row in rows), "no macro name is claimed twice"
