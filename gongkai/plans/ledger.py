"""The ledger (台账): the plan's tasks as the table officials keep, in Excel and Word."""

import io

from django.utils.translation import gettext as _
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt

from gongkai.core.xlsx import Sheet, workbook_bytes

from .models import Plan
from .selectors import plan_tasks, task_latest_progress

COLUMNS = ["序号", "重点任务", "主要内容", "牵头单位", "责任单位", "完成时限", "进展情况", "状态"]
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def ledger_rows(*, plan: Plan) -> list[list[str]]:
    """One row per task, in document order, with the columns of COLUMNS."""
    latest = task_latest_progress(plan=plan)
    rows = []
    for task in plan_tasks(plan=plan):
        units = list(task.units.all())
        limit = task.deadline_text or (f"{task.due_on:%Y-%m-%d}" if task.due_on else "")
        report = latest.get(task.pk)
        progress = f"{report.reported_on:%Y-%m-%d} {report.text}" if report else ""
        rows.append(
            [
                "/".join(task.path),
                task.title,
                task.content,
                "、".join(u.name for u in units if u.is_lead),
                "、".join(u.name for u in units if not u.is_lead),
                limit,
                progress,
                str(task.get_status_display()),
            ]
        )
    return rows


def ledger_xlsx(*, plan: Plan) -> bytes:
    return workbook_bytes(
        Sheet(
            "台账",
            COLUMNS,
            ledger_rows(plan=plan),
            title=plan.title,
            widths=(10, 24, 60, 20, 30, 16, 40, 10),
        )
    )


def ledger_docx(*, plan: Plan) -> bytes:
    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(1.5))
    doc.add_heading(_("Ledger: %(title)s") % {"title": plan.title}, level=1)
    rows = ledger_rows(plan=plan)
    table = doc.add_table(rows=1, cols=len(COLUMNS))
    table.style = "Table Grid"
    for cell, name in zip(table.rows[0].cells, COLUMNS, strict=True):
        cell.text = name
        cell.paragraphs[0].runs[0].font.bold = True
    for row in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            cell.text = value
    for row in table.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(9)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()
