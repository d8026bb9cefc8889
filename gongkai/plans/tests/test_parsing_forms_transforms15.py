"""Forms of the tuning part's transforms (forms_eval.py) the parser learned to read after the
fourteenth batch: rows whose cells span the row above copied with tabs or gaps, and more."""

from __future__ import annotations

from gongkai.plans.parsing import parse_blocks
from gongkai.plans.parsing.model import Block


def _parse(text: str):
    return parse_blocks([Block("para", line) for line in text.split("\n")])


def _rows(plan) -> list[tuple[str, list[str]]]:
    return [("/".join(t.path), t.units) for t in plan.tasks]


SPANNED_ROWS = [
    ("一/1", ["县甲局", "各乡(镇)"]),
    ("一/2", ["县乙局"]),
    ("一/3", ["县乙局"]),
    ("一/4", ["县丙局", "各乡(镇)"]),
    ("二/5", ["县丁局"]),
]


def test_tab_row_of_its_text_alone_under_the_unit_cell_above() -> None:
    plan = _parse(
        "工作任务\t具体要求\t责任单位\n"
        "一、做好规划公开。\t1.公开规划纲要。\t县甲局;各乡(镇)\n"
        "2.归集历年规划和相关文件。\t县乙局\n"
        "3.持续深化规划解读和回应关切工作。\n"
        "4.推进预算公开。\t县丙局;各乡(镇)\n"
        "二、做好财政公开。\t5.深化债务信息公开。\t县丁局"
    )
    assert _rows(plan) == SPANNED_ROWS


def test_gap_header_broken_over_two_lines_and_a_row_of_its_text_alone() -> None:
    plan = _parse(
        "工作任务   具体要求\n"
        "责任单位\n"
        "一、做好规划公开。   1.公开规划纲要。    县甲局;各乡(镇)\n"
        "2.归集历年规划和相关文件。  县乙局\n"
        "3.持续深化规划解读和回应关切工作。\n"
        "4.推进预算公开。     县丙局;各乡(镇)\n"
        "二、做好财政公开。  5.深化债务信息公开。   县丁局"
    )
    assert _rows(plan) == SPANNED_ROWS
