"""The run's shape: the order files go out to workers in, and the figures shown at the end.
The shared fixtures are a plugin (support/fixtures.py, `-p` in pyproject.toml), so the tests
in each component's folder have them too."""

from __future__ import annotations

import pathlib

from support.project import ROOT

# The whole-site sweep (axe on every page, at two widths, in both schemes) is the longest file, and
# one worker runs a file from start to end. `make test` hands out files in collection
# order (--no-loadscope-reorder), and this puts the sweeps first: started last, as
# pytest-xdist's own order (most tests first) would, they ran on alone at the end while
# the other workers sat idle. The browser files follow, the components' first (the checklist,
# its reader situations and the appointment form are the next longest), then the quick
# built-site and unit files, which fill in around them.
FIRST = ROOT / "tests" / "browser" / "test_sweeps.py"


# pytest-xdist starts each worker on two files (its #277): the first three files go one to each
# of the three workers, and the fourth is the sweeps' worker's second. So the fourth is a quick
# file, not the next long one, which would run after the sweeps on the same worker.
SWEEPS_WORKERS_SECOND = 3


def pytest_collection_modifyitems(items) -> None:
    def order(item) -> tuple[bool, bool, bool]:
        path = pathlib.Path(item.path)
        return path != FIRST, item.get_closest_marker("browser") is None, ROOT / "tests" in path.parents

    items.sort(key=order)
    first_items: dict[pathlib.Path, object] = {}
    for item in items:
        first_items.setdefault(pathlib.Path(item.path), item)
    files = list(first_items)
    quick = next((path for path, item in first_items.items() if not item.get_closest_marker("browser")), None)
    if quick is not None and len(files) > SWEEPS_WORKERS_SECOND:
        files.remove(quick)
        files.insert(SWEEPS_WORKERS_SECOND, quick)
        position = {path: i for i, path in enumerate(files)}
        items.sort(key=lambda item: position[pathlib.Path(item.path)])
