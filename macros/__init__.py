"""Wires the knowledge data and its generators into mkdocs-macros.

Only wiring lives here: loading happens in `knowledge`, HTML comes from
`tables` and `pages`. A data or front-matter problem stops the build with a
PluginError that names the file, the entry and the field.
"""

from __future__ import annotations

import logging
import pathlib
import re
import urllib.parse
from collections.abc import Callable
from typing import Any

from mkdocs.exceptions import PluginError

from . import assets, citations, components, csp, metadata, mistakes, pages, search_words
from .components.help_box.help_box import page_help_box
from .components.related.related import related_block
from .components.sources_list.sources_list import sources_section
from .components.summary.summary import summary_block
from .knowledge import DataError, Knowledge, load_knowledge
from .material import link_addresses, search, theme, unstyled

LOG = logging.getLogger("mkdocs.plugins.macros")
# mkdocs-macros' plugin object, which ships no type information.
MacrosEnv = Any

KB_VARIABLE = "kb"
# An http(s) address of URL characters only: it is written into every page's attributes.
SITE_URL = re.compile(r"^https?://[A-Za-z0-9\-._~:/?#\[\]@!$&()*+,;=%]+$")
CITED_VARIABLE = "page_sources"
SEARCH_WORDS_VARIABLE = "search_words"
# `make serve` (MACROS_ON_ERROR_FAIL=false): a mistake is shown in the page, not a stopped build.
SITE_MISTAKE = "site_mistake"
PAGE_MISTAKE = "page_mistake"


def serving(env: MacrosEnv) -> bool:
    """True when mistakes are shown in pages (make serve) rather than stopping the build."""
    return not env.config["on_error_fail"]


def stop_or_show(env: MacrosEnv, message: str) -> str:
    """Stop the build with the message, or (make serve) give the page to show instead."""
    if not serving(env):
        raise PluginError(message)
    LOG.warning(message)  # in the terminal too
    env.variables[PAGE_MISTAKE] = True
    return mistakes.in_page(message)


def define_env(env: MacrosEnv) -> None:
    site_url = env.conf.get("site_url") or ""
    if not SITE_URL.match(site_url):
        raise PluginError(
            f"mkdocs.yml: site_url is {site_url!r}; set SITE_URL to the http(s) address the site is served at"
        )
    docs_dir = pathlib.Path(env.conf["docs_dir"])
    project_dir = pathlib.Path(env.conf["config_file_path"]).parent
    env.variables[SITE_MISTAKE] = ""
    try:
        kb: Knowledge = load_knowledge(docs_dir / "data", docs_dir)
        for row in components.registry():
            if row.check:
                row.check(kb, project_dir)
    except (DataError, components.ComponentError) as error:
        if not serving(env):
            raise PluginError(str(error)) from None
        env.variables[SITE_MISTAKE] = str(error)  # every page shows it until it is fixed
        LOG.warning(str(error))
        return
    env.variables[KB_VARIABLE] = kb
    env.variables[SEARCH_WORDS_VARIABLE] = search_words.page_words(kb)
    env.conf["extra"]["search_way_on"] = search.search_way_on(kb.words)
    theme.configure(env.conf, kb.words)

    def call() -> components.Call:
        page = env.page
        return components.Call(
            kb=kb,
            page=str(page.file.src_uri),
            page_address=page.canonical_url,
            docs_dir=docs_dir,
            reviewed=page.meta.get("reviewed"),
            site_name=env.conf["site_name"],
            site_address=site_url,
            project_dir=project_dir,
        )

    for name, macro in components.macros().items():
        env.macro(_wired(env, name, macro, call), name)


def _wired(
    env: MacrosEnv, name: str, macro: components.Macro, call: Callable[[], components.Call]
) -> Callable[..., str]:
    """A component's macro as the plugin calls it: the page's context passed in, its sources
    checked against what the page's Sources list counted, its mistakes one line naming the page."""

    def run(*arguments: str) -> str:
        here = call()
        try:
            if macro.sources:
                missing = [s for s in macro.sources(here.kb, *arguments) if s not in env.variables[CITED_VARIABLE]]
                if missing:
                    raise components.ComponentError(
                        f"{name}() cites {', '.join(missing)} but was not recognised as a call; "
                        f"write it on one line as {{{{ {name}('argument') }}}}"
                    )
            return macro.render(here, *arguments)
        except components.ComponentError as error:
            return stop_or_show(env, f"docs/{here.page}: {error}")

    run.__name__ = name
    return run


