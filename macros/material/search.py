"""A page's search words in Material's search index, and the way on under its results.

Material's search plugin indexes a page's `tags` front matter (boosted above title and
text) and shows no tags on the page unless its tags plugin is on, which this site does
not use. So a page's search words go into the index as tags, and nowhere on the page;
theme-fixes.css hides them in the search results too. Another engine would need its own
way to index words that are not on the page (see README, "Moving off Material").
"""

from __future__ import annotations

import json
import pathlib
from typing import Any

from ..links import url_between
from ..wording import Wording

SEARCH_WORDS_FIELD = "tags"
SEARCH_INDEX = "search/search_index.json"
HOME = "index.md"  # the way on's addresses are from the site root; the template puts base_url first


def index_search_words(meta: dict[str, Any], words: list[str]) -> None:
    """Give a page's search words to Material's search index, not to its text."""
    if words:
        meta[SEARCH_WORDS_FIELD] = words


def keep_search_words_on_each_pages_first_section(site_dir: pathlib.Path) -> None:
    """Material copies a page's tags to every section of the page in its search index. The
    words are about the page, so they stay on its first section only: the page comes up as
    one result, and the index does not grow with the number of sections."""
    path = site_dir / SEARCH_INDEX
    if not path.is_file():
        return
    index = json.loads(path.read_text(encoding="utf-8"))
    seen: set[str] = set()
    for entry in index["docs"]:
        page = entry["location"].partition("#")[0]
        if page in seen:
            entry.pop(SEARCH_WORDS_FIELD, None)
        seen.add(page)
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def search_way_on(words: Wording) -> dict[str, Any]:
    """What overrides/partials/search.html shows under the search results: the links the
    wording data names, as addresses from the site root (the template puts base_url first)."""
    return {
        "label": words.search.way_on_label,
        "lead": words.search.way_on_lead,
        "links": [{"text": link.text, "path": url_between(HOME, link.page)} for link in words.search.way_on_links],
    }
