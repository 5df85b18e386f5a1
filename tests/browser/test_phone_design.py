"""Phone-first care design, measured in a real Chromium at 390 x 844 (and 360 wide) and 1280 x 900.

- The emergency path: the checklist's first box is on the first screen; after a tick on any
  emergency item a tap-to-call button at least 44 px tall is wholly in view (timed), with the
  number that fits the browser's language first, and no print button.
- Care cards: one label, one colour and one icon per tier, the same on every page.
- Nothing wider than the article at 360 and 390 px; every body-map target at least 24 x 24 px.
- Each page's summary on its first screen; article lengths in phone screens, printed.

Figures are printed and written to test-results/phone-design.json.
"""

from __future__ import annotations

import statistics

import pytest
from playwright.sync_api import expect

from support.browser import MATERIAL_SCHEMES, switch_scheme, without_search_index
from support.project import mkdocs_config
from support.site_pages import PHONE_DESIGN, page_paths, record

PHONE = {"width": 390, "height": 844}
NARROW = {"width": 360, "height": 800}
DESKTOP = {"width": 1280, "height": 900}
VIEWPORTS = {"phone": PHONE, "desktop": DESKTOP}
SCHEMES = list(MATERIAL_SCHEMES)
HELP = "help/when-to-get-help/"
CALL_BUTTON_MIN_HEIGHT = 44
TARGET_MIN = 24


MEDIAN_SCREENS, MAX_SCREENS = 3.5, 8.0
# Reference lists, not read top to bottom (the method page lists every clause of the guidance).
# The checklist and the appointment form are forms to answer, not read through; their own
# tests measure them (first box on the first screen, the result in view, reading time).
NOT_ARTICLES = {
    "glossary/",
    "sources/",
    "help/how-the-checklist-decides/",
    "help/when-to-get-help/",
    "help/for-your-appointment/",
}


@pytest.fixture
def tab(browser, request):
    """A new page: request.param = (viewport name or dict, scheme, locale). In the language of
    conftest's `page` (en-GB) it is that page, sized and in that scheme; in another language,
    a page in a context of its own."""
    viewport, scheme, locale = request.param
    size = VIEWPORTS.get(viewport, viewport) if isinstance(viewport, str) else viewport
    if locale == "en-GB":
        page = request.getfixturevalue("page")
        page.set_viewport_size(size)
        page.emulate_media(color_scheme=scheme)
        yield page
        return
    context = browser.new_context(viewport=size, color_scheme=scheme, locale=locale)
    without_search_index(context)
    yield context.new_page()
    context.close()


LAYOUTS = [(v, s, "en-GB") for v in VIEWPORTS for s in SCHEMES]
LAYOUT_IDS = [f"{v}-{s}" for v, s, _ in LAYOUTS]

# Every page is loaded once at 390 x 844 and measured for all the page-wide tests at once
# (tier labels, width, summary, length); the same page is then resized to 360 and to
# 1280 wide and measured again, and back at 390 measured once more after the device
# switches to the dark scheme (the page follows it), rather than loaded again.
SWEEP_LAYOUTS = {
    "390-light": (PHONE, "light"),
    "360-light": (NARROW, "light"),
    "1280-light": (DESKTOP, "light"),
    "390-dark": (PHONE, "dark"),
}
MEASURE_PAGE = """path => {
    const article = document.querySelector('article.md-content__inner');
    const edge = article.getBoundingClientRect().right + 1;
    const wide = [];
    for (const el of article.querySelectorAll('table, figure, svg, .care-card, .checklist, pre, ul, ol, p')) {
        const r = el.getBoundingClientRect();
        const width = el.tagName === 'TABLE' ? el.scrollWidth : r.width;
        if (r.width && (r.left + width > edge)) {
            wide.push(`${path} ${el.tagName}.${el.className}: ${Math.round(r.left + width)} > ${Math.round(edge)}`);
        }
    }
    if (document.scrollingElement.scrollWidth > innerWidth) wide.push(`${path}: the page scrolls sideways`);
    return {
        wide,
        summaryBottom: document.querySelector('.page-summary').getBoundingClientRect().bottom,
        articleHeight: article.getBoundingClientRect().height,
        stackedTables: [...article.querySelectorAll('table.cause-table')].map(
            table => getComputedStyle(table.querySelector('tbody tr')).display === 'block'),
        labels: [...document.querySelectorAll('.care-label')].map(l => [
            [...l.classList].find(c => c.startsWith('care--')).slice(6), l.textContent.trim(),
            getComputedStyle(l).backgroundColor, l.querySelector('svg path').getAttribute('d')]),
    };
}"""


