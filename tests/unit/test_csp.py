"""The policy builder: which inline scripts it hashes, and the hash the browser computes."""

from __future__ import annotations

import base64
import hashlib

from macros.csp import PLACEHOLDER, apply_policy, inline_script_hashes, policy


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


def test_every_page_gets_one_policy_with_every_pages_scripts(tmp_path):
    first, second = tmp_path / "a.html", tmp_path / "b.html"
    first.write_text(f'<meta content="{PLACEHOLDER}"><script>one()</script>', encoding="utf-8")
    second.write_text(f'<meta content="{PLACEHOLDER}"><script>two()</script>', encoding="utf-8")
    text = apply_policy([first, second])
    assert text == policy({sha("one()"), sha("two()")})
    for page in (first, second):
        assert f'content="{text}"' in page.read_text(encoding="utf-8")
    assert "script-src 'self' 'sha256-" in text and "'unsafe-inline'" not in text
