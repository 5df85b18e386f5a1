"""Mistakes new editors make, each stopped with one plain line that names the place and the fix.

Data mistakes are read by the same loader the build uses (its lines are what the build
prints); a page mistake goes through a real build, so its line number is checked as the
editor will see it, front matter included.
"""

from __future__ import annotations

import pathlib
import shutil

import pytest

from macros.knowledge import DataError, load_knowledge
from support.fixtures import build_site
from support.project import ROOT, copy_project


def problems_after(tmp_path: pathlib.Path, file: str, old: str, new: str) -> list[str]:
    docs = tmp_path / "docs"
    shutil.copytree(ROOT / "docs", docs)
    path = docs / "data" / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(DataError) as error:
        load_knowledge(docs / "data", docs)
    return [line.replace(str(docs), "docs") for line in error.value.problems]


# (file, text an editor changed, what they typed, the one line the build prints)
DATA_MISTAKES = {
    "a tab says to indent with spaces": (
        "regions.yml",
        "  name: Feet",
        "\tname: Feet",
        "docs/data/regions.yml: not valid YAML at line 30, column 1: found a tab character that violates"
        " indentation; indent with spaces, not tabs",
    ),
    "text cut at a comma says to quote it": (
        "causes.yml",
        "{site: calves, described: one of the usual places, sources: [medlineplus-twitching]}",
        "{site: calves, described: one of the usual places, but not only, sources: [medlineplus-twitching]}",
        "docs/data/causes.yml: entry 'stress-anxiety', field 'sites[2].but not only': Extra inputs are not"
        " permitted; this looks like text cut at a comma: put the whole text in quotes",
    ),
    "a colon in unquoted text says to quote it": (
        "regions.yml",
        "  name: Feet",
        "  name: Feet: soles and toes",
        "docs/data/regions.yml: not valid YAML at line 30, column 13: mapping values are not allowed in this"
        " context; a text with ': ' in it needs quotes around it",
    ),
    "a mistyped id suggests the one meant": (
        "causes.yml",
        "red_flags: [stimulant-overdose-signs]",
        "red_flags: [stimulant-overdose-sign]",
        "docs/data/causes.yml: entry 'caffeine', field 'red_flags[0]': unknown red flag 'stimulant-overdose-sign'"
        " (not in docs/data/red_flags.yml); did you mean 'stimulant-overdose-signs'?",
    ),
}


@pytest.mark.parametrize("mistake", DATA_MISTAKES)
def test_a_data_mistake_is_one_line_naming_the_place_and_the_fix(tmp_path, mistake):
    file, old, new, line = DATA_MISTAKES[mistake]
    assert problems_after(tmp_path, file, old, new) == [line]


def test_a_body_site_without_its_section_on_the_region_page_stops_the_build(tmp_path):
    problems = problems_after(tmp_path, "sites.yml", "- id: toes\n", "- id: toe\n")
    assert (
        "docs/data/sites.yml: entry 'toe', field 'id': page 'body-sites/feet.md' has no section { #toe };"
        " add it to the heading"
    ) in problems


def test_a_page_with_an_anchor_missing_its_space_and_a_heading_of_its_own_is_named_at_its_lines(tmp_path):
    project = copy_project(tmp_path / "project")
    page = project / "docs" / "causes" / "medicines.md"
    lines = page.read_text(encoding="utf-8").splitlines()
    heading = next(i for i, line in enumerate(lines) if line.startswith("## Which medicines?"))
    lines[heading] = "## Which medicines? {#which-medicines}"
    lines.insert(heading, "# Medicines")
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = build_site(project, tmp_path / "site")
    assert result.returncode != 0
    assert (
        f"docs/causes/medicines.md, line {heading + 1}: no '# ' heading in a page: the front-matter title is the"
        " page's heading; start sections at '## '"
    ) in result.stderr
    assert (
        f"docs/causes/medicines.md, line {heading + 2}: add a space: write {{ #anchor }}, not {{#anchor}}"
        " ('{#' opens a template comment): {#which-medicines}"
    ) in result.stderr
    assert "Traceback" not in result.stderr and "Missing end of comment tag" not in result.stderr
