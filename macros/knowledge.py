"""The knowledge data set: its shape, and loading it with one clear line per problem.

The data lives in docs/data/*.yml (kept out of the built site). Each file is a
list of entries; `load_knowledge` checks every entry's fields with pydantic and
then every reference between files, and raises `DataError` listing each
problem as "file: entry 'id', field 'name': what is wrong".

No MkDocs import here: the loader is a plain function of a folder.
"""

from __future__ import annotations

import dataclasses
import datetime
import difflib
import functools
import os
import pathlib
import re
import typing
from collections.abc import Callable, Iterable
from typing import Annotated, Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from .wording import PagePath, Slug, Text, Wording, fill

# libyaml's loader when PyYAML was built with it (it is, in the PyPI wheels): same results, faster.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

TIER_IDS: tuple[str, ...] = ("emergency", "urgent", "doctor", "self-care")
# The help box's way back for readers a doctor has examined names signs of these tiers: new
# enough to see the doctor again, then new enough to get advice the same day.
EXAMINED_TIERS = ("doctor", "urgent")
ANYWHERE = "anywhere"

# Kinds of source (content guide, "Evidence"). A claim needs at least one source of an
# evidence kind; an expert interview written up by a journalist, or an article with no
# named author, is a lead for the editors, never the only support for a claim.
EVIDENCE_KINDS: tuple[str, ...] = ("guidance", "reference", "research")
SourceKind = Literal["guidance", "reference", "research", "expert-interview", "unattributed"]

NUMBER_SLOT = "{number}"

Tier = Literal["emergency", "urgent", "doctor", "self-care"]
# URL characters only (RFC 3986), no quotes, spaces or angle brackets: an address is written
# into attributes and Markdown links, where anything else could end them.
Address = Annotated[str, StringConstraints(pattern=r"^https://[A-Za-z0-9\-._~:/?#\[\]@!$&()*+,;=%]+$")]


class Entry(BaseModel):
    """Every entry has an id; unknown fields are errors, so misspelt ones are caught."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    id: Slug


class Source(Entry):
    title: Text
    publisher: Text | None = None
    address: Address | None = None
    # The stored copy the editors read, when it is not at `address` itself.
    copy_read: Address | None = None
    kind: SourceKind

    @property
    def is_evidence(self) -> bool:
        return self.kind in EVIDENCE_KINDS


class PhoneNumber(BaseModel):
    """A number a care card offers to call, and the browser languages it comes first for."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    number: Annotated[str, StringConstraints(pattern=r"^[0-9]{3}$")]
    where: Text
    languages: list[Annotated[str, StringConstraints(pattern=r"^[a-z]{2}-[A-Z]{2}$")]]


class TierInfo(Entry):
    id: Tier
    name: Text
    heading: Text
    action: Text
    icon: Literal["phone", "clock", "calendar", "home"]
    advice: list[Text] = Field(min_length=1)
    phone_numbers: list[PhoneNumber] = Field(default_factory=list)

    def heading_with(self, number: str) -> str:
        """The heading with "{number}" filled in ("Call 999 now")."""
        return fill(self.heading, number=number)


