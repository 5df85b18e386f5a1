"""Two builds of the same sources are byte-identical, whatever the day and the folder.

The sources are copied once (so edits made meanwhile cannot differ between the
builds), then copied again to a second folder; the two copies are built with
build clocks decades apart (SOURCE_DATE_EPOCH, which MkDocs uses as "today").
Nothing may depend on the build date: sitemap dates and the gzip header of
sitemap.xml.gz come from the pages' review dates (macros/metadata.py).
"""

from __future__ import annotations

import filecmp
import pathlib
import shutil
import time

from support.fixtures import build_site
from support.project import copy_project


def differences(one: pathlib.Path, other: pathlib.Path) -> list[str]:
    files = {p.relative_to(one).as_posix() for p in one.rglob("*") if p.is_file()}
    others = {p.relative_to(other).as_posix() for p in other.rglob("*") if p.is_file()}
    lines = [f"only in one build: {name}" for name in sorted(files ^ others)]
    for name in sorted(files & others):
        if not filecmp.cmp(one / name, other / name, shallow=False):
            lines.append(f"differs: {name}")
    return lines


def test_two_builds_are_byte_identical(tmp_path):
    first = copy_project(tmp_path / "checkout-a")
    second = shutil.copytree(first, tmp_path / "elsewhere" / "checkout-b")
    builds = []
    for project, epoch in ((first, 0), (second, int(time.time()))):
        site = tmp_path / f"site-{project.name}"
        result = build_site(project, site, {"SOURCE_DATE_EPOCH": str(epoch)})
        assert result.returncode == 0, result.stdout + result.stderr
        builds.append(site)
    assert len(list(builds[0].rglob("*.html"))) > 20
    problems = differences(*builds)
    assert problems == [], "\n".join(problems)
