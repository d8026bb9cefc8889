"""Calendar arithmetic the standard library lacks, and the one reader of dates as typed."""

import calendar
import re
from datetime import date, datetime


def add_months(day: date, months: int) -> date:
    """Return the same day ``months`` later, or the month's last day if it has fewer days.

    Written here because the standard library has no month arithmetic and one function does
    not justify a new dependency (dateutil).
    """
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


#: A day as officials write it: 2024-05-06, 2024/5/6, 2024.5.6 or 2024年5月6日 (spaces allowed
#: between the parts, the 日 optional), or the eight digits 20240506 (ISO 8601's basic form,
#: which the commands accepted through ``date.fromisoformat`` before).
_WRITTEN_DATE = re.compile(
    r"(\d{4})\s*[年/.\-]\s*(\d{1,2})\s*[月/.\-]\s*(\d{1,2})\s*日?|(\d{4})(\d{2})(\d{2})"
)


class NotADate(ValueError):
    """A value that names no day of the calendar; the caller words the message for its input."""


def parse_date(value: object) -> date | None:
    """The day ``value`` names, read the one way every import and command reads dates.

    Accepted: a date, a datetime (an Excel date cell; its date), or text written 2024-05-06,
    2024/5/6, 2024.5.6, 2024年5月6日 or 20240506. None for an empty value (None or blank text).
    Anything else, and a day the calendar does not have (2024年2月30日), raises ``NotADate``.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        match = _WRITTEN_DATE.fullmatch(text)
        if match:
            try:
                return date(*(int(part) for part in match.groups() if part is not None))
            except ValueError:
                pass
    raise NotADate(value)
