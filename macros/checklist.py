"""The red-flag checklist and the per-tier advice, generated from the knowledge data.

`checklist_html` renders a real form: one fieldset per tier (most urgent first),
one labelled checkbox per red flag, the groups' sources, a result box, and the
tier rules as JSON in the form's data-checklist-rules attribute for checklist.js
(which holds no rules of its own). With JavaScript off the form still reads as
a list: each legend names its tier and what to do, and the result box shows
static guidance. `tier_advice_html` renders one tier's section of the page.

Plain functions of the data and the docs path of the page that shows them.
"""
from __future__ import annotations

import html
import json
import re

from .knowledge import TIER_IDS, Knowledge, RedFlag, TierInfo
from .links import url_between
from .tables import HELP_PAGE

TESTS_PAGE = "help/tests-and-diagnosis.md"
SELF_CARE_PAGE = "help/treatment-and-self-care.md"

# The tier the result shows when nothing above it is ticked.
NO_ANSWER_TIER = TIER_IDS[-1]
# Tiers whose result interrupts a screen reader (aria-live="assertive"); the others wait (polite).
ASSERTIVE_TIERS = ("emergency",)

# Where each result points for more: (link text, page.md#anchor). Never a disease name.
READ_MORE: dict[str, list[tuple[str, str]]] = {
    "emergency": [("What to do in an emergency", f"{HELP_PAGE}#emergency")],
    "urgent": [
        ("Getting advice today", f"{HELP_PAGE}#urgent"),
        ("What tests a doctor may do", TESTS_PAGE),
    ],
    "doctor": [
        ("Seeing a doctor", f"{HELP_PAGE}#doctor"),
        ("What tests a doctor may do", TESTS_PAGE),
    ],
    "self-care": [
        ("Looking after it at home", f"{HELP_PAGE}#self-care"),
        ("What helps twitching settle", SELF_CARE_PAGE),
    ],
}

# A phone number as tiers.yml writes it: three digits standing alone (999, 112, 911, 111).
PHONE_NUMBER = re.compile(r"(?<![\w.,])(\d{3})(?![\w]|[.,]\d)")


def checkbox_id(flag: RedFlag) -> str:
    return f"checklist-{flag.id}"


def source_anchor(source_id: str) -> str:
    """The id of a source's entry in the page's own Sources section (see pages.sources_section)."""
    return f"source-{source_id}"


def with_phone_links(text: str) -> str:
    """Text as HTML, each emergency or helpline number a tel: link that shows the number."""
    return PHONE_NUMBER.sub(r'<a href="tel:\1">\1</a>', html.escape(text))


def lower_first(text: str) -> str:
    """'Call 999 now' -> 'call 999 now', for use after a colon; 'NHS 111' stays as it is."""
    first_word = text.split(" ", 1)[0]
    return text if first_word.isupper() else text[:1].lower() + text[1:]


def sources_of_checklist(kb: Knowledge) -> list[str]:
    """Every source id behind the red flags, in data order, without repeats."""
    return list(dict.fromkeys(source for flag in kb.red_flags.values() for source in flag.sources))


def sources_of_tier(kb: Knowledge, tier_id: str) -> list[str]:
    """The source ids behind one tier's red flags, without repeats."""
    return list(dict.fromkeys(source for flag in kb.red_flags_by_tier()[tier_id] for source in flag.sources))


def rules(kb: Knowledge) -> dict:
    """What checklist.js needs to decide: the tiers in order (name, action, how to announce) and each item's tier."""
    return {
        "tiers": [
            {
                "id": tier.id,
                "name": tier.name,
                "action": tier.action,
                "live": "assertive" if tier.id in ASSERTIVE_TIERS else "polite",
            }
            for tier in kb.tiers.values()
        ],
        "none": NO_ANSWER_TIER,
        "items": {flag.id: flag.tier for flag in kb.red_flags.values()},
    }


