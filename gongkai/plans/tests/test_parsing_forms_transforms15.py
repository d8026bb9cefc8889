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
    ("一/1", ["县甲局", "各镇(街)"]),
    ("一/2", ["县乙局"]),
    ("一/3", ["县乙局"]),
    ("一/4", ["县丙局", "各镇(街)"]),
    ("二/5", ["县丁局"]),
]


def test_tab_row_of_its_text_alone_under_the_unit_cell_above() -> None:
    plan = _parse(
        "工作任务\t具体要求\t责任单位\n"
        "一、做好规划公开。\t1.公开规划纲要。\t县甲局;各镇(街)\n"
        "2.归集历年规划和相关文件。\t县乙局\n"
        "3.持续深化规划解读和回应关切工作。\n"
        "4.推进预算公开。\t县丙局;各镇(街)\n"
        "二、做好财政公开。\t5.深化债务信息公开。\t县丁局"
    )
    assert _rows(plan) == SPANNED_ROWS


def test_gap_header_broken_over_two_lines_and_a_row_of_its_text_alone() -> None:
    plan = _parse(
        "工作任务   具体要求\n"
        "责任单位\n"
        "一、做好规划公开。   1.公开规划纲要。    县甲局;各镇(街)\n"
        "2.归集历年规划和相关文件。  县乙局\n"
        "3.持续深化规划解读和回应关切工作。\n"
        "4.推进预算公开。     县丙局;各镇(街)\n"
        "二、做好财政公开。  5.深化债务信息公开。   县丁局"
    )
    assert _rows(plan) == SPANNED_ROWS


def test_two_group_columns_one_cell_per_line() -> None:
    plan = _parse(
        "工作要求\n工作任务\n具体要求\n责任单位\n"
        "一、夯实公开基础\n"
        "(一)推进文件公开。\n"
        "1.建设规范性文件库,实现集中统一公开。\n"
        "县甲局、县乙局\n"
        "(二)推进基层公开。\n"
        "2.动态更新主动公开目录。\n"
        "县有关单位\n"
        "3.做好基层政务公开专区建设。\n"
        "各镇(街)\n"
        "二、加强解读回应\n"
        "(三)做好政策解读。\n"
        "4.坚持解读与文件同步起草。\n"
        "县有关单位;各镇(街)"
    )
    assert _rows(plan) == [
        ("一/（一）/1", ["县甲局", "县乙局"]),
        ("一/（二）/2", ["县有关单位"]),
        ("一/（二）/3", ["各镇(街)"]),
        ("二/（三）/4", ["县有关单位", "各镇(街)"]),
    ]


def test_group_cell_naming_a_column_word_before_row_one_is_no_header_cell() -> None:
    plan = _parse(
        "工作任务\n具体要求\n落实单位\n"
        "明确工作机构及领导职责\n"
        "1.加强政务公开工作组织领导,确定工作机构。\n"
        "各镇(街);县直各单位\n"
        "完善公开工作制度\n"
        "2.年底前完善本单位政务公开工作制度。\n"
        "县甲局"
    )
    assert _rows(plan) == [("1", ["各镇(街)", "县直各单位"]), ("2", ["县甲局"])]


def test_row_number_column_in_the_middle_one_cell_per_line_without_bars() -> None:
    plan = _parse(
        "序号\n类别\n公开事项\n序号\n评分指标\n分值\n责任部门\n"
        "一\n基本信息\n(1)办学基本情况\n"
        "1\n总体情况介绍\n0.8\n甲办\n"
        "2\n领导班子简介\n0.8\n"
        "(2)规章制度\n"
        "3\n学校章程\n0.8\n乙处、丙处\n"
        "4\n各项规章制度\n0.8"
    )
    assert _rows(plan) == [
        ("一/（1）/1", ["甲办"]),
        ("一/（1）/2", ["甲办"]),
        ("一/（2）/3", ["乙处", "丙处"]),
        ("一/（2）/4", ["乙处", "丙处"]),
    ]
