"""Units report progress and request completion; the coordinator accepts or returns the task."""

from datetime import date
from pathlib import Path

from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from gongkai.core.audit import audit_record
from gongkai.core.db import model_update
from gongkai.core.errors import DomainError, PermissionDeniedError
from gongkai.core.notify import notify
from gongkai.orgs.models import Organisation

from ..models import ProgressReport, Task
from ..selectors import plan_can_manage, plan_coordinators, task_reporting_orgs, task_unit_users
from ..states import TaskStatus
from .imports import task_transition

ATTACHMENT_TYPES = {".pdf", ".docx", ".doc", ".xlsx", ".xls", ".jpg", ".jpeg", ".png", ".txt"}
ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024


def _url(task: Task) -> str:
    return reverse("plans:task", args=[task.pk])


def _check_unit(*, task: Task, actor, org: Organisation | None = None) -> Organisation:
    orgs = task_reporting_orgs(user=actor, task=task)
    if org is not None:
        orgs = [o for o in orgs if o.pk == org.pk]
    if not orgs:
        raise PermissionDeniedError(_("Only a unit responsible for the task may do this."))
    return orgs[0]


def _check_attachment(upload: UploadedFile) -> None:
    ext = Path(upload.name or "").suffix.lower()
    if ext not in ATTACHMENT_TYPES:
        raise DomainError(
            _("Attachments must be PDF, Word, Excel, image or text files."), code="attachment_type"
        )
    if upload.size > ATTACHMENT_MAX_BYTES:
        raise DomainError(_("Attachments may not exceed 10 MB."), code="attachment_size")


@transaction.atomic
def progress_report_add(
    *,
    task: Task,
    actor,
    text: str,
    reported_on: date,
    org: Organisation | None = None,
    attachment: UploadedFile | None = None,
) -> ProgressReport:
    """Post a dated progress report for one of the task's units; a dispatched task starts.

    The report also closes the earliest open occurrence due on or after its date (the current
    period of a recurring task).
    """
    unit = _check_unit(task=task, actor=actor, org=org)
    if task.status not in (TaskStatus.DISPATCHED, TaskStatus.IN_PROGRESS):
        raise DomainError(
            _("Progress can be reported only on a dispatched task in progress."),
            code="task_not_open",
        )
    if reported_on > timezone.localdate():
        raise DomainError(
            _("A progress report cannot be dated in the future."),
            code="future",
            field="reported_on",
        )
    if not text.strip():
        raise DomainError(_("Describe the progress."), code="empty_report", field="text")
    if attachment is not None:
        _check_attachment(attachment)
    report = ProgressReport(
        task=task,
        org=unit,
        author=actor,
        reported_on=reported_on,
        text=text.strip(),
        attachment_name=(attachment.name or "")[:255] if attachment else "",
    )
    report.full_clean(exclude=["attachment"])
    report.save()
    if attachment is not None:
        report.attachment.save(Path(attachment.name).name, attachment, save=True)
    if task.status == TaskStatus.DISPATCHED:
        task_transition(task=task, to=TaskStatus.IN_PROGRESS, actor=actor)
    occurrence = (
        task.occurrences.filter(done_on__isnull=True, due_on__gte=reported_on)
        .order_by("due_on")
        .first()
    )
    if occurrence is not None:
        model_update(occurrence, done_on=reported_on)
    audit_record(
        actor=actor,
        obj=task,
        action="task.progress",
        org=task.plan.org,
        after={
            "report": report.pk,
            "unit": unit.name,
            "reported_on": reported_on,
            "attachment": report.attachment_name,
        },
    )
    notify(
        users=plan_coordinators(plan=task.plan),
        title=_("Progress reported on “%(task)s”") % {"task": str(task)[:80]},
        body=report.text[:500],
        url=_url(task),
        kind="plans.progress",
    )
    return report


@transaction.atomic
def task_completion_request(*, task: Task, actor, note: str = "") -> None:
    """A responsible unit says the task is done and asks the coordinator to accept it."""
    _check_unit(task=task, actor=actor)
    task_transition(task=task, to=TaskStatus.COMPLETION_REQUESTED, actor=actor, reason=note)
    notify(
        users=plan_coordinators(plan=task.plan),
        title=_("Completion requested: “%(task)s”") % {"task": str(task)[:80]},
        body=note,
        url=_url(task),
        kind="plans.completion",
    )


def _check_coordinator(task: Task, actor) -> None:
    if not plan_can_manage(user=actor, plan=task.plan):
        raise PermissionDeniedError(_("Only the plan's coordinator may accept or return tasks."))


@transaction.atomic
def task_completion_accept(*, task: Task, actor, day: date | None = None) -> None:
    """Accept a completion: the task is done as of ``day`` (today unless the coordinator records
    an earlier day on which the work was finished) and its open occurrences close."""
    _check_coordinator(task, actor)
    today = timezone.localdate()
    day = day or today
    if day > today:
        raise DomainError(_("A completion cannot be dated in the future."), code="future")
    reason = "" if day == today else _("Completed on %(day)s") % {"day": f"{day:%Y-%m-%d}"}
    task_transition(task=task, to=TaskStatus.COMPLETED, actor=actor, reason=reason)
    model_update(task, completed_on=day)
    task.occurrences.filter(done_on__isnull=True).update(done_on=day)
    notify(
        users=task_unit_users(task=task),
        title=_("Task accepted as completed: “%(task)s”") % {"task": str(task)[:80]},
        url=_url(task),
        kind="plans.accepted",
    )


@transaction.atomic
def task_completion_return(*, task: Task, actor, reason: str) -> None:
    """Return a completion request to the units with a reason; the task is in progress again."""
    _check_coordinator(task, actor)
    if not reason.strip():
        raise DomainError(_("Give the reason for returning the task."), code="reason_required")
    task_transition(task=task, to=TaskStatus.IN_PROGRESS, actor=actor, reason=reason.strip())
    notify(
        users=task_unit_users(task=task),
        title=_("Task returned: “%(task)s”") % {"task": str(task)[:80]},
        body=reason.strip(),
        url=_url(task),
        kind="plans.returned",
    )
