"""Loading and validating the knowledge data: the real set, and broken copies of it."""

from __future__ import annotations

import shutil

import pytest
import yaml

from macros.knowledge import ANYWHERE, EVIDENCE_KINDS, TIER_IDS, DataError, load_knowledge
from support.project import DOCS, ROOT

DATA = DOCS / "data"


@pytest.fixture
def data_copy(tmp_path):
    """A writable copy of the data; edit(stem, change) rewrites one file through a function."""
    copy = tmp_path / "data"
    shutil.copytree(DATA, copy)

    def edit(stem: str, change) -> None:
        path = copy / f"{stem}.yml"
        entries = yaml.safe_load(path.read_text())
        change(entries)
        path.write_text(yaml.safe_dump(entries, sort_keys=False))

    edit.dir = copy
    return edit


def problems_after(data_copy) -> list[str]:
    with pytest.raises(DataError) as caught:
        load_knowledge(data_copy.dir, DOCS)
    return caught.value.problems


def entry(entries: list[dict], entry_id: str) -> dict:
    return next(e for e in entries if e["id"] == entry_id)


def test_real_data_loads_with_every_kind_of_entry(kb):
    assert list(kb.tiers) == list(TIER_IDS)
    assert len(kb.causes) >= 15 and len(kb.sites) >= 15 and len(kb.red_flags) >= 15
    assert {c.kind for c in kb.causes.values()} == {"trigger", "condition"}


def test_every_tier_has_at_least_one_red_flag(kb):
    assert all(kb.red_flags_by_tier()[tier] for tier in TIER_IDS)


@pytest.mark.parametrize(
    "cause_id, expected_sites",
    [
        ("stress-anxiety", {ANYWHERE, "eyelids", "calves", "hands"}),
        ("eye-irritation", {"eyelids"}),
        ("bfs", {"calves"}),
    ],
)
def test_cause_site_links_from_reliable_sources_are_in_the_data(kb, cause_id, expected_sites):
    linked = {link.site for link in kb.causes[cause_id].sites}
    assert expected_sites <= linked


def test_every_claim_in_the_real_data_rests_on_evidence(kb):
    """Each cause, body-site link and red flag cites guidance, reference or research."""

    def evidence(ids):
        return any(kb.sources[i].kind in EVIDENCE_KINDS for i in ids)

    assert all(evidence(c.sources) and all(evidence(link.sources) for link in c.sites) for c in kb.causes.values())
    assert all(evidence(f.sources) for f in kb.red_flags.values())


@pytest.mark.parametrize(
    "stem, entry_id, change, field",
    [
        ("causes", "caffeine", lambda e: e.update(sources=["interview-lafaye", "medical-reasons-article"]), "sources"),
        (
            "causes",
            "eye-irritation",
            lambda e: e["sites"][0].update(sources=["muscle-twitching-fact-sheet"]),
            "sites[0].sources",
        ),
        ("red_flags", "breathing-trouble", lambda e: e.update(sources=["interview-kantor"]), "sources"),
    ],
)
def test_claim_resting_only_on_interviews_or_unattributed_articles_stops_the_build(
    data_copy, stem, entry_id, change, field
):
    data_copy(stem, lambda entries: change(entry(entries, entry_id)))
    problems = problems_after(data_copy)
    expected = f"{stem}.yml: entry '{entry_id}', field '{field}': rests only on"
    assert any(expected in p and "cite guidance, reference or research" in p for p in problems), problems


def test_a_lead_beside_evidence_is_allowed(data_copy):
    data_copy(
        "causes", lambda entries: entry(entries, "caffeine").update(sources=["interview-lafaye", "nhs-twitching"])
    )
    load_knowledge(data_copy.dir, DOCS)


def test_every_source_has_a_known_kind_and_leads_are_marked(kb):
    assert {s.kind for s in kb.sources.values()} <= set(EVIDENCE_KINDS) | {"expert-interview", "unattributed"}
    assert all(
        kb.sources[i].kind == "expert-interview" for i in ("interview-kantor", "interview-lafaye", "interview-geraci")
    )


