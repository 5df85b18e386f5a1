"""The red-flag checklist and the tiers' sections of the help page, from the knowledge data.

`checklist_html` renders templates/checklist.html: a real form, one fieldset per
tier (most urgent first) asking its question, one labelled checkbox per red flag and
"None of these" in every group but the last, a result bar and a result box, with the
rules (items, combination rules, groups) as JSON in the form's data-checklist-rules
attribute for checklist.js (which holds no rules of its own; triage.py is the
same decision in Python). With JavaScript off the form still reads as a list: each
legend is the tier's label and question, and the result box says how to read the
ticks. `method_html` renders the published page on how the checklist decides;
`tier_section` renders one tier's care card for the help page.

Plain functions of the data and the docs path of the page that shows them.
"""

from __future__ import annotations

from typing import Any

from ... import page_paths
from ...knowledge import TIER_IDS, Knowledge
from ...render import render, render_block
from .. import FORMS, bundle_addresses
from .triage import RANK, Scores, Vignette, rules_fingerprint, score

# The sessionStorage key under which a link marked carry_answers (wording.yml) hands the
# ticks to the appointment page, which reads and removes it: never an address, which the
# browser would keep in its history.
HANDOFF_KEY = "twitching-checklist-handoff"
# Tiers whose result interrupts a screen reader (aria-live="assertive"); the others wait (polite).
ASSERTIVE_TIERS = ("emergency",)


def sources_of_checklist(kb: Knowledge) -> list[str]:
    """Every source id behind the red flags, in data order, without repeats."""
    return list(dict.fromkeys(source for flag in kb.red_flags.values() for source in flag.sources))


def sources_of_tier(kb: Knowledge, tier_id: str) -> list[str]:
    """The source ids behind one tier's red flags, without repeats."""
    return list(dict.fromkeys(source for flag in kb.red_flags_by_tier()[tier_id] for source in flag.sources))


def rules(kb: Knowledge) -> dict[str, Any]:
    """What checklist.js needs: the tiers in order (id, how to announce), the groups shown (the
    tiers that have items), each item's tier, the combination rules, its words, and the
    sessionStorage key its answer-carrying links use."""
    words = kb.words.checklist
    return {
        "tiers": [
            {"id": tier.id, "live": "assertive" if tier.id in ASSERTIVE_TIERS else "polite"}
            for tier in kb.tiers.values()
        ],
        "groups": [tier.id for tier, _ in kb.red_flag_groups()],
        "items": {flag.id: flag.tier for flag in kb.red_flags.values()},
        "rules": [
            {"id": rule.id, "all": rule.when_all, "any": rule.when_any, "tier": rule.tier, "lowers": rule.lowers}
            for rule in kb.checklist_rules.values()
        ],
        "words": {"announce": words.announce, "date": words.date_label},
        "locale": kb.words.locale.model_dump(),
        "handoff": HANDOFF_KEY,
    }


def checklist_html(kb: Knowledge, from_page: str, site_name: str, site_address: str) -> str:
    """The whole checklist: privacy note, the form with its groups, result bar, result and buttons.
    `site_address` is the page's own address, printed with the site's name on the printout."""
    return render_block(
        "checklist.html",
        words=kb.words,
        rules=rules(kb),
        groups=kb.red_flag_groups(),
        tiers=list(kb.tiers.values()),
        checklist_rules=list(kb.checklist_rules.values()),
        emergency=kb.tiers[TIER_IDS[0]],
        method_page=page_paths.CHECKLIST_METHOD,
        site_name=site_name,
        site_address=site_address,
        assets=bundle_addresses(FORMS, from_page),
        from_page=from_page,
    )


def sources_of_method(kb: Knowledge) -> list[str]:
    """Every source behind the checklist's items, rules and guidance lists, without repeats."""
    rule_sources = (source for rule in kb.checklist_rules.values() for source in rule.sources)
    return list(dict.fromkeys([*sources_of_checklist(kb), *rule_sources, *kb.guidance]))


METHOD_PARTS = ("items", "rules", "excluded", "results", "version")


def method_html(kb: Knowledge, vignettes: list[Vignette], part: str, from_page: str, checked_on: str) -> str:
    """One part (METHOD_PARTS) of how the checklist decides: its items with the clauses behind
    them, its rules, the clauses it leaves out and why, the vignette results, or the version."""
    clauses_of: dict[str, list[tuple[str, Any]]] = {flag_id: [] for flag_id in kb.red_flags}
    clauses_of_rule: dict[str, list[tuple[str, Any]]] = {rule_id: [] for rule_id in kb.checklist_rules}
    excluded = []
    for listing in kb.guidance.values():
        for clause in listing.clauses:
            for item_id in clause.items:
                clauses_of[item_id].append((listing.id, clause))
            if clause.rule:
                clauses_of_rule[clause.rule].append((listing.id, clause))
            if clause.excluded:
                excluded.append((listing.id, clause))
    scores: Scores = score(kb, vignettes)
    return render_block(
        "checklist_method.html",
        words=kb.words,
        kb=kb,
        groups=kb.red_flag_groups(),
        clauses_of=clauses_of,
        clauses_of_rule=clauses_of_rule,
        excluded=excluded,
        scores=scores,
        tiers=list(kb.tiers.values()),
        rank=RANK,
        part=part,
        version=rules_fingerprint(kb),
        checked_on=checked_on,
        assets=bundle_addresses(FORMS, from_page),
        from_page=from_page,
    )


def tier_section(kb: Knowledge, tier_id: str) -> str:
    """One tier's section of the help page: its care card, with a heading in the page's contents."""
    return render("tier_section.html", tier=kb.tiers[tier_id], words=kb.words.care) + "\n"
