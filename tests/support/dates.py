"""Dates as the site writes them for readers, in its own format (wording.yml `locale`)."""

from __future__ import annotations

import datetime

from support.project import project_knowledge


def long_date(day: datetime.date) -> str:
    from macros.wording import long_date as site_long_date

    return site_long_date(day, project_knowledge().words.locale)
