"""What a page tells search engines and link previews: description, social tags, JSON-LD, robots.txt.

Plain functions of a page's front matter, the data and the site address; the
macros package stores their results in the page's meta, and overrides/main.html
renders them in <head>. No MkDocs import here.
"""

from __future__ import annotations

import datetime
import html
from typing import Any

from .knowledge import Cause, Knowledge, Region, Source

SCHEMA = "https://schema.org"
LANGUAGE = "en"
AUDIENCE = {"@type": "MedicalAudience", "audienceType": "Patient"}


def plain(text: str) -> str:
    """Text on one line, runs of white space made single spaces."""
    return " ".join(text.split())


def description_attribute(summary: str) -> str:
    """The summary, escaped for an HTML attribute.

    Material prints page.meta.description into <meta name="description" content="...">
    without escaping (MkDocs' Jinja has no autoescape), so the value is escaped here.
    """
    return html.escape(plain(summary), quote=True)


def about(kb: Knowledge, src_uri: str) -> list[dict[str, Any]]:
    """What a page is about: twitching, plus the causes or the body region the page explains."""
    # What every page is about (wording.yml `about_page`); cause and body-region pages add their own.
    words = kb.words.about_page
    subjects: list[dict[str, Any]] = [
        {"@type": "MedicalCondition", "name": words.subject, "alternateName": list(words.subject_other_names)}
    ]
    subjects += [_cause_subject(cause) for cause in kb.causes_on(src_uri)]
    subjects += [_region_subject(kb, region) for region in kb.regions_on(src_uri)]
    return subjects


def _cause_subject(cause: Cause) -> dict[str, Any]:
    # A medical condition is a MedicalCondition; an everyday trigger (stress, caffeine) a MedicalCause.
    subject: dict[str, str | list[str]] = {
        "@type": "MedicalCondition" if cause.kind == "condition" else "MedicalCause",
        "name": cause.name,
    }
    if cause.also_called:
        subject["alternateName"] = list(cause.also_called)
    return subject


def _region_subject(kb: Knowledge, region: Region) -> dict[str, Any]:
    return {
        "@type": "AnatomicalStructure",
        "name": region.name,
        "hasPart": [{"@type": "AnatomicalStructure", "name": site.name} for site in kb.sites_in(region.id)],
    }


def citation(source: Source) -> dict[str, Any]:
    """One source as a schema.org CreativeWork: its title, and its publisher and address when known."""
    work: dict[str, Any] = {
        "@type": "ScholarlyArticle" if source.kind == "research" else "CreativeWork",
        "name": source.title,
    }
    if source.publisher:
        work["publisher"] = {"@type": "Organization", "name": source.publisher}
    if source.address:
        work["url"] = source.address
    return work


def medical_web_page(
    *,
    title: str,
    summary: str,
    reviewed: datetime.date,
    url: str,
    source_ids: list[str],
    kb: Knowledge,
    src_uri: str,
    site_name: str,
    site_url: str,
) -> dict[str, Any]:
    """The page as a schema.org MedicalWebPage, ready for `tojson` in a JSON-LD script.

    `source_ids` are the page's front-matter sources followed by those its
    generated tables cite; each is cited once, in first-cited order.
    """
    return {
        "@context": SCHEMA,
        "@type": "MedicalWebPage",
        "name": plain(title),
        "description": plain(summary),
        "url": url,
        "inLanguage": LANGUAGE,
        "lastReviewed": reviewed.isoformat(),
        "about": about(kb, src_uri),
        "medicalAudience": dict(AUDIENCE),
        "citation": [citation(kb.sources[source_id]) for source_id in dict.fromkeys(source_ids)],
        "isPartOf": {"@type": "WebSite", "name": site_name, "url": site_url},
    }


def social_tags(*, title: str, summary: str, url: str, site_name: str, is_home: bool) -> list[tuple[str, str, str]]:
    """Open Graph and Twitter card tags as (attribute, key, value); values are raw text (escape when rendering)."""
    title, summary = plain(title), plain(summary)
    return [
        ("property", "og:type", "website" if is_home else "article"),
        ("property", "og:site_name", site_name),
        ("property", "og:title", title),
        ("property", "og:description", summary),
        ("property", "og:url", url),
        ("name", "twitter:card", "summary"),
        ("name", "twitter:title", title),
        ("name", "twitter:description", summary),
    ]


def robots_txt(site_url: str) -> str:
    """robots.txt: every crawler may read every page; the sitemap is at the site's address."""
    base = site_url if site_url.endswith("/") else site_url + "/"
    return f"User-agent: *\nAllow: /\n\nSitemap: {base}sitemap.xml\n"


def last_modified(reviewed: datetime.date) -> str:
    """The sitemap's <lastmod> for a page: its review date, so the build does not depend on the day it runs."""
    return reviewed.isoformat()
