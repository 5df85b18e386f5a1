"""The pages the generated parts link to, by their docs path: written once, here.

A page moved or renamed is changed here and nowhere else; MkDocs checks every generated
link to these paths (validation: links and anchors), so a stale one stops the build.
"""

from __future__ import annotations

HOME = "index.md"
HELP = "help/when-to-get-help.md"
CHECKLIST = f"{HELP}#checklist"
CHECKLIST_METHOD = "help/how-the-checklist-decides.md"
APPOINTMENT = "help/for-your-appointment.md"
CAUSES = "causes/index.md"
# The causes overview's section on the causes that can affect any muscle.
ANYWHERE = f"{CAUSES}#anywhere"
BODY_MAP = "body-sites/index.md"
SOURCES = "sources.md"
