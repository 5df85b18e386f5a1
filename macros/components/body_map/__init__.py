"""The body map: drawings of the body and face with a link for each body site, and the
same links as a list (body_map.py)."""

from __future__ import annotations

import pathlib

from .. import Component, Macro
from . import body_map

COMPONENT = Component(
    folder=pathlib.Path(__file__).parent,
    macros={"body_map": Macro(render=lambda call: body_map.body_map(call.kb, call.page))},
    styles=("body_map.css",),
    selector=".bodymap",
)
