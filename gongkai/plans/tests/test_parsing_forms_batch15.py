"""Forms of the fifteenth batch: tables of cells one per line with headings, run-on PDF copies."""

from __future__ import annotations

from gongkai.plans.parsing import parse_blocks
from gongkai.plans.parsing.model import Block, Cell


def _parse(text: str):
    return parse_blocks([Block("para", line) for line in text.split("\n")])


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
    plan = _parse(LEAD_RESP_CELLS)
    assert _rows(plan) == [
        ("一/（一）/1", ["甲局"], ["甲局"]),
        ("一/（一）/2", ["甲局", "乙局"], ["甲局", "乙局", "丙局", "丁中心"]),
        ("一/（二）/3", ["戊局"], ["戊局", "各部门"]),
    ]


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
    plan = _parse(RUNON_SHARED_COPY)
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
