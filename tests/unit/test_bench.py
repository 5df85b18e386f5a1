"""tools/bench.py: the project copies it measures are what its rows say they are."""

from __future__ import annotations

import pathlib

import pytest

from tools import bench


def test_front_matter_is_the_leading_yaml_block_only() -> None:
    page = "---\ntitle: Feet\nreviewed: 2026-11-01\n---\n\n# Feet\n\n---\n\nMore.\n"
    assert bench.front_matter(page) == "---\ntitle: Feet\nreviewed: 2026-11-01\n---\n"


@pytest.mark.parametrize("page", ["# Feet\n\n---\n\ntitle: no\n---\n", "\n---\ntitle: Feet\n---\n"])
def test_a_page_without_leading_front_matter_has_none(page: str) -> None:
    assert bench.front_matter(page) == ""


def test_the_plain_copy_drops_the_macros_plugin_and_keeps_the_rest(tmp_path: pathlib.Path) -> None:
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: x\nplugins:\n  - search\n  - macros:\n      module_name: macros\n      on_error_fail: true\n"
        "\nmarkdown_extensions:\n  - abbr\n",
        encoding="utf-8",
    )
    bench.without_macros(tmp_path)
    assert (tmp_path / "mkdocs.yml").read_text(encoding="utf-8") == (
        "site_name: x\nplugins:\n  - search\nmarkdown_extensions:\n  - abbr\n"
    )


def test_an_overhead_is_the_median_of_each_rounds_ratio() -> None:
    # The machine is twice as slow for the plain builds of rounds 2 and 3 and for the macros
    # build of round 3. Medians taken apart would say 1.5 / 2.0, a macros build faster than
    # a plain one; round by round, the macros build costs half as much again.
    macros = {"cpu_runs": [1.5, 1.5, 3.0]}
    plain = {"cpu_runs": [1.0, 2.0, 2.0]}
    assert bench.paired_ratio(macros, plain) == pytest.approx(1.5)
