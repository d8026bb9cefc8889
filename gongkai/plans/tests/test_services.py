"""Importing a plan, mapping unknown units, confirming: the coordinator's first steps."""

from pathlib import Path

import pytest
from django.utils import translation

from gongkai.core.errors import DomainError
from gongkai.core.models import AuditEntry
from gongkai.plans.models import Plan, Task, TaskUnit
from gongkai.plans.selectors import plan_unresolved_units
from gongkai.plans.services import plan_confirm, plan_import, plan_unit_map, task_transition
from gongkai.plans.states import PLAN_TRANSITIONS, TASK_TRANSITIONS, PlanStatus, TaskStatus

SEEDS = Path(__file__).resolve().parents[1] / "data" / "seeds"


def _seed(prefix: str) -> tuple[bytes, str]:
    path = next(SEEDS.glob(prefix + "_*.txt"))
    return path.read_bytes(), path.name


@pytest.mark.django_db
def test_import_builds_the_task_tree_and_resolves_divisions(org_tree, coordinator):
    data, name = _seed("000")
    plan = plan_import(data=data, filename=name, org=org_tree["commission"], actor=coordinator)
    assert plan.status == PlanStatus.REVIEW
    assert plan.year == 2017
    assert plan.tasks.count() == 41
    first = plan.tasks.get(position=0)
    assert first.path == ["一", "（一）", "1"]
    assert first.deadline_text == "全年工作"
    assert str(first.due_on) == "2017-12-31"
    # 人事处 is a division of the commission: resolved within the plan's organisation.
    personnel = TaskUnit.objects.get(task=first, name="人事处")
    assert personnel.org == org_tree["personnel"] and personnel.is_lead
    assert AuditEntry.objects.filter(action="plan.import", object_id=str(plan.pk)).exists()
    assert all(t.status == TaskStatus.DRAFT for t in plan.tasks.all())  # nothing dispatched


@pytest.mark.django_db
def test_unknown_units_are_listed_and_a_mapping_is_remembered(org_tree, coordinator):
    data, name = _seed("000")
    plan = plan_import(data=data, filename=name, org=org_tree["commission"], actor=coordinator)
    unresolved = {row["name"] for row in plan_unresolved_units(plan=plan)}
    assert "信息考评处" in unresolved  # not in the test directory
    mapped = plan_unit_map(plan=plan, name="信息考评处", org=org_tree["office"], actor=coordinator)
    assert mapped > 0
    again = plan_import(data=data, filename=name, org=org_tree["commission"], actor=coordinator)
    assert "信息考评处" not in {row["name"] for row in plan_unresolved_units(plan=again)}


@pytest.mark.django_db
def test_an_empty_file_stores_nothing(org_tree, coordinator):
    with pytest.raises(DomainError):
        plan_import(data=b"", filename="empty.txt", org=org_tree["commission"], actor=coordinator)
    assert Plan.objects.count() == 0 and Task.objects.count() == 0


@pytest.mark.django_db
def test_confirm_dispatches_every_task_and_audits_it(org_tree, coordinator, editor):
    data, name = _seed("004")
    plan = plan_import(data=data, filename=name, org=org_tree["commission"], actor=coordinator)
    count = plan_confirm(
        plan=plan, actor=coordinator, unmapped_confirmed=True, orphans_to_issuer=True
    )
    assert count == plan.tasks.count() == 18
    assert set(plan.tasks.values_list("status", flat=True)) == {TaskStatus.DISPATCHED}
    task = plan.tasks.first()
    task_transition(task=task, to=TaskStatus.COMPLETION_REQUESTED, actor=editor)
    with pytest.raises(DomainError):  # cannot jump back to draft
        task_transition(task=task, to=TaskStatus.DRAFT, actor=coordinator)
    entries = AuditEntry.objects.filter(action="task.transition", object_id=str(task.pk))
    assert [(e.from_state, e.to_state) for e in entries.order_by("id")] == [
        ("draft", "dispatched"),
        ("dispatched", "completion_requested"),
    ]


def test_transition_tables_cover_every_state_and_end_in_terminal_states():
    assert set(PLAN_TRANSITIONS) == set(PlanStatus.values)
    assert set(TASK_TRANSITIONS) == set(TaskStatus.values)
    assert PLAN_TRANSITIONS[PlanStatus.CLOSED] == set()
    assert TASK_TRANSITIONS[TaskStatus.COMPLETED] == set()
    for targets in [*PLAN_TRANSITIONS.values(), *TASK_TRANSITIONS.values()]:
        assert targets <= set(PlanStatus.values) | set(TaskStatus.values)


@pytest.mark.django_db
def test_a_parser_failure_is_told_in_chinese_logged_and_stores_nothing(
    org_tree, coordinator, monkeypatch, caplog
):
    from gongkai.plans.parsing import pipeline

    def trip(blocks):
        raise IndexError("list index out of range")

    monkeypatch.setattr(pipeline, "parse_blocks", trip)
    with translation.override("zh-hans"), pytest.raises(DomainError) as failed:
        plan_import(
            data="一、公开\n（一）做好公开。（责任单位：办公室）".encode(),
            filename="要点.txt",
            org=org_tree["commission"],
            actor=coordinator,
        )
    assert "未能识别" in str(failed.value) and "系统管理员" in str(failed.value)
    assert "IndexError" not in str(failed.value)
    assert Plan.objects.count() == 0
    assert any("要点.txt" in r.getMessage() and r.exc_info for r in caplog.records)
