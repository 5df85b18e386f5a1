"""How the site writes a date for readers: "21 November 2026" (review dates, and the date on
the printed checklist and appointment form). The site's own function, so tests and pages agree
on one format."""

from __future__ import annotations

from macros.pages import long_date

__all__ = ["long_date"]
