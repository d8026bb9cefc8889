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


def test_a_notices_own_points_before_its_signature_and_attached_plan_are_no_tasks() -> None:
    # 关于征集…的通告 with points of its own (一、征集内容 1. 2. / 二、征集时间) signed and dated,
    # the plan its attachment: the points name no unit, the plan's items do (README, thirty-first
    # batch); the attachment's heading is the plan's title
    plan = parse_text(
        "关于征集对2031年青岚市民生项目\n"
        "实施情况意见建议的通告\n"
        "为提高询问实效，现向社会各界征集意见和建议。\n"
        "一、征集的主要内容\n"
        "1. 您关注哪些方面的问题?\n"
        "2. 您对推进工作有哪些建议?\n"
        "二、征集的时间\n"
        "即日起至8月5日\n"
        "青岚市人大社会建设委员会\n"
        "2031年7月24日\n"
        "附件:\n"
        "2031年青岚市民生项目\n"
        "一、教育领域\n"
        "1. 新建中小学5所。(牵头单位:市甲局;共同责任单位:市乙委、市丙局)\n"
        "2. 完成校园照明改造。(牵头单位:市甲局;共同责任单位:各县区、功能板块)"
    )
    assert plan.title == "2031年青岚市民生项目"
    assert [("/".join(t.path), t.units, t.lead) for t in plan.tasks] == [
        ("一/1", ["市甲局", "市乙委", "市丙局"], ["市甲局"]),
        ("一/2", ["市甲局", "各县区", "功能板块"], ["市甲局"]),
    ]
