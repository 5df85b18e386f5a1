"""The knowledge base: causes, body sites, red flags, tiers and sources, validated.

The data lives in docs/data/*.yml (kept out of the built site). Each file is a list of
entries; `load_knowledge` checks every entry's fields with pydantic (`models`), then
every reference between files (`checks`), and raises `DataError` listing each problem as
"file: entry 'id', field 'name': what is wrong" (`loading`). `Knowledge` (`store`) is the
result, with the lookups pages make.

No MkDocs import here: the loader is a plain function of a folder.
"""

from __future__ import annotations

from .loading import load_knowledge
from .models import (
    ANYWHERE,
    EVIDENCE_KINDS,
    EXAMINED_TIERS,
    FILES,
    SAFE_LOADER,
    TIER_IDS,
    BodySite,
    Cause,
    ChecklistRule,
    Clause,
    Correction,
    Drawing,
    Entry,
    GuidanceList,
    MapPlace,
    Question,
    RedFlag,
    Region,
    SearchWords,
    Shape,
    SiteLink,
    Source,
    SourceKind,
    Tier,
    TierInfo,
)
from .store import DataError, Knowledge, unknown

__all__ = [
    "ANYWHERE",
    "EVIDENCE_KINDS",
    "EXAMINED_TIERS",
    "FILES",
    "SAFE_LOADER",
    "TIER_IDS",
    "BodySite",
    "Cause",
    "ChecklistRule",
    "Clause",
    "Correction",
    "DataError",
    "Drawing",
    "Entry",
    "GuidanceList",
    "Knowledge",
    "MapPlace",
    "Question",
    "RedFlag",
    "Region",
    "SearchWords",
    "Shape",
    "SiteLink",
    "Source",
    "SourceKind",
    "Tier",
    "TierInfo",
    "load_knowledge",
    "unknown",
]
