"""Time limits set by a season, a school term or a holiday (秋季学期前, 春季开学前, 寒假前,
国庆节前, 春节前, 汛期前, 入冬前), beside the half years and quarters (上半年, 年中, 三季度末),
on made-up text.

A deadline comes from a deadline statement only and is copied verbatim (``gold/NOTES.md`` §12); a
time limit standing as an element of its own in a statement after the unit lists, in a bracket of
its own after the item, or alone in a remarks cell, is one (the set's README decisions). So a
season word reads there as a date does; it names no day, so ``due`` stays empty.
"""

from __future__ import annotations

import pytest

from gongkai.plans.parsing.deadlines import interpret

from .helpers import parse_tasks, table_text

SEASONS = [
    "秋季学期前",
    "春季学期开学前",
    "秋季开学前",
    "寒假前",
    "暑假前",
    "春节前",
    "国庆节前",
    "汛期前",
    "主汛期前",
    "入冬前",
    "2025年秋季学期前",
    "上半年",
    "年中",
    "三季度末",
]

_HEAD = "2025年甲市教育工作要点\n一、改善办学条件\n"


def _plan(place: str, wording: str) -> str:
    item = "1.改造乙县中小学校舍。完成校舍维修工作。"
    lines = {
        "label_bracket": [f"{item}（责任单位：甲市教育局；完成时限：{wording}）"],
        "label_line": [item, "责任单位：甲市教育局", f"完成时限：{wording}"],
        "after_units": [f"{item}（甲市教育局牵头，甲市财政局配合，{wording}）"],
        "after_label_units": [f"{item}（责任单位：甲市教育局，{wording}）"],
        "own_bracket": [f"{item}（责任单位：甲市教育局）（{wording}）"],
        "closing_sentence": [f"{item}甲市教育局牵头，甲市财政局配合，{wording}。"],
    }[place]
    return _HEAD + "\n".join(lines + ["2.公开招生信息。（责任单位：甲市教育局）"])


@pytest.mark.parametrize(
    "place",
    [
        "label_bracket",
        "label_line",
        "after_units",
        "after_label_units",
        "own_bracket",
        "closing_sentence",
    ],
)
@pytest.mark.parametrize("wording", SEASONS)
def test_a_season_word_is_the_deadline_wherever_a_statement_stands(
    place: str, wording: str
) -> None:
    tasks = parse_tasks(_plan(place, wording))
    assert [("/".join(t.path), t.deadline) for t in tasks] == [("一/1", wording), ("一/2", "")]
    assert "甲市教育局" in tasks[0].units


@pytest.mark.parametrize("form", ["pipes", "tabs", "cells"])
@pytest.mark.parametrize("header", ["完成时限", "备注"])
def test_a_season_word_in_a_time_limit_or_remarks_cell(header: str, form: str) -> None:
    # (a remarks cell is the deadline when it only states a time limit: the set's README)
    rows = [["序号", "工作任务", "责任单位", header]] + [
        [str(i), f"维修第{i}批校舍。", "乙县教育局", w] for i, w in enumerate(SEASONS, 1)
    ]
    text = table_text("2025年甲市教育重点任务分工表", rows, form)
    got = [(t.path[-1], t.deadline) for t in parse_tasks(text)]
    assert got == [(str(i), w) for i, w in enumerate(SEASONS, 1)]


@pytest.mark.parametrize("wording", ["秋季学期前", "寒假前", "春节前", "汛期前"])
def test_a_season_word_names_no_due_day(wording: str) -> None:
    assert interpret(wording, 2025).due is None


def test_a_season_word_in_the_items_own_sentence_is_no_deadline() -> None:
    text = _HEAD + "1.改造乙县中小学校舍。秋季学期前完成校舍维修。（责任单位：甲市教育局）"
    assert [t.deadline for t in parse_tasks(text)] == [""]
