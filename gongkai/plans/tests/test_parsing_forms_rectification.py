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
