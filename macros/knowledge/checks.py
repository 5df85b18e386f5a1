"""What the models alone cannot check: references between files, the checklist's rules
against its guidance, and the wording's references to the data. Each problem is one line
naming the file, the entry, the field and what is wrong."""

from __future__ import annotations

import pathlib
import re
import typing
from collections.abc import Callable

from .models import ANYWHERE, EXAMINED_TIERS, NUMBER_SLOT, TIER_IDS, SourceKind
from .store import Knowledge, unknown


def _check_references(kb: Knowledge, labels: dict[str, str], docs_dir: pathlib.Path, problems: list[str]) -> None:
    def report(stem: str, entry_id: str, field: str, message: str) -> None:
        problems.append(f"{labels[stem]}: entry '{entry_id}', field '{field}': {message}")

    def check_sources(stem: str, entry_id: str, field: str, ids: list[str]) -> None:
        """Every id is known, and at least one is evidence (guidance, reference or research)."""
        known = True
        for i, source_id in enumerate(ids):
            if source_id not in kb.sources:
                report(stem, entry_id, f"{field}[{i}]", unknown("source", source_id, kb.sources, labels["sources"]))
                known = False
        if known and ids and not any(kb.sources[source_id].is_evidence for source_id in ids):
            report(
                stem,
                entry_id,
                field,
                f"rests only on {' or '.join(sorted({kb.sources[i].kind for i in ids}))} sources "
                f"({', '.join(ids)}); cite guidance, reference or research, or remove the claim",
            )

    def check_page(stem: str, entry_id: str, field: str, page: str | None) -> None:
        if not page:
            return
        path, _, anchor = page.partition("#")
        if not (docs_dir / path).is_file():
            report(stem, entry_id, field, f"page '{path}' does not exist in {docs_dir.name}/")
        elif anchor and not re.search(
            rf"\{{\s*#{re.escape(anchor)}[\s}}.]", (docs_dir / path).read_text(encoding="utf-8")
        ):
            report(stem, entry_id, field, f"page '{path}' has no section {{ #{anchor} }}; add it to the heading")

    if list(kb.tiers) != list(TIER_IDS):
        problems.append(f"{labels['tiers']}: must list the four tiers in this order: {', '.join(TIER_IDS)}")
    for tier in kb.tiers.values():
        if tier.phone_numbers and NUMBER_SLOT not in tier.heading:
            report("tiers", tier.id, "heading", f"must hold {NUMBER_SLOT} where the number to call goes")
        if NUMBER_SLOT in tier.heading and not tier.phone_numbers:
            report("tiers", tier.id, "phone_numbers", f"missing; the heading has {NUMBER_SLOT} to fill in")
        if tier.phone_numbers and sum(not phone.languages for phone in tier.phone_numbers) != 1:
            report(
                "tiers", tier.id, "phone_numbers", "exactly one number needs no languages: the one for everyone else"
            )
    for region in kb.regions.values():
        check_page("regions", region.id, "page", region.page)
        for i, link in enumerate(region.common):
            if link.site not in kb.sites or kb.sites[link.site].region != region.id:
                report("regions", region.id, f"common[{i}].site", f"'{link.site}' is not a body site in this region")
            check_sources("regions", region.id, f"common[{i}].sources", link.sources)
    for site in kb.sites.values():
        if site.region not in kb.regions:
            report("sites", site.id, "region", unknown("region", site.region, kb.regions, labels["regions"]))
        check_page("sites", site.id, "page", site.page)
        if not site.page and site.region in kb.regions:
            # Explained in a section of its region's page: the body map and tables link there.
            check_page("sites", site.id, "id", kb.site_page(site))
    for cause in kb.causes.values():
        check_page("causes", cause.id, "page", cause.page)
        check_sources("causes", cause.id, "sources", cause.sources)
        for i, flag_id in enumerate(cause.red_flags):
            if flag_id not in kb.red_flags:
                report(
                    "causes",
                    cause.id,
                    f"red_flags[{i}]",
                    unknown("red flag", flag_id, kb.red_flags, labels["red_flags"]),
                )
        linked = set()
        for i, link in enumerate(cause.sites):
            if link.site != ANYWHERE and link.site not in kb.sites:
                report(
                    "causes",
                    cause.id,
                    f"sites[{i}].site",
                    unknown("body site", link.site, kb.sites, labels["sites"]),
                )
            if link.site in linked:
                report("causes", cause.id, f"sites[{i}].site", f"body site '{link.site}' is listed twice")
            linked.add(link.site)
            check_sources("causes", cause.id, f"sites[{i}].sources", link.sources)
    for flag in kb.red_flags.values():
        check_sources("red_flags", flag.id, "sources", flag.sources)
    _check_checklist(kb, labels, report)
    for correction in kb.corrections.values():
        check_page("corrections", correction.id, "page", correction.page)
        check_sources("corrections", correction.id, "sources", correction.sources)
    for question in kb.questions.values():
        check_sources("questions", question.id, "sources", question.sources)
    for entry in kb.search_words.values():
        check_page("search_words", entry.id, "page", entry.page)


