"""The own stylesheets and scripts as shipped: comments out, meaning kept."""

from __future__ import annotations

import gzip
import pathlib

import pytest

from macros.assets import BundleError, shrink, write_bundles
from macros.components import bundles
from support.project import ROOT, mkdocs_config


def test_comments_indentation_and_blank_lines_go():
    css = "/* what it is */\n.a {\n  color: red; /* why */\n}\n\n"
    assert shrink(css) == ".a {\ncolor: red;\n}\n"
    js = '// about\n(function () {\n  "use strict"; // kept: not a whole-line comment\n})();\n'
    assert shrink(js) == '(function () {\n"use strict"; // kept: not a whole-line comment\n})();\n'


THEME_PARTS = mkdocs_config()["extra"]["bundles"]
BUNDLES = bundles(THEME_PARTS)
PUBLISHED = [part for parts in THEME_PARTS.values() for part in parts]


def own_assets() -> list[pathlib.Path]:
    """Every stylesheet and script of our own: the theme's and the components'."""
    found = [
        *(ROOT / "overrides" / "assets").rglob("*.*"),
        *(ROOT / "macros" / "components").glob("*/*.*"),
    ]
    return sorted(path for path in found if path.suffix in (".css", ".js"))


def test_no_comment_marker_hides_inside_a_string_in_the_real_assets():
    # shrink() is not a parser: it relies on the own assets having no "/*" or "//" in a string.
    scripts = [path for path in own_assets() if path.suffix == ".js"]
    assert len(scripts) >= 5
    for path in scripts:
        text = path.read_text(encoding="utf-8")
        for marker in ('"/*', "'/*", '"//', "'//"):
            assert marker not in text, (path.name, marker)


def published_theme_parts(tmp_path: pathlib.Path) -> pathlib.Path:
    """A built site with the theme's parts in it, as the theme copies overrides/assets/."""
    for part in PUBLISHED:
        copy = tmp_path / part
        copy.parent.mkdir(parents=True, exist_ok=True)
        copy.write_text((ROOT / "overrides" / part).read_text(encoding="utf-8"), encoding="utf-8")
    return tmp_path


def test_every_own_stylesheet_and_script_is_in_exactly_one_bundle():
    parts = [part for members in BUNDLES.values() for part in members]
    assert sorted(parts) == own_assets()
    assert {"assets/stylesheets/site.css", "assets/javascripts/site.js"} <= set(BUNDLES)


def test_bundles_keep_their_parts_in_order_remove_the_published_ones_and_lose_a_fifth_or_more_gzipped(tmp_path):
    site = published_theme_parts(tmp_path)
    before = sum(len(gzip.compress(part.read_bytes(), 9)) for parts in BUNDLES.values() for part in parts)
    texts = {part: shrink(part.read_text(encoding="utf-8")) for parts in BUNDLES.values() for part in parts}
    write_bundles(site, BUNDLES, PUBLISHED)
    for target, parts in BUNDLES.items():
        bundle = (site / target).read_text(encoding="utf-8")
        positions = [bundle.index(texts[part]) for part in parts]
        assert positions == sorted(positions), target
    assert not any((site / part).exists() for part in PUBLISHED)
    after = sum(len(gzip.compress((site / target).read_bytes(), 9)) for target in BUNDLES)
    assert after <= 0.8 * before, (before, after)


def test_a_missing_part_stops_the_build(tmp_path):
    with pytest.raises(BundleError, match=r"bundle 'assets/x.css': no such part: .*nope.css"):
        write_bundles(tmp_path, {"assets/x.css": [tmp_path / "nope.css"]})
