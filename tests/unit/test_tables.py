"""Causes and body sites: the overview, the cause and region views, from the real data (no MkDocs)."""

from __future__ import annotations

import dataclasses
import pathlib

import pytest
from bs4 import BeautifulSoup

from macros import tables
from macros.knowledge import load_knowledge
from macros.links import url_between

ROOT = pathlib.Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def kb():
    return load_knowledge(ROOT / "docs" / "data", ROOT / "docs")


def parse(html: str):
    return BeautifulSoup(html, "html.parser")


def test_no_view_is_a_table(kb):
    """Every view fits a 360 px phone: lists and cards, never a wide table."""
    views = [tables.overview(kb, "causes/index.md")]
    views += [tables.region_causes(kb, region, region.page) for region in kb.regions.values()]
    views += [tables.cause_sites(kb, cause, cause.page) for cause in kb.causes.values()]
    for html in views:
        assert "<table" not in html
        assert "\n\n" not in html.strip()


def test_overview_names_the_anywhere_causes_once_then_only_sites_with_causes(kb):
    soup = parse(tables.overview(kb, "causes/index.md"))
    anywhere = [a.get_text() for a in soup.select(".site-causes__anywhere a")]
    assert anywhere == [c.name for c in kb.anywhere_causes]
    assert soup.get_text().count(kb.words.causes.anywhere_name) == 0
    regions = soup.select(".site-causes__regions > li")
    assert [r.select_one(".site-causes__region").get_text() for r in regions] == [r.name for r in kb.regions.values()]
    for region_item, region in zip(regions, kb.regions.values(), strict=True):
        listed = [li.a.get_text() for li in region_item.select("ul > li")]
        tied = [
            s.name
            for s in kb.sites_in(region.id)
            if any(link.site == s.id for c in kb.causes.values() for link in c.sites)
        ]
        assert listed == tied, region.id
        if not tied:
            assert region_item.p.get_text() == kb.words.causes.no_specific


def test_overview_links_each_site_to_its_causes(kb):
    soup = parse(tables.overview(kb, "causes/index.md"))
    eyelids = next(li for li in soup.select(".site-causes__regions ul > li") if li.a.get_text() == "Eyelids")
    assert eyelids.a["href"] == "../body-sites/face-and-head/#eyelids"
    names = [a.get_text() for a in eyelids.select("a")[1:]]
    assert "Caffeine" in names and "Dystonia, including blepharospasm" in names


def test_cause_sites_lists_linked_sites_with_region_and_the_sources_words(kb):
    soup = parse(tables.cause_sites(kb, kb.causes["stress-anxiety"], "causes/stress-and-anxiety.md"))
    items = [li.get_text(" ", strip=True) for li in soup.select("li")]
    assert items[0].startswith(kb.words.causes.anywhere_name + ":")
    calves = next(li for li in soup.select("li") if "Calves" in li.get_text())
    assert calves.a["href"] == "../../body-sites/hips-and-legs/#calves"
    assert "(Hips and legs)" in calves.get_text()


def test_region_cards_lead_with_the_tier_then_triggers_before_conditions(kb):
    region = kb.regions["face-and-head"]
    soup = parse(tables.region_causes(kb, region, region.page))
    groups = [p.get_text() for p in soup.select(".cause-cards__group")]
    assert groups == [kb.words.causes.trigger_heading, kb.words.causes.condition_heading]
    assert soup.select_one(".cause-cards__note").get_text() == kb.words.causes.condition_note
    for card in soup.select(".cause-card"):
        first = card.find("p")
        assert "cause-card__help" in first["class"]
        tier = next(c for c in card["class"] if c.startswith("care--")).removeprefix("care--")
        assert first.a["href"] == f"../../help/when-to-get-help/#{tier}"
        assert first.select_one(".care-label").get_text() == kb.tiers[tier].name


def test_region_cards_cover_every_cause_tied_to_its_sites_and_name_the_anywhere_ones_once(kb):
    for region in kb.regions.values():
        soup = parse(tables.region_causes(kb, region, region.page))
        site_ids = {site.id for site in kb.sites_in(region.id)}
        tied = {c.name for c in kb.causes.values() if any(link.site in site_ids for link in c.sites)}
        assert {a.get_text() for a in soup.select(".cause-card__name a")} == tied, region.id
        anywhere = {a.get_text() for a in soup.select(".cause-cards__anywhere a")}
        assert anywhere == {c.name for c in kb.anywhere_causes} - tied, region.id


def with_more_anywhere_causes(kb, copies: int):
    """The data with `copies` extra copies of every cause that can affect any muscle."""
    causes = {**kb.causes}
    for copy in range(copies):
        for cause in kb.anywhere_causes:
            anywhere = [link for link in cause.sites if link.site == "anywhere"]
            causes[f"{cause.id}-{copy}"] = cause.model_copy(
                update={"id": f"{cause.id}-{copy}", "name": f"{cause.name} {copy}", "sites": anywhere}
            )
    return dataclasses.replace(kb, causes=causes)


def test_a_region_page_names_a_few_anywhere_causes_and_links_to_the_rest(kb):
    region = kb.regions["hips-and-legs"]
    small = parse(tables.region_causes(kb, region, region.page))
    assert len(kb.anywhere_causes) <= tables.ANYWHERE_NAMED
    assert not small.select(f'.cause-cards__anywhere a[href="{url_between(region.page, tables.ANYWHERE_TARGET)}"]')
    big = with_more_anywhere_causes(kb, 30)
    soup = parse(tables.region_causes(big, region, region.page))
    links = soup.select(".cause-cards__anywhere a")
    assert len(links) == tables.ANYWHERE_NAMED + 1
    assert links[-1]["href"] == url_between(region.page, tables.ANYWHERE_TARGET) == "../../causes/#anywhere"
    # The page and its citations stay the same size whatever the size of the catalogue.
    bigger = with_more_anywhere_causes(kb, 300)
    assert len(tables.region_causes(bigger, region, region.page)) == len(tables.region_causes(big, region, region.page))
    assert tables.sources_of_region(bigger, region) == tables.sources_of_region(big, region)


def test_sources_behind_a_table_are_listed_once(kb):
    ids = tables.sources_of_cause(kb.causes["stress-anxiety"])
    assert ids == ["nhs-twitching", "medlineplus-twitching", "nhs-health-anxiety", "mayo-eye-twitching"]
    assert len(tables.sources_of_overview(kb)) == len(set(tables.sources_of_overview(kb)))


def test_cause_list_shows_every_cause_of_a_kind_with_its_summary_and_link():
    from macros.knowledge import load_knowledge
    from macros.tables import cause_list

    kb = load_knowledge(ROOT / "docs" / "data", ROOT / "docs")
    html_text = cause_list(kb, "trigger", "causes/index.md")
    triggers = [c for c in kb.causes.values() if c.kind == "trigger"]
    assert html_text.count("<li>") == len(triggers)
    assert 'href="stress-and-anxiety/"' in html_text
    assert all(c.summary.split(",")[0] in html_text for c in triggers)
    assert "Benign fasciculation" not in html_text
