"""Plain language, measured: Flesch-Kincaid grade of each built page's prose.

Median of the prose pages at most 6, no page above 8 (lists and headings count
as sentences; tables, code and the repeated page furniture are left out; see
tests/support/prose.py). The Sources page is a list of titles, not prose.
"""

from __future__ import annotations

import statistics

from support.prose import grade, prose

NOT_PROSE = {"sources/index.html", "404.html"}
MEDIAN_LIMIT, PAGE_LIMIT = 6.0, 8.0


def page_grades(site) -> dict[str, float]:
    grades = {}
    for path in sorted(site.rglob("index.html")):
        rel = path.relative_to(site).as_posix()
        if rel not in NOT_PROSE:
            grades[rel] = grade(prose(path.read_text(encoding="utf-8")))
    return grades


def test_reading_grade_median_and_every_page(built_site, capsys):
    grades = page_grades(built_site)
    assert len(grades) >= 25
    median = statistics.median(grades.values())
    with capsys.disabled():
        print(f"\n  [reading] median grade {median:.1f}, max {max(grades.values()):.1f} over {len(grades)} pages")
    assert median <= MEDIAN_LIMIT, grades
    too_hard = {page: g for page, g in grades.items() if g > PAGE_LIMIT}
    assert too_hard == {}, too_hard


def test_the_measure_counts_list_items_and_headings_and_skips_tables():
    html = """<article class="md-content__inner"><h2>A heading</h2><ul><li>an item</li></ul>
    <table><tr><td>not counted</td></tr></table><p>One sentence here.</p></article>"""
    assert prose(html) == "A heading.\nan item.\nOne sentence here."
