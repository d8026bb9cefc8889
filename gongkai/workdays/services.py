"""Load yearly schedules and set single days; audited, and open deadlines follow (CAL-DATA-1)."""

from datetime import date

from django.db import transaction
from django.db.models import Q

from gongkai.core.audit import audit_record

from .models import DayOverride, YearSchedule
from .notice import parse_any
from .signals import calendar_changed


def _announce(years: set[int]) -> None:
    transaction.on_commit(lambda: calendar_changed.send(sender=YearSchedule, years=years))


@transaction.atomic
def schedule_load(*, text: str, actor=None, source: str = "") -> YearSchedule:
    """Load (or replace) one year's holidays and 调休 days (CAL-DATA-1).

    ``text`` is the State Council General Office's notice as published (read by ``notice``) or
    the line format of ``schedule_file``; which one is told from the text. ``source`` defaults to
    the notice's document number. Days the notice dates in the adjacent year (the 2019 notice's
    2018-12-29) are stored with this year's schedule; reloading the adjacent year keeps them.
    """
    parsed = parse_any(text)
    source = source or parsed.notice
    schedule = YearSchedule.objects.filter(year=parsed.year).first()
    before = {}
    if schedule is None:
        schedule = YearSchedule.objects.create(
            year=parsed.year, notice=parsed.notice, source=source, loaded_by=actor
        )
    else:
        before = {
            "notice": schedule.notice,
            "days": {d.day.isoformat(): d.is_workday for d in schedule.days.all()},
        }
        schedule.notice, schedule.source, schedule.loaded_by = parsed.notice, source, actor
        schedule.save()
    # This year's days, except those another year's notice set (the 2019 notice's 2018-12-30
    # stays when 2018 is reloaded); this schedule's own days; any day the new text sets.
    DayOverride.objects.filter(
        Q(day__year=parsed.year, schedule__isnull=True)
        | Q(schedule=schedule)
        | Q(day__in=list(parsed.days))
    ).delete()
    DayOverride.objects.bulk_create(
        DayOverride(day=day, is_workday=workday, name=name, schedule=schedule)
        for day, (workday, name) in sorted(parsed.days.items())
    )
    audit_record(
        actor=actor,
        obj=schedule,
        action="calendar.load_year",
        before=before,
        after={
            "notice": parsed.notice,
            "days": {d.isoformat(): w for d, (w, _n) in sorted(parsed.days.items())},
        },
        reason=source,
    )
    _announce({parsed.year} | {day.year for day in parsed.days})
    return schedule


@transaction.atomic
def day_set(*, day: date, is_workday: bool, name: str = "", actor=None) -> DayOverride:
    """Declare one date a working day or a day off, overriding the library or loaded schedule."""
    row = DayOverride.objects.filter(day=day).first()
    before = {"is_workday": row.is_workday, "name": row.name} if row else {}
    if row is None:
        schedule = YearSchedule.objects.filter(year=day.year).first()
        row = DayOverride(day=day, schedule=schedule)
    row.is_workday, row.name = is_workday, name
    row.full_clean()
    row.save()
    audit_record(
        actor=actor,
        obj=row,
        action="calendar.set_day",
        before=before,
        after={"is_workday": is_workday, "name": name},
    )
    _announce({day.year})
    return row


@transaction.atomic
def day_clear(*, override: DayOverride, actor=None) -> None:
    """Remove a single-day override, restoring the library's or the loaded year's value."""
    audit_record(
        actor=actor,
        obj=override,
        action="calendar.clear_day",
        before={"is_workday": override.is_workday, "name": override.name},
    )
    year = override.day.year
    override.delete()
    _announce({year})
