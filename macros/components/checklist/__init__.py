"""The red-flag checklist, the tiers' care cards on the help page, and the published method
(checklist.py, with the same decision in Python in triage.py)."""

from __future__ import annotations

import pathlib

from ...knowledge import DataError
from ...wording import long_date
from .. import FORMS, Call, Component, ComponentError, Macro, lookup
from . import checklist, triage

# The reader situations the checklist is tested on; the method page publishes its scores.
VIGNETTES = "tests/checklist_vignettes.yml"


def _method(call: Call, part: str) -> str:
    """One part of the published method: items, rules, excluded, results or version."""
    lookup(dict.fromkeys(checklist.METHOD_PARTS), part, "checklist_method part")
    try:
        vignettes = triage.load_vignettes(call.project_dir / VIGNETTES, call.kb)
    except DataError as error:
        raise ComponentError(str(error)) from None
    assert call.reviewed is not None, "every page has a review date (pages.check_front_matter)"
    return checklist.method_html(call.kb, vignettes, part, call.page, long_date(call.reviewed, call.kb.words.locale))


COMPONENT = Component(
    folder=pathlib.Path(__file__).parent,
    macros={
        "checklist": Macro(
            render=lambda call: checklist.checklist_html(call.kb, call.page, call.site_name, call.page_address),
            sources=checklist.sources_of_checklist,
        ),
        "checklist_method": Macro(render=_method, sources=lambda kb, part: checklist.sources_of_method(kb)),
        "tier_section": Macro(
            render=lambda call, tier_id: checklist.tier_section(call.kb, lookup(call.kb.tiers, tier_id, "tier").id),
            sources=lambda kb, tier_id: checklist.sources_of_tier(kb, lookup(kb.tiers, tier_id, "tier").id),
        ),
    },
    styles=("checklist.css", "method.css"),
    scripts=("checklist.js",),
    bundle=FORMS,
    selector=".checklist",
    not_prose=".checklist",
)
