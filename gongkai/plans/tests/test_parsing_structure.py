"""Structure stage: item tree, ¶ paragraphs, inherited and range statements, tables by header."""

from __future__ import annotations

import pytest

from gongkai.plans.parsing import ParseError, parse_document
from gongkai.plans.parsing.model import Block, Cell
from gongkai.plans.parsing.pipeline import parse_blocks


def _parse(text: str):
    return parse_document(text.encode("utf-8"), "plan.txt")


def _summary(plan) -> list[tuple[str, list[str], list[str]]]:
    return [("/".join(t.path), t.units, t.lead) for t in plan.tasks]


def test_parent_statement_applies_to_each_child() -> None:
    plan = _parse(
        "一、公开\n（一）甲。（A局牵头，B局负责）\n1. 子一。\n2. 子二。\n（二）乙。（C局负责）"
    )
    assert _summary(plan) == [
        ("一/（一）/1", ["A局", "B局"], ["A局"]),
        ("一/（一）/2", ["A局", "B局"], ["A局"]),
        ("一/（二）", ["C局"], []),
    ]


def test_paragraphs_with_statements_become_numbered_paragraph_tasks() -> None:
    plan = _parse(
        "一、公开\n（一）标题独立成行。\n正文一。（A局牵头落实）\n正文二。（B局负责落实）\n"
        "（二）有声明的条目。（C局负责落实）\n补充段落。（D局负责落实）\n无声明的段落。"
    )
    assert [t.path for t in plan.tasks] == [
        ["一", "（一）", "¶1"],
        ["一", "（一）", "¶2"],
        ["一", "（二）"],
        ["一", "（二）", "¶1"],
    ]


def test_statement_line_attaches_to_the_item_above() -> None:
    plan = _parse("一、公开\n1. 甲任务。\n责任处室：办公室牵头，有关处室配合落实\n2. 乙任务。")
    assert _summary(plan) == [
        ("一/1", ["办公室", "有关处室"], ["办公室"]),
        ("一/2", [], []),
    ]
    assert plan.warnings == ["任务 一/2 未识别到责任单位，请人工核对。"]


def test_range_statement_applies_to_every_item_in_range() -> None:
    plan = _parse(
        "一、任务\n1. 甲。(1-3项牵头落实单位:A厅负责落实。完成时限:全年工作)\n"
        "责任处室:甲处\n2. 乙。\n责任处室:乙处\n3. 丙。\n4. 丁。(B厅负责落实)"
    )
    assert _summary(plan) == [
        ("一/1", ["A厅", "甲处"], []),
        ("一/2", ["A厅", "乙处"], []),
        ("一/3", ["A厅"], []),
        ("一/4", ["B厅"], []),
    ]
    assert [t.deadline for t in plan.tasks] == ["全年工作"] * 3 + [""]


def test_table_columns_are_mapped_by_header_in_any_order() -> None:
    header = ["完成时限", "责任单位", "序号", "主要内容", "牵头单位"]
    rows = [
        [Cell(h) for h in header],
        [Cell(x) for x in ["年底前", "B局", "1", "做好公开。细则。", "A局"]],
    ]
    plan = parse_blocks([Block("para", "某市2021年任务分解表"), Block("table", rows=rows)])
    (task,) = plan.tasks
    assert (task.path, task.units, task.lead) == (["1"], ["B局", "A局"], ["A局"])  # column order
    assert (task.deadline, task.due, task.title) == ("年底前", "2021-12-31", "做好公开")
    assert plan.source_lines[task.source_line_start].startswith("年底前")


def test_no_numbering_raises() -> None:
    with pytest.raises(ParseError, match="未识别到任务编号"):
        _parse("关于做好工作的通知\n各单位要认真落实。")


def test_source_lines_cover_the_task() -> None:
    plan = _parse("一、公开\n1. 甲任务。\n责任处室：办公室\n2. 乙任务。（B局负责）")
    first = plan.tasks[0]
    lines = plan.source_lines[first.source_line_start : first.source_line_end + 1]
    assert lines == ["1. 甲任务。", "责任处室：办公室"]


def test_table_rows_nest_by_number_style() -> None:
    rows = [
        ["序号", "工作任务", "责任单位"],
        ["一", "公开重点", ""],
        ["1", "做好财政公开。", "市财政局"],
        ["2", "做好项目公开。", "市发改委"],
        ["二", "平台建设", ""],
        ["3", "办好网站。", "市政府办公室"],
    ]
    grid = [[Cell(x) for x in row] for row in rows]
    plan = parse_blocks([Block("table", rows=grid)])
    assert [(t.path, t.units) for t in plan.tasks] == [
        (["一", "1"], ["市财政局"]),
        (["一", "2"], ["市发改委"]),
        (["二", "3"], ["市政府办公室"]),
    ]


