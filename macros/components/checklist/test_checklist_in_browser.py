"""The red-flag checklist in a real Chromium: answers, result, keyboard, privacy, print, no script.

Items and tier wording come from the data, so these tests follow it when it changes.
"""

from __future__ import annotations

import datetime

import pytest
from playwright.sync_api import expect

from macros.knowledge import TIER_IDS
from support.axe import axe_violations, describe
from support.browser import MATERIAL_SCHEMES, open_for_instant_navigation
from support.dates import long_date
from support.project import SITE_ICON, mkdocs_config, project_knowledge

KB = project_knowledge()
PATH = "help/when-to-get-help/"
READY = "form[data-checklist][data-checklist-ready]"
RESULT = "[data-checklist-result]"
# One representative red flag per tier: the first in the data.
EXAMPLE = {tier: KB.red_flags_by_tier()[tier][0] for tier in TIER_IDS}


def open_checklist(page, site_url, anchor: str = ""):
    response = page.goto(site_url + PATH + anchor)
    assert response.status == 200
    page.wait_for_selector(READY, state="attached")


def box(page, tier_id: str):
    return page.locator(f"#checklist-{EXAMPLE[tier_id].id}")


GROUPS = [tier for tier in TIER_IDS if KB.red_flags_by_tier()[tier]]


def none_of_these(page, *tiers: str):
    for tier_id in tiers:
        page.locator(f"#checklist-none-{tier_id}").check()


def answer(page, tier_id: str):
    """Tick the example item of this tier, and "None of these" in every other group."""
    none_of_these(page, *[group for group in GROUPS if group != tier_id])
    box(page, tier_id).check()


def shown_tier(page) -> str:
    return page.get_attribute(RESULT, "data-tier")


def visible_outcome(page):
    return page.locator(f"{RESULT} [data-checklist-outcome]:visible")


def announced(page) -> dict[str, str]:
    return page.eval_on_selector_all(
        f"{RESULT} [data-checklist-announce]",
        "nodes => Object.fromEntries(nodes.map(n => [n.getAttribute('data-checklist-announce'), n.textContent]))",
    )


@pytest.mark.parametrize("tier_id", TIER_IDS)
def test_each_tier_is_reached_by_ticking_one_of_its_items(page, site_url, tier_id):
    open_checklist(page, site_url)
    answer(page, tier_id)
    assert shown_tier(page) == tier_id
    expect(visible_outcome(page)).to_have_count(1)
    expect(visible_outcome(page)).to_contain_text(KB.tiers[tier_id].name)
    expect(visible_outcome(page)).to_contain_text(KB.tiers[tier_id].advice[0])
    expect(page.locator("[data-checklist-led] li")).to_have_text([EXAMPLE[tier_id].text])
    live = "assertive" if tier_id == "emergency" else "polite"
    assert KB.tiers[tier_id].heading_with("999") in announced(page)[live]
    assert announced(page)[{"assertive": "polite", "polite": "assertive"}[live]] == ""
    assert page.evaluate("document.activeElement.id") == f"checklist-{EXAMPLE[tier_id].id}"  # focus not moved
    assert page.watch.errors == []


def test_emergency_shows_numbers_to_call_at_once_in_the_result_bar(page, site_url):
    open_checklist(page, site_url)
    bar = page.locator('[data-checklist-bar-outcome="emergency"]')
    expect(bar).to_be_hidden()
    box(page, "emergency").check()
    expect(bar).to_be_visible()
    expect(bar.locator("a.care-call__button")).to_have_attribute("href", "tel:999")
    for phone in KB.tiers["emergency"].phone_numbers[1:]:
        expect(bar.locator(f'.care-call__others a[href="tel:{phone.number}"]')).to_have_text(phone.number)
        expect(
            page.locator(f'{RESULT} [data-checklist-outcome="emergency"] a[href="tel:{phone.number}"]')
        ).to_be_visible()
    box(page, "emergency").uncheck()
    expect(bar).to_be_hidden()
    expect(page.locator("[data-checklist-bar]")).to_be_hidden()  # nothing answered: no verdict at all


