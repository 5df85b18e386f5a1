"""A page that includes a shared snippet cites the sources the snippet names, once, for both
the page's own Sources list and the site-wide Sources page."""

from __future__ import annotations

import pytest

from macros import citations
from support.project import ROOT

INCLUDES = ROOT / citations.INCLUDES


def test_a_page_that_includes_the_studies_cites_their_sources(kb):
    page = '---\ntitle: T\nsources: [nhs-twitching]\n---\n\n--8<-- "follow-up-studies.md"\n'
    _, cited = citations.sources_cited_by(page, kb, INCLUDES)
    assert cited[0] == "nhs-twitching"
    assert set(cited[1:]) == set(citations.snippet_sources(INCLUDES / "follow-up-studies.md", kb))
    assert "muscle-nerve-2018-bfs" in cited


def test_a_snippet_with_an_unknown_source_is_named(kb, tmp_path):
    (tmp_path / "x.md").write_text("<!-- Shared.\n     sources: [nhs-twitchng]\n-->\nText.\n", encoding="utf-8")
    with pytest.raises(citations.CitationError, match=r"includes/x.md: unknown source nhs-twitchng"):
        citations.snippet_sources(tmp_path / "x.md", kb)
