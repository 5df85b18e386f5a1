"""The shared browser context (conftest.py `shared_context`) keeps tests apart: a test's page
starts with nothing the test before it stored, and the fixtures are not mixed up."""

from __future__ import annotations

import pytest

from support.fixtures import forget_site_data

STORE = """() => {
    localStorage.setItem('left-behind', '1');
    sessionStorage.setItem('left-behind', '1');
    document.cookie = 'left-behind=1; path=/; max-age=3600';
    return new Promise(done => {
        const request = indexedDB.open('left-behind');
        request.onsuccess = () => { request.result.close(); done(true); };
    });
}"""

FOUND = """async () => [
    localStorage.getItem('left-behind'),
    sessionStorage.getItem('left-behind'),
    document.cookie.includes('left-behind'),
    (await indexedDB.databases()).some(db => db.name === 'left-behind'),
]"""


def test_a_page_finds_nothing_an_earlier_page_stored(shared_context, site_url):
    earlier = shared_context.new_page()
    earlier.goto(site_url)
    earlier.evaluate(STORE)
    assert earlier.evaluate(FOUND) == ["1", "1", True, True]  # so the check below can fail
    earlier.close()
    forget_site_data(shared_context, site_url)
    later = shared_context.new_page()
    try:
        later.goto(site_url)
        assert later.evaluate(FOUND) == [None, None, False, False]
    finally:
        later.close()


def test_each_test_gets_a_page_of_its_own(page, shared_context):
    assert page.context is shared_context
    assert page.url == "about:blank"
    assert page not in shared_context.pages[:1]  # not the page kept open for the run


@pytest.mark.search_worker
def test_a_test_that_needs_search_gets_a_context_of_its_own(page, shared_context):
    assert page.context is not shared_context
