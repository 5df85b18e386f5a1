"""The "For your appointment" page in a real Chromium: printing, the checklist's answers carried
over, privacy (nothing sent, nothing kept unless asked, and deleting), keyboard, the cards that
say not to wait, axe in both schemes, and the blank form without JavaScript.

Choices and words come from the data, so these tests follow it when it changes. The printed
pages are written to test-results/screenshots/ as PNG images, for people to look at.
"""

from __future__ import annotations

import datetime
import json
import re
import urllib.parse

import pytest
from playwright.sync_api import expect

from macros.components.appointment import appointment
from macros.components.checklist import checklist
from macros.knowledge import TIER_IDS
from support.axe import axe_violations, describe
from support.browser import MATERIAL_SCHEMES, open_for_instant_navigation
from support.dates import long_date
from support.pdf import page_count, text_of, write_pngs
from support.project import ROOT, SITE_ICON, project_knowledge

KB = project_knowledge()
WORDS = KB.words.appointment
PATH = "help/for-your-appointment/"
READY = "form[data-appointment][data-appointment-ready]"
OUT = ROOT / "test-results" / "screenshots"
SIGNS = KB.red_flags_by_tier()
STORAGE = "() => [localStorage, sessionStorage].map(store => Object.fromEntries(Object.entries(store)))"
STUB_PRINT = "() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; }"
# The answers a reader might give: (field name, value) for text, (field name, id) for ticks.
SITES = [site.id for site in list(KB.sites.values())[:2]]
TRIGGERS = [cause for cause in KB.causes.values() if cause.kind == "trigger" and cause.reader_notices]
TRIGGER = TRIGGERS[0]
DOCTOR_SIGN, LATER_SIGN = SIGNS["doctor"][0], SIGNS[TIER_IDS[-1]][0]
QUESTION = next(iter(KB.questions.values()))
TEXTS = {
    "started": "About three weeks ago",
    "eases": "A walk in the evening",
    "medicines": "An inhaler for asthma\nVitamin D from the chemist",
    "ask": "Is this likely to settle by itself?",
}


def open_form(page, site_url, fragment: str = ""):
    response = page.goto(site_url + PATH + fragment)
    assert response.status == 200
    page.wait_for_selector(READY, state="attached")


def tick(page, name: str, value: str):
    page.locator(f"#appointment-{name}-{value}").check()


def fill_typical(page):
    for site in SITES:
        tick(page, "site", site)
    tick(page, "often", "2")
    tick(page, "change", "2")
    tick(page, "trigger", TRIGGER.id)
    tick(page, "sign", DOCTOR_SIGN.id)
    tick(page, "sign", LATER_SIGN.id)
    tick(page, "question", QUESTION.id)
    for name, text in TEXTS.items():
        page.locator(f'[name="{name}"]').fill(text)


def answers(page) -> dict:
    """Every answer the form holds now, by field name."""
    return page.eval_on_selector(
        "form[data-appointment]",
        """form => {
          const given = {};
          for (const c of form.elements) {
            if (!c.name) continue;
            const value = (c.type === 'checkbox' || c.type === 'radio') ? (c.checked ? c.value : '') : c.value;
            if (value) (given[c.name] = given[c.name] || []).push(value);
          }
          return given;
        }""",
    )


def print_pdf(page, paper: str = "A4") -> bytes:
    page.evaluate(STUB_PRINT)
    page.get_by_role("button", name=WORDS.print_button).click()
    assert page.evaluate("() => window.__printed") == 1
    page.emulate_media(media="print")
    return page.pdf(format=paper)


