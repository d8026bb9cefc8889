"""A time-limit label joined to its value by 为 or a blank instead of a colon
(完成时限为2024年6月底前, 时间节点为…, 完成时间 年底前), on made-up text.

A deadline comes from an explicit deadline statement and is copied verbatim (``gold/NOTES.md``
§12). ``完成时限为X`` and ``完成时限 X`` state the time limit as ``完成时限：X`` does, so they are
read wherever a labelled statement stands: in a bracket, on a line of their own, in a statement
line after the units, run on after the item's text, in a bracket of their own after the item or
on the line after its statement. Only labels naming the task's own time limit join that way
(never ``办理时限为3个工作日`` or ``公示期限为5个工作日``: a service's time, written in the text),
and only to a value that opens like a time limit.
"""

from __future__ import annotations

import pytest

from .helpers import parse_tasks

_HEAD = "2025年甲市政务公开工作要点\n一、推进重点领域信息公开\n"
_NEXT = "2.公开规划信息。（责任单位：甲市自然资源局）"

LABELS = ["完成时限", "完成时间", "时间节点", "完成期限", "计划完成时间", "时限要求", "截止日期"]
JOINS = ["为", "为：", " ", "　", ""]
VALUES = [
    "2024年6月底前",
    "年底前",
    "秋季学期前",
    "上半年",
    "三季度末",
    "每季度",
    "持续推进",
    "2023年底前完成初稿，2024年6月底前印发",
]


def _plan(place: str, said: str) -> str:
    item = "1.公开预算信息。做好预算公开工作。"
    lines = {
        "bracket": [f"{item}（责任单位：甲市财政局；{said}）"],
        "bracket_first": [f"{item}（{said}；甲市财政局牵头，乙县财政局配合）"],
        "label_line": [item, "责任单位：甲市财政局", said],
        "statement_line": [item, f"责任单位：甲市财政局；{said}"],
        "statement_line_blank": [item, f"责任单位：甲市财政局 {said}"],
        "run_on": [f"{item}责任单位：甲市财政局；{said}。"],
        "after_text": [f"{item}甲市财政局牵头，乙县财政局配合。{said}。"],
        "own_bracket": [f"{item}（责任单位：甲市财政局）（{said}）"],
        "bracket_line": [f"{item}（责任单位：甲市财政局）", f"（{said}）"],
    }[place]
    return _HEAD + "\n".join(lines + [_NEXT])


def _deadlines(text: str) -> list[tuple[str, str]]:
    return [("/".join(t.path), t.deadline) for t in parse_tasks(text)]


PLACES = [
    "bracket",
    "bracket_first",
    "label_line",
    "statement_line",
    "statement_line_blank",
    "run_on",
    "after_text",
    "own_bracket",
    "bracket_line",
]


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("join", JOINS)
@pytest.mark.parametrize("label", LABELS)
def test_each_label_joined_without_a_colon_in_each_place(place: str, join: str, label: str) -> None:
    said = f"{label}{join}2024年6月底前"
    tasks = parse_tasks(_plan(place, said))
    assert [("/".join(t.path), t.deadline) for t in tasks] == [
        ("一/1", "2024年6月底前"),
        ("一/2", ""),
    ]
    assert "甲市财政局" in tasks[0].units and not any("时" in u for u in tasks[0].units)


@pytest.mark.parametrize("place", ["bracket", "label_line", "statement_line", "run_on"])
@pytest.mark.parametrize("join", ["为", " "])
@pytest.mark.parametrize("value", VALUES)
def test_each_value_after_a_joined_label(place: str, join: str, value: str) -> None:
    assert _deadlines(_plan(place, f"完成时限{join}{value}")) == [("一/1", value), ("一/2", "")]


def test_a_joined_label_before_the_units_of_its_bracket() -> None:
    tasks = parse_tasks(_plan("bracket_first", "完成时限为年底前"))
    assert (tasks[0].deadline, tasks[0].units, tasks[0].lead) == (
        "年底前",
        ["甲市财政局", "乙县财政局"],
        ["甲市财政局"],
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "将审批时间压缩至5个工作日，办理时限为3个工作日。",
        "公示期限为5个工作日。",
        "于2024年6月底前完成预算公开。",
        "完成时限为各单位的工作重点。",
    ],
)
def test_other_times_joined_by_wei_are_the_texts(sentence: str) -> None:
    text = _HEAD + f"1.优化审批服务。{sentence}（责任单位：甲市政务服务局）\n{_NEXT}"
    tasks = parse_tasks(text)
    assert [t.deadline for t in tasks] == ["", ""]
    assert tasks[0].units == ["甲市政务服务局"]
