"""How the checklist decides (triage.py, the same rules checklist.js follows), on the real data."""

from __future__ import annotations

import dataclasses

import pytest

from macros.components.checklist import VIGNETTES, triage
from macros.knowledge import TIER_IDS, DataError
from support.project import ROOT


def first(kb, tier: str) -> str:
    return next(f.id for f in kb.red_flags.values() if f.tier == tier and not f.settled_by_examination)


def test_nothing_ticked_in_any_group_is_the_last_tier(kb):
    assert triage.decide(kb, []) == triage.Decision(TIER_IDS[-1], (), ())


@pytest.mark.parametrize("tier", TIER_IDS)
def test_one_item_gives_its_own_tier_and_is_named_as_the_reason(kb, tier):
    item = first(kb, tier)
    assert triage.decide(kb, [item]) == triage.Decision(tier, (item,), ())


def test_the_most_urgent_ticked_item_wins_and_unknown_ids_are_ignored(kb):
    decision = triage.decide(kb, [first(kb, "self-care"), first(kb, "doctor"), first(kb, "urgent"), "made-up"])
    assert decision.tier == "urgent" and decision.led_by == (first(kb, "urgent"),)


def test_every_raising_rule_gives_its_tier_for_its_items_together(kb):
    raising = [r for r in kb.checklist_rules.values() if not r.lowers]
    assert raising
    for rule in raising:
        ticked = [*rule.when_all, *rule.when_any[:1]]
        decision = triage.decide(kb, ticked)
        assert decision.tier == rule.tier and rule.id in decision.rules
        alone = triage.decide(kb, rule.when_all)  # without any of when_any, the rule does not fire
        assert rule.id not in alone.rules


def test_worsening_weakness_with_a_swallowing_change_is_an_emergency(kb):
    assert triage.decide(kb, ["weakness-getting-worse", "swallowing-harder"]).tier == "emergency"
    assert triage.decide(kb, ["weakness-getting-worse"]).tier == "urgent"


def test_already_examined_lowers_only_what_the_examination_settled(kb):
    settled = [f.id for f in kb.red_flags.values() if f.settled_by_examination]
    lowered = triage.decide(kb, ["examined-nothing-new", *settled])
    assert lowered.tier == "self-care" and lowered.rules == ("already-examined",)  # the result says why
    assert triage.decide(kb, settled).tier == "doctor"
    # A new sign still counts at its own tier.
    assert triage.decide(kb, ["examined-nothing-new", *settled, "muscle-wasting"]).tier == "doctor"
    assert triage.decide(kb, ["examined-nothing-new", "breathless-lying-flat"]).tier == "urgent"


def test_the_rules_version_changes_with_a_tier_and_not_with_wording(kb):
    version = triage.rules_fingerprint(kb)
    flags = dict(kb.red_flags)
    flags["chest-pain"] = flags["chest-pain"].model_copy(update={"text": "Pain in the chest"})
    assert triage.rules_fingerprint(dataclasses.replace(kb, red_flags=flags)) == version
    flags["chest-pain"] = flags["chest-pain"].model_copy(update={"tier": "urgent"})
    assert triage.rules_fingerprint(dataclasses.replace(kb, red_flags=flags)) != version


def test_the_vignettes_load_and_a_tick_naming_no_item_is_an_error(kb, tmp_path):
    vignettes = triage.load_vignettes(ROOT / VIGNETTES, kb)
    assert len(vignettes) >= 60
    bad = tmp_path / "v.yml"
    bad.write_text(
        "- {id: a1, situation: x, expected_tier: doctor, guidance: g, source: s, ticks: [no-such-box]}\n",
        encoding="utf-8",
    )
    with pytest.raises(DataError) as caught:
        triage.load_vignettes(bad, kb)
    assert caught.value.problems == [
        f"{bad.as_posix()}: entry 'a1', field 'ticks[0]': unknown checklist item 'no-such-box'"
    ]
