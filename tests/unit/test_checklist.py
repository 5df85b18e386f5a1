"""The red-flag checklist's markup, generated from the real data, and the size of its assets."""
from __future__ import annotations

import dataclasses
import gzip
import json
import pathlib
import re

import pytest
import yaml
from bs4 import BeautifulSoup

from macros import checklist
from macros.knowledge import TIER_IDS, load_knowledge

ROOT = pathlib.Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
PAGE = DOCS / checklist.HELP_PAGE
ASSETS = [
    ROOT / "overrides/assets/javascripts/checklist.js",
    ROOT / "overrides/assets/stylesheets/checklist.css",
]
SIZE_BUDGET = 4096  # bytes, gzipped, JS and CSS together


@pytest.fixture(scope="module")
def kb():
    return load_knowledge(DOCS / "data", DOCS)


@pytest.fixture(scope="module")
def soup(kb):
    return BeautifulSoup(checklist.checklist_html(kb, checklist.HELP_PAGE), "html.parser")


@pytest.fixture(scope="module")
def form(soup):
    forms = soup.select("form[data-checklist]")
    assert len(forms) == 1
    return forms[0]


def text_of(node) -> str:
    return " ".join(node.get_text().split())


def test_groups_are_fieldsets_in_tier_order_each_naming_its_tier_and_action(kb, form):
    groups = form.find_all("fieldset")
    tiers = [kb.tiers[t] for t in TIER_IDS if kb.red_flags_by_tier()[t]]
    assert [g["class"][-1] for g in groups] == [f"tier--{t.id}" for t in tiers]
    for group, tier in zip(groups, tiers):
        legend = text_of(group.legend)
        assert legend.startswith(f"{tier.name}:")
        assert legend.lower().endswith(tier.short.lower())


def test_every_red_flag_has_one_labelled_checkbox_in_its_tiers_fieldset(kb, form):
    boxes = form.select("input[type=checkbox]")
    assert sorted(box["value"] for box in boxes) == sorted(kb.red_flags)
    for flag in kb.red_flags.values():
        (box,) = form.select(f'input[type=checkbox][value="{flag.id}"]')
        (label,) = form.select(f'label[for="{box["id"]}"]')
        assert text_of(label) == flag.text
        assert f"tier--{flag.tier}" in box.find_parent("fieldset")["class"]
    assert len({box["id"] for box in boxes}) == len(boxes)


def test_items_keep_the_data_order_within_each_group(kb, form):
    for group in form.find_all("fieldset"):
        tier_id = group["class"][-1].removeprefix("tier--")
        shown = [box["value"] for box in group.select("input[type=checkbox]")]
        assert shown == [flag.id for flag in kb.red_flags_by_tier()[tier_id]]


def test_each_group_links_every_source_of_its_items_to_the_pages_sources(kb, form):
    for group in form.find_all("fieldset"):
        tier_id = group["class"][-1].removeprefix("tier--")
        links = [a["href"] for a in group.select(".checklist__sources a")]
        assert links == [f"#source-{s}" for s in checklist.sources_of_tier(kb, tier_id)]


def test_rules_json_matches_the_data(kb, form):
    rules = json.loads(form["data-checklist-rules"])
    assert [t["id"] for t in rules["tiers"]] == list(TIER_IDS)
    for tier in rules["tiers"]:
        assert (tier["name"], tier["action"]) == (kb.tiers[tier["id"]].name, kb.tiers[tier["id"]].action)
        assert tier["live"] == ("assertive" if tier["id"] == "emergency" else "polite")
    assert rules["items"] == {flag.id: flag.tier for flag in kb.red_flags.values()}
    assert rules["none"] == "self-care"


def test_rules_survive_quotes_and_markup_in_the_data(kb):
    tier = kb.tiers["doctor"]
    action = 'Say "now" & <b>go</b>\'s way'
    odd = dataclasses.replace(kb, tiers={**kb.tiers, "doctor": tier.model_copy(update={"action": action})})
    form = BeautifulSoup(checklist.checklist_html(odd, checklist.HELP_PAGE), "html.parser").select_one("form")
    assert json.loads(form["data-checklist-rules"])["tiers"][2]["action"] == action


def test_no_inline_script_in_the_checklist(soup):
    # Material's instant navigation re-runs inline scripts in the content as JavaScript.
    assert soup.find("script") is None


def test_the_script_holds_no_copy_of_the_rules(kb):
    script = ASSETS[0].read_text(encoding="utf-8")
    for word in [*TIER_IDS, *kb.red_flags, "999", "112", "911"]:
        assert word not in script, word