def test_correction_needs_a_real_page_and_evidence(data_copy):
    def add(entries):
        entries.append(
            {
                "id": "x",
                "date": "2026-11-21",
                "page": "nowhere.md",
                "change": "C.",
                "reason": "R.",
                "sources": ["medical-reasons-article"],
            }
        )

    data_copy("corrections", add)
    problems = problems_after(data_copy)
    assert any("corrections.yml: entry 'x', field 'page': page 'nowhere.md' does not exist" in p for p in problems)
    assert any("corrections.yml: entry 'x', field 'sources': rests only on unattributed" in p for p in problems)


def test_every_body_site_the_articles_name_is_in_the_data(kb):
    named = [
        "calves",
        "arches",
        "hamstrings",
        "thighs",
        "buttocks",
        "chest",
        "back",
        "neck",
        "shoulders",
        "arms",
        "fingers",
        "toes",
        "lips",
        "tongue",
        "eyelids",
        "head",
        "hands",
    ]
    assert set(named) <= set(kb.sites)


def test_site_page_defaults_to_its_region_page_and_anchor(kb):
    assert kb.site_page(kb.sites["calves"]) == "body-sites/hips-and-legs.md#calves"


def test_duplicate_id_is_reported_with_file_entry_and_field(data_copy):
    data_copy("causes", lambda entries: entries.append(dict(entries[0])))
    assert any(
        p.endswith("causes.yml: entry 'exercise', field 'id': duplicate id 'exercise'")
        for p in problems_after(data_copy)
    )


def test_missing_field_is_reported(data_copy):
    data_copy("causes", lambda entries: entry(entries, "nicotine").pop("summary"))
    assert any("causes.yml: entry 'nicotine', field 'summary': Field required" in p for p in problems_after(data_copy))


def test_misspelt_field_is_reported(data_copy):
    def misspell(entries):
        entries[0]["sumary"] = entries[0].pop("summary")

    data_copy("causes", misspell)
    problems = problems_after(data_copy)
    assert any("entry 'exercise', field 'sumary': Extra inputs are not permitted" in p for p in problems)
    assert any("entry 'exercise', field 'summary': Field required" in p for p in problems)


def test_unknown_body_site_is_reported(data_copy):
    data_copy("causes", lambda entries: entry(entries, "nicotine")["sites"][0].update(site="calfs"))
    assert any(
        "entry 'nicotine', field 'sites[0].site': unknown body site 'calfs'" in p for p in problems_after(data_copy)
    )


def test_red_flag_citing_a_missing_source_is_reported(data_copy):
    data_copy("red_flags", lambda entries: entry(entries, "breathing-trouble").update(sources=["nhs-999"]))
    assert any(
        "red_flags.yml: entry 'breathing-trouble', field 'sources[0]': unknown source 'nhs-999'" in p
        for p in problems_after(data_copy)
    )


def test_tier_outside_the_four_is_reported(data_copy):
    data_copy("red_flags", lambda entries: entry(entries, "weak-or-stiff").update(tier="soon"))
    assert any(
        "entry 'weak-or-stiff', field 'tier': Input should be 'emergency', 'urgent', 'doctor' or 'self-care'" in p
        for p in problems_after(data_copy)
    )


def test_link_to_a_page_that_does_not_exist_is_reported(data_copy):
    data_copy("causes", lambda entries: entry(entries, "nicotine").update(page="causes/smoking.md"))
    assert any(
        "entry 'nicotine', field 'page': page 'causes/smoking.md' does not exist" in p
        for p in problems_after(data_copy)
    )


def test_unknown_region_and_unknown_red_flag_are_reported(data_copy):
    data_copy("sites", lambda entries: entry(entries, "toes").update(region="foot"))
    data_copy("causes", lambda entries: entry(entries, "nicotine").update(red_flags=["heart-attack"]))
    problems = problems_after(data_copy)
    assert any("sites.yml: entry 'toes', field 'region': unknown region 'foot'" in p for p in problems)
    assert any(
        "causes.yml: entry 'nicotine', field 'red_flags[0]': unknown red flag 'heart-attack'" in p for p in problems
    )


def test_same_site_twice_in_one_cause_is_reported(data_copy):
    data_copy(
        "causes",
        lambda entries: entry(entries, "eye-irritation")["sites"].append(
            dict(entry(entries, "eye-irritation")["sites"][0])
        ),
    )
    assert any(
        "entry 'eye-irritation', field 'sites[1].site': body site 'eyelids' is listed twice" in p
        for p in problems_after(data_copy)
    )