class SiteLink(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    site: Slug
    described: Text
    sources: list[Slug] = Field(min_length=1)


class Region(Entry):
    name: Text
    page: PagePath
    # Where the sources say twitches of any cause are common in this region (a site in it).
    common: list[SiteLink] = Field(default_factory=list)


class BodySite(Entry):
    name: Text
    also_called: list[Text] = Field(default_factory=list)
    region: Slug
    page: PagePath | None = None
    # The body map's label, when the name is too long for the drawing's margin: a word of the name,
    # so the link's name (the full name) contains what it shows.
    map_label: Text | None = None


class Cause(Entry):
    name: Text
    also_called: list[Text] = Field(default_factory=list)
    kind: Literal["trigger", "condition"]
    summary: Text
    page: PagePath
    help_tier: Tier
    sources: list[Slug] = Field(min_length=1)
    red_flags: list[Slug] = Field(default_factory=list)
    sites: list[SiteLink]
    # A trigger a reader can notice for themselves, offered as a choice on the appointment form.
    # False for what only a test or a prescription tells them (low potassium, a medicine).
    reader_notices: bool = True


class RedFlag(Entry):
    """One checklist item: one sign a reader can recognise, in its tier's group."""

    text: Text
    short: Text
    tier: Tier
    sources: list[Slug] = Field(min_length=1)
    # True for what a doctor's examination for this twitching has already taken into account
    # (how long it has lasted, how many places): a rule may lower it once the reader says a
    # doctor has examined them and nothing is new. Signs that would be new are never lowered.
    settled_by_examination: bool = False


class ChecklistRule(Entry):
    """A combination the checklist treats differently from its items one by one.

    Fires when every item in `when_all` is ticked and, if `when_any` is given, at least one of
    those too. A raising rule (`lowers` empty) gives its tier, when more urgent than the items'.
    A lowering rule sets the items in `lowers` (only ones settled by examination) to its tier."""

    says: Text
    when_all: list[Slug] = Field(min_length=1)
    when_any: list[Slug] = Field(default_factory=list)
    tier: Tier
    lowers: list[Slug] = Field(default_factory=list)
    sources: list[Slug] = Field(min_length=1)


class Clause(BaseModel):
    """One clause of an authoritative list, and what the checklist does with it: an item, a
    rule, or an exclusion with its reason (exactly one)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    id: Slug
    says: Text
    # The help the source attaches to it; "none" where it names no action.
    tier: Tier | Literal["none"]
    items: list[Slug] = Field(default_factory=list)
    rule: Slug | None = None
    excluded: Text | None = None


class GuidanceList(Entry):
    """The clauses of one source's list, in the source's order. `id` is the source's id."""

    section: Text
    # The stored copy these clauses were read from, when it is not the source's own copy_read.
    copy_read: Address | None = None
    clauses: list[Clause] = Field(min_length=1)


class Question(Entry):
    """A question the appointment page suggests asking the doctor, and what makes it fair to ask."""

    text: Text
    sources: list[Slug] = Field(min_length=1)


class Correction(Entry):
    """A dated change to what a page says, with the source that settled it."""

    date: datetime.date
    page: PagePath
    change: Text
    reason: Text
    sources: list[Slug] = Field(min_length=1)


# A body-map shape: an ellipse (cx, cy, rx, ry), a rounded rectangle (x, y, width, height,
# corner) or a path (its data, with its width and height stated for the checks).
Ellipse = tuple[Literal["e"], float, float, float, float]
Rectangle = tuple[Literal["r"], float, float, float, float, float]
PathShape = tuple[Literal["p"], str, float, float]
Shape = Ellipse | Rectangle | PathShape


class Drawing(Entry):
    """One of the body map's drawings: its box, where labels end on the left and start on the
    right, where each view's caption goes (the words: wording.yml), the outline behind the sites."""

    width: int = Field(gt=0)
    height: int = Field(gt=0)
    left_edge: int
    right_edge: int
    captions: list[tuple[int, int]] = Field(min_length=1)
    outline: list[Shape] = Field(min_length=1)


class MapPlace(Entry):
    """Where a body site (its id) is drawn: its drawing, its label's side and height, its shapes."""

    drawing: Slug
    side: Literal["left", "right"]
    label_y: int
    shapes: list[Shape] = Field(min_length=1)


class SearchWords(Entry):
    """The words readers type for what one page covers: lay terms, abbreviations, medicine
    names, activities, and medical words whose usual misspellings search should forgive."""

    page: PagePath
    words: list[Text] = Field(min_length=1)
    misspelt: list[Text] = Field(default_factory=list)


FILES: dict[str, type[Entry]] = {
    "sources": Source,
    "tiers": TierInfo,
    "regions": Region,
    "sites": BodySite,
    "causes": Cause,
    "red_flags": RedFlag,
    "checklist_rules": ChecklistRule,
    "guidance": GuidanceList,
    "corrections": Correction,
    "questions": Question,
    "search_words": SearchWords,
    "drawings": Drawing,
    "body_map": MapPlace,
}


class DataError(Exception):
    """The knowledge data is wrong; `problems` holds one line per problem."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__(
            f"the knowledge data has {len(problems)} problem(s):\n" + "\n".join(f"  {p}" for p in problems)
        )


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


def _entry_label(raw: object, index: int) -> str:
    if isinstance(raw, dict) and isinstance(raw.get("id"), str):
        return f"entry '{raw['id']}'"
    return f"entry #{index + 1}"


def _field_name(loc: tuple[str | int, ...]) -> str:
    name = ""
    for part in loc:
        name += f"[{part}]" if isinstance(part, int) else (f".{part}" if name else str(part))
    return name or "(entry)"


class _UniqueKeyLoader(SAFE_LOADER):  # type: ignore[misc,valid-type]
    """The safe loader, but a key given twice in one mapping is an error, not a silent overwrite."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[object, object]:
        seen: set[object] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"the key '{key}' is given twice", key_node.start_mark
                )
            seen.add(key)
        mapping: dict[object, object] = super().construct_mapping(node, deep=deep)
        return mapping


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _UniqueKeyLoader.construct_mapping)

