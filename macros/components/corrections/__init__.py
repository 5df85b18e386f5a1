"""The dated list of corrections on the Corrections page (corrections.py)."""

from __future__ import annotations

import pathlib

from ...citations import page_titles
from .. import Component, Macro
from . import corrections

COMPONENT = Component(
    folder=pathlib.Path(__file__).parent,
    macros={
        "corrections_list": Macro(
            render=lambda call: corrections.corrections_markdown(call.kb, page_titles(call.docs_dir), call.page)
        ),
    },
    selector=".corrections-day",
)
