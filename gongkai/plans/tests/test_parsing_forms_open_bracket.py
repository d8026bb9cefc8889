"""A statement's label after a bracket the copy never closed (…建立问题台账(附件1责任单位:…):
the label starts the item's statement all the same."""

from __future__ import annotations

from .helpers import parse_text

TEXT = """某区占道经营专项整治方案
一、工作安排
(一)排查阶段(即日起至6月30日)组织各街道开展全面排查,建立问题台账(附件1责任单位:区城管执法大队、区市政服务中心
(二)整治阶段(7月1日至9月30日)对排查出的问题逐项整改到位。责任单位:各街道办事处"""


def test_label_after_a_bracket_left_open() -> None:
    got = [("/".join(t.path), t.units) for t in parse_text(TEXT).tasks]
    assert got == [
        ("一/（一）", ["区城管执法大队", "区市政服务中心"]),
        ("一/（二）", ["各街道办事处"]),
    ]


def test_label_inside_a_closed_bracket_is_no_open_one() -> None:
    # (附件1,联系单位:…) closes its bracket: no statement is read from it
    text = TEXT.replace("台账(附件1责任单位:区城管执法大队、区市政服务中心", "台账(附件1)。")
    got = [("/".join(t.path), t.units) for t in parse_text(text).tasks]
    assert got[0] == ("一/（一）", [])