_NOT_READ = object()


def _load_yaml(path: pathlib.Path, label: str, problems: list[str]) -> object:
    """A data file's YAML, or _NOT_READ with one line in `problems` saying why not."""
    if not path.is_file():
        problems.append(f"{label}: file is missing")
        return _NOT_READ
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as error:
        problems.append(f"{label}: not UTF-8 text (byte {error.start}); save it as UTF-8")
        return _NOT_READ
    try:
        return yaml.load(text, Loader=_UniqueKeyLoader)
    except yaml.YAMLError as error:
        problems.append(f"{label}: {_yaml_problem(error)}")
        return _NOT_READ
    except (TypeError, RecursionError) as error:  # a list or mapping used as a key; nesting too deep
        problems.append(f"{label}: not valid data: {' '.join(str(error).split())}")
        return _NOT_READ


def _yaml_problem(error: yaml.YAMLError) -> str:
    """A YAML syntax error in plain words: where, what, and the usual fix."""
    mark = getattr(error, "problem_mark", None)
    where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
    problem = getattr(error, "problem", None) or " ".join(str(error).split())
    text = str(error)
    if "tab character" in text:
        hint = "; indent with spaces, not tabs"
    elif "mapping values are not allowed" in text:
        hint = "; a text with ': ' in it needs quotes around it"
    elif "expected ',' or '}'" in text or "expected ',' or ']'" in text:
        hint = "; a text with a comma or a quote inside { } or [ ] needs quotes around it"
    else:
        hint = ""
    return f"not valid YAML at {where}{problem}{hint}"


def _hint(detail: Any) -> str:
    """How to fix a validation error an editor often makes."""
    field = str(detail["loc"][-1]) if detail.get("loc") else ""
    if detail.get("type") == "extra_forbidden" and " " in field:
        return "; this looks like text cut at a comma: put the whole text in quotes"
    return ""


def _read_entries(path: pathlib.Path, model: type[Entry], label: str, problems: list[str]) -> list[Entry]:
    raw = _load_yaml(path, label, problems)
    if raw is _NOT_READ:
        return []
    if not isinstance(raw, list):
        problems.append(f"{label}: must be a list of entries, found {type(raw).__name__}")
        return []
    entries, seen = [], set()
    for index, item in enumerate(raw):
        entry_label = _entry_label(item, index)
        try:
            entry = model.model_validate(item)
        except ValidationError as error:
            for detail in error.errors():
                problems.append(
                    f"{label}: {entry_label}, field '{_field_name(detail['loc'])}': {detail['msg']}{_hint(detail)}"
                )
            continue
        if entry.id in seen:
            problems.append(f"{label}: {entry_label}, field 'id': duplicate id '{entry.id}'")
            continue
        seen.add(entry.id)
        entries.append(entry)
    return entries


