"""A scratch copy of the project's build inputs, for builds that must not touch the real tree."""

from __future__ import annotations

import functools
import pathlib
import shutil
from typing import TYPE_CHECKING, Any

import yaml

if TYPE_CHECKING:
    from macros.knowledge import Knowledge

ROOT = pathlib.Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
# The build also reads the checklist's reader situations: the method page publishes their scores.
BUILD_INPUTS = ["mkdocs.yml", "docs", "includes", "macros", "overrides", "tests/checklist_vignettes.yml"]
SKIP = shutil.ignore_patterns("__pycache__")


def copy_project(to: pathlib.Path) -> pathlib.Path:
    """Copy what `mkdocs build` reads (config, pages, data, glossary, macros, theme) into `to`."""
    to.mkdir(parents=True, exist_ok=True)
    for name in BUILD_INPUTS:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, to / name, ignore=SKIP)
        else:
            (to / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, to / name)
    return to


class _ConfigLoader(yaml.SafeLoader):
    """Reads mkdocs.yml, whose !ENV tags do not matter to the tests that read it."""


_ConfigLoader.add_multi_constructor("!", lambda loader, suffix, node: None)


def mkdocs_config() -> dict[str, Any]:
    """mkdocs.yml as data (an !ENV value reads as None)."""
    config: dict[str, Any] = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_ConfigLoader)
    return config


# The tab's icon, as a path from the site's root: the browser asks for it again by itself
# (after the load event, and when the theme rewrites the address), carrying nothing.
SITE_ICON: str = mkdocs_config()["theme"]["favicon"]


@functools.cache
def project_knowledge() -> Knowledge:
    """The real knowledge data, loaded and checked as the build does, once per test process:
    the `kb` fixture and every module that needs the data at import time share it."""
    from macros.knowledge import load_knowledge

    return load_knowledge(DOCS / "data", DOCS)
