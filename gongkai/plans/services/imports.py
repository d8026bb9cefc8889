"""Import work plans, resolve their units, and move plans and tasks through their states."""

from pathlib import PurePath

from django.core.files.base import ContentFile
from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext as _

from gongkai.core.audit import audit_record
from gongkai.core.errors import DomainError, PermissionDeniedError
from gongkai.core.notify import notify
from gongkai.core.transitions import status_move
from gongkai.orgs.models import Organisation
from gongkai.orgs.selectors import org_resolve
from gongkai.orgs.services import alias_add

from ..models import Plan, Task, TaskUnit
from ..parsing import ParseError, parse_document
from ..selectors import (
    DispatchCheck,
    org_task_users,
    plan_can_manage,
    plan_dispatch_check,
    task_unit_users,
)
from ..states import PLAN_TRANSITIONS, TASK_TRANSITIONS, PlanStatus, TaskStatus


@transaction.atomic
def plan_import(*, data: bytes, filename: str, org: Organisation, actor=None) -> Plan:
    """Parse a work-plan document into a plan under review; nothing is dispatched yet.

    The plan is titled by the document's own heading (2020年全省政务公开工作要点); the file name,
    without its extension, stands in only when the parser finds no heading. Bad input (empty
    file, scanned PDF, not a Word file, no numbering) raises DomainError with the parser's
    message and stores nothing.
    """
    try:
        parsed = parse_document(data, filename)
    except ParseError as exc:
        raise DomainError(str(exc), code="unparseable") from exc
    plan = Plan(
        org=org,
        title=(parsed.title or PurePath(filename).stem or filename)[:300],
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
                org=org_resolve(name=name, scope=org, user=actor),
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
    resolves the name by itself. Returns how many task units were mapped. On a plan already
    dispatched, the organisation's staff are told of the tasks that now reach them.

    Only the plan's coordinators map names, and only to the plan's organisation or one below
    it: a plan cannot hand work to an organisation it does not direct.
    """
    if actor is not None and not plan_can_manage(user=actor, plan=plan):
        raise PermissionDeniedError(_("Only the plan's coordinator may change it."))
    if not org.path.startswith(plan.org.path):
        raise DomainError(
            _("A unit name can only be mapped to %(org)s or an organisation below it.")
            % {"org": plan.org.name},
            code="unit_outside_plan",
        )
    alias_add(org=org, alias=name, scope=plan.org, actor=actor)
    units = TaskUnit.objects.filter(task__plan=plan, name=name, org__isnull=True)
    task_ids = list(units.values_list("task_id", flat=True))
    count = units.update(org=org)
    audit_record(
        actor=actor, obj=plan, action="plan.map_unit", after={"name": name, "org": org.name}
    )
    if plan.status != PlanStatus.REVIEW:
        for task in Task.objects.filter(pk__in=task_ids).exclude(status=TaskStatus.DRAFT):
            notify(
                users=org_task_users(org=org),
                title=_("New task: “%(task)s”") % {"task": str(task)[:80]},
                body=plan.title,
                url=reverse("plans:task", args=[task.pk]),
                kind="plans.dispatched",
            )
    return count


def plan_transition(*, plan: Plan, to: str, actor, reason: str = "") -> None:
    """Change a plan's status: the one place that does, audited (see states.PLAN_TRANSITIONS)."""
    status_move(
        plan,
        to=to,
        table=PLAN_TRANSITIONS,
        labels=dict(PlanStatus.choices),
        actor=actor,
        action="plan.transition",
        reason=reason,
    )


def task_transition(*, task: Task, to: str, actor, reason: str = "") -> None:
    """Change a task's status: the one place that does, audited (see states.TASK_TRANSITIONS)."""
    status_move(
        task,
        to=to,
        table=TASK_TRANSITIONS,
        labels=dict(TaskStatus.choices),
        actor=actor,
        action="task.transition",
        reason=reason,
        org=task.plan.org,
    )


class DispatchRefused(DomainError):
    """The plan cannot be dispatched as it is; ``check`` lists the unit names and tasks at issue."""

    def __init__(self, message: str, *, check: DispatchCheck, code: str):
        super().__init__(message, code=code)
        self.check = check


@transaction.atomic
def plan_confirm(
    *, plan: Plan, actor, unmapped_confirmed: bool = False, orphans_to_issuer: bool = False
) -> int:
    """Confirm the reviewed plan and dispatch every task; return the number dispatched.

    Unit names the directory does not know are never dispatched silently: unless the coordinator
    has seen the list and confirmed (``unmapped_confirmed``), the dispatch is refused with the
    names, so that they can be mapped first. A task none of whose units is matched would reach
    nobody: it is dispatched only when the coordinator explicitly gives it to the issuing
    agency itself (``orphans_to_issuer``; 《条例》第四条: the agency's disclosure office answers
    for its disclosure work), and is otherwise refused with the list.
    """
    if actor is not None and not plan_can_manage(user=actor, plan=plan):
        raise PermissionDeniedError(_("Only the plan's coordinator may change it."))
    if not plan.tasks.exists():
        raise DomainError(_("The plan has no tasks to dispatch."), code="empty_plan")
    check = plan_dispatch_check(plan=plan)
    if check.unmapped and not unmapped_confirmed:
        raise DispatchRefused(
            _("Before dispatch, map the unit names not in the directory: %(names)s.")
            % {"names": "、".join(row["name"] for row in check.unmapped)},
            check=check,
            code="unmapped_units",
        )
    if check.orphans and not orphans_to_issuer:
        raise DispatchRefused(
            _(
                "%(count)d tasks have no unit that could see them: %(tasks)s. Map their units, "
                "or give them to %(org)s itself."
            )
            % {
                "count": len(check.orphans),
                "tasks": "、".join("/".join(t.path) or t.number for t in check.orphans),
                "org": plan.org.name,
            },
            check=check,
            code="orphan_tasks",
        )
    for task in check.orphans:
        _assign_to_issuer(task=task, actor=actor)
    if check.unmapped:
        audit_record(
            actor=actor,
            obj=plan,
            action="plan.dispatch_unmapped",
            after={"names": [row["name"] for row in check.unmapped]},
        )
    plan_transition(plan=plan, to=PlanStatus.DISPATCHED, actor=actor)
    from .occurrences import task_occurrences_generate  # occurrences imports this module

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


def _assign_to_issuer(*, task: Task, actor) -> None:
    """Give a task with no matched unit to the plan's own agency, as its lead unit (audited)."""
    plan = task.plan
    before = [u.name for u in task.units.all()]
    TaskUnit.objects.create(
        task=task, name=plan.org.name, org=plan.org, is_lead=True, position=len(before)
    )
    audit_record(
        actor=actor,
        obj=task,
        action="task.assign_issuer",
        before={"units": before},
        after={"units": [*before, plan.org.name]},
        org=plan.org,
    )
