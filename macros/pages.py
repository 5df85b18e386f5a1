"""What every page must be: checked front matter and body, and its next review date.

Plain functions of the data and a page's text; the macros package calls them before
each page's macros are rendered. What every page carries (summary, help box, related
pages, sources) is made by the components of the same names.
"""

from __future__ import annotations

import datetime
import re
from typing import Any

from . import page_paths
from .knowledge import Knowledge, unknown

REVIEW_INTERVAL_YEARS = 3
SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


def review_due(reviewed: datetime.date) -> datetime.date:
    """The next review date: three years on, as the NHS does (29 February becomes 28)."""
    try:
        return reviewed.replace(year=reviewed.year + REVIEW_INTERVAL_YEARS)
    except ValueError:
        return reviewed.replace(year=reviewed.year + REVIEW_INTERVAL_YEARS, day=28)


def check_front_matter(src_path: str, meta: dict[str, Any], kb: Knowledge) -> list[str]:
    """One line per problem with a page's front matter: title, summary, review date, sources."""
    problems = []

    def report(field: str, message: str) -> None:
        problems.append(f"docs/{src_path}: front matter, field '{field}': {message}")

    for field in meta:
        if field not in FRONT_MATTER_FIELDS:
            report(str(field), f"not a field pages use here; the fields are {', '.join(FRONT_MATTER_FIELDS)}")
    if not isinstance(meta.get("title"), str) or not meta["title"].strip():
        report("title", "missing or not text; every page needs a title")
    elif MARKUP.search(meta["title"]):
        report("title", "write plain words: < > & [ ] {{ and {% are not allowed (the theme prints the title as it is)")
    summary = meta.get("summary")
    if not isinstance(summary, str) or not summary.strip():
        report("summary", "missing or not text; every page opens with a two-sentence summary")
    elif MARKUP.search(summary):
        report("summary", "write plain words: < > & [ ] {{ and {% are not allowed")
    elif len(SENTENCE_END.findall(summary.strip())) != 2:
        report("summary", f"must be exactly two sentences, found {len(SENTENCE_END.findall(summary.strip()))}")
    reviewed = meta.get("reviewed")
    if not isinstance(reviewed, datetime.date):
        report("reviewed", "missing or not a date (write it as YYYY-MM-DD)")
    clinical = meta.get("clinical_review")
    if clinical is not None:
        problems.extend(
            f"docs/{src_path}: front matter, field 'clinical_review.{field}': {message}"
            for field, message in clinical_review_problems(clinical)
        )
    sources = meta.get("sources")
    if not isinstance(sources, list) or not sources:
        report("sources", "missing; list the ids (from docs/data/sources.yml) of the sources this page uses")
    else:
        for i, source_id in enumerate(sources):
            if source_id not in kb.sources:
                report(f"sources[{i}]", unknown("source", source_id, kb.sources, "docs/data/sources.yml"))
    if meta.get("help_box", True) not in HELP_BOX_VALUES:
        report("help_box", f"write true, false or {EXAMINED_FIRST} (for readers a doctor has already examined)")
    flags = meta.get("help_flags")
    if flags is not None:
        if not isinstance(flags, list):
            report("help_flags", "write it as a list of red-flag ids (from docs/data/red_flags.yml)")
        else:
            for i, flag_id in enumerate(flags):
                if flag_id not in kb.red_flags:
                    report(f"help_flags[{i}]", unknown("red flag", flag_id, kb.red_flags, "docs/data/red_flags.yml"))
    return problems


# Characters that could open markup or a template where the theme, or mkdocs-macros, prints a
# front-matter value as it is.
MARKUP = re.compile(r"[<>&\[\]]|\{\{|\{%")
# help_box: shown (true), left out (false), or shown with the way back for readers a doctor has
# already examined first (pages such readers come to: BFS, health anxiety).
EXAMINED_FIRST = "examined-first"
HELP_BOX_VALUES = (True, False, EXAMINED_FIRST)
# The front matter a page may have: the theme prints other fields (subtitle, status) unchecked.
FRONT_MATTER_FIELDS = ("title", "summary", "reviewed", "sources", "help_box", "help_flags", "search", "clinical_review")
CLINICAL_REVIEW_FIELDS = ("name", "role", "date")


def clinical_review_problems(clinical: object) -> list[tuple[str, str]]:
    """A clinician's review is shown only when it records who, their role and when."""
    if not isinstance(clinical, dict):
        return [("name", "write it as name, role and date (YYYY-MM-DD)")]
    problems = [
        (field, "extra field; a review records only name, role and date")
        for field in clinical
        if field not in CLINICAL_REVIEW_FIELDS
    ]
    for field in ("name", "role"):
        if not isinstance(clinical.get(field), str) or not clinical[field].strip():
            problems.append((field, "missing; say who reviewed the page and their role"))
    if not isinstance(clinical.get("date"), datetime.date):
        problems.append(("date", "missing or not a date (write it as YYYY-MM-DD)"))
    return problems


def split_title(markdown: str) -> tuple[str, str]:
    """A page's own '# title' line (the home page has one: its nav label is "Home") and the rest."""
    stripped = markdown.lstrip("\n")
    if stripped.startswith("# "):
        title, _, rest = stripped.partition("\n")
        return title + "\n\n", rest
    return "", markdown


# "{#" opens a Jinja comment (the macros plugin renders every page as a template), so
# "{#anchor}" swallows the page up to the next "#}" and fails far from the mistake.
COMMENT_OPENING = re.compile(r"\{#(?![#}])")
H1 = re.compile(r"^# \S", re.M)
# The home page's nav label is "Home", so its own heading is written in the page.


def body_problems(src_path: str, content: str) -> list[str]:
    """Mistakes in a page's Markdown that would otherwise fail late or quietly, each named at
    its real line in the file (front matter included)."""
    problems = []
    lines = content.splitlines()
    in_front_matter = bool(lines) and lines[0].strip() == "---"
    fence = False
    for number, line in enumerate(lines, start=1):
        if in_front_matter:
            if number > 1 and line.strip() == "---":
                in_front_matter = False
            continue
        if line.lstrip().startswith(("```", "~~~")):
            fence = not fence
        for match in COMMENT_OPENING.finditer(line):
            problems.append(
                f"docs/{src_path}, line {number}: add a space: write {{ #anchor }}, not {{#anchor}} "
                f"('{{#' opens a template comment): {line[match.start() : match.start() + 20].strip()}"
            )
        if not fence and src_path != page_paths.HOME and H1.match(line):
            problems.append(
                f"docs/{src_path}, line {number}: no '# ' heading in a page: the front-matter title is the page's "
                "heading; start sections at '## '"
            )
    return problems
