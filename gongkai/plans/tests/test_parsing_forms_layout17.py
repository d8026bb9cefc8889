"""Forms of a task table's layout (forms_eval.py 38-43), on made-up text: columns in another
order, an empty remarks column or a progress column at the end, header cells broken inside
their words, a two-level header (责任单位 over 牵头 | 配合), and cells one per line set apart by
blank lines in a document wrapped at a width."""

from __future__ import annotations

from .forms_eval import (
    cells_blank_lines_numbers,
    columns_reordered,
    extra_columns,
    header_two_lines,
    no_title_table,
    progress_column,
)
from .helpers import parse_text


def _rows(text: str) -> list[tuple[str, list[str], str]]:
    return [("/".join(t.path), sorted(t.units), t.deadline) for t in parse_text(text).tasks]


TITLE = "某市2024年政务公开重点工作任务分工"
ROWS = [
    ("1", "做好预算公开工作。", "某市财政局", "各区县政府", "2024年6月底前"),
    ("2", "推进规划信息公开。", "某市规划局", "某市发改委", "持续推进"),
    ("3", "加强政策解读回应。", "某市政府办", "各有关单位", "2024年12月底前"),
]
HEAD = ("序号", "工作任务", "牵头部门", "配合部门", "时限要求")
PIPE_ROWS = [" | ".join(r) + " |" for r in ROWS]
EXPECTED = [(r[0], sorted([r[2], r[3]]), r[4]) for r in ROWS]


def test_pipe_table_of_lead_support_and_time_columns() -> None:
    assert _rows("\n".join([TITLE, " | ".join(HEAD) + " |", *PIPE_ROWS])) == EXPECTED


def test_that_table_one_cell_per_line_with_blank_lines() -> None:
    text = "\n\n".join([TITLE, *HEAD, *(c for r in ROWS for c in r)])
    assert _rows(text) == EXPECTED


def test_that_table_going_on_after_a_page_break_without_its_header() -> None:
    text = "\n".join([TITLE, " | ".join(HEAD) + " |", *PIPE_ROWS[:2], "- 2 -", PIPE_ROWS[2]])
    assert _rows(text) == EXPECTED


def test_time_limit_column_before_the_unit_columns() -> None:
    head = "序号 | 工作任务 | 时限要求 | 牵头部门 | 配合部门 |"
    rows = [" | ".join([r[0], r[1], r[4], r[2], r[3]]) + " |" for r in ROWS]
    assert _rows("\n".join([TITLE, head, *rows])) == EXPECTED


def test_progress_column_is_neither_unit_nor_time_limit() -> None:
    reports = ("已完成", "正在推进", "按计划推进中")
    rows = [f"{line} {p} |" for line, p in zip(PIPE_ROWS, reports, strict=True)]
    text = "\n".join([TITLE, " | ".join(HEAD) + " | 进展情况 |", *rows])
    assert _rows(text) == EXPECTED


def test_header_cells_broken_inside_their_words() -> None:
    # a narrow column's header wraps: 牵头 / 部门, 时限 / 要求, the lines glued back
    head = "序号 | 工作任务 | 牵头\n部门 | 配合\n部门 | 时限\n要求 |"
    text = "\n".join([TITLE, head, *PIPE_ROWS])
    assert _rows(text) == EXPECTED


def test_header_with_a_unit_cell_broken_inside_its_word_over_spanned_rows() -> None:
    text = "\n".join(
        [
            "工作任务 | 具体要求 | 责任",
            "单位 |",
            "一、推进重点领域公开 | 1.做好预算公开工作。 | 某市财政局 |",
            "2.推进规划信息公开。 | 某市规划局 |",
            "二、加强政策解读 | 3.加强政策解读回应。 | 某市政府办 |",
        ]
    )
    assert [(p, u) for p, u, _ in _rows(text)] == [
        ("一/1", ["某市财政局"]),
        ("一/2", ["某市规划局"]),
        ("二/3", ["某市政府办"]),
    ]


def test_two_level_header_written_in_place() -> None:
    text = "\n".join(
        [TITLE, "序号 | 工作任务 | 责任单位 | | 时限要求 |", "| | 牵头 | 配合 | |", *PIPE_ROWS]
    )
    assert _rows(text) == EXPECTED


def test_two_level_header_whose_spanning_cells_the_copy_dropped() -> None:
    head = ["序号 | 工作任务 | 责任单位 | 时限要求 |", "牵头 | 配合 |"]
    text = "\n".join([TITLE, *head, *PIPE_ROWS])
    assert _rows(text) == EXPECTED


def test_empty_remarks_column_beyond_rows_wider_than_the_header() -> None:
    # the header's first cell spans the group column and the number column the rows print;
    # the rows leave the remarks column empty: the header reaches one column beyond them
    text = "\n".join(
        [
            "工作任务 | 具体要求 | 责任单位 | 时限要求 | 备注 | ||",
            "一、推进重点领域公开 | 1 | 做好预算公开工作,及时公开预算信息。 | 某市财政局"
            " | 2024年6月底前 | |",
            "2 | 推进规划信息公开,及时公开规划信息。 | 某市规划局 | 持续推进 | ||",
            "二、加强政策解读 | 3 | 加强政策解读回应,及时回应社会关切。 | 某市政府办"
            " | 2024年12月底前 | |",
        ]
    )
    assert _rows(text) == [
        ("一/1", ["某市财政局"], "2024年6月底前"),
        ("一/2", ["某市规划局"], "持续推进"),
        ("二/3", ["某市政府办"], "2024年12月底前"),
    ]


