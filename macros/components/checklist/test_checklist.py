"""The red-flag checklist's markup and the help page's care cards, from the real data, and the size of their assets."""

from __future__ import annotations

import dataclasses
import gzip
import json
import pathlib
import re

import pytest
import yaml
from bs4 import BeautifulSoup

from macros.components.checklist import checklist
from macros.knowledge import TIER_IDS
from macros.page_paths import HELP as HELP_PAGE
from support.project import DOCS, project_knowledge

HERE = pathlib.Path(__file__).parent

PAGE = DOCS / HELP_PAGE
ASSETS = [
    HERE / "checklist.js",
    HERE / "checklist.css",
    HERE.parent / "care_card" / "care.js",
    HERE.parent / "care_card" / "care.css",
]
# bytes, gzipped: checklist and care cards, JS and CSS together. 6 KB until the checklist
# learned combination rules, groups answered with "None of these" and the hand-off (7.0 KB).
SIZE_BUDGET = 7680


SITE_NAME = "A site"
PAGE_ADDRESS = "https://example.org/help/when-to-get-help/"


def render(kb) -> BeautifulSoup:
    return BeautifulSoup(checklist.checklist_html(kb, HELP_PAGE, SITE_NAME, PAGE_ADDRESS), "html.parser")


@pytest.fixture(scope="module")
def soup(kb):
    return render(kb)


@pytest.fixture(scope="module")
def form(soup):
    forms = soup.select("form[data-checklist]")
    assert len(forms) == 1
    return forms[0]


def text_of(node) -> str:
    return " ".join(node.get_text().split())


def tier_of(group) -> str:
    return next(c for c in group["class"] if c.startswith("care--")).removeprefix("care--")


def test_groups_are_fieldsets_in_tier_order_each_led_by_its_label_and_question(kb, form):
    groups = form.find_all("fieldset")
    tiers = [kb.tiers[t] for t in TIER_IDS if kb.red_flags_by_tier()[t]]
    assert [tier_of(g) for g in groups] == [t.id for t in tiers]
    for group, tier in zip(groups, tiers, strict=True):
        assert text_of(group.legend) == f"{tier.name} {kb.words.checklist.questions[tier.id]}"
        assert group.legend.select_one(".care-label svg[aria-hidden=true]")


def test_every_group_offers_none_of_these_as_its_last_box(kb, form):
    for group in form.find_all("fieldset"):
        last = group.select("input[type=checkbox]")[-1]
        assert (last["name"], last["value"]) == ("none", tier_of(group))
        assert text_of(form.select_one(f'label[for="{last["id"]}"]')) == kb.words.checklist.none_of_these


def test_the_reader_is_told_to_answer_from_everyday_life_before_the_first_group(kb, form):
    how = form.select_one(".checklist__how")
    assert text_of(how) == kb.words.checklist.how_to_answer
    assert how.find_next("fieldset") is form.find("fieldset")


def test_the_emergency_heading_is_the_action_with_the_first_number():
    kb = project_knowledge()
    heading = kb.tiers["emergency"].heading
    assert "{number}" in heading and kb.tiers["emergency"].heading_with("999") == heading.replace("{number}", "999")
    assert all("{number}" not in kb.tiers[t].heading for t in TIER_IDS[1:])


def test_every_red_flag_has_one_labelled_checkbox_in_its_tiers_fieldset(kb, form):
    boxes = form.select("input[type=checkbox][name=answer]")
    assert sorted(box["value"] for box in boxes) == sorted(kb.red_flags)
    for flag in kb.red_flags.values():
        (box,) = form.select(f'input[type=checkbox][value="{flag.id}"]')
        (label,) = form.select(f'label[for="{box["id"]}"]')
        assert text_of(label) == flag.text
        assert tier_of(box.find_parent("fieldset")) == flag.tier
    assert len({box["id"] for box in boxes}) == len(boxes)


def test_items_keep_the_data_order_within_each_group(kb, form):
    for group in form.find_all("fieldset"):
        shown = [box["value"] for box in group.select("input[name=answer]")]
        assert shown == [flag.id for flag in kb.red_flags_by_tier()[tier_of(group)]]


def test_no_source_lists_inside_the_checklist(form):
    # The page's one Sources section lists them; the checklist stays short on a phone.
    assert not form.select("fieldset a, fieldset cite")


