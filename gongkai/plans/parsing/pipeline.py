"""The parsing pipeline: read → normalise → tables → numbering/structure → statements → dates."""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from . import errors
from .comma_leads import comma_leads_below, leads_before_first_comma
from .deadlines import interpret, time_limit_in_text
from .errors import ParseError
from .meta import plan_title, plan_year, task_title
from .model import COLUMN_BREAK, Block, Cell, ParsedPlan, ParsedTask
from .normalise import full_of_pinyin, normalise_lines, strip_pinyin
from .notice import drop_notice_items
from .page_marks import close_cut_off_bracket
from .readers import MAX_BYTES, read_blocks
from .statements import first_leads_below
from .structure import TreeBuilder, apply_ranges, resolve_markers, select_tasks
from .tables import find_text_tables

logger = logging.getLogger(__name__)

_PAGE_HEAD = 15  # the lines of a page's head that drop_page_furniture reads
_ITEM_STYLES = {"cn_dun", "cn_paren", "ar_dot", "ar_paren", "ar_sub", "circled"}


def _prepare(blocks: list[Block]) -> list[Block]:
    """Normalise runs of paragraphs and recognise tables written as text. Pinyin noise is
    counted on the whole document, tables' cells too (a file's table holds it as its text does),
    and dropped from both."""
    out: list[Block] = []
    run: list[Block] = []
    pinyin = full_of_pinyin(
        [b.text for b in blocks if b.kind == "para"]
        + [c.text for b in blocks if b.kind != "para" for row in b.rows for c in row]
    )

    def flush() -> None:
        if run:
            out.extend(Block("para", t) for t in normalise_lines([b.text for b in run], pinyin))
            run.clear()

    for block in blocks:
        if block.kind == "para":
            run.append(block)
        else:
            flush()
            if pinyin and block.rows:
                rows = [[Cell(strip_pinyin(c.text), c.spanned) for c in row] for row in block.rows]
                block = replace(block, rows=rows)
            out.append(block)
    flush()
    if out and out[-1].kind == "para":  # the document's last line: a copy may be cut off there
        out[-1:] = [Block("para", t) for t in close_cut_off_bracket([out[-1].text])]
    return find_text_tables(out)


def parse_blocks(blocks: list[Block]) -> ParsedPlan:
    """Parse blocks read from a document into a plan."""
    # the page's first lines as read, its furniture (发布时间：…) not yet dropped: they may date it
    page_head = [b.text for b in blocks[:_PAGE_HEAD] if b.kind == "para"]
    blocks = _prepare(blocks)
    source: list[str] = []
    entries: list[tuple[str, int, Block]] = []
    for block in blocks:
        entries.append((block.kind, len(source), block))
        if block.kind == "para":
            source.append("" if block.text == COLUMN_BREAK else block.text)
        else:
            for row in block.rows:
                source.append(" | ".join(c.text.replace("\n", " ") for c in row if not c.spanned))
    para_lines = [b.text for b in blocks if b.kind == "para"]
    markers = iter(drop_notice_items(para_lines, resolve_markers(para_lines)))
    builder = TreeBuilder()
    first_item = len(source)
    for kind, line, block in entries:
        if kind == "para":
            marker = next(markers)
            if marker is not None and marker.style in _ITEM_STYLES | {"di_条"}:
                first_item = min(first_item, line)
            builder.add_line(line, block.text, marker)
        elif builder.add_table(block.rows, line):
            first_item = min(first_item, line)
        else:
            for k, row in enumerate(block.rows):
                text = " ".join(c.text for c in row if not c.spanned and c.text)
                builder.add_line(line + k, text, None)
    apply_ranges(builder.root)
    selected = select_tasks(builder.root)
    if not selected:
        raise ParseError(errors.NO_NUMBERING)

    title = plan_title(source, first_item)
    deadlines = [s.deadline for _, stmts in selected for s in stmts if s.deadline]
    year = plan_year(title, deadlines, source[:first_item], "\n".join(source), page_head)
    plan = ParsedPlan(title=title, year=year, source_lines=source)
    carried: list[str] = []  # units a statement names for every task after it (以下任务均需…)
    # 列第一位为牵头或汇总单位,下同: from the list that says it on, each list's first unit leads
    # (said within one statement without 下同, it holds for that statement only)
    first_leads = next((k for k, text in enumerate(source) if first_leads_below(text)), None)
    # 第一个逗号前为牵头单位,下同: from the list that says it on, each list's units before its
    # first comma lead
    comma_leads = next((k for k, text in enumerate(source) if comma_leads_below(text)), None)
    for node, stmts in selected:
        task = ParsedTask(path=node.path())
        if not any(s.following for s in stmts):
            task.units.extend(carried)
        task.content = "\n".join(node.lines)
        task.title = node.title
        if task.title is None:
            task.title = task_title(node.own_text, body_below=len(node.lines) > 1)
        for stmt in stmts:
            task.units.extend(u for u in stmt.units if u not in task.units)
            task.lead.extend(u for u in stmt.lead if u not in task.lead)
            if stmt.deadline and not task.deadline:
                task.deadline = stmt.deadline
            carried.extend(u for u in stmt.following if u not in carried)
            if (
                first_leads is not None
                and node.last_line >= first_leads
                and stmt.units
                and not stmt.lead
                and not stmt.co_operating
            ):
                task.lead.extend(u for u in stmt.units[:1] if u not in task.lead)
            if (
                comma_leads is not None
                and node.last_line >= comma_leads
                and stmt.units
                and not stmt.lead
                and not stmt.co_operating
            ):
                leads = leads_before_first_comma(stmt.units, stmt.text)
                task.lead.extend(u for u in leads if u not in task.lead)
        if task.deadline:
            due = interpret(task.deadline, year)
        else:
            due = time_limit_in_text(node.own_text, year)
        task.due, task.recurrence, task.relative = due.due, due.recurrence, due.relative
        task.source_line_start, task.source_line_end = node.first_line, node.last_line
        if node.garbled:
            plan.warnings.append(
                f"任务 {'/'.join(task.path)} 的编号无法辨认（乱码），已按前后编号推定，请人工核对。"
            )
        if not task.units:
            plan.warnings.append(f"任务 {'/'.join(task.path)} 未识别到责任单位，请人工核对。")
        plan.tasks.append(task)
    return plan


def parse_document(data: bytes, filename: str) -> ParsedPlan:
    """Parse the bytes of a .txt, .docx, .xlsx, .xls, .html or .pdf work plan.

    A failure inside the parser itself (a layout it was never taught that trips a rule) is
    logged with its traceback and reported as a ParseError saying what to do, so that the
    upload page answers in the office's words instead of a server error; the real-document
    tests check that no document of the evaluation set comes to this.
    """
    try:
        return parse_blocks(read_blocks(data, filename))
    except ParseError:
        raise
    except Exception as exc:
        logger.exception("work-plan parser failed on %r (%d bytes)", filename, len(data))
        raise ParseError(errors.LAYOUT_FAILED) from exc


def parse_file(path: str | Path) -> ParsedPlan:
    """Parse a work-plan file from disk."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise ParseError(errors.TOO_LARGE)
        data = p.read_bytes()
    except FileNotFoundError as exc:
        raise ParseError(errors.NOT_FOUND, path=p.name) from exc
    except IsADirectoryError as exc:
        raise ParseError(errors.NOT_FOUND, path=p.name) from exc
    return parse_document(data, p.name)
