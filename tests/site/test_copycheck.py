"""Every sentence is our own: the shared copy check finds no run of 8+ words from a source article."""

from __future__ import annotations

import subprocess
import sys

import pytest

from support.project import ROOT

COPYCHECK = ROOT.parent / "shared" / "tools" / "copycheck.py"


@pytest.mark.skipif(
    not COPYCHECK.is_file(), reason="the source articles and copycheck live in ../shared, outside this repository"
)
def test_no_sentence_is_copied_from_the_source_articles():
    result = subprocess.run(
        [sys.executable, str(COPYCHECK), "docs", "macros", "overrides", "includes"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert "copycheck: 0 copied" in result.stdout, result.stdout[-3000:]
