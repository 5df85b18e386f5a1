"""A scratch copy of the project's build inputs, for builds that must not touch the real tree."""

from __future__ import annotations

import pathlib
import shutil

ROOT = pathlib.Path(__file__).resolve().parents[2]
BUILD_INPUTS = ["mkdocs.yml", "docs", "includes", "macros", "overrides"]
SKIP = shutil.ignore_patterns("__pycache__")


def copy_project(to: pathlib.Path) -> pathlib.Path:
    """Copy what `mkdocs build` reads (config, pages, data, glossary, macros, theme) into `to`."""
    to.mkdir(parents=True, exist_ok=True)
    for name in BUILD_INPUTS:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, to / name, ignore=SKIP)
        else:
            shutil.copy2(source, to / name)
    return to
