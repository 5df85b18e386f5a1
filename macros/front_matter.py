"""A page's YAML front matter, read the way the site reads it (citations, checks, tools)."""

from __future__ import annotations

import re
from typing import Any

import yaml

from .knowledge import SAFE_LOADER

FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)


def front_matter(text: str) -> dict[str, Any]:
    """A page's YAML front matter as a dict (empty when it has none)."""
    match = FRONT_MATTER.match(text)
    return (yaml.load(match.group(1), Loader=SAFE_LOADER) if match else None) or {}
