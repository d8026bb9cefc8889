"""Forms of the validation documents of the eleventh, thirteenth and fourteenth batches, and two
forms a previous tuner left, written in made-up text (the batch notes describe them in words)."""

from __future__ import annotations

from gongkai.plans.parsing import parse_document


def _parse(text: str):
    return parse_document(text.encode("utf-8"), "plan.txt")


def _rows(plan) -> list[tuple[str, list[str], list[str]]]:
    return [("/".join(t.path), t.lead, t.units) for t in plan.tasks]


# items each followed by two label lines set apart by blank lines: a lead label (牵头责任单位:)
# and a label of the main co-operating bodies (主要协作单位:), then a supervision line
LEAD_AND_MAIN_CO_OPERATING_LINES = """首页 > 信息公开 > 部门文件
发布日期：2022-03-01
县某某委2022年政府工作报告任务分解

1.推进紧密型县域医共体建设，提升基层医疗服务能力。

牵头责任单位:县某某委、县甲局

主要协作单位:各乡镇人民政府、经济开发区管委会,县政府有关部门、有关直属单位

2.完善公共卫生应急体系，加强疾病预防控制。

牵头责任单位:县某某委

主要协作单位:各乡镇人民政府、经济开发区管委会,县政府有关部门、有关直属单位

监督方式:0000-1234567
"""


def test_main_co_operating_units_label_line_adds_units() -> None:
    plan = _parse(LEAD_AND_MAIN_CO_OPERATING_LINES)
    others = ["各乡镇人民政府", "经济开发区管委会", "县政府有关部门", "有关直属单位"]
    assert _rows(plan) == [
        ("1", ["县某某委", "县甲局"], ["县某某委", "县甲局", *others]),
        ("2", ["县某某委"], ["县某某委", *others]),
    ]


# a "|" table copied one cell per line: a row opens with "| 1 |" and each later cell is "cell |";
# a schedule column beside the time-limit column, a supervision column naming an office and its
# phone, an implementing-body column (a unit) and a steps column (not a deadline)
BAR_OPENED_ROWS_ONE_CELL_PER_LINE = """| 2026年度区某某局重点工作任务分解 |
| 序号 |
责任单位 |
考核指标 |
分月序时进度 |
监督方式 |
实施部门 |
实施步骤 |
完成时限 |
| 1 |
区某某局 |
做好困难群众基本生活保障，按时足额发放救助资金。 |
①1-3月份,摸排底数;②4-6月份,协调区财政局落实资金;③7-9月份,督查进度;④10-12月份,总结。 |
某某局办公室0000-1234567 |
救助中心 |
按季度序时推进 |
2026年12月底 |
| 2 |
区某某局 |
推进养老服务设施建设。 |
①1-3月份,制定方案;②4-6月份,启动建设;③7-9月份,推进建设;④10-12月份,验收。 |
某某局办公室0000-1234567 |
养老服务股 |
按季度序时推进 |
2026年11月底 |
"""


def test_bar_opened_rows_of_cells_one_per_line() -> None:
    plan = _parse(BAR_OPENED_ROWS_ONE_CELL_PER_LINE)
    assert _rows(plan) == [
        ("1", [], ["区某某局", "救助中心"]),
        ("2", [], ["区某某局", "养老服务股"]),
    ]
    assert [(t.deadline, str(t.due)) for t in plan.tasks] == [
        ("2026年12月底", "2026-12-31"),
        ("2026年11月底", "2026-11-30"),
    ]


# a body run on in one line (under 400 characters) after the title: short section headings set
# apart by blanks ( 一、总体要求 ), a section without statement, a sub-section and its item
RUN_ON_BODY_WITH_SPACED_HEADINGS = (
    "某某区2023年政务公开工作要点\n"
    "为深入贯彻落实上级关于全面推进政务公开工作的部署要求，进一步提升政务公开质量和实效，"
    "结合我区实际，制定本要点。 一、总体要求 坚持以人民为中心的发展思想，全面推进基层政务公开"
    "标准化规范化建设，不断提升政务公开的质量和实效。 二、目标任务 围绕全区中心工作，深化重点"
    "领域信息公开，提升政务服务水平。 （一）加强重点领域信息公开 1、乡村振兴领域。及时公开相关"
    "政策、项目安排和资金使用情况。（责任单位：区政府办公室、区甲局） 2、优化营商"
)


