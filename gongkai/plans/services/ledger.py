"""Import an edited ledger (台账) workbook back into its plan: all rows or none."""

import io
import zipfile

from django.db import transaction
from django.utils.translation import gettext as _
from openpyxl import load_workbook

from gongkai.core.audit import audit_record
from gongkai.core.errors import DomainError, PermissionDeniedError
from gongkai.core.officezip import office_zip_check

from ..ledger import COLUMNS
from ..models import Plan
from ..parsing.units import split_units
from ..selectors import plan_can_manage
from ..states import PlanStatus, TaskStatus
from .review import task_fields_apply, task_units_replace

_FIELDS = ("重点任务", "主要内容", "完成时限", "牵头单位", "责任单位")


class LedgerImportFailed(DomainError):
    """The workbook has errors; ``errors`` lists them by row, and nothing was changed."""

    def __init__(self, errors: list[str]):
        super().__init__(
            _("The ledger was not imported; correct the rows below."), code="ledger_invalid"
        )
        self.errors = errors


def _text(value) -> str:
    return "" if value is None else str(value).strip()


def _read(data: bytes) -> list[tuple[int, list[str]]]:
    office_zip_check(data)
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise DomainError(_("The file is not an Excel (.xlsx) workbook."), code="not_xlsx") from exc
    rows = [
        (n, [_text(v) for v in (list(row) + [None] * 8)[:8]])
        for n, row in enumerate(book.worksheets[0].iter_rows(values_only=True), start=1)
    ]
    for index, (_n, row) in enumerate(rows):
        if row == COLUMNS:
            return [(m, r) for m, r in rows[index + 1 :] if any(r)]
    raise DomainError(
        _("No header row with the columns %(columns)s was found.")
        % {"columns": " / ".join(COLUMNS)},
        code="no_header",
    )


@transaction.atomic
def ledger_import(*, plan: Plan, data: bytes, actor) -> int:
    """Apply an edited ledger to the plan; return how many tasks changed.

    Rows are matched by 序号. 重点任务, 主要内容, 完成时限 (interpreted again), 牵头单位 and
    责任单位 are applied; 进展情况 and 状态 are reports and transitions of their own and are not
    imported.
    Any bad row stops the whole import, with every error listed by row number.
    """
    if not plan_can_manage(user=actor, plan=plan):
        raise PermissionDeniedError(_("Only the plan's coordinator may change it."))
    if plan.status == PlanStatus.CLOSED:
        raise DomainError(_("The plan is closed."), code="plan_closed")
    rows = _read(data)
    tasks = {"/".join(t.path): t for t in plan.tasks.prefetch_related("units")}
    errors: list[str] = []
    seen: set[str] = set()
    changes = []
    for n, row in rows:
        number, title, content, lead, units, limit = row[:6]
        if not number:
            errors.append(_("Row %(row)d: 序号 is empty.") % {"row": n})
            continue
        task = tasks.get(number)
        if task is None:
            errors.append(
                _("Row %(row)d: the plan has no task numbered “%(number)s”.")
                % {"row": n, "number": number}
            )
            continue
        if number in seen:
            errors.append(
                _("Row %(row)d: task “%(number)s” appears twice.") % {"row": n, "number": number}
            )
            continue
        seen.add(number)
        if not (title or content):
            errors.append(_("Row %(row)d: 重点任务 and 主要内容 are both empty.") % {"row": n})
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
            errors.append(
                _("Row %(row)d: task “%(number)s” is completed and cannot be changed.")
                % {"row": n, "number": number}
            )
            continue
        changes.append((task, old, new))
    if errors:
        raise LedgerImportFailed(errors)
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
