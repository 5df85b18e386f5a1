"""How the site writes a date for readers: "21 November 2026" (review dates, and the date on
the printed checklist and appointment form)."""

from __future__ import annotations

import datetime


def long_date(day: datetime.date) -> str:
    return f"{day.day} {day:%B %Y}"
