"""The words search knows each page by (macros/search_words.py), from the real data."""

from __future__ import annotations

from macros import search_words


def test_a_misspelling_is_one_slip_from_the_word():
    found = search_words.misspellings("benign")
    for slip in ["benin", "bening", "benighn", "benigne", "beneign", "benign"[:-1]]:
        assert slip in found
    assert "benign" not in found
    assert search_words.misspellings("ms") == [], "short words get none: too many real words are that close"


def test_words_every_page_uses_are_never_search_words(kb):
    for words in search_words.page_words(kb).values():
        assert not set(words) & search_words.SITE_WIDE_WORDS


def test_each_pages_words_come_from_its_entry_its_causes_and_its_sites(kb):
    words = search_words.page_words(kb)
    assert "sertraline" in words["causes/medicines.md"]
    assert "coffee" in words["causes/caffeine-alcohol-and-stimulants.md"], "a cause's also_called words"
    assert "calf" in words["body-sites/hips-and-legs.md"]
    assert "fasiculations" in words["twitching/what-is-a-twitch.md"], "a misspelling made by rule"
    for entry in kb.search_words.values():
        assert entry.page.partition("#")[0] in words
