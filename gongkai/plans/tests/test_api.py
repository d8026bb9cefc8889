"""The REST API: what each user sees, and progress reported through the same service."""

from datetime import date

import pytest
import time_machine
from rest_framework.test import APIClient

from gongkai.plans.services import plan_confirm, plan_import, plan_unit_map

from .helpers import seed


@pytest.fixture
def plan(org_tree, coordinator):
    data, name = seed("004")
    plan = plan_import(data=data, filename=name, org=org_tree["commission"], actor=coordinator)
    plan_unit_map(plan=plan, name="省直各部门", org=org_tree["office"], actor=coordinator)
    return plan


def _client(user):
    client = APIClient()
    client.force_authenticate(user)
    return client


@pytest.mark.django_db
def test_plans_and_tasks_are_listed_for_those_who_may_see_them(
    plan, coordinator, editor, city_coordinator
):
    body = _client(coordinator).get("/api/plans/").json()
    assert [p["title"] for p in body["results"]] == ["2020年云南省政务公开工作要点"]
    assert body["results"][0]["task_count"] == 18
    tasks = _client(coordinator).get(f"/api/plans/{plan.pk}/tasks/").json()
    assert tasks[6]["path"] == ["二", "（二）"] and tasks[6]["due_on"] == "2020-12-31"
    assert _client(city_coordinator).get("/api/plans/").json()["results"] == []
    assert _client(city_coordinator).get(f"/api/plans/{plan.pk}/").status_code == 404
    # drafts are not the editor's business; dispatched tasks naming the office are
    assert _client(editor).get("/api/tasks/?mine=1").json()["count"] == 0
    plan_confirm(plan=plan, actor=coordinator, unmapped_confirmed=True, orphans_to_issuer=True)
    assert _client(editor).get("/api/tasks/?mine=1").json()["count"] == 10


@pytest.mark.django_db
@time_machine.travel("2020-05-06 10:00 +0800", tick=False)
def test_a_unit_posts_progress_through_the_api(plan, coordinator, editor, city_coordinator):
    plan_confirm(plan=plan, actor=coordinator, unmapped_confirmed=True, orphans_to_issuer=True)
    task = plan.tasks.get(path=["二", "（一）"])
    response = _client(editor).post(
        "/api/progress-reports/",
        {"task": task.pk, "reported_on": "2020-05-06", "text": "已完成清单初稿"},
        format="json",
    )
    assert response.status_code == 201, response.content
    assert response.json()["org"] == task.units.get(name="省直各部门").org_id
    task.refresh_from_db()
    assert task.status == "in_progress" and task.reports.get().reported_on == date(2020, 5, 6)
    listed = _client(coordinator).get(f"/api/progress-reports/?task={task.pk}").json()
    assert [r["text"] for r in listed["results"]] == ["已完成清单初稿"]
    refused = _client(city_coordinator).post(
        "/api/progress-reports/",
        {"task": task.pk, "reported_on": "2020-05-06", "text": "x"},
        format="json",
    )
    assert refused.status_code == 404  # the task is invisible to another city


@pytest.mark.django_db
@time_machine.travel("2020-05-06 10:00 +0800", tick=False)
def test_progress_refused_answers_403_for_a_non_unit_and_409_for_a_closed_task(
    plan, coordinator, editor, reviewer
):
    plan_confirm(plan=plan, actor=coordinator, unmapped_confirmed=True, orphans_to_issuer=True)
    task = plan.tasks.get(path=["二", "（一）"])
    report = {"task": task.pk, "reported_on": "2020-05-06", "text": "已完成清单初稿"}
    not_unit = _client(reviewer).post("/api/progress-reports/", report, format="json")
    assert not_unit.status_code == 403, not_unit.json()
    assert not_unit.json()["detail"] == "只有该任务的责任单位可以办理此项操作。"
    task.status = "completed"
    task.save(update_fields=["status"])
    closed = _client(editor).post("/api/progress-reports/", report, format="json")
    assert closed.status_code == 409, closed.json()
    assert closed.json() == {
        "detail": "只有已下发、正在办理的任务才能报送进展。",
        "code": "task_not_open",
    }
    assert not task.reports.exists()


@pytest.mark.django_db
@time_machine.travel("2020-05-06 10:00 +0800", tick=False)
def test_a_progress_report_dated_tomorrow_is_refused_naming_the_date(plan, coordinator, editor):
    plan_confirm(plan=plan, actor=coordinator, unmapped_confirmed=True, orphans_to_issuer=True)
    task = plan.tasks.get(path=["二", "（一）"])
    report = {"task": task.pk, "reported_on": "2020-05-07", "text": "已完成清单初稿"}
    response = _client(editor).post("/api/progress-reports/", report, format="json")
    assert response.status_code == 400
    assert response.json() == {"reported_on": ["进展日期不能晚于今天。"]}
    assert not task.reports.exists()
