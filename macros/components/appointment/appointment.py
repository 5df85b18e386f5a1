"""The "For your appointment" form and its printed summary, from the knowledge data.

`appointment_html` renders templates/appointment.html: a real form whose choices
come from the data (body sites by region, everyday triggers, the red flags by
tier, the suggested questions), a summary laid out for print that
appointment.js fills from the answers, and the rules appointment.js needs as
JSON in the form's data-appointment attribute. With JavaScript off the form
prints as a blank form to fill in by hand.

The checklist hands its ticks over once, through this tab's sessionStorage
(`HANDOFF_KEY`): never through an address, which the browser would keep in its history. The component links the forms' stylesheet and
script, so pages without a form do not download them; the theme's instant navigation runs
a script that arrives inside the page content. Plain functions of the data.
"""

from __future__ import annotations

from typing import Any

from ... import page_paths
from ...knowledge import TIER_IDS, Knowledge
from ...links import page_url
from ...render import render_block
from .. import FORMS, bundle_addresses
from ..checklist.checklist import HANDOFF_KEY, sources_of_checklist

# The forms' stylesheet and script (its registry row's bundle): only the forms' pages load them.
BUNDLE = FORMS
# The localStorage key, used only when the reader ticks "Keep my answers on this device".
STORE_KEY = "twitching-appointment"
# Tiers whose ticked signs make the page say "do not wait for your appointment", with their card.
DO_NOT_WAIT_TIERS = TIER_IDS[:2]
# The printed summary lists the signs of these tiers first; the last tier's items come later.
SIGNS_FIRST_TIERS = TIER_IDS[:-1]
TEXT_MAX = 80  # characters in a one-line answer
NOTE_MAX = 300  # characters in a longer answer: with everything ticked, still one A4 or Letter page


def sources_of_appointment(kb: Knowledge) -> list[str]:
    """The sources behind the signs and the suggested questions, in that order, without repeats."""
    questions = (source for question in kb.questions.values() for source in question.sources)
    return list(dict.fromkeys([*sources_of_checklist(kb), *questions]))


def guidance_publishers(kb: Knowledge) -> list[str]:
    """Whose guidance the printed page names: the publishers of those sources that are
    guidance, without repeats. The full list is on the Sources page, which it links."""
    sources = (kb.sources[source_id] for source_id in sources_of_appointment(kb))
    return list(dict.fromkeys(s.publisher for s in sources if s.kind == "guidance" and s.publisher))


def rules(kb: Knowledge) -> dict[str, Any]:
    """What appointment.js needs: keys, the tiers that cannot wait, and its words."""
    words = kb.words.appointment
    return {
        "handoff": HANDOFF_KEY,
        "locale": kb.words.locale.model_dump(),
        "store": STORE_KEY,
        "alert": list(DO_NOT_WAIT_TIERS),
        "words": {
            "carried": words.carried,
            "kept": words.kept,
            "deleted": words.deleted,
            "not_kept": words.not_kept,
            "damaged": words.damaged,
            "storage_off": words.storage_off,
            "date": words.date_label,
            "clear": words.clear_confirm,
        },
    }


def _absolute(site_url: str, page: str) -> str:
    return site_url.rstrip("/") + "/" + page_url(page)


def appointment_html(kb: Knowledge, from_page: str, site_name: str, site_url: str) -> str:
    """The whole component: privacy note, the form, the do-not-wait cards, and the print summary."""
    return render_block(
        "appointment.html",
        words=kb.words,
        rules=rules(kb),
        regions=[(region, kb.sites_in(region.id)) for region in kb.regions.values() if kb.sites_in(region.id)],
        triggers=[cause for cause in kb.causes.values() if cause.kind == "trigger" and cause.reader_notices],
        groups=kb.red_flag_groups(),
        alerts=[kb.tiers[tier_id] for tier_id in DO_NOT_WAIT_TIERS],
        questions=list(kb.questions.values()),
        signs_first=" ".join(SIGNS_FIRST_TIERS),
        signs_later=TIER_IDS[-1],
        publishers=guidance_publishers(kb),
        site_name=site_name,
        site_address=_absolute(site_url, page_paths.APPOINTMENT),
        sources_address=_absolute(site_url, page_paths.SOURCES),
        text_max=TEXT_MAX,
        note_max=NOTE_MAX,
        assets=bundle_addresses(BUNDLE, from_page),
        from_page=from_page,
    )
