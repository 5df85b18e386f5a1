"""The knowledge data's models: one pydantic model per kind of entry, and which file holds which.

Every field is checked as a file is read; unknown fields are errors, so a misspelt one is
caught. Plain pydantic; no MkDocs import.
"""

from __future__ import annotations

import datetime
from typing import Annotated, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from ..wording import PagePath, Slug, Text, fill

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
