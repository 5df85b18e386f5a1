"""The care card: what to do, how urgently, with tap-to-call buttons (care_card.html, a
template other components import; care.js puts the reader's emergency number first)."""

from __future__ import annotations

import pathlib

from .. import Component

COMPONENT = Component(folder=pathlib.Path(__file__).parent, styles=("care.css",), scripts=("care.js",))
