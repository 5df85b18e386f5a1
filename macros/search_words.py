"""The words search should know each page by: what readers type, not only what the page says.

A plain function of the data: for each docs page, the distinct search words from
search_words.yml (lay terms, abbreviations, medicine names, activities), the everyday
words of the causes and body sites the page explains (`also_called`), and the usual
misspellings of the medical words it lists under `misspelt`, made by rule (a letter
left out or swapped with the next, a vowel or h put in, a vowel or a c/k/s sound changed), so a
misspelling nobody listed is found too.

Words every page uses ("twitch", "muscle") are left out: a page known by them would
come first for every question. Nothing here is shown on a page; the theme adapter
(material.py) hands the words to the search index.
"""

from __future__ import annotations

import re

from .knowledge import Knowledge

# Words on nearly every page: as search words they would say nothing about a page.
SITE_WIDE_WORDS = frozenset(
    {"twitch", "twitches", "twitching", "twitchy", "twitched", "muscle", "muscles", "my", "the", "a", "of", "and", "in"}
)
WORD = re.compile(r"[a-z0-9'&]+")
VOWELS = "aeiouy"
# Letters readers swap because they sound alike.
SOUND_ALIKE = {"c": "ks", "k": "c", "s": "cz", "z": "s", "ph": "f", "y": "i", "i": "y"}


def tokens(phrase: str) -> list[str]:
    """A phrase's words, lower case, without the site-wide ones."""
    return [word for word in WORD.findall(phrase.lower()) if word not in SITE_WIDE_WORDS]


def misspellings(word: str) -> list[str]:
    """The usual misspellings of one word: one letter left out or swapped with the next; a
    vowel or an h put in, or a vowel changed; a c, k, s, ph or y sound written another way.
    Words under 6 letters get none: too many real words are that close to them."""
    word = word.lower()
    if len(word) < 6:
        return []
    found: set[str] = set()
    for i in range(len(word) + 1):
        found.update(word[:i] + extra + word[i:] for extra in VOWELS + "h")  # put in
    for i in range(len(word)):
        found.add(word[:i] + word[i + 1 :])  # left out
        if i + 1 < len(word):
            found.add(word[:i] + word[i + 1] + word[i] + word[i + 2 :])  # swapped
        if word[i] in VOWELS:
            found.update(word[:i] + vowel + word[i + 1 :] for vowel in VOWELS)
        for sound, others in SOUND_ALIKE.items():
            if word.startswith(sound, i):
                found.update(word[:i] + other + word[i + len(sound) :] for other in others)
    found.discard(word)
    return sorted(found)


def page_words(kb: Knowledge) -> dict[str, list[str]]:
    """docs path -> the page's search words, each once, in a stable order."""
    words: dict[str, dict[str, None]] = {}

    def add(page: str, phrases: list[str]) -> None:
        found = words.setdefault(page.partition("#")[0], {})
        for phrase in phrases:
            found.update(dict.fromkeys(tokens(phrase)))

    for entry in kb.search_words.values():
        add(entry.page, entry.words)
        add(entry.page, entry.misspelt)
        add(entry.page, [variant for word in entry.misspelt for variant in misspellings(word)])
    for cause in kb.causes.values():
        add(cause.page, cause.also_called)
    for site in kb.sites.values():
        add(kb.site_page(site), site.also_called)
    return {page: list(found) for page, found in words.items() if found}
