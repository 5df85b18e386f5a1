"""MkDocs hook (mkdocs.yml `hooks:`): a build prints only lines worth reading.

On every build the macros plugin reports at INFO what it found (module, functions,
variables, macros) and MkDocs that it cleaned, started and finished: routine lines
that bury a warning an editor needs to see. They are dropped; warnings and errors
still print, and `mkdocs serve` still says where it serves and when it rebuilds.
Loaded by MkDocs from this file's path, apart from the macros package.
"""

from __future__ import annotations

import logging

ROUTINE_ON_EVERY_COMMAND = ["mkdocs.plugins.mkdocs_macros"]
ROUTINE_ON_BUILD = ["mkdocs.commands.build"]


def on_startup(command: str, dirty: bool) -> None:
    quiet = ROUTINE_ON_EVERY_COMMAND + (ROUTINE_ON_BUILD if command == "build" else [])
    for name in quiet:
        logging.getLogger(name).setLevel(logging.WARNING)
