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
