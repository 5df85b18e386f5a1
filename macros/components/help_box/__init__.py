"""The "When to get help" box that ends most pages (help_box.py); it shows care cards."""

from __future__ import annotations

import pathlib

from .. import Component

COMPONENT = Component(folder=pathlib.Path(__file__).parent, selector=".help-box", not_prose=".help-box")
