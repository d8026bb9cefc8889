"""A table flattened one cell per line that breaks out some items of a numbered list, keeping the
headings of every section (those it holds no row of too), on made-up text."""

from __future__ import annotations

from .helpers import parse_text


def test_headings_of_sections_without_rows_stand_between_rows_of_own_numbers() -> None:
    lines = ["某某局2031年工作报告重点任务分解表"]
    lines += ["序号", "重点工作任务", "主要责任单位", "协同配合单位"]
    lines += ["一、主要预期目标", "4", "全年新增就业岗位八百个。", "区甲局", "区乙局、区丙委。"]
    lines += ["二、全力扩大有效投资", "三、全力培育新兴产业", "四、全力改善生态环境"]
    lines += ["五、全力增进民生福祉"]
    lines += ["52", "推进两所学校扩建项目。", "区丁局", "区戊局。"]
    lines += ["57", "深化与省外名校合作。", "区丁局", "区己中心。"]
    plan = parse_text("\n\n".join(lines))
    assert [("/".join(t.path), t.units) for t in plan.tasks] == [
        ("一/4", ["区甲局", "区乙局", "区丙委"]),
        ("二", []),
        ("三", []),
        ("四", []),
        ("五/52", ["区丁局", "区戊局"]),
        ("五/57", ["区丁局", "区己中心"]),
    ]
