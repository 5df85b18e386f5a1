"""The help box: which signs it shows, in which cards, and the way back for readers already examined."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from macros.components.help_box.help_box import help_box, help_flags
from macros.knowledge import TIER_IDS


def test_help_box_shows_a_card_per_tier_of_the_pages_signs_most_urgent_first(kb):
    flags = help_flags(kb, "causes/caffeine-alcohol-and-stimulants.md", {})
    assert {"stimulant-overdose-signs", "fit-or-seizure"} <= {f.id for f in flags}
    soup = BeautifulSoup(help_box(kb, "causes/caffeine-alcohol-and-stimulants.md", flags), "html.parser")
    cards = soup.select(".care-card")
    assert [c["class"][1] for c in cards] == ["care--emergency", "care--doctor"]
    emergency = [f.short for f in flags if f.tier == "emergency"]
    signs = f"{kb.words.care.signs_lead} " + "; ".join(emergency) + "."
    assert cards[0].select_one(".care-card__signs").get_text() == signs
    heading = cards[0].select_one(".care-card__heading a")
    assert heading["href"] == "../../help/when-to-get-help/#emergency"
    assert heading.get_text() == kb.tiers["emergency"].heading.replace(
        "{number}", kb.tiers["emergency"].phone_numbers[0].number
    )
    assert cards[0].select_one("a.care-call__button[href='tel:999']")
    assert not cards[0].select(".care-call__others"), "a compact card offers only the number its heading names"
    assert soup.aside.has_attr("data-search-exclude") and soup.aside["aria-labelledby"] == "help-box-title"
    assert soup.select_one(".help-box__checklist a")["href"] == "../../help/when-to-get-help/#checklist"


def test_help_box_signs_are_the_core_signs_plus_the_front_matters(kb):
    core = kb.words.help_box.core_flags
    named = help_flags(kb, "twitching/what-is-a-twitch.md", {"help_flags": ["medicine-suspected", "fit-or-seizure"]})
    assert {f.id for f in named} == {*core, "fit-or-seizure", "medicine-suspected"}
    default = help_flags(kb, "twitching/what-is-a-twitch.md", {})
    assert {f.id for f in default} == set(core)
    tiers = [TIER_IDS.index(f.tier) for f in named]
    assert tiers == sorted(tiers)


@pytest.mark.parametrize("examined_first", [False, True])
def test_help_box_offers_the_way_back_for_readers_already_examined(kb, examined_first):
    flags = help_flags(kb, "twitching/benign-fasciculation-syndrome.md", {})
    soup = BeautifulSoup(
        help_box(kb, "twitching/benign-fasciculation-syndrome.md", flags, examined_first), "html.parser"
    )
    blocks = soup.select(".help-box__examined, .care-card")
    examined = soup.select_one(".help-box__examined")
    assert (blocks[0] is examined) == examined_first and (blocks[-1] is examined) != examined_first
    assert kb.words.help_box.examined_title in examined.get_text()
    for flag_id in kb.words.help_box.examined_flags:
        assert kb.red_flags[flag_id].short in examined.get_text()
