"""Tables of the opened part's forms, one cell per line. Every text here is made up."""

from __future__ import annotations

from gongkai.plans.parsing import parse_blocks
from gongkai.plans.parsing.model import Block


def _tasks(text: str):
    return parse_blocks([Block("para", line) for line in text.split("\n")]).tasks


def test_two_column_cells_with_a_row_number_cell_and_two_heading_levels() -> None:
    # header 工作任务 / 责任股室 (the number column's header left blank), a heading of each
    # level on a row of its own, then rows of number / text / unit cells
    tasks = _tasks(
        "某站2022年政务公开工作要点和分工\n工作任务\n责任股室\n一、加强信息发布\n"
        "(一)做好计划公开。\n1\n公开本单位年度工作计划,做好解读工作。\n综合股\n"
        "(二)做好预算公开。\n2\n及时公开单位预算、决算报表。\n财务股\n"
        "二、加强政策解读\n(一)做好解读工作。\n3\n做好政策文件的解读和回应工作。\n业务股、办公室"
    )
    assert [t.path for t in tasks] == [
        ["一", "（一）", "1"],
        ["一", "（二）", "2"],
        ["二", "（一）", "3"],
    ]
    assert [t.units for t in tasks] == [["综合股"], ["财务股"], ["业务股", "办公室"]]