def test_short_run_on_body_splits_at_spaced_section_headings() -> None:
    plan = _parse(RUN_ON_BODY_WITH_SPACED_HEADINGS)
    assert [("/".join(t.path), t.units) for t in plan.tasks][:2] == [
        ("一", []),
        ("二/（一）/1", ["区政府办公室", "区甲局"]),
    ]


def test_etc_and_a_group_of_members_closes_a_unit_list() -> None:
    plan = _parse(
        "一、做好公开\n"
        "（一）公开项目信息。（责任单位：区甲局、区乙局等某某工作领导小组成员单位，区丙局）"
    )
    assert _rows(plan) == [("一/（一）", [], ["区甲局", "区乙局", "区丙局"])]


def test_local_bodies_named_by_kind_after_each_level_are_one_unit() -> None:
    plan = _parse("一、做好公开\n（一）公开项目信息。（责任单位：区甲局，各乡、街办、管理处）")
    assert _rows(plan) == [("一/（一）", [], ["区甲局", "各乡、街办、管理处"])]


def _cells_with_blanks(rows: list[list[str]]) -> str:
    """Cells one per line with a blank line between cells and a line of one space between rows."""
    out: list[str] = []
    for row in rows:
        for cell in row:
            out.extend([cell, ""])
        out.append(" ")
    return "\n".join(out) + "\n"


# an index of five levels and a unit column: unnumbered group cells with scores whose closing
# bracket is lost, the groups printed again after a page break, units one or two per row (on
# lines of their own), an indicator text broken over two lines, the last row cut off
_META = "标题：某某局2021年度政务公开重点工作任务分解\n索引号：000000/2021-00001\n• 打印\n"
LEVEL_INDEX = _META + (
    _cells_with_blanks(
        [
            ["一级指标", "二级指标", "三级指标", "四级指标", "五级指标", "责任科室、单位"],
            ["主动公开(20", "重点领域信息(10", "公共卫生(3", "疾病预防(1"],
            ["是否公开疫苗接种门诊名单及服务时间(0.5", "甲科"],
            ["是否公开传染病防治知识(0.5", "甲科", "某某健康教育中心"],
            ["妇幼健康(1", "是否公开孕产妇保健服务项目(0.5", "乙科"],
            ["主动公开", "重点领域信息", "23", "医疗监管(2"],
            ["是否公开医疗机构监督检查结", "果及处理信息(0.5", "丙科", "区某某监督执法大队"],
            ["是否公开医师执业注册"],
        ]
    )
)


def test_index_of_levels_one_cell_per_line_reads_each_indicator_as_a_row() -> None:
    plan = _parse(LEVEL_INDEX)
    assert [("/".join(t.path), t.units) for t in plan.tasks][:4] == [
        ("¶1", ["甲科"]),
        ("¶2", ["甲科", "某某健康教育中心"]),
        ("¶3", ["乙科"]),
        ("¶4", ["丙科", "区某某监督执法大队"]),
    ]


def _bar_lines(rows: list[list[str]]) -> str:
    """A table copied one cell per line, a "|" line between cells and two between rows."""
    out = ["|"]
    for row in rows:
        for cell in row:
            out.extend([cell, "|"])
        out.append("|")
    return "\n".join(out[:-2]) + "\n"


# numbered group headings on rows of their own between the rows, a statement and a time limit
# on every row, the last row cut off inside its unit cell
BAR_LINES_WITH_GROUP_ROWS = _bar_lines(
    [
        ["序号", "工作任务", "责任单位", "时限"],
        ["一、围绕重点领域抓好主动公开"],
        ["1", "做好经济运行信息公开。", "办公室牵头,各科室、局属各单位具体落实", "全年"],
        ["2", "推进政务服务信息公开。", "办公室牵头,各科室、局属各单位具体落实", "全年"],
        ["二、加强政策解读"],
        ["3", "做好政策解读工作。", "办公室牵头,各科室、局属各单位具体落实", "全年"],
        ["4", "加强平台建设。", "办公室牵头,各科室"],
    ]
)


def test_group_heading_rows_and_a_cut_last_row_between_bar_lines() -> None:
    plan = _parse(BAR_LINES_WITH_GROUP_ROWS)
    units = ["办公室", "各科室", "局属各单位"]
    assert [(*_rows_one(t), t.deadline) for t in plan.tasks][:3] == [
        ("一/1", ["办公室"], units, "全年"),
        ("一/2", ["办公室"], units, "全年"),
        ("二/3", ["办公室"], units, "全年"),
    ]
    assert ["/".join(t.path) for t in plan.tasks] == ["一/1", "一/2", "二/3", "二/4"]


