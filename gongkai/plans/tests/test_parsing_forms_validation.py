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
