"""Recurring and event-relative deadlines, and the daily reminders (time frozen)."""

from datetime import date

import pytest
import time_machine

from gongkai.core.models import Notification
from gongkai.plans.models import TaskOccurrence
from gongkai.plans.services import (
    plan_confirm,
    plan_import,
    plan_reminders_send,
    plan_unit_map,
    task_event_date_set,
    task_occurrences_generate,
)
from gongkai.plans.services.occurrences import recurrence_dates

from .helpers import seed


def test_quarterly_and_monthly_occurrences_fall_on_period_ends():
    assert recurrence_dates("quarterly", 2020) == [
        (date(2020, 3, 31), "2020年第1季度"),
        (date(2020, 6, 30), "2020年第2季度"),
        (date(2020, 9, 30), "2020年第3季度"),
        (date(2020, 12, 31), "2020年第4季度"),
    ]
    monthly = recurrence_dates("monthly", 2020)
    assert len(monthly) == 12 and monthly[1] == (date(2020, 2, 29), "2020年2月")  # leap year
    assert recurrence_dates("half_yearly", 2021)[0] == (date(2021, 6, 30), "2021年上半年")
    assert recurrence_dates("continuous", 2020) == []


@pytest.fixture
def plan(org_tree, coordinator):
    data, name = seed("004")
    plan = plan_import(data=data, filename=name, org=org_tree["commission"], actor=coordinator)
    plan_unit_map(plan=plan, name="省直各部门", org=org_tree["office"], actor=coordinator)
    return plan


@pytest.mark.django_db
def test_confirm_creates_occurrences_and_a_recurring_task_gets_one_per_period(plan, coordinator):
    task = plan.tasks.get(path=["二", "（三）"])  # no time limit in seed 004
    task.recurrence = "quarterly"
    task.save()
    plan_confirm(plan=plan, actor=coordinator, unmapped_confirmed=True, orphans_to_issuer=True)
    assert list(task.occurrences.values_list("due_on", flat=True)) == [
        date(2020, 3, 31),
        date(2020, 6, 30),
        date(2020, 9, 30),
        date(2020, 12, 31),
    ]
    assert task_occurrences_generate(task=task) == 0  # idempotent
    dated = plan.tasks.get(path=["二", "（四）"])  # 2020年10月底前
    assert list(dated.occurrences.values_list("due_on", flat=True)) == [date(2020, 10, 31)]


@pytest.mark.django_db
def test_a_yearly_duty_falls_on_its_own_day_not_year_end(plan, coordinator):
    """PLAN-RECUR-1: 每年7月底前 is due 31 July each year."""
    task = plan.tasks.get(path=["二", "（三）"])
    task.recurrence, task.due_on = "yearly", date(2020, 7, 31)
    task.save()
    plan_confirm(plan=plan, actor=coordinator, unmapped_confirmed=True, orphans_to_issuer=True)
    assert list(task.occurrences.values_list("due_on", "label")) == [
        (date(2020, 7, 31), "2020年度")
    ]


@pytest.mark.django_db
def test_an_event_relative_limit_counts_working_days_after_the_event(plan, coordinator):
    task = plan.tasks.get(position=0)
    task.relative_rule = {"event": "文件公开", "workdays": 3}
    task.save()
    occ = task_event_date_set(task=task, event_on=date(2020, 9, 30), actor=coordinator)
    # Oct 1-8 2020 were National Day and Mid-Autumn holidays; Sat Oct 10 was worked (调休):
    # the 1st working day is Oct 9, the 2nd Oct 10, the 3rd Mon Oct 12.
    assert occ.due_on == date(2020, 10, 12)


@pytest.mark.django_db
def test_reminders_go_out_n_working_days_before_and_the_working_day_after(
    plan, coordinator, editor
):
    plan_confirm(plan=plan, actor=coordinator, unmapped_confirmed=True, orphans_to_issuer=True)
    task = plan.tasks.get(path=["二", "（一）"])  # due Thu 2020-12-31
    TaskOccurrence.objects.exclude(task=task).delete()

    def run(day: str) -> dict:
        with time_machine.travel(f"{day} 08:00 +0800", tick=False):
            return plan_reminders_send(today=date.fromisoformat(day))

    assert run("2020-12-24")["before"] == 0  # 5 working days ahead
    assert run("2020-12-28")["before"] == 1  # Mon: Dec 29, 30, 31 are the last 3
    assert run("2020-12-29")["before"] == 0  # once only
    soon = Notification.objects.get(user=editor, kind="plans.reminder")
    assert "即将到期" in soon.title and "2020-12-31" in soon.title
    assert run("2021-01-01")["overdue"] == 0  # New Year's Day is a holiday
    assert run("2021-01-04")["overdue"] == 1  # the first working day after the due date
    assert run("2021-01-05")["overdue"] == 0
    overdue = Notification.objects.filter(kind="plans.reminder", title__startswith="已逾期")
    assert {n.user for n in overdue} == {editor, coordinator}


@pytest.mark.django_db
def test_reminder_days_are_configurable_and_done_occurrences_are_quiet(plan, coordinator):
    plan_confirm(plan=plan, actor=coordinator, unmapped_confirmed=True, orphans_to_issuer=True)
    task = plan.tasks.get(path=["二", "（一）"])
    TaskOccurrence.objects.exclude(task=task).delete()
    assert plan_reminders_send(today=date(2020, 12, 24), days_before=5)["before"] == 1
    task.occurrences.update(done_on=date(2020, 12, 30))
    assert plan_reminders_send(today=date(2021, 1, 4))["overdue"] == 0


@pytest.mark.django_db
def test_a_changed_calendar_counts_open_working_day_limits_again(
    plan, coordinator, django_capture_on_commit_callbacks
):
    """CAL-DATA-1: 文件公开后3个工作日内 moves when a day in between is declared off."""
    from gongkai.core.models import AuditEntry
    from gongkai.workdays.services import day_set

    plan_confirm(plan=plan, actor=coordinator, unmapped_confirmed=True, orphans_to_issuer=True)
    first, second = plan.tasks.order_by("position")[:2]
    for task in (first, second):
        task.relative_rule = {"event": "文件公开", "workdays": 3}
        task.save()
    occ = task_event_date_set(task=first, event_on=date(2020, 9, 30), actor=coordinator)
    done = task_event_date_set(task=second, event_on=date(2020, 9, 30), actor=coordinator)
    TaskOccurrence.objects.filter(pk=done.pk).update(done_on=date(2020, 10, 9))
    assert occ.due_on == done.due_on == date(2020, 10, 12)
    last = AuditEntry.objects.order_by("-pk").values_list("pk", flat=True).first()
    with django_capture_on_commit_callbacks(execute=True):
        day_set(day=date(2020, 10, 12), is_workday=False, name="测试调休")
    occ.refresh_from_db()
    done.refresh_from_db()
    assert occ.due_on == date(2020, 10, 13)  # Oct 9, Oct 10 (worked Saturday), Tue Oct 13
    assert done.due_on == date(2020, 10, 12)  # done: left alone
    assert not AuditEntry.objects.filter(pk__gt=last, action__startswith="task.").exists()
