"""Finding your way around every page: the 404 page, glossary tooltips on keyboard focus and on a tap,
related pages at the end of cause and region pages, the theme's navigation features, and a page
that keeps its place as it grows past the window."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from macros.front_matter import front_matter as read_front_matter
from macros.links import page_url
from support.browser import launch_chromium, open_for_instant_navigation
from support.project import DOCS, mkdocs_config, project_knowledge
from support.search import open_search_when_ready

MISSING = ["no-such-page/", "causes/no-such-cause/", "a/b/c/d.html"]
# The 404 page's routes: link text -> address from the site root (wording.yml `not_found`).
ROUTES = {link.text: page_url(link.page) for link in project_knowledge().words.not_found.routes}
HELP = project_knowledge().words.not_found.routes[-1]


def front_matter(src: str) -> dict:
    return read_front_matter((DOCS / src).read_text(encoding="utf-8"))


TOOLTIP_PAGE = "twitching/twitching-and-als/"
MAX_TABS = 300


def own_errors(page) -> list[str]:
    """Console errors, leaving out the browser's own note that the address gave a 404."""
    return [e for e in page.watch.errors if "404" not in e]


@pytest.mark.parametrize("path", MISSING)
def test_a_missing_address_shows_the_404_page_with_a_search_hint_and_the_main_routes(page, site_url, path, kb):
    response = page.goto(site_url + path)
    assert response.status == 404
    assert page.locator("h1").inner_text() == kb.words.not_found.title
    article = page.locator("article")
    assert "search" in article.inner_text().lower()
    for name, target in ROUTES.items():
        link = article.get_by_role("link", name=name, exact=True)
        assert link.count() == 1, name
        href = link.get_attribute("href")
        assert page.evaluate("h => new URL(h, location.href).href", href) in {
            site_url + target,
            site_url + target + ".",
        }
    assert own_errors(page) == [] and page.watch.foreign_requests == []


@pytest.mark.search_worker
def test_the_404_page_links_work_and_search_runs_from_it(page, site_url):
    page.goto(site_url + "causes/no-such-cause/")
    page.locator("article").get_by_role("link", name=HELP.text, exact=True).click()
    page.wait_for_url(site_url + page_url(HELP.page))
    expect(page.locator("h1").first).to_have_text(front_matter(HELP.page)["title"])
    page.goto(site_url + "causes/no-such-cause/")
    open_search_when_ready(page)
    page.locator("input.md-search__input").press_sequentially("coffee", delay=15)
    # Results come in as the query is typed ("c", "co", ...): wait for the whole word's.
    first = page.locator(".md-search-result__item a.md-search-result__link").first
    expect(first).to_have_attribute("href", re.compile(r"/causes/caffeine-alcohol-and-stimulants/$"))
    assert own_errors(page) == []


def test_the_404_page_is_kept_out_of_search_engines(page, site_url):
    page.goto(site_url + "no-such-page/")
    assert page.locator('meta[name="robots"]').get_attribute("content") == "noindex"


def test_the_first_use_of_each_glossary_term_takes_focus_and_shows_its_meaning(page, site_url):
    page.goto(site_url + TOOLTIP_PAGE)
    focusable = page.locator(".md-content .md-typeset abbr[tabindex='0']")
    assert focusable.count() >= 1
    terms = [t.strip().lower() for t in focusable.all_inner_texts()]
    assert len(terms) == len(set(terms)), "a term takes focus more than once"
    assert page.locator("a abbr[tabindex]").count() == 0, "a term inside a link takes focus of its own"
    first = focusable.first
    term, meaning = first.inner_text(), first.get_attribute("title")
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        if first.evaluate("el => el === document.activeElement"):
            break
    else:
        pytest.fail(f"Tab never reached the glossary term {term!r}")
    assert first.evaluate("el => getComputedStyle(el).outlineStyle") != "none"
    tooltip = page.locator("#glossary-tip[role=tooltip]", has_text=meaning)
    tooltip.wait_for(state="visible")
    described_by = first.get_attribute("aria-describedby")
    assert described_by and page.locator(f'[id="{described_by}"]').inner_text().strip() == meaning
    page.keyboard.press("Tab")
    tooltip.wait_for(state="hidden")
    assert page.watch.errors == []


