"""Calendar arithmetic the standard library lacks, shared by the apps that need it."""

import calendar
from datetime import date


def add_months(day: date, months: int) -> date:
    """Return the same day ``months`` later, or the month's last day if it has fewer days.

    Written here because the standard library has no month arithmetic and one function does
    not justify a new dependency (dateutil).
    """
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
