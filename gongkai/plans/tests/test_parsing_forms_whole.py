"""Whole documents on made-up text: the notice that issues the plan, the plan's sections, and
what follows the last section (an attachment task table, the issuer and date, the publishing
note, the copy list and the printed line), as text, Word and HTML."""

from __future__ import annotations

import io

import docx

from gongkai.plans.parsing import parse_document
from gongkai.plans.parsing.web_copy import drop_closing_lines

NOTICE = """某某县人民政府办公室
关于印发《某某县2024年政务公开工作要点》的通知

各乡镇人民政府，县政府各部门：
《某某县2024年政务公开工作要点》已经县人民政府同意，现印发给你们，请认真贯彻落实。
一、提高思想认识。各单位要充分认识政务公开工作的重要性。
二、强化督促检查。县政务公开办将适时开展督查。
"""

PLAN = """某某县2024年政务公开工作要点

为进一步提升政务公开质量，结合我县实际，制定本要点。
一、总体要求
坚持以人民为中心，全面推进决策、执行、管理、服务、结果公开。
二、重点任务
（一）加强政策公开解读
1.做好政策文件公开。及时公开规范性文件。（责任单位：县甲局、县政府各部门；完成时限：2024年12月底前）
2.强化政策解读。坚持同步组织、同步部署。（责任单位：县政府办公室牵头，县政府各部门配合；完成时限：持续推进）
（二）推进重点领域信息公开
3.深化财政信息公开。按规定公开预决算信息。（责任单位：县乙局；完成时限：全年）
三、保障措施
（一）加强组织领导。各单位要明确分管领导。
（二）强化考核评估。将政务公开工作纳入绩效考核。
"""

SIGNED = """
某某县人民政府办公室
2024年3月15日
（此件公开发布）
"""

COPIED = """抄送：县委办公室，县人大常委会办公室，
县政协办公室。
某某县人民政府办公室                2024年3月15日印发
— 3 —
"""

ROWS = [
    ["序号", "工作任务", "责任单位", "完成时限"],
    ["1", "做好政策文件公开", "县甲局、县政府各部门", "2024年12月底前"],
    ["2", "强化政策解读", "县政府办公室牵头，县政府各部门配合", "持续推进"],
    ["3", "深化财政信息公开", "县乙局", "全年"],
]

BODY = [
    ("一", [], [], ""),
    ("二/（一）/1", [], ["县甲局", "县政府各部门"], "2024年12月底前"),
    ("二/（一）/2", ["县政府办公室"], ["县政府办公室", "县政府各部门"], "持续推进"),
    ("二/（二）/3", [], ["县乙局"], "全年"),
    ("三/（一）", [], [], ""),
    ("三/（二）", [], [], ""),
]
TABLE = [
    ("1", [], ["县甲局", "县政府各部门"], "2024年12月底前"),
    ("2", ["县政府办公室"], ["县政府办公室", "县政府各部门"], "持续推进"),
    ("3", [], ["县乙局"], "全年"),
]


def _rows(plan) -> list[tuple[str, list[str], list[str], str]]:
    return [("/".join(t.path), t.lead, t.units, t.deadline) for t in plan.tasks]


def _parse_text(text: str):
    return parse_document(text.encode("utf-8"), "plan.txt")


def _pipe_table() -> str:
    return "\n".join("| " + " | ".join(r) + " |" for r in ROWS) + "\n"


def _cells_table() -> str:
    return "\n".join(c for r in ROWS for c in r) + "\n"


def test_a_whole_plan_with_its_notice_and_closing_lines() -> None:
    attachment = "\n附件：某某县2024年政务公开重点工作任务分工表\n"
    text = NOTICE + "\n" + PLAN + attachment + SIGNED + COPIED
    plan = _parse_text(text)
    assert plan.title == "某某县2024年政务公开工作要点"
    assert _rows(plan) == BODY


def test_an_attachment_table_after_the_plan_keeps_its_own_numbers_at_the_root() -> None:
    # README (tenth batch): an attachment table keeps its own numbers as paths, the attachment
    # is no path level; so its rows are not items of the plan's last section
    text = PLAN + SIGNED + "\n附件\n\n某某县2024年政务公开重点工作任务分工表\n\n" + _pipe_table()
    assert _rows(_parse_text(text)) == BODY + TABLE


