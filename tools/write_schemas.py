#!/usr/bin/env python3
"""Write docs/data/schema/<file>.schema.json from the pydantic models, so editors validate as they type.

Run after changing a model in macros/knowledge/models.py or macros/wording.py; a unit test fails while they differ.
"""

from __future__ import annotations

import json
import pathlib
import sys
from typing import Any

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pydantic import TypeAdapter  # noqa: E402

from macros.knowledge import FILES  # noqa: E402
from macros.wording import Wording  # noqa: E402

# file stem -> the type of the whole file: a list of entries, or (wording.yml) one mapping.
SCHEMAS: dict[str, Any] = {**{stem: list[model] for stem, model in FILES.items()}, "wording": Wording}  # type: ignore[valid-type]

SCHEMA_DIR = ROOT / "docs" / "data" / "schema"


def schema_text(stem: str) -> str:
    schema = TypeAdapter(SCHEMAS[stem]).json_schema()
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": f"{stem}.yml", **schema}
    return json.dumps(schema, indent=2, sort_keys=True) + "\n"


if __name__ == "__main__":
    SCHEMA_DIR.mkdir(exist_ok=True)
    for stem in SCHEMAS:
        (SCHEMA_DIR / f"{stem}.schema.json").write_text(schema_text(stem))
        print(f"wrote {SCHEMA_DIR.relative_to(ROOT)}/{stem}.schema.json")
