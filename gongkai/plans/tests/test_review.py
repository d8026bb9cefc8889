"""Correcting a parsed plan before dispatch: edit, split, merge, re-assign; all audited."""

from datetime import date

import pytest

from gongkai.core.errors import DomainError
from gongkai.core.models import AuditEntry
from gongkai.plans.services import (
    plan_confirm,
    plan_import,
    task_merge,
    task_split,
    task_units_set,
    task_update,
)
from gongkai.plans.services.review import content_parts

from .helpers import seed


@pytest.fixture
def plan(org_tree, coordinator):
    data, name = seed("004")
    return plan_import(data=data, filename=name, org=org_tree["commission"], actor=coordinator)


@pytest.mark.django_db
def test_a_new_time_limit_is_interpreted_against_the_plan_year(plan, coordinator):
    task = plan.tasks.get(position=0)
    task_update(
        task=task,
        actor=coordinator,
        title=task.title,
        content=task.content,
        deadline_text="9月底前",
        due_on=task.due_on,
    )
    task.refresh_from_db()
    assert task.deadline_text == "9月底前"
    assert task.due_on == date(2020, 9, 30)  # plan year 2020, read from the title
    entry = AuditEntry.objects.get(action="task.edit", object_id=str(task.pk))
    assert entry.before["deadline"] == "" and entry.after["deadline"] == "9月底前"


@pytest.mark.django_db
def test_a_quarterly_limit_becomes_a_recurrence(plan, coordinator):
    task = plan.tasks.get(position=1)
    task_update(
        task=task,
        actor=coordinator,
        title="改后的标题",
        content=task.content,
        deadline_text="每季度公开一次",
        due_on=None,
    )
    task.refresh_from_db()
    assert task.title == "改后的标题" and task.recurrence == "quarterly" and task.due_on is None


@pytest.mark.django_db
def test_split_moves_the_later_lines_to_a_new_task_right_after(plan, coordinator):
    task = plan.tasks.get(position=0)
    lines = content_parts(task.content)
    assert len(lines) == 5  # heading, three sentences, the statement of units
    total = plan.tasks.count()
    new = task_split(task=task, actor=coordinator, at_line=1)
    task.refresh_from_db()
    assert task.content == "（一）围绕“六稳”、“六保”深化政府信息公开。"
    assert new.position == 1 and new.number == "（一）-2" and new.path == ["一", "（一）-2"]
    assert plan.tasks.count() == total + 1
    assert plan.tasks.get(position=2).path == ["一", "（二）"]  # the rest moved down
    assert sorted(u.name for u in new.units.all()) == sorted(u.name for u in task.units.all())
    with pytest.raises(DomainError):
        task_split(task=task, actor=coordinator, at_line=1)  # one sentence left


@pytest.mark.django_db
def test_merge_joins_the_next_task_and_its_units(plan, coordinator):
    first, second = plan.tasks.get(position=0), plan.tasks.get(position=1)
    names = [u.name for u in first.units.all()] + [u.name for u in second.units.all()]
    task_merge(task=first, actor=coordinator)
    first.refresh_from_db()
    assert plan.tasks.count() == 17
    assert second.title in first.content
    assert {u.name for u in first.units.all()} == set(names)
    assert "省司法厅" in {u.name for u in first.units.filter(is_lead=True)}


@pytest.mark.django_db
def test_units_are_reassigned_and_resolved_within_the_plan_org(plan, coordinator, org_tree):
    task = plan.tasks.get(position=0)
    task_units_set(task=task, actor=coordinator, lead="人事处", units="办公室、某某不存在处")
    units = list(task.units.order_by("position"))
    assert [(u.name, u.is_lead, u.org) for u in units] == [
        ("人事处", True, org_tree["personnel"]),
        ("办公室", False, org_tree["office"]),
        ("某某不存在处", False, None),  # left for the coordinator to map
    ]


@pytest.mark.django_db
def test_only_the_coordinator_edits_and_only_before_confirmation(plan, coordinator, editor):
    task = plan.tasks.get(position=0)
    with pytest.raises(DomainError):
        task_merge(task=task, actor=editor)
    plan_confirm(plan=plan, actor=coordinator, unmapped_confirmed=True, orphans_to_issuer=True)
    with pytest.raises(DomainError, match="已确认下发"):
        task_update(
            task=task, actor=coordinator, title="x", content="y", deadline_text="", due_on=None
        )
