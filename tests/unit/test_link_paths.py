"""Relative links between docs pages, as Markdown targets and as built URLs."""

import pytest

from macros.links import html_link, md_link, page_url, relative_link, url_between


@pytest.mark.parametrize(
    "src, url", [("index.md", ""), ("causes/index.md", "causes/"), ("causes/nicotine.md", "causes/nicotine/")]
)
def test_page_url_follows_directory_urls(src, url):
    assert page_url(src) == url


@pytest.mark.parametrize(
    "from_page, target, expected",
    [
        ("causes/nicotine.md", "body-sites/hips-and-legs.md#calves", "../../body-sites/hips-and-legs/#calves"),
        ("causes/index.md", "causes/nicotine.md", "nicotine/"),
        ("causes/index.md", "body-sites/feet.md#toes", "../body-sites/feet/#toes"),
        ("index.md", "causes/index.md", "causes/"),
        ("causes/nicotine.md", "index.md", "../../"),
        ("body-sites/feet.md", "body-sites/feet.md#toes", "#toes"),
        ("body-sites/feet.md", "body-sites/index.md", "../"),
    ],
)
def test_url_between_pages(from_page, target, expected):
    assert url_between(from_page, target) == expected


def test_markdown_link_is_relative_to_the_docs_file():
    assert (
        relative_link("causes/nicotine.md", "help/when-to-get-help.md#doctor") == "../help/when-to-get-help.md#doctor"
    )
    assert md_link("A & B", "index.md", "causes/index.md") == "[A &amp; B](causes/index.md)"


def test_html_link_escapes_text():
    assert html_link("<x>", "index.md", "about.md") == '<a href="about/">&lt;x&gt;</a>'
