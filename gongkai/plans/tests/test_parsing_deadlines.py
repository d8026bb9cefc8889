"""Deadline stage: due dates, recurrences and relative rules from written time limits."""

from __future__ import annotations

import pytest

from gongkai.plans.parsing.deadlines import interpret, time_limit_in_text


@pytest.mark.parametrize(
    ("text", "due", "recurrence"),
    [
        ("2017年11月底前", "2017-11-30", None),
        ("2020年2月底前", "2020-02-29", None),
        ("2017 年 11 月底前将落实情况报省政办公厅", "2017-11-30", None),
        ("2020年10月15日前", "2020-10-15", None),
        ("全年工作", "2019-12-31", None),
        ("年底前", "2019-12-31", None),
        ("年内", "2019-12-31", None),
        ("上半年", "2019-06-30", None),
        ("6月底前", "2019-06-30", None),
        ("2023年第三季度", "2023-09-30", None),
        ("按月度、季度公布", None, "monthly"),
        ("每季度", None, "quarterly"),
        ("每半年", None, "half_yearly"),
        ("每年", None, "yearly"),
        ("持续推进", None, "continuous"),
        ("长期坚持", None, "continuous"),
        ("", None, None),
    ],
)
def test_interpret(text: str, due: str | None, recurrence: str | None) -> None:
    result = interpret(text, 2019)
    assert (result.due, result.recurrence) == (due, recurrence)


def test_relative_rules() -> None:
    assert interpret("文件公开后3个工作日内", 2020).relative == {"event": "文件公开", "workdays": 3}
    assert interpret("本要点公布后20个工作日内", 2020).relative == {
        "event": "本要点公布",
        "workdays": 20,
    }


def test_time_limit_in_task_text() -> None:
    assert time_limit_in_text("于2020年10月底前编制完成目录", 2020).due == "2020-10-31"
    assert time_limit_in_text("加强培训", 2020).due is None
