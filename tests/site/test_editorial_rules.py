"""The content guide's hard rules, checked on every built page.

No publisher or journalist names in page text (only in Sources lists), no "relax" as
advice, no prescription medicine offered as a treatment, a review line that claims no
more than was done, and a working link to report a mistake on the page.
"""

from __future__ import annotations

import re
import urllib.parse

import pytest
import yaml
from bs4 import BeautifulSoup

from macros.front_matter import front_matter as parse_front_matter
from macros.links import page_url
from support.project import DOCS, ROOT

PAGES = sorted(
    p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md") if not p.relative_to(DOCS).as_posix().startswith("data/")
)
# Named only in the Sources lists, never in what a page says.
PUBLISHER_AND_JOURNALIST = re.compile(r"scary\s*symptoms|garrick", re.I)
# Prescription treatments named only by the unattributed articles.
PRESCRIPTION_TREATMENTS = re.compile(
    r"carisoprodol|cyclobenzaprine|botulinum|botox|incobotulinum|rimabotulinum|muscle relaxant", re.I
)


def article_text(built_site, src: str, *, drop_sources: bool = True) -> str:
    soup = BeautifulSoup((built_site / page_url(src) / "index.html").read_text(encoding="utf-8"), "html.parser")
    article = soup.select_one("article.md-content__inner")
    if drop_sources:
        for block in article.select(".page-sources"):
            block.decompose()
    return " ".join(article.get_text(" ").split())


def front_matter(src: str) -> dict:
    return parse_front_matter((DOCS / src).read_text(encoding="utf-8"))


def test_every_page_is_checked():
    assert len(PAGES) >= 25


@pytest.mark.parametrize("src", [p for p in PAGES if p != "sources.md"])
def test_no_publisher_or_journalist_named_in_page_text(built_site, src):
    assert not PUBLISHER_AND_JOURNALIST.search(article_text(built_site, src))


@pytest.mark.parametrize("src", PAGES)
def test_relax_is_never_advice(built_site, src):
    """ "Relax" as advice is empty for an anxious reader; the medicines called muscle relaxants
    are a name, not advice."""
    assert not re.search(r"\brelax(?!ants?\b)", article_text(built_site, src), re.I)


@pytest.mark.parametrize("src", PAGES)
def test_no_prescription_medicine_is_offered_as_a_treatment(built_site, src):
    found = PRESCRIPTION_TREATMENTS.findall(article_text(built_site, src, drop_sources=False))
    assert not found, found


def test_the_rules_above_can_fail():
    """The patterns match what the old pages said."""
    assert PUBLISHER_AND_JOURNALIST.search("As a Scary Symptoms article by Lorra Garrick points out")
    assert PRESCRIPTION_TREATMENTS.search("Muscle relaxants, such as carisoprodol or cyclobenzaprine")


@pytest.mark.parametrize("src", PAGES)
def test_review_line_says_what_was_done_and_a_report_link_names_the_page(built_site, site_url, src, kb):
    words = kb.words.theme
    soup = BeautifulSoup((built_site / page_url(src) / "index.html").read_text(encoding="utf-8"), "html.parser")
    review = soup.select_one(".page-review")
    assert review.get_text(" ", strip=True).startswith(words.checked_on.split("{date}")[0].strip())
    clinical = front_matter(src).get("clinical_review")
    assert (words.reviewed_by.split("{name}")[0].strip() in review.get_text()) == bool(clinical)
    link = soup.select_one(".page-report a")
    assert link.get_text() == words.report_link
    address = urllib.parse.urlsplit(link["href"])
    query = urllib.parse.parse_qs(address.query)
    assert address.netloc == "github.com" and address.path.endswith("/issues/new")
    assert query["template"] == ["report-a-mistake.yml"]
    assert query["page"] == [site_url + page_url(src)]
    assert query["title"] == [words.report_title.replace("{title}", front_matter(src)["title"])]


def test_the_issue_form_the_link_opens_has_a_page_field():
    form = yaml.safe_load((ROOT / ".github" / "ISSUE_TEMPLATE" / "report-a-mistake.yml").read_text())
    ids = [field.get("id") for field in form["body"]]
    assert "page" in ids and "what" in ids


def test_a_clinical_review_shows_only_with_who_role_and_when(tmp_path):
    from support.fixtures import build_site
    from support.project import copy_project

    project = copy_project(tmp_path / "project")
    page = project / "docs" / "about.md"
    text = page.read_text()
    page.write_text(
        text.replace(
            "reviewed: 2026-11-21\n",
            "reviewed: 2026-11-21\nclinical_review: {name: A. Doctor, role: GP, date: 2026-11-20}\n",
            1,
        )
    )
    result = build_site(project, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "out" / "about" / "index.html").read_text()
    assert "Reviewed by A. Doctor, GP, on" in html and 'datetime="2026-11-20"' in html
    page.write_text(
        text.replace("reviewed: 2026-11-21\n", "reviewed: 2026-11-21\nclinical_review: {name: A. Doctor}\n", 1)
    )
    result = build_site(project, tmp_path / "out2")
    assert result.returncode != 0
    assert "docs/about.md: front matter, field 'clinical_review.role': missing" in result.stdout + result.stderr


def test_sources_page_shows_each_source_kind_and_the_copy_read(built_site, kb):
    words = kb.words.sources_page
    text = article_text(built_site, "sources.md", drop_sources=False)
    assert words.kind.replace("{kind}", words.kinds["research"]) in text
    assert words.kinds["expert-interview"] in text
    assert f"{words.checked_copy} {words.stored_copy}" in text
    # Addresses are links, never raw text.
    assert "https://" not in text
