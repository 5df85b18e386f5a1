"""Causes and body sites: the overview, the cause and region views, from the real data (no MkDocs)."""

from __future__ import annotations

import dataclasses

from bs4 import BeautifulSoup

from macros import page_paths
from macros.components.cause_tables import cause_tables as tables
from macros.links import url_between
from support.project import project_knowledge


def parse(html: str):
    return BeautifulSoup(html, "html.parser")


def test_views_are_tables_with_a_caption_and_row_and_column_headers(kb):
    views = [tables.overview(kb, "causes/index.md")]
    views += [tables.region_causes(kb, region, region.page) for region in kb.regions.values()]
    for html in views:
        table = parse(html).table
        assert table.caption.get_text().strip()
        assert table.select("thead th[scope=col]") and table.select("tbody th[scope=row]")
        for row in table.select("tbody tr"):
            # Each cell repeats its column's name for the stacked narrow-screen view.
            labels = [cell.select_one(".cause-table__label").get_text() for cell in row.find_all("td")]
            columns = [th.get_text() for th in table.select("thead th[scope=col]")][1:]
            assert labels == columns
        assert "\n\n" not in html.strip()


def test_overview_links_each_tie_to_its_site_and_sources_and_marks_empty_cells(kb):
    soup = parse(tables.overview(kb, "causes/index.md"))
    dystonia = next(tr for tr in soup.select("tbody tr") if "Dystonia" in tr.th.get_text())
    face = dystonia.find_all("td")[1]
    assert face.a["href"] == "../body-sites/face-and-head/#eyelids" and face.a.get_text() == "Eyelids"
    assert {a["href"] for a in face.select("a[href^='#source-']")} == {
        "#source-mayo-eye-twitching",
        "#source-dystonia-uk-blepharospasm",
    }
    empty = dystonia.find_all("td")[2]
    assert "cause-table__empty" in empty["class"]
    assert empty.select_one(".visually-hidden").get_text() == kb.words.causes.none_cell


def test_cause_sites_lists_linked_sites_with_region_and_the_sources_words(kb):
    soup = parse(tables.cause_sites(kb, kb.causes["stress-anxiety"], "causes/stress-and-anxiety.md"))
    items = [li.get_text(" ", strip=True) for li in soup.select("li")]
    assert items[0].startswith(kb.words.causes.anywhere_name + ":")
    calves = next(li for li in soup.select("li") if "Calves" in li.get_text())
    assert calves.a["href"] == "../../body-sites/hips-and-legs/#calves"
    assert "(Hips and legs)" in calves.get_text()


def test_region_tables_cover_every_cause_tied_to_their_sites_then_the_anywhere_ones(kb):
    for region in kb.regions.values():
        soup = parse(tables.region_causes(kb, region, region.page))
        site_ids = {site.id for site in kb.sites_in(region.id)}
        tied = {c.name for c in kb.causes.values() if any(link.site in site_ids for link in c.sites)}
        rows = [(tr.th.get_text(), tr.find_all("td")[0].get_text()) for tr in soup.select("tbody tr")]
        here = {name for name, where in rows if kb.words.causes.anywhere_here not in where}
        assert here - {kb.words.causes.general_row} == tied, region.id
        anywhere = {name for name, where in rows if kb.words.causes.anywhere_here in where}
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
    assert not small.select(f'.cause-table__more a[href="{url_between(region.page, page_paths.ANYWHERE)}"]')
    big = with_more_anywhere_causes(kb, 30)
    soup = parse(tables.region_causes(big, region, region.page))
    anywhere_rows = [tr for tr in soup.select("tbody tr") if kb.words.causes.anywhere_here in tr.get_text()]
    assert len(anywhere_rows) == tables.ANYWHERE_NAMED
    more = soup.select_one(".cause-table__more a")
    assert more["href"] == url_between(region.page, page_paths.ANYWHERE) == "../../causes/#anywhere"
    # The page and its citations stay the same size whatever the size of the catalogue.
    bigger = with_more_anywhere_causes(kb, 300)
    assert len(tables.region_causes(bigger, region, region.page)) == len(tables.region_causes(big, region, region.page))
    assert tables.sources_of_region(bigger, region) == tables.sources_of_region(big, region)


def test_sources_behind_a_table_are_listed_once(kb):
    ids = tables.sources_of_cause(kb.causes["stress-anxiety"])
    assert ids == ["nhs-twitching", "medlineplus-twitching", "nhs-health-anxiety", "mayo-eye-twitching"]
    assert len(tables.sources_of_overview(kb)) == len(set(tables.sources_of_overview(kb)))


def test_cause_list_shows_every_cause_of_a_kind_with_its_summary_and_link():
    from macros.components.cause_tables.cause_tables import cause_list

    kb = project_knowledge()
    html_text = cause_list(kb, "trigger", "causes/index.md")
    triggers = [c for c in kb.causes.values() if c.kind == "trigger"]
    assert html_text.count("<li>") == len(triggers)
    assert 'href="stress-and-anxiety/"' in html_text
    assert all(c.summary.split(",")[0] in html_text for c in triggers)
    assert "Benign fasciculation" not in html_text
