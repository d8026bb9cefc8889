"""Correct a parsed plan before it is dispatched: edit, split, merge tasks, re-assign units."""

import re
from datetime import date

from django.db import transaction
from django.db.models import F
from django.utils.translation import gettext as _

from gongkai.core.audit import audit_record
from gongkai.core.db import model_update
from gongkai.core.errors import DomainError, PermissionDeniedError
from gongkai.orgs.selectors import org_resolve

from ..models import Plan, Task, TaskUnit
from ..parsing.deadlines import interpret
from ..parsing.units import split_units
from ..selectors import plan_can_manage
from ..states import PlanStatus, TaskStatus


def _check_editable(*, plan: Plan, actor) -> None:
    if not plan_can_manage(user=actor, plan=plan):
        raise PermissionDeniedError(_("Only the plan's coordinator may change it."))
    if plan.status != PlanStatus.REVIEW:
        raise DomainError(
            _("The plan has been confirmed; its tasks can no longer be edited."),
            code="plan_confirmed",
        )


def _snapshot(task: Task) -> dict:
    return {
        "number": task.number,
        "title": task.title,
        "content": task.content,
        "deadline": task.deadline_text,
        "due_on": task.due_on,
        "units": [u.name for u in task.units.all()],
    }


def task_fields_apply(
    task: Task, *, title: str, content: str, deadline_text: str, due_on: date | None
) -> None:
    """Write a task's wording and time limit; a changed limit is interpreted again.

    A due date given (other than the current one) wins over the interpretation of the written
    limit. The caller checks the rules and audits: editing a task and importing the ledger both
    come here.
    """
    changes: dict = {"title": title.strip(), "content": content.strip(), "due_on": due_on}
    if deadline_text.strip() != task.deadline_text:
        due = interpret(deadline_text, task.plan.year)
        changes.update(
            deadline_text=deadline_text.strip(),
            recurrence=due.recurrence or "",
            relative_rule=due.relative,
        )
        if due_on is None or due_on == task.due_on:
            changes["due_on"] = date.fromisoformat(due.due) if due.due else due_on
    model_update(task, **changes)


def task_units_replace(task: Task, *, lead: str, units: str, actor) -> None:
    """Replace a task's units from two lists of names (lead units, other units).

    Names are split like the parser splits them and resolved against the directory within the
    plan's organisation, and never to one ``actor`` cannot see; unknown names stay unresolved for
    the coordinator to map. The caller checks the rules and audits.
    """
    lead_names = split_units(lead)
    names = lead_names + [n for n in split_units(units) if n not in lead_names]
    task.units.all().delete()
    TaskUnit.objects.bulk_create(
        TaskUnit(
            task=task,
            name=name,
            org=org_resolve(name=name, scope=task.plan.org, user=actor),
            is_lead=name in lead_names,
            position=i,
        )
        for i, name in enumerate(names)
    )


@transaction.atomic
def task_update(
    *, task: Task, actor, title: str, content: str, deadline_text: str, due_on: date | None
) -> Task:
    """Change a task's wording or time limit while the plan is under review.

    A changed time limit is interpreted again; a due date the coordinator enters wins.
    """
    _check_editable(plan=task.plan, actor=actor)
    before = _snapshot(task)
    task_fields_apply(
        task, title=title, content=content, deadline_text=deadline_text, due_on=due_on
    )
    audit_record(
        actor=actor,
        obj=task,
        action="task.edit",
        before=before,
        after=_snapshot(task),
        org=task.plan.org,
    )
    return task


def content_parts(content: str) -> list[str]:
    """The content's lines, and the sentences of each line (split after 。), as written."""
    parts: list[str] = []
    for line in content.splitlines():
        parts.extend(p for p in re.findall(r"[^。]+。?", line) if p.strip())
    return parts


@transaction.atomic
def task_split(*, task: Task, actor, at_line: int) -> Task:
    """Split a task in two after its ``at_line``-th sentence; the new task follows it.

    Both halves keep the units and time limit; the new one is numbered after the original
    (``3`` → ``3-2``) so that the coordinator can tell them apart in the ledger.
    """
    _check_editable(plan=task.plan, actor=actor)
    lines = content_parts(task.content)
    if not 0 < at_line < len(lines):
        raise DomainError(
            _("Choose a line between the first and the last to split the task at."),
            code="bad_split",
        )
    before = _snapshot(task)
    task.plan.tasks.filter(position__gt=task.position).update(position=F("position") + 1)
    suffix = 2
    while task.plan.tasks.filter(number=f"{task.number}-{suffix}").exists():
        suffix += 1
    number = f"{task.number}-{suffix}"
    new = Task(
        plan=task.plan,
        path=[*task.path[:-1], number],
        number=number,
        position=task.position + 1,
        title="",
        content="".join(lines[at_line:]),
        deadline_text=task.deadline_text,
        due_on=task.due_on,
        recurrence=task.recurrence,
        relative_rule=task.relative_rule,
        source_line_start=task.source_line_start,
        source_line_end=task.source_line_end,
        upper_task=task.upper_task,
    )
    new.full_clean()
    new.save()
    TaskUnit.objects.bulk_create(
        TaskUnit(task=new, name=u.name, org=u.org, is_lead=u.is_lead, position=u.position)
        for u in task.units.all()
    )
    model_update(task, content="".join(lines[:at_line]))
    audit_record(
        actor=actor,
        obj=task,
        action="task.split",
        before=before,
        after={"kept": _snapshot(task), "new": _snapshot(new)},
        org=task.plan.org,
    )
    return new


@transaction.atomic
def task_merge(*, task: Task, actor) -> Task:
    """Merge the next task of the plan into ``task`` (content appended, units joined)."""
    _check_editable(plan=task.plan, actor=actor)
    nxt = task.plan.tasks.filter(position__gt=task.position).order_by("position").first()
    if nxt is None:
        raise DomainError(_("This is the last task; there is nothing to merge."), code="no_next")
    before = {"task": _snapshot(task), "merged": _snapshot(nxt)}
    names = {u.name for u in task.units.all()}
    position = task.units.count()
    for unit in nxt.units.all():
        if unit.name not in names:
            TaskUnit.objects.create(
                task=task, name=unit.name, org=unit.org, is_lead=unit.is_lead, position=position
            )
            position += 1
    merged_content = "\n".join(p for p in (task.content, nxt.title, nxt.content) if p)
    model_update(
        task,
        content=merged_content,
        source_line_start=min(task.source_line_start, nxt.source_line_start),
        source_line_end=max(task.source_line_end, nxt.source_line_end),
        due_on=task.due_on or nxt.due_on,
    )
    nxt.delete()
    audit_record(
        actor=actor,
        obj=task,
        action="task.merge",
        before=before,
        after=_snapshot(task),
        org=task.plan.org,
    )
    return task


@transaction.atomic
def task_units_set(*, task: Task, actor, lead: str, units: str) -> Task:
    """Re-assign a task's units from two lists of names (lead units and other units).

    Names are split like the parser splits them and resolved against the directory within the
    plan's organisation; unknown names stay unresolved for the coordinator to map.
    """
    plan = task.plan
    if not plan_can_manage(user=actor, plan=plan):
        raise PermissionDeniedError(_("Only the plan's coordinator may change it."))
    if task.status == TaskStatus.COMPLETED:
        raise DomainError(_("A completed task cannot be re-assigned."), code="task_completed")
    before = _snapshot(task)
    task_units_replace(task, lead=lead, units=units, actor=actor)
    audit_record(
        actor=actor,
        obj=task,
        action="task.assign",
        before=before,
        after=_snapshot(task),
        org=plan.org,
    )
    return task
