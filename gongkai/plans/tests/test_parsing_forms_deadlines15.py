"""Forms of the fifteenth batch: time-limit labels, naming notes in unit lists, progress reports."""

from __future__ import annotations

import pytest

from gongkai.plans.parsing.columns import column_role
from gongkai.plans.parsing.deadlines import interpret
from gongkai.plans.parsing.statements import parse_statement

from .helpers import parse_text, table_text


def _rows(plan) -> list[tuple[str, list[str], list[str], str]]:
    return [("/".join(t.path), t.lead, t.units, t.deadline) for t in plan.tasks]


TIME_LABELS = [
    "完成时限",
    "完成时间",
    "时限要求",
    "时间要求",
    "责任时限",
    "办结时限",
    "完成期限",
    "时间节点",
    "时间安排",
    "进度安排",
    "时限",
    "完成時限",
    "時間節點",
    "時限要求",
    "責任時限",
    "辦結時限",
    "完成時間",
]


@pytest.mark.parametrize("label", TIME_LABELS)
def test_time_label_first_in_a_bracket_of_labelled_statements(label: str) -> None:
    plan = parse_text(
        "一、推进财政信息公开\n"
        f"（一）公开预算信息。做好预算公开。（{label}：2022 年底前，牵头单位：市财政局、"
        "市发展改革委，责任单位：各县（区）政府、市直各部门）\n"
        f"（二）公开规划信息。（牵头单位：市自然资源局；责任单位：各县（区）政府；{label}："
        "2023年 6月底前）"
    )
    assert _rows(plan) == [
        (
            "一/（一）",
            ["市财政局", "市发展改革委"],
            ["市财政局", "市发展改革委", "各县（区）政府", "市直各部门"],
            "2022 年底前",
        ),
        ("一/（二）", ["市自然资源局"], ["市自然资源局", "各县（区）政府"], "2023年 6月底前"),
    ]
    assert [t.due for t in plan.tasks] == ["2022-12-31", "2023-06-30"]


@pytest.mark.parametrize("label", TIME_LABELS)
def test_time_label_on_its_own_line_and_on_the_unit_line(label: str) -> None:
    plan = parse_text(
        "2022年某市政务公开工作要点\n"
        "一、推进财政信息公开\n"
        "1.公开预算信息。做好预算公开。\n"
        "责任单位：市财政局\n"
        f"{label}：2022年6月底前\n"
        "2.公开规划信息。\n"
        "牵头单位：市自然资源局\n"
        "责任单位：各县（区）政府\n"
        f"{label}：持续推进\n"
        "3.公开统计信息。\n"
        f"责任单位：市统计局  {label}：2022 年底前\n"
        "4.公开审计信息。\n"
        f"牵头单位：市审计局；责任单位：市直各部门；{label}：每季度"
    )
    assert _rows(plan) == [
        ("一/1", [], ["市财政局"], "2022年6月底前"),
        ("一/2", ["市自然资源局"], ["市自然资源局", "各县（区）政府"], "持续推进"),
        ("一/3", [], ["市统计局"], "2022 年底前"),
        ("一/4", ["市审计局"], ["市审计局", "市直各部门"], "每季度"),
    ]
    assert [(t.due, t.recurrence) for t in plan.tasks] == [
        ("2022-06-30", None),
        (None, "continuous"),
        ("2022-12-31", None),
        (None, "quarterly"),
    ]


def _table_lines(header: list[str], rows: list[list[str]], form: str) -> str:
    return table_text("某市2022年政务公开重点任务分工表", [header, *rows], form)


@pytest.mark.parametrize("form", ["pipes", "tabs", "cells"])
@pytest.mark.parametrize(
    "label", ["时间安排", "进度安排", "责任时限", "時限要求", "时间节点", "时限"]
)
def test_time_label_as_a_table_column(label: str, form: str) -> None:
    text = _table_lines(
        ["序号", "工作任务", "责任单位", label],
        [
            ["1", "公开预算信息。", "市财政局", "2022 年底前"],
            ["2", "公开规划信息。", "市自然资源局牵头，各县（区）政府配合", "持续推进"],
            ["3", "公开统计信息。", "市统计局", "2023年 6月底前"],
        ],
        form,
    )
    plan = parse_text(text)
    assert _rows(plan) == [
        ("1", [], ["市财政局"], "2022 年底前"),
        ("2", ["市自然资源局"], ["市自然资源局", "各县（区）政府"], "持续推进"),
        ("3", [], ["市统计局"], "2023年 6月底前"),
    ]
    assert [t.due for t in plan.tasks] == ["2022-12-31", None, "2023-06-30"]


