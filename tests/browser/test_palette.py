"""The light/dark toggle (overrides/partials/palette.html and javascripts/palette.html), and
the two ways a page load used to restyle the whole page for nothing: the theme's palette
component, and its rewrite of every stylesheet link (macros/material/link_addresses.py)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from support.browser import MATERIAL_SCHEMES
from support.project import mkdocs_config, project_knowledge

PALETTE = mkdocs_config()["theme"]["palette"]
# The toggle's names are words (wording.yml), given to the palette's options as the build starts.
NAMES = project_knowledge().words.theme.palette_toggles
SCHEME = "() => document.body.getAttribute('data-md-color-scheme')"
CHOICE = "() => Object.keys(localStorage).filter(key => key.endsWith('.__palette_choice'))"

# Records, as the parser goes, the scheme <body> has when the article first exists, every
# change to a stylesheet or icon link's address, whether the theme's "switching" mark (set
# while it restyles the page for a scheme) ever appears, and any layout shift in the header.
WATCH_LOAD = """
window.__load = {schemeAtArticle: null, linkChanges: [], switching: false, headerShifts: []};
new PerformanceObserver(list => {
  for (const shift of list.getEntries()) {
    for (const source of shift.sources) {
      if (source.node && source.node.closest && source.node.closest('header')) {
        window.__load.headerShifts.push(source.node.className + ' ' + shift.value);
      }
    }
  }
}).observe({type: 'layout-shift', buffered: true});
new MutationObserver(records => {
  for (const record of records) {
    if (record.type === 'attributes' && record.target.nodeName === 'LINK') {
      window.__load.linkChanges.push(record.oldValue + ' -> ' + record.target.getAttribute('href'));
    }
    if (record.type === 'attributes' && record.attributeName === 'data-md-color-switching') {
      window.__load.switching = true;
    }
  }
  if (window.__load.schemeAtArticle === null && document.querySelector('article')) {
    window.__load.schemeAtArticle = document.body.getAttribute('data-md-color-scheme');
  }
}).observe(document, {subtree: true, childList: true, attributes: true, attributeOldValue: true,
                      attributeFilter: ['href', 'data-md-color-switching']});
"""


def toggle(page):
    return page.locator("[data-palette-option]:visible")


@pytest.mark.parametrize("device", ["light", "dark"])
def test_the_scheme_follows_the_device_before_the_article_is_drawn_and_nothing_restyles_it(browser, site_url, device):
    context = browser.new_context(color_scheme=device)
    context.add_init_script(WATCH_LOAD)
    page = context.new_page()
    try:
        page.goto(site_url + "causes/stress-and-anxiety/")
        load = page.evaluate("() => window.__load")
        assert load["schemeAtArticle"] == MATERIAL_SCHEMES[device], load
        assert page.evaluate(SCHEME) == MATERIAL_SCHEMES[device]
        # The button shown switches away from the device's scheme; one button only.
        expect(toggle(page)).to_have_count(1)
        expect(toggle(page)).to_have_attribute("aria-label", NAMES[0 if device == "light" else 1])
        assert page.evaluate("() => document.querySelector('meta[name=color-scheme]').content") == device
        # No stylesheet or icon link changes address after the build wrote it, and the
        # theme never marks the page as switching schemes: no whole-page restyle on load.
        assert load["linkChanges"] == [], load
        assert load["switching"] is False, load
        # The toggle and the search button are in place from the first paint: nothing in
        # the header moves as the page loads.
        assert load["headerShifts"] == [], load
        assert page.evaluate(CHOICE) == []  # nothing is kept until the reader chooses
    finally:
        context.close()


def test_the_toggle_switches_keeps_the_choice_and_keeps_focus_on_the_toggle(browser, site_url):
    context = browser.new_context(color_scheme="light")
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        page.goto(site_url)
        toggle(page).focus()
        page.keyboard.press("Enter")
        assert page.evaluate(SCHEME) == "slate"
        assert page.evaluate("() => document.activeElement.getAttribute('aria-label')") == NAMES[1]
        assert page.evaluate("() => document.querySelector('meta[name=color-scheme]').content") == "dark"
        assert len(page.evaluate(CHOICE)) == 1

        page.reload()
        assert page.evaluate(SCHEME) == "slate"  # the reader's choice wins over the device
        page.locator(".md-content a[href*='what-is-a-twitch']").first.click()
        page.wait_for_url("**/what-is-a-twitch/")
        assert page.evaluate(SCHEME) == "slate"  # and holds under instant navigation

        toggle(page).click()
        assert page.evaluate(SCHEME) == "default"
        assert errors == []
    finally:
        context.close()


def test_with_no_choice_the_scheme_follows_the_device_as_it_changes(page, site_url):
    page.emulate_media(color_scheme="light")
    page.goto(site_url)
    assert page.evaluate(SCHEME) == "default"
    page.emulate_media(color_scheme="dark")
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    expect(toggle(page)).to_have_attribute("aria-label", NAMES[1])


def test_without_javascript_no_toggle_shows(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(site_url)
        expect(page.locator("[data-palette-option]")).to_have_count(len(PALETTE))
        expect(toggle(page)).to_have_count(0)
    finally:
        context.close()
