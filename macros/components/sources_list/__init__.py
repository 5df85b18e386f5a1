"""The sources: each page's own collapsed Sources list, and the site-wide Sources page
with the pages that cite each source (sources_list.py)."""

from __future__ import annotations

import pathlib

from ... import citations
from .. import Call, Component, ComponentError, Macro
from . import sources_list


def _all_sources(call: Call) -> str:
    try:
        return sources_list.sources_page(call.kb, citations.citing_pages(call.docs_dir, call.kb), call.page)
    except citations.CitationError as error:
        raise ComponentError(str(error)) from None


COMPONENT = Component(
    folder=pathlib.Path(__file__).parent,
    macros={"all_sources": Macro(render=_all_sources)},
    selector=".page-sources",
    not_prose=".page-sources",
)
