"""The reading text of a built page, as the reading-level rules count it.

Counted: the article's paragraphs, list items and headings, each list item and
heading closed as a sentence. Left out: tables, code, the generated help box,
sources list, review line and site notice (they are the same on every page),
and permalink symbols.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup

from macros.components import not_prose_selectors

# What is not the page's own prose: tables, code, forms, drawings and the theme's furniture,
# and the components' tables and lists of signs (their registry rows say which).
THEME_NOT_PROSE = "table, pre, code, .page-review, .site-notice, .headerlink, .md-source-file, script, style, svg, form"
LEFT_OUT = f"{THEME_NOT_PROSE}, {not_prose_selectors()}"
CLOSED_AS_SENTENCE = ["li", "h1", "h2", "h3", "h4", "dt", "dd", "caption", "summary", "p"]


def article(html: str):
    soup = BeautifulSoup(html, "html.parser")
    return soup.select_one("article.md-content__inner") or soup


def prose(html: str) -> str:
    node = article(html)
    for dropped in node.select(LEFT_OUT):
        dropped.decompose()
    pieces = []
    for element in node.find_all(CLOSED_AS_SENTENCE):
        if element.find(CLOSED_AS_SENTENCE):
            continue  # a container: its children are counted on their own
        text = " ".join(element.get_text(" ", strip=True).split())
        if not text:
            continue
        pieces.append(text if re.search(r"[.!?:]$", text) else text + ".")
    return "\n".join(pieces)


def grade(text: str) -> float:
    import textstat

    return float(textstat.flesch_kincaid_grade(text))
