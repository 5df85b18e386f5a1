"""The dated list of content corrections, newest first, from docs/data/corrections.yml."""

from __future__ import annotations

import html
import itertools

from ... import page_paths
from ...knowledge import Knowledge
from ...links import md_link
from ...wording import long_date


def corrections_markdown(kb: Knowledge, titles: dict[str, str], from_page: str) -> str:
    """One section per date; each correction names its page, what changed, why and its sources.
    The entries are left out of site search: they repeat, about old wording, words of the pages
    they correct, and a search for those words belongs on the pages."""
    words = kb.words.corrections
    if not kb.corrections:
        return f"{html.escape(words.none_yet)}\n"
    newest_first = sorted(kb.corrections.values(), key=lambda c: c.date, reverse=True)
    out = []
    for day, group in itertools.groupby(newest_first, key=lambda c: c.date):
        out.append(f"### {html.escape(long_date(day, kb.words.locale))} {{ #corrections-{day.isoformat()} }}\n")
        out.append('<div class="corrections-day" data-search-exclude markdown>\n')
        for correction in group:
            page = correction.page.split("#")[0]
            where = md_link(titles.get(page, page), from_page, correction.page)
            settled = "; ".join(
                md_link(kb.sources[s].title, from_page, f"{page_paths.SOURCES}#{s}") for s in correction.sources
            )
            out.append(
                f"- **{where}:** {html.escape(correction.change)} "
                f"*{html.escape(words.why)}* {html.escape(correction.reason)} *{html.escape(words.source)}* {settled}."
            )
        out.append("\n</div>\n")
    return "\n".join(out)