def on_pre_page_macros(env: MacrosEnv) -> None:
    """Check the page's front matter and work out its next review date."""
    env.variables[PAGE_MISTAKE] = False
    if env.variables[SITE_MISTAKE]:
        env.markdown = stop_or_show(env, env.variables[SITE_MISTAKE])
        return
    kb: Knowledge = env.variables[KB_VARIABLE]
    meta = env.page.meta
    problems = pages.check_front_matter(env.page.file.src_uri, meta, kb)
    problems += pages.body_problems(env.page.file.src_uri, env.page.file.content_string)
    if problems:
        env.markdown = stop_or_show(env, "\n".join(problems))
        return
    meta["review_due"] = pages.review_due(meta["reviewed"])
    meta["dates"] = theme.page_dates(meta, kb.words)
    search.index_search_words(meta, env.variables[SEARCH_WORDS_VARIABLE].get(env.page.file.src_uri, []))
    # What the page cites, read from its text: the same reading the Sources page makes.
    includes_dir = pathlib.Path(env.conf["docs_dir"]).parent / citations.INCLUDES
    try:
        env.variables[CITED_VARIABLE] = citations.sources_cited_by(env.page.file.content_string, kb, includes_dir)[1]
    except citations.CitationError as error:
        env.markdown = stop_or_show(env, f"docs/{env.page.file.src_uri}: {error}")


def on_post_page_macros(env: MacrosEnv) -> None:
    """Put the summary on top, then the help box, related pages and the sources at the end."""
    if env.variables[PAGE_MISTAKE]:
        return  # the page is its mistake (make serve)
    kb: Knowledge = env.variables[KB_VARIABLE]
    meta, here = env.page.meta, env.page.file.src_uri
    title, body = pages.split_title(env.markdown)
    env.markdown = "".join(
        [
            title,
            summary_block(meta["summary"]),
            body,
            "\n\n",
            page_help_box(kb, here, meta),
            related_block(kb, here),
            sources_section(kb, env.variables[CITED_VARIABLE], here),
        ]
    )
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


def write_search_index(env: MacrosEnv, site_dir: pathlib.Path) -> None:
    """The search words on each page's first section only (material/search.py says why)."""
    search.keep_search_words_on_each_pages_first_section(site_dir)


def write_robots_txt(env: MacrosEnv, site_dir: pathlib.Path) -> None:
    """robots.txt for the configured site address (MkDocs writes sitemap.xml itself)."""
    (site_dir / "robots.txt").write_text(metadata.robots_txt(env.conf["site_url"]), encoding="utf-8")


def write_bundles(env: MacrosEnv, site_dir: pathlib.Path) -> None:
    """Our stylesheet and script, each one file, from the theme's parts and the components'."""
    try:
        theme_parts = env.conf["extra"]["bundles"]
        published = [part for parts in theme_parts.values() for part in parts]
        assets.write_bundles(site_dir, components.bundles(theme_parts), published)
    except assets.BundleError as error:
        raise PluginError(str(error)) from None


def write_absolute_links(env: MacrosEnv, site_dir: pathlib.Path) -> None:
    """Absolute addresses for <link> elements and the body map's links (link_addresses.py says why),
    and icons sized for a page read without its stylesheet."""
    html_files = sorted(site_dir.rglob("*.html"))
    link_addresses.write_absolute_links(html_files, site_dir, env.conf["site_url"])
    unstyled.write_sized_icons(html_files)


def write_security_policy(env: MacrosEnv, site_dir: pathlib.Path) -> None:
    """Every page's Content-Security-Policy, with the hashes of the theme's own inline scripts."""
    if not env.conf["extra"].get("content_security_policy"):
        return
    html_files = sorted(site_dir.rglob("*.html"))
    templates = env.conf["theme"].get_env()
    features = env.conf["theme"].get("features") or []

    def render(template: str, base_url: str) -> str:
        context = {"config": env.conf, "base_url": base_url, "features": features}
        return str(templates.get_template(template).render(**context))

    site_path = urllib.parse.urlsplit(env.conf["site_url"]).path or "/"
    known = csp.known_script_hashes(render, csp.base_urls(html_files, site_dir, site_path))
    try:
        csp.apply_policy(html_files, known, site_dir)
    except csp.PolicyError as error:
        raise PluginError(str(error)) from None


# What happens to the built site, in this order: the policy hashes the pages as they are served.
POST_BUILD_STEPS = (write_search_index, write_robots_txt, write_bundles, write_absolute_links, write_security_policy)


def on_post_build(env: MacrosEnv) -> None:
    site_dir = pathlib.Path(env.conf["site_dir"])
    for step in POST_BUILD_STEPS:
        step(env, site_dir)