@pytest.fixture(scope="module")
def measured(browser, site_url, built_site) -> dict[str, dict[str, dict]]:
    """layout -> page path -> what MEASURE_PAGE found there."""
    found: dict[str, dict[str, dict]] = {layout: {} for layout in SWEEP_LAYOUTS}
    context = browser.new_context(viewport=PHONE, color_scheme="light", locale="en-GB")
    without_search_index(context)
    tab = context.new_page()
    for path in page_paths(built_site, missing=False):
        tab.emulate_media(color_scheme="light")
        tab.goto(site_url + path)
        for layout, (viewport, scheme) in SWEEP_LAYOUTS.items():
            tab.set_viewport_size(viewport)
            if scheme != "light":
                switch_scheme(tab, scheme)
            found[layout][path] = tab.evaluate(MEASURE_PAGE, path)
    context.close()
    return found


# -- the emergency path ----------------------------------------------------------


@pytest.mark.parametrize("tab", LAYOUTS, ids=LAYOUT_IDS, indirect=True)
def test_the_first_checklist_box_is_on_the_first_screen(tab, site_url, capsys, request):
    tab.goto(site_url + HELP)
    box = tab.locator(".checklist input[type=checkbox]").first
    rect = box.bounding_box()
    assert rect["y"] >= 0 and rect["y"] + rect["height"] <= tab.viewport_size["height"], rect
    record(
        PHONE_DESIGN,
        f"first checklist box bottom, px ({request.node.callspec.id})",
        round(rect["y"] + rect["height"]),
        capsys,
    )


READING_WORDS_PER_MINUTE = 238  # average silent reading of non-fiction by adults (Brysbaert 2019)


@pytest.mark.parametrize("tab", [("phone", "light", "en-GB")], indirect=True)
def test_the_checklist_reading_time_for_a_reader_with_nothing_serious_is_measured(tab, site_url, kb, capsys):
    """A reader with nothing serious reads every group's question and signs above the last, and
    ticks "None of these" three times: the words they read, and that at an average pace."""
    tab.goto(site_url + HELP)
    words = tab.eval_on_selector_all(
        "[data-checklist-group]:not(:last-of-type) :is(legend, label)",
        "nodes => nodes.map(n => n.innerText.trim().split(/\\s+/).length).reduce((a, b) => a + b, 0)",
    )
    groups = [tier for tier, flags in kb.red_flags_by_tier().items() if flags][:-1]
    shown = tab.eval_on_selector_all(
        "[data-checklist-group]:not(:last-of-type) input[name=answer]", "nodes => nodes.map(n => n.value)"
    )
    assert shown == [f.id for t in groups for f in kb.red_flags_by_tier()[t]]  # every sign above the last group
    assert words >= sum(len(f.text.split()) for f in kb.red_flags.values() if f.tier in groups)
    seconds = round(words / READING_WORDS_PER_MINUTE * 60)
    record(PHONE_DESIGN, "checklist words read with nothing serious, and seconds at 238 wpm", [words, seconds], capsys)


def emergency_ids(kb) -> list[str]:
    return [flag.id for flag in kb.red_flags_by_tier()["emergency"]]


@pytest.mark.parametrize("tab", LAYOUTS, ids=LAYOUT_IDS, indirect=True)
def test_any_emergency_tick_brings_a_big_call_button_into_view_at_once(tab, site_url, kb, capsys, request):
    tab.goto(site_url + HELP)
    timings = []
    for flag_id in emergency_ids(kb):
        tab.locator(".checklist button[type=reset]").click()
        tab.locator(f"label[for=checklist-{flag_id}]").scroll_into_view_if_needed()
        # Tick as a reader does, then time until the next two frames are drawn.
        measured = tab.evaluate(
            """id => new Promise(done => {
                const start = performance.now();
                document.querySelector(`label[for=checklist-${id}]`).click();
                requestAnimationFrame(() => requestAnimationFrame(() => {
                    const visible = [...document.querySelectorAll('a.care-call__button')].filter(a => {
                        const r = a.getBoundingClientRect();
                        return a.offsetParent && r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth;
                    });
                    done({ms: performance.now() - start, heights: visible.map(a => a.getBoundingClientRect().height),
                          hrefs: visible.map(a => a.getAttribute('href'))});
                }));
            })""",
            flag_id,
        )
        assert measured["heights"], f"{flag_id}: no call button wholly in view after the tick"
        assert max(measured["heights"]) >= CALL_BUTTON_MIN_HEIGHT, (flag_id, measured)
        assert "tel:999" in measured["hrefs"], (flag_id, measured)
        assert tab.locator("[data-checklist-print]").is_hidden(), "printing is not the next step in an emergency"
        timings.append(measured["ms"])
    record(
        PHONE_DESIGN,
        f"call button in view after an emergency tick, ms, worst ({request.node.callspec.id})",
        round(max(timings), 1),
        capsys,
    )


