"""Which pages cite which source, for each page's Sources list and the site-wide Sources page.

A page cites the sources in its front matter, those its included snippets name, and
those behind every component macro it calls (each component's registry row says which,
macros/components/). Pages are read as text, so the answer does not depend on the order
MkDocs renders pages in.
"""

from __future__ import annotations

import contextlib
import functools
import pathlib
import re

from . import components
from .front_matter import front_matter
from .knowledge import Knowledge

INCLUDES = "includes"  # pymdownx.snippets' base_path in mkdocs.yml, beside docs/
# A shared piece of Markdown a page pulls in (pymdownx.snippets, from includes/), and the line in
# its opening comment that names the sources it rests on: a page that includes it cites them.
SNIPPET = re.compile(r'^--8<-- "([^"]+)"\s*$', re.M)
SNIPPET_SOURCES = re.compile(r"^<!--.*?^\s*sources: \[([a-z0-9, -]*)\]", re.S | re.M)


@functools.cache
def macro_call() -> re.Pattern[str]:
    """A call, on one line, of a component macro that cites sources: {{ name() }} or {{ name('id') }}."""
    names = sorted(name for name, macro in components.macros().items() if macro.sources)
    return re.compile(r"\{\{\s*(" + "|".join(names) + r")\(\s*(?:'([a-z0-9-]+)')?\s*\)\s*\}\}")


class CitationError(ValueError):
    pass


def snippet_sources(path: pathlib.Path, kb: Knowledge) -> list[str]:
    """The source ids an included snippet names in its opening comment (`sources: [...]`)."""
    if not path.is_file():
        raise CitationError(f"includes/{path.name}: no such snippet")
    match = SNIPPET_SOURCES.match(path.read_text(encoding="utf-8"))
    if not match:
        raise CitationError(f"includes/{path.name}: name its sources in its opening comment: sources: [id, ...]")
    ids = [source_id.strip() for source_id in match.group(1).split(",") if source_id.strip()]
    unknown_ids = [source_id for source_id in ids if source_id not in kb.sources]
    if unknown_ids:
        raise CitationError(f"includes/{path.name}: unknown source {', '.join(unknown_ids)} (not in sources.yml)")
    return ids


def sources_cited_by(text: str, kb: Knowledge, includes_dir: pathlib.Path) -> tuple[str, list[str]]:
    """A page's title and the source ids it cites, in first-cited order: its front matter, the
    snippets it includes, and the generated parts it calls."""
    meta = front_matter(text)
    cited = list(meta.get("sources") or [])
    for name in SNIPPET.findall(text):
        cited += snippet_sources(includes_dir / name, kb)
    macros = components.macros()
    for name, argument in macro_call().findall(text):
        sources_of = macros[name].sources
        assert sources_of is not None  # macro_call() matches only macros that cite
        # An unknown id cites nothing here: the call itself stops the build with the reason.
        with contextlib.suppress(components.ComponentError):
            cited += sources_of(kb, *([argument] if argument else []))
    return str(meta.get("title", "")), list(dict.fromkeys(cited))


def citing_pages(docs_dir: pathlib.Path, kb: Knowledge) -> dict[str, list[tuple[str, str]]]:
    """source id -> [(page path, page title)] for every Markdown page under docs_dir."""
    found: dict[str, list[tuple[str, str]]] = {source_id: [] for source_id in kb.sources}
    for path in sorted(docs_dir.rglob("*.md")):
        src = path.relative_to(docs_dir).as_posix()
        title, cited = sources_cited_by(path.read_text(encoding="utf-8"), kb, docs_dir.parent / INCLUDES)
        for source_id in cited:
            if source_id in found:
                found[source_id].append((src, title))
    return found


def page_titles(docs_dir: pathlib.Path) -> dict[str, str]:
    """docs path -> page title, from each page's front matter."""
    return {
        path.relative_to(docs_dir).as_posix(): str(front_matter(path.read_text(encoding="utf-8")).get("title", ""))
        for path in sorted(docs_dir.rglob("*.md"))
    }
