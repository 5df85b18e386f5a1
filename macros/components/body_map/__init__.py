"""The body map: drawings of the body and face with a link for each body site, and the
same links as a list (body_map.py). Its shapes are data: docs/data/drawings.yml and
docs/data/body_map.yml, pictured for editors in docs/data/body_map.svg."""

from __future__ import annotations

import pathlib

from ...knowledge import Knowledge
from .. import Component, ComponentError, Macro
from . import body_map


def _check(kb: Knowledge, project_dir: pathlib.Path) -> None:
    """The map's data, checked as the build starts: every problem, one line each."""
    found = body_map.problems(kb)
    if found:
        raise ComponentError("\n".join(found))


COMPONENT = Component(
    folder=pathlib.Path(__file__).parent,
    macros={"body_map": Macro(render=lambda call: body_map.body_map(call.kb, call.page))},
    styles=("body_map.css",),
    selector=".bodymap",
    check=_check,
)
