"""Notes that the first unit of each list leads, in wordings of their own, on made-up text."""

from __future__ import annotations

from .helpers import parse_text


def _leads(plan) -> list[tuple[str, list[str], list[str]]]:
    return [("/".join(t.path), t.units, t.lead) for t in plan.tasks]


def test_first_listed_leads_the_work_or_gathers_its_reports() -> None:
    # 列第一位者为工作牵头单位或汇总单位,下同: 工作 before 牵头, 单位 before 或汇总单位
    plan = parse_text(
        "2031年某某工作重点任务责任分解\n"
        "一、甲组重点工作\n"
        "1.支持企业发展。落实各项政策措施。\n"
        "责任单位:市甲局、市乙局、市丙委(列第一位者为工作牵头单位或汇总单位,下同)\n"
        "2.推进项目建设。加快项目落地。\n"
        "责任单位:市丁委、市戊局"
    )
    assert _leads(plan) == [
        ("一/1", ["市甲局", "市乙局", "市丙委"], ["市甲局"]),
        ("一/2", ["市丁委", "市戊局"], ["市丁委"]),
    ]


def test_first_listed_leads_except_where_marked_otherwise() -> None:
    # 除标注“分别牵头”外,列第一位为牵头或汇总单位,下同: the exception opens the note
    plan = parse_text(
        "某某市2031年重点工作责任分解\n"
        "一、主要目标\n"
        "1.地区生产总值增长6%。\n"
        "责任单位:市甲委、市乙局、市丙局(除标注“分别牵头”外,列第一位为牵头或汇总单位,下同)\n"
        "2.居民收入稳步增长。\n"
        "责任单位:市丁局、市戊局分别牵头"
    )
    assert _leads(plan) == [
        ("一/1", ["市甲委", "市乙局", "市丙局"], ["市甲委"]),
        ("一/2", ["市丁局", "市戊局"], ["市丁局", "市戊局"]),
    ]
