"""What every built page carries: summary on top, review dates, sources, help box, notice."""

from __future__ import annotations

import yaml
from bs4 import BeautifulSoup

from macros.components.help_box.help_box import EXAMINED_FIRST
from macros.front_matter import FRONT_MATTER
from macros.links import page_url
from macros.pages import review_due
from support.dates import long_date
from support.project import DOCS


def docs_pages():
    for path in sorted(DOCS.rglob("*.md")):
        src = path.relative_to(DOCS).as_posix()
        if not src.startswith("data/"):
            yield src, yaml.safe_load(FRONT_MATTER.match(path.read_text(encoding="utf-8")).group(1))


def test_every_page_shows_summary_review_dates_sources_help_and_notice(built_site):
    problems = []
    for src, meta in docs_pages():
        soup = BeautifulSoup((built_site / page_url(src) / "index.html").read_text(encoding="utf-8"), "html.parser")
        article = soup.select_one("article.md-content__inner")
        first_paragraph = article.find("p")
        if "page-summary" not in (first_paragraph.get("class") or []):
            problems.append(f"{src}: the summary is not the first paragraph")
        elif " ".join(first_paragraph.get_text().split()) != " ".join(meta["summary"].split()):
            problems.append(f"{src}: summary differs from front matter")
        review = article.select_one(".page-review")
        times = [t["datetime"] for t in review.find_all("time")] if review else []
        if times != [meta["reviewed"].isoformat(), review_due(meta["reviewed"]).isoformat()]:
            problems.append(f"{src}: review line {times}")
        elif long_date(meta["reviewed"]) not in review.get_text():
            problems.append(f"{src}: review date not shown in words")
        listed = [li["id"].removeprefix("source-") for li in article.select(".page-sources li")]
        if not set(meta["sources"]) <= set(listed):
            problems.append(f"{src}: Sources section lacks {set(meta['sources']) - set(listed)}")
        if bool(article.select_one(".help-box")) != bool(meta.get("help_box", True)):
            problems.append(f"{src}: help box presence is wrong")
        notice = article.select_one(".site-notice")
        if not notice or "not a diagnosis" not in notice.get_text() or "999" not in notice.get_text():
            problems.append(f"{src}: site-wide notice missing")
    assert problems == [], "\n".join(problems)


def help_boxes(built_site) -> list:
    """(page, its help box) for every built page that has one: at least 25 of them."""
    boxes = []
    for src, _meta in docs_pages():
        soup = BeautifulSoup((built_site / page_url(src) / "index.html").read_text(encoding="utf-8"), "html.parser")
        box = soup.select_one("article .help-box")
        if box is not None:
            boxes.append((src, box))
    assert len(boxes) >= 25
    return boxes


def test_no_help_box_sends_a_reader_back_to_book_without_the_way_back_for_those_already_examined(built_site, kb):
    """A reader a doctor has examined is told what would be new, not only "book an appointment";
    on the pages such readers come to (BFS, health anxiety) that comes first."""
    examined_first = {src for src, meta in docs_pages() if meta.get("help_box") == EXAMINED_FIRST}
    assert examined_first >= {"twitching/benign-fasciculation-syndrome.md", "twitching/twitching-and-health-anxiety.md"}
    for src, box in help_boxes(built_site):
        blocks = box.select(".help-box__examined, .care-card")
        examined = box.select_one(".help-box__examined")
        assert box.select_one(".care--doctor") and examined, f"{src}: no card to book, or no way back"
        for flag_id in kb.words.help_box.examined_flags:
            assert kb.red_flags[flag_id].short in examined.get_text(), f"{src}: {flag_id} missing"
        assert (blocks[0] is examined) == (src in examined_first), f"{src}: the way back is in the wrong place"


def test_every_help_box_shows_the_core_thresholds_and_the_full_emergency_signs(built_site, kb):
    core = [kb.red_flags[flag_id] for flag_id in kb.words.help_box.core_flags]
    assert {flag.tier for flag in core} == {"emergency", "doctor"}
    for src, box in help_boxes(built_site):
        for flag in core:
            card = box.select_one(f".care--{flag.tier}.care-card")
            assert card and flag.short in card.get_text(), f"{src}: '{flag.short}' missing from its card"
