"""Causes and body sites: the lists and cards that say which cause shows up where.

Each function takes the validated data and the docs path of the page that will
show it (so links can be relative) and renders a template from
macros/templates/. Nothing here is a wide table: every view fits a 360 px
phone. Links are final relative URLs; the built-site tests check that each one
lands on a real page and anchor.
"""
from __future__ import annotations

from .knowledge import ANYWHERE, Cause, Knowledge, Region
from .render import render_block

HELP_PAGE = "help/when-to-get-help.md"
CAUSES_PAGE = "causes/index.md"
KIND_NAMES = {"trigger": "Everyday trigger", "condition": "Medical condition"}


def anywhere_causes(kb: Knowledge) -> list[Cause]:
    """Causes the sources say can affect any muscle."""
    return [cause for cause in kb.causes.values() if any(link.site == ANYWHERE for link in cause.sites)]


def overview(kb: Knowledge, from_page: str) -> str:
    """Causes by body site: those for any muscle named once, then each region's sites with their causes."""
    regions = []
    for region in kb.regions.values():
        sites = []
        for site in kb.sites_in(region.id):
            causes = [cause for cause in kb.causes.values() if any(link.site == site.id for link in cause.sites)]
            if causes:
                sites.append((site, causes))
        regions.append((region, sites))
    return render_block(
        "overview.html", kb=kb, words=kb.words.causes, regions=regions, anywhere=anywhere_causes(kb), from_page=from_page
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


def region_causes(kb: Knowledge, region: Region, from_page: str) -> str:
    """The causes tied to one region's body sites as cards (tier of help first), everyday
    triggers before medical conditions; causes that can affect any muscle named once."""
    site_ids = {site.id for site in kb.sites_in(region.id)}
    places: dict[str, list[tuple[str, str, str]]] = {}
    for cause, link in kb.causes_at(site_ids):
        if link.site != ANYWHERE:
            places.setdefault(cause.id, []).append((*_site_place(kb, link.site), link.described))
    words = kb.words.causes

    def cards(kind: str) -> list:
        return [(kb.causes[cause_id], where) for cause_id, where in places.items() if kb.causes[cause_id].kind == kind]

    anywhere = [cause for cause in anywhere_causes(kb) if cause.id not in places]
    groups = [
        (words.trigger_heading, "", cards("trigger"), anywhere),
        (words.condition_heading, words.condition_note, cards("condition"), []),
    ]
    return render_block(
        "region_causes.html", kb=kb, words=words, groups=[group for group in groups if group[2] or group[3]],
        help_page=HELP_PAGE, from_page=from_page,
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
    site_ids = {site.id for site in kb.sites_in(region.id)}
    return list(dict.fromkeys(source for _, link in kb.causes_at(site_ids) for source in link.sources))


def sources_of_overview(kb: Knowledge) -> list[str]:
    return list(dict.fromkeys(source for cause in kb.causes.values() for link in cause.sites for source in link.sources))
