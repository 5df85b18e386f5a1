"""Jinja templates for the generated components (each in its folder under macros/components/), with autoescaping.

Generators pass data in and get HTML back; markup lives in the templates and
reader-facing wording in docs/data/wording.yml (passed in as `words`). No
MkDocs import: Jinja2 is its own package.

Markdown treats a blank line as the end of an HTML block, so `render_block`
drops blank lines: a component comes back as one block Markdown leaves alone.
"""

from __future__ import annotations

import functools
import pathlib
from typing import Any

import jinja2

from . import page_paths
from .links import url_between
from .wording import fill

# Every component folder: a template's name is its file name, whichever folder holds it.
COMPONENTS = pathlib.Path(__file__).parent / "components"


@functools.cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(sorted(path for path in COMPONENTS.iterdir() if path.is_dir())),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    env.globals["url"] = url_between
    env.globals["zip"] = zip
    env.globals["page_paths"] = page_paths
    # Words with placeholders: {{ words.x | fill(count=3) }} (wording.fill; a missing value is an error).
    env.filters["fill"] = fill
    env.filters["dump"] = lambda models: [model.model_dump() for model in models]
    return env


def render(template: str, **context: Any) -> str:
    """A template rendered with `context` (autoescaped; an undefined name is an error)."""
    return environment().get_template(template).render(**context)


def render_block(template: str, **context: Any) -> str:
    """A template rendered as one HTML block: no blank lines, ending in a newline."""
    lines = render(template, **context).splitlines()
    return "\n".join(line for line in lines if line.strip()) + "\n"
