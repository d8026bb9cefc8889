"""A catalogue of time limits: the wordings plans use for one
(2025年6月底前, 年底前, 每季度, 长期坚持, 次年1月底前, 6—12月, 5个工作日内, 即时 …)
crossed with the places they stand (a time-limit column of a table written three ways, a
labelled statement in a bracket, on a label line or inside a statement line, a time limit after
the unit lists in a bracket, in a bracket of its own, or closing a sentence of units and verbs).

The gold reads a time limit from a statement or column only (``gold/NOTES.md`` §12; the set's
README: a time limit standing as an element of its own after the unit lists, or in a bracket of
its own after the item); one inside the task's own sentence is no deadline. Vague wordings that
name no time (按要求, 按时完成, 适时) are left out after the units.

Every text here is made up.
"""

from __future__ import annotations

import pytest

from gongkai.plans.parsing import parse_blocks
from gongkai.plans.parsing.deadlines import interpret
from gongkai.plans.parsing.model import Block

from .helpers import table_text


def _deadlines(text: str) -> list[tuple[str, str]]:
    plan = parse_blocks([Block("para", line) for line in text.split("\n")])
    return [("/".join(t.path), t.deadline) for t in plan.tasks]


# wordings read in every place
WORDINGS = [
    "2025年6月底前",
    "6月底前完成",
    "年底前",
    "2025年12月31日前",
    "12月中旬",
    "上半年",
    "下半年",
    "第三季度",
    "三季度末",
    "每季度",
    "每月",
    "每年",
    "长期坚持",
    "持续推进",
    "常态化开展",
    "全年",
    "2025年6月—12月",
    "2025.6",
    "2025年6月",
    "2025年第二季度",
    "2025年底前完成",
    "年内完成",
    "每年6月底前",
    "每月10日前",
    "2025年11月底前完成",
    "6月底前完成，并长期坚持",
]

# wordings the parser read in a column or after a label only, now after the units too
NEW_WORDINGS = [
    "次年1月底前",
    "明年3月底前",
    "2025年9月底前启动、12月底前完成",
    "2025年6—12月",
    "6—12月",
    "2025.6-2025.12",
    "5个工作日内",
    "10个工作日内",
    "3天内",
    "按规定时限",
    "按法定时限",
    "全年持续推进",
    "全年推进",
    "即时",
    "及时",
    "实时",
    "即时公开",
    "动态更新",
    # ongoing work that keeps improving what is built
    "持续优化",
    "持续完善",
]

ALL = WORDINGS + NEW_WORDINGS

HEADERS = [
    "完成时限",
    "完成时间",
    "时间节点",
    "时限要求",
    "时间安排",
    "进度安排",
    "完成期限",
    "办结时限",
    "计划完成时间",
]

_HEAD = "2025年甲市政务公开工作要点\n一、推进重点领域信息公开\n"


def _items(place: str, wordings: list[str], label: str = "完成时限") -> str:
    """A plan of one item per wording, the wording standing in the place named."""
    lines = [_HEAD.rstrip("\n")]
    for i, w in enumerate(wordings, 1):
        item = f"{i}.公开第{i}类预算信息。做好预算公开工作。"
        if place == "bracket_label":
            lines.append(f"{item}（{label}：{w}）")
        elif place == "bracket_units_label":
            lines.append(f"{item}（责任单位：甲市财政局；{label}：{w}）")
        elif place == "label_line":
            lines += [item, "责任单位：甲市财政局", f"{label}：{w}"]
        elif place == "statement_line":
            lines += [item, f"责任单位：甲市财政局 {label}：{w}"]
        elif place == "bracket_units_time":
            lines.append(f"{item}（甲市财政局牵头，乙县财政局配合，{w}）")
        elif place == "bracket_label_units_time":
            lines.append(f"{item}（责任单位：甲市财政局，{w}）")
        elif place == "bracket_of_its_own":
            lines.append(f"{item}（责任单位：甲市财政局）（{w}）")
        elif place == "sentence_units_time":
            lines.append(f"{item}甲市财政局牵头，乙县财政局配合，{w}。")
    lines.append(f"{len(wordings) + 1}.公开规划信息。（责任单位：甲市自然资源局）")
    return "\n".join(lines)


