"""Notes that the first unit of each list leads, in wordings of their own, on made-up text."""

from __future__ import annotations

import pytest

from .helpers import parse_text, table_text


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


# A first-unit-leads note without 下同 (排在第一位的为牵头单位, 列第一位的为牵头单位): the set holds
# none, so by the README decision (twelfth batch: said within one statement it is that statement's;
# on a line or in a bracket of its own it holds for every statement after it) it holds below when it
# stands in a preamble, and for its own item only when said within the item's statement, wherever
# that statement stands (its bracket, a statement line, run on after the item's text, a table cell);
# in a bracket or on a line of its own within the first item it holds below, as that decision
# says.
_NOTE = "排在第一位的为牵头单位"
_BELOW = (
    "\n2.建设社区食堂。（责任单位：市丙局、市丁委）\n3.改造老旧小区。\n责任单位：市戊局、市己局"
)
_PLAN = "某某市2031年民生实事分工方案\n"


def _first_item(plan: str) -> str:
    return _PLAN + plan + _BELOW


_OWN_ONLY = [
    ("1", ["市甲局", "市乙委"], ["市甲局"]),
    ("2", ["市丙局", "市丁委"], []),
    ("3", ["市戊局", "市己局"], []),
]
_EVERY = [
    ("1", ["市甲局", "市乙委"], ["市甲局"]),
    ("2", ["市丙局", "市丁委"], ["市丙局"]),
    ("3", ["市戊局", "市己局"], ["市戊局"]),
]


@pytest.mark.parametrize(
    "item",
    [
        f"1.新建幼儿园。（责任单位：市甲局、市乙委，{_NOTE}）",
        f"1.新建幼儿园。（市甲局、市乙委负责，{_NOTE}）",
        f"1.新建幼儿园。\n责任单位：市甲局、市乙委，{_NOTE}",
        f"1.新建幼儿园。\n责任单位：市甲局、市乙委。{_NOTE}。",
        f"1.新建幼儿园。\n市甲局、市乙委负责，{_NOTE}。",
        f"1.新建幼儿园。责任单位：市甲局、市乙委，{_NOTE}。",
        "1.新建幼儿园。市甲局牵头，市乙委配合，列第一位的为牵头单位。",
    ],
)
def test_a_note_without_xiatong_within_the_first_items_statement_is_its_own(item: str) -> None:
    assert _leads(parse_text(_first_item(item))) == _OWN_ONLY


@pytest.mark.parametrize(
    "item",
    [
        f"1.新建幼儿园。（责任单位：市甲局、市乙委）（{_NOTE}）",
        f"1.新建幼儿园。\n责任单位：市甲局、市乙委（{_NOTE}）",
        f"1.新建幼儿园。\n责任单位：市甲局、市乙委\n{_NOTE}。",
    ],
)
def test_a_note_without_xiatong_in_a_bracket_or_on_a_line_of_its_own_holds_below(
    item: str,
) -> None:
    assert _leads(parse_text(_first_item(item))) == _EVERY


@pytest.mark.parametrize(
    "preamble",
    [
        f"各项任务中，{_NOTE}。",
        f"为抓好民生实事落实，现将任务分解如下，{_NOTE}。",
        f"任务分工（{_NOTE}）",
    ],
)
def test_a_note_without_xiatong_in_a_preamble_holds_below(preamble: str) -> None:
    text = _PLAN + preamble + "\n1.新建幼儿园。（责任单位：市甲局、市乙委）" + _BELOW
    assert _leads(parse_text(text)) == _EVERY


@pytest.mark.parametrize("form", ["pipes", "tabs", "cells"])
def test_a_note_without_xiatong_in_a_unit_cell_is_that_rows(form: str) -> None:
    rows = [
        ["序号", "工作任务", "责任单位"],
        ["1", "新建幼儿园。", f"市甲局、市乙委，{_NOTE}"],
        ["2", "建设社区食堂。", "市丙局、市丁委"],
    ]
    assert _leads(parse_text(table_text("某某市2031年民生实事分工表", rows, form))) == _OWN_ONLY[:2]
