"""Unit statements in brackets and on lines of their own, on made-up text (invented names)."""

from __future__ import annotations

from .helpers import parse_text


def _tasks(plan) -> list[tuple[str, list[str], str]]:
    return [("/".join(t.path), t.units, t.deadline) for t in plan.tasks]


def test_a_long_bracketed_list_of_short_names_closed_by_a_verb_is_a_statement() -> None:
    # twelve bodies set apart by 、 before 负责: the list is long, its names are short
    names = ["山林规划部", "河湖保护委", "城乡联络办", "集市管理局", "仓储储运署", "村镇发展委"]
    names += ["道路运输部", "渔业养殖局", "茶叶种植办", "花木培育委", "手工艺品部", "丝绸纺织总局"]
    plan = parse_text(
        "关于推进某某工作的意见\n"
        "一、拓宽渠道\n"
        f"（一）打通链条。扶持一批示范企业，形成联动。（{'、'.join(names)}等和各省级人民政府负责）\n"
        "（二）加强推介。组织媒体推介精品线路。（甲部、乙委负责）"
    )
    assert _tasks(plan) == [
        ("一/（一）", [*names, "各省级人民政府"], ""),
        ("一/（二）", ["甲部", "乙委"], ""),
    ]


def test_bodies_that_take_part_are_named_before_canjia() -> None:
    # 参加 closes the list of bodies taking part, as 参与 does
    plan = parse_text(
        "青岚市关于做好某某工作的意见\n"
        "一、坚持优先发展\n"
        "1.完善联动机制。将某某工作纳入考核，细化指标。（市甲委、市乙局牵头，市丙办、市丁局参加）\n"
        "2.扶持小微企业。落实各项优惠政策。（市戊局负责）"
    )
    assert _tasks(plan) == [
        ("一/1", ["市甲委", "市乙局", "市丙办", "市丁局"], ""),
        ("一/2", ["市戊局"], ""),
    ]
    assert plan.tasks[0].lead == ["市甲委", "市乙局"]


def test_three_zones_named_before_the_body_they_share_are_one_unit() -> None:
    # 甲高新区、乙园区、丙保税区管委会: the committee of each zone, as two zones share one
    plan = parse_text(
        "某某市2031年某某工作要点\n"
        "一、加强配置公开\n"
        "（一）梳理职责清单。及时更新并公开。（牵头单位：市甲办；责任单位：各县（市、区）政府，"
        "青岚高新区、溪桥化工园区、山茶保税区管委会）"
    )
    assert _tasks(plan) == [
        (
            "一/（一）",
            ["市甲办", "各县（市、区）政府", "青岚高新区、溪桥化工园区、山茶保税区管委会"],
            "",
        )
    ]


def test_yi_zhize_banli_closes_the_list_and_a_xia_tong_gloss_is_dropped() -> None:
    # 依职责办理: each handles it by its duties, a verb and no part of the last name; a gloss in
    # brackets ending 下同 after a name (各区政府（含某某，下同）) names no unit of its own
    plan = parse_text(
        "青岚市某某产业发展行动计划\n"
        "一、重点任务\n"
        "1.建设示范园区。打造特色园区。（责任单位：市甲局、乙委、丙办依职责办理）\n"
        "2.推广示范应用。开展试点。[责任单位：市丁局、戊局，各区政府（含新区、示范区管委会，"
        "下同）依职责办理]"
    )
    assert _tasks(plan) == [
        ("一/1", ["市甲局", "乙委", "丙办"], ""),
        ("一/2", ["市丁局", "戊局", "各区政府"], ""),
    ]


def test_a_lead_run_on_into_the_next_names_and_their_verb_leads_alone() -> None:
    # (A牵头B负责) with no separator: A leads, B is a unit of its own (README, thirtieth batch);
    # 牵头 followed by what the lead does (牵头组织…) splits nothing
    plan = parse_text(
        "青岚县2031年某某工作要点\n"
        "一、深化公开\n"
        "（一）规范文件发布。统一公开现行有效文件。（县甲局牵头各行政机关负责）\n"
        "（二）做好意见征集。公开采纳情况。（县乙局牵头丙办、丁委配合落实）\n"
        "（三）加强培训。（县戊局牵头组织实施）"
    )
    assert _tasks(plan) == [
        ("一/（一）", ["县甲局", "各行政机关"], ""),
        ("一/（二）", ["县乙局", "丙办", "丁委"], ""),
        ("一/（三）", ["县戊局"], ""),
    ]
    assert [t.lead for t in plan.tasks] == [["县甲局"], ["县乙局"], ["县戊局"]]


def test_a_data_provider_label_names_a_unit_without_lead() -> None:
    # (牵头单位:…;责任单位:…;数据提供单位:…) in a report's target breakdown: the body that
    # supplies the figures is a unit, not a lead (README, twenty-seventh batch)
    plan = parse_text(
        "青岚市2031年政府工作报告目标任务责任分解方案\n"
        "一、主要预期目标\n"
        "1.地区生产总值增长6%左右。(牵头单位:市甲委;数据提供单位:市统计局)\n"
        "2.第一产业增加值增长3%。(牵头单位:市乙局;责任单位:市丙局;数据提供单位:青岚调查队)"
    )
    assert _tasks(plan) == [
        ("一/1", ["市甲委", "市统计局"], ""),
        ("一/2", ["市乙局", "市丙局", "青岚调查队"], ""),
    ]
    assert [t.lead for t in plan.tasks] == [["市甲委"], ["市乙局"]]


def test_a_time_limit_before_a_lead_assessor_label_in_a_bracket() -> None:
    # (6月底完成，牵头考核单位：…): the time limit as written, and the units that lead the task
    # and score it, as lead (32nd batch's decision); 考核单位 alone names no unit
    plan = parse_text(
        "甲市2031年数字建设考评指标\n"
        "一、政务服务（25分）\n"
        "（一）平台建设（3分）\n"
        "1．各级事项全部开通网办。完成适老改造。（5月底取得明显成效并持续推进，牵头考核单位：甲市审批局）\n"
        "2．推进热线整合，建成智能系统。（6月底完成，牵头考核单位：甲市政府办公室、甲市公安局）\n"
        "（二）数据共享（2分）\n"
        "3．完善共享目录。（持续优化，牵头考核单位：甲市住建局、审批服务局）"
    )
    assert [(p, t.lead) for p, t in zip(_tasks(plan), plan.tasks, strict=True)] == [
        (("一/（一）/1", ["甲市审批局"], "5月底取得明显成效并持续推进"), ["甲市审批局"]),
        (
            ("一/（一）/2", ["甲市政府办公室", "甲市公安局"], "6月底完成"),
            ["甲市政府办公室", "甲市公安局"],
        ),
        (("一/（二）/3", ["甲市住建局", "审批服务局"], "持续优化"), ["甲市住建局", "审批服务局"]),
    ]
