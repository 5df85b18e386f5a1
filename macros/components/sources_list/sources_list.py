"""The sources a page rests on: its own Sources section, and the site-wide Sources page.

Plain functions of the data and of which pages cite which source (citations.py).
"""

from __future__ import annotations

import html

from ...knowledge import Knowledge
from ...links import md_link
from ...render import render_block
from ...wording import fill


def text(words: str) -> str:
    """Plain words (from the data) as Markdown text inside generated HTML."""
    return html.escape(words)


def markdown_address(address: str) -> str:
    """An address as a Markdown link target: the characters that could end the target or start
    other Markdown are percent-encoded, so the address stays one link to one place."""
    return address.translate({ord(c): f"%{ord(c):02X}" for c in "()[]!<> "})


def sources_page(kb: Knowledge, citing: dict[str, list[tuple[str, str]]], from_page: str) -> str:
    """Every source as a section: title, publisher, address and the pages that cite it."""
    words, out = kb.words.sources_page, []
    for source in kb.sources.values():
        out.append(f"## {html.escape(source.title, quote=False)} {{ #{source.id} }}\n")
        details = [fill(text(words.publisher), publisher=text(source.publisher or words.publisher_unknown))]
        if source.address:
            details.append(f"{text(words.read_it)} [{text(source.title)}]({markdown_address(source.address)})")
        if source.copy_read:
            details.append(
                f"{text(words.checked_copy)} [{text(words.stored_copy)}]({markdown_address(source.copy_read)})"
            )
        details.append(fill(text(words.kind), kind=text(words.kinds[source.kind])))
        out.append("\n".join(f"- {d}" for d in details))
        pages = citing[source.id]
        if pages:
            links = ", ".join(md_link(title, from_page, src) for src, title in pages)
            out.append(f"- {text(words.cited_on)} {links}")
        else:
            out.append(f"- {text(words.not_cited)}")
        out.append("")
    return "\n".join(out)


def sources_section(kb: Knowledge, source_ids: list[str], from_page: str) -> str:
    """The page's one Sources section, collapsed, in first-cited order."""
    sources = [kb.sources[source_id] for source_id in dict.fromkeys(source_ids)]
    return render_block("sources.html", words=kb.words.sources, sources=sources, from_page=from_page)
