"""The cause-by-site tables, generated straight from the real data (no MkDocs)."""
from __future__ import annotations

import pathlib

import pytest
from bs4 import BeautifulSoup

from macros import tables
from macros.knowledge import ANYWHERE, load_knowledge

ROOT = pathlib.Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def kb():
    return load_knowledge(ROOT / "docs" / "data", ROOT / "docs")


def parse(html: str):
    return BeautifulSoup(html, "html.parser")


def test_overview_has_caption_scoped_headers_and_every_site(kb):
    soup = parse(tables.overview_table(kb, "causes/index.md"))
    assert soup.caption.get_text(strip=True)
    assert [th["scope"] for th in soup.thead.find_all("th")] == ["col"] * 3
    row_headers = [th.get_text(strip=True) for th in soup.select('tbody th[scope="row"]')]
    assert row_headers == [site.name for site in kb.sites.values()] + [tables.ANYWHERE_NAME]
    assert len(soup.find_all("tbody")) == len(kb.regions) + 1
    assert [th.get_text(strip=True) for th in soup.select('th[scope="rowgroup"]')][:-1] == [r.name for r in kb.regions.values()]


def test_overview_links_every_cause_that_has_a_site_and_every_header(kb):
    soup = parse(tables.overview_table(kb, "causes/index.md"))
    linked = {a.get_text() for a in soup.select("td a")}
    assert linked == {cause.name for cause in kb.causes.values() if cause.sites}
    for th in soup.select("thead th")[1:] + soup.select('th[scope="rowgroup"]')[:-1] + soup.select('th[scope="row"]')[:-1]:
        assert th.a is not None, th


def test_overview_cell_says_how_the_sources_describe_the_link(kb):
    soup = parse(tables.overview_table(kb, "causes/index.md"))
    row = next(th.parent for th in soup.select('th[scope="row"]') if th.get_text() == "Eyelids")
    assert "Eye irritation and eye strain: the eyelid of the irritated eye" in row.get_text()
    tongue = next(th.parent for th in soup.select('th[scope="row"]') if th.get_text() == "Tongue")
    assert "None tied to this spot" in tongue.find_all("td")[0].get_text()


def test_overview_sorts_triggers_and_conditions_into_their_columns(kb):
    soup = parse(tables.overview_table(kb, "causes/index.md"))
    row = next(th.parent for th in soup.select('th[scope="row"]') if th.get_text() == "Calves")
    triggers, conditions = row.find_all("td")
    assert "Stress and anxiety" in triggers.get_text() and "Benign fasciculation" in conditions.get_text()
    assert "Benign" not in triggers.get_text()


def test_cause_table_lists_linked_sites_with_region(kb):
    soup = parse(tables.cause_sites_table(kb, kb.causes["stress-anxiety"], "causes/stress-and-anxiety.md"))
    rows = soup.select("tbody tr")
    assert [r.th.get_text() for r in rows] == [tables.ANYWHERE_NAME, "Eyelids", "Calves", "Hands and thumbs"]
    assert rows[2].th.a["href"] == "../../body-sites/hips-and-legs/#calves"
    assert rows[2].find_all("td")[0].a["href"] == "../../body-sites/hips-and-legs/"
    assert rows[2].find_all("td")[1].get_text() == "one of the usual places"


def test_cause_with_anywhere_and_cause_with_no_site(kb):
    soup = parse(tables.cause_sites_table(kb, kb.causes["stress-anxiety"], "causes/stress-and-anxiety.md"))
    assert soup.select("tbody tr")[0].th.get_text() == tables.ANYWHERE_NAME
    text = parse(tables.cause_sites_table(kb, kb.causes["als"], "twitching/twitching-and-als.md")).get_text()
    assert "do not tie ALS (motor neurone disease) to one part of the body" in text


def test_region_table_puts_everyday_triggers_before_conditions_with_a_tier(kb):
    region = kb.regions["hips-and-legs"]
    soup = parse(tables.region_causes_table(kb, region, "body-sites/hips-and-legs.md"))
    kinds = [row.find_all("td")[0].get_text() for row in soup.select("tbody tr")]
    assert kinds == sorted(kinds, key=lambda k: k != "Everyday trigger")
    assert "Medical condition" in kinds
    tiers = [row.find_all("td")[-1] for row in soup.select("tbody tr")]
    assert all(td.a["href"].startswith("../../help/when-to-get-help/#") for td in tiers)
    names = [row.th.get_text() for row in soup.select("tbody tr")]
    assert len(names) == len(set(names)), "each cause appears once"


def test_region_table_covers_every_cause_linked_to_its_sites(kb):
    for region in kb.regions.values():
        site_ids = {s.id for s in kb.sites_in(region.id)} | {ANYWHERE}
        expected = {c.name for c in kb.causes.values() if any(l.site in site_ids for l in c.sites)}
        soup = parse(tables.region_causes_table(kb, region, region.page))
        assert {row.th.get_text() for row in soup.select("tbody tr")} == expected


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