def test_filled_form_prints_one_page_with_the_signs_first(page, site_url, capsys):
    open_form(page, site_url)
    fill_typical(page)
    pdf = print_pdf(page)
    OUT.mkdir(parents=True, exist_ok=True)
    images = write_pngs(pdf, OUT / "appointment-print")
    assert page_count(pdf) == 1
    assert len(images) == 1 and images[0].stat().st_size > 10_000
    text = text_of(pdf)
    assert f"{WORDS.date_label} {long_date(datetime.date.today())}" in text
    assert WORDS.summary_title in text and PATH in text
    expected = [KB.sites[site].name for site in SITES] + [WORDS.often_choices[1], WORDS.change_choices[1]]
    expected += [TRIGGER.name, QUESTION.text, WORDS.signs_note]
    expected += [DOCTOR_SIGN.short, LATER_SIGN.short] + [" ".join(t.split()) for t in TEXTS.values()]
    for answer in expected:
        assert answer in text, answer
    rows = WORDS.rows
    assert text.index(DOCTOR_SIGN.short) < text.index(rows.where) < text.index(rows.also) < text.index(LATER_SIGN.short)
    for publisher in appointment.guidance_publishers(KB):
        assert publisher in text
    assert site_url + "sources/" in text
    # Nothing from the site's chrome or the rest of the page.
    theme = KB.words.theme
    for chrome in [KB.words.sources.heading, WORDS.privacy, WORDS.where_legend, theme.report_link, theme.notice]:
        assert chrome not in text, chrome
    assert page_count(page.pdf(format="Letter")) == 1
    print(f"\nprinted page: 1 of {page_count(pdf)}, {len(text.split())} words; image {images[0].name}")


def test_every_answer_at_its_longest_still_prints_on_one_page(page, site_url):
    open_form(page, site_url)
    boxes = page.locator("form[data-appointment] input[type=checkbox]").all()
    assert len(boxes) > 50
    for box in boxes:
        box.check()
    tick(page, "often", "3")
    tick(page, "change", "4")
    fields = page.locator("form[data-appointment] :is(input[type=text], textarea)").all()
    assert len(fields) >= 4
    for field in fields:
        longest = int(field.get_attribute("maxlength"))
        field.fill(("Words of a typical length " * 40)[:longest])
    pdf = print_pdf(page)
    write_pngs(pdf, OUT / "appointment-print-longest")
    assert page_count(pdf) == 1
    assert page_count(page.pdf(format="Letter")) == 1


def hand_off(page, site_url, ids: list[str]):
    """What a checklist link marked carry_answers leaves in this tab for the appointment page."""
    page.goto(site_url)
    page.evaluate(
        "([key, ids]) => sessionStorage.setItem(key, JSON.stringify({at: Date.now(), ids: ids}))",
        [checklist.HANDOFF_KEY, ids],
    )


def answer_checklist(page, site_url, ticked: list[str]):
    """On the checklist: tick these boxes, and "None of these" in every group left empty."""
    page.goto(site_url + "help/when-to-get-help/")
    page.wait_for_selector("form[data-checklist][data-checklist-ready]", state="attached")
    for flag_id in ticked:
        page.locator(f"#checklist-{flag_id}").check()
    groups = [tier for tier in TIER_IDS if SIGNS[tier]]
    for group in groups:
        if not any(KB.red_flags[flag_id].tier == group for flag_id in ticked):
            page.locator(f"#checklist-none-{group}").check()


def test_checklist_answers_carry_over_through_this_tab_only_never_an_address(page, site_url):
    carried = [SIGNS["doctor"][0].id, SIGNS["doctor"][1].id, LATER_SIGN.id]
    answer_checklist(page, site_url, carried)
    link = page.locator('[data-checklist-outcome="doctor"] a[data-checklist-carry]')
    expect(link).to_have_attribute("href", re.compile(re.escape(PATH) + "$"))  # no fragment, no query
    link.click()
    page.wait_for_selector(READY, state="attached")
    assert answers(page) == {"sign": [flag.id for tier in TIER_IDS for flag in SIGNS[tier] if flag.id in carried]}
    expect(page.locator("[data-appointment-carried]")).to_have_text(WORDS.carried.replace("{count}", "3"))
    assert page.url == site_url + PATH
    # Read once, then gone: a reload, or the next visit, starts blank.
    assert page.evaluate(STORAGE)[1] == {}
    assert not page.evaluate("() => localStorage.getItem(KEY)".replace("KEY", repr(appointment.STORE_KEY)))
    page.reload()
    page.wait_for_selector(READY, state="attached")
    assert answers(page) == {}
    sent = " ".join(page.watch.requests)
    assert not any(flag_id in sent for flag_id in carried)
    assert page.watch.errors == []


