"""The words the generated components show readers (docs/data/wording.yml), checked.

One pydantic model per component; every field is required and unknown fields are
errors, so a missing or misspelt key stops the build with the file, the
component and the field. Templates read these through `words`.

No MkDocs import.
"""

from __future__ import annotations

import datetime
import re
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

# What would make plain words into a link, an image, markup or a template: text from the data
# reaches pages as Markdown or HTML, so it may hold none of it (escaping alone would not stop
# Markdown's links).
MARKUP_IN_TEXT = re.compile(r"[\[\]<>]|\{\{|\{%")


def plain_words(text: str) -> str:
    if MARKUP_IN_TEXT.search(text):
        raise ValueError("write plain words: [ ] < > {{ and {% are not allowed (they could become a link or markup)")
    return text


# The one placeholder syntax: a name in braces, filled in by the code that shows the words.
PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
PLACEHOLDER_NAMES = frozenset(
    {"number", "count", "site", "address", "heading", "date", "name", "role", "title", "key", "publisher", "kind"}
    | {"day", "month", "year", "region", "tier", "total", "version", "caught", "emergencies", "over", "under"}
)


def fill(text: str, **values: object) -> str:
    """Words with their placeholders filled: every one the words hold must be given."""
    missing = [name for name in PLACEHOLDER.findall(text) if name not in values]
    if missing:
        raise ValueError(f"{text!r}: no value for {{{missing[0]}}}")
    return PLACEHOLDER.sub(lambda match: str(values[match.group(1)]), text)


def known_placeholders(text: str) -> str:
    unknown = [name for name in PLACEHOLDER.findall(text) if name not in PLACEHOLDER_NAMES]
    if unknown:
        raise ValueError(
            f"unknown placeholder {{{unknown[0]}}}; the words in braces that are filled in are "
            + ", ".join(f"{{{name}}}" for name in sorted(PLACEHOLDER_NAMES))
        )
    return text


Text = Annotated[
    str,
    StringConstraints(min_length=1, strip_whitespace=True),
    AfterValidator(plain_words),
    AfterValidator(known_placeholders),
]
PagePath = Annotated[str, StringConstraints(pattern=r"^[a-z0-9/_-]+\.md(#[a-z0-9-]+)?$")]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
WithNumber = Annotated[Text, StringConstraints(pattern=r"\{number\}")]


