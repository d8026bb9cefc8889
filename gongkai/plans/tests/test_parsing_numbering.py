"""Numbering stage: item numbers, Chinese numerals, sequence inference over mojibake."""

from __future__ import annotations

import pytest

from gongkai.plans.parsing.numbering import cn_to_int, int_to_cn, match_bare_number, match_marker
from gongkai.plans.parsing.structure import resolve_markers


@pytest.mark.parametrize(
    ("line", "style", "label"),
    [
        ("一、任务分解", "cn_dun", "一"),
        ("十一、保障", "cn_dun", "十一"),
        ("(一)推进公开", "cn_paren", "（一）"),
        ("（二十三）提高水平", "cn_paren", "（二十三）"),
        ("1. 以清单管理", "ar_dot", "1"),
        ("4.大力推进", "ar_dot", "4"),
        ("12、加强培训", "ar_dot", "12"),
        ("（1）建立目录", "ar_paren", "（1）"),
        ("2-1对涉及", "ar_sub", "2-1"),
        ("8-9推进住房", "ar_sub", "8-9"),
        ("① 做好", "circled", "①"),
        ("第三条 工作要求", "di_条", "第三条"),
    ],
)
def test_markers(line: str, style: str, label: str) -> None:
    marker = match_marker(line)
    assert marker is not None and (marker.style, marker.label) == (style, label)


@pytest.mark.parametrize(
    "line", ["2020年云南省", "1.5万元", "一是管理信息公开", "1-4项牵头落实", "正文"]
)
def test_not_markers(line: str) -> None:
    assert match_marker(line) is None


def test_numerals() -> None:
    assert [cn_to_int(x) for x in ("一", "十", "十一", "二十", "二十三", "一百零五")] == [
        1, 10, 11, 20, 23, 105,
    ]  # fmt: skip
    assert [int_to_cn(n) for n in (1, 10, 11, 20, 21, 110)] == [
        "一", "十", "十一", "二十", "二十一", "一百一十",
    ]  # fmt: skip


def test_bare_numbers_for_number_columns() -> None:
    assert match_bare_number("8").label == "8"
    assert match_bare_number("（一）").label == "（一）"
    assert match_bare_number("推进") is None


def test_unreadable_number_is_inferred_from_its_neighbours() -> None:
    lines = ["（八）推进国企公开。", "三、民生", "?。ň牛┩七M扶貧工作信息公開。", "（十）推进救助。"]
    markers = resolve_markers(lines)
    assert markers[2] is not None and markers[2].label == "（九）" and markers[2].garbled