def test_a_link_from_elsewhere_cannot_tick_anything(page, site_url):
    # The old hand-off's address, as a crafted link would carry it: it no longer means anything.
    open_form(page, site_url, f"#answers={SIGNS['emergency'][0].id},{DOCTOR_SIGN.id},not-a-sign")
    assert answers(page) == {}
    expect(page.locator("[data-appointment-carried]")).to_have_text("")
    expect(page.locator("[data-appointment-carried-alert]:visible")).to_have_count(0)


def test_the_hand_off_leaves_nothing_in_the_browsers_history(browser, site_url, tmp_path):
    """A real profile on disk: after the browser closes, its History database holds no answer."""
    import sqlite3

    from support.browser import launch_persistent_chromium

    profile = tmp_path / "profile"
    context = launch_persistent_chromium(browser.browser_type, profile)
    page = context.new_page()
    carried = [SIGNS["doctor"][0].id, SIGNS["doctor"][1].id]
    answer_checklist(page, site_url, carried)
    page.locator('[data-checklist-outcome="doctor"] a[data-checklist-carry]').click()
    page.wait_for_selector(READY, state="attached")
    assert answers(page) == {"sign": carried}
    context.close()
    history = sqlite3.connect(profile / "Default" / "History")
    visited = [url for (url,) in history.execute("SELECT url FROM urls")]
    history.close()
    assert any(PATH in url for url in visited), visited  # the visit itself is recorded, as any page's is
    assert not [url for url in visited if "answers" in url or any(flag_id in url for flag_id in carried)]


def test_instant_navigation_in_and_out_and_back_sets_the_form_up_once(page, site_url):
    open_for_instant_navigation(page, site_url + "help/treatment-and-self-care/")
    assert not any("appointment" in url for url in page.watch.requests)  # other pages never load its assets
    page.evaluate("() => { window.__samePage = true; }")
    page.locator('article a[href$="/help/for-your-appointment/"]').first.click()
    page.wait_for_selector(READY, state="attached")
    assert page.evaluate("() => window.__samePage") is True  # the theme's instant navigation, no reload

    def works():
        tick(page, "sign", SIGNS["emergency"][0].id)
        expect(page.locator("[data-appointment-alert]:visible")).to_have_count(1)
        page.evaluate(STUB_PRINT)
        page.get_by_role("button", name=WORDS.print_button).click()
        assert page.evaluate("() => window.__printed") == 1  # one click, one print: wired once

    works()
    page.locator('article a[href$="/help/tests-and-diagnosis/"]').first.click()
    page.wait_for_url("**/help/tests-and-diagnosis/")
    expect(page.locator("form[data-appointment]")).to_have_count(0)
    page.go_back()
    page.wait_for_url("**/" + PATH + "*")
    page.wait_for_selector(READY, state="attached")
    assert page.evaluate("() => window.__samePage") is True
    assert answers(page) == {}  # a new visit starts blank
    works()
    assert page.watch.errors == []


def test_nothing_is_sent_or_kept_unless_asked_and_delete_removes_everything(page, site_url):
    open_form(page, site_url)
    storage_before = page.evaluate(STORAGE)
    page.watch.requests.clear()
    fill_typical(page)
    print_pdf(page)
    page.emulate_media(media="screen")
    # Filling the form scrolls; the theme's section tracking then rewrites the address
    # (#notes ...), and Chromium asks for the site icon again. That request is the theme's
    # and carries nothing from the page; any other would be a leak.
    assert [url for url in page.watch.requests if url != site_url + SITE_ICON] == []
    assert page.context.cookies() == []
    assert page.evaluate(STORAGE) == storage_before  # the theme keeps its own settings there; no answers

    page.reload()
    page.wait_for_selector(READY, state="attached")
    assert answers(page) == {}  # closing or reloading the page forgets

    fill_typical(page)
    keep = page.get_by_label(WORDS.keep_label)
    keep.check()
    expect(page.locator("[data-appointment-status]")).to_have_text(WORDS.kept)
    page.locator('[name="started"]').fill("Since the spring")
    kept = json.loads(page.evaluate(f"() => localStorage.getItem('{appointment.STORE_KEY}')"))
    assert kept["started"] == ["Since the spring"] and kept["site"] == SITES

    page.reload()
    page.wait_for_selector(READY, state="attached")
    assert answers(page) == kept
    expect(page.get_by_label(WORDS.keep_label)).to_be_checked()
    page.get_by_role("button", name=WORDS.delete_button).click()
    assert page.evaluate(STORAGE) == storage_before
    assert answers(page) == {}
    expect(page.get_by_label(WORDS.keep_label)).not_to_be_checked()
    expect(page.get_by_label(WORDS.keep_label)).to_be_focused()
    expect(page.locator("[data-appointment-status]")).to_have_text(WORDS.deleted)
    expect(page.get_by_role("button", name=WORDS.delete_button)).to_be_hidden()

    page.reload()
    page.wait_for_selector(READY, state="attached")
    assert answers(page) == {}
    own = urllib.parse.urlsplit(site_url).netloc
    assert all(urllib.parse.urlsplit(url).netloc == own and "?" not in url for url in page.watch.requests)
    assert page.watch.errors == []


