"""Causes and body sites: the lists and cards that say which cause shows up where.

Each function takes the validated data and the docs path of the page that will
show it (so links can be relative) and renders a template from
macros/templates/. Nothing here is a wide table: every view fits a 360 px
phone. Links are final relative URLs; the built-site tests check that each one
lands on a real page and anchor.
"""

from __future__ import annotations

import dataclasses
import itertools

from .knowledge import ANYWHERE, Cause, Knowledge, Region, SiteLink
from .render import render_block

HELP_PAGE = "help/when-to-get-help.md"
CAUSES_PAGE = "causes/index.md"
BODY_MAP_PAGE = "body-sites/index.md"
ANYWHERE_TARGET = f"{CAUSES_PAGE}#anywhere"
# A region page names at most this many of the causes that can affect any muscle, then links
# to them all on the causes overview: a page about the feet does not grow with the catalogue.
ANYWHERE_NAMED = 4
KIND_NAMES = {"trigger": "Everyday trigger", "condition": "Medical condition"}


def overview(kb: Knowledge, from_page: str) -> str:
    """Causes by body site: those for any muscle named once, then each region's sites with their causes."""
    regions = []
    for region in kb.regions.values():
        sites = []
        for site in kb.sites_in(region.id):
            causes = [cause for cause, _ in kb.links_at(site.id)]
            if causes:
                sites.append((site, causes))
        regions.append((region, sites))
    return render_block(
        "overview.html",
        kb=kb,
        words=kb.words.causes,
        regions=regions,
        anywhere=kb.anywhere_causes,
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
    """The causes tied to one region's body sites as cards (tier of help first), everyday
    triggers before medical conditions; then a few causes that can affect any muscle."""
    view, words = region_view(kb, region), kb.words.causes

    def cards(kind: str) -> list[tuple[Cause, list[tuple[str, str, str]]]]:
        return [
            (pairs[0][0], [(*_site_place(kb, link.site), link.described) for _, link in pairs])
            for pairs in view.places.values()
            if pairs[0][0].kind == kind
        ]

    groups = [
        (words.trigger_heading, "", cards("trigger"), view.anywhere),
        (words.condition_heading, words.condition_note, cards("condition"), []),
    ]
    return render_block(
        "region_causes.html",
        kb=kb,
        words=words,
        groups=[group for group in groups if group[2] or group[3]],
        more=view.more,
        help_page=HELP_PAGE,
        anywhere_target=ANYWHERE_TARGET,
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
    links = [link for pairs in view.places.values() for _, link in pairs]
    links += [link for cause in view.anywhere for link in cause.sites if link.site == ANYWHERE]
    return list(dict.fromkeys(source for link in links for source in link.sources))


def sources_of_overview(kb: Knowledge) -> list[str]:
    return list(
        dict.fromkeys(source for cause in kb.causes.values() for link in cause.sites for source in link.sources)
    )
