"""The words the generated components show readers (docs/data/wording.yml), checked.

One pydantic model per component; every field is required and unknown fields are
errors, so a missing or misspelt key stops the build with the file, the
component and the field. Templates read these through `words`.

No MkDocs import.
"""

from __future__ import annotations

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


Text = Annotated[str, StringConstraints(min_length=1, strip_whitespace=True), AfterValidator(plain_words)]
PagePath = Annotated[str, StringConstraints(pattern=r"^[a-z0-9/_-]+\.md(#[a-z0-9-]+)?$")]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
WithNumber = Annotated[str, StringConstraints(pattern=r"\{number\}")]


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
    printed_from: Annotated[str, StringConstraints(pattern=r"\{site\}.*\{address\}")]
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
    announce: Annotated[str, StringConstraints(pattern=r"\{heading\}")]
    read_more_links: dict[Slug, list[Link]]


class ChecklistMethod(Part):
    """The words of the page that publishes how the checklist decides."""

    item_column: Text
    guidance_column: Text
    clause_gives: Annotated[str, StringConstraints(pattern=r"\{tier\}")]
    no_action: Text
    settled_note: Text
    rules_caption: Text
    rule_when_column: Text
    rule_result_column: Text
    any_of: Text
    lowers_note: Text
    excluded_caption: Annotated[str, StringConstraints(pattern=r"\{count\}")]
    excluded_clause_column: Text
    excluded_reason_column: Text
    results_lead: Annotated[str, StringConstraints(pattern=r"\{total\}")]
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
    version: Annotated[str, StringConstraints(pattern=r"\{version\}.*\{date\}")]


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
    summary: Annotated[str, StringConstraints(pattern=r"\{count\}")]
    all_sources: Text
    no_publisher: Text


class BodyMap(Part):
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
    carried: Annotated[str, StringConstraints(pattern=r"\{count\}")]
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
    made_with: Annotated[str, StringConstraints(pattern=r"\{site\}")]
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


class Wording(Part):
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
