"""What every built page carries: summary on top, review dates, sources, help box, notice."""
from __future__ import annotations

import datetime

from bs4 import BeautifulSoup

from conftest import ROOT
from macros.citations import FRONT_MATTER
from macros.links import page_url
from macros.pages import review_due
from support.dates import long_date

import yaml

DOCS = ROOT / "docs"


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
        if bool(article.select_one(".help-box")) != meta.get("help_box", True):
            problems.append(f"{src}: help box presence is wrong")
        notice = article.select_one(".site-notice")
        if not notice or "not a diagnosis" not in notice.get_text() or "999" not in notice.get_text():
            problems.append(f"{src}: site-wide notice missing")
    assert problems == [], "\n".join(problems)
