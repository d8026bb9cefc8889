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