def rules_attribute(kb: Knowledge) -> str:
    """The rules as JSON in an HTML attribute value (quotes escaped).

    An attribute, not a <script type="application/json">: Material's instant navigation
    re-creates every inline script in the page content as plain JavaScript, without its
    type or attributes, so a JSON script would be run (and fail) rather than read.
    """
    return html.escape(json.dumps(rules(kb), ensure_ascii=False, separators=(",", ":")), quote=True)


def _source_label(kb: Knowledge, source_id: str) -> str:
    source = kb.sources[source_id]
    label = f"<cite>{html.escape(source.title)}</cite>"
    return f"{label}, {html.escape(source.publisher)}" if source.publisher else label


def _source_links(kb: Knowledge, source_ids) -> str:
    """Links to the sources' entries in the page's own Sources section, so no answer is lost."""
    return "; ".join(f'<a href="#{source_anchor(i)}">{_source_label(kb, i)}</a>' for i in source_ids)


def _sources_line(kb: Knowledge, tier_id: str) -> str:
    return f'<p class="checklist__sources">Sources for this group: {_source_links(kb, sources_of_tier(kb, tier_id))}.</p>'


def _legend(tier: TierInfo) -> str:
    return (
        f'<legend><span class="checklist__tier-name">{html.escape(tier.name)}:</span> '
        f"{html.escape(lower_first(tier.short))}</legend>"
    )


def _item(flag: RedFlag) -> str:
    box = checkbox_id(flag)
    return (
        f'<li><input type="checkbox" id="{box}" name="answer" value="{flag.id}">'
        f'<label for="{box}">{html.escape(flag.text)}</label></li>'
    )


def _emergency_call(tier: TierInfo) -> str:
    """Shown inside the emergency group as soon as one of its items is ticked."""
    return (
        '<p class="checklist__call" data-checklist-call hidden>'
        f"<strong>{html.escape(tier.name)}.</strong> {with_phone_links(tier.action)}</p>"
    )


def _fieldset(kb: Knowledge, tier: TierInfo, flags: list[RedFlag]) -> str:
    parts = [
        f'<fieldset class="checklist__group tier--{tier.id}">',
        _legend(tier),
        '<ul class="checklist__items">' + "".join(_item(flag) for flag in flags) + "</ul>",
    ]
    if tier.id in ASSERTIVE_TIERS:
        parts.append(_emergency_call(tier))
    parts.append(_sources_line(kb, tier.id))
    parts.append("</fieldset>")
    return "\n".join(parts)


def _static_guidance(kb: Knowledge) -> str:
    """What the result box says before (or without) JavaScript: how to read the ticks yourself."""
    first, last = kb.tiers[TIER_IDS[0]], kb.tiers[NO_ANSWER_TIER]
    return (
        '<div class="checklist__static" data-checklist-static>'
        f'<p class="checklist__action"><strong>If you ticked anything under {html.escape(first.name)}, '
        f"{with_phone_links(lower_first(first.short))}.</strong></p>"
        "<p>If not, find the first group where you ticked something. "
        "The heading of that group tells you what to do.</p>"
        f"<p>If you ticked nothing, or only things under {html.escape(last.name)}: "
        f"{html.escape(lower_first(last.short))}.</p>"
        "</div>"
    )


def _outcome(tier: TierInfo, from_page: str) -> str:
    links = "".join(
        f'<li><a href="{html.escape(url_between(from_page, target))}">{html.escape(text)}</a></li>'
        for text, target in READ_MORE[tier.id]
    )
    return (
        f'<div class="checklist__outcome" data-checklist-outcome="{tier.id}" hidden>'
        f'<p class="checklist__action"><strong>{html.escape(tier.name)}.</strong> {with_phone_links(tier.action)}</p>'
        f'<p class="checklist__more-title">Read more:</p><ul class="checklist__more">{links}</ul>'
        "</div>"
    )