class Part(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Link(Part):
    text: Text
    page: PagePath
    # The checklist adds the reader's ticks to this link's address fragment (never sent to a server).
    carry_answers: bool = False


class Care(Part):
    signs_lead: Text
    call_button: WithNumber
    other_numbers: Text


class Checklist(Part):
    form_name: Text
    privacy: Text
    how_to_answer: Text
    # The question each tier's group asks, by tier id.
    questions: dict[Slug, Text]
    none_of_these: Text
    pending: Text
    method_link: Text
    printed_from: Annotated[Text, StringConstraints(pattern=r"\{site\}.*\{address\}")]
    see_result: Text
    result_title: Text
    static_emergency: Text
    static_other: Text
    read_more: Text
    none_ticked: Text
    led_title: Text
    also_title: Text
    date_label: Text
    date_blank: Text
    print_button: Text
    reset_button: Text
    announce: Annotated[Text, StringConstraints(pattern=r"\{heading\}")]
    read_more_links: dict[Slug, list[Link]]


class ChecklistMethod(Part):
    """The words of the page that publishes how the checklist decides."""

    item_column: Text
    guidance_column: Text
    clause_gives: Annotated[Text, StringConstraints(pattern=r"\{tier\}")]
    no_action: Text
    settled_note: Text
    rules_caption: Text
    rule_when_column: Text
    rule_result_column: Text
    any_of: Text
    lowers_note: Text
    excluded_caption: Annotated[Text, StringConstraints(pattern=r"\{count\}")]
    excluded_clause_column: Text
    excluded_reason_column: Text
    results_lead: Annotated[Text, StringConstraints(pattern=r"\{total\}")]
    results_caption: Text
    results_tier_column: Text
    results_count_column: Text
    results_same_column: Text
    results_over_column: Text
    results_under_column: Text
    results_summary: Text
    results_all: Text
    situation_column: Text
    checklist_column: Text
    version: Annotated[Text, StringConstraints(pattern=r"\{version\}.*\{date\}")]


class HelpBox(Part):
    title: Text
    checklist_link: Text
    checklist_note: Text
    appointment_link: Text
    core_flags: list[Slug] = Field(min_length=1)
    examined_title: Text
    examined_lead: Text
    examined_urgent_lead: Text
    examined_flags: list[Slug] = Field(min_length=1)


class Causes(Part):
    anywhere_more: Text
    where_title: Text
    anywhere_name: Text
    anywhere_here: Text
    any_muscle_yes: Text
    general_row: Text
    unplaced_lead: Text
    overview_caption: Text
    region_caption: Text
    column_cause: Text
    column_where: Text
    column_said: Text
    column_sources: Text
    none_cell: Text


class Related(Part):
    heading: Text
    also_called: Text
    body_sites: Text
    same_kind: Text
    other_regions: Text
    all_regions: Text
    all_causes: Text
    checklist: Text


class Sources(Part):
    heading: Text
    summary: Annotated[Text, StringConstraints(pattern=r"\{count\}")]
    all_sources: Text
    no_publisher: Text


class DrawingWords(Part):
    name: Text
    captions: list[Text] = Field(min_length=1)


class BodyMap(Part):
    # By drawing id (docs/data/drawings.yml): its name for screen readers, its views' captions.
    drawings: dict[Slug, DrawingWords]
    title: Text
    legend: Text
    list_name: Text


class SummaryRows(Part):
    """The headings of the printed summary, one per kind of answer."""

    signs: Text
    where: Text
    started: Text
    often: Text
    change: Text
    triggers: Text
    eases: Text
    also: Text
    medicines: Text
    ask: Text
    questions: Text


class Appointment(Part):
    form_name: Text
    privacy: Text
    optional: Text
    where_legend: Text
    where_hint: Text
    where_other: Text
    started_label: Text
    started_hint: Text
    often_legend: Text
    often_hint: Text
    often_choices: list[Text] = Field(min_length=2)
    change_legend: Text
    change_hint: Text
    change_choices: list[Text] = Field(min_length=2)
    triggers_legend: Text
    triggers_other: Text
    eases_label: Text
    changes_legend: Text
    changes_hint: Text
    carried: Annotated[Text, StringConstraints(pattern=r"\{count\}")]
    dont_wait: Text
    medicines_label: Text
    medicines_hint: Text
    ask_label: Text
    questions_legend: Text
    questions_hint: Text
    keep_label: Text
    keep_hint: Text
    kept: Text
    delete_button: Text
    deleted: Text
    not_kept: Text
    damaged: Text
    storage_off: Text
    print_button: Text
    clear_button: Text
    clear_confirm: Text
    summary_title: Text
    made_with: Annotated[Text, StringConstraints(pattern=r"\{site\}")]
    date_label: Text
    date_blank: Text
    sources_lead: Text
    all_sources: Text
    signs_note: Text
    rows: SummaryRows


class Search(Part):
    way_on_label: Text
    way_on_lead: Text
    way_on_links: list[Link] = Field(min_length=1)


class Locale(Part):
    """How dates are written, by Python, the templates and the scripts alike."""

    date: Annotated[Text, StringConstraints(pattern=r"\{day\}.*\{month\}|\{month\}.*\{day\}")]
    months: list[Text] = Field(min_length=12, max_length=12)


def long_date(day: datetime.date, locale: Locale) -> str:
    """A date as the site writes it for readers ("21 November 2026"), in the format of wording.yml's `locale`."""
    return fill(locale.date, day=day.day, month=locale.months[day.month - 1], year=day.year)


class Theme(Part):
    """The theme's own words: the review line under each page, the notice, the header, the footer."""

    checked_on: Annotated[Text, StringConstraints(pattern=r"\{date\}")]
    next_check: Annotated[Text, StringConstraints(pattern=r"\{date\}")]
    reviewed_by: Annotated[Text, StringConstraints(pattern=r"\{name\}.*\{role\}.*\{date\}")]
    report_link: Text
    report_note: Text
    report_title: Annotated[Text, StringConstraints(pattern=r"\{title\}")]
    notice_name: Text
    notice: Text
    footer: Text
    get_help: Text
    breadcrumb: Text
    palette_toggles: list[Text] = Field(min_length=1)


class NotFound(Part):
    title: Text
    summary: Text
    search_title: Text
    search_hint: Text
    search_key: Annotated[Text, StringConstraints(pattern=r"\{key\}")]
    routes_title: Text
    routes: list[Link] = Field(min_length=1)


class SourcesPage(Part):
    publisher: Annotated[Text, StringConstraints(pattern=r"\{publisher\}")]
    publisher_unknown: Text
    read_it: Text
    checked_copy: Text
    stored_copy: Text
    kind: Annotated[Text, StringConstraints(pattern=r"\{kind\}")]
    # By source kind (sources.yml `kind`).
    kinds: dict[Slug, Text]
    cited_on: Text
    not_cited: Text


class CorrectionsWords(Part):
    none_yet: Text
    why: Text
    source: Text


class AboutPage(Part):
    """What every page is about, for search engines (schema.org)."""

    subject: Text
    subject_other_names: list[Text]


class Wording(Part):
    locale: Locale
    theme: Theme
    not_found: NotFound
    sources_page: SourcesPage
    corrections: CorrectionsWords
    about_page: AboutPage
    care: Care
    checklist: Checklist
    checklist_method: ChecklistMethod
    help_box: HelpBox
    causes: Causes
    related: Related
    sources: Sources
    bodymap: BodyMap
    appointment: Appointment
    search: Search
