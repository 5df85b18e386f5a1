"""Related pages: the block that ends each cause page and each body-region page.

Links to pages only, never a copy of what the page above shows. Which causes a
page covers: those whose `page` path, before any '#', is the page; regions
likewise.

- A cause page: links to the body regions where the sources place its causes, the
  causes overview and the checklist. (The causes' everyday words reach search through
  search_words.py, not through visible text.)
- A region page: the regions either side of it, the body map, the causes overview and the checklist.

Plain functions of the knowledge data and a page's docs path; the block is
Markdown (a heading, so it is in the page's contents) with a rendered template.
"""

from __future__ import annotations

import html
import re

from ... import page_paths
from ...knowledge import ANYWHERE, BodySite, Cause, Knowledge, Region
from ...render import render_block
from ...wording import Related as RelatedWords

MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]#|])")


def also_called_markdown(entry: BodySite | Cause, words: RelatedWords) -> str:
    """'**Also called:** calf, lower leg, shin.' (Markdown, so glossary tooltips apply), or '' if none."""
    if not entry.also_called:
        return ""
    return f"**{_markdown_text(words.also_called)}** {_markdown_text(', '.join(entry.also_called))}."


def _markdown_text(text: str) -> str:
    return MARKDOWN_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


def regions_of(kb: Knowledge, causes: list[Cause]) -> list[Region]:
    """The regions whose body sites these causes are tied to, in data order."""
    ids = {kb.sites[link.site].region for cause in causes for link in cause.sites if link.site != ANYWHERE}
    return kb.regions_in_order(ids)


def link_groups(kb: Knowledge, src: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """[(group title, [(link text, target page)])] for a page; empty when it covers no cause or region."""
    words = kb.words.related
    causes, regions = kb.causes_on(src), kb.regions_on(src)
    if not causes and not regions:
        return []
    groups = []
    places = [(region.name, region.page) for region in regions_of(kb, causes) if region not in regions]
    if places:
        groups.append((words.body_sites, places))
    if regions:
        # The regions either side and the body map, not every region: a region page's links
        # stay the same length however many regions there are.
        nearby = {other.id: other for region in regions for other in kb.neighbour_regions(region)}
        others = [(other.name, other.page) for other in nearby.values() if other not in regions]
        groups.append((words.other_regions, [*others, (words.all_regions, page_paths.BODY_MAP)]))
    groups.append((words.same_kind, [(words.all_causes, page_paths.CAUSES), (words.checklist, page_paths.CHECKLIST)]))
    return groups


def related_block(kb: Knowledge, src: str) -> str:
    """The Markdown to end a page with: a heading and the related links, or '' if the page has none."""
    groups = link_groups(kb, src)
    if not groups:
        return ""
    words = kb.words.related
    body = render_block("related.html", groups=groups, from_page=src)
    return f"## {html.escape(words.heading, quote=False)} {{ #related }}\n\n{body}\n"
