"""Which cause shows up where: the causes overview table, each region's table, each cause's
places and the lists of causes by kind (cause_tables.py)."""

from __future__ import annotations

import pathlib
import typing

from ...knowledge import Cause, Knowledge
from .. import Call, Component, Macro, lookup
from . import cause_tables

CAUSE_KINDS = typing.get_args(Cause.model_fields["kind"].annotation)


def _cause(kb: Knowledge, cause_id: str):  # type: ignore[no-untyped-def]
    return lookup(kb.causes, cause_id, "cause")


def _region(kb: Knowledge, region_id: str):  # type: ignore[no-untyped-def]
    return lookup(kb.regions, region_id, "region")


def _cause_list(call: Call, kind: str) -> str:
    lookup(dict.fromkeys(CAUSE_KINDS), kind, "cause kind")
    return cause_tables.cause_list(call.kb, kind, call.page)


COMPONENT = Component(
    folder=pathlib.Path(__file__).parent,
    macros={
        "overview_table": Macro(
            render=lambda call: cause_tables.overview(call.kb, call.page),
            sources=cause_tables.sources_of_overview,
        ),
        "cause_sites": Macro(
            render=lambda call, cause_id: cause_tables.cause_sites(call.kb, _cause(call.kb, cause_id), call.page),
            sources=lambda kb, cause_id: cause_tables.sources_of_cause(_cause(kb, cause_id)),
        ),
        "region_causes": Macro(
            render=lambda call, region_id: cause_tables.region_causes(call.kb, _region(call.kb, region_id), call.page),
            sources=lambda kb, region_id: cause_tables.sources_of_region(kb, _region(kb, region_id)),
        ),
        "cause_list": Macro(render=_cause_list),
    },
    styles=("cause_tables.css",),
    selector=".cause-table-wrap, .cause-sites, .cause-list",
    not_prose=".cause-table-wrap",
)
