"""Lay a year out as twelve month grids and sum a schedule up by festival, for the pages."""

import calendar as pycal
from dataclasses import dataclass, field
from datetime import date, timedelta

from .calendar import WorkdayCalendar
from .notice import WORKDAY_SUFFIX
from .schedule_file import Schedule


def year_grid(cal: WorkdayCalendar, year: int, names: dict[date, str] | None = None) -> list[dict]:
    """Return the months of ``year``, each a list of weeks of cells (None outside the month).

    A cell's ``kind`` is ``work``, ``work-adjusted`` (a weekend day worked, 调休上班), ``off`` (a
    holiday or 调休 day off) or ``weekend``.
    """
    names = names or {}
    months = []
    for month in range(1, 13):
        weeks = []
        for week in pycal.Calendar(firstweekday=0).monthdatescalendar(year, month):
            cells = []
            for day in week:
                if day.month != month:
                    cells.append(None)
                elif cal.is_workday(day):
                    kind = "work" if day.weekday() < 5 else "work-adjusted"
                    cells.append({"day": day, "kind": kind, "name": names.get(day, "")})
                else:
                    kind = "off" if cal.is_holiday(day) else "weekend"
                    cells.append({"day": day, "kind": kind, "name": names.get(day, "")})
            weeks.append(cells)
        months.append({"month": month, "weeks": weeks})
    return months


@dataclass
class FestivalSummary:
    name: str
    off: list[tuple[date, date]] = field(default_factory=list)  # runs of consecutive days off
    off_count: int = 0
    worked: list[date] = field(default_factory=list)


def festival_summary(schedule: Schedule) -> list[FestivalSummary]:
    """Group a schedule's days by festival, in the order of each festival's first day off."""
    festivals: dict[str, FestivalSummary] = {}
    for day, (workday, name) in sorted(schedule.days.items()):
        key = name.removesuffix(WORKDAY_SUFFIX) if workday else name
        festival = festivals.setdefault(key, FestivalSummary(name=key))
        if workday:
            festival.worked.append(day)
        elif festival.off and festival.off[-1][1] == day - timedelta(days=1):
            festival.off[-1] = (festival.off[-1][0], day)
            festival.off_count += 1
        else:
            festival.off.append((day, day))
            festival.off_count += 1
    return sorted(festivals.values(), key=lambda f: f.off[0][0] if f.off else f.worked[0])


def preview_calendar(schedule: Schedule) -> WorkdayCalendar:
    """Return the calendar the schedule alone makes of its year: the weekday rule plus its days."""
    overrides = {day: workday for day, (workday, _name) in schedule.days.items()}
    return WorkdayCalendar(
        overrides=overrides, loaded_years=frozenset({schedule.year}), use_library=False
    )
