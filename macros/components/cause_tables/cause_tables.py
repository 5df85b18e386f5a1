"""Causes and body sites: the tables and lists that say which cause shows up where.

Each function takes the validated data and the docs path of the page that will
show it (so links can be relative) and renders a template from
this folder. The tables are real tables (caption, row and column headers);
on a narrow screen each row stacks, its column names repeated in its cells (the
NHS responsive table), so every view fits a 360 px phone. Links are final
relative URLs; the built-site tests check that each one lands on a real page and anchor.
"""

from __future__ import annotations

import dataclasses
import itertools
import re

from ... import page_paths
from ...knowledge import ANYWHERE, Cause, Knowledge, Region, SiteLink, Source
from ...render import render_block

# A region page names at most this many of the causes that can affect any muscle, then links
# to them all on the causes overview: a page about the feet does not grow with the catalogue.
ANYWHERE_NAMED = 4


@dataclasses.dataclass(frozen=True)
class Tie:
    """One place the sources tie a cause (or twitches in general) to: the place's name, where it
    is explained ('' for anywhere), the sources' words, and the sources."""

    name: str
    target: str
    described: str
    sources: list[Source]


def _tie(kb: Knowledge, link: SiteLink) -> Tie:
    name, target = _site_place(kb, link.site)
    return Tie(name, target, link.described, [kb.sources[source_id] for source_id in link.sources])


# A place in a table cell: its name, where it is explained ('' for any muscle), its sources.
Place = tuple[str, str, list[Source]]


def _places(kb: Knowledge, links: list[SiteLink]) -> list[Place]:
    """The places these links name, each once with all its sources."""
    places: dict[str, Place] = {}
    for link in links:
        tie = _tie(kb, link)
        _, _, sources = places.setdefault(link.site, (tie.name, tie.target, []))
        sources.extend(source for source in tie.sources if source not in sources)
    return list(places.values())


def source_label(source: Source) -> str:
    """A source's short name in a table cell: its publisher, without the part in brackets or a
    journal's volume and pages."""
    return re.split(r" \(| \d", source.publisher or source.title)[0]


def overview(kb: Knowledge, from_page: str) -> str:
    """Causes by body region, as a table: a row for twitches of any cause, then a row per cause;
    a column for "any muscle", then one per region; each cell the places the sources name there."""
    regions = list(kb.regions.values())
    general = [_places(kb, region.common) for region in regions]
    no_places: list[Place] = []
    rows = [(kb.words.causes.general_row, "", no_places, general)]
    unplaced = []
    for cause in kb.causes.values():
        if not cause.sites:
            unplaced.append(cause)  # named once under the table, not as a row of dashes
            continue
        anywhere = _places(kb, [link for link in cause.sites if link.site == ANYWHERE])
        cells = [
            _places(
                kb, [link for link in cause.sites if link.site != ANYWHERE and kb.sites[link.site].region == region.id]
            )
            for region in regions
        ]
        rows.append((cause.name, cause.page, anywhere, cells))
    return render_block(
        "cause_table.html",
        words=kb.words.causes,
        regions=regions,
        rows=rows,
        unplaced=unplaced,
        label=source_label,
        from_page=from_page,
    )


def _site_place(kb: Knowledge, site_id: str) -> tuple[str, str]:
    """A body site's name and where it is explained ('' for anywhere, which has no page)."""
    if site_id == ANYWHERE:
        return kb.words.causes.anywhere_name, ""
    site = kb.sites[site_id]
    return site.name, kb.site_page(site)


def cause_sites(kb: Knowledge, cause: Cause, from_page: str) -> str:
    """Where one cause shows up: linked body sites, their region, and the sources' words."""
    places = []
    for link in cause.sites:
        name, target = _site_place(kb, link.site)
        region = "" if link.site == ANYWHERE else kb.regions[kb.sites[link.site].region].name
        places.append((name, target, region, link.described))
    return render_block("cause_sites.html", words=kb.words.causes, cause=cause, places=places, from_page=from_page)


@dataclasses.dataclass(frozen=True)
class RegionView:
    """What a region page shows: its causes with the sites where each shows up, and a few of
    the causes that can affect any muscle (at most ANYWHERE_NAMED; `more` says others exist)."""

    places: dict[str, list[tuple[Cause, SiteLink]]]
    anywhere: list[Cause]
    more: bool


def region_view(kb: Knowledge, region: Region) -> RegionView:
    """Only this region's own links are read, so a region page costs the same however big the data."""
    places: dict[str, list[tuple[Cause, SiteLink]]] = {}
    for cause, link in kb.causes_at([site.id for site in kb.sites_in(region.id)]):
        places.setdefault(cause.id, []).append((cause, link))
    others = (cause for cause in kb.anywhere_causes if cause.id not in places)
    named = list(itertools.islice(others, ANYWHERE_NAMED + 1))
    return RegionView(places, named[:ANYWHERE_NAMED], len(named) > ANYWHERE_NAMED)


def region_causes(kb: Knowledge, region: Region, from_page: str) -> str:
    """One region's causes as a table: twitches of any cause where the sources say they are
    common here, then the causes tied to its body sites (everyday triggers before medical
    conditions), then a few of the causes that can affect any muscle, here too."""
    view, words = region_view(kb, region), kb.words.causes
    ties = [(words.general_row, "", link) for link in region.common]
    ties += [(cause.name, cause.page, link) for pairs in view.places.values() for cause, link in pairs]
    ties += [(cause.name, cause.page, link) for cause in view.anywhere for link in cause.sites if link.site == ANYWHERE]
    # One row per cause and place: two sources that tie a cause to the same place share it.
    merged: dict[tuple[str, str], tuple[str, str, Tie]] = {}
    for name, page, link in ties:
        tie = _tie(kb, link)
        if (name, link.site) in merged:
            before = merged[(name, link.site)][2]
            more = [source for source in tie.sources if source not in before.sources]
            tie = Tie(before.name, before.target, f"{before.described}; {tie.described}", before.sources + more)
        merged[(name, link.site)] = (name, page, tie)
    rows = list(merged.values())
    return render_block(
        "region_table.html",
        words=words,
        region=region,
        rows=rows,
        more=view.more,
        label=source_label,
        anywhere_target=page_paths.ANYWHERE,
        from_page=from_page,
    )


def cause_list(kb: Knowledge, kind: str, from_page: str) -> str:
    """Every cause of one kind ('trigger' or 'condition') with its one-line summary, in data order."""
    causes = [cause for cause in kb.causes.values() if cause.kind == kind]
    return render_block("cause_list.html", causes=causes, from_page=from_page)


def sources_of_cause(cause: Cause) -> list[str]:
    """Every source id a cause's list rests on, cause-level first, without repeats."""
    ids = list(cause.sources) + [source for link in cause.sites for source in link.sources]
    return list(dict.fromkeys(ids))


def sources_of_region(kb: Knowledge, region: Region) -> list[str]:
    """The sources behind what a region page shows: its causes' links and the named anywhere causes'."""
    view = region_view(kb, region)
    links = list(region.common) + [link for pairs in view.places.values() for _, link in pairs]
    links += [link for cause in view.anywhere for link in cause.sites if link.site == ANYWHERE]
    return list(dict.fromkeys(source for link in links for source in link.sources))


def sources_of_overview(kb: Knowledge) -> list[str]:
    links = [link for region in kb.regions.values() for link in region.common]
    links += [link for cause in kb.causes.values() for link in cause.sites]
    return list(dict.fromkeys(source for link in links for source in link.sources))
