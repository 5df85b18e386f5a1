"""The related-pages block for cause and region pages, generated from the data."""
from __future__ import annotations

import pathlib

import markdown
import pytest
from bs4 import BeautifulSoup

from macros.knowledge import TIER_IDS, load_knowledge
from macros.links import url_between
from macros.related import (
    HEADING,
    causes_on_page,
    red_flags_of,
    regions_on_page,
    related_block,
    also_called_markdown,
    words_line,
)
from macros.tables import HELP_PAGE

ROOT = pathlib.Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def kb():
    return load_knowledge(ROOT / "docs" / "data", ROOT / "docs")


def cause_pages(kb) -> list[str]:
    return sorted({cause.page.partition("#")[0] for cause in kb.causes.values()})


def rendered(kb, src: str) -> BeautifulSoup:
    """The block as the site renders it (same Markdown extensions that matter here)."""
    html = markdown.markdown(related_block(kb, src), extensions=["attr_list", "md_in_html", "toc"])
    return BeautifulSoup(html, "html.parser")


def test_pages_and_what_they_cover(kb):
    assert [c.id for c in causes_on_page(kb, "causes/medicines.md")] == ["corticosteroids", "estrogens", "diuretics"]
    assert [c.id for c in causes_on_page(kb, "twitching/twitching-and-als.md")] == ["als"]
    assert [r.id for r in regions_on_page(kb, "body-sites/feet.md")] == ["feet"]
    assert causes_on_page(kb, "body-sites/feet.md") == []


@pytest.mark.parametrize("src", ["index.md", "help/when-to-get-help.md", "causes/index.md", "body-sites/index.md"])
def test_pages_without_causes_or_regions_get_no_block(kb, src):
    assert related_block(kb, src) == ""


def test_every_cause_page_and_region_page_gets_the_block(kb):
    for src in cause_pages(kb) + [region.page for region in kb.regions.values()]:
        block = related_block(kb, src)
        assert block.startswith(HEADING + "\n\n"), src
        soup = rendered(kb, src)
        assert soup.find("h2", id="related").get_text() == "Related pages"


def test_a_cause_page_links_every_site_of_every_cause_it_covers(kb):
    for src in cause_pages(kb):
        hrefs = {a["href"] for a in rendered(kb, src).select("a")}
        for cause in causes_on_page(kb, src):
            for link in cause.sites:
                if link.site != "anywhere":
                    assert url_between(src, kb.site_page(kb.sites[link.site])) in hrefs, (src, cause.id, link.site)


def test_a_cause_page_shows_its_red_flags_with_tier_names_linking_to_the_checklist(kb):
    src = "twitching/twitching-and-als.md"
    soup = rendered(kb, src)
    items = soup.select(".related li")
    flags = red_flags_of(kb, causes_on_page(kb, src))
    assert [flag.id for flag in flags] == ["weakness-getting-worse", "swallowing-or-speech-change", "muscle-wasting"]
    assert len(items) == len(flags)
    for item, flag in zip(items, flags):
        tier = kb.tiers[flag.tier]
        link = item.select_one(f".tier-badge--{tier.id} a")
        assert link.get_text() == tier.name
        assert link["href"] == url_between(src, f"{HELP_PAGE}#{tier.id}")
        assert flag.short in item.get_text()


def test_red_flags_are_merged_once_and_ordered_by_tier(kb):
    causes = causes_on_page(kb, "causes/medical-conditions.md")
    flags = red_flags_of(kb, causes)
    assert len({f.id for f in flags}) == len(flags)
    assert {f.id for f in flags} == {flag for cause in causes for flag in cause.red_flags}
    tiers = [TIER_IDS.index(f.tier) for f in flags]
    assert tiers == sorted(tiers)


def test_a_page_with_several_causes_names_and_links_each_one(kb):
    src = "causes/caffeine-alcohol-and-stimulants.md"
    titles = rendered(kb, src).select(".related__title a")
    assert [(a.get_text(), a["href"]) for a in titles] == [
        ("Caffeine", "#caffeine"),
        ("Alcohol", "#alcohol"),
        ("Nicotine", "#nicotine"),
        ("Too much of a stimulant drug", "#other-stimulants"),
    ]


def test_a_page_with_one_cause_has_no_cause_title(kb):
    assert not rendered(kb, "causes/exercise-and-strain.md").select(".related__title a[href^='#']")


def test_everyday_words_for_causes_are_visible_and_indexed(kb):
    soup = rendered(kb, "causes/caffeine-alcohol-and-stimulants.md")
    words = soup.select(".related__words")
    assert "coffee" in words[0].get_text() and "energy drinks" in words[0].get_text()
    for line in words:
        assert not line.find_parent(attrs={"data-search-exclude": True})


def test_the_link_lists_are_kept_out_of_search(kb):
    for src in cause_pages(kb) + [region.page for region in kb.regions.values()]:
        for link in rendered(kb, src).select(".related a"):
            if link.find_parent(class_="related__title"):
                continue
            assert link.find_parent(attrs={"data-search-exclude": True}), (src, link)


def test_a_region_page_links_the_causes_at_its_sites_and_the_other_regions(kb):
    src = "body-sites/face-and-head.md"
    soup = rendered(kb, src)
    text = soup.get_text()
    hrefs = {a["href"] for a in soup.select("a")}
    for cause_id in ["eye-irritation", "dystonia", "caffeine", "stress-anxiety"]:
        assert url_between(src, kb.causes[cause_id].page) in hrefs, cause_id
    assert "Dystonia, including blepharospasm" in text and "(eyelids)" in text
    for region in kb.regions.values():
        if region.page != src:
            assert url_between(src, region.page) in hrefs


def test_a_region_with_no_site_specific_causes_still_lists_those_for_any_muscle(kb):
    soup = rendered(kb, "body-sites/neck-and-shoulders.md")
    assert "Causes that can affect any muscle" in soup.get_text()
    assert "Causes tied to these body sites" not in soup.get_text()


def test_text_is_escaped(kb):
    cause = kb.causes["als"]
    assert "Lou Gehrig&#x27;s disease" in words_line(cause)


def test_words_lines(kb):
    assert words_line(kb.causes["caffeine"]) == (
        '<p class="related__words">Other words for it: coffee, tea, energy drinks, cola, too much coffee.</p>'
    )
    no_words = kb.causes["kidney-disease"].model_copy(update={"also_called": []})
    assert words_line(no_words) == ""
    assert also_called_markdown(no_words) == ""


def test_the_also_called_macro_writes_the_line_the_body_site_sections_use(kb):
    assert also_called_markdown(kb.sites["calves"]) == "**Also called:** calf, calf twitch, lower leg, shin."
    assert also_called_markdown(kb.causes["als"]).startswith("**Also called:** ALS, MND,")
    odd = kb.sites["calves"].model_copy(update={"also_called": ["a*b", "[x]", "<c>"]})
    rendered_html = markdown.markdown(also_called_markdown(odd))
    assert rendered_html == "<p><strong>Also called:</strong> a*b, [x], &lt;c&gt;.</p>"


def test_every_body_site_section_shows_its_everyday_words(kb):
    """Search finds a body site by the words in its section: they must match the data."""
    for site in kb.sites.values():
        source = (ROOT / "docs" / kb.site_page(site).partition("#")[0]).read_text(encoding="utf-8")
        macro_call = f"{{{{ also_called('{site.id}') }}}}"
        assert macro_call in source, f"{site.id}: add {macro_call} to its section (not a hand-typed copy)"
