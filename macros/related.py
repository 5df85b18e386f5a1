"""Related pages: the block that ends each cause page and each body-region page.

Plain functions of the knowledge data and a page's docs path; they return
Markdown (a heading, so it is in the page's contents and has a permalink) with
generated HTML under it. Which causes a page covers: those whose `page` path,
before any '#', is the page; regions likewise.

- A cause page lists, for each cause it covers, the everyday words for it
  (indexed by search, so "coffee" finds the caffeine page), where it shows up
  (links to the body-site sections), then the warning signs tied to its causes,
  each with its tier name linking to that tier of the checklist page.
- A region page lists the causes tied to its body sites (with the sites they
  show up in) and those that can affect any muscle, then the other regions.

Everything but the "other words for it" lines is kept out of the search index
(`data-search-exclude`): the same links appear on many pages.
"""
from __future__ import annotations

import html
import re

from .knowledge import ANYWHERE, TIER_IDS, BodySite, Cause, Knowledge, RedFlag, Region
from .links import html_link
from .tables import ANYWHERE_NAME, tier_link

HEADING = "## Related pages { #related }"


def _page_of(target: str) -> str:
    return target.partition("#")[0]


def causes_on_page(kb: Knowledge, src: str) -> list[Cause]:
    return [cause for cause in kb.causes.values() if _page_of(cause.page) == src]


def regions_on_page(kb: Knowledge, src: str) -> list[Region]:
    return [region for region in kb.regions.values() if _page_of(region.page) == src]


def _join(links: list[str]) -> str:
    return ", ".join(links)


def _site_links(kb: Knowledge, cause: Cause, from_page: str) -> list[str]:
    links = []
    for link in cause.sites:
        if link.site == ANYWHERE:
            links.append(html.escape(ANYWHERE_NAME.lower()))
        else:
            site = kb.sites[link.site]
            links.append(html_link(site.name.lower(), from_page, kb.site_page(site)))
    return links


def red_flags_of(kb: Knowledge, causes: list[Cause]) -> list[RedFlag]:
    """The red flags of these causes, each once, most urgent tier first, then in data order."""
    ids = dict.fromkeys(flag_id for cause in causes for flag_id in cause.red_flags)
    flags = [flag for flag in kb.red_flags.values() if flag.id in ids]
    return sorted(flags, key=lambda flag: TIER_IDS.index(flag.tier))


def words_line(cause: Cause) -> str:
    """'Other words for it: coffee, tea, ...' (the cause's everyday words) as an HTML paragraph, or ''."""
    if not cause.also_called:
        return ""
    return f'<p class="related__words">Other words for it: {html.escape(", ".join(cause.also_called))}.</p>'


MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]#|])")


def also_called_markdown(entry: BodySite | Cause) -> str:
    """'**Also called:** calf, lower leg, shin.' (Markdown, so glossary tooltips apply), or '' if none.

    The same line the body-site sections carry, made from the data (`also_called`).
    """
    if not entry.also_called:
        return ""
    words = MARKDOWN_SPECIAL.sub(r"\\\1", html.escape(", ".join(entry.also_called), quote=False))
    return f"**Also called:** {words}."


def _cause_part(kb: Knowledge, cause: Cause, from_page: str, titled: bool) -> str:
    title = ""
    if titled:
        title = f'<p class="related__title">{html_link(cause.name, from_page, cause.page)}</p>'
    sites = _site_links(kb, cause, from_page)
    where = (
        f"Where it shows up: {_join(sites)}."
        if sites
        else "The sources do not tie it to one part of the body."
    )
    return f"{title}{words_line(cause)}<p data-search-exclude>{where}</p>"


def _flag_item(kb: Knowledge, flag: RedFlag, from_page: str) -> str:
    badge = f'<span class="tier-badge tier-badge--{flag.tier}">{tier_link(kb, flag.tier, from_page)}</span>'
    return f"<li>{badge}: {html.escape(flag.short)}</li>"


def cause_related(kb: Knowledge, causes: list[Cause], from_page: str) -> str:
    """The related block's HTML for a page covering these causes."""
    several = len(causes) > 1
    parts = [_cause_part(kb, cause, from_page, titled=several) for cause in causes]
    flags = red_flags_of(kb, causes)
    if flags:
        items = "".join(_flag_item(kb, flag, from_page) for flag in flags)
        parts.append(
            '<div data-search-exclude><p class="related__title">Signs to get checked, and which help to get</p>'
            f"<ul>{items}</ul></div>"
        )
    return "".join(parts)


def region_related(kb: Knowledge, region: Region, from_page: str) -> str:
    """The related block's HTML for one body region: its causes, then the other regions."""
    site_ids = {site.id for site in kb.sites_in(region.id)}
    here: dict[str, list[str]] = {}
    anywhere: list[str] = []
    for cause, link in kb.causes_at(site_ids):
        if link.site == ANYWHERE:
            anywhere.append(cause.id)
        else:
            here.setdefault(cause.id, []).append(kb.sites[link.site].name.lower())
    items = "".join(
        f"<li>{html_link(kb.causes[cause_id].name, from_page, kb.causes[cause_id].page)} "
        f"({html.escape(', '.join(names))})</li>"
        for cause_id, names in here.items()
    )
    parts = []
    if items:
        parts.append(f'<p class="related__title">Causes tied to these body sites</p><ul>{items}</ul>')
    anywhere_ids = [cause_id for cause_id in dict.fromkeys(anywhere) if cause_id not in here]
    if anywhere_ids:
        links = _join([html_link(kb.causes[c].name, from_page, kb.causes[c].page) for c in anywhere_ids])
        parts.append(f'<p class="related__title">Causes that can affect any muscle</p><p>{links}.</p>')
    others = [html_link(other.name, from_page, other.page) for other in kb.regions.values() if other.id != region.id]
    parts.append(f'<p class="related__title">Other parts of the body</p><p>{_join(others)}.</p>')
    return f'<div data-search-exclude>{"".join(parts)}</div>'


def related_block(kb: Knowledge, src: str) -> str:
    """The Markdown to end a page with: a heading and the related links, or '' if the page has none."""
    causes = causes_on_page(kb, src)
    regions = regions_on_page(kb, src)
    bodies = []
    if causes:
        bodies.append(cause_related(kb, causes, src))
    bodies.extend(region_related(kb, region, src) for region in regions)
    if not bodies:
        return ""
    return f'{HEADING}\n\n<div class="related">\n{"".join(bodies)}\n</div>\n\n'
