"""Tables flattened one cell per line under a title line of their own, and with two columns only,
on made-up text (invented places and words), in both scripts."""

from __future__ import annotations

import pytest

from gongkai.plans.parsing import parse_blocks
from gongkai.plans.parsing.model import Block

_TRAD = str.maketrans(
    "务单时责开县进续区门录发布产业阳点员会导账项见",
    "務單時責開縣進續區門錄發佈產業陽點員會導賬項見",
)


def _parse(lines: list[str], trad: bool):
    if trad:
        lines = [ln.translate(_TRAD) for ln in lines]
    return parse_blocks([Block("para", ln) for ln in lines])


def _tasks(plan) -> list[tuple[str, str, list[str], str]]:
    return [("/".join(t.path), t.title or t.content, t.units, t.deadline) for t in plan.tasks]


def _want(rows, trad: bool):
    if not trad:
        return rows
    return [
        (p, x.translate(_TRAD), [u.translate(_TRAD) for u in us], d.translate(_TRAD))
        for p, x, us, d in rows
    ]


def _laid(cells: list[str], sep: str) -> list[str]:
    if sep == "bar":
        return [f"{c} |" for c in cells]
    if sep == "blank":
        return [x for c in cells for x in (c, "")]
    return cells


_ROWS = [
    ("1", "做好山茶产业扶持政策公开。", ["县甲局"], "6月底前"),
    ("2", "推进溪桥片区民生项目信息公开。", ["县乙局", "县丙办"], "持续推进"),
    ("3", "集中发布便民服务事项目录。", ["县丁委"], "12月底前"),
]


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize("sep", ["none", "bar", "blank"])
@pytest.mark.parametrize("title", ["重点任务分工表", "任务分解表", "2031年政务公开重点任务台账"])
def test_a_title_line_before_a_header_numbered_in_cells_is_no_header_cell(
    title: str, sep: str, trad: bool
) -> None:
    # no 序号 column: each row's number opens its task cell (1.做好…)
    cells = ["重点任务", "责任单位", "完成时限"]
    for n, text, units, time in _ROWS:
        cells += [f"{n}.{text}", "、".join(units), time]
    plan = _parse(["青岚县2031年政务公开工作要点", title, *_laid(cells, sep)], trad)
    assert _tasks(plan) == _want(_ROWS, trad)


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize("sep", ["none", "bar", "blank"])
@pytest.mark.parametrize("title", ["重点任务分工表", "2031年政务公开重点工作任务清单"])
def test_a_title_line_before_a_numbered_header_is_no_header_cell(
    title: str, sep: str, trad: bool
) -> None:
    cells = ["序号", "重点任务", "责任单位", "完成时限"]
    for n, text, units, time in _ROWS:
        cells += [n, text, "、".join(units), time]
    plan = _parse(["青岚县2031年政务公开工作要点", title, *_laid(cells, sep)], trad)
    assert _tasks(plan) == _want(_ROWS, trad)


def test_a_first_header_cell_ending_as_a_title_stays_a_header_cell() -> None:
    # 任务清单 names the text column: the cells after it hold no text column
    cells = ["任务清单", "责任单位", "完成时限"]
    for n, text, units, time in _ROWS:
        cells += [f"{n}.{text}", "、".join(units), time]
    plan = _parse(["青岚县2031年政务公开工作要点", *cells], False)
    assert _tasks(plan) == _ROWS


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize("sep", ["none", "blank"])
@pytest.mark.parametrize("numbered", [False, True])
def test_a_two_column_table_one_cell_per_line_is_read(numbered: bool, sep: str, trad: bool) -> None:
    # 工作任务 / 责任单位: text cell and unit cell by turns, no 序号 column
    cells = ["工作任务", "责任单位"]
    for n, text, units, _ in _ROWS:
        cells += [f"{n}.{text}" if numbered else text, "、".join(units)]
    plan = _parse(["青岚县2031年政务公开工作要点", *_laid(cells, sep)], trad)
    got = [(p.lstrip("¶"), x, us, d) for p, x, us, d in _tasks(plan)]
    assert got == _want([(n, x, us, "") for n, x, us, _ in _ROWS], trad)


@pytest.mark.parametrize("trad", [False, True])
def test_a_two_column_table_under_a_title_and_headings(trad: bool) -> None:
    lines = ["青岚县2031年政务公开工作要点", "重点任务分工表", "重点任务", "牵头单位"]
    lines += ["一、深化决策公开", "1.做好山茶产业扶持政策公开。", "县甲局"]
    lines += ["2.推进溪桥片区民生项目信息公开。", "县乙局、县丙办"]
    lines += ["二、优化政务服务", "1.集中发布便民服务事项目录。", "县丁委"]
    lines += ["各单位要抓好落实，确保取得实效。"]
    plan = _parse(lines, trad)
    rows = [
        ("一/1", "做好山茶产业扶持政策公开。", ["县甲局"], ""),
        ("一/2", "推进溪桥片区民生项目信息公开。", ["县乙局", "县丙办"], ""),
        ("二/1", "集中发布便民服务事项目录。", ["县丁委"], ""),
    ]
    assert [t[:3] for t in _tasks(plan)] == [t[:3] for t in _want(rows, trad)]
