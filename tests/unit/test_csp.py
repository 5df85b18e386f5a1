"""The policy builder: which inline scripts it hashes, and the hash the browser computes."""

from __future__ import annotations

import base64
import hashlib

import pytest

from macros.csp import (
    PLACEHOLDER,
    PolicyError,
    apply_policy,
    base_urls,
    inline_script_hashes,
    known_script_hashes,
    policy,
)


def sha(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def test_only_scripts_the_browser_runs_inline_are_hashed():
    html = (
        "<script>a=1</script>"
        '<script type="text/javascript">b=2</script>'
        '<script type="module">c=3</script>'
        '<script src="x.js"></script>'
        '<script id="__config" type="application/json">{"d": 4}</script>'
        '<script type="application/ld+json">{"e": 5}</script>'
    )
    assert inline_script_hashes(html) == {sha("a=1"), sha("b=2"), sha("c=3")}


def test_the_hash_is_of_the_exact_text_whitespace_included():
    # Chromium reports this hash for <script>\n  alert(1)\n</script> in its console.
    assert inline_script_hashes("<script>\n  alert(1)\n</script>") == {sha("\n  alert(1)\n")}


def test_every_page_gets_one_policy_with_the_known_scripts_it_uses(tmp_path):
    first, second = tmp_path / "a.html", tmp_path / "b.html"
    first.write_text(f'<meta content="{PLACEHOLDER}"><script>one()</script>', encoding="utf-8")
    second.write_text(f'<meta content="{PLACEHOLDER}"><script>two()</script>', encoding="utf-8")
    text = apply_policy([first, second], {sha("one()"), sha("two()"), sha("unused()")}, tmp_path)
    assert text == policy({sha("one()"), sha("two()")})
    for page in (first, second):
        assert f'content="{text}"' in page.read_text(encoding="utf-8")
    assert "script-src 'self' 'sha256-" in text and "'unsafe-inline'" not in text


def test_an_inline_script_no_template_writes_stops_the_build_naming_the_page(tmp_path):
    (tmp_path / "sources").mkdir()
    page = tmp_path / "sources" / "index.html"
    page.write_text(f'<meta content="{PLACEHOLDER}"><script>known()</script><h2>x<script>steal()</script></h2>')
    with pytest.raises(PolicyError) as caught:
        apply_policy([page], {sha("known()")}, tmp_path)
    assert str(caught.value) == (
        "sources/index.html: an inline script no template writes ('steal()'); scripts may not come from data or pages"
    )
    assert PLACEHOLDER in page.read_text()  # nothing was written


@pytest.mark.parametrize(
    "link", ['<a href="javascript:alert(1)">', "<a href='JavaScript:x'>", '<img src="data:text/html,x">']
)
def test_a_link_whose_address_runs_script_stops_the_build(tmp_path, link):
    page = tmp_path / "index.html"
    page.write_text(f'<meta content="{PLACEHOLDER}">{link}')
    with pytest.raises(PolicyError, match=r"index\.html: a link whose address runs script"):
        apply_policy([page], set(), tmp_path)


def test_known_scripts_are_rendered_from_their_templates_for_each_folder_depth(tmp_path):
    for name in ["index.html", "a/index.html", "a/b/index.html", "404.html"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("")
    bases = base_urls(sorted(tmp_path.rglob("*.html")), tmp_path, "/site/")
    assert bases == {".", "..", "../..", "/site/"}
    rendered = known_script_hashes(lambda template, base: f"<script>{template}@{base}</script>", {".", ".."})
    assert sha("partials/javascripts/base.html@..") in rendered and len(rendered) == 6


@pytest.mark.parametrize(
    "markup, problem",
    [
        ('<script type="text/ecmascript">steal()</script>', "an inline script no template writes"),
        ('<script data-src="x">steal()</script>', "an inline script no template writes"),
        ('<a href="java&#115;cript:alert(1)">', "a link whose address runs script"),
        ('<a href="java\tscript:alert(1)">', "a link whose address runs script"),
        ('<p onclick="steal()">', "markup that runs or loads something by itself"),
        ('<meta http-equiv="refresh" content="0;url=http://other.example/">', "markup that runs or loads"),
        ('<iframe srcdoc="x"></iframe>', "markup that runs or loads"),
    ],
    ids=["script-type", "data-src", "entity", "tab", "handler", "refresh", "iframe"],
)
def test_scripts_and_active_markup_in_any_disguise_stop_the_build(tmp_path, markup, problem):
    page = tmp_path / "index.html"
    page.write_text(f'<meta content="{PLACEHOLDER}">{markup}')
    with pytest.raises(PolicyError, match=problem):
        apply_policy([page], set(), tmp_path)


def test_a_page_without_the_policy_or_an_svg_with_a_script_stops_the_build(tmp_path):
    (tmp_path / "print-help.html").write_text("<p>no policy here</p>")
    (tmp_path / "diagram.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"><script>steal()</script></svg>')
    with pytest.raises(PolicyError) as caught:
        apply_policy([tmp_path / "print-help.html"], set(), tmp_path)
    assert "diagram.svg: an SVG image with a script" in str(caught.value)
    assert "print-help.html: a page without the site's policy" in str(caught.value)