def test_tiers_must_be_the_four_in_order(data_copy):
    data_copy("tiers", lambda entries: entries.reverse())
    assert any("tiers.yml: must list the four tiers in this order" in p for p in problems_after(data_copy))


def test_broken_yaml_and_wrong_shape_are_reported(data_copy):
    (data_copy.dir / "regions.yml").write_text("- id: feet\n  name: [unclosed\n")
    (data_copy.dir / "tiers.yml").write_text("emergency: call\n")
    problems = problems_after(data_copy)
    assert any("regions.yml: not valid YAML" in p for p in problems)
    assert any("tiers.yml: must be a list of entries, found dict" in p for p in problems)


def test_every_problem_is_reported_at_once(data_copy):
    data_copy("causes", lambda entries: entry(entries, "nicotine").update(help_tier="later"))
    data_copy("sources", lambda entries: entry(entries, "nhs-stroke").update(address="nhs.uk/stroke"))
    problems = problems_after(data_copy)
    assert any("entry 'nicotine', field 'help_tier'" in p for p in problems)
    assert any("sources.yml: entry 'nhs-stroke', field 'address'" in p for p in problems)


def test_json_schemas_match_the_models_and_each_data_file_names_its_schema():
    import sys

    sys.path.insert(0, str(ROOT / "tools"))
    from write_schemas import SCHEMA_DIR, SCHEMAS, schema_text

    for stem in SCHEMAS:
        assert (SCHEMA_DIR / f"{stem}.schema.json").read_text() == schema_text(stem), (
            f"run tools/write_schemas.py ({stem})"
        )
        first_line = (DATA / f"{stem}.yml").read_text().splitlines()[0]
        assert first_line == f"# yaml-language-server: $schema=schema/{stem}.schema.json"


def test_a_suggested_question_needs_known_evidence(data_copy):
    def change(entries):
        entry(entries, "tests")["sources"] = ["no-such-source"]
        entry(entries, "worry")["sources"] = ["interview-kantor"]

    data_copy("questions", change)
    problems = problems_after(data_copy)
    assert any(
        "questions.yml: entry 'tests', field 'sources[0]': unknown source 'no-such-source'" in p for p in problems
    )
    assert any("questions.yml: entry 'worry', field 'sources': rests only on expert-interview" in p for p in problems)


def test_an_entry_that_is_not_valid_is_reported_alone_without_follow_on_lines(data_copy):
    data_copy(
        "questions", lambda entries: entries.append({"id": "extra", "text": "Q?", "sources": ["x"], "asked": "often"})
    )
    problems = problems_after(data_copy)
    assert [p for p in problems if "questions.yml" in p] == [
        p for p in problems if "entry 'extra', field 'asked'" in p
    ] and len(problems) == 1


# The checklist's guidance lists (guidance.yml): every clause accounted for, never less cautious.


def clause(entries: list[dict], source_id: str, clause_id: str) -> dict:
    return next(c for c in entry(entries, source_id)["clauses"] if c["id"] == clause_id)


def test_every_clause_of_the_guidance_lists_maps_to_an_item_a_rule_or_an_exclusion(kb):
    for listing in kb.guidance.values():
        for c in listing.clauses:
            assert bool(c.items) + bool(c.rule) + bool(c.excluded) == 1, (listing.id, c.id)


def test_a_clause_with_no_item_rule_or_exclusion_stops_the_load_naming_file_clause_and_field(data_copy):
    data_copy("guidance", lambda entries: clause(entries, "nhs-twitching", "gp-twitch-more-than-2-weeks").pop("items"))
    assert (
        "docs/data/guidance.yml: entry 'nhs-twitching', field 'clauses[0] 'gp-twitch-more-than-2-weeks'': map it to "
        "checklist items (items), a combination rule (rule) or an exclusion with its reason (excluded): exactly one"
    ) in [p.replace(str(data_copy.dir), "docs/data") for p in problems_after(data_copy)]


def test_a_clause_with_both_an_item_and_an_exclusion_is_reported(data_copy):
    data_copy(
        "guidance",
        lambda entries: clause(entries, "nhs-twitching", "gp-twitch-more-than-2-weeks").update(excluded="Not ours."),
    )
    assert any(
        "'gp-twitch-more-than-2-weeks'': has items and excluded: give exactly one" in p
        for p in problems_after(data_copy)
    )


