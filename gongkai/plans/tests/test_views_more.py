"""The remaining pages: correcting a task, ledger import errors, figures, weights, derivation."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook

from gongkai.orgs.roles import Role
from gongkai.orgs.services import membership_grant
from gongkai.plans.ledger import COLUMNS
from gongkai.plans.models import AssessmentIndicator, Plan
from gongkai.plans.services import plan_confirm, plan_import, plan_unit_map

from .helpers import seed


@pytest.fixture
def plan(org_tree, coordinator):
    data, name = seed("004")
    return plan_import(data=data, filename=name, org=org_tree["commission"], actor=coordinator)


@pytest.mark.django_db
def test_the_edit_page_saves_splits_and_reassigns(client, plan, coordinator, org_tree):
    client.force_login(coordinator)
    task = plan.tasks.get(position=0)
    url = reverse("plans:task_edit", args=[task.pk])
    page = client.get(url).content.decode()
    assert "拆分为两项任务" in page and "省直有关部门" in page
    client.post(
        url,
        {
            "action": "edit",
            "title": "新标题",
            "content": task.content,
            "deadline_text": "年底前",
            "due_on": "",
        },
    )
    task.refresh_from_db()
    assert task.title == "新标题" and str(task.due_on) == "2020-12-31"
    client.post(url, {"action": "units", "lead": "人事处", "units": ""})
    assert [u.org for u in task.units.all()] == [org_tree["personnel"]]
    response = client.post(url, {"action": "split", "at_line": "1"}, follow=True)
    assert "任务已拆分，后半部分编号为 （一）-2。" in response.content.decode()
    client.post(reverse("plans:task_merge", args=[task.pk]))
    assert plan.tasks.count() == 18  # split then merged back


@pytest.mark.django_db
def test_a_bad_ledger_shows_row_numbered_errors(client, plan, coordinator):
    client.force_login(coordinator)
    book = Workbook()
    book.active.append(COLUMNS)
    book.active.append(["九/（九）", "x", "", "", "", "", "", ""])
    buffer = io.BytesIO()
    book.save(buffer)
    upload = SimpleUploadedFile("ledger.xlsx", buffer.getvalue())
    response = client.post(reverse("plans:ledger_import", args=[plan.pk]), {"file": upload})
    page = response.content.decode()
    assert (
        "未导入任何数据。请更正以下各行后重新上传：" in page
        and "“Sheet”表第2行“序号”列：本工作要点没有序号为“九/（九）”的任务。" in page
    )


@pytest.mark.django_db
def test_ledger_downloads_are_named_and_typed(client, plan, coordinator):
    client.force_login(coordinator)
    xlsx = client.get(reverse("plans:ledger", args=[plan.pk, "xlsx"]))
    assert xlsx["Content-Disposition"] == f'attachment; filename="ledger-{plan.pk}.xlsx"'
    assert xlsx.content[:2] == b"PK"
    assert client.get(reverse("plans:ledger", args=[plan.pk, "csv"])).status_code == 404


@pytest.mark.django_db
def test_figures_page_and_weights_for_a_top_level_coordinator(
    client, plan, coordinator, supervisor, org_tree
):
    plan_unit_map(plan=plan, name="省直各部门", org=org_tree["office"], actor=coordinator)
    plan_confirm(plan=plan, actor=coordinator, unmapped_confirmed=True, orphans_to_issuer=True)
    client.force_login(coordinator)
    page = client.get(reverse("plans:dashboard")).content.decode()
    assert "<svg" in page and "办公室" in page and "按时完成率 60%" in page
    assert "调整权重" not in page  # the commission is not a top-level region
    assert client.get(reverse("plans:indicators")).status_code == 404
    membership_grant(user=supervisor, org=org_tree["province"], role=Role.COORDINATOR)
    client.force_login(supervisor)
    ids = {i.measure: i.pk for i in AssessmentIndicator.objects.all()}
    bad = client.post(
        reverse("plans:indicators"),
        {
            f"w{ids['on_time']}": 50,
            f"w{ids['reporting']}": 25,
            f"w{ids['completion']}": 15,
            "disclosure_share": 4,
        },
    )
    assert "各项权重合计为 90%，应当合计为 100%。" in bad.content.decode()
    weights = {f"w{ids['on_time']}": 60, f"w{ids['reporting']}": 20, f"w{ids['completion']}": 20}
    low = client.post(reverse("plans:indicators"), {**weights, "disclosure_share": "3.5"})
    assert "不应低于4%" in low.content.decode()  # PLAN-ASSESS-1, refused by the service
    assert AssessmentIndicator.objects.get(measure="reporting").weight == 25
    client.post(reverse("plans:indicators"), {**weights, "disclosure_share": "5"})
    assert AssessmentIndicator.objects.get(measure="reporting").weight == 20
    assert (
        "政务公开工作在综合考核中占 5%" in client.get(reverse("plans:dashboard")).content.decode()
    )


@pytest.mark.django_db
def test_the_upload_page_offers_to_break_down_an_upper_plan(client, org_tree, coordinator):
    from gongkai.orgs.services import user_create

    province = user_create(username="prov", password="pw-prov", full_name="P", email="")
    membership_grant(user=province, org=org_tree["province"], role=Role.COORDINATOR)
    data, name = seed("004")
    upper = plan_import(data=data, filename=name, org=org_tree["province"], actor=province)
    plan_unit_map(plan=upper, name="省卫生健康委", org=org_tree["commission"], actor=province)
    plan_confirm(plan=upper, actor=province, unmapped_confirmed=True, orphans_to_issuer=True)
    client.force_login(coordinator)
    page = client.get(reverse("plans:upload")).content.decode()
    assert "或分解上级工作要点" in page
    response = client.post(
        reverse("plans:derive", args=[upper.pk]), {"org": org_tree["commission"].pk}, follow=True
    )
    lower = Plan.objects.get(upper_plan=upper)
    assert "已创建任务分解方案，共 4 项任务" in response.content.decode()
    assert lower.tasks.count() == 4
    client.force_login(province)
    detail = client.get(reverse("plans:detail", args=[upper.pk])).content.decode()
    assert "下级落实：1 项分解任务中已完成 0 项" in detail
