"""The appointment form's markup, from the real data and from changed data, and its asset size."""

from __future__ import annotations

import dataclasses
import gzip
import json
import pathlib

import pytest
from bs4 import BeautifulSoup

from macros import assets, page_paths
from macros.components.appointment import appointment
from macros.components.checklist import checklist
from macros.knowledge import TIER_IDS, BodySite, Question

HERE = pathlib.Path(__file__).parent

ASSETS = [HERE / "appointment.js", HERE / "appointment.css"]
# bytes, gzipped, as shipped (comments out): the page's own JS and CSS together (only it loads
# them). 3.5 KB until the page learned to follow a delete in other tabs, drop a damaged or stale
# value, say when storage is full or off, and take the checklist's hand-off (3.6 KB then).
SIZE_BUDGET = 3840
SITE = ("A site", "https://example.org/site/")


def render(kb) -> BeautifulSoup:
    return BeautifulSoup(appointment.appointment_html(kb, page_paths.APPOINTMENT, *SITE), "html.parser")


@pytest.fixture(scope="module")
def soup(kb):
    return render(kb)


def boxes(soup, name: str) -> list[tuple[str, str]]:
    """(value, label text) of each input called `name`, in page order."""
    return [
        (box["value"], soup.find("label", attrs={"for": box["id"]}).get_text(strip=True))
        for box in soup.find_all("input", attrs={"name": name})
    ]


def test_every_choice_comes_from_the_data(kb, soup):
    assert boxes(soup, "site") == [
        (site.id, site.name) for region in kb.regions.values() for site in kb.sites_in(region.id)
    ]
    noticed = [
        (cause.id, cause.name) for cause in kb.causes.values() if cause.kind == "trigger" and cause.reader_notices
    ]
    assert boxes(soup, "trigger") == noticed
    assert len(noticed) < sum(cause.kind == "trigger" for cause in kb.causes.values())  # medicines go in their box
    assert boxes(soup, "sign") == [
        (flag.id, flag.text) for tier_id in TIER_IDS for flag in kb.red_flags_by_tier()[tier_id]
    ]
    assert boxes(soup, "question") == [(question.id, question.text) for question in kb.questions.values()]
    words = kb.words.appointment
    assert [label for _, label in boxes(soup, "often")] == words.often_choices
    assert [label for _, label in boxes(soup, "change")] == words.change_choices
    for name in ("site_other", "started", "trigger_other", "eases"):
        assert soup.find("input", attrs={"name": name, "type": "text"})["maxlength"] == str(appointment.TEXT_MAX)
    for name in ("medicines", "ask"):
        assert soup.find("textarea", attrs={"name": name})["maxlength"] == str(appointment.NOTE_MAX)


def test_the_form_follows_the_data_when_it_changes(kb):
    added_site = BodySite(id="jaw", name="Jaw", region="face-and-head")
    added_question = Question(id="driving", text="Can I keep driving?", sources=["nhs-twitching"])
    changed = dataclasses.replace(
        kb,
        sites={**kb.sites, added_site.id: added_site},
        questions={added_question.id: added_question},
    )
    changed.__dict__.pop("_sites_by_region", None)  # a fresh copy builds its own index
    soup = render(changed)
    assert ("jaw", "Jaw") in boxes(soup, "site")
    assert boxes(soup, "question") == [("driving", "Can I keep driving?")]


def test_every_control_has_its_own_label(soup):
    controls = soup.find_all(["input", "textarea"])
    ids = [control["id"] for control in controls]
    assert len(ids) == len(set(ids))
    for control in controls:
        assert soup.find("label", attrs={"for": control["id"]}), control


def test_signs_are_grouped_by_tier_and_only_the_two_that_cannot_wait_have_a_card(kb, soup):
    groups = soup.select("fieldset.appointment__tier")
    assert [group["class"][1] for group in groups] == [f"care--{t}" for t in TIER_IDS if kb.red_flags_by_tier()[t]]
    for group in groups:
        tier = group["class"][1].removeprefix("care--")
        assert {box["data-tier"] for box in group.find_all("input")} == {tier}
        alerts = group.select("[data-appointment-alert]")
        assert [alert["data-appointment-alert"] for alert in alerts] == (
            [tier] if tier in ("emergency", "urgent") else []
        )
        for alert in alerts:
            assert alert.has_attr("hidden")
            assert kb.words.appointment.dont_wait in alert.get_text()
            assert alert.parent["aria-live"] == "assertive"
    assert appointment.DO_NOT_WAIT_TIERS == ("emergency", "urgent")
    top = soup.select("[data-appointment-carried-alert]")  # for signs carried over from the checklist
    assert [card["data-appointment-carried-alert"] for card in top] == list(appointment.DO_NOT_WAIT_TIERS)
    assert all(card.has_attr("hidden") and card.select_one(".care-card") for card in top)