def _check_checklist(kb: Knowledge, labels: dict[str, str], report: Callable[[str, str, str, str], None]) -> None:
    """The checklist's rules name real items; every clause of every guidance list maps to an item,
    a rule or an exclusion (one of them), and what it maps to is at least as urgent as the
    clause: where sources differ, the more cautious one wins. Every item rests on a clause."""
    rank = {tier: i for i, tier in enumerate(TIER_IDS)}
    for rule in kb.checklist_rules.values():
        for field in ("when_all", "when_any", "lowers"):
            for i, item_id in enumerate(getattr(rule, field)):
                if item_id not in kb.red_flags:
                    report(
                        "checklist_rules",
                        rule.id,
                        f"{field}[{i}]",
                        unknown("checklist item", item_id, kb.red_flags, labels["red_flags"]),
                    )
                elif field == "lowers" and not kb.red_flags[item_id].settled_by_examination:
                    report(
                        "checklist_rules",
                        rule.id,
                        f"{field}[{i}]",
                        f"'{item_id}' is not settled_by_examination: a rule may lower only those",
                    )
        if rule.lowers and any(rank[rule.tier] <= rank[kb.red_flags[i].tier] for i in rule.lowers if i in kb.red_flags):
            report(
                "checklist_rules",
                rule.id,
                "tier",
                "a lowering rule's tier must be less urgent than every item it lowers",
            )
    mapped: set[str] = set()
    for listing in kb.guidance.values():
        if listing.id not in kb.sources:
            report("guidance", listing.id, "id", unknown("source", listing.id, kb.sources, labels["sources"]))
        seen: set[str] = set()
        for i, clause in enumerate(listing.clauses):
            where = f"clauses[{i}] '{clause.id}'"
            if clause.id in seen:
                report("guidance", listing.id, f"{where}.id", "duplicate clause id")
            seen.add(clause.id)
            chosen = [name for name in ("items", "rule", "excluded") if getattr(clause, name)]
            if len(chosen) != 1:
                report(
                    "guidance",
                    listing.id,
                    where,
                    "map it to checklist items (items), a combination rule (rule) or an exclusion with its reason (excluded): exactly one"
                    if not chosen
                    else f"has {' and '.join(chosen)}: give exactly one",
                )
                continue
            if clause.rule:
                target = kb.checklist_rules.get(clause.rule)
                if target is None:
                    report(
                        "guidance",
                        listing.id,
                        f"{where}.rule",
                        unknown("rule", clause.rule, kb.checklist_rules, labels["checklist_rules"]),
                    )
                elif clause.tier != "none" and rank[target.tier] > rank[clause.tier]:
                    report(
                        "guidance",
                        listing.id,
                        f"{where}.rule",
                        f"rule '{target.id}' gives {target.tier}, but the clause gives {clause.tier}: follow the more cautious",
                    )
                elif listing.id not in target.sources:
                    report(
                        "guidance",
                        listing.id,
                        f"{where}.rule",
                        f"rule '{target.id}' does not cite '{listing.id}' in its sources",
                    )
            for j, item_id in enumerate(clause.items):
                item = kb.red_flags.get(item_id)
                if item is None:
                    report(
                        "guidance",
                        listing.id,
                        f"{where}.items[{j}]",
                        unknown("checklist item", item_id, kb.red_flags, labels["red_flags"]),
                    )
                    continue
                mapped.add(item_id)
                if clause.tier != "none" and rank[item.tier] > rank[clause.tier]:
                    report(
                        "guidance",
                        listing.id,
                        f"{where}.items[{j}]",
                        f"item '{item_id}' is {item.tier}, but the clause gives {clause.tier}: follow the more cautious",
                    )
                if listing.id not in item.sources:
                    report(
                        "guidance",
                        listing.id,
                        f"{where}.items[{j}]",
                        f"item '{item_id}' does not cite '{listing.id}' in its sources",
                    )
    if kb.guidance:
        for flag in kb.red_flags.values():
            if flag.id not in mapped:
                report(
                    "red_flags",
                    flag.id,
                    "id",
                    f"no clause in {labels['guidance']} maps to this item: every item rests on a guidance clause",
                )


def _check_wording(kb: Knowledge, label: str, docs_dir: pathlib.Path, problems: list[str]) -> None:
    words = kb.wording
    if words is None:
        return
    for field in ("core_flags", "examined_flags"):
        for i, flag_id in enumerate(getattr(words.help_box, field)):
            if flag_id not in kb.red_flags:
                problems.append(f"{label}: entry 'help_box', field '{field}[{i}]': unknown red flag '{flag_id}'")
            elif field == "examined_flags" and kb.red_flags[flag_id].tier not in EXAMINED_TIERS:
                problems.append(
                    f"{label}: entry 'help_box', field '{field}[{i}]': '{flag_id}' is {kb.red_flags[flag_id].tier};"
                    " the way back names signs to see the doctor about again (doctor) or the same day (urgent)"
                )
    for kind in typing.get_args(SourceKind):
        if kind not in words.sources_page.kinds:
            problems.append(f"{label}: entry 'sources_page', field 'kinds.{kind}': missing; name every kind of source")
    links = words.checklist.read_more_links
    for tier_id in TIER_IDS:
        if tier_id not in links:
            problems.append(
                f"{label}: entry 'checklist', field 'read_more_links.{tier_id}': missing; every tier needs its links"
            )
    for tier_id, tier_links in links.items():
        if tier_id not in TIER_IDS:
            problems.append(f"{label}: entry 'checklist', field 'read_more_links.{tier_id}': not a tier")
        for i, link in enumerate(tier_links):
            if not (docs_dir / link.page.split("#")[0]).is_file():
                problems.append(
                    f"{label}: entry 'checklist', field 'read_more_links.{tier_id}[{i}].page': "
                    f"page '{link.page.split('#')[0]}' does not exist in {docs_dir.name}/"
                )