def _check_references(kb: Knowledge, labels: dict[str, str], docs_dir: pathlib.Path, problems: list[str]) -> None:
    def report(stem: str, entry_id: str, field: str, message: str) -> None:
        problems.append(f"{labels[stem]}: entry '{entry_id}', field '{field}': {message}")

    def check_sources(stem: str, entry_id: str, field: str, ids: list[str]) -> None:
        """Every id is known, and at least one is evidence (guidance, reference or research)."""
        known = True
        for i, source_id in enumerate(ids):
            if source_id not in kb.sources:
                report(stem, entry_id, f"{field}[{i}]", unknown("source", source_id, kb.sources, labels["sources"]))
                known = False
        if known and ids and not any(kb.sources[source_id].is_evidence for source_id in ids):
            report(
                stem,
                entry_id,
                field,
                f"rests only on {' or '.join(sorted({kb.sources[i].kind for i in ids}))} sources "
                f"({', '.join(ids)}); cite guidance, reference or research, or remove the claim",
            )

    def check_page(stem: str, entry_id: str, field: str, page: str | None) -> None:
        if not page:
            return
        path, _, anchor = page.partition("#")
        if not (docs_dir / path).is_file():
            report(stem, entry_id, field, f"page '{path}' does not exist in {docs_dir.name}/")
        elif anchor and not re.search(
            rf"\{{\s*#{re.escape(anchor)}[\s}}.]", (docs_dir / path).read_text(encoding="utf-8")
        ):
            report(stem, entry_id, field, f"page '{path}' has no section {{ #{anchor} }}; add it to the heading")

    if list(kb.tiers) != list(TIER_IDS):
        problems.append(f"{labels['tiers']}: must list the four tiers in this order: {', '.join(TIER_IDS)}")
    for tier in kb.tiers.values():
        if tier.phone_numbers and NUMBER_SLOT not in tier.heading:
            report("tiers", tier.id, "heading", f"must hold {NUMBER_SLOT} where the number to call goes")
        if NUMBER_SLOT in tier.heading and not tier.phone_numbers:
            report("tiers", tier.id, "phone_numbers", f"missing; the heading has {NUMBER_SLOT} to fill in")
        if tier.phone_numbers and sum(not phone.languages for phone in tier.phone_numbers) != 1:
            report(
                "tiers", tier.id, "phone_numbers", "exactly one number needs no languages: the one for everyone else"
            )
    for region in kb.regions.values():
        check_page("regions", region.id, "page", region.page)
        for i, link in enumerate(region.common):
            if link.site not in kb.sites or kb.sites[link.site].region != region.id:
                report("regions", region.id, f"common[{i}].site", f"'{link.site}' is not a body site in this region")
            check_sources("regions", region.id, f"common[{i}].sources", link.sources)
    for site in kb.sites.values():
        if site.region not in kb.regions:
            report("sites", site.id, "region", unknown("region", site.region, kb.regions, labels["regions"]))
        check_page("sites", site.id, "page", site.page)
        if not site.page and site.region in kb.regions:
            # Explained in a section of its region's page: the body map and tables link there.
            check_page("sites", site.id, "id", kb.site_page(site))
    for cause in kb.causes.values():
        check_page("causes", cause.id, "page", cause.page)
        check_sources("causes", cause.id, "sources", cause.sources)
        for i, flag_id in enumerate(cause.red_flags):
            if flag_id not in kb.red_flags:
                report(
                    "causes",
                    cause.id,
                    f"red_flags[{i}]",
                    unknown("red flag", flag_id, kb.red_flags, labels["red_flags"]),
                )
        linked = set()
        for i, link in enumerate(cause.sites):
            if link.site != ANYWHERE and link.site not in kb.sites:
                report(
                    "causes",
                    cause.id,
                    f"sites[{i}].site",
                    unknown("body site", link.site, kb.sites, labels["sites"]),
                )
            if link.site in linked:
                report("causes", cause.id, f"sites[{i}].site", f"body site '{link.site}' is listed twice")
            linked.add(link.site)
            check_sources("causes", cause.id, f"sites[{i}].sources", link.sources)
    for flag in kb.red_flags.values():
        check_sources("red_flags", flag.id, "sources", flag.sources)
    _check_checklist(kb, labels, report)
    for correction in kb.corrections.values():
        check_page("corrections", correction.id, "page", correction.page)
        check_sources("corrections", correction.id, "sources", correction.sources)
    for question in kb.questions.values():
        check_sources("questions", question.id, "sources", question.sources)
    for entry in kb.search_words.values():
        check_page("search_words", entry.id, "page", entry.page)