def test_summary_lists_the_signs_first_and_the_last_tier_apart(soup):
    rows = soup.select("[data-summary-row]")
    assert rows[0]["data-summary-fields"] == "sign"
    assert rows[0]["data-summary-tiers"].split() == list(TIER_IDS[:-1])
    later = [row for row in rows[1:] if row["data-summary-fields"] == "sign"]
    assert [row["data-summary-tiers"] for row in later] == [TIER_IDS[-1]]
    named = {name for row in rows for name in row["data-summary-fields"].split()}
    fields = {control["name"] for control in soup.select("form [name]")}
    assert named == fields  # every answer reaches the printed page, and nothing else does


def test_printed_page_names_the_site_its_address_and_the_sources(kb, soup):
    head = soup.select_one(".appointment__print-head").get_text(" ", strip=True)
    assert SITE[0] in head and "https://example.org/site/help/for-your-appointment/" in head
    assert kb.words.appointment.date_blank in head
    credits = soup.select_one(".appointment__print-sources").get_text()
    named = appointment.guidance_publishers(kb)
    assert named and len(named) == len(set(named))
    for publisher in named:
        assert publisher in credits
    assert "https://example.org/site/sources/" in credits
    for source_id in appointment.sources_of_appointment(kb):  # only guidance is named; the rest is one link away
        source = kb.sources[source_id]
        if source.kind != "guidance" and source.publisher not in named:
            assert source.publisher not in credits


def test_sources_cover_every_sign_and_question(kb):
    cited = set(appointment.sources_of_appointment(kb))
    for entry in [*kb.red_flags.values(), *kb.questions.values()]:
        assert set(entry.sources) <= cited


def test_keeping_and_printing_are_left_to_javascript(soup):
    assert soup.select_one("[data-appointment-keep]").has_attr("hidden")
    assert soup.select_one("[data-appointment-print]").has_attr("hidden")
    assert soup.select_one("[data-appointment-delete]").has_attr("hidden")
    assert soup.select_one("button[type=reset]") and not soup.select_one("button[type=reset]").has_attr("hidden")


def test_rules_name_the_keys_the_scripts_share(kb, soup):
    rules = json.loads(soup.select_one("form[data-appointment]")["data-appointment"])
    assert rules["handoff"] == checklist.rules(kb)["handoff"] == checklist.HANDOFF_KEY
    assert rules["store"] == appointment.STORE_KEY
    assert rules["alert"] == list(appointment.DO_NOT_WAIT_TIERS)


def test_checklist_links_that_carry_answers_are_marked(kb):
    soup = BeautifulSoup(
        checklist.checklist_html(kb, "help/when-to-get-help.md", "Site", "https://example.org/"), "html.parser"
    )
    carrying = soup.select("a[data-checklist-carry]")
    links = kb.words.checklist.read_more_links
    assert len(carrying) == sum(link.carry_answers for tier_links in links.values() for link in tier_links)
    assert {a.find_parent(attrs={"data-checklist-outcome": True})["data-checklist-outcome"] for a in carrying} == {
        "urgent",
        "doctor",
    }
    assert all(a["href"] == "../for-your-appointment/" for a in carrying)


def test_the_component_links_the_forms_assets_which_pages_without_a_form_do_not_load(soup):
    from macros.components import EVERY_PAGE, SCRIPT, STYLESHEET
    from macros.components import bundles as bundle_parts
    from support.project import mkdocs_config

    bundles = {
        name: [part.name for part in parts] for name, parts in bundle_parts(mkdocs_config()["extra"]["bundles"]).items()
    }
    forms_css, forms_js = (pattern.format(bundle=appointment.BUNDLE) for pattern in (STYLESHEET, SCRIPT))
    assert soup.select_one(".appointment > link[rel=stylesheet]")["href"] == "../../" + forms_css
    assert soup.select_one(".appointment > script[defer]")["src"] == "../../" + forms_js
    assert bundles[forms_css][-1] == "appointment.css", "after the checklist's styles, which it shares"
    assert "appointment.js" in bundles[forms_js]
    every_page = [part for pattern in (STYLESHEET, SCRIPT) for part in bundles[pattern.format(bundle=EVERY_PAGE)]]
    assert not any(part.startswith(("appointment", "checklist")) for part in every_page)


def test_own_assets_stay_small():
    size = sum(len(gzip.compress(assets.shrink(path.read_text()).encode())) for path in ASSETS)
    assert size <= SIZE_BUDGET, f"appointment JS + CSS is {size} B gzipped, budget {SIZE_BUDGET} B"