def test_rules_json_matches_the_data(kb, form):
    rules = json.loads(form["data-checklist-rules"])
    assert [t["id"] for t in rules["tiers"]] == list(TIER_IDS)
    for tier in rules["tiers"]:
        assert tier["live"] == ("assertive" if tier["id"] == "emergency" else "polite")
    assert rules["items"] == {flag.id: flag.tier for flag in kb.red_flags.values()}
    assert rules["groups"] == [t for t in TIER_IDS if kb.red_flags_by_tier()[t]]
    assert [r["id"] for r in rules["rules"]] == list(kb.checklist_rules)
    for shown, rule in zip(rules["rules"], kb.checklist_rules.values(), strict=True):
        assert (shown["all"], shown["any"], shown["tier"], shown["lowers"]) == (
            rule.when_all,
            rule.when_any,
            rule.tier,
            rule.lowers,
        )
    assert rules["words"] == {"announce": kb.words.checklist.announce, "date": kb.words.checklist.date_label}
    assert rules["handoff"] == checklist.HANDOFF_KEY


def test_rules_survive_quotes_and_markup_in_the_data(kb):
    words = 'Say "now" & <b>go</b>\'s way {heading}'
    odd_words = kb.words.model_copy(update={"checklist": kb.words.checklist.model_copy(update={"announce": words})})
    odd = dataclasses.replace(kb, wording=odd_words)
    form = render(odd).select_one("form")
    assert json.loads(form["data-checklist-rules"])["words"]["announce"] == words


def test_no_inline_script_in_the_checklist(soup):
    # Material's instant navigation re-runs inline scripts in the content as JavaScript. The one
    # script is the forms' bundle, by address (checklist.js wires itself once).
    scripts = soup.find_all("script")
    assert [script.get("src", "").rsplit("/", 1)[-1] for script in scripts] == ["forms.js"]
    assert all(not script.get_text().strip() for script in scripts)


def test_the_scripts_hold_no_copy_of_the_rules_or_numbers(kb):
    numbers = ["999", "112", "911", "000"]
    for asset, words in [(ASSETS[0], [*TIER_IDS, *kb.red_flags, *numbers]), (ASSETS[2], [*kb.red_flags, *numbers])]:
        script = re.sub(r"/\*.*?\*/", "", asset.read_text(encoding="utf-8"), flags=re.S)
        for word in words:
            assert word not in script, (asset.name, word)
    assert '"en-' not in ASSETS[2].read_text(encoding="utf-8"), "care.js takes the languages from the page"


def test_privacy_note_comes_before_the_form(kb, soup):
    privacy = soup.select_one(".checklist__privacy")
    assert text_of(privacy) == kb.words.checklist.privacy
    assert privacy.find_next("form") is soup.select_one("form[data-checklist]")


def test_no_result_before_an_answer_and_emergency_guidance_for_no_script(kb, form):
    (result,) = form.select("[data-checklist-result]")
    assert not result.has_attr("data-tier")
    pending = result.select_one("[data-checklist-pending]")
    assert pending.has_attr("hidden") and text_of(pending) == kb.words.checklist.pending
    static = result.select_one("[data-checklist-static]")
    assert not static.has_attr("hidden")
    assert "Call 999 now" in text_of(static) and static.select_one("a.care-call__button[href='tel:999']")
    assert kb.words.checklist.static_other in text_of(static)
    assert [o["data-checklist-outcome"] for o in result.select("[data-checklist-outcome]")] == list(TIER_IDS)
    for outcome in result.select("[data-checklist-outcome]"):
        assert outcome.has_attr("hidden")
        tier = kb.tiers[outcome["data-checklist-outcome"]]
        heading = outcome.select_one(f".care-card.care--{tier.id} .care-card__heading")
        assert [text_of(li) for li in outcome.select(".care-card__advice li")] == tier.advice
        # The card says what to do once: its heading, then advice that does not repeat it.
        assert text_of(heading) not in text_of(outcome.select_one(".care-card__advice"))


def test_the_result_bar_has_one_outcome_per_tier_and_is_hidden_until_a_tick(kb, form):
    bar = form.select_one("[data-checklist-bar]")
    assert bar.has_attr("hidden")
    outcomes = bar.select("[data-checklist-bar-outcome]")
    assert [o["data-checklist-bar-outcome"] for o in outcomes] == list(TIER_IDS)
    for outcome in outcomes:
        assert outcome.has_attr("hidden")
        assert outcome.select_one("a[href='#checklist-result']")
    # The bar sits between the groups and the result, inside the form, so it follows the reader through the list.
    assert bar.find_previous_sibling("fieldset") and bar.find_next_sibling("section")


def test_live_regions_polite_and_assertive(form):
    regions = {
        r["data-checklist-announce"]: r for r in form.select("[data-checklist-result] [data-checklist-announce]")
    }
    assert {name: r["aria-live"] for name, r in regions.items()} == {"polite": "polite", "assertive": "assertive"}


