"""The theme's own words and dates, from the wording data, where Material's templates read them.

Material's templates see the MkDocs config and each page's meta, not the macros' variables:
so the words go into `config.extra.words` (and the footer line into `config.copyright`, the
palette toggle's names into `config.theme.palette`), and each page's dates, written in the
site's format, into its meta. Plain functions of data; no MkDocs import.
"""

from __future__ import annotations

import datetime
from typing import Any

from ..links import page_url
from ..wording import Wording, long_date


def configure(conf: Any, words: Wording) -> None:
    """Put the theme's words where its templates read them (conf is MkDocs' config)."""
    conf["extra"]["words"] = {
        "theme": words.theme,
        "not_found": words.not_found,
        # The 404 page is served at any depth, so its links are from the site root.
        "not_found_routes": [(link.text, page_url(link.page)) for link in words.not_found.routes],
    }
    conf["copyright"] = words.theme.footer
    for option, name in zip(conf["theme"]["palette"], words.theme.palette_toggles, strict=True):
        option["toggle"]["name"] = name


def page_dates(meta: dict[str, Any], words: Wording) -> dict[str, str]:
    """A page's review dates, written for readers: checked, next check due and a clinician's review."""
    dates = {"reviewed": meta["reviewed"], "review_due": meta["review_due"]}
    clinical = meta.get("clinical_review")
    if isinstance(clinical, dict) and isinstance(clinical.get("date"), datetime.date):
        dates["clinical"] = clinical["date"]
    return {name: long_date(day, words.locale) for name, day in dates.items()}
