"""Which pages cite which source, for the site-wide Sources page.

A page cites the sources in its front matter plus those behind every generated
table it calls. Pages are read as text (front matter and macro calls), so the
answer does not depend on the order MkDocs renders pages in.
"""

from __future__ import annotations

import html
import pathlib
import re
from typing import Any

import yaml

from . import appointment, checklist, tables
from .knowledge import SAFE_LOADER, Knowledge
from .links import md_link

SOURCE_KIND_NAMES = {
    "guidance": "guidance from a public health body",
    "reference": "medical reference",
    "research": "published research",
    "expert-interview": "an interview with a doctor, written by a journalist (only the doctor's quoted words are used, and never alone)",
    "unattributed": "an article with no named author (used only to find leads, never as evidence)",
}
INCLUDES = "includes"  # pymdownx.snippets' base_path in mkdocs.yml, beside docs/
FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)
# A shared piece of Markdown a page pulls in (pymdownx.snippets, from includes/), and the line in
# its opening comment that names the sources it rests on: a page that includes it cites them.
SNIPPET = re.compile(r'^--8<-- "([^"]+)"\s*$', re.M)
SNIPPET_SOURCES = re.compile(r"^<!--.*?^\s*sources: \[([a-z0-9, -]*)\]", re.S | re.M)
MACRO_CALL = re.compile(
    r"\{\{\s*(overview_table|cause_sites|region_causes|checklist|checklist_method|appointment_form)"
    r"\(\s*(?:'([a-z0-9-]+)')?\s*\)\s*\}\}"
)


def front_matter(text: str) -> dict[str, Any]:
    """A page's YAML front matter as a dict (empty when it has none)."""
    match = FRONT_MATTER.match(text)
    return (yaml.load(match.group(1), Loader=SAFE_LOADER) if match else None) or {}


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
    for name, argument in MACRO_CALL.findall(text):
        if name == "overview_table":
            cited += tables.sources_of_overview(kb)
        elif name == "cause_sites" and argument in kb.causes:
            cited += tables.sources_of_cause(kb.causes[argument])
        elif name == "region_causes" and argument in kb.regions:
            cited += tables.sources_of_region(kb, kb.regions[argument])
        elif name == "checklist":
            cited += checklist.sources_of_checklist(kb)
        elif name == "checklist_method":
            cited += checklist.sources_of_method(kb)
        elif name == "appointment_form":
            cited += appointment.sources_of_appointment(kb)
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


def markdown_address(address: str) -> str:
    """An address as a Markdown link target: the characters that could end the target or start
    other Markdown are percent-encoded, so the address stays one link to one place."""
    return address.translate({ord(c): f"%{ord(c):02X}" for c in "()[]!<> "})


def sources_page(kb: Knowledge, citing: dict[str, list[tuple[str, str]]], from_page: str) -> str:
    """Every source as a section: title, publisher, address and the pages that cite it."""
    out = []
    for source in kb.sources.values():
        out.append(f"## {html.escape(source.title, quote=False)} {{ #{source.id} }}\n")
        details = [f"Publisher: {html.escape(source.publisher) if source.publisher else 'not known'}"]
        if source.address:
            details.append(f"Read it: [{html.escape(source.title)}]({markdown_address(source.address)})")
        if source.copy_read:
            details.append(f"Checked against [a stored copy]({markdown_address(source.copy_read)})")
        details.append(f"Kind: {SOURCE_KIND_NAMES[source.kind]}")
        out.append("\n".join(f"- {d}" for d in details))
        pages = citing[source.id]
        if pages:
            links = ", ".join(md_link(title, from_page, src) for src, title in pages)
            out.append(f"- Cited on: {links}")
        else:
            out.append("- Not cited on any page yet")
        out.append("")
    return "\n".join(out)
