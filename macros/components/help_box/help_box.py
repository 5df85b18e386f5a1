"""The "When to get help" box at the end of a page: care cards for the signs that matter there.

Plain functions of the data and a page's docs path and front matter.
"""

from __future__ import annotations

from typing import Any

from ... import page_paths
from ...knowledge import EXAMINED_TIERS, TIER_IDS, Knowledge, RedFlag
from ...pages import EXAMINED_FIRST
from ...render import render_block


def help_flags(kb: Knowledge, src: str, meta: dict[str, Any]) -> list[RedFlag]:
    """The signs a page's help box shows: the core signs every box shows (wording.yml), then
    those of the causes the page covers and those its front matter names; most urgent first."""
    ids = list(kb.words.help_box.core_flags)
    ids += [flag_id for cause in kb.causes_on(src) for flag_id in cause.red_flags]
    ids += list(meta.get("help_flags") or [])
    chosen = dict.fromkeys(ids)
    return sorted((kb.red_flags[i] for i in chosen), key=lambda flag: TIER_IDS.index(flag.tier))


def help_box(kb: Knowledge, from_page: str, flags: list[RedFlag], examined_first: bool = False) -> str:
    """The "When to get help" box: a compact care card for each tier these signs belong to, and
    the way back for a reader a doctor has already examined (first on pages for such readers)."""
    cards = [
        (kb.tiers[tier_id], [flag.short for flag in flags if flag.tier == tier_id])
        for tier_id in TIER_IDS
        if any(flag.tier == tier_id for flag in flags)
    ]
    return (
        render_block(
            "help_box.html",
            words=kb.words,
            cards=cards,
            examined=[
                [kb.red_flags[i].short for i in kb.words.help_box.examined_flags if kb.red_flags[i].tier == tier]
                for tier in EXAMINED_TIERS
            ],
            examined_first=examined_first,
            from_page=from_page,
            help_page=page_paths.HELP,
            checklist_page=page_paths.CHECKLIST,
            appointment_page=page_paths.APPOINTMENT,
        )
        + "\n"
    )


def page_help_box(kb: Knowledge, src: str, meta: dict[str, Any]) -> str:
    """The box a page ends with, as its front matter asks (help_box: true, false or examined-first)."""
    setting = meta.get("help_box", True)
    if not setting:
        return ""
    return help_box(kb, src, help_flags(kb, src, meta), examined_first=setting == EXAMINED_FIRST)
