"""Forms of the fifteenth batch: tables of cells one per line with headings, run-on PDF copies."""

from __future__ import annotations

from gongkai.plans.parsing import parse_blocks
from gongkai.plans.parsing.model import Block, Cell

from .helpers import parse_text


def _rows(plan) -> list[tuple[str, list[str], list[str]]]:
    return [("/".join(t.path), t.lead, t.units) for t in plan.tasks]


LEAD_RESP_CELLS = """某某区2021年政务公开工作要点任务分解表

工作任务

牵头单位

责任单位

一、深化规划公开

（一）做好规划主动公开。

1.公开本区发展规划纲要〔公开路径:(1)门户网站>规划信息;(2)其他渠道〕。

甲局

——

2.公开本区专项规划。

甲局、乙局

丙局、丁中心

（二）做好财政公开。

3.公开预算决算。

戊局

各部门"""


def test_lead_and_responsible_cells_under_two_heading_rows() -> None:
    plan = parse_text(LEAD_RESP_CELLS)
    assert _rows(plan) == [
        ("一/（一）/1", ["甲局"], ["甲局"]),
        ("一/（一）/2", ["甲局", "乙局"], ["甲局", "乙局", "丙局", "丁中心"]),
        ("一/（二）/3", ["戊局"], ["戊局", "各部门"]),
    ]


GROUP_TEXT_UNIT_HEADINGS_CLOSED = """工作任务
具体要求
责任单位
一、做好规划公开。
1.公开规划纲要。
县甲局;各乡(镇)
2.归集历年规划。
县乙局牵头,县直有关部门配合
二、做好财政公开。
3.推进预算公开。
县丙局牵头,县直各部门落实
4.深化债务信息公开,定期公开债务限额。
5.公开惠民资金发放信息。
县丁局牵头,县直有关部门落实"""


def test_group_text_unit_cells_read_further_than_numbered_rows() -> None:
    # headings closed by 。 may stand before numbered rows, but a row without its own unit cell
    # (4.) lies under the one above: the group / text / unit reading takes the whole table
    plan = parse_text(GROUP_TEXT_UNIT_HEADINGS_CLOSED)
    assert _rows(plan) == [
        ("一/1", [], ["县甲局", "各乡(镇)"]),
        ("一/2", ["县乙局"], ["县乙局", "县直有关部门"]),
        ("二/3", ["县丙局"], ["县丙局", "县直各部门"]),
        ("二/4", ["县丙局"], ["县丙局", "县直各部门"]),
        ("二/5", ["县丁局"], ["县丁局", "县直有关部门"]),
    ]


GROUP_CELLS_BEFORE_SHORT_ROWS = """工作要求
工作任务
具体要求
责任单位
一、优化公开基础
（一）深化文件集中公开。
1.逐步推进文件库建设。
县甲局、县乙局
（二）推进基层公开规范化。
2.动态更新公开目录。
县有关单位"""


def test_two_headings_before_a_row_short_of_the_columns_are_its_group_cells() -> None:
    # 一、 and （一） are the row's group cells (two columns of the four), not rows of their own:
    # the numbered-in-cells reading does not take them, so the rows nest no ¶ under 1 and 2
    plan = parse_text(GROUP_CELLS_BEFORE_SHORT_ROWS)
    assert [t.path for t in plan.tasks] == [["一", "（一）", "1"], ["一", "（二）", "2"]]


def _table(rows: list[list[str]]):
    return parse_blocks([Block("table", rows=[[Cell(c) for c in row] for row in rows])])


def test_numbered_row_whose_text_cell_is_numbered_lines() -> None:
    plan = _table(
        [
            ["序号", "工作任务", "具体要求", "责任单位", "完成时限"],
            ["1", "做好规划公开", "（1）公开规划纲要。\n（2）归集历年规划。", "县甲局", "6月底前"],
            ["2", "做好财政公开", "公开预算决算。", "县乙局", "年底前"],
        ]
    )
    assert [("/".join(t.path), t.units, t.deadline) for t in plan.tasks] == [
        ("1/（1）", ["县甲局"], "6月底前"),
        ("1/（2）", ["县甲局"], "6月底前"),
        ("2", ["县乙局"], "年底前"),
    ]


