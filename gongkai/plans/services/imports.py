"""Import work plans, resolve their units, and move plans and tasks through their states."""

from django.core.files.base import ContentFile
from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext as _

from gongkai.core.audit import audit_record
from gongkai.core.db import lock_and_check, model_update
from gongkai.core.errors import DomainError, PermissionDeniedError
from gongkai.core.notify import notify
from gongkai.orgs.models import Organisation
from gongkai.orgs.selectors import org_resolve
from gongkai.orgs.services import alias_add

from ..models import Plan, Task, TaskUnit
from ..parsing import ParseError, parse_document
from ..selectors import plan_can_manage, task_unit_users
from ..states import PLAN_TRANSITIONS, TASK_TRANSITIONS, PlanStatus, TaskStatus


@transaction.atomic
def plan_import(*, data: bytes, filename: str, org: Organisation, actor=None) -> Plan:
    """Parse a work-plan document into a plan under review; nothing is dispatched yet.

    Bad input (empty file, scanned PDF, not a Word file, no numbering) raises DomainError with
    the parser's message and stores nothing.
    """
    try:
        parsed = parse_document(data, filename)
    except ParseError as exc:
        raise DomainError(str(exc), code="unparseable") from exc
    plan = Plan(
        org=org,
        title=parsed.title or filename,
        year=parsed.year,
        source_name=filename,
        source_lines=parsed.source_lines,
        warnings=parsed.warnings,
        created_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    plan.full_clean(exclude=["source"])
    plan.save()
    plan.source.save(filename, ContentFile(data), save=True)
    for position, item in enumerate(parsed.tasks):
        task = Task.objects.create(
            plan=plan,
            path=item.path,
            number=item.path[-1] if item.path else "",
            position=position,
            title=item.title[:500],
            content=item.content,
            deadline_text=item.deadline[:300],
            due_on=item.due,
            recurrence=item.recurrence or "",
            relative_rule=item.relative,
            source_line_start=item.source_line_start,
            source_line_end=item.source_line_end,
        )
        TaskUnit.objects.bulk_create(
            TaskUnit(
                task=task,
                name=name,
                org=org_resolve(name=name, scope=org),
                is_lead=name in item.lead,
                position=index,
            )
            for index, name in enumerate(item.units)
        )
    audit_record(
        actor=actor,
        obj=plan,
        action="plan.import",
        to_state=plan.status,
        after={"source": filename, "tasks": len(parsed.tasks)},
    )
    return plan


@transaction.atomic
def plan_unit_map(*, plan: Plan, name: str, org: Organisation, actor=None) -> int:
    """Map a unit name the directory did not know to ``org`` and remember it as an alias.

    The alias is scoped to the plan's organisation, so the next import from the same agency
    resolves the name by itself. Returns how many task units were mapped.
    """
    alias_add(org=org, alias=name, scope=plan.org, actor=actor)
    count = TaskUnit.objects.filter(task__plan=plan, name=name).update(org=org)
    audit_record(
        actor=actor, obj=plan, action="plan.map_unit", after={"name": name, "org": org.name}
    )
    return count


def plan_transition(*, plan: Plan, to: str, actor, reason: str = "") -> None:
    """Change a plan's status: the one place that does, audited (see states.PLAN_TRANSITIONS)."""
    with transaction.atomic():
        before = lock_and_check(
            plan, to=to, table=PLAN_TRANSITIONS, labels=dict(PlanStatus.choices)
        )
        model_update(plan, status=to)
        audit_record(
            actor=actor, obj=plan, action="plan.transition", from_state=before, to_state=to,
            reason=reason,
        )  # fmt: skip


def task_transition(*, task: Task, to: str, actor, reason: str = "") -> None:
    """Change a task's status: the one place that does, audited (see states.TASK_TRANSITIONS)."""
    with transaction.atomic():
        before = lock_and_check(
            task, to=to, table=TASK_TRANSITIONS, labels=dict(TaskStatus.choices)
        )
        model_update(task, status=to)
        audit_record(
            actor=actor, obj=task, action="task.transition", from_state=before, to_state=to,
            reason=reason, org=task.plan.org,
        )  # fmt: skip


@transaction.atomic
def plan_confirm(*, plan: Plan, actor) -> int:
    """Confirm the reviewed plan and dispatch every task; return the number dispatched."""
    if not plan.tasks.exists():
        raise DomainError(_("The plan has no tasks to dispatch."), code="empty_plan")
    plan_transition(plan=plan, to=PlanStatus.DISPATCHED, actor=actor)
    from .occurrences import task_occurrences_generate  # occurrences imports this module

    if actor is not None and not plan_can_manage(user=actor, plan=plan):
        raise PermissionDeniedError(_("Only the plan's coordinator may change it."))
    tasks = list(plan.tasks.filter(status=TaskStatus.DRAFT).prefetch_related("units"))
    for task in tasks:
        task_transition(task=task, to=TaskStatus.DISPATCHED, actor=actor)
        task_occurrences_generate(task=task)
        notify(
            users=task_unit_users(task=task),
            title=_("New task: “%(task)s”") % {"task": str(task)[:80]},
            body=plan.title,
            url=reverse("plans:task", args=[task.pk]),
            kind="plans.dispatched",
        )
    return len(tasks)
