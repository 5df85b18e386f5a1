"""The whole build stops, with one line, when a clause of a guidance list is left unmapped."""

from __future__ import annotations

import yaml

from support.fixtures import build_site
from support.project import copy_project


def test_an_unmapped_clause_stops_the_build_naming_the_file_the_clause_and_the_field(tmp_path):
    project = copy_project(tmp_path / "project")
    path = project / "docs" / "data" / "guidance.yml"
    lists = yaml.safe_load(path.read_text(encoding="utf-8"))
    first = lists[0]["clauses"][0]
    first.pop("items")
    path.write_text(yaml.safe_dump(lists, sort_keys=False, allow_unicode=True), encoding="utf-8")
    result = build_site(project, tmp_path / "site")
    assert result.returncode != 0
    assert (
        f"guidance.yml: entry '{lists[0]['id']}', field 'clauses[0] '{first['id']}'': map it to checklist items "
        "(items), a combination rule (rule) or an exclusion with its reason (excluded): exactly one"
    ) in result.stderr
    assert "Traceback" not in result.stderr
