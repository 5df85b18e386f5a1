"""Every built page carries the Content-Security-Policy, first in <head>, and it allows
only the site itself and the theme's own inline scripts (by hash), never a whole class of
inline code, another host, a frame, a plugin or a form submission."""

from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup

from macros.csp import PLACEHOLDER, inline_script_hashes

SAFE_KEYWORDS = {"'self'", "'none'"}
HASH = re.compile(r"^'sha256-[A-Za-z0-9+/]+=*'$")


def parse_policy(text: str) -> dict[str, list[str]]:
    directives = {}
    for part in text.split(";"):
        name, *values = part.split()
        assert name not in directives, f"{name} given twice"
        directives[name] = values
    return directives


@pytest.fixture(scope="module")
def pages(built_site) -> dict[str, tuple[str, str]]:
    """Each built page: (its policy, its whole HTML)."""
    site, found = built_site, {}
    for path in sorted(site.rglob("*.html")):
        html = path.read_text(encoding="utf-8")
        head = BeautifulSoup(html, "html.parser").head
        metas = head.find_all("meta", attrs={"http-equiv": "Content-Security-Policy"})
        assert len(metas) == 1, f"{path.relative_to(site)}: {len(metas)} policies"
        # A meta policy governs what comes after it: no script or stylesheet may come first.
        earlier = metas[0].find_all_previous(["script", "style", "link"])
        loaded = [tag for tag in earlier if tag.name != "link" or "stylesheet" in tag.get("rel", [])]
        assert loaded == [], f"{path.relative_to(site)}: the policy comes after {loaded}"
        found[path.relative_to(site).as_posix()] = (metas[0]["content"], html)
    return found


def test_every_page_has_the_same_policy_first_in_its_head(pages):
    found = pages
    assert "index.html" in found and "404.html" in found
    texts = {policy for policy, _ in found.values()}
    assert len(texts) == 1, "pages differ in policy: instant navigation keeps the first page's"
    assert PLACEHOLDER not in texts.pop()


def test_the_policy_allows_only_the_site_and_the_themes_inline_scripts(pages):
    policy, _ = next(iter(pages.values()))
    directives = parse_policy(policy)
    assert directives["default-src"] == ["'none'"]
    for name in ("frame-src", "object-src", "form-action"):
        assert directives[name] == ["'none'"], name
    for name in ("style-src", "font-src", "connect-src", "worker-src", "manifest-src", "base-uri"):
        assert directives[name] == ["'self'"], name
    assert directives["img-src"] == ["'self'", "data:"]  # the theme's icons are data: URLs in its CSS
    script_sources = directives["script-src"]
    assert script_sources[0] == "'self'"
    assert script_sources[1:] and all(HASH.match(source) for source in script_sources[1:]), script_sources
    everything = " ".join(value for values in directives.values() for value in values)
    for loophole in ("'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'strict-dynamic'", "*", "http:", "https:"):
        assert loophole not in everything.split(), loophole


def test_every_inline_script_on_every_page_is_allowed_by_hash_and_nothing_more(pages):
    found = pages
    policy = next(iter(found.values()))[0]
    allowed = set(parse_policy(policy)["script-src"][1:])
    used = set().union(*(inline_script_hashes(html) for _, html in found.values()))
    assert used == allowed, f"not allowed: {used - allowed}; allowed but unused: {allowed - used}"
    for path, (_, html) in found.items():
        soup = BeautifulSoup(html, "html.parser")
        handlers = [f"{tag.name}[{name}]" for tag in soup.find_all(True) for name in tag.attrs if name.startswith("on")]
        styled = [tag.name for tag in soup.find_all(style=True)] + [tag.name for tag in soup.find_all("style")]
        assert handlers == [], f"{path}: inline event handlers would be blocked: {handlers}"
        assert styled == [], f"{path}: inline styles would be blocked: {styled}"
