"""The sources a page rests on: its own Sources section, and the site-wide Sources page.

Plain functions of the data and of which pages cite which source (citations.py).
"""

from __future__ import annotations

import html

from ...knowledge import Knowledge
from ...links import md_link
from ...render import render_block

SOURCE_KIND_NAMES = {
    "guidance": "guidance from a public health body",
    "reference": "medical reference",
    "research": "published research",
    "expert-interview": "an interview with a doctor, written by a journalist (only the doctor's quoted words are used, and never alone)",
    "unattributed": "an article with no named author (used only to find leads, never as evidence)",
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


def sources_section(kb: Knowledge, source_ids: list[str], from_page: str) -> str:
    """The page's one Sources section, collapsed, in first-cited order."""
    sources = [kb.sources[source_id] for source_id in dict.fromkeys(source_ids)]
    return render_block("sources.html", words=kb.words.sources, sources=sources, from_page=from_page)
