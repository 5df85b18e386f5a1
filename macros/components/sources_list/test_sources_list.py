"""A page's own Sources section."""

from __future__ import annotations

from bs4 import BeautifulSoup

from macros.components.sources_list.sources_list import sources_section


def test_sources_section_is_collapsed_and_lists_each_source_once_by_title_with_no_raw_address(kb):
    out = sources_section(
        kb, ["nhs-twitching", "medlineplus-twitching", "nhs-twitching", "medical-reasons-article"], "about.md"
    )
    soup = BeautifulSoup(out, "html.parser")
    details = soup.select_one("details#sources")
    assert not details.has_attr("open") and details.has_attr("data-search-exclude")
    assert details.summary.get_text() == kb.words.sources.summary.replace("{count}", "3")
    items = soup.select("li")
    assert [li["id"] for li in items] == [
        "source-nhs-twitching",
        "source-medlineplus-twitching",
        "source-medical-reasons-article",
    ]
    assert items[0].a["href"] == "https://www.nhs.uk/conditions/twitching-eyes-and-muscles/"
    assert items[0].a.get_text() == kb.sources["nhs-twitching"].title
    assert kb.words.sources.no_publisher in items[2].get_text()
    assert "http" not in soup.get_text()
    assert soup.select("a")[-1]["href"] == "../sources/"