def _answers() -> str:
    return (
        '<div class="checklist__answers" data-checklist-answers hidden>'
        "<p data-checklist-none>You have not ticked anything.</p>"
        "<p data-checklist-led-title>This is because you ticked:</p><ul data-checklist-led></ul>"
        "<p data-checklist-also-title>You also ticked:</p><ul data-checklist-also></ul>"
        "</div>"
    )


def _result(kb: Knowledge, from_page: str) -> str:
    return "\n".join(
        [
            f'<section class="checklist__result" data-checklist-result data-tier="{NO_ANSWER_TIER}" '
            'aria-labelledby="checklist-result-title">',
            '<h3 id="checklist-result-title">What to do</h3>',
            _static_guidance(kb),
            *(_outcome(tier, from_page) for tier in kb.tiers.values()),
            _answers(),
            '<p class="checklist__date" data-checklist-date>Date: ____________</p>',
            '<p class="checklist__announce" aria-live="polite" aria-atomic="true" data-checklist-announce="polite"></p>',
            '<p class="checklist__announce" aria-live="assertive" aria-atomic="true" data-checklist-announce="assertive"></p>',
            "</section>",
        ]
    )


def checklist_html(kb: Knowledge, from_page: str) -> str:
    """The whole checklist: privacy note, the form with its groups, result, buttons and rules."""
    grouped = kb.red_flags_by_tier()
    fieldsets = [_fieldset(kb, kb.tiers[tier_id], grouped[tier_id]) for tier_id in TIER_IDS if grouped[tier_id]]
    return "\n".join(
        [
            '<div class="checklist" data-search-exclude>',
            '<p class="checklist__privacy"><strong>Your answers stay on this device.</strong> '
            "Nothing you tick is sent anywhere or saved. When you close the page, your ticks are gone.</p>",
            '<p class="checklist__intro">Tick each thing that is true for you now. '
            "The groups go from most urgent to least. The box after the list tells you what to do.</p>",
            '<form class="checklist__form" data-checklist aria-label="Checklist: when to get help" autocomplete="off"',
            f'data-checklist-rules="{rules_attribute(kb)}">',
            *fieldsets,
            _result(kb, from_page),
            '<p class="checklist__buttons">'
            '<button type="button" class="md-button md-button--primary" data-checklist-print hidden>'
            "Print or save for your doctor</button> "
            '<button type="reset" class="md-button">Start again</button></p>',
            "</form>",
            "</div>",
            "",
        ]
    )


def _flag_sources(kb: Knowledge, flag: RedFlag) -> str:
    word = "Source" if len(flag.sources) == 1 else "Sources"
    return f'<span class="tier-advice__sources">({word}: {_source_links(kb, flag.sources)})</span>'


def red_flag_list_html(flags: list[RedFlag]) -> str:
    """A plain list of red flags in their checklist wording, for a page that names a few."""
    items = "".join(f"<li>{html.escape(flag.text)}</li>" for flag in flags)
    return f'<ul class="red-flag-list">{items}</ul>\n'


def tier_advice_html(kb: Knowledge, tier_id: str) -> str:
    """One tier's section body: what to do, then every red flag that leads there, each with its sources."""
    tier = kb.tiers[tier_id]
    flags = kb.red_flags_by_tier()[tier_id]
    items = "".join(f"<li>{html.escape(flag.text)}. {_flag_sources(kb, flag)}</li>" for flag in flags)
    lead = "Signs that belong here:" if tier_id != NO_ANSWER_TIER else "Signs that belong here, if nothing in the groups above fits:"
    return (
        f'<div class="tier-advice tier--{tier.id}">\n'
        f'<p class="tier-advice__action"><strong>What to do:</strong> {with_phone_links(tier.action)}</p>\n'
        f"<p>{lead}</p>\n"
        f'<ul class="tier-advice__flags">{items}</ul>\n'
        "</div>\n"
    )
