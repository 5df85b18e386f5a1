"""The glossary: one abbreviations file, shown as tooltips and as a readable page.

`includes/glossary.md` holds Python-Markdown abbreviations, one a line:
`*[term]: plain meaning`. The snippets extension appends it to every page, so
each term gets its meaning as a tooltip. The Glossary page shows the same file
as a definition list, through `parse_glossary` and `glossary_markdown`.

Plain functions of text; no MkDocs import.
"""

from __future__ import annotations

import re
from typing import Any

from ...render import render

ENTRY = re.compile(r"^\*\[(?P<term>[^\]]+)\]:[ \t]*(?P<meaning>.*?)\s*$")
NOT_SLUG = re.compile(r"[^a-z0-9]+")


class GlossaryError(ValueError):
    """A line of the glossary file is not an abbreviation entry."""


def parse_glossary(text: str) -> list[tuple[str, str]]:
    """The glossary's entries as (term, meaning), each term once, sorted A to Z ignoring case.

    Blank lines are skipped. The file lists the spellings a page may use
    ("fasciculation", "fasciculations", "Fasciculations"), because abbreviation
    matching is exact; the page shows each term once, so these are left out:
    a case variant of an earlier term with the same meaning, and a plural
    ("-s", "-es" or "-ies") of a term that is also listed. Any other line is an error.
    """
    found: list[tuple[str, str]] = []
    seen: dict[str, str] = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        match = ENTRY.match(line.strip())
        if not match or not match["term"].strip() or not match["meaning"]:
            raise GlossaryError(f"glossary line {lineno}: expected '*[term]: meaning', found {line.strip()!r}")
        term, meaning = match["term"].strip(), match["meaning"]
        if term.lower() in seen:
            if seen[term.lower()] != meaning:
                raise GlossaryError(
                    f"glossary line {lineno}: '{term}' differs from an earlier term only in capitals but has "
                    "another meaning; give every spelling of a term the same meaning (the page shows it once)"
                )
            continue
        seen[term.lower()] = meaning
        found.append((term, meaning))
    lowered = {term.lower() for term, _ in found}

    def is_plural_of_listed(term: str) -> bool:
        low = term.lower()
        singulars = [low[:-1]] if low.endswith("s") else []
        if low.endswith("es"):
            singulars.append(low[:-2])
        if low.endswith("ies"):
            singulars.append(low[:-3] + "y")
        return any(singular in lowered for singular in singulars)

    kept = [(term, meaning) for term, meaning in found if not is_plural_of_listed(term)]
    return sorted(kept, key=lambda entry: (entry[0].lower(), entry[0]))


def term_id(term: str) -> str:
    """The anchor of a term on the Glossary page: 'Isaacs syndrome' -> 'term-isaacs-syndrome'."""
    return "term-" + NOT_SLUG.sub("-", term.lower()).strip("-")


def letter_of(term: str) -> str:
    """The A-Z heading a term goes under ('#' for one that starts with no letter)."""
    first = term[:1].upper()
    return first if "A" <= first <= "Z" else "#"


def glossary_markdown(entries: list[tuple[str, str]]) -> str:
    """A-Z jumps, then a heading per letter with its terms as a Markdown definition list,
    each term in bold with its own anchor ({ #term-... })."""
    groups: dict[str, list[dict[str, Any]]] = {}
    used: set[str] = set()
    for term, meaning in entries:
        anchor = term_id(term)
        if anchor in used:
            number = 2
            while f"{anchor}-{number}" in used:
                number += 1
            anchor = f"{anchor}-{number}"
        used.add(anchor)
        groups.setdefault(letter_of(term), []).append({"term": term, "meaning": meaning, "anchor": anchor})
    letters = [chr(code) for code in range(ord("A"), ord("Z") + 1)]
    return render("glossary.md", letters=letters, groups=groups)
