"""The run's shape: the order files go out to workers in, and the figures shown at the end.
The shared fixtures are a plugin (support/fixtures.py, `-p` in pyproject.toml), so the tests
in each component's folder have them too."""

from __future__ import annotations

import json
import pathlib

from support.project import ROOT
from support.site_pages import BUDGETS, CHECKLIST_VIGNETTES, PHONE_DESIGN

# The whole-site sweeps (axe on every page, then the search suite) are the longest file, and
# one worker runs a file from start to end. `make test` hands out files in collection
# order (--no-loadscope-reorder), and this puts the sweeps first: started last, as
# pytest-xdist's own order (most tests first) would, they ran on alone at the end while
# the other workers sat idle. The browser files follow, the components' first (the checklist,
# its reader situations and the appointment form are the next longest), then the quick
# built-site and unit files, which fill in around them.
FIRST = ROOT / "tests" / "browser" / "test_sweeps.py"


def pytest_collection_modifyitems(items) -> None:
    def order(item) -> tuple[bool, bool, bool]:
        path = pathlib.Path(item.path)
        return path != FIRST, item.get_closest_marker("browser") is None, ROOT / "tests" in path.parents

    items.sort(key=order)


RESULT_FILES = (BUDGETS, PHONE_DESIGN, CHECKLIST_VIGNETTES)


def pytest_sessionstart(session) -> None:
    """Start each run with no figures from the last one (in the main process only)."""
    if not hasattr(session.config, "workerinput"):
        for path in RESULT_FILES:
            path.unlink(missing_ok=True)


def pytest_terminal_summary(terminalreporter) -> None:
    """The measured figures (test-results/*.json), shown once at the end of a run, as
    workers' own output is not shown."""
    for path in RESULT_FILES:
        if path.is_file():
            figures = json.loads(path.read_text(encoding="utf-8"))
            terminalreporter.write_sep("-", f"figures in test-results/{path.name}")
            for key, value in figures.items():
                if not isinstance(value, dict):
                    terminalreporter.write_line(f"{key}: {value}")