@pytest.mark.parametrize("tab", [("phone", "light", "en-GB")], indirect=True)
def test_every_outcome_follows_the_reader_and_is_announced(tab, site_url, kb):
    tab.goto(site_url + HELP)
    bar = tab.locator("[data-checklist-bar]")
    assert bar.is_hidden()
    first_of = {tier: flags[0].id for tier, flags in kb.red_flags_by_tier().items() if flags}
    for tier_id in list(first_of)[:-1]:  # "None of these" above: each tick below then raises the outcome
        tab.locator(f"label[for=checklist-none-{tier_id}]").click()
    for tier_id in reversed(list(first_of)):  # least urgent first, so each tick raises the outcome
        tab.locator(f"label[for=checklist-{first_of[tier_id]}]").click()
        outcome = tab.locator(f'[data-checklist-bar-outcome="{tier_id}"]')
        outcome.wait_for(state="visible")
        box = outcome.bounding_box()
        assert box["y"] >= 0 and box["y"] + box["height"] <= PHONE["height"], (tier_id, box)
        heading = kb.tiers[tier_id].heading_with("999")
        assert heading in outcome.inner_text()
        live = "assertive" if tier_id == "emergency" else "polite"
        assert heading in tab.locator(f'[data-checklist-announce="{live}"]').inner_text()
    tab.locator(".checklist button[type=reset]").click()
    bar.wait_for(state="hidden")


@pytest.mark.parametrize(
    "tab, number",
    [
        (("phone", "light", "en-GB"), "999"),
        (("phone", "light", "en-US"), "911"),
        (("phone", "light", "en-CA"), "911"),
        (("phone", "light", "en-AU"), "000"),
        (("phone", "light", "fr-FR"), "112"),
        (("phone", "light", "en"), "112"),
    ],
    ids=["en-GB", "en-US", "en-CA", "en-AU", "fr-FR", "en"],
    indirect=["tab"],
)
def test_the_call_button_puts_first_the_number_for_the_browsers_language(tab, site_url, kb, number):
    tab.goto(site_url + HELP)
    tab.locator(f"label[for=checklist-{emergency_ids(kb)[0]}]").click()
    bar = tab.locator('[data-checklist-bar-outcome="emergency"]')
    assert bar.locator("a.care-call__button").get_attribute("href") == f"tel:{number}"
    assert f"Call {number} now" in bar.inner_text()
    others = bar.locator(".care-call__others a").all_inner_texts()
    assert sorted([*others, number]) == sorted(p.number for p in kb.tiers["emergency"].phone_numbers)
    # Every emergency heading on the page says the same number.
    assert set(tab.locator("[data-emergency-number]").all_inner_texts()) == {number}


# -- care cards --------------------------------------------------------------------


@pytest.mark.parametrize("layout", ["390-light", "390-dark"], ids=SCHEMES)
def test_each_tier_has_one_label_colour_and_icon_everywhere(measured, layout, kb):
    seen: dict[str, set] = {}
    for measures in measured[layout].values():
        for tier_id, text, colour, icon in measures["labels"]:
            seen.setdefault(tier_id, set()).add((text, colour, icon))
    assert set(seen) == set(kb.tiers)
    for tier_id, looks in seen.items():
        assert len(looks) == 1, (tier_id, looks)
        assert next(iter(looks))[0] == kb.tiers[tier_id].name


# -- fitting a phone ------------------------------------------------------------------


@pytest.mark.parametrize("layout", ["360-light", "390-light"], ids=["360", "390"])
def test_nothing_is_wider_than_the_article(measured, layout):
    assert [problem for measures in measured[layout].values() for problem in measures["wide"]] == []


