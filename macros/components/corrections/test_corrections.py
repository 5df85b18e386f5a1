"""The corrections list: newest first, each naming its page, what changed, why and its source."""

from __future__ import annotations

import dataclasses
import datetime

from macros.components.corrections.corrections import corrections_markdown
from macros.knowledge import Correction
from support.project import project_knowledge

KB = project_knowledge()


def with_corrections(*corrections: Correction):
    return dataclasses.replace(KB, corrections={c.id: c for c in corrections})


def correction(cid: str, day: int, page: str = "twitching/what-is-a-twitch.md") -> Correction:
    return Correction(
        id=cid,
        date=datetime.date(2026, 11, day),
        page=page,
        change=f"Change {cid}.",
        reason=f"Reason {cid}.",
        sources=["nhs-twitching"],
    )


def test_newest_first_with_page_title_reason_and_linked_source():
    text = corrections_markdown(
        with_corrections(correction("old", 1), correction("new", 20)),
        {"twitching/what-is-a-twitch.md": "What a twitch is"},
        "about/corrections.md",
    )
    assert text.index("20 November 2026") < text.index("1 November 2026")
    assert "[What a twitch is](../twitching/what-is-a-twitch.md)" in text
    assert "Change new. *Why:* Reason new." in text
    assert "(../sources.md#nhs-twitching)" in text


def test_no_corrections_says_so():
    assert corrections_markdown(with_corrections(), {}, "about/corrections.md") == "No corrections yet.\n"
