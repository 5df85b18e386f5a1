"""Wires the knowledge data and its generators into mkdocs-macros.

Only wiring lives here: loading happens in `knowledge`, HTML comes from
`tables` and `pages`. A data or front-matter problem stops the build with a
PluginError that names the file, the entry and the field.
"""

from __future__ import annotations

import pathlib
import re
import urllib.parse
from typing import Any

from mkdocs.exceptions import PluginError

from . import (
    appointment,
    assets,
    bodymap,
    citations,
    corrections,
    csp,
    link_addresses,
    material,
    metadata,
    pages,
    related,
    search_words,
    tables,
    triage,
    unstyled,
)
from . import checklist as checklist_generator
from .glossary import GlossaryError, glossary_markdown, parse_glossary
from .knowledge import DataError, Knowledge, load_knowledge, unknown

# mkdocs-macros' plugin object, which ships no type information.
MacrosEnv = Any

KB_VARIABLE = "kb"
# An http(s) address of URL characters only: it is written into every page's attributes.
SITE_URL = re.compile(r"^https?://[A-Za-z0-9\-._~:/?#\[\]@!$&()*+,;=%]+$")
# The reader situations the checklist is tested on; the method page publishes its scores.
VIGNETTES = "tests/checklist_vignettes.yml"
CITED_VARIABLE = "page_sources"
SEARCH_WORDS_VARIABLE = "search_words"


def _lookup(table: dict[str, Any], entry_id: str, what: str) -> Any:
    if entry_id not in table:
        raise PluginError(
            f"{unknown(what + ' id', entry_id, table, 'the data')} in a macro call; known: {', '.join(table)}"
        )
    return table[entry_id]


def define_env(env: MacrosEnv) -> None:
    site_url = env.conf.get("site_url") or ""
    if not SITE_URL.match(site_url):
        raise PluginError(
            f"mkdocs.yml: site_url is {site_url!r}; set SITE_URL to the http(s) address the site is served at"
        )
    docs_dir = pathlib.Path(env.conf["docs_dir"])
    try:
        kb: Knowledge = load_knowledge(docs_dir / "data", docs_dir)
    except DataError as error:
        raise PluginError(str(error)) from None
    env.variables[KB_VARIABLE] = kb
    env.variables[SEARCH_WORDS_VARIABLE] = search_words.page_words(kb)
    env.conf["extra"]["search_way_on"] = material.search_way_on(kb.words)

    def here() -> str:
        return str(env.page.file.src_uri)

    def cite(source_ids: list[str]) -> None:
        """The page's Sources list and the Sources page both come from the page's text
        (citations.sources_cited_by); a macro call that reading missed stops the build."""
        missing = [source_id for source_id in source_ids if source_id not in env.variables[CITED_VARIABLE]]
        if missing:
            raise PluginError(
                f"docs/{here()}: a macro call cites {', '.join(missing)} but was not recognised as a call; "
                "write it on one line as {{ name('argument') }}"
            )

    # The glossary is read once, as the build starts, so a mistake in it is one line there rather
    # than a report from inside a page's macros.
    glossary_path = pathlib.Path(env.conf["config_file_path"]).parent / "includes" / "glossary.md"
    try:
        glossary_text = glossary_markdown(parse_glossary(glossary_path.read_text(encoding="utf-8")))
    except GlossaryError as error:
        raise PluginError(f"includes/glossary.md: {error}") from None

    @env.macro
    def glossary() -> str:
        return glossary_text

    @env.macro
    def all_sources() -> str:
        try:
            return citations.sources_page(kb, citations.citing_pages(docs_dir, kb), here())
        except citations.CitationError as error:
            raise PluginError(str(error)) from None

    @env.macro
    def corrections_list() -> str:
        return corrections.corrections_markdown(kb, citations.page_titles(docs_dir), here())

    @env.macro
    def overview_table() -> str:
        cite(tables.sources_of_overview(kb))
        return tables.overview(kb, here())

    @env.macro
    def cause_list(kind: str) -> str:
        _lookup(tables.KIND_NAMES, kind, "cause kind")
        return tables.cause_list(kb, kind, here())

    @env.macro
    def cause_sites(cause_id: str) -> str:
        cause = _lookup(kb.causes, cause_id, "cause")
        cite(tables.sources_of_cause(cause))
        return tables.cause_sites(kb, cause, here())

    @env.macro
    def region_causes(region_id: str) -> str:
        region = _lookup(kb.regions, region_id, "region")
        cite(tables.sources_of_region(kb, region))
        return tables.region_causes(kb, region, here())

    @env.macro
    def body_map() -> str:
        try:
            return bodymap.body_map(kb, here())
        except bodymap.BodyMapError as error:
            raise PluginError(str(error)) from None

    @env.macro
    def also_called(entry_id: str) -> str:
        """'**Also called:** ...' for a body site or a cause, from its `also_called` words."""
        entry = kb.sites.get(entry_id) or _lookup(kb.causes, entry_id, "body site or cause")
        return related.also_called_markdown(entry)

    @env.macro
    def checklist() -> str:
        cite(checklist_generator.sources_of_checklist(kb))
        return checklist_generator.checklist_html(kb, here(), env.conf["site_name"], env.page.canonical_url)

    @env.macro
    def checklist_method(part: str) -> str:
        """One part of the published method: items, rules, excluded, results or version."""
        if part not in checklist_generator.METHOD_PARTS:
            raise PluginError(
                f"unknown checklist_method part '{part}'; known: {', '.join(checklist_generator.METHOD_PARTS)}"
            )
        cite(checklist_generator.sources_of_method(kb))
        path = pathlib.Path(env.conf["config_file_path"]).parent / VIGNETTES
        try:
            vignettes = triage.load_vignettes(path, kb)
        except DataError as error:
            raise PluginError(str(error)) from None
        return checklist_generator.method_html(kb, vignettes, part, here(), pages.long_date(env.page.meta["reviewed"]))

    @env.macro
    def appointment_form() -> str:
        """The "For your appointment" form, its do-not-wait cards and its printed summary."""
        cite(appointment.sources_of_appointment(kb))
        return appointment.appointment_html(kb, here(), env.conf["site_name"], env.conf["site_url"])

    @env.macro
    def tier_section(tier_id: str) -> str:
        """A tier's care card, its heading (the action) in the page's contents at #tier-id."""
        _lookup(kb.tiers, tier_id, "tier")
        cite(checklist_generator.sources_of_tier(kb, tier_id))
        return checklist_generator.tier_section(kb, tier_id)


