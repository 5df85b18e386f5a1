"""The own stylesheets and scripts as shipped: comments out, meaning kept."""

from __future__ import annotations

import gzip
import pathlib

from macros.assets import shrink, shrink_files

ROOT = pathlib.Path(__file__).resolve().parents[2]


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


def test_the_real_assets_lose_a_fifth_or_more_gzipped(tmp_path):
    names = []
    for path in (ROOT / "overrides" / "assets").rglob("*.*"):
        if path.suffix in (".css", ".js"):
            copy = tmp_path / path.name
            copy.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
            names.append(path.name)
    before = sum(len(gzip.compress((tmp_path / n).read_bytes(), 9)) for n in names)
    shrink_files(tmp_path, names)
    after = sum(len(gzip.compress((tmp_path / n).read_bytes(), 9)) for n in names)
    assert after <= 0.8 * before, (before, after)
