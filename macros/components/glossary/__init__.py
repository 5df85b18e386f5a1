"""The glossary page and the tooltips that explain its words wherever they are used
(glossary.py; the entries are includes/glossary.md, which every page appends)."""

from __future__ import annotations

import pathlib

from ...citations import INCLUDES
from .. import Call, Component, ComponentError, Macro
from . import glossary

ENTRIES = f"{INCLUDES}/glossary.md"


def _entries(project_dir: pathlib.Path) -> list[tuple[str, str]]:
    try:
        return glossary.parse_glossary((project_dir / ENTRIES).read_text(encoding="utf-8"))
    except glossary.GlossaryError as error:
        raise ComponentError(f"{ENTRIES}: {error}") from None


def _glossary(call: Call) -> str:
    return glossary.glossary_markdown(_entries(call.project_dir))


COMPONENT = Component(
    folder=pathlib.Path(__file__).parent,
    macros={"glossary": Macro(render=_glossary)},
    styles=("tooltips.css",),
    scripts=("tooltips.js",),
    check=lambda kb, project_dir: _entries(project_dir),
)
