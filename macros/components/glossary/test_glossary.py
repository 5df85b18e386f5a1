"""The glossary file, parsed for the Glossary page and written as a definition list."""

from __future__ import annotations

import re

import markdown
import pytest

from macros.components.glossary.glossary import GlossaryError, glossary_markdown, parse_glossary, term_id
from support.project import ROOT

GLOSSARY = ROOT / "includes" / "glossary.md"


def test_entries_are_read_and_sorted_ignoring_case():
    text = "*[neurologist]: A nerve doctor.\n*[EMG]: A muscle test.\n*[benign]: Harmless.\n"
    assert parse_glossary(text) == [
        ("benign", "Harmless."),
        ("EMG", "A muscle test."),
        ("neurologist", "A nerve doctor."),
    ]


def test_blank_lines_are_ignored():
    text = "\n*[cramp]: A painful tightening.\n\n   \n*[spasm]: A tightening.\n\n"
    assert [term for term, _ in parse_glossary(text)] == ["cramp", "spasm"]


def test_a_case_variant_with_the_same_meaning_shows_once():
    text = "*[dystonia]: Spasms.\n*[Dystonia]: Spasms.\n"
    assert parse_glossary(text) == [("dystonia", "Spasms.")]


def test_a_plural_shows_once_under_its_singular():
    text = (
        "*[fasciculation]: A twitch.\n"
        "*[fasciculations]: Twitches.\n"
        "*[Fasciculations]: Twitches.\n"
        "*[reflex]: A quick automatic movement.\n"
        "*[reflexes]: Quick automatic movements.\n"
        "*[muscular dystrophy]: One of a group of conditions.\n"
        "*[muscular dystrophies]: A group of conditions.\n"
    )
    assert parse_glossary(text) == [
        ("fasciculation", "A twitch."),
        ("muscular dystrophy", "One of a group of conditions."),
        ("reflex", "A quick automatic movement."),
    ]


def test_a_plural_alone_and_words_ending_in_s_are_kept():
    text = "*[ALS]: A rare condition.\n*[diuretics]: Water tablets.\n*[BFS]: Benign twitching.\n"
    assert [term for term, _ in parse_glossary(text)] == ["ALS", "BFS", "diuretics"]


def test_multi_word_terms_are_read():
    text = "*[motor neurone disease]: A rare condition.\n"
    assert parse_glossary(text) == [("motor neurone disease", "A rare condition.")]


@pytest.mark.parametrize("line", ["fasciculation: A twitch.", "*[EMG] A test.", "*[]: Nothing.", "*[EMG]:"])
def test_a_line_that_is_not_an_entry_is_an_error_naming_the_line(line):
    with pytest.raises(GlossaryError, match="line 2"):
        parse_glossary("*[benign]: Harmless.\n" + line + "\n")


def test_term_ids_are_slugs():
    assert term_id("Isaacs syndrome") == "term-isaacs-syndrome"
    assert term_id("EMG") == "term-emg"
    assert term_id("Lou Gehrig's disease") == "term-lou-gehrig-s-disease"


def test_markdown_is_a_definition_list_with_an_anchor_per_term():
    out = glossary_markdown([("EMG", "A test of muscles & nerves."), ("motor neurone disease", "A rare condition.")])
    html = markdown.markdown(out, extensions=["def_list", "attr_list"])
    assert '<dt id="term-emg"><strong>EMG</strong></dt>' in html
    assert "<dd>A test of muscles &amp; nerves.</dd>" in html
    assert '<dt id="term-motor-neurone-disease"><strong>motor neurone disease</strong></dt>' in html
    assert html.count("<dt") == 2 and html.count("<dd>") == 2


def test_terms_that_slug_alike_get_distinct_anchors():
    out = glossary_markdown([("C.T.", "A scan."), ("CT", "The same scan.")])
    assert re.findall(r"\{ #(term-[a-z0-9-]+) \}", out) == ["term-c-t", "term-ct"]
    out = glossary_markdown([("a b", "One."), ("a-b", "Two.")])
    assert re.findall(r"\{ #(term-[a-z0-9-]+) \}", out) == ["term-a-b", "term-a-b-2"]


def test_case_variants_are_one_entry_and_must_share_a_meaning():
    assert parse_glossary("*[EMG]: A test.\n*[emg]: A test.\n") == [("EMG", "A test.")]
    with pytest.raises(GlossaryError, match="only in capitals"):
        parse_glossary("*[EMG]: A test.\n*[emg]: Something else.\n")


def test_terms_are_grouped_under_a_to_z_headings_with_jumps_to_letters_in_use():
    out = glossary_markdown([("ALS", "A."), ("BFS", "B."), ("cramp", "C.")])
    assert re.findall(r"^### ([A-Z]) \{ #letter-[a-z] \}$", out, re.M) == ["A", "B", "C"]
    assert re.findall(r'<a href="#letter-([a-z])">', out) == ["a", "b", "c"]
    assert '<span aria-hidden="true">D</span>' in out


def test_no_entries_give_no_markdown():
    assert glossary_markdown([]) == ""


def test_the_real_glossary_parses_and_covers_the_core_terms():
    entries = dict(parse_glossary(GLOSSARY.read_text(encoding="utf-8")))
    for term in ["fasciculation", "ALS", "BFS", "EMG", "electromyography", "myokymia", "neurologist", "benign"]:
        assert term in entries, term
    for term, meaning in entries.items():
        assert meaning.endswith("."), term
        assert len(re.findall(r"[.!?](?=\s|$)", meaning)) == 1, f"{term}: one sentence"
