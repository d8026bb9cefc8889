"""Load yearly schedules and set single days; audited, and open deadlines follow (CAL-DATA-1)."""

from datetime import date

from django.db import transaction

from gongkai.core.audit import audit_record

from .models import DayOverride, YearSchedule
from .schedule_file import parse_schedule
from .signals import calendar_changed


def _announce(years: set[int]) -> None:
    transaction.on_commit(lambda: calendar_changed.send(sender=YearSchedule, years=years))


@transaction.atomic
def schedule_load(*, text: str, actor=None, source: str = "") -> YearSchedule:
    """Load (or replace) one year's holidays and 调休 days from the schedule file format."""
    parsed = parse_schedule(text)
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
    DayOverride.objects.filter(day__year=parsed.year).delete()
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
    _announce({parsed.year})
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