def test_no_result_until_the_groups_above_are_answered(page, site_url):
    open_checklist(page, site_url)
    # Before any answer there is no verdict: a reader who scrolls past is never told "harmless".
    assert not shown_tier(page)
    expect(visible_outcome(page)).to_have_count(0)
    expect(page.locator("[data-checklist-pending]")).to_have_text(KB.words.checklist.pending)
    expect(page.locator("[data-checklist-static]")).to_be_hidden()
    expect(page.locator("[data-checklist-bar]")).to_be_hidden()
    box(page, "self-care").check()  # a calm answer with the groups above unanswered: still no verdict
    assert not shown_tier(page)
    expect(page.locator("[data-checklist-bar-pending]")).to_be_visible()
    none_of_these(page, *GROUPS[:-1])
    assert shown_tier(page) == "self-care"
    expect(visible_outcome(page)).to_contain_text(KB.tiers["self-care"].advice[0])
    expect(page.locator("[data-checklist-pending]")).to_be_hidden()


def test_none_of_these_and_the_items_of_its_group_exclude_each_other(page, site_url):
    open_checklist(page, site_url)
    box(page, "urgent").check()
    none_of_these(page, "urgent")
    expect(box(page, "urgent")).not_to_be_checked()
    box(page, "urgent").check()
    expect(page.locator("#checklist-none-urgent")).not_to_be_checked()


def test_highest_tier_wins_and_unticking_falls_back(page, site_url):
    open_checklist(page, site_url)
    answer(page, "doctor")
    assert shown_tier(page) == "doctor"
    box(page, "urgent").check()
    assert shown_tier(page) == "urgent"
    expect(page.locator("[data-checklist-led] li")).to_have_text([EXAMPLE["urgent"].text])
    expect(page.locator("[data-checklist-also] li")).to_have_text([EXAMPLE["doctor"].text])
    box(page, "urgent").uncheck()
    assert not shown_tier(page)  # the urgent group is no longer answered
    none_of_these(page, "urgent")
    assert shown_tier(page) == "doctor"
    expect(page.locator("[data-checklist-also]")).to_be_hidden()


def test_a_combination_rule_gives_its_tier_and_says_why(page, site_url):
    rule = next(r for r in KB.checklist_rules.values() if not r.lowers)
    open_checklist(page, site_url)
    none_of_these(page, *GROUPS[: GROUPS.index(KB.red_flags[rule.when_all[0]].tier)])
    for item_id in [*rule.when_all, *rule.when_any[:1]]:
        page.locator(f"#checklist-{item_id}").check()
    assert shown_tier(page) == rule.tier
    expect(page.locator(f'[data-checklist-rule="{rule.id}"]')).to_have_text(rule.says)


def test_start_again_clears_the_answers(page, site_url):
    open_checklist(page, site_url)
    box(page, "emergency").check()
    box(page, "self-care").check()
    page.get_by_role("button", name=KB.words.checklist.reset_button).click()
    expect(page.locator(RESULT)).to_have_attribute("data-tier", "")
    assert page.locator("form[data-checklist] input:checked").count() == 0
    expect(page.locator("[data-checklist-bar]")).to_be_hidden()
    expect(page.locator("[data-checklist-led] li")).to_have_count(0)


STORAGE = "[localStorage, sessionStorage].map(store => Object.fromEntries(Object.entries(store)))"
AFTER_TWO_FRAMES = "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))"


def test_answering_sends_nothing_and_stores_nothing(page, site_url):
    # Opened at #checklist: Material's navigation.tracking rewrites the address to the section
    # in view, and Chromium then asks for the favicon again; that is the theme, not an answer.
    open_checklist(page, site_url, "#checklist")
    expect(page.get_by_text(KB.words.checklist.privacy)).to_be_visible()
    page.wait_for_load_state("networkidle")
    storage_before = page.evaluate(STORAGE)
    page.watch.requests.clear()
    for tier_id in TIER_IDS:
        box(page, tier_id).check()
    box(page, "emergency").uncheck()
    page.get_by_role("button", name=KB.words.checklist.reset_button).click()
    box(page, "doctor").check()
    # Whatever the last tick set off has run: its result is on screen, two frames have been drawn
    # since, and the network has been quiet for half a second.
    expect(box(page, "doctor")).to_be_checked()
    page.evaluate(AFTER_TWO_FRAMES)
    page.wait_for_load_state("networkidle")
    # The browser's own refetch of the site icon when the address changes (see above) can
    # come late on a busy machine; it carries nothing from the page.
    assert [url for url in page.watch.requests if not url.endswith("/" + SITE_ICON)] == []
    assert page.context.cookies() == []
    storage_after = page.evaluate(STORAGE)
    assert storage_after == storage_before  # the theme keeps its own settings there; no answers
    assert not any(flag_id in str(storage_after) for flag_id in KB.red_flags)