RUNON_SHARED_COPY = (
    "1、某某局 2019 年政务公开工作方案序号 工作任务 具体要求 责任科室 完成时限健全工作机构,"
    "明确分管负责人并对外公布。甲科牵头,乙科配合 6 月底前加强督查考核,公开工作纳入年度考核。 "
    "丙科牵头,甲科配合 1 组织保障完善发布审核制度,规范公开属性认定。甲科牵头,各科室配合 6 月底前"
    "做好门户网站栏目维护,确保信息\n"
    "2、准确及时。各科室 10 月底前用好政务微博,每周发布信息不少于 5 条。甲科牵头,各科室配合 "
    "10 月底前2 平台支撑办好在线访谈节目。甲科牵头,乙科配合 12 月底前序号 工作任务 具体要求 "
    "责任科室 完成时限编印公开指南。 甲科 12 月底前报送年度报告(1 月底前)。 甲科 12 月底前"
    "3 重大决策(1\n"
    "3、)公开决策草案。(2)公开决策结果。甲科牵头,乙科"
)


def test_runon_table_of_a_sharing_site_copy() -> None:
    plan = parse_text(RUNON_SHARED_COPY)
    rows = [("/".join(t.path), t.lead, t.units, t.deadline) for t in plan.tasks]
    assert rows == [
        ("1/¶1", ["甲科"], ["甲科", "乙科"], "6 月底前"),
        # no time cell: under the one above
        ("1/¶2", ["丙科"], ["丙科", "甲科"], "6 月底前"),
        ("1/¶3", ["甲科"], ["甲科", "各科室"], "6 月底前"),
        # the page number 2、 in mid-word; the group number printed after half its rows
        ("2/¶1", [], ["各科室"], "10 月底前"),
        ("2/¶2", ["甲科"], ["甲科", "各科室"], "10 月底前"),
        ("2/¶3", ["甲科"], ["甲科", "乙科"], "12 月底前"),
        # after the header printed again at a page break: still group 2
        ("2/¶4", [], ["甲科"], "12 月底前"),
        ("2/¶5", [], ["甲科"], "12 月底前"),
        ("3/（1）", ["甲科"], ["甲科", "乙科"], ""),
        ("3/（2）", ["甲科"], ["甲科", "乙科"], ""),
    ]
    assert plan.title == "某某局 2019 年政务公开工作方案"


def test_runon_table_in_traditional_characters() -> None:
    import opencc

    plan = parse_text(opencc.OpenCC("s2t").convert(RUNON_SHARED_COPY))
    assert ["/".join(t.path) for t in plan.tasks] == [
        *(f"1/¶{n}" for n in range(1, 4)),
        *(f"2/¶{n}" for n in range(1, 6)),
        "3/（1）",
        "3/（2）",
    ]
    assert plan.tasks[0].units == ["甲科", "乙科"]


def test_numbers_that_lost_their_closing_bracket() -> None:
    plan = parse_text(
        "某县2022年政务公开工作要点\n"
        "一、推进决策公开\n"
        "(一加强重大决策公开。做好决策草案公开。(县甲局、县乙局等负责落实)\n"
        "(二者均按规定办理)\n"
        "(二加强政策解读。做好政策解读工作。(县丙局负责落实)"
    )
    assert _rows(plan) == [
        ("一/（一）", [], ["县甲局", "县乙局"]),
        ("一/（二）", [], ["县丙局"]),
    ]


def test_number_that_lost_its_dot_between_its_neighbours() -> None:
    plan = parse_text(
        "一、做好公开(县甲局负责)\n"
        "1.落实公开制度。\n"
        "2.推进规划公开。\n"
        "3落实政策解读制度,做好解读。\n"
        "4.加强平台建设。\n"
        "5个工作日内答复申请。"
    )
    assert [t.path for t in plan.tasks] == [["一", "1"], ["一", "2"], ["一", "3"], ["一", "4"]]
    # a count or a date opening a line is no number, even where one is missing
    plan = parse_text(
        "一、办理申请(县甲局负责)\n1.登记申请。\n2.受理申请。\n3日内转交有关单位。\n4.公开结果。"
    )
    assert [t.path[-1] for t in plan.tasks] == ["1", "2", "4"]
