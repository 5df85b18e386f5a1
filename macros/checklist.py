"""The red-flag checklist and the tiers' sections of the help page, from the knowledge data.

`checklist_html` renders templates/checklist.html: a real form, one fieldset per
tier (most urgent first), one labelled checkbox per red flag, a result bar and
a result box, with the rules as JSON in the form's data-checklist-rules
attribute for checklist.js (which holds no rules of its own). With JavaScript
off the form still reads as a list: each legend is the tier's care-card heading,
and the result box says how to read the ticks. `tier_section` renders one
tier's care card for the help page.

Plain functions of the data and the docs path of the page that shows them.
"""

from __future__ import annotations

from typing import Any

from .knowledge import TIER_IDS, Knowledge
from .render import render, render_block

# The tier the result shows when nothing above it is ticked.
NO_ANSWER_TIER = TIER_IDS[-1]
# The fragment key of the links that take the ticks along (wording.yml `carry_answers`):
# `#answers=id,id`. The appointment page reads it.
CARRY_KEY = "answers"
# Tiers whose result interrupts a screen reader (aria-live="assertive"); the others wait (polite).
ASSERTIVE_TIERS = ("emergency",)


def sources_of_checklist(kb: Knowledge) -> list[str]:
    """Every source id behind the red flags, in data order, without repeats."""
    return list(dict.fromkeys(source for flag in kb.red_flags.values() for source in flag.sources))


def sources_of_tier(kb: Knowledge, tier_id: str) -> list[str]:
    """The source ids behind one tier's red flags, without repeats."""
    return list(dict.fromkeys(source for flag in kb.red_flags_by_tier()[tier_id] for source in flag.sources))


def rules(kb: Knowledge) -> dict[str, Any]:
    """What checklist.js needs: the tiers in order (id, how to announce), each item's tier, its
    words, and the fragment key its answer-carrying links use."""
    words = kb.words.checklist
    return {
        "tiers": [
            {"id": tier.id, "live": "assertive" if tier.id in ASSERTIVE_TIERS else "polite"}
            for tier in kb.tiers.values()
        ],
        "none": NO_ANSWER_TIER,
        "items": {flag.id: flag.tier for flag in kb.red_flags.values()},
        "words": {"announce": words.announce, "date": words.date_label},
        "carry": CARRY_KEY,
    }


def checklist_html(kb: Knowledge, from_page: str) -> str:
    """The whole checklist: privacy note, the form with its groups, result bar, result and buttons."""
    grouped = kb.red_flags_by_tier()
    return render_block(
        "checklist.html",
        words=kb.words,
        rules=rules(kb),
        groups=[(kb.tiers[tier_id], grouped[tier_id]) for tier_id in TIER_IDS if grouped[tier_id]],
        tiers=list(kb.tiers.values()),
        emergency=kb.tiers[TIER_IDS[0]],
        none_tier=NO_ANSWER_TIER,
        from_page=from_page,
    )


def tier_section(kb: Knowledge, tier_id: str) -> str:
    """One tier's section of the help page: its care card, with a heading in the page's contents."""
    return render("tier_section.html", tier=kb.tiers[tier_id], words=kb.words.care) + "\n"
