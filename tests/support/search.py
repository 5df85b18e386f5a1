"""Typing into Material's real search box and reading its results, for the search tests.

The queries and the page each should find are in tests/search_queries.yml. Each query goes
into the box whole but for its last key, which is typed: Material searches when a key is
released, so `fill` alone would find nothing. The first link of each of the top 3 result
groups (one group per page) is read once the list has settled.
"""

from __future__ import annotations

import time
import urllib.parse

import yaml
from playwright.sync_api import expect

from support.project import ROOT

QUERIES = yaml.safe_load((ROOT / "tests" / "search_queries.yml").read_text(encoding="utf-8"))
TOP = 3
FAIL_BELOW = 0.90
TARGET = 0.95
MIN_QUERIES = 40
SETTLE_SECONDS = 0.3  # results count as final once unchanged this long
TIMEOUT_SECONDS = 10


def expected_paths(entry: dict) -> list[str]:
    expect = entry["expect"]
    return expect if isinstance(expect, list) else [expect]


def page_path(href: str, site_url: str) -> str:
    """A result link as a path from the site root, without the highlight query or anchor."""
    url = urllib.parse.urlsplit(urllib.parse.urljoin(site_url, href))
    return url.path.removeprefix(urllib.parse.urlsplit(site_url).path)


def results_snapshot(page) -> dict:
    return page.evaluate(
        """top => ({
            meta: document.querySelector('.md-search-result__meta')?.textContent.trim() ?? '',
            links: [...document.querySelectorAll('.md-search-result__item')].slice(0, top)
                .map(item => item.querySelector('a.md-search-result__link')?.getAttribute('href') ?? ''),
        })""",
        TOP,
    )


def settled_results(page, previous: dict | None = None) -> dict:
    """Wait until the result list stops changing (and differs from `previous`, if given)."""
    return settled_in_all([page], [previous])[0]


def settled_in_all(pages: list, previous: list[dict | None]) -> list[dict]:
    """settled_results for several tabs at once: each tab's worker searches in parallel."""
    deadline = time.monotonic() + TIMEOUT_SECONDS
    now = time.monotonic()
    last: list[dict | None] = [None] * len(pages)
    since = [now] * len(pages)
    done: list[dict | None] = [None] * len(pages)
    while time.monotonic() < deadline and any(snap is None for snap in done):
        for i, page in enumerate(pages):
            if done[i] is not None:
                continue
            snap = results_snapshot(page)
            if snap != last[i]:
                last[i], since[i] = snap, time.monotonic()
            elif (
                time.monotonic() - since[i] >= SETTLE_SECONDS
                and "Initializing" not in snap["meta"]
                and (previous[i] is None or snap != previous[i])
            ):
                done[i] = snap
        pages[0].wait_for_timeout(50)
    return [snap if snap is not None else last[i] for i, snap in enumerate(done)]  # type: ignore[misc]


def search(page, box, query: str) -> dict:
    """Clear the box by keyboard, wait for the empty state, type the query and read the results."""
    return search_in_tabs([(page, box)], [query])[0]


def search_in_tabs(tabs: list, queries: list[str]) -> list[dict]:
    """One query per tab, the results read once all have settled. Each query goes into the box
    whole but its last key, which is then typed: the theme searches on each key released,
    so this is one search per query, with the results of typing it all key by key."""
    pages = [page for page, _ in tabs]
    for _, box in tabs:
        box.press("Control+a")
        box.press("Backspace")
    empty = settled_in_all(pages, [None] * len(pages))
    for (_, box), query in zip(tabs, queries, strict=True):
        box.fill(query[:-1])
        box.press_sequentially(query[-1])
    return settled_in_all(pages, empty)


def open_search_when_ready(page) -> None:
    """Press "/" (the theme's shortcut to the search box) and wait until the search index is
    built: on a busy machine a query typed while it says "Initializing search" could go
    unanswered, and a test would wait for results that never come."""
    page.keyboard.press("/")
    expect(page.locator("input.md-search__input"), "'/' did not put the focus in the search box").to_be_focused()
    page.wait_for_function(
        "() => { const meta = document.querySelector('.md-search-result__meta');"
        " return meta && !meta.textContent.includes('Initializing'); }"
    )


# -- the reader query sets ------------------------------------------------------------------
# Written by people who had not seen the site, labelled with a topic each; tests/search_topics.yml
# says which page answers each topic. The check set was written first and is never edited.
READER_SETS = ("tuning", "check")
TOPICS = yaml.safe_load((ROOT / "tests" / "search_topics.yml").read_text(encoding="utf-8"))
READER_TARGET = 0.95


def reader_queries(name: str) -> list[dict]:
    return yaml.safe_load((ROOT / "tests" / f"search_queries_{name}.yml").read_text(encoding="utf-8"))


# Material's own search worker, given the site's index and asked each query as the search box
# asks it (the same worker script and message types, so the same query rewriting and ranking):
# what the box would list, without waiting for the list to settle on screen for each query.
WORKER_SEARCH = """async ([queries, top]) => {
    const config = JSON.parse(document.querySelector('#__config').textContent);
    const base = new URL(config.base.replace(/\\/?$/, '/'), location.href);
    const index = await (await fetch(new URL('search/search_index.json', base))).json();
    const worker = new Worker(new URL(config.search, location.href));
    const ask = message => new Promise(resolve => {
        worker.onmessage = event => resolve(event.data);
        worker.postMessage(message);
    });
    await ask({type: 0, data: {config: index.config, docs: index.docs, options: {suggest: false}}});
    const found = [];
    for (const query of queries) {
        const answer = await ask({type: 2, data: query});
        found.push(answer.data.items.slice(0, top).map(group => group[0].location));
    }
    worker.terminate();
    return found;
}"""


def worker_search(page, site_url: str, queries: list[str]) -> list[list[str]]:
    """The top 3 pages (paths from the site root) Material's search worker finds for each query."""
    found = page.evaluate(WORKER_SEARCH, [queries, TOP])
    return [[page_path(location, site_url) for location in locations] for locations in found]
