"""Import an edited ledger (台账) workbook back into its plan: all rows or none."""

from django.db import transaction
from django.utils.translation import gettext as _

from gongkai.core.audit import audit_record
from gongkai.core.errors import DomainError, PermissionDeniedError
from gongkai.core.xlsx import RowErrors, read_rows

from ..models import Plan
from ..parsing.units import split_units
from ..selectors import plan_can_manage
from ..states import PlanStatus, TaskStatus
from .review import task_fields_apply, task_units_replace

_FIELDS = ("重点任务", "主要内容", "完成时限", "牵头单位", "责任单位")
#: The columns an edited ledger must have; 进展情况 and 状态 are not imported.
_COLUMNS_READ = ("序号", "重点任务", "主要内容", "牵头单位", "责任单位", "完成时限")


@transaction.atomic
def ledger_import(*, plan: Plan, data: bytes, actor) -> int:
    """Apply an edited ledger to the plan; return how many tasks changed.

    Rows are matched by 序号. 重点任务, 主要内容, 完成时限 (interpreted again), 牵头单位 and
    责任单位 are applied; 进展情况 and 状态 are reports and transitions of their own and are not
    imported.
    Any bad row stops the whole import (ImportFailed), with every error listed by row number.
    """
    if not plan_can_manage(user=actor, plan=plan):
        raise PermissionDeniedError(_("Only the plan's coordinator may change it."))
    if plan.status == PlanStatus.CLOSED:
        raise DomainError(_("The plan is closed."), code="plan_closed")
    rows = read_rows(data, required=_COLUMNS_READ)
    tasks = {"/".join(t.path): t for t in plan.tasks.prefetch_related("units")}
    errors = RowErrors()
    seen: dict[str, int] = {}
    changes = []
    for row in rows:
        if not errors.require(row, "序号"):
            continue
        number = row.text("序号")
        task = tasks.get(number)
        if task is None:
            errors.add(
                row,
                _("the plan has no task numbered “%(number)s”.") % {"number": number},
                column="序号",
            )
            continue
        if not errors.unique(row, "序号", seen):
            continue
        title, content, lead, units, limit = (row.text(c) for c in _COLUMNS_READ[1:])
        if not (title or content):
            errors.add(row, _("重点任务 and 主要内容 are both empty."))
            continue
        old_units = list(task.units.all())
        old = (
            task.title,
            task.content,
            task.deadline_text or (f"{task.due_on:%Y-%m-%d}" if task.due_on else ""),
            "、".join(u.name for u in old_units if u.is_lead),
            "、".join(u.name for u in old_units if not u.is_lead),
        )
        new = (title, content, limit, "、".join(split_units(lead)), "、".join(split_units(units)))
        if new == old:
            continue
        if task.status == TaskStatus.COMPLETED:
            errors.add(
                row,
                _("task “%(number)s” is completed and cannot be changed.") % {"number": number},
            )
            continue
        changes.append((task, old, new))
    errors.raise_if_any()
    for task, old, new in changes:
        title, content, limit, lead, units = new
        task_fields_apply(
            task,
            title=title,
            content=content,
            # an unchanged 完成时限 column may show the due date where no limit was written;
            # a changed one is interpreted again and gives the due date (or none)
            deadline_text=limit if limit != old[2] else task.deadline_text,
            due_on=None if limit != old[2] else task.due_on,
        )
        if (lead, units) != old[3:]:
            task_units_replace(task, lead=lead, units=units, actor=actor)
        audit_record(
            actor=actor,
            obj=task,
            action="task.ledger_import",
            org=plan.org,
            before=dict(zip(_FIELDS, old, strict=True)),
            after=dict(zip(_FIELDS, new, strict=True)),
        )
    return len(changes)
