"""A notice that announces points of its own whose points are tasks, on made-up text."""

from __future__ import annotations

from .helpers import parse_text


def test_announced_points_closing_with_their_units_are_tasks() -> None:
    # 关于印发…的通知 / 现提出如下要求: the requirements name responsible units in closing
    # sentences (…。甲办、乙局负责落实), so they are the plan's tasks, not the notice's own
    plan = parse_text(
        "关于印发落实某某工作要点的通知\n"
        "各区人民政府，市政府各部门：\n"
        "为做好某某工作，经市政府同意，现提出如下要求，请认真组织实施。\n"
        "一、推进决策公开\n"
        "（一）公开决策草案。决策前向社会公开草案，广泛听取意见。市甲办、各区政府负责落实\n"
        "（二）公开执行情况。公开执行措施和落实结果。市乙局牵头落实"
    )
    assert [("/".join(t.path), t.units, t.lead) for t in plan.tasks] == [
        ("一/（一）", ["市甲办", "各区政府"], []),
        ("一/（二）", ["市乙局"], ["市乙局"]),
    ]