def _expected(wordings: list[str]) -> list[tuple[str, str]]:
    return [(f"一/{i}", w) for i, w in enumerate(wordings, 1)] + [(f"一/{len(wordings) + 1}", "")]


@pytest.mark.parametrize(
    "place",
    [
        "bracket_label",
        "bracket_units_label",
        "label_line",
        "statement_line",
        "bracket_units_time",
        "bracket_label_units_time",
        "bracket_of_its_own",
        "sentence_units_time",
    ],
)
def test_each_wording_in_each_place(place: str) -> None:
    assert _deadlines(_items(place, ALL)) == _expected(ALL)


@pytest.mark.parametrize(
    "place", ["bracket_units_time", "bracket_of_its_own", "sentence_units_time"]
)
@pytest.mark.parametrize("wording", NEW_WORDINGS)
def test_new_wordings_after_the_units_and_in_their_own_bracket(place: str, wording: str) -> None:
    assert _deadlines(_items(place, [wording])) == _expected([wording])


@pytest.mark.parametrize("place", ["bracket_label", "label_line", "statement_line"])
@pytest.mark.parametrize("label", HEADERS)
def test_each_time_label(place: str, label: str) -> None:
    wordings = ["2025年6月底前", "持续推进", "每季度", "次年1月底前"]
    assert _deadlines(_items(place, wordings, label)) == _expected(wordings)


def _table(header: str, wordings: list[str], form: str) -> str:
    rows = [["序号", "工作任务", "责任单位", header]] + [
        [str(i), f"公开第{i}类预算信息。", "乙县财政局", w] for i, w in enumerate(wordings, 1)
    ]
    return table_text("2025年甲市重点任务分工表", rows, form)


@pytest.mark.parametrize("form", ["pipes", "tabs", "cells"])
@pytest.mark.parametrize("header", HEADERS)
def test_each_wording_in_each_time_column(header: str, form: str) -> None:
    wordings = ALL if header == "完成时限" else ["2025年6月底前", "年底前", "每季度", "次年1月底前"]
    got = _deadlines(_table(header, wordings, form))
    assert got == [(str(i), w) for i, w in enumerate(wordings, 1)]


@pytest.mark.parametrize("form", ["pipes", "tabs", "cells"])
def test_each_wording_in_a_remarks_column_without_a_time_limit_column(form: str) -> None:
    # (a remarks cell is the time limit when it only states one: the set's README)
    wordings = [w for w in ALL if "，" not in w]
    got = _deadlines(_table("备注", wordings, form))
    assert got == [(str(i), w) for i, w in enumerate(wordings, 1)]


@pytest.mark.parametrize("form", ["pipes", "cells"])
def test_a_remark_that_is_no_time_limit_stays_out(form: str) -> None:
    got = _deadlines(_table("备注", ["按要求", "已完成部分任务，继续推进"], form))
    assert got == [("1", ""), ("2", "")]


@pytest.mark.parametrize("wording", ["按要求", "按时完成", "适时", "2025年"])
def test_vague_wordings_and_a_year_alone_in_a_bracket_of_their_own_are_no_time_limit(
    wording: str,
) -> None:
    assert _deadlines(_items("bracket_of_its_own", [wording])) == _expected([""])


@pytest.mark.parametrize("wording", ["于2025年6月底前", "每年6月底前", "及时"])
def test_a_time_limit_in_the_items_own_sentence_is_no_deadline(wording: str) -> None:
    text = _HEAD + f"1.公开预算信息。{wording}公开预算信息。（责任单位：甲市财政局）"
    assert _deadlines(text) == [("一/1", "")]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("次年1月底前", "2026-01-31"),
        ("明年3月底前", "2026-03-31"),
        ("2025年6—12月", "2025-12-31"),
        ("6—12月", "2025-12-31"),
        ("2025年9月底前启动、12月底前完成", "2025-09-30"),
        ("全年持续推进", "2025-12-31"),
    ],
)
def test_due_of_the_new_wordings(text: str, due: str) -> None:
    assert interpret(text, 2025).due == due
