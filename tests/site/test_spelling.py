"""Spelling of everything a reader sees, with a small allow-list in .codespellrc."""

from __future__ import annotations

import subprocess
import sys

from support.project import ROOT


def test_pages_data_glossary_and_readme_are_spelt_right():
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "codespell_lib",
            "docs",
            "includes",
            "overrides",
            "README.md",
            "CONTRIBUTING.md",
            "TESTING.md",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
