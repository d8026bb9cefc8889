"""Read query parameters that users and scripts type: refuse what cannot be used with HTTP 400."""

import re
from datetime import date

from django.utils.dateparse import parse_date
from django.utils.translation import gettext as _

from .errors import BadRequestError

#: The years a page or the API may be asked about: the regulations date from 2008, the calendar
#: and the statistics need a real year before and after.
FIRST_YEAR, LAST_YEAR = 1900, 2100


def year_param(text: str | None, *, default: int | None = None, field: str = "year") -> int | None:
    """The year in ``text`` ("2025"), ``default`` when empty; else BadRequestError."""
    text = (text or "").strip()
    if not text:
        return default
    if not re.fullmatch(r"[0-9]{1,4}", text) or not FIRST_YEAR <= int(text) <= LAST_YEAR:
        raise BadRequestError(
            _("Give a year between %(first)s and %(last)s.")
            % {"first": FIRST_YEAR, "last": LAST_YEAR},
            field=field,
        )
    return int(text)


def date_in_range(day: date, *, field: str = "date") -> date:
    """``day`` itself when its year is one a page may be asked about; else BadRequestError."""
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise BadRequestError(
            _("Give a date between %(first)s and %(last)s.")
            % {"first": f"{FIRST_YEAR}-01-01", "last": f"{LAST_YEAR}-12-31"},
            field=field,
        )
    return day


def id_param(text: str | None) -> int | None:
    """The record id in ``text`` when it is one (ASCII digits that fit the database), else None:
    ``str.isdigit`` also accepts "²" and "١", which ``int`` then refuses or the database cannot
    hold."""
    text = str(text or "").strip()
    return int(text) if re.fullmatch(r"[0-9]{1,18}", text) else None


def date_param(text: str | None, *, field: str = "date") -> date | None:
    """The date in ``text`` (YYYY-MM-DD), None when empty; else BadRequestError."""
    text = (text or "").strip()
    if not text:
        return None
    try:
        day = parse_date(text)
    except ValueError:  # well formed but not a day of the calendar: 2025-02-30
        day = None
    if day is None:
        raise BadRequestError(
            _("Write the date as year-month-day, for example %(example)s.")
            % {"example": "2025-03-01"},
            field=field,
        )
    return date_in_range(day, field=field)
