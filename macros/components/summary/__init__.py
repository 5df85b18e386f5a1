"""The summary box under every page's title (summary.py)."""

from __future__ import annotations

import pathlib

from .. import Component

COMPONENT = Component(folder=pathlib.Path(__file__).parent, selector=".page-summary")
