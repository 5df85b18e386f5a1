"""Related pages at the end of cause and body-region pages, and a body site's or cause's
other names (related.py)."""

from __future__ import annotations

import pathlib

from .. import Call, Component, Macro, lookup
from . import related


def _also_called(call: Call, entry_id: str) -> str:
    """'**Also called:** ...' for a body site or a cause, from its `also_called` words."""
    entry = call.kb.sites.get(entry_id) or lookup(call.kb.causes, entry_id, "body site or cause")
    return related.also_called_markdown(entry, call.kb.words.related)


COMPONENT = Component(
    folder=pathlib.Path(__file__).parent,
    macros={"also_called": Macro(render=_also_called)},
    selector=".related",
)
