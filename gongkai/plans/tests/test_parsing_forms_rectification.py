"""Rectification lists (问题整改清单): each problem followed by a line naming who rectifies it
and by when, the unit label qualified by the work (整改责任单位, 问题整改责任单位).

Every text here is made up.
"""

from __future__ import annotations

import pytest

from gongkai.plans.parsing import parse_blocks
from gongkai.plans.parsing.model import Block


def _tasks(text: str):
    return parse_blocks([Block("para", line) for line in text.split("\n")]).tasks


@pytest.mark.parametrize("label", ["整改责任单位", "问题整改责任单位"])
def test_a_rectification_unit_label_line_states_the_problem_s_units_and_time_limit(label) -> None:
    tasks = _tasks(
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
