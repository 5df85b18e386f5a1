"""The validated data as one object (`Knowledge`), with the lookups pages make, and the
error every data problem becomes."""

from __future__ import annotations

import dataclasses
import difflib
import functools
from collections.abc import Iterable

from ..wording import Wording
from .models import (
    ANYWHERE,
    TIER_IDS,
    BodySite,
    Cause,
    ChecklistRule,
    Correction,
    Drawing,
    GuidanceList,
    MapPlace,
    Question,
    RedFlag,
    Region,
    SearchWords,
    SiteLink,
    Source,
    TierInfo,
)


class DataError(Exception):
    """The knowledge data is wrong; `problems` holds one line per problem."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        # One problem is its own first line; several are listed under a count.
        if len(problems) == 1:
            super().__init__(problems[0])
        else:
            super().__init__(f"the data has {len(problems)} problems:\n" + "\n".join(f"  {p}" for p in problems))


def unknown(what: str, value: str, known: Iterable[str], where: str) -> str:
    """'unknown source 'nhs-twiching' (not in docs/data/sources.yml); did you mean 'nhs-twitching'?'"""
    close = difflib.get_close_matches(value, list(known), n=1, cutoff=0.75)
    hint = f"; did you mean '{close[0]}'?" if close else ""
    return f"unknown {what} '{value}' (not in {where}){hint}"


@dataclasses.dataclass(frozen=True)
class Knowledge:
    """The validated data, with lookups by id. Lists keep file order."""

    sources: dict[str, Source]
    tiers: dict[str, TierInfo]
    regions: dict[str, Region]
    sites: dict[str, BodySite]
    causes: dict[str, Cause]
    red_flags: dict[str, RedFlag]
    checklist_rules: dict[str, ChecklistRule] = dataclasses.field(default_factory=dict)
    guidance: dict[str, GuidanceList] = dataclasses.field(default_factory=dict)
    corrections: dict[str, Correction] = dataclasses.field(default_factory=dict)
    questions: dict[str, Question] = dataclasses.field(default_factory=dict)
    search_words: dict[str, SearchWords] = dataclasses.field(default_factory=dict)
    drawings: dict[str, Drawing] = dataclasses.field(default_factory=dict)
    body_map: dict[str, MapPlace] = dataclasses.field(default_factory=dict)
    wording: Wording | None = None

    @property
    def words(self) -> Wording:
        if self.wording is None:
            raise DataError(["wording.yml was not loaded"])
        return self.wording

    def site_page(self, site: BodySite) -> str:
        """Where a body site is explained: its own `page`, else its region page at #site-id."""
        return site.page or f"{self.regions[site.region].page}#{site.id}"

    # Lookups a page makes, indexed once per build: a page asking "which causes are on me?"
    # must not scan every cause, or the build grows with pages x causes.

    @functools.cached_property
    def _sites_by_region(self) -> dict[str, list[BodySite]]:
        grouped: dict[str, list[BodySite]] = {region_id: [] for region_id in self.regions}
        for site in self.sites.values():
            grouped.setdefault(site.region, []).append(site)
        return grouped

    @functools.cached_property
    def _links_by_site(self) -> dict[str, list[tuple[Cause, SiteLink]]]:
        """site id (or `anywhere`) -> (cause, link) in data order."""
        grouped: dict[str, list[tuple[Cause, SiteLink]]] = {}
        for cause in self.causes.values():
            for link in cause.sites:
                grouped.setdefault(link.site, []).append((cause, link))
        return grouped

    @functools.cached_property
    def _entries_by_page(self) -> dict[str, tuple[list[Cause], list[Region]]]:
        """docs path (before any '#') -> (causes, regions) explained on it."""
        grouped: dict[str, tuple[list[Cause], list[Region]]] = {}
        for cause in self.causes.values():
            grouped.setdefault(cause.page.partition("#")[0], ([], []))[0].append(cause)
        for region in self.regions.values():
            grouped.setdefault(region.page.partition("#")[0], ([], []))[1].append(region)
        return grouped

    @functools.cached_property
    def _region_order(self) -> list[Region]:
        return list(self.regions.values())

    @functools.cached_property
    def _region_position(self) -> dict[str, int]:
        return {region.id: i for i, region in enumerate(self._region_order)}

    def regions_in_order(self, region_ids: set[str]) -> list[Region]:
        """These regions in data order."""
        return [self.regions[i] for i in sorted(region_ids, key=self._region_position.__getitem__)]

    def neighbour_regions(self, region: Region) -> list[Region]:
        """The regions before and after this one in data order (head to foot)."""
        order, at = self._region_order, self._region_position[region.id]
        return [order[i] for i in (at - 1, at + 1) if 0 <= i < len(order)]

    def sites_in(self, region_id: str) -> list[BodySite]:
        return self._sites_by_region.get(region_id, [])

    def causes_on(self, page: str) -> list[Cause]:
        """The causes whose `page` (before any '#') is this docs path."""
        return self._entries_by_page.get(page, ([], []))[0]

    def regions_on(self, page: str) -> list[Region]:
        return self._entries_by_page.get(page, ([], []))[1]

    def links_at(self, site_id: str) -> list[tuple[Cause, SiteLink]]:
        """The causes tied to one body site (or to `anywhere`), each with its link, in data order."""
        return self._links_by_site.get(site_id, [])

    @functools.cached_property
    def anywhere_causes(self) -> list[Cause]:
        """Causes the sources say can affect any muscle, in data order."""
        return [cause for cause, _ in self.links_at(ANYWHERE)]  # a cause lists a site at most once

    @functools.cached_property
    def _cause_position(self) -> dict[str, int]:
        return {cause_id: i for i, cause_id in enumerate(self.causes)}

    def causes_at(self, site_ids: list[str]) -> list[tuple[Cause, SiteLink]]:
        """Causes linked to any of these sites, triggers before conditions, then in data order."""
        found = [pair for site_id in site_ids for pair in self.links_at(site_id)]
        return sorted(
            found,
            key=lambda pair: (
                pair[0].kind != "trigger",
                self._cause_position[pair[0].id],
                pair[0].sites.index(pair[1]),
            ),
        )

    def red_flag_groups(self) -> list[tuple[TierInfo, list[RedFlag]]]:
        """The checklist's groups: each tier that has items, most urgent first, with its items."""
        return [(self.tiers[tier_id], flags) for tier_id, flags in self.red_flags_by_tier().items() if flags]

    def red_flags_by_tier(self) -> dict[str, list[RedFlag]]:
        grouped: dict[str, list[RedFlag]] = {tier: [] for tier in TIER_IDS}
        for flag in self.red_flags.values():
            grouped[flag.tier].append(flag)
        return grouped