def test_time_label_first_then_units_without_a_label() -> None:
    stmt = parse_statement("完成时限：年底前；市财政局牵头，市直各部门配合")
    assert (stmt.deadline, stmt.lead, stmt.units) == (
        "年底前",
        ["市财政局"],
        ["市财政局", "市直各部门"],
    )
    # a time limit written in steps stays whole
    stmt = parse_statement("完成时限：2022年底前完成初稿，2023年6月底前印发；责任单位：市财政局")
    assert (stmt.deadline, stmt.units) == ("2022年底前完成初稿，2023年6月底前印发", ["市财政局"])


@pytest.mark.parametrize(
    ("text", "units"),
    [
        (
            "责任单位：各县（区）人民政府（以下统称各县（区）政府）、市直各部门",
            ["各县（区）人民政府", "市直各部门"],
        ),
        (
            "责任单位：各县（区）人民政府〔以下统称各县（区）政府〕、市直各部门",
            ["各县（区）人民政府", "市直各部门"],
        ),
        (
            "牵头单位：市发展和改革委员会（以下简称市发改委）；责任单位：市财政局",
            ["市发展和改革委员会", "市财政局"],
        ),
        (
            "责任单位：各县（区）人民政府，以下统称各县（区）政府；市直各部门",
            ["各县（区）人民政府", "市直各部门"],
        ),
        (
            "牵头单位：市发展和改革委员会，以下简称市发改委，责任单位：市财政局",
            ["市发展和改革委员会", "市财政局"],
        ),
        ("责任单位：市统计局（下同）、市直各部门", ["市统计局", "市直各部门"]),
        ("责任单位：市直有关单位（见附件1），各县（区）政府", ["市直有关单位", "各县（区）政府"]),
        ("責任單位：市統計局（見附件2）、市直各部門", ["市統計局", "市直各部門"]),
        ("責任單位：市發展和改革委員會（以下簡稱市發改委）", ["市發展和改革委員會"]),
    ],
)
def test_naming_notes_in_a_unit_list_are_no_units(text: str, units: list[str]) -> None:
    assert parse_statement(text).units == units


def test_naming_notes_in_an_item_bracket() -> None:
    plan = parse_text(
        "一、推进财政信息公开\n"
        "（一）公开预算信息。（牵头单位：市发展和改革委员会（以下简称市发改委）；责任单位："
        "各县（区）人民政府（以下统称各县（区）政府）；完成时限：2022年底前）\n"
        "（二）公开规划信息。（牵头单位：市发改委；责任单位：各县（区）政府）"
    )
    assert _rows(plan) == [
        (
            "一/（一）",
            ["市发展和改革委员会"],
            ["市发展和改革委员会", "各县（区）人民政府"],
            "2022年底前",
        ),
        ("一/（二）", ["市发改委"], ["市发改委", "各县（区）政府"], ""),
    ]


@pytest.mark.parametrize(
    "progress",
    [
        "推进落实情况",
        "完成情况",
        "进展情况",
        "落实情况",
        "工作进展",
        "完成进度",
        "工作进度",
        "推进进度",
        "落实情况说明",
        "推进情况（截至6月底）",
        "完成情况及下步打算",
    ],
)
@pytest.mark.parametrize("form", ["pipes", "tabs", "cells"])
def test_progress_column_of_a_report_is_neither_unit_nor_deadline(progress: str, form: str) -> None:
    text = _table_lines(
        ["序号", "任务", "时限", progress],
        [
            ["1", "公开预算信息。", "年底前", "已完成，县财政局负责。"],
            ["2", "公开规划信息。", "持续推进", "已完成80%，县自然资源局牵头。"],
            ["3", "公开统计信息。", "6月底前", "已完成"],
        ],
        form,
    ).replace("重点任务分工表", "重点工作推进落实情况")
    plan = parse_text(text)
    assert _rows(plan) == [
        ("1", [], [], "年底前"),
        ("2", [], [], "持续推进"),
        ("3", [], [], "6月底前"),
    ]


