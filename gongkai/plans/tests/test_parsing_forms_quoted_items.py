"""A report's progress table quoting a plan's items by the plan's own numbers: a 序号 cell and a
unit cell spanning the rows, a header cell longer than a header word, a first row numbered later
than 1 (parsing/quoted_numbers.py, flat_tables.flat_header_width). Every text here is made up."""

from __future__ import annotations

from .helpers import parse_tasks

_TITLE = "某县交通运输局2024年二季度《政府工作报告》落实情况统计表\n"
_LONG = "本季度工作进展、困难问题和下步打算"


def test_the_same_rows_written_as_bar_separated_lines() -> None:
    tasks = parse_tasks(
        _TITLE
        + f"序号 | 牵头单位 | 工作任务 | {_LONG} | 完成进度(%) | 备注 |\n"
        + "12 | 县交通运输局 | 31.加快推进农村公路提档升级。 | 已完成35公里。 | 45% | |\n"
        + "47.持续开展道路运输安全专项整治。 | 已检查运输企业96家次。 |"
    )
    assert [t.path for t in tasks] == [["12", "31"], ["12", "47"]]
    assert [t.lead for t in tasks] == [["县交通运输局"], ["县交通运输局"]]


def _flat_header(progress: str = _LONG) -> str:
    return f"序号\n牵头单位\n工作任务\n{progress}\n完成进度(%)\n备注\n"


_FIRST = (
    "12\n县交通运输局\n"
    "31.加快推进农村公路提档升级,新改建农村公路80公里,进一步完善农村交通网络。\n"
    "已完成新改建农村公路35公里,正在推进桥梁加固工程。下一步,我局将加快施工进度,确保年底前完工。\n"
    "45%\n"
)
_SECOND = (
    "47.持续开展道路运输安全专项整治,全年检查运输企业200家次以上。\n"
    "已检查运输企业96家次,整改隐患42处。下一步,我局将继续加大检查力度。\n"
)


def test_quoted_items_under_row_one_of_a_header_of_header_words() -> None:
    # one cell per line, blank 备注 cells left out: row 1 quotes item 31, the row under it (its
    # number and unit cells spanning from row 1) item 47
    tasks = parse_tasks(_TITLE + _flat_header("完成情况") + "1" + _FIRST[2:] + _SECOND)
    assert [t.path for t in tasks] == [["1", "31"], ["1", "47"]]
    assert [t.units for t in tasks] == [["县交通运输局"], ["县交通运输局"]]


def test_quoted_items_under_a_row_before_the_next_numbered_row() -> None:
    tasks = parse_tasks(
        _TITLE
        + _flat_header("完成情况")
        + "1"
        + _FIRST[2:]
        + _SECOND
        + "2\n县公路事业发展中心\n52.完成危桥改造10座。\n已完成4座。\n40%"
    )
    assert [t.path for t in tasks] == [["1", "31"], ["1", "47"], ["2"]]
    assert [t.lead for t in tasks] == [["县交通运输局"], ["县交通运输局"], ["县公路事业发展中心"]]


def test_numbered_lines_of_a_progress_cell_quote_no_item() -> None:
    # 1.… / 2.… in the progress cell after a task quoting item 15: one row, not three
    tasks = parse_tasks(
        _TITLE
        + _flat_header("完成情况")
        + "1\n县交通运输局\n15.新改建农村公路80公里。\n1.已完成新改建农村公路35公里。\n"
        + "2.正在推进桥梁加固工程。\n45%\n"
        + "2\n县公路事业发展中心\n16.完成危桥改造10座。\n已完成4座。\n40%"
    )
    assert [t.path for t in tasks] == [["1"], ["2"]]
    assert [t.units for t in tasks] == [["县交通运输局"], ["县公路事业发展中心"]]


def test_rows_under_a_spanning_number_keep_the_numbers_of_the_items_they_quote() -> None:
    # one cell per line, blank 备注 cells left out: row 12 quotes item 31 of the report it
    # follows up, the row under it (no number cell, no unit cell: both span) quotes item 47
    tasks = parse_tasks(_TITLE + _flat_header() + _FIRST + _SECOND)
    assert [t.path for t in tasks] == [["12", "31"], ["12", "47"]]
    assert [t.units for t in tasks] == [["县交通运输局"], ["县交通运输局"]]
    assert [t.lead for t in tasks] == [["县交通运输局"], ["县交通运输局"]]
    assert [t.deadline for t in tasks] == ["", ""]


def test_a_header_cell_longer_than_a_header_word_between_two_that_name_columns() -> None:
    # rows numbered 1 and 2, each quoting no item: the long header cell stands in the header
    tasks = parse_tasks(
        _TITLE
        + _flat_header()
        + "1\n县交通运输局\n新改建农村公路80公里。\n已完成35公里。\n45%\n"
        + "2\n县公路事业发展中心\n完成危桥改造10座。\n已完成4座。\n40%"
    )
    assert [t.path for t in tasks] == [["1"], ["2"]]
    assert [t.lead for t in tasks] == [["县交通运输局"], ["县公路事业发展中心"]]


def test_a_table_whose_only_row_is_numbered_later_than_one() -> None:
    # the bureau's part of a longer list: its one row keeps the list's number
    row = "12\n县交通运输局\n新改建农村公路80公里。\n已完成35公里。\n45%"
    tasks = parse_tasks(_TITLE + _flat_header("完成情况") + row)
    assert [t.path for t in tasks] == [["12"]]
    assert tasks[0].lead == ["县交通运输局"]