def test_an_attachment_table_in_word_keeps_its_own_numbers_at_the_root() -> None:
    document = docx.Document()
    for line in (PLAN + SIGNED + "\n附件1\n某某县2024年政务公开重点工作任务分工表").split("\n"):
        document.add_paragraph(line)
    table = document.add_table(rows=len(ROWS), cols=len(ROWS[0]))
    for r, row in enumerate(ROWS):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    for line in COPIED.split("\n"):
        document.add_paragraph(line)
    buf = io.BytesIO()
    document.save(buf)
    assert _rows(parse_document(buf.getvalue(), "plan.docx")) == BODY + TABLE


def test_the_copy_list_and_printed_line_after_a_table_one_cell_per_line_name_no_units() -> None:
    text = PLAN + SIGNED + "\n附件\n\n某某县2024年政务公开重点工作任务分工表\n\n"
    text += _cells_table() + "\n" + COPIED
    assert _rows(_parse_text(text)) == BODY + TABLE


def test_the_issuer_and_date_after_a_table_one_cell_per_line_are_no_row() -> None:
    text = PLAN + "\n附件\n某某县2024年政务公开重点工作任务分工表\n" + _cells_table()
    text += "某某县人民政府办公室\n2024年3月15日\n"
    assert _rows(_parse_text(text)) == BODY + TABLE
    # a last row's time limit written as a day stays its deadline
    dated = _cells_table().replace("全年", "2024年12月31日")
    rows = _rows(_parse_text(PLAN + "\n附件\n" + dated))
    assert rows[-1] == ("3", [], ["县乙局"], "2024年12月31日")


def test_closing_lines_are_dropped_and_the_text_around_them_kept() -> None:
    lines = [
        "（三）抓好培训指导。",
        "（此件公开发布）",
        "抄送：县委办公室，县人大常委会办公室，",
        "县政协办公室。",
        "某某县人民政府办公室 2024年3月15日印发",
        "附件",
    ]
    assert drop_closing_lines(lines) == ["（三）抓好培训指导。", "附件"]
    # a sentence about copies (抄送 inside it) is text
    assert drop_closing_lines(["结果抄送县政府办公室。"]) == ["结果抄送县政府办公室。"]
    # a copy list that lost its full stop ends where the numbered text goes on
    assert drop_closing_lines(["抄送：县委办公室，县人大常委会办公室", "一、总体要求"]) == [
        "一、总体要求"
    ]


def test_a_range_statement_and_a_following_note_carry_units_in_a_whole_plan() -> None:
    # README: a range statement applies to every item in the range; a statement that says 下同
    # applies to every following task, its units before the task's own
    text = """某某县2022年政务公开工作要点
一、深化政策公开解读
1.做好文件公开。全面梳理现行有效文件。（1-3项牵头单位：县政府办公室；责任单位：县政府各部门）
2.做好政策解读。同步发布解读材料。
3.回应社会关切。及时回应热点问题。
4.办好政府网站。加强内容管理。（责任单位：县甲局，各乡镇人民政府，下同）
5.加强新媒体管理。规范运营。
二、加强平台建设
6.优化服务平台。推进一网通办。（责任单位：县乙局）
"""
    lead_all = (["县政府办公室"], ["县政府办公室", "县政府各部门"], "")
    note = ["县甲局", "各乡镇人民政府"]
    assert _rows(_parse_text(text)) == [
        ("一/1", *lead_all),
        ("一/2", *lead_all),
        ("一/3", *lead_all),
        ("一/4", [], note, ""),
        ("一/5", [], note, ""),
        ("二/6", [], [*note, "县乙局"], ""),
    ]


def test_items_at_four_levels_continued_over_a_page_break() -> None:
    text = """某某区2023年政务公开工作要点
一、推进重点领域信息公开
（一）加强财政信息公开
1.做好预决算公开
（1）推进部门预算公开。
①按时公开部门预算。（责任单位：区甲局；完成时限：2023年3月底前）
②细化公开项目支出预算。（责任单位：区甲局，区直各部门；完成时限：2023年3月底前）
（2）推进部门决算公开。按规定公开部门决算。（责任单位：区甲局；完成时限：2023年8月底前）
2.做好债务信息公开。及时公开政府债务限额、余额等信息，主动回应
— 2 —
某某区2023年政务公开工作要点
社会关切。（责任单位：区甲局，区乙局；完成时限：持续推进）
"""
    assert _rows(_parse_text(text)) == [
        ("一/（一）/1/（1）/①", [], ["区甲局"], "2023年3月底前"),
        ("一/（一）/1/（1）/②", [], ["区甲局", "区直各部门"], "2023年3月底前"),
        ("一/（一）/1/（2）", [], ["区甲局"], "2023年8月底前"),
        ("一/（一）/2", [], ["区甲局", "区乙局"], "持续推进"),
    ]