def focus_by_tabbing(page, selector: str, key: str = "Tab", most: int = 120) -> None:
    """Press Tab (or Shift+Tab) until the element matching `selector` has focus."""
    for _ in range(most):
        page.keyboard.press(key)
        if page.evaluate("selector => document.activeElement.matches(selector)", selector):
            return
    raise AssertionError(f"{selector} never got focus with {key}")


def test_keyboard_only(page, site_url):
    open_form(page, site_url)
    stored = f"() => JSON.parse(localStorage.getItem('{appointment.STORE_KEY}'))"
    focus_by_tabbing(page, "[data-appointment-keep-box]")  # the choice comes before the questions
    page.keyboard.press("Space")
    assert page.evaluate(stored) == {}
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name=WORDS.delete_button)).to_be_focused()

    first_site = f"appointment-site-{SITES[0]}"
    focus_by_tabbing(page, "#" + first_site)
    page.keyboard.press("Space")
    expected = page.eval_on_selector(
        "form[data-appointment]",
        """form => [...form.querySelectorAll('input, textarea, button:not([hidden])')]
             .filter(c => !(c.type === 'radio' && c.value !== '1') && !c.closest('[hidden]'))
             .map(c => c.id || c.type)""",
    )
    visited = [first_site]
    while visited[-1] != "reset":
        page.keyboard.press("Tab")
        active = page.evaluate("() => document.activeElement.id || document.activeElement.type")
        visited.append(active)
        if active == "appointment-started":
            page.keyboard.type("Last month")
        if active == "appointment-often-1":
            page.keyboard.press("ArrowDown")  # moves to, and picks, the next answer
            visited[-1] = "appointment-often-1"
        if page.evaluate("() => document.activeElement.hasAttribute('data-appointment-print')"):
            page.evaluate(STUB_PRINT)
            page.keyboard.press("Enter")
            visited[-1] = "button"
    assert visited == expected
    assert page.evaluate("() => window.__printed") == 1
    assert answers(page) == {"site": [SITES[0]], "started": ["Last month"], "often": ["2"]}
    assert page.evaluate(stored) == answers(page)

    focus_by_tabbing(page, "[data-appointment-delete]", key="Shift+Tab")
    page.keyboard.press("Enter")
    assert page.evaluate(stored) is None
    assert answers(page) == {}
    expect(page.get_by_label(WORDS.keep_label)).to_be_focused()


def test_clearing_the_form_asks_first(page, site_url):
    open_form(page, site_url)
    fill_typical(page)
    page.once("dialog", lambda dialog: dialog.dismiss())
    page.get_by_role("button", name=WORDS.clear_button).click()
    assert answers(page)  # "Cancel" keeps every answer
    asked = []
    page.once("dialog", lambda dialog: (asked.append(dialog.message), dialog.accept()))
    page.get_by_role("button", name=WORDS.clear_button).click()
    expect(page.locator('[name="started"]')).to_have_value("")
    assert answers(page) == {} and asked == [WORDS.clear_confirm]


