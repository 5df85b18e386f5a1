"""How the checklist decides, as plain functions of the data: the same rules checklist.js
follows (it reads them from the page), here for the published method page and the tests.

- Every ticked item counts at its tier, except that a lowering rule whose items are all
  ticked sets the items it names (only ones a doctor's examination has settled) to its tier.
- A raising rule fires when every item of `when_all` is ticked and, if it has `when_any`,
  at least one of those; it counts at its tier.
- The result is the most urgent tier that counts; with nothing ticked (every group answered
  "None of these"), the last tier.

Also: the vignettes (reader situations, each with the tier the guidance gives and the boxes
that reader would tick) and how the checklist scores on them. No MkDocs import.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import pathlib
from collections.abc import Iterable
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ...knowledge import SAFE_LOADER, TIER_IDS, DataError, Knowledge, Tier
from ...wording import Slug, Text

RANK = {tier: i for i, tier in enumerate(TIER_IDS)}  # 0 is the most urgent


@dataclasses.dataclass(frozen=True)
class Decision:
    tier: str
    led_by: tuple[str, ...]  # the ticked items that count at that tier, in data order
    rules: tuple[str, ...]  # the rules that fired at that tier (raising, or lowering an item to it)


def _fires(when_all: list[str], when_any: list[str], ticked: set[str]) -> bool:
    return set(when_all) <= ticked and (not when_any or bool(ticked & set(when_any)))


def decide(kb: Knowledge, ticked_ids: Iterable[str]) -> Decision:
    """The checklist's result for these ticked item ids (unknown ids are ignored)."""
    ticked = {item_id for item_id in ticked_ids if item_id in kb.red_flags}
    counts = {item_id: kb.red_flags[item_id].tier for item_id in kb.red_flags if item_id in ticked}
    raising, lowered = [], []
    for rule in kb.checklist_rules.values():
        if not _fires(rule.when_all, rule.when_any, ticked):
            continue
        if rule.lowers:
            for item_id in rule.lowers:
                if item_id in counts and RANK[counts[item_id]] < RANK[rule.tier]:
                    counts[item_id] = rule.tier
                    if rule not in lowered:
                        lowered.append(rule)
        else:
            raising.append(rule)
    tiers = [*counts.values(), *(rule.tier for rule in raising)]
    if not tiers:
        return Decision(TIER_IDS[-1], (), ())
    best = min(tiers, key=RANK.__getitem__)
    return Decision(
        best,
        tuple(item_id for item_id, tier in counts.items() if tier == best),
        tuple(rule.id for rule in [*raising, *lowered] if rule.tier == best),
    )


def rules_fingerprint(kb: Knowledge) -> str:
    """A short version of the rules: it changes whenever an item's id or tier, a rule or the
    lowering changes, and not when wording does."""
    shape = {
        "items": {flag.id: [flag.tier, flag.settled_by_examination] for flag in kb.red_flags.values()},
        "rules": {rule.id: rule.model_dump(exclude={"says", "sources"}) for rule in kb.checklist_rules.values()},
    }
    return hashlib.sha256(json.dumps(shape, sort_keys=True).encode()).hexdigest()[:8]


class Vignette(BaseModel):
    """A reader's situation, written from the sources by someone who had not seen the
    checklist, with the tier the guidance gives and the boxes that reader would tick."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    id: Slug
    situation: Text
    expected_tier: Tier
    guidance: Text
    source: Text
    # The items this reader would tick; empty: "None of these" in every group.
    ticks: list[Slug] = Field(default_factory=list)
    # Set only when the expected tier was found wrong: what it was, why, and the source.
    corrected: dict[Literal["tier_was", "why", "source"], Text] | None = None


@dataclasses.dataclass(frozen=True)
class Outcome:
    vignette: Vignette
    decision: Decision

    @property
    def gap(self) -> int:
        """Positive: the checklist is more urgent than the guidance (over-triage); negative: less."""
        return RANK[self.vignette.expected_tier] - RANK[self.decision.tier]


@dataclasses.dataclass(frozen=True)
class Scores:
    outcomes: list[Outcome]

    def count(self, expected: str | None = None) -> int:
        return sum(expected in (None, o.vignette.expected_tier) for o in self.outcomes)

    @property
    def exact(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.gap == 0]

    @property
    def under(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.gap < 0]

    @property
    def over(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.gap > 0]

    @property
    def emergencies_caught(self) -> int:
        return sum(o.vignette.expected_tier == TIER_IDS[0] and o.decision.tier == TIER_IDS[0] for o in self.outcomes)


def load_vignettes(path: pathlib.Path, kb: Knowledge) -> list[Vignette]:
    """The vignettes, each checked; a tick that names no checklist item is an error."""
    label = path.as_posix()
    problems: list[str] = []
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise DataError([f"{label}: cannot be read: {' '.join(str(error).split())}"]) from None
    vignettes = []
    for index, item in enumerate(raw if isinstance(raw, list) else []):
        name = item.get("id") if isinstance(item, dict) else None
        try:
            vignette = Vignette.model_validate(item)
        except ValidationError as error:
            for detail in error.errors():
                field = ".".join(str(part) for part in detail["loc"])
                problems.append(f"{label}: entry '{name or index + 1}', field '{field}': {detail['msg']}")
            continue
        for i, tick in enumerate(vignette.ticks):
            if tick not in kb.red_flags:
                problems.append(f"{label}: entry '{vignette.id}', field 'ticks[{i}]': unknown checklist item '{tick}'")
        vignettes.append(vignette)
    if not vignettes and not problems:
        problems.append(f"{label}: must be a list of vignettes")
    if problems:
        raise DataError(problems)
    return vignettes


def score(kb: Knowledge, vignettes: list[Vignette]) -> Scores:
    return Scores([Outcome(v, decide(kb, v.ticks)) for v in vignettes])
