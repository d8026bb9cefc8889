"""Derived plans with their roll-up; per-plan and per-unit figures and the assessment score."""

from datetime import date

import pytest
import time_machine

from gongkai.core.errors import DomainError, PermissionDeniedError
from gongkai.orgs.roles import Role
from gongkai.orgs.services import membership_grant, user_create
from gongkai.plans.models import AssessmentIndicator, Task
from gongkai.plans.services import (
    indicator_weights_set,
    plan_confirm,
    plan_derive,
    plan_import,
    plan_unit_map,
    progress_report_add,
    task_completion_accept,
    task_completion_request,
)
from gongkai.plans.stats import task_figures

from .helpers import seed


@pytest.fixture
def province_plan(org_tree):
    province_coordinator = user_create(
        username="provcoord", password="pw-provcoord", full_name="Prov", email="p@example.gov.cn"
    )
    membership_grant(user=province_coordinator, org=org_tree["province"], role=Role.COORDINATOR)
    data, name = seed("004")
    plan = plan_import(
        data=data, filename=name, org=org_tree["province"], actor=province_coordinator
    )
    plan_unit_map(
        plan=plan, name="省卫生健康委", org=org_tree["commission"], actor=province_coordinator
    )
    plan_confirm(
        plan=plan, actor=province_coordinator, unmapped_confirmed=True, orphans_to_issuer=True
    )
    plan.coordinator = province_coordinator
    return plan


@pytest.mark.django_db
def test_the_commission_derives_its_breakdown_and_the_province_sees_the_rollup(
    province_plan, org_tree, coordinator
):
    lower = plan_derive(upper=province_plan, org=org_tree["commission"], actor=coordinator)
    # 省卫生健康委 leads 一（三）（五）, 二（五）（六）: four tasks of seed 004
    upper_paths = [t.upper_task.path for t in lower.tasks.order_by("position")]
    assert upper_paths == [["一", "（三）"], ["一", "（五）"], ["二", "（五）"], ["二", "（六）"]]
    assert lower.upper_plan == province_plan and lower.status == "review"
    assert all(t.status == "draft" and not t.units.exists() for t in lower.tasks.all())
    with pytest.raises(DomainError, match="已有"):
        plan_derive(upper=province_plan, org=org_tree["commission"], actor=coordinator)
    upper_task = province_plan.tasks.get(path=["一", "（三）"])
    assert [t.plan for t in upper_task.derived_tasks.all()] == [lower]


@pytest.mark.django_db
def test_only_the_agency_coordinator_derives(province_plan, org_tree, editor, city_coordinator):
    with pytest.raises(DomainError):
        plan_derive(upper=province_plan, org=org_tree["commission"], actor=editor)
    with pytest.raises(DomainError, match="没有下发给"):
        plan_derive(upper=province_plan, org=org_tree["city"], actor=city_coordinator)


@pytest.mark.django_db
def test_figures_and_score_are_counted_per_plan_and_unit(org_tree, coordinator, editor):
    data, name = seed("004")
    plan = plan_import(data=data, filename=name, org=org_tree["commission"], actor=coordinator)
    plan_unit_map(plan=plan, name="省直各部门", org=org_tree["office"], actor=coordinator)
    plan_confirm(plan=plan, actor=coordinator, unmapped_confirmed=True, orphans_to_issuer=True)
    done = plan.tasks.get(path=["二", "（一）"])  # due 2020-12-31
    with time_machine.travel("2020-12-01 10:00 +0800", tick=False):
        progress_report_add(task=done, actor=editor, text="完成", reported_on=date(2020, 12, 1))
        task_completion_request(task=done, actor=editor)
        task_completion_accept(task=done, actor=coordinator)
    today = date(2021, 1, 15)
    figures = task_figures(tasks=Task.objects.filter(plan=plan), today=today)
    f = figures.total
    # 18 tasks; 7 carry 2020 due dates (二（一）（二）（四）, 三（一）（二）, 四（一）（三)):
    # all have come due, one is done on time, six are overdue.
    assert (f.total, f.due, f.done, f.overdue, f.on_time) == (18, 7, 1, 6, 1)
    assert f.on_time_rate == 14.3
    assert [(p.total, p.overdue) for p in figures.plans] == [(18, 6)]
    office = figures.unit(org_tree["office"].pk)
    # the office answers for the 10 tasks naming 省直各部门, 6 of them dated, 1 done on time,
    # 1 reported: on time 1/6 = 16.7, reporting 1/10 = 10, completion 1/10 = 10
    assert (office.total, office.due, office.done, office.overdue) == (10, 6, 1, 5)
    assert office.score == round((60 * 16.7 + 25 * 10.0 + 15 * 10.0) / 100, 1)
    # the 8 tasks naming no known unit went to the commission itself, one of them dated
    commission = figures.unit(org_tree["commission"].pk)
    assert (commission.total, commission.due, commission.overdue) == (8, 1, 1)
    assert sum(u.overdue for u in figures.units) == f.overdue
    assert sum(u.total for u in figures.units) == f.total


@pytest.mark.django_db
def test_weights_are_data_and_must_add_up_to_100(coordinator, org_tree):
    weights = {i.pk: i.weight for i in AssessmentIndicator.objects.all()}
    assert sorted(weights.values()) == [15, 25, 60]
    ids = list(weights)
    # the weights apply to every organisation: the commission's coordinator may not set them
    with pytest.raises(PermissionDeniedError):
        indicator_weights_set(weights={ids[0]: 50, ids[1]: 30, ids[2]: 20}, actor=coordinator)
    assert AssessmentIndicator.objects.get(pk=ids[0]).weight == weights[ids[0]]
    membership_grant(user=coordinator, org=org_tree["province"], role=Role.COORDINATOR)
    with pytest.raises(DomainError, match="合计为 90%"):
        indicator_weights_set(weights={ids[0]: 50, ids[1]: 20, ids[2]: 20}, actor=coordinator)
    indicator_weights_set(weights={ids[0]: 50, ids[1]: 30, ids[2]: 20}, actor=coordinator)
    assert AssessmentIndicator.objects.get(pk=ids[0]).weight == 50