def test_a_carried_sign_that_cannot_wait_shows_its_card_at_the_top(page, site_url):
    urgent = SIGNS["urgent"][0]
    answer_checklist(page, site_url, [urgent.id, SIGNS["doctor"][0].id])
    page.locator('[data-checklist-outcome="urgent"] a[data-checklist-carry]').click()
    page.wait_for_selector(READY, state="attached")
    top = page.locator("[data-appointment-carried-alert]:visible")
    expect(top).to_have_count(1)
    expect(top).to_have_attribute("data-appointment-carried-alert", "urgent")
    # Above the first question, so on the first screens.
    assert top.bounding_box()["y"] < page.locator("fieldset.appointment__group--sites").bounding_box()["y"]


@pytest.mark.parametrize("stored", ['{"sign": 5}', "null", "[]", "not JSON"])
def test_a_damaged_kept_value_is_dropped_and_said_and_the_page_still_works(page, site_url, stored):
    page.goto(site_url)
    page.evaluate("([key, value]) => localStorage.setItem(key, value)", [appointment.STORE_KEY, stored])
    open_form(page, site_url)
    expect(page.locator("[data-appointment-status]")).to_have_text(WORDS.damaged)
    assert page.evaluate("key => localStorage.getItem(key)", appointment.STORE_KEY) is None
    expect(page.get_by_label(WORDS.keep_label)).to_be_visible()
    expect(page.get_by_role("button", name=WORDS.print_button)).to_be_visible()
    tick(page, "sign", DOCTOR_SIGN.id)
    assert page.watch.errors == []


def test_full_storage_is_said_in_words_once_and_never_thrown(context, site_url):
    context.add_init_script(
        "Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };"
    )
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    open_form(page, site_url)
    keep = page.get_by_label(WORDS.keep_label)
    keep.click()  # the page unticks it again at once, as nothing could be kept
    expect(page.locator("[data-appointment-status]")).to_have_text(WORDS.not_kept)
    expect(keep).not_to_be_checked()
    page.locator('[name="started"]').press_sequentially("Two weeks ago")
    expect(page.locator('[name="started"]')).to_have_value("Two weeks ago")
    assert errors == []


def test_delete_in_one_tab_is_followed_by_every_other_tab(context, site_url):
    first, second = context.new_page(), context.new_page()
    open_form(first, site_url)
    first.locator('[name="started"]').fill("Last month")
    first.get_by_label(WORDS.keep_label).check()
    open_form(second, site_url)
    expect(second.get_by_label(WORDS.keep_label)).to_be_checked()
    expect(second.locator('[name="started"]')).to_have_value("Last month")
    first.get_by_role("button", name=WORDS.delete_button).click()
    expect(second.get_by_label(WORDS.keep_label)).not_to_be_checked()
    expect(second.locator('[name="started"]')).to_have_value("")
    expect(second.locator("[data-appointment-status]")).to_have_text(WORDS.deleted)
    second.locator('[name="eases"]').press_sequentially("a")  # typing in the other tab puts nothing back
    assert second.evaluate("key => localStorage.getItem(key)", appointment.STORE_KEY) is None


@pytest.mark.parametrize("tier_id", TIER_IDS)
def test_a_sign_that_cannot_wait_says_so_where_it_was_ticked(page, site_url, tier_id):
    open_form(page, site_url)
    flag = SIGNS[tier_id][0]
    tick(page, "sign", flag.id)
    shown = page.locator("[data-appointment-alert]:visible")
    if tier_id in appointment.DO_NOT_WAIT_TIERS:
        expect(shown).to_have_count(1)
        expect(shown).to_contain_text(WORDS.dont_wait)
        expect(shown).to_contain_text(KB.tiers[tier_id].action)
        assert page.locator(f"fieldset.care--{tier_id}").locator("[data-appointment-alert]:visible").count() == 1
        if KB.tiers[tier_id].phone_numbers:
            expect(shown.locator('a.care-call__button[href="tel:999"]')).to_be_visible()
    else:
        expect(shown).to_have_count(0)
    page.locator(f"#appointment-sign-{flag.id}").uncheck()
    expect(shown).to_have_count(0)


def test_the_most_urgent_card_wins(page, site_url):
    open_form(page, site_url)
    tick(page, "sign", SIGNS["urgent"][0].id)
    tick(page, "sign", SIGNS["emergency"][0].id)
    expect(page.locator("[data-appointment-alert]:visible")).to_have_attribute("data-appointment-alert", "emergency")


