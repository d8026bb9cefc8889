"""A table copied one cell per line, each row opened by a '|' line, each cell closed by a '|'
line or by a bar kept on its last line (``各村(社区) |``), an empty cell a '|' line right after
the one closing the cell before it, and a title row above the header ended by ``||||``."""

from __future__ import annotations

from .helpers import parse_text


def _rows(text: str) -> list[tuple[str, list[str], str]]:
    return [("/".join(t.path), t.units, t.deadline) for t in parse_text(text).tasks]


CELLS = [
    "|",
    "附件",
    "关于推进某区垃圾分类工作的",
    "重点任务分工 |",
    "||||",
    "|",
    "序",
    "号 |",
    "工作任务",
    "|",
    "牵头单位",
    "|",
    "责任单位",
    "|",
    "完成时限",
    "|",
    "|",
    "1",
    "|",
    "制定垃圾分类实施细则，明确投放标准。",
    "|",
    "区城管局",
    "|",
    "区直有关部门",
    "|",
    "2024年6月底",
    "|",
    "|",
    "2",
    "|",
    "建设分类收运体系，配齐收运车辆。",
    "|",
    "区环卫中心",
    "|",
    "|",
    "2024年9月底",
    "|",
    "|",
    "3",
    "|",
    "开展入户宣传，提高居民知晓率。",
    "|",
    "区宣传部",
    "|",
    "各街道",
    "各村(社区) |",
    "2024年12月底",
    "|",
]


def test_cell_closed_by_bar_on_its_last_line() -> None:
    text = "\n".join(CELLS)
    assert _rows(text) == [
        ("1", ["区城管局", "区直有关部门"], "2024年6月底"),
        ("2", ["区环卫中心"], "2024年9月底"),
        ("3", ["区宣传部", "各街道", "各村(社区)"], "2024年12月底"),
    ]
    assert parse_text(text).title == "关于推进某区垃圾分类工作的重点任务分工"