def test_privacy_note_comes_before_the_form(soup):
    privacy = soup.select_one(".checklist__privacy")
    assert "Your answers stay on this device" in text_of(privacy)
    assert privacy.find_next("form") is soup.select_one("form[data-checklist]")


def test_one_result_starting_at_self_care_with_emergency_guidance_for_no_script(kb, form):
    (result,) = form.select("[data-checklist-result]")
    assert result["data-tier"] == "self-care"
    static = text_of(result.select_one("[data-checklist-static]"))
    assert "If you ticked anything under Emergency, call 999, 112 or 911 now." in static
    assert not result.select_one("[data-checklist-static]").has_attr("hidden")
    assert [o["data-checklist-outcome"] for o in result.select("[data-checklist-outcome]")] == list(TIER_IDS)
    for outcome in result.select("[data-checklist-outcome]"):
        assert outcome.has_attr("hidden")
        assert kb.tiers[outcome["data-checklist-outcome"]].action in text_of(outcome)


def test_live_regions_polite_and_assertive(form):
    regions = {r["data-checklist-announce"]: r for r in form.select("[data-checklist-result] [data-checklist-announce]")}
    assert {name: r["aria-live"] for name, r in regions.items()} == {"polite": "polite", "assertive": "assertive"}


def test_emergency_numbers_are_visible_tel_links(form):
    for box in [form.select_one("[data-checklist-call]"), form.select_one('[data-checklist-outcome="emergency"]')]:
        links = {a["href"]: a.get_text() for a in box.select('a[href^="tel:"]')}
        assert links == {"tel:999": "999", "tel:112": "112", "tel:911": "911"}


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


def test_no_third_party_address_in_the_checklist(soup):
    assert not re.search(r"https?://", str(soup))


@pytest.mark.parametrize("tier_id", TIER_IDS)
def test_tier_advice_lists_the_action_and_every_red_flag_of_the_tier(kb, tier_id):
    advice = BeautifulSoup(checklist.tier_advice_html(kb, tier_id), "html.parser")
    assert kb.tiers[tier_id].action in text_of(advice.select_one(".tier-advice__action"))
    items = advice.select(".tier-advice__flags > li")
    flags = kb.red_flags_by_tier()[tier_id]
    assert len(items) == len(flags)
    for item, flag in zip(items, flags):
        assert text_of(item).startswith(flag.text)
        assert [a["href"] for a in item.select("a")] == [f"#source-{s}" for s in flag.sources]


def test_phone_links_only_wrap_three_digit_numbers():
    assert checklist.with_phone_links("Call 999 or NHS 111.") == 'Call <a href="tel:999">999</a> or NHS <a href="tel:111">111</a>.'
    assert checklist.with_phone_links("after 2 weeks, 1.500 or 2024") == "after 2 weeks, 1.500 or 2024"
    assert checklist.with_phone_links("<b>") == "&lt;b&gt;"


def test_page_front_matter_and_anchors():
    text = PAGE.read_text(encoding="utf-8")
    meta = yaml.safe_load(re.match(r"\A---\n(.*?)\n---\n", text, re.S).group(1))
    assert meta["title"] == "When to get help or see a doctor"
    assert meta["help_box"] is False
    assert str(meta["reviewed"]) == "2026-11-21"
    assert len(re.findall(r"[.!?](?=\s|$)", meta["summary"].strip())) == 2
    for anchor in ["checklist", *TIER_IDS]:
        assert f"{{ #{anchor} }}" in text
    assert "{{ checklist() }}" in text
    for tier_id in TIER_IDS:
        assert f"{{{{ tier_advice('{tier_id}') }}}}" in text


def test_page_front_matter_lists_every_red_flag_source(kb):
    text = PAGE.read_text(encoding="utf-8")
    meta = yaml.safe_load(re.match(r"\A---\n(.*?)\n---\n", text, re.S).group(1))
    assert set(checklist.sources_of_checklist(kb)) <= set(meta["sources"])


def test_script_and_styles_fit_in_4_kb_gzipped():
    sizes = {path.name: len(gzip.compress(path.read_bytes(), compresslevel=9, mtime=0)) for path in ASSETS}
    total = sum(sizes.values())
    print(f"\nchecklist assets gzipped: {sizes}, total {total} bytes (budget {SIZE_BUDGET})")
    assert total <= SIZE_BUDGET


def test_red_flag_list_uses_the_checklist_wording(kb):
    flags = [kb.red_flags["stimulant-overdose-signs"], kb.red_flags["fit-or-seizure"]]
    soup = BeautifulSoup(checklist.red_flag_list_html(flags), "html.parser")
    assert [li.get_text() for li in soup.select("ul.red-flag-list li")] == [f.text for f in flags]
