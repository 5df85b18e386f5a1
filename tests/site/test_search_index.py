"""The built search index: each page's search words on its first section only, never on the page."""

from __future__ import annotations

import json


def test_search_words_reach_the_index_only_on_each_pages_first_section(built_site):
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    with_words = [entry["location"] for entry in index["docs"] if entry.get("tags")]
    assert len(with_words) >= 25
    assert all("#" not in location for location in with_words)
    medicines = next(entry for entry in index["docs"] if entry["location"] == "causes/medicines/")
    assert "sertraline" in medicines["tags"]
    page = (built_site / "causes" / "medicines" / "index.html").read_text(encoding="utf-8")
    assert "sertraline" not in page.lower(), "search words are not on the page"
