"""What every page carries: checked front matter, the summary, the help box and the sources.

Plain functions of the data and a page's front matter; the macros package calls
them before and after each page's macros are rendered.
"""
from __future__ import annotations

import datetime
import html
import re

from .knowledge import TIER_IDS, Knowledge
from .links import md_link, relative_link
from .tables import HELP_PAGE

REVIEW_INTERVAL_YEARS = 3
CHECKLIST_TARGET = f"{HELP_PAGE}#checklist"
SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


def review_due(reviewed: datetime.date) -> datetime.date:
    """The next review date: three years on, as the NHS does (29 February becomes 28)."""
    try:
        return reviewed.replace(year=reviewed.year + REVIEW_INTERVAL_YEARS)
    except ValueError:
        return reviewed.replace(year=reviewed.year + REVIEW_INTERVAL_YEARS, day=28)


def check_front_matter(src_path: str, meta: dict, kb: Knowledge) -> list[str]:
    """One line per problem with a page's front matter: title, summary, review date, sources."""
    problems = []

    def report(field: str, message: str) -> None:
        problems.append(f"docs/{src_path}: front matter, field '{field}': {message}")

    if not isinstance(meta.get("title"), str) or not meta["title"].strip():
        report("title", "missing; every page needs a title")
    summary = meta.get("summary")
    if not isinstance(summary, str) or not summary.strip():
        report("summary", "missing; every page opens with a two-sentence summary")
    elif len(SENTENCE_END.findall(summary.strip())) != 2:
        report("summary", f"must be exactly two sentences, found {len(SENTENCE_END.findall(summary.strip()))}")
    reviewed = meta.get("reviewed")
    if not isinstance(reviewed, datetime.date):
        report("reviewed", "missing or not a date (write it as YYYY-MM-DD)")
    clinical = meta.get("clinical_review")
    if clinical is not None:
        problems.extend(f"docs/{src_path}: front matter, field 'clinical_review.{field}': {message}"
                        for field, message in clinical_review_problems(clinical))
    sources = meta.get("sources")
    if not isinstance(sources, list) or not sources:
        report("sources", "missing; list the ids (from docs/data/sources.yml) of the sources this page uses")
    else:
        for i, source_id in enumerate(sources):
            if source_id not in kb.sources:
                report(f"sources[{i}]", f"unknown source '{source_id}' (not in docs/data/sources.yml)")
    return problems


CLINICAL_REVIEW_FIELDS = ("name", "role", "date")


def clinical_review_problems(clinical: object) -> list[tuple[str, str]]:
    """A clinician's review is shown only when it records who, their role and when."""
    if not isinstance(clinical, dict):
        return [("name", "write it as name, role and date (YYYY-MM-DD)")]
    problems = [(field, "extra field; a review records only name, role and date")
                for field in clinical if field not in CLINICAL_REVIEW_FIELDS]
    for field in ("name", "role"):
        if not isinstance(clinical.get(field), str) or not clinical[field].strip():
            problems.append((field, "missing; say who reviewed the page and their role"))
    if not isinstance(clinical.get("date"), datetime.date):
        problems.append(("date", "missing or not a date (write it as YYYY-MM-DD)"))
    return problems


def summary_block(summary: str) -> str:
    return f'<p class="page-summary">{html.escape(summary.strip())}</p>\n\n'


def help_box(kb: Knowledge, from_page: str) -> str:
    """The "When to get help" box: each tier's action and its red flags, in tier order."""
    grouped = kb.red_flags_by_tier()
    lines = []
    for tier_id in TIER_IDS:
        tier = kb.tiers[tier_id]
        if tier_id == "self-care":
            reason = "if none of the above apply"
        else:
            reason = "if you have " + "; ".join(html.escape(flag.short) for flag in grouped[tier_id])
        lines.append(
            f'<li class="help-box__tier tier--{tier_id}"><strong>{html.escape(tier.short)}</strong> {reason}.</li>'
        )
    checklist = relative_link(from_page, CHECKLIST_TARGET)
    return (
        '<aside class="admonition help-box" aria-label="When to get help" data-search-exclude markdown>\n'
        '<p class="admonition-title">When to get help</p>\n'
        '<ul class="help-box__tiers">' + "".join(lines) + "</ul>\n"
        f'<p markdown="span">Not sure which applies? [Go through the checklist]({checklist}): '
        "it takes a minute, and your answers stay on your device.</p>\n"
        "</aside>\n"
    )


def _source_line(kb: Knowledge, source_id: str) -> str:
    source = kb.sources[source_id]
    parts = [f"<cite>{html.escape(source.title)}</cite>"]
    parts.append(html.escape(source.publisher) if source.publisher else "Publisher not known; used for background only")
    line = ". ".join(parts) + "."
    if source.address:
        shown = source.address.removeprefix("https://").removeprefix("www.").rstrip("/")
        line += f' <a href="{html.escape(source.address)}">{html.escape(shown)}</a>'
    return f'<li id="source-{source.id}">{line}</li>'


def sources_section(kb: Knowledge, source_ids: list[str], from_page: str) -> str:
    """The page's Sources list, in first-cited order, linking to the site-wide sources page."""
    items = "".join(_source_line(kb, source_id) for source_id in dict.fromkeys(source_ids))
    every = md_link("All sources used on this site", from_page, "sources.md")
    return (
        '<div class="page-sources" data-search-exclude markdown>\n\n'
        "## Sources { #sources data-search-exclude }\n\n"
        f"<ol>{items}</ol>\n\n{every}.\n\n</div>\n"
    )