@pytest.mark.parametrize("layout", ["360-light", "390-light"], ids=["360", "390"])
def test_cause_tables_stack_into_rows_on_a_phone(measured, layout):
    """The NHS responsive table: on a phone every row of every cause table is a block of its own."""
    tables = {path: m["stackedTables"] for path, m in measured[layout].items() if m["stackedTables"]}
    assert len(tables) >= 7, tables
    assert {path: stacked for path, stacked in tables.items() if not all(stacked)} == {}


@pytest.mark.parametrize(
    "tab", [(NARROW, "light", "en-GB"), ("phone", "light", "en-GB")], ids=["360", "390"], indirect=True
)
def test_the_header_shows_the_whole_site_name(tab, site_url, kb):
    """Beside "Get help" and the header buttons the site name wraps rather than being cut."""
    tab.goto(site_url)
    name = tab.locator(".md-header__topic .md-ellipsis").first
    expect(name).to_have_text(mkdocs_config()["site_name"])
    clipped = name.evaluate("e => e.scrollHeight > e.clientHeight || e.scrollWidth > e.clientWidth")
    assert not clipped


def body_map_targets(page) -> list[list]:
    return page.evaluate(
        """() => [...document.querySelectorAll('.bodymap__site')].flatMap(site =>
            [...site.querySelectorAll('.bodymap__shape, .bodymap__hit')].map(shape => {
                const r = shape.getBoundingClientRect();
                return [site.getAttribute('aria-label'), shape.tagName, Math.round(r.width * 10) / 10, Math.round(r.height * 10) / 10];
            }))"""
    )


@pytest.mark.parametrize(
    "tab",
    [(NARROW, "light", "en-GB"), ("phone", "dark", "en-GB"), ("desktop", "light", "en-GB")],
    ids=["360", "390", "1280"],
    indirect=True,
)
def test_every_body_map_target_is_at_least_24_px_each_way(tab, site_url, kb, capsys, request):
    for path in ["", "body-sites/"]:
        tab.goto(site_url + path)
        targets = body_map_targets(tab)
        assert {name for name, *_ in targets} == {site.name for site in kb.sites.values()}
        smallest = min(targets, key=lambda t: min(t[2], t[3]))
        assert min(smallest[2], smallest[3]) >= TARGET_MIN, smallest
    record(PHONE_DESIGN, f"smallest body-map target ({request.node.callspec.id})", smallest, capsys)


# -- leading with the answer, and half the scrolling ---------------------------------------


@pytest.mark.parametrize("layout", ["390-light", "1280-light"], ids=["phone", "desktop"])
def test_each_pages_summary_is_on_its_first_screen(measured, layout):
    height = SWEEP_LAYOUTS[layout][0]["height"]
    late = [(path, round(m["summaryBottom"])) for path, m in measured[layout].items() if m["summaryBottom"] > height]
    assert late == []


def test_articles_are_short_on_a_phone(measured, capsys):
    screens = {
        path or "(home)": round(m["articleHeight"] / PHONE["height"], 2)
        for path, m in measured["390-light"].items()
        if path not in NOT_ARTICLES
    }
    median, longest = statistics.median(screens.values()), max(screens.values())
    record(PHONE_DESIGN, "article length in 390 x 844 screens", screens, capsys)
    record(PHONE_DESIGN, "article length, median and longest", [median, longest], capsys)
    assert median <= MEDIAN_SCREENS and longest <= MAX_SCREENS, screens


@pytest.mark.parametrize("tab", [("phone", "light", "en-GB")], indirect=True)
def test_the_result_bar_never_hides_the_box_that_has_focus(tab, site_url, kb):
    """WCAG 2.2, 2.4.11: tabbing on through the list with the bar showing keeps each box clear of it."""
    tab.goto(site_url + HELP)
    first = kb.red_flags_by_tier()["emergency"][0].id
    tab.locator(f"#checklist-{first}").focus()
    tab.keyboard.press("Space")
    tab.locator('[data-checklist-bar-outcome="emergency"]').wait_for(state="visible")
    for _ in range(len(kb.red_flags) - 1):
        tab.keyboard.press("Tab")
        clear = tab.evaluate(
            """() => {
                const box = document.activeElement.getBoundingClientRect();
                const bar = document.querySelector('[data-checklist-bar]').getBoundingClientRect();
                return box.bottom <= bar.top || box.top >= bar.bottom;
            }"""
        )
        assert clear, tab.evaluate("document.activeElement.id")