def _check_checklist(kb: Knowledge, labels: dict[str, str], report: Callable[[str, str, str, str], None]) -> None:
    """The checklist's rules name real items; every clause of every guidance list maps to an item,
    a rule or an exclusion (one of them), and what it maps to is at least as urgent as the
    clause: where sources differ, the more cautious one wins. Every item rests on a clause."""
    rank = {tier: i for i, tier in enumerate(TIER_IDS)}
    for rule in kb.checklist_rules.values():
        for field in ("when_all", "when_any", "lowers"):
            for i, item_id in enumerate(getattr(rule, field)):
                if item_id not in kb.red_flags:
                    report(
                        "checklist_rules",
                        rule.id,
                        f"{field}[{i}]",
                        unknown("checklist item", item_id, kb.red_flags, labels["red_flags"]),
                    )
                elif field == "lowers" and not kb.red_flags[item_id].settled_by_examination:
                    report(
                        "checklist_rules",
                        rule.id,
                        f"{field}[{i}]",
                        f"'{item_id}' is not settled_by_examination: a rule may lower only those",
                    )
        if rule.lowers and any(rank[rule.tier] <= rank[kb.red_flags[i].tier] for i in rule.lowers if i in kb.red_flags):
            report(
                "checklist_rules",
                rule.id,
                "tier",
                "a lowering rule's tier must be less urgent than every item it lowers",
            )
    mapped: set[str] = set()
    for listing in kb.guidance.values():
        if listing.id not in kb.sources:
            report("guidance", listing.id, "id", unknown("source", listing.id, kb.sources, labels["sources"]))
        seen: set[str] = set()
        for i, clause in enumerate(listing.clauses):
            where = f"clauses[{i}] '{clause.id}'"
            if clause.id in seen:
                report("guidance", listing.id, f"{where}.id", "duplicate clause id")
            seen.add(clause.id)
            chosen = [name for name in ("items", "rule", "excluded") if getattr(clause, name)]
            if len(chosen) != 1:
                report(
                    "guidance",
                    listing.id,
                    where,
                    "map it to checklist items (items), a combination rule (rule) or an exclusion with its reason (excluded): exactly one"
                    if not chosen
                    else f"has {' and '.join(chosen)}: give exactly one",
                )
                continue
            if clause.rule:
                target = kb.checklist_rules.get(clause.rule)
                if target is None:
                    report(
                        "guidance",
                        listing.id,
                        f"{where}.rule",
                        unknown("rule", clause.rule, kb.checklist_rules, labels["checklist_rules"]),
                    )
                elif clause.tier != "none" and rank[target.tier] > rank[clause.tier]:
                    report(
                        "guidance",
                        listing.id,
                        f"{where}.rule",
                        f"rule '{target.id}' gives {target.tier}, but the clause gives {clause.tier}: follow the more cautious",
                    )
                elif listing.id not in target.sources:
                    report(
                        "guidance",
                        listing.id,
                        f"{where}.rule",
                        f"rule '{target.id}' does not cite '{listing.id}' in its sources",
                    )
            for j, item_id in enumerate(clause.items):
                item = kb.red_flags.get(item_id)
                if item is None:
                    report(
                        "guidance",
                        listing.id,
                        f"{where}.items[{j}]",
                        unknown("checklist item", item_id, kb.red_flags, labels["red_flags"]),
                    )
                    continue
                mapped.add(item_id)
                if clause.tier != "none" and rank[item.tier] > rank[clause.tier]:
                    report(
                        "guidance",
                        listing.id,
                        f"{where}.items[{j}]",
                        f"item '{item_id}' is {item.tier}, but the clause gives {clause.tier}: follow the more cautious",
                    )
                if listing.id not in item.sources:
                    report(
                        "guidance",
                        listing.id,
                        f"{where}.items[{j}]",
                        f"item '{item_id}' does not cite '{listing.id}' in its sources",
                    )
    if kb.guidance:
        for flag in kb.red_flags.values():
            if flag.id not in mapped:
                report(
                    "red_flags",
                    flag.id,
                    "id",
                    f"no clause in {labels['guidance']} maps to this item: every item rests on a guidance clause",
                )


