"""Cause-by-site tables, generated from the knowledge data.

Each function takes the validated data and the docs path of the page that will
show the table (so links can be relative) and returns HTML. Links are final
relative URLs; the built-site tests check that each one lands on a real page
and anchor.
"""
from __future__ import annotations

import html

from .knowledge import ANYWHERE, Cause, Knowledge, Region
from .links import html_link

HELP_PAGE = "help/when-to-get-help.md"
CAUSES_PAGE = "causes/index.md"
KIND_HEADINGS = {"trigger": "Everyday triggers", "condition": "Medical conditions"}
KIND_NAMES = {"trigger": "Everyday trigger", "condition": "Medical condition"}
KIND_ANCHORS = {"trigger": "everyday-triggers", "condition": "medical-conditions"}
ANYWHERE_NAME = "Anywhere in the body"


def _table(caption: str, head: list[str], groups: list[list[str]], css_class: str) -> str:
    """A captioned table; each group of rows becomes its own <tbody>."""
    bodies = "".join("<tbody>\n" + "\n".join(rows) + "\n</tbody>\n" for rows in groups)
    return (
        f'<div class="kb-table {css_class}">\n<table>\n<caption>{html.escape(caption)}</caption>\n'
        f'<thead><tr>{"".join(head)}</tr></thead>\n{bodies}</table>\n</div>\n'
    )


def _col(label: str) -> str:
    return f'<th scope="col">{label}</th>'


def _linked_col(label: str, from_page: str, target: str) -> str:
    return f'<th scope="col">{html_link(label, from_page, target)}</th>'


def tier_link(kb: Knowledge, tier_id: str, from_page: str) -> str:
    """A tier's name, linked to its section of the help page."""
    return html_link(kb.tiers[tier_id].name, from_page, f"{HELP_PAGE}#{tier_id}")


def tier_cell(kb: Knowledge, tier_id: str, from_page: str) -> str:
    """A table cell naming a tier, linked to its section of the help page and coloured by tier."""
    return f'<td class="tier-badge tier-badge--{tier_id}">{tier_link(kb, tier_id, from_page)}</td>'


def _site_label(kb: Knowledge, site_id: str, from_page: str) -> str:
    if site_id == ANYWHERE:
        return html.escape(ANYWHERE_NAME)
    site = kb.sites[site_id]
    return html_link(site.name, from_page, kb.site_page(site))


def overview_table(kb: Knowledge, from_page: str) -> str:
    """Every body site (grouped by region) against the causes the sources tie to it.

    Rows: regions (row-group headers) and their sites; columns: everyday triggers and
    medical conditions, each cell listing linked causes with how the sources put it.
    Three columns keep it readable on a 360 px phone.
    """
    head = [_col("Body site")] + [
        _linked_col(KIND_HEADINGS[kind], from_page, f"{CAUSES_PAGE}#{KIND_ANCHORS[kind]}") for kind in KIND_HEADINGS
    ]

    def cell(site_id: str, kind: str) -> str:
        items = [
            f'<li>{html_link(cause.name, from_page, cause.page)}: {html.escape(link.described)}</li>'
            for cause in kb.causes.values()
            if cause.kind == kind
            for link in cause.sites
            if link.site == site_id
        ]
        if not items:
            return f'<td><span class="kb-none">None tied to this spot (see “{ANYWHERE_NAME}”)</span></td>'
        return '<td><ul>' + "".join(items) + "</ul></td>"

    def row(site_id: str) -> str:
        return f'<tr><th scope="row">{_site_label(kb, site_id, from_page)}</th>' + "".join(
            cell(site_id, kind) for kind in KIND_HEADINGS
        ) + "</tr>"

    def group_header(label: str) -> str:
        return f'<tr class="kb-region"><th scope="rowgroup" colspan="3">{label}</th></tr>'

    groups = [
        [group_header(html_link(region.name, from_page, region.page))] + [row(site.id) for site in kb.sites_in(region.id)]
        for region in kb.regions.values()
    ]
    groups.append([group_header(html.escape(ANYWHERE_NAME)), row(ANYWHERE)])
    return _table("Causes of twitching by body site, as the sources describe them", head, groups, "kb-overview")


def cause_sites_table(kb: Knowledge, cause: Cause, from_page: str) -> str:
    """Where one cause shows up: linked body sites, their region, and the sources' words."""
    if not cause.sites:
        return f'<p class="kb-none">The sources do not tie {html.escape(cause.name)} to one part of the body.</p>\n'
    head = [_col("Body site"), _col("Region"), _col("How the sources describe it")]
    rows = []
    for link in cause.sites:
        if link.site == ANYWHERE:
            region_cell = "<td>Any</td>"
        else:
            region = kb.regions[kb.sites[link.site].region]
            region_cell = f'<td>{html_link(region.name, from_page, region.page)}</td>'
        rows.append(
            f'<tr><th scope="row">{_site_label(kb, link.site, from_page)}</th>'
            f"{region_cell}<td>{html.escape(link.described)}</td></tr>"
        )
    return _table(f"Where it shows up: {cause.name}", head, [rows], "kb-cause-sites")


def region_causes_table(kb: Knowledge, region: Region, from_page: str) -> str:
    """Common causes in one body region: everyday triggers first, each with its tier of help."""
    site_ids = {site.id for site in kb.sites_in(region.id)}
    places: dict[str, list[str]] = {}
    for cause, link in kb.causes_at(site_ids):
        label = _site_label(kb, link.site, from_page)
        places.setdefault(cause.id, []).append(f"{label} ({html.escape(link.described)})")
    head = [_col("Cause"), _col("Kind"), _col("Where, as the sources describe it"), _col("Help to consider")]
    rows = [
        f'<tr><th scope="row">{html_link(kb.causes[cause_id].name, from_page, kb.causes[cause_id].page)}</th>'
        f"<td>{KIND_NAMES[kb.causes[cause_id].kind]}</td>"
        f'<td>{"; ".join(where)}</td>'
        f"{tier_cell(kb, kb.causes[cause_id].help_tier, from_page)}</tr>"
        for cause_id, where in places.items()
    ]
    return _table(f"Common causes of twitching in the {region.name.lower()}", head, [rows], "kb-region-causes")


def sources_of_cause(cause: Cause) -> list[str]:
    """Every source id a cause's table rests on, cause-level first, without repeats."""
    ids = list(cause.sources) + [source for link in cause.sites for source in link.sources]
    return list(dict.fromkeys(ids))


def sources_of_region(kb: Knowledge, region: Region) -> list[str]:
    site_ids = {site.id for site in kb.sites_in(region.id)}
    return list(dict.fromkeys(source for _, link in kb.causes_at(site_ids) for source in link.sources))


def sources_of_overview(kb: Knowledge) -> list[str]:
    return list(dict.fromkeys(source for cause in kb.causes.values() for link in cause.sites for source in link.sources))


def cause_list(kb: Knowledge, kind: str, from_page: str) -> str:
    """Every cause of one kind ('trigger' or 'condition') with its one-line summary, in data order."""
    items = [
        f"<li>{html_link(cause.name, from_page, cause.page)}: {html.escape(cause.summary)}</li>"
        for cause in kb.causes.values()
        if cause.kind == kind
    ]
    return f'<ul class="kb-cause-list">\n' + "\n".join(items) + "\n</ul>\n"