def test_emergency_outcomes_offer_a_call_button_and_every_other_number(kb, form):
    numbers = [phone.number for phone in kb.tiers["emergency"].phone_numbers]
    for box in [
        form.select_one('[data-checklist-bar-outcome="emergency"]'),
        form.select_one('[data-checklist-outcome="emergency"]'),
    ]:
        assert box.select_one("a.care-call__button")["href"] == f"tel:{numbers[0]}"
        others = [a["href"] for a in box.select(".care-call__others a")]
        assert others == [f"tel:{n}" for n in numbers[1:]]
        assert json.loads(box.select_one("[data-emergency-numbers]")["data-emergency-numbers"])[0]["languages"] == [
            "en-GB"
        ]
    for tier_id in TIER_IDS[1:]:
        assert not form.select(f'[data-checklist-outcome="{tier_id}"] a[href^="tel:"]')


def test_result_links_are_relative_and_never_name_a_disease(kb, form):
    result = form.select_one("[data-checklist-result]")
    hrefs = [a["href"] for a in result.select("a:not([href^='tel:'])")]
    assert hrefs and all(h.startswith(("#", "../")) for h in hrefs)
    assert "../tests-and-diagnosis/" in hrefs and "../treatment-and-self-care/" in hrefs
    # No outcome points the reader at a condition page: the checklist never suggests a diagnosis.
    assert not [h for h in hrefs if "/twitching/" in h]
    words = text_of(result).lower()
    conditions = [c for c in kb.causes.values() if c.kind == "condition"]
    for name in [c.name for c in conditions] + ["stroke", "als", "motor neurone", "sclerosis", "syndrome"]:
        plain = re.sub(r"\s*\(.*\)", "", name).lower()
        assert not re.search(rf"\b{re.escape(plain)}\b", words), name


def test_buttons_print_needs_script_and_start_again_is_a_reset(form):
    assert form.select_one("button[data-checklist-print]").has_attr("hidden")
    assert text_of(form.select_one("button[type=reset]")) == "Start again"


def test_no_other_address_in_the_checklist_than_its_own_on_the_printout(kb, soup):
    printed = soup.select_one(".checklist__printed-from")
    assert text_of(printed) == kb.words.checklist.printed_from.format(site=SITE_NAME, address=PAGE_ADDRESS)
    printed.decompose()
    assert not re.search(r"https?://", str(soup))


@pytest.mark.parametrize("tier_id", TIER_IDS)
def test_tier_section_is_a_care_card_whose_heading_is_the_action_with_its_advice(kb, tier_id):
    markdown = checklist.tier_section(kb, tier_id)
    tier = kb.tiers[tier_id]
    assert f"{{ #{tier_id} .care-card__heading }}" in markdown
    assert 'markdown="block"' in markdown
    soup = BeautifulSoup(markdown, "html.parser")
    assert soup.select_one(f"section.care-card.care--{tier_id} .care-label").get_text(strip=True) == tier.name
    assert [text_of(li) for li in soup.select(".care-card__advice li")] == tier.advice
    assert bool(soup.select(".care-call__button")) == (tier_id == "emergency")


def test_page_front_matter_and_anchors():
    text = PAGE.read_text(encoding="utf-8")
    meta = yaml.safe_load(re.match(r"\A---\n(.*?)\n---\n", text, re.S).group(1))
    assert meta["title"] == "When to get help"
    assert meta["help_box"] is False
    assert str(meta["reviewed"]) == "2026-11-21"
    assert len(re.findall(r"[.!?](?=\s|$)", meta["summary"].strip())) == 2
    assert "{ #checklist }" in text
    assert "{{ checklist() }}" in text
    for tier_id in TIER_IDS:
        assert f"{{{{ tier_section('{tier_id}') }}}}" in text


def test_page_front_matter_lists_every_red_flag_source(kb):
    text = PAGE.read_text(encoding="utf-8")
    meta = yaml.safe_load(re.match(r"\A---\n(.*?)\n---\n", text, re.S).group(1))
    assert set(checklist.sources_of_checklist(kb)) <= set(meta["sources"])


def test_scripts_and_styles_fit_in_7_5_kb_gzipped():
    sizes = {path.name: len(gzip.compress(path.read_bytes(), compresslevel=9, mtime=0)) for path in ASSETS}
    total = sum(sizes.values())
    print(f"\nchecklist assets gzipped: {sizes}, total {total} bytes (budget {SIZE_BUDGET})")
    assert total <= SIZE_BUDGET
