"""The generated components, one folder each, and the registry that wires them.

A component is a folder here (as in GOV.UK Frontend and NHS.UK frontend): its generator
(plain functions of the data), its templates, its stylesheet and script, its example
data and its tests. The folder's `__init__.py` holds its registry row, `COMPONENT`,
which says everything the rest of the project needs to know about it:

- `macros`: the names pages call it by, each with the function that renders it and the
  function that says which sources that call cites. The macros plugin registers every
  macro from here (macros/__init__.py), the Sources pages count a page's calls from here
  (citations.py), and a call whose sources the page's Sources list misses stops the build.
- `styles`, `scripts`, `bundle`: its parts of the stylesheet and script readers download
  (assets.py writes the bundles at the end of the build; the folder is never published).
- `selector`, `not_prose`: where it is in a built page, and which of it is tables, forms or
  lists of signs rather than the page's own prose (the reading-level tests leave that out).

Nothing else lists components: the registry is every folder here with a `COMPONENT`,
in the order of the folder names (which is also the order of their styles in the
cascade). Adding a component is adding a folder.

Plain Python; no MkDocs import.
"""

from __future__ import annotations

import dataclasses
import datetime
import functools
import importlib
import pathlib
import pkgutil
import posixpath
from collections.abc import Callable, Mapping
from typing import Any

from ..knowledge import Knowledge, unknown
from ..links import page_url

HERE = pathlib.Path(__file__).parent
# The files each bundle is written to, by bundle name (`Component.bundle`).
STYLESHEET = "assets/stylesheets/{bundle}.css"
SCRIPT = "assets/javascripts/{bundle}.js"
# Every page loads this bundle (mkdocs.yml: extra_css, extra_javascript).
EVERY_PAGE = "site"
# The forms (the checklist, its published method, the appointment form) share one bundle,
# which only their pages load: each form's template links it (bundle_addresses).
FORMS = "forms"


class ComponentError(ValueError):
    """A page asked a component for something it cannot show (an unknown id); the message
    names what was asked and what is known."""


@dataclasses.dataclass(frozen=True)
class Call:
    """What a component is told about the page that calls it."""

    kb: Knowledge
    page: str  # the calling page's docs path, for relative links
    page_address: str  # its full address
    docs_dir: pathlib.Path
    reviewed: datetime.date | None  # its front matter's review date
    site_name: str
    site_address: str
    project_dir: pathlib.Path


@dataclasses.dataclass(frozen=True)
class Macro:
    """A name pages call: `render(call, *arguments)` returns its HTML or Markdown, and
    `sources(kb, *arguments)` the source ids that call rests on (in cited order)."""

    render: Callable[..., str]
    sources: Callable[..., list[str]] | None = None


@dataclasses.dataclass(frozen=True)
class Component:
    folder: pathlib.Path
    macros: Mapping[str, Macro] = dataclasses.field(default_factory=dict)
    styles: tuple[str, ...] = ()
    scripts: tuple[str, ...] = ()
    bundle: str = EVERY_PAGE
    # Within a bundle, parts go in registry order, then by this: a later one overrides.
    cascade: int = 0
    selector: str = ""
    not_prose: str = ""
    # Run once as the build starts, so a mistake in the component's own input file is one
    # line then rather than a report from inside a page.
    check: Callable[[Knowledge, pathlib.Path], object] | None = None

    @property
    def name(self) -> str:
        return self.folder.name


def folders() -> list[pathlib.Path]:
    """Every component folder, by name (the template loader reads these without importing)."""
    return sorted(path for path in HERE.iterdir() if (path / "__init__.py").is_file())


@functools.cache
def registry() -> tuple[Component, ...]:
    """Every component's row, in folder-name order."""
    rows = []
    packages = (info for info in pkgutil.iter_modules([str(HERE)]) if info.ispkg)
    for info in sorted(packages, key=lambda info: info.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        row = getattr(module, "COMPONENT", None)
        if not isinstance(row, Component):
            raise ComponentError(f"macros/components/{info.name}/__init__.py: define COMPONENT = Component(...)")
        rows.append(row)
    return tuple(rows)


def macros() -> dict[str, Macro]:
    """Every macro pages can call, by name; a name two components claim is an error."""
    found: dict[str, Macro] = {}
    for row in registry():
        for name, macro in row.macros.items():
            if name in found:
                raise ComponentError(f"macros/components/{row.name}: macro {name}() is already defined")
            found[name] = macro
    return found


def bundles(theme_parts: Mapping[str, list[str]]) -> dict[str, list[pathlib.Path]]:
    """Bundle file -> the files it is made of: the theme's parts named in mkdocs.yml
    (`extra.bundles`, paths under overrides/), then each component's, in registry order."""
    out: dict[str, list[pathlib.Path]] = {}
    overrides = HERE.parent.parent / "overrides"
    for target, parts in theme_parts.items():
        out[target] = [overrides / part for part in parts]
    for row in sorted(registry(), key=lambda row: row.cascade):
        for pattern, names in ((STYLESHEET, row.styles), (SCRIPT, row.scripts)):
            if names:
                out.setdefault(pattern.format(bundle=row.bundle), []).extend(row.folder / name for name in names)
    return out


def bundle_addresses(bundle: str, from_page: str) -> tuple[str, str]:
    """A bundle's stylesheet and script as relative addresses from a page (for a template's
    <link> and <script>, inside the page's content, which instant navigation runs)."""
    here = page_url(from_page) or "."
    return tuple(posixpath.relpath(pattern.format(bundle=bundle), here) for pattern in (STYLESHEET, SCRIPT))  # type: ignore[return-value]


def selectors() -> str:
    """The CSS selector of every component's root elements in a built page."""
    return ", ".join(row.selector for row in registry() if row.selector)


def not_prose_selectors() -> str:
    """The CSS selector of the components' parts that are not the page's own prose."""
    return ", ".join(row.not_prose for row in registry() if row.not_prose)


def lookup(table: Mapping[str, Any], entry_id: str, what: str) -> Any:
    """table[entry_id], or a ComponentError naming the mistake and what is known."""
    if entry_id not in table:
        raise ComponentError(f"{unknown(what + ' id', entry_id, table, 'the data')}; known: {', '.join(table)}")
    return table[entry_id]
