"""The back-office pages: upload, review beside the source, mapping, confirm, units' view."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from gongkai.core.models import Notification
from gongkai.plans.models import Plan, Task, TaskUnit
from gongkai.plans.services import plan_confirm, plan_import, plan_unit_map
from gongkai.plans.states import PlanStatus, TaskStatus

from .helpers import seed


def _login(client, user):
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_uploading_seed_004_shows_the_tree_beside_the_source(client, org_tree, coordinator):
    data, name = seed("004")
    _login(client, coordinator)
    response = client.post(
        reverse("plans:upload"),
        {"org": org_tree["commission"].pk, "file": SimpleUploadedFile(name, data)},
        follow=True,
    )
    plan = Plan.objects.get()
    assert plan.status == PlanStatus.REVIEW and plan.tasks.count() == 18
    page = response.content.decode()
    assert "已解析 18 项任务" in page
    assert "2020年云南省政务公开工作要点" in page
    # every task carries the range of its source lines, and the lines are on the page
    first = plan.tasks.get(position=0)
    assert f'data-start="{first.source_line_start}"' in page
    assert f'id="L{first.source_line_start}"' in page
    assert "省直有关部门" in page  # an unresolved name offered for mapping
    assert "确认并下发 18 项任务" in page


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("filename", "data", "message"),
    [
        ("empty.txt", b"", "提交的是空文件"),
        ("fake.docx", b"not a zip file at all", "不是有效的 Word"),
        ("notes.txt", "今天开会，讨论工作。\n大家发言。".encode(), "未识别到任务编号"),
        ("plan.exe", b"MZ", "请上传 .txt、.docx、.xlsx、.xls、.html 或 .pdf 文件"),
        ("huge.txt", b"x" * (20 * 1024 * 1024 + 1), "文件超过 20 MB"),
    ],
)
def test_bad_documents_are_refused_in_chinese_and_nothing_is_stored(
    client, org_tree, coordinator, filename, data, message
):
    _login(client, coordinator)
    response = client.post(
        reverse("plans:upload"),
        {"org": org_tree["commission"].pk, "file": SimpleUploadedFile(filename, data)},
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Plan.objects.count() == 0 and Task.objects.count() == 0


@pytest.mark.django_db
def test_an_editor_cannot_upload_or_see_drafts_but_sees_dispatched_tasks(
    client, org_tree, coordinator, editor
):
    data, name = seed("004")
    plan = plan_import(data=data, filename=name, org=org_tree["commission"], actor=coordinator)
    plan_unit_map(plan=plan, name="省直各部门", org=org_tree["office"], actor=coordinator)
    task = TaskUnit.objects.filter(task__plan=plan, org=org_tree["office"]).first().task
    _login(client, editor)
    assert client.get(reverse("plans:upload")).status_code == 403
    assert client.get(reverse("plans:task", args=[task.pk])).status_code == 404  # a draft
    assert task.title not in client.get(reverse("plans:mine")).content.decode()
    plan_confirm(plan=plan, actor=coordinator, unmapped_confirmed=True, orphans_to_issuer=True)
    mine = client.get(reverse("plans:mine")).content.decode()
    assert task.title in mine
    detail = client.get(reverse("plans:task", args=[task.pk])).content.decode()
    assert "提交进展" in detail and "申请办结" in detail


@pytest.mark.django_db
def test_mapping_a_name_in_the_review_page_resolves_every_task_naming_it(
    client, org_tree, coordinator
):
    data, name = seed("004")
    plan = plan_import(data=data, filename=name, org=org_tree["commission"], actor=coordinator)
    _login(client, coordinator)
    response = client.post(
        reverse("plans:map_unit", args=[plan.pk]),
        {"name": "省直各部门", "org": org_tree["office"].pk},
        follow=True,
    )
    assert not TaskUnit.objects.filter(task__plan=plan, name="省直各部门", org=None).exists()
    # 省直各部门 is named on 10 of the 18 tasks: 二（一）（二）（三）（五）, all of 三 and 四
    assert TaskUnit.objects.filter(task__plan=plan, org=org_tree["office"]).count() == 10
    page = response.content.decode()
    assert "“省直各部门”已在 10 项任务中对应到办公室" in page
    assert "<td>省直各部门</td>" not in page  # no longer listed as unresolved


@pytest.mark.django_db
def test_confirm_from_the_page_dispatches_and_tells_the_units(
    client, org_tree, coordinator, editor
):
    data, name = seed("004")
    plan = plan_import(data=data, filename=name, org=org_tree["commission"], actor=coordinator)
    plan_unit_map(plan=plan, name="省直各部门", org=org_tree["office"], actor=coordinator)
    _login(client, coordinator)
    url = reverse("plans:confirm", args=[plan.pk])
    # Names still unmatched: nothing is dispatched; the names and the tasks nobody sees are listed.
    asked = client.post(url, follow=True).content.decode()
    assert "下发前请先将机构目录中没有的单位名称对应到机构：" in asked
    assert "<td>省直有关部门</td>" in asked and "<td>省卫生健康委</td>" in asked
    assert set(plan.tasks.values_list("status", flat=True)) == {TaskStatus.DRAFT}
    refused = client.post(url, {"unmapped_confirmed": "on"}, follow=True).content.decode()
    assert "项任务没有能够看到它的单位" in refused  # the 8 tasks naming no known unit
    assert set(plan.tasks.values_list("status", flat=True)) == {TaskStatus.DRAFT}
    response = client.post(
        url, {"unmapped_confirmed": "on", "orphans_to_issuer": "on"}, follow=True
    )
    assert "已确认：下发 18 项任务" in response.content.decode()
    assert set(plan.tasks.values_list("status", flat=True)) == {TaskStatus.DISPATCHED}
    assert Notification.objects.filter(user=editor, kind="plans.dispatched").count() == 10


@pytest.mark.django_db
def test_other_organisations_cannot_see_the_plan(client, org_tree, coordinator, city_coordinator):
    data, name = seed("004")
    plan = plan_import(data=data, filename=name, org=org_tree["commission"], actor=coordinator)
    _login(client, city_coordinator)
    assert client.get(reverse("plans:detail", args=[plan.pk])).status_code == 404
    assert plan.title not in client.get(reverse("plans:list")).content.decode()