def test_rows_read_without_a_header_cell_are_not_taken_for_a_grid() -> None:
    # a copy's stray bars can give a first row without cells: the reader misplaced the rows,
    # and the text is read another way (it used to crash on the missing header)
    from gongkai.plans.parsing.tables import _roles_of
    from gongkai.plans.parsing.textgrid import build_grid

    rows = [
        [],
        ["序号", "工作任务", "责任单位", "完成时限"],
        ["1", "推进决策公开。", "区司法局", "6月底前"],
        ["2", "做好政策解读。", "区政府办", "年底前"],
    ]
    assert build_grid(rows, _roles_of) is None
    assert build_grid(rows[1:], _roles_of) is not None


def test_a_statement_line_under_a_section_heading_applies_to_each_of_its_items() -> None:
    # 一、… heading, then a line holding only the section's statement, an unnumbered paragraph
    # without one, then items closing with their own: the heading is no task, the paragraph is
    # none either; the section's units come first in each item's, its lead leads
    plan = _parse(
        "云山市关于促进某某发展的若干措施\n\n"
        "一、扩大有效消费措施\n"
        "（由云山市商务局牵头实施）\n"
        "围绕消费回升，持续开展促消费活动，全年举办活动百场以上。\n"
        "（一）支持餐饮门店提质。对新开门店给予补助。（责任单位：云山市财政局）\n"
        "（二）办好夜间集市。鼓励各区办好集市。（责任单位：云山市商务局、云山市文旅局）\n"
        "（三）发放消费券。分批发放消费券。\n"
        "二、优化营商环境\n"
        "（一）压缩审批时限。（责任单位：云山市审批局）\n"
    )
    assert _summary(plan) == [
        ("一/（一）", ["云山市商务局", "云山市财政局"], ["云山市商务局"]),
        ("一/（二）", ["云山市商务局", "云山市文旅局"], ["云山市商务局"]),
        ("一/（三）", ["云山市商务局"], ["云山市商务局"]),
        ("二/（一）", ["云山市审批局"], []),
    ]


def test_a_traditional_section_lead_line_yields_to_an_items_own_lead_and_time_limit() -> None:
    plan = _parse(
        "青嵐縣關於推進某某工作的若干政策\n\n"
        "一、改善交通條件政策\n"
        "（牽頭單位：青嵐縣交通局；完成時限：2025年底前）\n"
        "（一）修建鄉村道路。完成道路百公里。"
        "（牽頭單位：青嵐縣水利局；責任單位：青嵐縣林業局）\n"
        "（二）改造客運站點。年內完成改造。（責任單位：青嵐縣林業局；完成時限：2025年6月底前）\n"
    )
    assert [(t.units, t.lead, t.deadline) for t in plan.tasks] == [
        (["青嵐縣交通局", "青嵐縣水利局", "青嵐縣林業局"], ["青嵐縣水利局"], "2025年底前"),
        (["青嵐縣交通局", "青嵐縣林業局"], ["青嵐縣交通局"], "2025年6月底前"),
    ]


def test_a_labelled_section_statement_line_applies_to_numbered_items_below() -> None:
    plan = _parse(
        "某县工作方案\n\n"
        "一、加强基础设施建设\n"
        "牵头单位：白石县发改局；责任单位：白石县财政局\n"
        "1.建设供水管网。新建管网二十公里。（责任单位：白石县水务局）\n"
        "2.改造老旧小区。改造小区十个。\n"
    )
    assert _summary(plan) == [
        ("一/1", ["白石县发改局", "白石县财政局", "白石县水务局"], ["白石县发改局"]),
        ("一/2", ["白石县发改局", "白石县财政局"], ["白石县发改局"]),
    ]


def test_a_section_statement_line_over_paragraphs_only_keeps_the_section_a_task() -> None:
    # no numbered item below: the heading with its statement is a task, the paragraph with its
    # own statement a ¶ of it; a statement on the heading's own line is left as it was
    plan = _parse(
        "某县工作方案\n\n"
        "一、加强基础设施建设\n"
        "（牵头单位：白石县发改局）\n"
        "推进管网建设，年内完成。（责任单位：白石县水务局）\n"
        "二、做好宣传\n"
        "（牵头单位：白石县宣传部）\n"
        "三、改造老旧小区（牵头单位：白石县住建局）\n"
        "（一）改造小区十个。（责任单位：白石县城管局）\n"
    )
    assert _summary(plan) == [
        ("一", ["白石县发改局"], ["白石县发改局"]),
        ("一/¶1", ["白石县水务局"], []),
        ("二", ["白石县宣传部"], ["白石县宣传部"]),
        ("三", ["白石县住建局"], ["白石县住建局"]),
        ("三/（一）", ["白石县城管局"], []),
    ]
