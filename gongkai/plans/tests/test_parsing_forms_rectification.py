"""Rectification lists (问题整改清单): each problem followed by a line naming who rectifies it
and by when, the unit label qualified by the work (整改责任单位, 问题整改责任单位).

Every text here is made up.
"""

from __future__ import annotations

import pytest

from .helpers import parse_tasks


@pytest.mark.parametrize("label", ["整改责任单位", "问题整改责任单位"])
def test_a_rectification_unit_label_line_states_the_problem_s_units_and_time_limit(label) -> None:
    tasks = parse_tasks(
        "某县2021年问题整改清单\n一、环境卫生\n1.农贸市场周边垃圾清理不及时。\n"
        f"{label}：县市场监管局、某镇人民政府 整改时限：3天\n"
        "2.主干道路面破损未修复。\n"
        f"{label}：县交通运输局；整改时限：2021年8月13日前\n"
    )
    assert [t.path for t in tasks] == [["一", "1"], ["一", "2"]]
    assert tasks[0].units == ["县市场监管局", "某镇人民政府"]
    assert tasks[0].deadline == "3天"
    assert tasks[1].units == ["县交通运输局"]
    assert tasks[1].deadline == "2021年8月13日前"


def test_a_label_line_after_a_run_of_sub_items_is_the_item_s_for_each_sub_item() -> None:
    tasks = parse_tasks(
        "某市创建文明城市问题清单\n一、市容环境\n1.背街小巷环境卫生差。\n(1)某路垃圾堆积。\n"
        "(2)某巷墙面乱贴小广告。\n问题整改责任单位：市城管局、某区人民政府 整改时限：3天\n"
        "2.农贸市场秩序乱。\n(1)占道经营。\n(2)活禽宰杀区未隔离。\n责任单位：市市场监管局\n"
    )
    assert [t.path for t in tasks] == [
        ["一", "1", "（1）"],
        ["一", "1", "（2）"],
        ["一", "2", "（1）"],
        ["一", "2", "（2）"],
    ]
    assert [t.units for t in tasks] == [["市城管局", "某区人民政府"]] * 2 + [["市市场监管局"]] * 2
    assert [t.deadline for t in tasks] == ["3天", "3天", "", ""]


_GROUPS = [
    "1.市场内通道堆放有杂物;",
    "整改责任单位:丙县市场监管局 整改时限:2031年9月20日前",
    "1.员工宿舍杂物乱堆放;",
    "2.工地临时厨房垃圾乱堆放。",
    "整改责任单位:丙县水务公司 整改时限:2031年9月20日前",
    "1.住户门前花盆积水较多;",
    "2.毒饵站被杂物遮挡;",
    "3.垃圾桶未加盖。",
    "责任单位:丙县住建局 整改时限:2031年9月20日前",
    "操作间存在鼠迹,防制不到位。",
    "整改责任单位:丙县市场监管局 整改时限:2031年9月20日前",
]
_GROUPED = [
    (["¶1", "1"], ["丙县市场监管局"]),
    (["¶2", "1"], ["丙县水务公司"]),
    (["¶2", "2"], ["丙县水务公司"]),
    (["¶3", "1"], ["丙县住建局"]),
    (["¶3", "2"], ["丙县住建局"]),
    (["¶3", "3"], ["丙县住建局"]),
    (["¶4"], ["丙县市场监管局"]),
]


def test_runs_numbered_afresh_after_each_label_line_are_unnumbered_groups() -> None:
    # numbers restarting at 1. after each statement: each run is a ¶N block over its numbered
    # lines, its statement each line's (29th batch's decision)
    tasks = parse_tasks("丙县创建督查曝光问题\n" + "\n".join(_GROUPS))
    assert [(t.path, t.units) for t in tasks] == _GROUPED
    assert {t.deadline for t in tasks} == {"2031年9月20日前"}


def test_groups_run_on_in_one_line_before_a_news_page_s_notes() -> None:
    # the same run together on one line with blanks, closed by the page's (来源:…) (编辑:…)
    # notes: they are no part of the last time limit
    line = " ".join(
        ["近日 丙县创建指挥部 督查组 对部分 市场 单位 小区 卫生情况进行督查 哪些问题被曝光呢?"]
        + _GROUPS
        + ["(来源:丙县融媒) (编辑:某某 审核:某某)"]
    )
    tasks = parse_tasks(line)
    assert [(t.path, t.units) for t in tasks] == _GROUPED
    assert {t.deadline for t in tasks} == {"2031年9月20日前"}
