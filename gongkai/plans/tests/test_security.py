"""Another agency's staff reach none of a plan's pages, exports or report files by id."""

from datetime import date

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from gongkai.plans.services import plan_confirm, plan_import, plan_unit_map, progress_report_add

from .helpers import seed


@pytest.mark.django_db
@time_machine.travel("2020-05-06 10:00 +0800", tick=False)
def test_another_agencys_staff_get_404_on_plans_tasks_exports_and_report_files(
    client, org_tree, coordinator, editor, city_coordinator
):
    data, name = seed("004")
    plan = plan_import(data=data, filename=name, org=org_tree["commission"], actor=coordinator)
    plan_unit_map(plan=plan, name="省直各部门", org=org_tree["office"], actor=coordinator)
    plan_confirm(plan=plan, actor=coordinator, unmapped_confirmed=True, orphans_to_issuer=True)
    task = plan.tasks.get(path=["二", "（一）"])
    report = progress_report_add(
        task=task,
        actor=editor,
        text="已完成清单初稿",
        reported_on=date(2020, 5, 6),
        attachment=SimpleUploadedFile("进展.txt", "联系人手机13812345678".encode()),
    )
    urls = [
        reverse("plans:detail", args=[plan.pk]),
        reverse("plans:task", args=[task.pk]),
        reverse("plans:attachment", args=[report.pk]),
        reverse("plans:ledger", args=[plan.pk, "xlsx"]),
        f"/api/plans/{plan.pk}/",
        f"/api/tasks/{task.pk}/",
        f"/api/progress-reports/{report.pk}/",
    ]
    client.force_login(coordinator)
    assert [client.get(u).status_code for u in urls] == [200] * len(urls)
    client.force_login(city_coordinator)
    assert [client.get(u).status_code for u in urls] == [404] * len(urls)
    assert client.get("/api/progress-reports/").json()["results"] == []
    assert client.get(f"/api/tasks/?plan={plan.pk}").json()["results"] == []
    refused = client.post(reverse("plans:task_decide", args=[task.pk]), {"decision": "accept"})
    assert refused.status_code == 404