# a preamble broken at a fixed width (28 characters), as a PDF's copy: the text is rejoined
_WRAPPED = [
    "为深入贯彻落实上级关于政务公开工作的部署要求，进一步提",
    "升政务公开工作质效，推动各项工作任务落到实处，现将本年",
    "度政务公开重点工作任务分解如下，请各单位结合实际认真抓",
    "好落实，确保各项任务按时保质完成，并及时报送工作进展情",
    "况和典型经验做法，各单位主要负责同志要亲自研究部署，分",
    "管负责同志要具体抓好落实，明确专人负责，建立工作台账，",
    "逐项细化工作措施，确保责任到人，对工作推进不力、进度滞",
    "后的单位，将适时进行通报，并纳入年度政务公开考核内容之",
    "中，各单位要加强信息报送工作，及时总结推广好的经验和做",
    "法，切实提高政务公开工作的针对性和实效性，不断提升群众",
    "满意度和获得感，为建设法治政府和服务型政府提供有力支撑。",
]


def test_cells_one_per_line_set_apart_by_blank_lines_in_a_wrapped_copy() -> None:
    # a text cell as long as the preamble's lines is no line wrapped at that width: each line
    # of a table flattened one cell per line is a cell of its own
    rows = [
        ("1", "做好预算公开工作，及时公开本级预算和部门预算信息情况", "某市财政局", "6月底前"),
        ("2", "推进规划信息公开，及时公开国土空间规划编制实施情况", "某市规划局", "持续推进"),
        ("3", "加强政策解读回应，围绕重大政策开展多种形式解读工作", "某市政府办", "年底前"),
    ]
    cells = ["序号", "工作任务", "责任单位", "完成时限", *(c for r in rows for c in r)]
    text = "\n".join([TITLE, *_WRAPPED, "", "\n\n".join(cells)])
    assert _rows(text) == [(r[0], [r[2]], r[3]) for r in rows]


def test_cells_one_per_line_under_headings_standing_as_rows() -> None:
    # 工作任务 / 具体要求 / 责任单位 / 完成时限, blank lines between cells: the group headings
    # stand as rows, each row under them one cell short (its text, units, time limit)
    cells = [
        *("工作任务", "具体要求", "责任单位", "完成时限"),
        "一、推进决策公开",
        *("1.做好重大决策预公开工作。", "县政府办", "2024年6月底前"),
        *("2.推进政策解读工作。", "县司法局", "持续推进"),
        "二、加强平台建设",
        *("3.优化政府网站栏目设置。", "县融媒体中心", "2024年12月底前"),
    ]
    assert _rows("\n\n".join([TITLE, *cells])) == [
        ("一/1", ["县政府办"], "2024年6月底前"),
        ("一/2", ["县司法局"], "持续推进"),
        ("二/3", ["县融媒体中心"], "2024年12月底前"),
    ]


def test_cells_one_per_line_under_headings_time_limit_column_first() -> None:
    cells = [
        *("工作任务", "具体要求", "完成时限", "责任单位"),
        "一、推进决策公开",
        *("1.做好重大决策预公开工作。", "2024年6月底前", "县政府办"),
        *("2.推进政策解读工作。", "持续推进", "县司法局"),
    ]
    assert _rows("\n\n".join([TITLE, *cells])) == [
        ("一/1", ["县政府办"], "2024年6月底前"),
        ("一/2", ["县司法局"], "持续推进"),
    ]


# ---------------------------------------------------------------- the transforms themselves
_TABLE = "\n".join(
    [
        TITLE,
        "各单位：现将任务分工印发给你们，请认真抓好落实。",
        "工作任务 | 具体要求 | 责任单位 | 完成时限 |",
        "一、推进重点领域公开 | 1.做好预算公开工作。 | 某市财政局 | 2024年6月底前 |",
        "2.推进规划信息公开。 | 某市规划局 | 持续推进 |",
    ]
)


def test_columns_reordered_moves_the_time_limit_before_the_units() -> None:
    out = columns_reordered(_TABLE).split("\n")
    assert out[2] == "工作任务 | 具体要求 | 完成时限 | 责任单位 |"
    assert out[4] == "2.推进规划信息公开。 | 持续推进 | 某市规划局 |"


def test_extra_and_progress_columns_add_a_last_column() -> None:
    head = extra_columns(_TABLE).split("\n")[2]
    assert head == "工作任务 | 具体要求 | 责任单位 | 完成时限 | 备注 |"
    out = progress_column(_TABLE).split("\n")
    assert out[2].endswith(("| 进展情况 |", "| 完成情况 |"))
    assert out[3].rsplit("|", 2)[1].strip() in ("已完成", "正在推进", "按计划推进中")


def test_no_title_table_keeps_the_table_alone() -> None:
    assert no_title_table(_TABLE).split("\n")[0] == "工作任务 | 具体要求 | 责任单位 | 完成时限 |"
    # a numbered item before the table: the tasks are not all in the table, left as it is
    assert no_title_table("一、总体要求\n" + _TABLE) == "一、总体要求\n" + _TABLE


def test_header_two_lines_and_numbered_cells_one_per_line() -> None:
    assert header_two_lines(_TABLE).split("\n")[2:5] == [
        "工作任务 | 具体要求 | 责任",
        "单位 | 完成",
        "时限 |",
    ]
    numbered = "\n".join([TITLE, " | ".join(HEAD) + " |", *PIPE_ROWS])
    out = cells_blank_lines_numbers(numbered).split("\n")
    assert out[1:5] == ["序号", "", "工作任务", ""]
    assert out[11:13] == ["1", ""]