@pytest.mark.parametrize("scheme, expected", list(MATERIAL_SCHEMES.items()))
def test_axe_finds_no_violation_in_either_colour_scheme(page, site_url, scheme, expected):
    page.emulate_media(color_scheme=scheme)
    hand_off(page, site_url, [SIGNS["emergency"][0].id])  # as the checklist on this device would
    open_form(page, site_url)
    expect(page.locator("[data-appointment-carried-alert]:visible")).to_have_count(1)
    assert page.evaluate("() => document.body.getAttribute('data-md-color-scheme')") == expected
    violations = axe_violations(page)
    assert violations == [], describe(violations)
    fill_typical(page)
    page.get_by_label(WORDS.keep_label).check()
    violations = axe_violations(page)
    assert violations == [], describe(violations)


def test_without_javascript_a_blank_form_prints(browser, site_url):
    context = browser.new_context(java_script_enabled=False, locale="en-GB")
    try:
        page = context.new_page()
        page.goto(site_url + PATH)
        controls = page.locator("form[data-appointment] :is(input, textarea)")
        choices = len(KB.sites) + len(WORDS.often_choices) + len(WORDS.change_choices) + len(TRIGGERS)
        choices += len(KB.red_flags) + len(KB.questions)
        assert controls.count() == choices + 6  # somewhere else, started, something else, eases, medicines, ask
        for control in controls.all():
            expect(control).to_be_visible()
            expect(control).to_be_enabled()
        for legend in [WORDS.where_legend, WORDS.triggers_legend, WORDS.changes_legend, WORDS.questions_legend]:
            expect(page.get_by_text(legend, exact=True)).to_be_visible()
        for js_only in ["[data-appointment-print]", "[data-appointment-keep]", "[data-appointment-alert]"]:
            expect(page.locator(js_only).first).to_be_hidden()
        page.emulate_media(media="print")
        expect(page.locator("form[data-appointment]")).to_be_visible()
        pdf = page.pdf(format="A4")
        write_pngs(pdf, OUT / "appointment-blank-form")
        # Every sign of the checklist, in two columns: three sheets since the checklist covers
        # every clause of its guidance lists (55 signs; two sheets with 20).
        assert page_count(pdf) <= 3
        text = text_of(pdf)
        assert WORDS.date_blank in text and WORDS.where_legend in text and SIGNS["emergency"][0].text in text
        assert KB.words.sources.summary.split("(")[0].strip() not in text
    finally:
        context.close()


def test_a_stale_or_shaped_wrong_hand_off_ticks_nothing(page, site_url):
    page.goto(site_url)
    page.evaluate(
        "([key, id]) => sessionStorage.setItem(key, JSON.stringify({at: Date.now() - 10 * 60 * 1000, ids: [id]}))",
        [checklist.HANDOFF_KEY, DOCTOR_SIGN.id],
    )
    open_form(page, site_url)
    assert answers(page) == {}
    assert page.evaluate("key => sessionStorage.getItem(key)", checklist.HANDOFF_KEY) is None  # read once, removed


def test_a_link_opened_in_a_new_tab_hands_nothing_over_and_leaves_nothing_behind(page, site_url):
    answer_checklist(page, site_url, [SIGNS["doctor"][0].id])
    link = page.locator('[data-checklist-outcome="doctor"] a[data-checklist-carry]')
    with page.context.expect_page() as opened:
        link.click(modifiers=["Control"])
    opened.value.wait_for_load_state()
    assert page.evaluate("key => sessionStorage.getItem(key)", checklist.HANDOFF_KEY) is None
    opened.value.wait_for_selector(READY, state="attached")
    assert answers(opened.value) == {}
    opened.value.close()


def test_storage_turned_off_is_said_in_words(browser, site_url):
    context = browser.new_context()
    context.add_init_script(
        "Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });"
    )
    try:
        page = context.new_page()
        errors = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        open_form(page, site_url)
        expect(page.locator("[data-appointment-status]")).to_have_text(WORDS.storage_off)
        expect(page.get_by_label(WORDS.keep_label)).to_be_hidden()
        assert errors == []
    finally:
        context.close()
