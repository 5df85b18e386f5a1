"""Markup put into the data, the wording or a page's front matter never runs as script.

A careless or hostile edit that merges is the attack: a script or a Markdown link in a source's
title, in the wording or a correction, in a clinician's name, or a javascript: link in the
glossary. The build either publishes it as text (escaped: a clinician's name), or stops with one
line naming the file and the field (data text may hold no markup or link syntax at all); and the
Content-Security-Policy allows only the inline scripts the templates write, so the build
would stop at any other (tests/unit/test_csp.py). Here a copy of the project is edited, built
and opened in Chromium.
"""

from __future__ import annotations

import pathlib

import pytest
import yaml

from support.fixtures import build_site
from support.project import copy_project
from support.server import serve

PAYLOAD = "<script>window.__injected = 1</script>"
ESCAPED = "&lt;script&gt;window.__injected = 1&lt;/script&gt;"


def edit_yaml(path: pathlib.Path, change) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")


def front_matter_edit(path: pathlib.Path, field: str, value: str) -> None:
    text = path.read_text(encoding="utf-8")
    head, body = text[4:].split("\n---\n", 1)
    meta = yaml.safe_load(head)
    meta[field] = value
    path.write_text("---\n" + yaml.safe_dump(meta, sort_keys=False) + "---\n" + body, encoding="utf-8")


@pytest.fixture(scope="module")
def injected_site(tmp_path_factory):
    """A build of a copy whose text fields carry a script, and a server for it."""
    project = copy_project(tmp_path_factory.mktemp("injected") / "project")
    about = project / "docs" / "about.md"
    text = about.read_text(encoding="utf-8")
    about.write_text(
        text.replace(
            "\n---\n", f"\nclinical_review: {{name: '{PAYLOAD}', role: '{PAYLOAD}', date: 2026-11-30}}\n---\n", 1
        ),
        encoding="utf-8",
    )
    site = tmp_path_factory.mktemp("injected-site")
    server, url = serve(site)
    result = build_site(project, site, {"SITE_URL": url})
    assert result.returncode == 0, result.stdout + result.stderr
    yield site, url
    server.shutdown()


def test_text_fields_reach_the_page_as_text(injected_site):
    site, _ = injected_site
    pages = {path: path.read_text(encoding="utf-8") for path in site.rglob("*.html")}
    assert not [path for path, html in pages.items() if PAYLOAD in html]
    assert ESCAPED in pages[site / "about/index.html"]


def test_no_injected_script_runs_in_the_browser(browser, injected_site):
    _, url = injected_site
    context = browser.new_context()
    try:
        page = context.new_page()
        for path in ["about/"]:
            page.goto(url + path)
            assert page.evaluate("() => window.__injected") is None, path
    finally:
        context.close()


@pytest.mark.parametrize(
    "where, edit, line",
    [
        (
            "a source's title",
            lambda project: edit_yaml(
                project / "docs/data/sources.yml", lambda s: s[0].update(title="NHS twitching " + PAYLOAD)
            ),
            "sources.yml: entry 'nhs-twitching', field 'title': Value error, write plain words",
        ),
        (
            "the wording",
            lambda project: edit_yaml(
                project / "docs/data/wording.yml", lambda w: w["related"].update(heading="Related " + PAYLOAD)
            ),
            "wording.yml: entry 'related', field 'heading': Value error, write plain words",
        ),
        (
            "a Markdown link in a correction",
            lambda project: edit_yaml(
                project / "docs/data/corrections.yml",
                lambda entries: entries[0].update(
                    change="See [this](https://example.org/) ![i](https://example.org/i.png)"
                ),
            ),
            "corrections.yml: entry 'als-healthy-people-figure', field 'change': Value error, write plain words",
        ),
        (
            "a source's address",
            lambda project: edit_yaml(
                project / "docs/data/sources.yml", lambda s: s[0].update(address="https://example.org/a)" + PAYLOAD)
            ),
            "sources.yml: entry 'nhs-twitching', field 'address': String should match pattern",
        ),
        (
            "a page's title",
            lambda project: front_matter_edit(project / "docs/about.md", "title", "About " + PAYLOAD),
            "docs/about.md: front matter, field 'title': write plain words",
        ),
        (
            "a javascript: link in the glossary (Markdown by design)",
            lambda project: (project / "includes/glossary.md").write_text(
                (project / "includes/glossary.md").read_text(encoding="utf-8")
                + "\n*[zebra]: See [this](javascript:alert(1)).\n",
                encoding="utf-8",
            ),
            "a link whose address runs script",
        ),
    ],
    ids=["source-title", "wording", "markdown-link", "address", "front-matter-title", "javascript-link"],
)
def test_markup_the_build_cannot_publish_as_text_stops_it_with_one_line(tmp_path, where, edit, line):
    project = copy_project(tmp_path / "project")
    edit(project)
    result = build_site(project, tmp_path / "site")
    assert result.returncode != 0, where
    assert line in result.stdout + result.stderr, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