def test_progress_and_remarks_columns_beside_a_deadline_column() -> None:
    text = _table_lines(
        ["序号", "工作任务", "完成时限", "完成情况", "备注"],
        [
            ["1", "公开预算信息。", "年底前", "已完成", "县财政局"],
            ["2", "公开规划信息。", "持续推进", "正在推进", "已上报"],
        ],
        "pipes",
    )
    assert _rows(parse_text(text)) == [("1", [], [], "年底前"), ("2", [], [], "持续推进")]


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("完成进度", "ignore"),
        ("工作进度", "ignore"),
        ("落实情况说明", "ignore"),
        ("进度安排", "deadline"),
        ("时间进度", "deadline"),
        ("责任时限", "deadline"),
    ],
)
def test_progress_headers(header: str, role: str) -> None:
    assert column_role(header) == role


@pytest.mark.parametrize(
    ("text", "due", "recurrence"),
    [
        ("每季度", None, "quarterly"),
        ("每月", None, "monthly"),
        ("常态化", None, "continuous"),
        ("长期坚持", None, "continuous"),
        ("持续推进", None, "continuous"),
        ("上半年", "2022-06-30", None),
        ("下半年", "2022-12-31", None),
        ("年内", "2022-12-31", None),
        ("第三季度", "2022-09-30", None),
        ("2023年6月底前", "2023-06-30", None),
        ("2023年 6月底前", "2023-06-30", None),
        ("2022 年底前", "2022-12-31", None),
        ("每年3月底前", "2022-03-31", "yearly"),
        ("每季度末", None, "quarterly"),
        ("立行立改", None, None),
    ],
)
def test_due_and_recurrence_of_values_users_see(
    text: str, due: str | None, recurrence: str | None
) -> None:
    result = interpret(text, 2022)
    assert (result.due, result.recurrence) == (due, recurrence)


@pytest.mark.parametrize(
    "value",
    [
        "2022 年底前完成",
        "2023年 6月底前",
        "2022 年 6 月底前",
        "每年3月底前",
        "每月10日前",
        "每季度末",
        "每季度第一个月10日前",
        "2023年6月底前完成，并持续推进",
        "常态化开展",
        "持续实施",
        "2022年度",
    ],
)
def test_unlabelled_time_limit_after_the_unit_lists(value: str) -> None:
    stmt = parse_statement(f"牵头单位：市财政局，责任单位：市直各部门，{value}")
    assert (stmt.deadline, stmt.units) == (value, ["市财政局", "市直各部门"])
    plan = parse_text(f"一、推进财政信息公开\n1.公开预算信息。（市财政局负责，{value}）")
    assert _rows(plan) == [("一/1", [], ["市财政局"], value)]


def test_unbracketed_units_and_time_label_closing_an_item() -> None:
    plan = parse_text(
        "2022年某市政务公开工作要点\n"
        "一、推进财政信息公开\n"
        "1.公开预算信息。市财政局牵头，市直各部门配合，完成时限：年底前。\n"
        "2.公开规划信息。市自然资源局牵头，各县（区）政府配合。時限要求：2022年6月底前。\n"
        "3.公开统计信息。\n"
        "市统计局牵头，市直各部门配合，时间节点：持续推进。\n"
        "4.公开审计信息，各单位要加强领导，责任时限：2022 年底前。\n"
        "5.公开审计信息，各单位要加强领导，完成时限：按要求完成。"
    )
    assert _rows(plan) == [
        ("一/1", ["市财政局"], ["市财政局", "市直各部门"], "年底前"),
        ("一/2", ["市自然资源局"], ["市自然资源局", "各县（区）政府"], "2022年6月底前"),
        ("一/3", ["市统计局"], ["市统计局", "市直各部门"], "持续推进"),
        ("一/4", [], [], "2022 年底前"),
        ("一/5", [], [], ""),  # the value is no time limit: the label is part of the text
    ]


