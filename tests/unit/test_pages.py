"""Page furniture: front-matter checks, review dates, help box and sources list."""

from __future__ import annotations

import datetime
import pathlib

import pytest

from macros import pages
from macros.knowledge import load_knowledge

GOOD = {
    "title": "T",
    "summary": "One thing. Another thing.",
    "reviewed": datetime.date(2026, 11, 21),
    "sources": ["nhs-twitching"],
}


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


def test_unknown_help_flags_are_named(kb):
    problems = pages.check_front_matter("x.md", {**GOOD, "help_flags": ["no-such-flag"]}, kb)
    assert problems == [
        "docs/x.md: front matter, field 'help_flags[0]': unknown red flag 'no-such-flag' (not in docs/data/red_flags.yml)"
    ]


def test_a_pages_own_title_line_stays_above_the_summary():
    assert pages.split_title("\n# Muscle twitching explained\n\nText.") == (
        "# Muscle twitching explained\n\n",
        "\nText.",
    )
    assert pages.split_title("Text.\n\n## Part") == ("", "Text.\n\n## Part")


def test_front_matter_fields_the_theme_would_print_unchecked_and_template_syntax_are_reported():
    root = pathlib.Path(__file__).resolve().parents[2]
    kb_ = load_knowledge(root / "docs/data", root / "docs")
    meta = {
        "title": "About {{ '%c' % 60 }}",
        "summary": "One. Two.",
        "reviewed": datetime.date(2026, 12, 4),
        "sources": ["nhs-twitching"],
        "subtitle": "<meta>",
    }
    problems = pages.check_front_matter("about.md", meta, kb_)
    assert any("field 'subtitle': not a field pages use here" in p for p in problems)
    assert any("field 'title': write plain words" in p for p in problems)


def test_the_sources_page_counts_the_sources_the_checklist_method_and_appointment_form_cite():
    from macros import citations
    from macros.components.appointment import appointment
    from macros.components.checklist import checklist

    root = pathlib.Path(__file__).resolve().parents[2]
    kb_ = load_knowledge(root / "docs/data", root / "docs")
    citing = citations.citing_pages(root / "docs", kb_)
    for page, sources in [
        ("help/how-the-checklist-decides.md", checklist.sources_of_method(kb_)),
        ("help/for-your-appointment.md", appointment.sources_of_appointment(kb_)),
        ("help/when-to-get-help.md", checklist.sources_of_checklist(kb_)),
    ]:
        assert sources
        for source_id in sources:
            assert page in [src for src, _ in citing[source_id]], (page, source_id)


def test_a_missing_space_in_an_anchor_is_named_at_its_real_line():
    content = "---\ntitle: T\nsummary: A. B.\n---\n\n## Heading {#here}\n"
    assert pages.body_problems("causes/x.md", content) == [
        "docs/causes/x.md, line 6: add a space: write { #anchor }, not {#anchor} ('{#' opens a template comment):"
        " {#here}"
    ]
    assert pages.body_problems("causes/x.md", "## Heading { #here }\n") == []


def test_a_page_heading_written_in_the_page_is_named_except_on_the_home_page():
    content = "---\ntitle: T\n---\n# Title again\n\n```\n# a shell comment\n```\n"
    assert pages.body_problems("causes/x.md", content) == [
        "docs/causes/x.md, line 4: no '# ' heading in a page: the front-matter title is the page's heading;"
        " start sections at '## '"
    ]
    assert pages.body_problems("index.md", content) == []
