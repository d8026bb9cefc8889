"""Count Chinese working days (工作日) on a calendar of holidays and adjusted working days.

CAL-WD-1: a working day is a Monday–Friday that is not a statutory holiday or 调休 rest day, plus
every weekend day the State Council's yearly notice makes a working day (调休上班). CAL-COUNT-1:
counting starts the day after the trigger day (《民事诉讼法》 (2023) Art. 85 by analogy).
CAL-MISSING-1: a year with no schedule is an error, never a weekends-only guess.

The base data comes from the ``chinese_calendar`` library (it covers 2004 to its last release
year); coordinators load later years and correct single days, which this module takes as
``overrides`` and ``loaded_years``. This module is pure: the database-backed calendar is built in
``selectors.current_calendar``.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache

import chinese_calendar
from django.utils.translation import gettext as _

from gongkai.core.errors import DomainError

LIBRARY_YEARS = range(
    min(chinese_calendar.constants.holidays).year,
    max(chinese_calendar.constants.holidays).year + 1,
)


@cache
def _library_workday(day: date) -> bool:
    """The library's answer, kept: it checks each date against its whole table (slow), and a
    count over years of days (an imported case's remaining days) asks for thousands."""
    return chinese_calendar.is_workday(day)


class YearNotCovered(DomainError):
    """No holiday schedule is loaded for ``year``: deadlines there cannot be computed."""

    def __init__(self, year: int):
        super().__init__(
            _(
                "No holiday schedule for %(year)d is loaded, so working days in %(year)d "
                "cannot be counted. The coordinator loads the State Council General Office's "
                "notice for %(year)d under Working-day calendar → Load a year's schedule."
            )
            % {"year": year},
            code="calendar_year_missing",
        )
        self.year = year


@dataclass(frozen=True)
class WorkdayCalendar:
    """A calendar snapshot: library data, coordinator-loaded years and single-day overrides.

    ``overrides`` maps a date to True (working day) or False (day off). A year in
    ``loaded_years`` is defined by its overrides on top of the plain Monday–Friday week (a loaded
    schedule lists every holiday and 调休 day); other years fall back to the library.
    """

    overrides: Mapping[date, bool] = field(default_factory=dict)
    loaded_years: frozenset[int] = frozenset()
    use_library: bool = True

    def covers(self, year: int) -> bool:
        return year in self.loaded_years or (self.use_library and year in LIBRARY_YEARS)

    def is_workday(self, day: date) -> bool:
        """Return whether ``day`` is a working day; raise YearNotCovered for an unknown year."""
        if day in self.overrides:
            return self.overrides[day]
        if day.year in self.loaded_years:
            return day.weekday() < 5
        if self.use_library and day.year in LIBRARY_YEARS:
            return _library_workday(day)
        raise YearNotCovered(day.year)

    def add_workdays(self, start: date, n: int) -> date:
        """Return the ``n``-th working day after ``start`` (``start`` itself never counts).

        ``n == 0`` returns ``start``. Negative ``n`` counts backwards (the ``|n|``-th working day
        before ``start``), which reminders use.
        """
        step = 1 if n >= 0 else -1
        remaining = abs(n)
        day = start
        while remaining:
            day += timedelta(days=step)
            if self.is_workday(day):
                remaining -= 1
        return day

    def workdays_between(self, start: date, end: date) -> int:
        """Count working days after ``start`` up to and including ``end``.

        So ``workdays_between(d, add_workdays(d, n)) == n``. If ``end`` is before ``start`` the
        count is negative: minus the working days after ``end`` up to and including ``start``.
        """
        if end < start:
            return -self.workdays_between(end, start)
        count = 0
        day = start
        while day < end:
            day += timedelta(days=1)
            if self.is_workday(day):
                count += 1
        return count

    def workdays_in(self, start: date, end: date) -> list[date]:
        """List the working days after ``start`` up to and including ``end``."""
        days = []
        day = start
        while day < end:
            day += timedelta(days=1)
            if self.is_workday(day):
                days.append(day)
        return days

    def is_holiday(self, day: date) -> bool:
        """Tell whether ``day`` is a statutory day off rather than an ordinary weekend."""
        if self.is_workday(day):
            return False
        if day.weekday() < 5 or self.overrides.get(day) is False:
            return True
        in_library = self.use_library and day.year in LIBRARY_YEARS
        if in_library and day.year not in self.loaded_years:
            return chinese_calendar.get_holiday_detail(day)[1] is not None
        return False

    def day_label(self, day: date) -> str:
        """Name a day for explanations: working day, adjusted working day, weekend or holiday."""
        if self.is_workday(day):
            return _("adjusted working day (调休上班)") if day.weekday() >= 5 else _("working day")
        return _("holiday") if self.is_holiday(day) else _("weekend")


@dataclass(frozen=True)
class ProvisionalCalendar(WorkdayCalendar):
    """The calendar with weekends only for the years it does not cover: for a 预计 date alone.

    CAL-MISSING-1: a deadline reaching a year without a loaded schedule is never computed on a
    guess. A date counted on this calendar may be shown only marked 预计 ("以国务院公布的…年
    节假日安排为准"), is never stored as a due date and never makes a case overdue.
    """

    def covers(self, year: int) -> bool:
        return True

    def is_workday(self, day: date) -> bool:
        try:
            return super().is_workday(day)
        except YearNotCovered:
            return day.weekday() < 5

    @classmethod
    def of(cls, calendar: WorkdayCalendar) -> "ProvisionalCalendar":
        return cls(calendar.overrides, calendar.loaded_years, calendar.use_library)


HOLIDAY_NAMES = {
    "New Year's Day": "元旦",
    "Spring Festival": "春节",
    "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节",
    "National Day": "国庆节",
    "Mid-autumn Festival": "中秋节",
    "Anti-Fascist 70th Day": "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日",
}


def library_days(year: int) -> list[tuple[date, bool, str]]:
    """Return the library's holidays and 调休 working days of ``year`` as (date, workday, name)."""
    days = [
        (day, False, HOLIDAY_NAMES.get(name, name))
        for day, name in chinese_calendar.constants.holidays.items()
        if day.year == year
    ]
    days += [
        (day, True, HOLIDAY_NAMES.get(name, name) + "调休上班")
        for day, name in chinese_calendar.constants.workdays.items()
        if day.year == year
    ]
    return sorted(days)
