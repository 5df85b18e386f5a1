"""Head metadata from front matter: description, social tags, JSON-LD and robots.txt."""

from __future__ import annotations

import datetime
import json

import pytest

from macros import metadata
from macros.knowledge import BodySite, Cause, Knowledge, Region, SiteLink, Source
from support.project import project_knowledge


@pytest.fixture
def kb() -> Knowledge:
    sources = {
        "nhs": Source(id="nhs", title="Twitching", publisher="NHS", address="https://www.nhs.uk/t/", kind="guidance"),
        "study": Source(
            id="study", title="A study", publisher="A journal", address="https://doi.org/1", kind="research"
        ),
        "sheet": Source(id="sheet", title="Fact sheet", kind="unattributed"),
    }
    regions = {"legs": Region(id="legs", name="Hips and legs", page="body-sites/legs.md")}
    sites = {"calves": BodySite(id="calves", name="Calves", region="legs")}
    causes = {
        "caffeine": Cause(
            id="caffeine",
            name="Caffeine",
            also_called=["coffee"],
            kind="trigger",
            summary="S.",
            page="causes/caffeine.md#caffeine",
            help_tier="self-care",
            sources=["nhs"],
            sites=[SiteLink(site="calves", described="d", sources=["nhs"])],
        ),
        "als": Cause(
            id="als",
            name="ALS",
            kind="condition",
            summary="S.",
            page="causes/conditions.md#als",
            help_tier="doctor",
            sources=["study"],
            sites=[],
        ),
    }
    words = project_knowledge().words
    return Knowledge(
        sources=sources, tiers={}, regions=regions, sites=sites, causes=causes, red_flags={}, wording=words
    )


def page_ld(kb, src_uri="causes/caffeine.md", sources=("nhs",), **changes):
    arguments = dict(
        title="Caffeine  and\nalcohol",
        summary="One thing.\n Another thing.",
        reviewed=datetime.date(2026, 2, 3),
        url="https://example.org/site/causes/caffeine/",
        source_ids=list(sources),
        kb=kb,
        src_uri=src_uri,
        site_name="Site",
        site_url="https://example.org/site/",
    )
    arguments.update(changes)
    return metadata.medical_web_page(**arguments)


def test_json_ld_is_a_medical_web_page_for_patients(kb):
    ld = page_ld(kb)
    assert ld["@context"] == "https://schema.org"
    assert ld["@type"] == "MedicalWebPage"
    assert ld["name"] == "Caffeine and alcohol"
    assert ld["description"] == "One thing. Another thing."
    assert ld["lastReviewed"] == "2026-02-03"
    assert ld["inLanguage"] == "en"
    assert ld["url"] == "https://example.org/site/causes/caffeine/"
    assert ld["medicalAudience"] == {"@type": "MedicalAudience", "audienceType": "Patient"}
    assert ld["isPartOf"] == {"@type": "WebSite", "name": "Site", "url": "https://example.org/site/"}
    json.loads(json.dumps(ld))  # plain JSON all the way down


def test_citations_are_each_source_once_in_first_cited_order(kb):
    ld = page_ld(kb, sources=["sheet", "nhs", "sheet", "study", "nhs"])
    assert [work["name"] for work in ld["citation"]] == ["Fact sheet", "Twitching", "A study"]
    sheet, nhs, study = ld["citation"]
    assert sheet == {"@type": "CreativeWork", "name": "Fact sheet"}  # no publisher or address known
    assert nhs == {
        "@type": "CreativeWork",
        "name": "Twitching",
        "publisher": {"@type": "Organization", "name": "NHS"},
        "url": "https://www.nhs.uk/t/",
    }
    assert study["@type"] == "ScholarlyArticle"


def test_every_page_is_about_twitching(kb):
    words = kb.words.about_page
    twitching = {"@type": "MedicalCondition", "name": words.subject, "alternateName": words.subject_other_names}
    assert page_ld(kb, src_uri="about.md")["about"] == [twitching]


def test_a_cause_page_is_about_its_causes(kb):
    trigger = page_ld(kb, src_uri="causes/caffeine.md")["about"]
    assert trigger[1] == {"@type": "MedicalCause", "name": "Caffeine", "alternateName": ["coffee"]}
    condition = page_ld(kb, src_uri="causes/conditions.md")["about"]
    assert condition[1] == {"@type": "MedicalCondition", "name": "ALS"}


def test_a_region_page_is_about_its_region_and_sites(kb):
    region = page_ld(kb, src_uri="body-sites/legs.md")["about"][1]
    assert region == {
        "@type": "AnatomicalStructure",
        "name": "Hips and legs",
        "hasPart": [{"@type": "AnatomicalStructure", "name": "Calves"}],
    }


def test_the_shared_subject_is_not_changed_by_a_page(kb):
    page_ld(kb)["about"][0]["name"] = "changed"
    assert page_ld(kb)["about"][0]["name"] == kb.words.about_page.subject


def test_description_is_escaped_for_an_attribute():
    assert (
        metadata.description_attribute('Say "no" & <go>.\n  Then rest.')
        == "Say &quot;no&quot; &amp; &lt;go&gt;. Then rest."
    )


def test_social_tags_name_the_page_and_the_site():
    tags = metadata.social_tags(
        title="Nicotine", summary="A.\nB.", url="https://e.org/n/", site_name="Site", is_home=False
    )
    values = {key: value for _, key, value in tags}
    assert values == {
        "og:type": "article",
        "og:site_name": "Site",
        "og:title": "Nicotine",
        "og:description": "A. B.",
        "og:url": "https://e.org/n/",
        "twitter:card": "summary",
        "twitter:title": "Nicotine",
        "twitter:description": "A. B.",
    }
    assert all(attribute == ("property" if key.startswith("og:") else "name") for attribute, key, _ in tags)
    home = metadata.social_tags(title="T", summary="A. B.", url="https://e.org/", site_name="S", is_home=True)
    assert ("property", "og:type", "website") in home


@pytest.mark.parametrize(
    "site_url, sitemap",
    [
        ("https://user.github.io/repo/", "https://user.github.io/repo/sitemap.xml"),
        ("http://127.0.0.1:8000", "http://127.0.0.1:8000/sitemap.xml"),
    ],
)
def test_robots_txt_allows_all_and_points_to_the_sitemap(site_url, sitemap):
    text = metadata.robots_txt(site_url)
    assert text.splitlines() == ["User-agent: *", "Allow: /", "", f"Sitemap: {sitemap}"]


def test_last_modified_is_the_review_date():
    assert metadata.last_modified(datetime.date(2026, 11, 21)) == "2026-11-21"