def test_an_item_less_urgent_than_its_clause_stops_the_load(data_copy):
    # NHS: chest pain is a reason to call 999; the checklist may never make it less urgent.
    data_copy("red_flags", lambda entries: entry(entries, "chest-pain").update(tier="urgent"))
    assert any(
        "entry 'nhs-when-to-call-999', field 'clauses[2] 'chest-pain-breathing-heart-attack-cardiac-arrest'.items[0]': "
        "item 'chest-pain' is urgent, but the clause gives emergency: follow the more cautious" in p
        for p in problems_after(data_copy)
    )


def test_an_item_no_clause_maps_to_stops_the_load(data_copy):
    def add(entries):
        entries.append(
            {
                "id": "itchy-nose",
                "text": "An itchy nose",
                "short": "itchy nose",
                "tier": "doctor",
                "sources": ["nhs-twitching"],
            }
        )

    data_copy("red_flags", add)
    assert any(
        "red_flags.yml: entry 'itchy-nose', field 'id': no clause in" in p
        and "every item rests on a guidance clause" in p
        for p in problems_after(data_copy)
    )


def test_a_rule_naming_an_unknown_item_or_lowering_a_sign_a_doctor_has_not_settled_is_reported(data_copy):
    def break_rules(entries):
        entry(entries, "already-examined")["lowers"].append("muscle-wasting")
        entry(entries, "worsening-weakness-with-breathing-or-swallowing")["when_all"] = ["weakness-worse"]

    data_copy("checklist_rules", break_rules)
    problems = problems_after(data_copy)
    assert any(
        "entry 'already-examined', field 'lowers[6]': 'muscle-wasting' is not settled_by_examination" in p
        for p in problems
    )
    assert any("field 'when_all[0]': unknown checklist item 'weakness-worse'" in p for p in problems)


# Bad input of every kind ends in one line naming the file, the entry and the field.


def test_a_file_that_is_not_utf8_is_one_line(data_copy):
    (data_copy.dir / "sites.yml").write_bytes("- id: calf\n  name: Calf \xe9\n".encode("latin-1"))
    assert any(p.endswith("sites.yml: not UTF-8 text (byte 24); save it as UTF-8") for p in problems_after(data_copy))


def test_a_key_given_twice_is_an_error_not_a_silent_overwrite(data_copy):
    path = data_copy.dir / "red_flags.yml"
    path.write_text(path.read_text().replace("  tier: emergency\n", "  tier: emergency\n  tier: self-care\n", 1))
    assert any(
        "red_flags.yml: not valid YAML at line" in p and "the key 'tier' is given twice" in p
        for p in problems_after(data_copy)
    )


def test_no_tiers_at_all_is_one_line(data_copy):
    (data_copy.dir / "tiers.yml").write_text("[]\n")
    assert any(
        "tiers.yml: must list the four tiers in this order: emergency, urgent, doctor, self-care" in p
        for p in problems_after(data_copy)
    )


def test_a_cause_page_anchor_with_no_such_section_is_reported(data_copy):
    data_copy(
        "causes",
        lambda entries: entry(entries, "nicotine").update(page="causes/caffeine-alcohol-and-stimulants.md#smoking"),
    )
    assert any(
        "entry 'nicotine', field 'page': page 'causes/caffeine-alcohol-and-stimulants.md' has no section { #smoking }"
        in p
        for p in problems_after(data_copy)
    )


@pytest.mark.parametrize("text", ["See [this](https://example.org/)", "A <b>bold</b> claim", "{{ config }}"])
def test_markup_in_a_data_text_field_is_one_line(data_copy, text):
    data_copy("sources", lambda entries: entries[0].update(title=text))
    assert any(
        "sources.yml: entry 'nhs-twitching', field 'title': Value error, write plain words" in p
        for p in problems_after(data_copy)
    )


def test_a_list_used_as_a_key_is_one_line_not_a_traceback(data_copy):
    (data_copy.dir / "regions.yml").write_text("- ? [a, b]\n  : 1\n")
    assert any("regions.yml: not valid data:" in p for p in problems_after(data_copy))
