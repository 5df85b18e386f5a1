"""Page furniture: front-matter checks, review dates, help box and sources list."""
from __future__ import annotations

import datetime
import pathlib

import pytest
from bs4 import BeautifulSoup

from macros import pages
from macros.knowledge import TIER_IDS, load_knowledge

ROOT = pathlib.Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def kb():
    return load_knowledge(ROOT / "docs" / "data", ROOT / "docs")


GOOD = {"title": "T", "summary": "One thing. Another thing.", "reviewed": datetime.date(2026, 11, 21), "sources": ["nhs-twitching"]}


def test_good_front_matter_passes(kb):
    assert pages.check_front_matter("x.md", GOOD, kb) == []


@pytest.mark.parametrize(
    "change, expected",
    [
        ({"reviewed": None}, "docs/x.md: front matter, field 'reviewed': missing or not a date"),
        ({"reviewed": "soon"}, "field 'reviewed': missing or not a date"),
        ({"summary": "Only one sentence."}, "field 'summary': must be exactly two sentences, found 1"),
        ({"summary": ""}, "field 'summary': missing"),
        ({"sources": ["nhs"]}, "field 'sources[0]': unknown source 'nhs'"),
        ({"sources": []}, "field 'sources': missing"),
        ({"title": ""}, "field 'title': missing"),
    ],
)
def test_each_front_matter_problem_is_named(kb, change, expected):
    problems = pages.check_front_matter("x.md", {**GOOD, **change}, kb)
    assert any(expected in p for p in problems), problems


def test_clinical_review_needs_name_role_and_date(kb):
    complete = {"name": "A. Doctor", "role": "GP", "date": datetime.date(2026, 11, 21)}
    assert pages.check_front_matter("x.md", {**GOOD, "clinical_review": complete}, kb) == []
    problems = pages.check_front_matter("x.md", {**GOOD, "clinical_review": {"name": "A. Doctor"}}, kb)
    assert any("field 'clinical_review.role': missing" in p for p in problems)
    assert any("field 'clinical_review.date': missing or not a date" in p for p in problems)


def test_review_is_due_three_years_on():
    assert pages.review_due(datetime.date(2026, 11, 21)) == datetime.date(2029, 11, 21)
    assert pages.review_due(datetime.date(2028, 2, 29)) == datetime.date(2031, 2, 28)


def test_help_box_lists_tiers_in_order_with_every_red_flag(kb):
    soup = BeautifulSoup(pages.help_box(kb, "causes/nicotine.md"), "html.parser")
    items = soup.select("li.help-box__tier")
    assert [li["class"][1] for li in items] == [f"tier--{t}" for t in TIER_IDS]
    text = soup.get_text()
    for flag in kb.red_flags.values():
        if flag.tier != "self-care":
            assert flag.short in text
    assert soup.aside.has_attr("data-search-exclude")
    assert "(../help/when-to-get-help.md#checklist)" in str(soup)


def test_sources_section_lists_each_source_once_with_address(kb):
    out = pages.sources_section(kb, ["nhs-twitching", "medlineplus-twitching", "nhs-twitching", "medical-reasons-article"], "about.md")
    soup = BeautifulSoup(out, "html.parser")
    items = soup.select("li")
    assert [li["id"] for li in items] == ["source-nhs-twitching", "source-medlineplus-twitching", "source-medical-reasons-article"]
    assert items[0].a["href"] == "https://www.nhs.uk/conditions/twitching-eyes-and-muscles/"
    assert "Publisher not known" in items[2].get_text()
    assert "## Sources { #sources data-search-exclude }" in out