def test_keyboard_only(page, site_url):
    open_checklist(page, site_url)
    page.evaluate("window.__samePage = true")
    for _ in range(80):  # Tab from the top of the page to the first checkbox
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.type") == "checkbox":
            break
    first = page.locator("#checklist-" + KB.red_flags_by_tier()["emergency"][0].id)
    expect(first).to_be_focused()
    assert page.evaluate("document.activeElement.matches(':focus-visible')")
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") == "solid"
    page.keyboard.press("Space")
    expect(first).to_be_checked()
    assert shown_tier(page) == "emergency"
    expect(first).to_be_focused()
    page.keyboard.press("Enter")  # does not submit or reload
    assert page.evaluate("window.__samePage") is True
    page.keyboard.press("Space")
    assert not shown_tier(page)  # unticked: nothing answered, no verdict
    page.keyboard.press("Tab")
    page.keyboard.press("Space")
    assert shown_tier(page) == "emergency"
    for _ in range(250):  # on to the Start again button
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.type") == "reset":
            break
    expect(page.get_by_role("button", name=KB.words.checklist.reset_button)).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator(RESULT)).to_have_attribute("data-tier", "")
    expect(page.get_by_role("button", name=KB.words.checklist.reset_button)).to_be_focused()
    assert page.evaluate("window.__samePage") is True


COUNT_SET_UPS = """
const add = HTMLFormElement.prototype.addEventListener;
HTMLFormElement.prototype.addEventListener = function (type, ...rest) {
  if (type === 'change') this.__changeListeners = (this.__changeListeners || 0) + 1;
  return add.call(this, type, ...rest);
};
"""


def assert_set_up_once_and_working(page):
    page.wait_for_selector(READY, state="attached")
    expect(page.locator(RESULT)).to_have_count(1)
    expect(page.locator("form[data-checklist]")).to_have_count(1)
    assert page.eval_on_selector("form[data-checklist]", "form => form.__changeListeners") == 1
    assert not shown_tier(page)  # a new visit starts with nothing answered
    answer(page, "urgent")
    assert shown_tier(page) == "urgent"
    expect(page.locator("[data-checklist-led] li")).to_have_count(1)
    box(page, "urgent").uncheck()
    assert not shown_tier(page)


def test_instant_navigation_to_away_and_back(page, site_url):
    page.add_init_script(COUNT_SET_UPS)
    open_for_instant_navigation(page, site_url)
    page.evaluate("window.__samePage = true")  # gone if the browser loads a whole new page
    page.locator(f'article a[href$="{PATH}#checklist"]').first.click()
    page.wait_for_url(f"**/{PATH}#checklist")
    assert page.evaluate("window.__samePage") is True
    assert_set_up_once_and_working(page)

    page.locator('article p a[href$="/help/tests-and-diagnosis/"]').first.click()  # Material makes hrefs absolute
    page.wait_for_url("**/help/tests-and-diagnosis/")
    expect(page.locator("form[data-checklist]")).to_have_count(0)
    page.go_back()
    page.wait_for_url(f"**/{PATH}*")
    assert page.evaluate("window.__samePage") is True
    assert_set_up_once_and_working(page)

    page.go_forward()
    page.wait_for_url("**/help/tests-and-diagnosis/")
    # The address changes before the new content arrives; until the checklist has gone, the
    # old page is still there and would pass for the one we come back to.
    expect(page.locator("form[data-checklist]")).to_have_count(0)
    page.go_back()
    page.wait_for_url(f"**/{PATH}*")
    assert_set_up_once_and_working(page)
    assert page.watch.errors == []