def test_a_tap_on_any_use_of_a_term_shows_its_meaning_on_screen_until_escape(browser, site_url):
    context = browser.new_context(viewport={"width": 390, "height": 844}, has_touch=True, is_mobile=True)
    page = context.new_page()
    try:
        page.goto(site_url + TOOLTIP_PAGE)
        later = page.locator(".md-content .md-typeset abbr[title]:not([tabindex]):not(a *)").first
        later.scroll_into_view_if_needed()
        later.tap()
        tip = page.locator("#glossary-tip[role=tooltip]")
        expect(tip).to_have_text(later.get_attribute("title"))
        term_box, tip_box = later.bounding_box(), tip.bounding_box()
        assert tip_box["y"] >= term_box["y"] + term_box["height"] - 1, "the meaning covers the term"
        assert tip_box["x"] >= 0 and tip_box["x"] + tip_box["width"] <= 390, tip_box
        assert page.evaluate("() => document.documentElement.scrollWidth") <= 390
        assert later.get_attribute("aria-describedby") == "glossary-tip"
        page.keyboard.press("Escape")
        expect(tip).to_have_count(0)
        assert later.get_attribute("aria-describedby") is None
        later.tap()
        expect(tip).to_have_count(1)
        later.tap()  # a second tap on the term closes it
        expect(tip).to_have_count(0)
        later.tap()
        page.locator("h1").first.tap()  # and so does a tap elsewhere
        expect(tip).to_have_count(0)
    finally:
        context.close()


def test_glossary_terms_take_focus_after_instant_navigation_too(page, site_url):
    open_for_instant_navigation(page, site_url)
    page.evaluate("window.__samePage = true")  # gone if the browser loads a whole new page
    page.get_by_role("link", name="Why doctors look for weakness, not twitching alone").click()
    # Compare without the fragment: Material's anchor tracking may add one as the page settles.
    page.wait_for_url(lambda url: url.partition("#")[0] == site_url + TOOLTIP_PAGE)
    expect(page.locator("h1").first).to_have_text("Twitching and ALS (motor neurone disease)")
    page.locator(".md-content .md-typeset abbr[tabindex='0']").first.wait_for(state="attached")
    assert page.evaluate("window.__samePage") is True
    assert page.watch.errors == []


@pytest.mark.parametrize(
    "path, link_text",
    [
        ("causes/stress-and-anxiety/", project_knowledge().regions["hips-and-legs"].name),
        ("body-sites/feet/", project_knowledge().words.related.all_causes),
    ],
)
def test_cause_and_region_pages_end_with_the_help_box_then_related_pages(page, site_url, path, link_text):
    page.goto(site_url + path)
    order = page.evaluate(
        """() => [...document.querySelectorAll('article #related, article .related, article .help-box, article #sources')]
                 .map(el => el.id || el.className.split(' ').find(c => ['related', 'help-box'].includes(c)))"""
    )
    assert order == ["help-box", "related", "related", "sources"]
    related = page.locator("div.related")
    link = related.get_by_role("link", name=link_text, exact=True).first
    target_page, _, fragment = link.evaluate("a => a.href").partition("#")
    link.click()
    # Instant navigation changes the address before it swaps the new content in: wait for both.
    page.wait_for_url(lambda url: url.partition("#")[0] == target_page)
    expect(page.locator(f'[id="{fragment}"]' if fragment else "h1")).to_have_count(1)
    assert page.watch.errors == []


def test_the_theme_has_the_navigation_features_the_site_relies_on():
    config = mkdocs_config()
    features = set(config["theme"]["features"])
    for feature in [
        "navigation.tabs",
        "navigation.sections",
        "navigation.path",
        "navigation.instant",
        "navigation.instant.prefetch",
    ]:
        assert feature in features, feature
    # Material's "Back to top" button sat over headings and the checklist as a reader scrolled
    # up on a phone (issue 24); the header stays in reach without it.
    assert "navigation.top" not in features


def test_the_page_keeps_its_place_whether_or_not_it_is_taller_than_the_window(browser, site_url):
    """A desktop scrollbar takes room from the window; the room is kept from the first paint
    (theme-fixes.css), so a page that grows past the window as it loads does not move
    sideways. The centred page sits at the same place in a window it overflows and in one
    tall enough to hold it all. Playwright hides scrollbars unless told not to."""
    with_scrollbars = launch_chromium(browser.browser_type, ignore_default_args=["--hide-scrollbars"])
    try:
        page = with_scrollbars.new_page()
        lefts = {}
        for height in (940, 20000):
            page.set_viewport_size({"width": 1350, "height": height})
            page.goto(site_url + "body-sites/hips-and-legs/")
            overflows = page.evaluate("() => document.documentElement.scrollHeight > innerHeight")
            assert overflows == (height == 940), (height, "the page should overflow only the shorter window")
            lefts[height] = page.evaluate(
                "() => document.querySelector('.md-main__inner').getBoundingClientRect().left"
            )
    finally:
        with_scrollbars.close()
    assert lefts[940] == lefts[20000], lefts
