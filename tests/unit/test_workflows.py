"""CI runs the tests once: the tests workflow runs them, the pages workflow publishes only
what that workflow passed, without testing again."""

from __future__ import annotations

import pathlib

import yaml

WORKFLOWS = pathlib.Path(__file__).resolve().parents[2] / ".github" / "workflows"


def load(name: str) -> dict:
    workflow = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    workflow["on"] = workflow.pop(True, workflow.get("on"))  # YAML 1.1 reads the key `on` as true
    return workflow


def commands(workflow: dict) -> list[str]:
    return [step.get("run", "") for job in workflow["jobs"].values() for step in job.get("steps", [])]


def test_the_tests_workflow_runs_the_readmes_test_command_on_every_push():
    tests = load("tests.yml")
    assert "push" in tests["on"] and "pull_request" in tests["on"]
    assert any(command.strip() == "make test" for command in commands(tests))


def test_the_pages_workflow_publishes_what_the_tests_workflow_passed_without_testing_again():
    pages = load("pages.yml")
    assert pages["on"]["workflow_run"]["workflows"] == ["tests"]
    assert pages["on"]["workflow_run"]["branches"] == ["main"]
    assert "push" not in pages["on"]
    assert "workflow_run.conclusion == 'success'" in pages["jobs"]["build"]["if"]
    assert not any("make test" in command or "pytest" in command for command in commands(pages))
    checkout = next(
        step for step in pages["jobs"]["build"]["steps"] if step.get("uses", "").startswith("actions/checkout")
    )
    assert "workflow_run.head_sha" in checkout["with"]["ref"]
