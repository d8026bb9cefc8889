"""Units report progress and ask for completion; the coordinator accepts or returns."""

from datetime import date

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile

from gongkai.core.errors import DomainError
from gongkai.core.models import AuditEntry, Notification
from gongkai.plans.services import (
    plan_confirm,
    plan_import,
    plan_unit_map,
    progress_report_add,
    task_completion_accept,
    task_completion_request,
    task_completion_return,
)
from gongkai.plans.states import TaskStatus

from .helpers import seed


@pytest.fixture
def task(org_tree, coordinator):
    data, name = seed("004")
    plan = plan_import(data=data, filename=name, org=org_tree["commission"], actor=coordinator)
    plan_unit_map(plan=plan, name="省直各部门", org=org_tree["office"], actor=coordinator)
    plan_confirm(plan=plan, actor=coordinator, unmapped_confirmed=True, orphans_to_issuer=True)
    return plan.tasks.get(path=["二", "（一）"])  # due 2020-12-31


@pytest.mark.django_db
@time_machine.travel("2020-06-15 10:00 +0800", tick=False)
def test_a_report_with_attachment_starts_the_task_and_tells_the_coordinator(
    task, editor, coordinator
):
    pdf = SimpleUploadedFile("清单.pdf", b"%PDF-1.4 test", content_type="application/pdf")
    report = progress_report_add(
        task=task,
        actor=editor,
        text="已梳理主动公开事项清单初稿",
        reported_on=date(2020, 6, 15),
        attachment=pdf,
    )
    task.refresh_from_db()
    assert task.status == TaskStatus.IN_PROGRESS
    assert report.org.name == "办公室" and report.attachment_name == "清单.pdf"
    assert report.attachment.read() == b"%PDF-1.4 test"
    assert Notification.objects.filter(user=coordinator, kind="plans.progress").count() == 1
    assert AuditEntry.objects.filter(action="task.progress", object_id=str(task.pk)).exists()
    # the reporting period's occurrence is done
    assert task.occurrences.get().done_on == date(2020, 6, 15)


@pytest.mark.django_db
@time_machine.travel("2020-06-15 10:00 +0800", tick=False)
def test_bad_reports_are_refused(task, editor, city_coordinator):
    exe = SimpleUploadedFile("virus.exe", b"MZ")
    with pytest.raises(DomainError, match="附件只能是"):
        progress_report_add(
            task=task, actor=editor, text="x", reported_on=date(2020, 6, 1), attachment=exe
        )
    big = SimpleUploadedFile("big.pdf", b"0" * (10 * 1024 * 1024 + 1))
    with pytest.raises(DomainError, match="10 MB"):
        progress_report_add(
            task=task, actor=editor, text="x", reported_on=date(2020, 6, 1), attachment=big
        )
    with pytest.raises(DomainError, match="不能晚于今天"):
        progress_report_add(task=task, actor=editor, text="x", reported_on=date(2020, 6, 16))
    with pytest.raises(DomainError, match="责任单位"):  # not a unit of this task
        progress_report_add(
            task=task, actor=city_coordinator, text="x", reported_on=date(2020, 6, 1)
        )
    assert task.reports.count() == 0


@pytest.mark.django_db
@time_machine.travel("2020-11-20 10:00 +0800", tick=False)
def test_return_needs_a_reason_then_accept_completes_on_time(task, editor, coordinator):
    progress_report_add(task=task, actor=editor, text="清单已编制", reported_on=date(2020, 11, 20))
    task_completion_request(task=task, actor=editor, note="请审核")
    with pytest.raises(DomainError, match="退回理由"):
        task_completion_return(task=task, actor=coordinator, reason=" ")
    with pytest.raises(DomainError):
        task_completion_accept(task=task, actor=editor)  # units cannot accept their own work
    task_completion_return(task=task, actor=coordinator, reason="清单未在门户网站公开")
    task.refresh_from_db()
    assert task.status == TaskStatus.IN_PROGRESS
    returned = Notification.objects.get(user=editor, kind="plans.returned")
    assert returned.body == "清单未在门户网站公开"
    task_completion_request(task=task, actor=editor)
    task_completion_accept(task=task, actor=coordinator)
    task.refresh_from_db()
    assert task.status == TaskStatus.COMPLETED and task.completed_on == date(2020, 11, 20)
    moves = AuditEntry.objects.filter(action="task.transition", object_id=str(task.pk))
    assert [(e.from_state, e.to_state, e.reason) for e in moves.order_by("id")] == [
        ("draft", "dispatched", ""),
        ("dispatched", "in_progress", ""),
        ("in_progress", "completion_requested", "请审核"),
        ("completion_requested", "in_progress", "清单未在门户网站公开"),
        ("in_progress", "completion_requested", ""),
        ("completion_requested", "completed", ""),
    ]