def on_pre_page_macros(env: MacrosEnv) -> None:
    """Check the page's front matter and work out its next review date."""
    kb: Knowledge = env.variables[KB_VARIABLE]
    meta = env.page.meta
    problems = pages.check_front_matter(env.page.file.src_uri, meta, kb)
    problems += pages.body_problems(env.page.file.src_uri, env.page.file.content_string)
    if problems:
        raise PluginError("\n".join(problems))
    meta["review_due"] = pages.review_due(meta["reviewed"])
    material.index_search_words(meta, env.variables[SEARCH_WORDS_VARIABLE].get(env.page.file.src_uri, []))
    # What the page cites, read from its text: the same reading the Sources page makes.
    includes_dir = pathlib.Path(env.conf["docs_dir"]).parent / citations.INCLUDES
    try:
        env.variables[CITED_VARIABLE] = citations.sources_cited_by(env.page.file.content_string, kb, includes_dir)[1]
    except citations.CitationError as error:
        raise PluginError(f"docs/{env.page.file.src_uri}: {error}") from None


def on_post_page_macros(env: MacrosEnv) -> None:
    """Put the summary on top, then the help box, related pages and the sources at the end."""
    kb: Knowledge = env.variables[KB_VARIABLE]
    meta, here = env.page.meta, env.page.file.src_uri
    title, body = pages.split_title(env.markdown)
    parts = [title, pages.summary_block(meta["summary"]), body, "\n\n"]
    if meta.get("help_box", True):
        examined_first = meta.get("help_box") == pages.EXAMINED_FIRST
        parts.append(pages.help_box(kb, here, pages.help_flags(kb, here, meta), examined_first))
    parts.append(related.related_block(kb, here))
    parts.append(pages.sources_section(kb, env.variables[CITED_VARIABLE], here))
    env.markdown = "".join(parts)
    _describe_page(env, kb)


def _describe_page(env: MacrosEnv, kb: Knowledge) -> None:
    """Head metadata (description, social tags, JSON-LD) and the sitemap date, from the front matter."""
    page, meta = env.page, env.page.meta
    site_name, url = env.conf["site_name"], page.canonical_url
    meta["description"] = metadata.description_attribute(meta["summary"])
    meta["social_tags"] = metadata.social_tags(
        title=meta["title"], summary=meta["summary"], url=url, site_name=site_name, is_home=page.is_homepage
    )
    meta["json_ld"] = metadata.medical_web_page(
        title=meta["title"],
        summary=meta["summary"],
        reviewed=meta["reviewed"],
        url=url,
        source_ids=env.variables[CITED_VARIABLE],
        kb=kb,
        src_uri=page.file.src_uri,
        site_name=site_name,
        site_url=env.conf["site_url"],
    )
    page.update_date = metadata.last_modified(meta["reviewed"])


def on_post_build(env: MacrosEnv) -> None:
    """robots.txt for the configured site address (MkDocs writes sitemap.xml itself), our
    one stylesheet and one script from their parts, absolute addresses for <link> elements and
    the body map's links (link_addresses.py says why), and every page's security policy."""
    site_dir = pathlib.Path(env.conf["site_dir"])
    material.keep_search_words_on_each_pages_first_section(site_dir)
    (site_dir / "robots.txt").write_text(metadata.robots_txt(env.conf["site_url"]), encoding="utf-8")
    try:
        assets.write_bundles(site_dir, env.conf["extra"]["bundles"])
    except assets.BundleError as error:
        raise PluginError(str(error)) from None
    pages = sorted(site_dir.rglob("*.html"))
    link_addresses.write_absolute_links(pages, site_dir, env.conf["site_url"])
    unstyled.write_sized_icons(pages)
    if env.conf["extra"].get("content_security_policy"):
        theme = env.conf["theme"].get_env()
        features = env.conf["theme"].get("features") or []

        def render(template: str, base_url: str) -> str:
            context = {"config": env.conf, "base_url": base_url, "features": features}
            return str(theme.get_template(template).render(**context))

        site_path = urllib.parse.urlsplit(env.conf["site_url"]).path or "/"
        known = csp.known_script_hashes(render, csp.base_urls(pages, site_dir, site_path))
        try:
            csp.apply_policy(pages, known, site_dir)
        except csp.PolicyError as error:
            raise PluginError(str(error)) from None
