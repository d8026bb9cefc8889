"""Read the working-day calendar: the functions every deadline in Gongkai is computed with."""

from datetime import date, timedelta

from .calendar import WorkdayCalendar, YearNotCovered
from .models import DayOverride, YearSchedule

__all__ = [
    "YearNotCovered",
    "add_workdays",
    "current_calendar",
    "is_workday",
    "missing_years",
    "workdays_between",
]


def current_calendar() -> WorkdayCalendar:
    """Return a snapshot of the calendar: library data plus what coordinators loaded."""
    overrides = {d: w for d, w in DayOverride.objects.values_list("day", "is_workday")}
    loaded = frozenset(YearSchedule.objects.values_list("year", flat=True))
    return WorkdayCalendar(overrides=overrides, loaded_years=loaded)


def is_workday(day: date) -> bool:
    return current_calendar().is_workday(day)


def add_workdays(start: date, n: int) -> date:
    """Return the n-th working day after ``start`` (CAL-COUNT-1: ``start`` itself never counts)."""
    return current_calendar().add_workdays(start, n)


def workdays_between(start: date, end: date) -> int:
    """Count working days after ``start`` up to and including ``end``."""
    return current_calendar().workdays_between(start, end)


def missing_years(*, today: date, horizon_days: int = 90) -> list[int]:
    """List the years between ``today`` and the horizon that have no schedule.

    Deadlines of 40 working days plus pauses reach about two months ahead, so a year that
    starts within the horizon must be loaded now.
    """
    calendar = current_calendar()
    years = range(today.year, (today + timedelta(days=horizon_days)).year + 1)
    return [y for y in years if not calendar.covers(y)]