def _rows_one(t) -> tuple[str, list[str], list[str]]:
    return ("/".join(t.path), t.lead, t.units)


# the issuing notice names a contact office in a bracket after its last sentence: not a statement
CONTACT_BRACKET_IN_NOTICE = """某省某某厅关于印发2021年政务公开工作要点的通知
各处室、单位：
现将《2021年政务公开工作要点》印发给你们，请认真贯彻落实。工作中遇到的问题请及时报告。(联系单位:办公室)
某省某某厅
2021年5月1日
某省某某厅2021年政务公开工作要点
为做好全厅政务公开工作，制定本要点。
一、加强政策发布解读
(一)做好重要政策发布。及时发布政策文件，做好解读。(牵头单位:办公室、甲处,责任单位:各有关处室、单位)
(二)做好
"""


def test_contact_label_bracket_in_the_notice_is_no_statement() -> None:
    plan = _parse(CONTACT_BRACKET_IN_NOTICE)
    assert _rows(plan)[0] == (
        "一/（一）",
        ["办公室", "甲处"],
        ["办公室", "甲处", "各有关处室、单位"],
    )
    assert len(plan.tasks) == 2


# group / text / unit cells one per line with blank lines between: a unit cell printed after a
# run of numbered requirements of its group covers each of them
UNIT_LINE_AFTER_A_RUN = """某市某某局2021年政务公开工作要点分工方案

工作任务

具体要求

落实科室(部门)

做好各类规划主动公开

1.及时公开本部门中长期规划。

办公室

2.做好规划解读工作。

办公室、规划科

推进基金监管信息公开

3.公开基金监管工作动态。

4.公开违法违规典型案例。

5.公开举报奖励政策。

甲科、乙科、某某事业管理中心按职责分工落实
"""


def test_unit_cell_after_a_run_of_requirements_covers_each() -> None:
    plan = _parse(UNIT_LINE_AFTER_A_RUN)
    shared = ["甲科", "乙科", "某某事业管理中心"]
    assert _rows(plan) == [
        ("1", [], ["办公室"]),
        ("2", [], ["办公室", "规划科"]),
        ("3", [], shared),
        ("4", [], shared),
        ("5", [], shared),
    ]


# (forms a previous tuner left) tab-separated rows whose time limit cell breaks after its year
TAB_ROWS_WITH_BROKEN_DATE_CELLS = (
    "某县2022年政务公开工作任务分解表\n"
    "序号\t工作任务\t责任单位\t完成时限\n"
    "1\t做好政府信息公开年报编制发布工作。\t县政府办\t2022年\n1月底前\n"
    "2\t推进重大建设项目信息公开。\t县发改委\t2022年\n6月底前\n"
    "3\t做好政策解读。\t县司法局\t2022年\n12月底前\n"
)


def test_tab_row_whose_date_cell_breaks_onto_the_next_line_stays_one_row() -> None:
    plan = _parse(TAB_ROWS_WITH_BROKEN_DATE_CELLS)
    assert [("/".join(t.path), t.units, t.deadline, str(t.due)) for t in plan.tasks] == [
        ("1", ["县政府办"], "2022年1月底前", "2022-01-31"),
        ("2", ["县发改委"], "2022年6月底前", "2022-06-30"),
        ("3", ["县司法局"], "2022年12月底前", "2022-12-31"),
    ]


def test_unlabelled_time_limit_naming_a_result_is_no_unit() -> None:
    plan = _parse(
        "某县2023年重点工作任务\n"
        "一、深化重点领域改革\n"
        "（一）推进乡村振兴。及时公开政策和项目信息。"
        "（县甲局牵头，县乙局配合，年底前取得阶段性成果）\n"
        "（二）推进教育改革。（县丙局负责，2023年6月底前取得明显成效）"
    )
    assert _rows(plan) == [
        ("一/（一）", ["县甲局"], ["县甲局", "县乙局"]),
        ("一/（二）", [], ["县丙局"]),
    ]
    assert [str(t.due) for t in plan.tasks] == ["2023-12-31", "2023-06-30"]
