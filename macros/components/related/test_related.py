"""The related-pages block for cause and region pages, generated from the data."""

from __future__ import annotations

import dataclasses

import markdown
import pytest
from bs4 import BeautifulSoup

from macros.components.related.related import also_called_markdown, regions_of, related_block
from macros.links import url_between
from macros.page_paths import CAUSES as CAUSES_PAGE
from macros.page_paths import HELP as HELP_PAGE
from support.project import ROOT

HEADING = "## Related pages { #related }"


def cause_pages(kb) -> list[str]:
    return sorted({cause.page.partition("#")[0] for cause in kb.causes.values()})


def rendered(kb, src: str) -> BeautifulSoup:
    """The block as the site renders it (same Markdown extensions that matter here)."""
    html = markdown.markdown(related_block(kb, src), extensions=["attr_list", "md_in_html", "toc"])
    return BeautifulSoup(html, "html.parser")


def test_pages_and_what_they_cover(kb):
    assert [c.id for c in kb.causes_on("causes/medicines.md")] == ["corticosteroids", "estrogens", "diuretics"]
    assert [c.id for c in kb.causes_on("twitching/twitching-and-als.md")] == ["als"]
    assert [r.id for r in kb.regions_on("body-sites/feet.md")] == ["feet"]
    assert kb.causes_on("body-sites/feet.md") == []


@pytest.mark.parametrize("src", ["index.md", "help/when-to-get-help.md", "causes/index.md", "body-sites/index.md"])
def test_pages_without_causes_or_regions_get_no_block(kb, src):
    assert related_block(kb, src) == ""


def test_every_cause_page_and_region_page_gets_the_block(kb):
    for src in cause_pages(kb) + [region.page for region in kb.regions.values()]:
        block = related_block(kb, src)
        assert block.startswith(HEADING + "\n\n"), src
        soup = rendered(kb, src)
        assert soup.find("h2", id="related").get_text() == kb.words.related.heading


def test_a_cause_page_links_the_regions_of_its_sites_the_overview_and_the_checklist(kb):
    for src in cause_pages(kb):
        hrefs = [a["href"] for a in rendered(kb, src).select(".related__links a")]
        expected = [url_between(src, region.page) for region in regions_of(kb, kb.causes_on(src))]
        expected += [url_between(src, CAUSES_PAGE), url_between(src, f"{HELP_PAGE}#checklist")]
        assert hrefs == expected, src


def test_the_block_holds_links_to_pages_only_never_a_copy_of_the_page(kb):
    """No red flags, tier badges or cause tables: those are in the page and its help box."""
    for src in cause_pages(kb) + [region.page for region in kb.regions.values()]:
        soup = rendered(kb, src)
        assert not soup.select(".care-label, .tier-badge, table"), src
        items = soup.select(".related li")
        assert items, src
        for item in items:
            assert item.find("a") and item.get_text(strip=True) == item.find("a").get_text(strip=True), (src, item)


def test_calves_lead_the_bfs_page_to_the_legs(kb):
    hrefs = [a["href"] for a in rendered(kb, "twitching/benign-fasciculation-syndrome.md").select(".related__links a")]
    assert hrefs[0] == "../../body-sites/hips-and-legs/"


def test_related_pages_are_links_only_no_lists_of_other_words(kb):
    """The causes' everyday words reach search as search words (search_words.py), so the
    block is not opened by lines of them."""
    soup = rendered(kb, "causes/caffeine-alcohol-and-stimulants.md")
    assert "coffee" not in soup.get_text() and soup.select(".related__links a")


def test_the_link_lists_are_kept_out_of_search(kb):
    for src in cause_pages(kb) + [region.page for region in kb.regions.values()]:
        links = rendered(kb, src).select(".related a")
        assert links, src
        for link in links:
            assert link.find_parent(attrs={"data-search-exclude": True}), (src, link)


def test_a_region_page_links_the_regions_either_side_and_the_body_map(kb):
    regions = list(kb.regions.values())
    for i, region in enumerate(regions):
        src = region.page
        hrefs = [a["href"] for a in rendered(kb, src).select(".related__links a")]
        nearby = [regions[j] for j in (i - 1, i + 1) if 0 <= j < len(regions)]
        expected = [url_between(src, other.page) for other in nearby] + [url_between(src, "body-sites/index.md")]
        assert hrefs[: len(expected)] == expected, src


def test_a_region_pages_links_do_not_grow_with_the_number_of_regions(kb):
    many = {**kb.regions}
    for copy in range(40):
        for region in kb.regions.values():
            page = region.page.replace("body-sites/", f"body-sites/copy-{copy}-")
            many[f"{region.id}-{copy}"] = region.model_copy(update={"id": f"{region.id}-{copy}", "page": page})
    bigger = dataclasses.replace(kb, regions=many)
    src = "body-sites/arms-and-hands.md"  # a middle region: one either side in both
    assert len(rendered(bigger, src).select(".related__links a")) == len(rendered(kb, src).select(".related__links a"))


def test_an_entry_with_no_everyday_words_has_no_also_called_line(kb):
    no_words = kb.causes["kidney-disease"].model_copy(update={"also_called": []})
    assert also_called_markdown(no_words, kb.words.related) == ""


def test_the_also_called_macro_writes_the_line_the_body_site_sections_use(kb):
    lead = f"**{kb.words.related.also_called}**"
    assert also_called_markdown(kb.sites["calves"], kb.words.related) == f"{lead} calf, calf twitch, lower leg, shin."
    assert also_called_markdown(kb.causes["als"], kb.words.related).startswith(f"{lead} ALS, MND,")
    odd = kb.sites["calves"].model_copy(update={"also_called": ["a*b", "[x]", "<c>"]})
    rendered_html = markdown.markdown(also_called_markdown(odd, kb.words.related))
    assert rendered_html == f"<p><strong>{kb.words.related.also_called}</strong> a*b, [x], &lt;c&gt;.</p>"


def test_every_body_site_section_shows_its_everyday_words(kb):
    """Search finds a body site by the words in its section: they must match the data."""
    for site in kb.sites.values():
        source = (ROOT / "docs" / kb.site_page(site).partition("#")[0]).read_text(encoding="utf-8")
        macro_call = f"{{{{ also_called('{site.id}') }}}}"
        assert macro_call in source, f"{site.id}: add {macro_call} to its section (not a hand-typed copy)"