def test_without_javascript_items_and_emergency_advice_still_read(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(site_url + PATH)
        for tier_id in TIER_IDS:
            legend = page.locator(f"fieldset.care--{tier_id} legend")
            expect(legend).to_be_visible()
            expect(legend).to_contain_text(KB.tiers[tier_id].name)
            expect(legend).to_contain_text(KB.words.checklist.questions[tier_id])
        for flag in KB.red_flags.values():
            expect(page.get_by_label(flag.text, exact=True)).to_be_visible()
        static = page.locator("[data-checklist-static]")
        expect(static).to_be_visible()
        expect(static).to_contain_text(KB.tiers["emergency"].heading_with("999"))
        expect(static).to_contain_text(KB.words.checklist.static_emergency)
        expect(static.locator('a.care-call__button[href="tel:999"]')).to_be_visible()
        expect(page.locator(f"{RESULT} [data-checklist-outcome]:visible")).to_have_count(0)
        expect(page.locator("[data-checklist-print]")).to_be_hidden()
        expect(page.get_by_text(KB.words.checklist.privacy)).to_be_visible()
        expect(page.locator("[data-checklist-bar]")).to_be_hidden()
    finally:
        context.close()


@pytest.mark.parametrize("scheme, expected", list(MATERIAL_SCHEMES.items()))
def test_axe_finds_no_violation_in_either_colour_scheme(page, site_url, scheme, expected):
    page.emulate_media(color_scheme=scheme)
    open_checklist(page, site_url)
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == expected
    violations = axe_violations(page)
    assert violations == [], describe(violations)
    box(page, "emergency").check()
    box(page, "doctor").check()
    violations = axe_violations(page)
    assert violations == [], describe(violations)
    box(page, "emergency").uncheck()
    violations = axe_violations(page)
    assert violations == [], describe(violations)


def todays_date() -> str:
    return f"{KB.words.checklist.date_label} {long_date(datetime.date.today())}"


def test_the_browsers_own_print_dates_the_printout_too(page, site_url):
    """Ctrl+P or the browser's menu, not the page's button: beforeprint writes the date. Until
    a print starts, the date keeps its blank (formatting a date is slow on a slow phone)."""
    open_checklist(page, site_url)
    answer(page, "doctor")
    expect(page.locator("[data-checklist-date]")).to_have_text(KB.words.checklist.date_blank)
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    expect(page.locator("[data-checklist-date]")).to_have_text(todays_date())


def test_print_view_holds_answers_result_and_date_only(page, site_url):
    open_checklist(page, site_url)
    answer(page, "urgent")
    box(page, "doctor").check()
    page.evaluate("window.print = () => { window.__printed = true; }")
    page.get_by_role("button", name=KB.words.checklist.print_button).click()
    assert page.evaluate("window.__printed") is True
    page.emulate_media(media="print")
    expect(page.locator("[data-checklist-date]")).to_be_visible()
    expect(page.locator("[data-checklist-date]")).to_have_text(todays_date())
    expect(page.locator("[data-checklist-led] li")).to_have_text([EXAMPLE["urgent"].text])
    expect(page.locator("[data-checklist-also] li")).to_have_text([EXAMPLE["doctor"].text])
    expect(visible_outcome(page)).to_contain_text(KB.tiers["urgent"].advice[0])
    # The printout says where it came from, whole.
    printed_from = page.locator(".checklist__printed-from")
    expect(printed_from).to_be_visible()
    expect(printed_from).to_have_text(
        KB.words.checklist.printed_from.format(site=mkdocs_config()["site_name"], address=site_url + PATH)
    )
    for hidden in [
        ".md-header",
        ".md-tabs",
        ".md-sidebar--primary",
        ".md-sidebar--secondary",
        ".md-footer",
        "form[data-checklist] fieldset",
        ".checklist__buttons",
        ".checklist__privacy",
        ".checklist__more",
        ".checklist__bar",
        "h2#emergency",
        ".page-sources",
        ".site-notice",
    ]:
        for node in page.locator(hidden).all():
            expect(node).to_be_hidden()
    expect(page.locator("article h1")).to_be_visible()


@pytest.mark.parametrize("width", [360, 640])  # a small phone, and 1280 px at 200% zoom
def test_no_sideways_page_scroll_on_narrow_screens(browser, site_url, width):
    context = browser.new_context(viewport={"width": width, "height": 800})
    try:
        page = context.new_page()
        open_checklist(page, site_url)
        box(page, "emergency").check()
        box(page, "doctor").check()
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0
        form_box = page.locator("form[data-checklist]").bounding_box()
        assert form_box["x"] >= 0 and form_box["x"] + form_box["width"] <= width
    finally:
        context.close()


def test_without_its_stylesheets_the_page_reaches_the_emergency_signs_within_two_screens(browser, site_url):
    """The theme's icons are sized in the markup (macros/material/unstyled.py): without CSS they no longer
    grow to the column's width and push the checklist down (measured: 4,240 px before, 1,335 after)."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    context.route("**/*.css", lambda route: route.abort())
    try:
        page = context.new_page()
        page.goto(site_url + PATH)
        top = page.evaluate(
            "() => document.querySelector('fieldset.care--emergency').getBoundingClientRect().top + scrollY"
        )
        assert top < 2 * 844, top
        assert page.evaluate(
            "() => document.styleSheets.length === 0 || [...document.styleSheets].every(s => { try { return !s.cssRules.length; } catch (e) { return true; } })"
        )
    finally:
        context.close()
