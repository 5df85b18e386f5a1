"""The checklist on reader situations it was not written for, ticked in a real Chromium.

tests/checklist_vignettes.yml holds situations written from the guidance, each with the tier
the guidance gives, by someone who had not seen the checklist, and the boxes that reader would
tick, chosen by someone who did not see the tiers. Each is ticked here as a reader would: its
boxes, then "None of these" in every other group. Any situation the checklist
sends to less urgent help than the guidance fails the run, and so does a missed emergency;
more urgent help (over-triage) is counted and printed. The published method page must show the
same figures, and checklist.js must agree with triage.py on every situation.
"""

from __future__ import annotations

import pytest

from macros.components.checklist import VIGNETTES, triage
from macros.knowledge import TIER_IDS
from support.project import ROOT
from support.site_pages import CHECKLIST_VIGNETTES, record

PATH = "help/when-to-get-help/"
METHOD = "help/how-the-checklist-decides/"
READY = "form[data-checklist][data-checklist-ready]"
# One situation, as a reader's clicks reach checklist.js: the form's reset button, then a click
# on each box the reader ticks and on "None of these" in every other group, each a real click
# event on the real control (the checklist's own tests drive these clicks through Playwright
# one by one; 213 situations that way took 100 s of a run). Returns the tier the result shows.
TICK_A_SITUATION = """async ({reset, ticks, nones}) => {
  const form = document.querySelector('form[data-checklist]');
  const result = document.querySelector('[data-checklist-result]');
  Array.from(form.querySelectorAll('button')).find(button => button.textContent.trim() === reset).click();
  await new Promise(done => setTimeout(done, 0));  // checklist.js updates after the reset event
  if (result.getAttribute('data-tier')) return 'not reset';
  for (const id of ticks) document.getElementById('checklist-' + id).click();
  for (const group of nones) document.getElementById('checklist-none-' + group).click();
  return result.getAttribute('data-tier');
}"""


@pytest.fixture(scope="module")
def vignettes(kb):
    return triage.load_vignettes(ROOT / VIGNETTES, kb)


@pytest.fixture(scope="module")
def outcomes(browser, site_url, kb, vignettes):
    """Each vignette's tier as the checklist shows it in Chromium, by vignette id."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(site_url + PATH)
    page.wait_for_selector(READY, state="attached")
    groups = [tier for tier in TIER_IDS if kb.red_flags_by_tier()[tier]]
    shown = {}
    for vignette in vignettes:
        ticked_groups = {kb.red_flags[tick].tier for tick in vignette.ticks}
        nones = [group for group in groups if group not in ticked_groups]
        situation = {"reset": kb.words.checklist.reset_button, "ticks": list(vignette.ticks), "nones": nones}
        shown[vignette.id] = page.evaluate(TICK_A_SITUATION, situation)
    context.close()
    assert errors == []
    return shown


def test_the_suite_has_at_least_60_situations_and_every_tier(vignettes):
    assert len(vignettes) >= 60
    assert {v.expected_tier for v in vignettes} == set(TIER_IDS)


def test_the_browser_and_the_published_rules_agree_on_every_situation(kb, vignettes, outcomes):
    disagree = {v.id: (outcomes[v.id], triage.decide(kb, v.ticks).tier) for v in vignettes}
    assert {k: pair for k, pair in disagree.items() if pair[0] != pair[1]} == {}


def test_no_situation_is_sent_to_less_urgent_help_than_the_guidance_and_every_emergency_is_caught(
    kb, vignettes, outcomes, capsys
):
    rank = triage.RANK
    under = [
        f"{v.id}: guidance {v.expected_tier}, checklist {outcomes[v.id]}"
        for v in vignettes
        if rank[outcomes[v.id]] > rank[v.expected_tier]
    ]
    over = [
        f"{v.id}: guidance {v.expected_tier}, checklist {outcomes[v.id]}"
        for v in vignettes
        if rank[outcomes[v.id]] < rank[v.expected_tier]
    ]
    emergencies = [v for v in vignettes if v.expected_tier == TIER_IDS[0]]
    caught = sum(outcomes[v.id] == TIER_IDS[0] for v in emergencies)
    record(CHECKLIST_VIGNETTES, "situations", len(vignettes), capsys)
    record(CHECKLIST_VIGNETTES, "same tier as the guidance", len(vignettes) - len(under) - len(over), capsys)
    record(CHECKLIST_VIGNETTES, "emergencies caught", f"{caught} of {len(emergencies)}", capsys)
    record(CHECKLIST_VIGNETTES, "under-triage (less urgent than the guidance)", len(under), capsys)
    record(CHECKLIST_VIGNETTES, "over-triage (more urgent than the guidance)", len(over), capsys)
    record(CHECKLIST_VIGNETTES, "over-triaged situations", over, capsys)
    assert under == []
    assert caught == len(emergencies)


def test_the_method_page_publishes_the_same_figures(page, site_url, kb, vignettes, outcomes):
    scores = triage.score(kb, vignettes)
    assert {o.vignette.id: o.decision.tier for o in scores.outcomes} == outcomes
    page.goto(site_url + METHOD)
    expected = kb.words.checklist_method.results_summary.format(
        caught=scores.emergencies_caught,
        emergencies=scores.count(TIER_IDS[0]),
        under=len(scores.under),
        over=len(scores.over),
    )
    assert page.inner_text("[data-method-figures]").strip() == expected
