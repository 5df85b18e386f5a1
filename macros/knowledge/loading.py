"""Reading docs/data/*.yml: YAML mistakes in plain words, each entry through its model, then
the cross-checks; `load_knowledge` raises one DataError listing every problem."""

from __future__ import annotations

import os
import pathlib
from typing import Any

import yaml
from pydantic import ValidationError

from ..wording import Wording
from .checks import _check_references, _check_wording
from .models import FILES, SAFE_LOADER, Entry
from .store import DataError, Knowledge


def _entry_label(raw: object, index: int) -> str:
    if isinstance(raw, dict) and isinstance(raw.get("id"), str):
        return f"entry '{raw['id']}'"
    return f"entry #{index + 1}"


def _field_name(loc: tuple[str | int, ...]) -> str:
    name = ""
    for part in loc:
        name += f"[{part}]" if isinstance(part, int) else (f".{part}" if name else str(part))
    return name or "(entry)"


class _UniqueKeyLoader(SAFE_LOADER):  # type: ignore[misc,valid-type]
    """The safe loader, but a key given twice in one mapping is an error, not a silent overwrite."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[object, object]:
        seen: set[object] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"the key '{key}' is given twice", key_node.start_mark
                )
            seen.add(key)
        mapping: dict[object, object] = super().construct_mapping(node, deep=deep)
        return mapping


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _UniqueKeyLoader.construct_mapping)

_NOT_READ = object()


def _load_yaml(path: pathlib.Path, label: str, problems: list[str]) -> object:
    """A data file's YAML, or _NOT_READ with one line in `problems` saying why not."""
    if not path.is_file():
        problems.append(f"{label}: file is missing")
        return _NOT_READ
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as error:
        problems.append(f"{label}: not UTF-8 text (byte {error.start}); save it as UTF-8")
        return _NOT_READ
    try:
        return yaml.load(text, Loader=_UniqueKeyLoader)
    except yaml.YAMLError as error:
        problems.append(f"{label}: {_yaml_problem(error)}")
        return _NOT_READ
    except (TypeError, RecursionError) as error:  # a list or mapping used as a key; nesting too deep
        problems.append(f"{label}: not valid data: {' '.join(str(error).split())}")
        return _NOT_READ


def _yaml_problem(error: yaml.YAMLError) -> str:
    """A YAML syntax error in plain words: where, what, and the usual fix."""
    mark = getattr(error, "problem_mark", None)
    where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
    problem = getattr(error, "problem", None) or " ".join(str(error).split())
    text = str(error)
    if "tab character" in text:
        hint = "; indent with spaces, not tabs"
    elif "mapping values are not allowed" in text:
        hint = "; a text with ': ' in it needs quotes around it"
    elif "expected ',' or '}'" in text or "expected ',' or ']'" in text:
        hint = "; a text with a comma or a quote inside { } or [ ] needs quotes around it"
    else:
        hint = ""
    return f"not valid YAML at {where}{problem}{hint}"


def _hint(detail: Any) -> str:
    """How to fix a validation error an editor often makes."""
    field = str(detail["loc"][-1]) if detail.get("loc") else ""
    if detail.get("type") == "extra_forbidden" and " " in field:
        return "; this looks like text cut at a comma: put the whole text in quotes"
    return ""


def _read_entries(path: pathlib.Path, model: type[Entry], label: str, problems: list[str]) -> list[Entry]:
    raw = _load_yaml(path, label, problems)
    if raw is _NOT_READ:
        return []
    if not isinstance(raw, list):
        problems.append(f"{label}: must be a list of entries, found {type(raw).__name__}")
        return []
    entries, seen = [], set()
    for index, item in enumerate(raw):
        entry_label = _entry_label(item, index)
        try:
            entry = model.model_validate(item)
        except ValidationError as error:
            for detail in error.errors():
                problems.append(
                    f"{label}: {entry_label}, field '{_field_name(detail['loc'])}': {detail['msg']}{_hint(detail)}"
                )
            continue
        if entry.id in seen:
            problems.append(f"{label}: {entry_label}, field 'id': duplicate id '{entry.id}'")
            continue
        seen.add(entry.id)
        entries.append(entry)
    return entries


def _read_wording(path: pathlib.Path, label: str, problems: list[str]) -> Wording | None:
    """wording.yml: one mapping of components, each a mapping of the words it shows."""
    raw = _load_yaml(path, label, problems)
    if raw is _NOT_READ:
        return None
    try:
        return Wording.model_validate(raw)
    except ValidationError as error:
        for detail in error.errors():
            component, *field = detail["loc"] or ("(file)",)
            problems.append(
                f"{label}: entry '{component}', field '{_field_name(tuple(field))}': {detail['msg']}{_hint(detail)}"
            )
        return None


def _display_path(path: pathlib.Path) -> str:
    """A path as an editor would type it: relative to the working folder when inside it."""
    relative = os.path.relpath(path)
    return pathlib.Path(path if relative.startswith("..") else relative).as_posix()


def load_knowledge(data_dir: str | pathlib.Path, docs_dir: str | pathlib.Path) -> Knowledge:
    """Read and check every data file; raise DataError naming each problem."""
    data_dir, docs_dir = pathlib.Path(data_dir), pathlib.Path(docs_dir)
    problems: list[str] = []
    labels, loaded = {}, {}
    for stem, model in FILES.items():
        path = data_dir / f"{stem}.yml"
        labels[stem] = _display_path(path)
        loaded[stem] = {entry.id: entry for entry in _read_entries(path, model, labels[stem], problems)}
    wording_label = _display_path(data_dir / "wording.yml")
    kb = Knowledge(**loaded, wording=_read_wording(data_dir / "wording.yml", wording_label, problems))  # type: ignore[arg-type]  # each file's entries are its model's
    if problems:
        # A file that could not be read, or an entry that is not valid, would make every
        # reference to it look wrong: references are checked once every entry is valid.
        raise DataError(problems)
    _check_references(kb, labels, docs_dir, problems)
    _check_wording(kb, wording_label, docs_dir, problems)
    if problems:
        raise DataError(problems)
    return kb