def _read_wording(path: pathlib.Path, label: str, problems: list[str]) -> Wording | None:
    """wording.yml: one mapping of components, each a mapping of the words it shows."""
    raw = _load_yaml(path, label, problems)
    if raw is _NOT_READ:
        return None
    try:
        return Wording.model_validate(raw)
    except ValidationError as error:
        for detail in error.errors():
            component, *field = detail["loc"] or ("(file)",)
            problems.append(
                f"{label}: entry '{component}', field '{_field_name(tuple(field))}': {detail['msg']}{_hint(detail)}"
            )
        return None


def _check_wording(kb: Knowledge, label: str, docs_dir: pathlib.Path, problems: list[str]) -> None:
    words = kb.wording
    if words is None:
        return
    for field in ("core_flags", "examined_flags"):
        for i, flag_id in enumerate(getattr(words.help_box, field)):
            if flag_id not in kb.red_flags:
                problems.append(f"{label}: entry 'help_box', field '{field}[{i}]': unknown red flag '{flag_id}'")
            elif field == "examined_flags" and kb.red_flags[flag_id].tier not in EXAMINED_TIERS:
                problems.append(
                    f"{label}: entry 'help_box', field '{field}[{i}]': '{flag_id}' is {kb.red_flags[flag_id].tier};"
                    " the way back names signs to see the doctor about again (doctor) or the same day (urgent)"
                )
    for kind in typing.get_args(SourceKind):
        if kind not in words.sources_page.kinds:
            problems.append(f"{label}: entry 'sources_page', field 'kinds.{kind}': missing; name every kind of source")
    links = words.checklist.read_more_links
    for tier_id in TIER_IDS:
        if tier_id not in links:
            problems.append(
                f"{label}: entry 'checklist', field 'read_more_links.{tier_id}': missing; every tier needs its links"
            )
    for tier_id, tier_links in links.items():
        if tier_id not in TIER_IDS:
            problems.append(f"{label}: entry 'checklist', field 'read_more_links.{tier_id}': not a tier")
        for i, link in enumerate(tier_links):
            if not (docs_dir / link.page.split("#")[0]).is_file():
                problems.append(
                    f"{label}: entry 'checklist', field 'read_more_links.{tier_id}[{i}].page': "
                    f"page '{link.page.split('#')[0]}' does not exist in {docs_dir.name}/"
                )


def _display_path(path: pathlib.Path) -> str:
    """A path as an editor would type it: relative to the working folder when inside it."""
    relative = os.path.relpath(path)
    return pathlib.Path(path if relative.startswith("..") else relative).as_posix()


def load_knowledge(data_dir: str | pathlib.Path, docs_dir: str | pathlib.Path) -> Knowledge:
    """Read and check every data file; raise DataError naming each problem."""
    data_dir, docs_dir = pathlib.Path(data_dir), pathlib.Path(docs_dir)
    problems: list[str] = []
    labels, loaded = {}, {}
    for stem, model in FILES.items():
        path = data_dir / f"{stem}.yml"
        labels[stem] = _display_path(path)
        loaded[stem] = {entry.id: entry for entry in _read_entries(path, model, labels[stem], problems)}
    wording_label = _display_path(data_dir / "wording.yml")
    kb = Knowledge(**loaded, wording=_read_wording(data_dir / "wording.yml", wording_label, problems))  # type: ignore[arg-type]  # each file's entries are its model's
    if problems:
        # A file that could not be read, or an entry that is not valid, would make every
        # reference to it look wrong: references are checked once every entry is valid.
        raise DataError(problems)
    _check_references(kb, labels, docs_dir, problems)
    _check_wording(kb, wording_label, docs_dir, problems)
    if problems:
        raise DataError(problems)
    return kb