def test_section_heading_and_first_item_on_one_line_with_a_time_label_first() -> None:
    plan = parse_text(
        "某市2022年政务公开工作要点\n"
        "为深入贯彻落实政务公开工作部署，结合我市实际，制定本要点。\n"
        "一、聚焦重点领域，提升政务公开质量 （一）规范财政资金领域信息公开。加大预算公开力度。"
        "（责任时限：2022 年底前，牵头单位：市财政局、市统计局，责任单位：各县（区）政府、"
        "各管理区管委会、开发区管委会，以下统称各县（区）政府，市政府各部门）"
        "（二）规范规划领域信息公开。（牵头单位：市自然资源局）\n"
        "二、做好政策解读 （一）解读政策文件。（牵头单位：市政府办公室）"
    )
    assert _rows(plan) == [
        (
            "一/（一）",
            ["市财政局", "市统计局"],
            [
                "市财政局",
                "市统计局",
                "各县（区）政府",
                "各管理区管委会",
                "开发区管委会",
                "市政府各部门",
            ],
            "2022 年底前",
        ),
        ("一/（二）", ["市自然资源局"], ["市自然资源局"], ""),
        ("二/（一）", ["市政府办公室"], ["市政府办公室"], ""),
    ]
    assert plan.tasks[0].due == "2022-12-31"


OWN_NUMBERS_REPORT = [
    "某县某局2023年政务公开重点工作推进落实情况（5月）",
    "发布时间：2023-06-01",
    "指标序号",
    "任务",
    "时限",
    "推进落实情况",
    "22",
    "做好救助政策解读。",
    "持续推进",
    "推进中",
    "24",
    "公开养老服务信息。",
    "年底前",
    "已落实",
    "36,37",
    "1、公开低保信息。",
    "2、公开特困供养信息。",
    "持续推进",
    "5月份推送2篇稿件",
    "4243",
    "1、做好婚姻登记信息公开。",
    "2、做好殡葬服务信息公开。",
    "年底前",
    "推进中",
    "扫一扫在手机打开当前页",
]


@pytest.mark.parametrize("blank", [False, True])
def test_progress_report_one_cell_per_line_numbered_by_a_lists_own_numbers(blank: bool) -> None:
    # rows numbered by the indicator numbers of the list reported on (22, 24 …), a row holding
    # two of them (36,37, or 4243 with the separator lost) with two numbered task lines
    lines = [f"    {c}" for c in OWN_NUMBERS_REPORT] if blank else OWN_NUMBERS_REPORT
    plan = parse_text(("\n\n" if blank else "\n").join(lines))
    assert _rows(plan) == [
        ("22", [], [], "持续推进"),
        ("24", [], [], "年底前"),
        ("36,37/1", [], [], "持续推进"),
        ("36,37/2", [], [], "持续推进"),
        ("4243/1", [], [], "年底前"),
        ("4243/2", [], [], "年底前"),
    ]


def test_indicator_number_header() -> None:
    assert column_role("指标序号") == "number"
    assert column_role("任务编号") == "number"


@pytest.mark.parametrize("form", ["pipes", "tabs", "cells"])
@pytest.mark.parametrize("order", ["limit_first", "schedule_first"])
def test_schedule_and_steps_columns_beside_the_time_limit(form: str, order: str) -> None:
    # a monthly schedule (分月序时进度) beside the 完成时限 column is no deadline; the steps
    # (实施步骤) name no unit
    header = ["序号", "工作任务", "完成时限", "分月序时进度", "实施部门", "实施步骤"]
    rows = [
        ["1", "做好低保信息公开。", "2025年12月底", "①1-3月份，完成摸底；②4-6月份，完成公开"],
        ["2", "做好养老服务信息公开。", "2025年6月底", "①1-3月份，完成摸底"],
    ]
    rows[0] += ["低保中心", "按季度序时推进"]
    rows[1] += ["养老服务中心", "按月推进"]
    if order == "schedule_first":
        header[2], header[3] = header[3], header[2]
        for r in rows:
            r[2], r[3] = r[3], r[2]
    plan = parse_text(_table_lines(header, rows, form))
    assert _rows(plan) == [
        ("1", [], ["低保中心"], "2025年12月底"),
        ("2", [], ["养老服务中心"], "2025年6月底"),
    ]
