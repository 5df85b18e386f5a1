"""The own stylesheets and scripts as shipped: comments out, meaning kept."""

from __future__ import annotations

import gzip
import pathlib

import pytest

from macros.assets import BundleError, shrink, write_bundles
from support.project import ROOT, mkdocs_config


def test_comments_indentation_and_blank_lines_go():
    css = "/* what it is */\n.a {\n  color: red; /* why */\n}\n\n"
    assert shrink(css) == ".a {\ncolor: red;\n}\n"
    js = '// about\n(function () {\n  "use strict"; // kept: not a whole-line comment\n})();\n'
    assert shrink(js) == '(function () {\n"use strict"; // kept: not a whole-line comment\n})();\n'


def test_no_comment_marker_hides_inside_a_string_in_the_real_assets():
    # shrink() is not a parser: it relies on the own assets having no "/*" or "//" in a string.
    for path in (ROOT / "overrides" / "assets").rglob("*.js"):
        text = path.read_text(encoding="utf-8")
        for marker in ('"/*', "'/*", '"//', "'//"):
            assert marker not in text, (path.name, marker)


BUNDLES = mkdocs_config()["extra"]["bundles"]


def built_parts(tmp_path: pathlib.Path) -> pathlib.Path:
    """The parts as the theme copies them into a built site."""
    for path in (ROOT / "overrides" / "assets").rglob("*.*"):
        if path.suffix in (".css", ".js"):
            copy = tmp_path / path.relative_to(ROOT / "overrides")
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    return tmp_path


def test_every_own_stylesheet_and_script_is_in_exactly_one_bundle():
    parts = [part for members in BUNDLES.values() for part in members]
    on_disk = sorted(
        path.relative_to(ROOT / "overrides").as_posix()
        for path in (ROOT / "overrides" / "assets").rglob("*.*")
        if path.suffix in (".css", ".js")
    )
    assert sorted(parts) == on_disk
    assert {"assets/stylesheets/site.css", "assets/javascripts/site.js"} <= set(BUNDLES)


def test_bundles_replace_their_parts_in_order_and_lose_a_fifth_or_more_gzipped(tmp_path):
    site = built_parts(tmp_path)
    before = sum(len(gzip.compress((site / part).read_bytes(), 9)) for parts in BUNDLES.values() for part in parts)
    texts = {part: shrink((site / part).read_text(encoding="utf-8")) for parts in BUNDLES.values() for part in parts}
    write_bundles(site, BUNDLES)
    for target, parts in BUNDLES.items():
        bundle = (site / target).read_text(encoding="utf-8")
        positions = [bundle.index(texts[part]) for part in parts]
        assert positions == sorted(positions), target
        assert not any((site / part).exists() for part in parts)
    after = sum(len(gzip.compress((site / target).read_bytes(), 9)) for target in BUNDLES)
    assert after <= 0.8 * before, (before, after)


def test_a_missing_part_stops_the_build(tmp_path):
    site = built_parts(tmp_path)
    with pytest.raises(BundleError, match=r"extra.bundles\['assets/x.css'\]: no such part: assets/nope.css"):
        write_bundles(site, {"assets/x.css": ["assets/nope.css"]})
