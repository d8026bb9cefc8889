"""Dated occurrences of recurring tasks and of event-relative limits; reminders before and after.

PLAN-RECUR-1 / PLAN-RECUR-2: monthly, quarterly, half-yearly and yearly releases, and limits
counted in working days from an event ("文件公开后3个工作日内", CAL-COUNT-1: the event day
never counts).
"""

import calendar
from datetime import date, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext as _

from gongkai.core.audit import audit_record
from gongkai.core.dates import add_months
from gongkai.core.db import model_update
from gongkai.core.errors import DomainError, PermissionDeniedError
from gongkai.core.notify import notify
from gongkai.workdays.selectors import YearNotCovered, current_calendar

from ..models import Task, TaskOccurrence
from ..selectors import OPEN_STATUSES, plan_can_manage, plan_coordinators, task_unit_users
from ..states import PlanStatus

_PERIODS = {"monthly": 1, "quarterly": 3, "half_yearly": 6, "yearly": 12}


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _label(recurrence: str, year: int, month: int) -> str:
    if recurrence == "monthly":
        return f"{year}年{month}月"
    if recurrence == "quarterly":
        return f"{year}年第{month // 3}季度"
    if recurrence == "half_yearly":
        return f"{year}年{'上' if month == 6 else '下'}半年"
    return f"{year}年度"


def recurrence_dates(recurrence: str, year: int) -> list[tuple[date, str]]:
    """The period ends of ``recurrence`` within ``year``: 12 month ends, 4 quarter ends, …"""
    step = _PERIODS.get(recurrence)
    if not step:
        return []
    return [
        (_month_end(year, month), _label(recurrence, year, month))
        for month in range(step, 13, step)
    ]


@transaction.atomic
def task_occurrences_generate(*, task: Task) -> int:
    """Create the task's dated occurrences (idempotent); return how many were added.

    A recurring task gets one per period of the plan year; a task with a plain due date gets
    that one. Limits relative to an event wait for the event date (task_event_date_set).
    """
    wanted: list[tuple[date, str]] = []
    if task.recurrence == "yearly" and task.due_on:
        # PLAN-RECUR-1: "每年7月底前" recurs yearly on its own day (31 July), not at year end
        wanted = [(task.due_on, _label("yearly", task.due_on.year, 12))]
    elif task.recurrence in _PERIODS and task.plan.year:
        wanted = recurrence_dates(task.recurrence, task.plan.year)
    elif task.due_on:
        wanted = [(task.due_on, task.deadline_text[:60] or _("time limit"))]
    existing = set(task.occurrences.values_list("due_on", flat=True))
    new = [
        TaskOccurrence(task=task, due_on=due, label=label)
        for due, label in wanted
        if due not in existing
    ]
    TaskOccurrence.objects.bulk_create(new)
    return len(new)


@transaction.atomic
def task_event_date_set(*, task: Task, event_on: date, actor) -> TaskOccurrence:
    """Enter the date of the event a relative limit counts from; create the dated occurrence.

    Working days are counted on the loaded calendar after the event day (CAL-COUNT-1); a year
    without a holiday schedule is refused (缺少该年度节假日安排), never guessed.
    """
    if not plan_can_manage(user=actor, plan=task.plan):
        raise PermissionDeniedError(_("Only the plan's coordinator may change it."))
    rule = task.relative_rule or {}
    if "workdays" in rule:
        due = current_calendar().add_workdays(event_on, int(rule["workdays"]))
    elif "days" in rule:
        due = event_on + timedelta(days=int(rule["days"]))
    elif "months" in rule:
        due = add_months(event_on, int(rule["months"]))
    else:
        raise DomainError(
            _("This task has no time limit counted from an event."), code="no_relative_rule"
        )
    label = f"{rule.get('event', '')}（{event_on:%Y-%m-%d}）"[:60]
    occurrence, _created = TaskOccurrence.objects.get_or_create(
        task=task,
        due_on=due,
        defaults={"label": label, "event_on": event_on if "workdays" in rule else None},
    )
    audit_record(
        actor=actor,
        obj=task,
        action="task.event_date",
        org=task.plan.org,
        after={"event_on": event_on, "due_on": due},
    )
    return occurrence


def occurrence_due_recompute_open() -> int:
    """Count again the due dates of open occurrences set in working days from an event.

    CAL-DATA-1: a day declared off (or worked) after the event date was entered moves the due
    date. Only occurrences not done, of open tasks, are touched; a moved occurrence is reminded
    again for its new date. Not audited: the date is derived (task.event_date records the
    decision). Return how many moved.
    """
    cal = current_calendar()
    moved = 0
    open_occurrences = TaskOccurrence.objects.filter(
        event_on__isnull=False, done_on__isnull=True, task__status__in=OPEN_STATUSES
    ).select_related("task")
    for occ in open_occurrences:
        workdays = (occ.task.relative_rule or {}).get("workdays")
        if workdays is None:
            continue
        try:
            due = cal.add_workdays(occ.event_on, int(workdays))
        except YearNotCovered:
            continue
        if due == occ.due_on or occ.task.occurrences.filter(due_on=due).exists():
            continue
        model_update(occ, due_on=due, reminded_before=False, reminded_overdue=False)
        moved += 1
    return moved


def plan_reminders_send(*, today: date, days_before: int | None = None) -> dict[str, int]:
    """Send the day's reminders; run daily (tasks.py). Return how many of each went out.

    Before: once, from ``days_before`` working days before an open occurrence's due date
    (setting GONGKAI_PLAN_REMINDER_DAYS, default 3). Overdue: once, on the first working day
    after a missed due date. Occurrences in a year the calendar does not cover are skipped
    (缺少该年度节假日安排) rather than guessed.
    """
    if days_before is None:
        days_before = int(getattr(settings, "GONGKAI_PLAN_REMINDER_DAYS", 3))
    cal = current_calendar()
    sent = {"before": 0, "overdue": 0, "skipped": 0}
    due = Q(reminded_before=False) | Q(reminded_overdue=False, due_on__lt=today)
    for occ in TaskOccurrence.objects.filter(
        due,
        done_on__isnull=True,
        task__status__in=OPEN_STATUSES,
        task__plan__status=PlanStatus.DISPATCHED,
    ).select_related("task", "task__plan"):
        try:
            if today > occ.due_on:
                if not occ.reminded_overdue and today >= cal.add_workdays(occ.due_on, 1):
                    _remind(occ, overdue=True)
                    sent["overdue"] += 1
            elif not occ.reminded_before and cal.workdays_between(today, occ.due_on) <= days_before:
                _remind(occ, overdue=False)
                sent["before"] += 1
        except YearNotCovered:
            sent["skipped"] += 1
    return sent


@transaction.atomic
def _remind(occ: TaskOccurrence, *, overdue: bool) -> None:
    task = occ.task
    values = {"task": str(task)[:80], "due": f"{occ.due_on:%Y-%m-%d}", "period": occ.label}
    if overdue:
        title = _("Overdue: “%(task)s” was due on %(due)s (%(period)s)") % values
        users = [*task_unit_users(task=task), *plan_coordinators(plan=task.plan)]
        model_update(occ, reminded_overdue=True, reminded_before=True)
    else:
        title = _("Due soon: “%(task)s” is due on %(due)s (%(period)s)") % values
        users = list(task_unit_users(task=task))
        model_update(occ, reminded_before=True)
    notify(
        users=users, title=title, url=reverse("plans:task", args=[task.pk]), kind="plans.reminder"
    )
