"""Forms of time limits: label and header words, value shapes, a time limit in its own bracket."""

from __future__ import annotations

import pytest

from gongkai.plans.parsing.columns import column_role
from gongkai.plans.parsing.statements import parse_statement

from .forms_eval import (
    deadline_header_words,
    deadline_label_words,
    deadline_value_spaces,
    label_lines_to_bracket,
)
from .helpers import parse_text


def _rows(plan) -> list[tuple[str, list[str], str]]:
    return [("/".join(t.path), t.units, t.deadline) for t in plan.tasks]


# label words of a time limit beyond the common ones (推进时限, 办结时间, 截止日期 …)
MORE_LABELS = [
    "推进时限",
    "工作时限",
    "落实时限",
    "办结时间",
    "截止时间",
    "完成日期",
    "截止日期",
    "完成时点",
    "时间进度",
    "进度要求",
    "完成时间节点",
    "计划完成时间",
    "整改期限",
    "办理期限",
    "推进时间",
    "实施时间",
    "完成年限",
    "辦結時間",
]


@pytest.mark.parametrize("label", MORE_LABELS)
def test_more_time_labels_in_a_bracket_and_on_a_label_line(label: str) -> None:
    plan = parse_text(
        "2021年某市政务公开工作要点\n"
        "一、推进公开\n"
        f"1.公开预算信息。做好预算公开。（责任单位：市财政局；{label}：2021年9月底前）\n"
        f"2.公开规划信息。（{label}：持续推进；责任单位：市规划局）\n"
        "3.公开统计信息。做好统计公开。\n"
        "责任单位：市统计局\n"
        f"{label}：每季度\n"
    )
    assert _rows(plan) == [
        ("一/1", ["市财政局"], "2021年9月底前"),
        ("一/2", ["市规划局"], "持续推进"),
        ("一/3", ["市统计局"], "每季度"),
    ]


def test_a_pages_own_dates_are_no_time_labels() -> None:
    stmt = parse_statement("发布时间：2021年3月1日；成文日期：2021年2月26日")
    assert stmt.deadline == ""


@pytest.mark.parametrize("header", ["完成日期", "截止日期", "完成年限", "完成时点", "计划完成日期"])
def test_date_headers_are_time_limit_columns(header: str) -> None:
    assert column_role(header) == "deadline"
    plan = parse_text(
        "2021年某市政务公开重点任务分工表\n"
        f"序号 | 工作任务 | 责任单位 | {header} |\n"
        "1 | 公开预算信息。 | 市财政局 | 2021年6月30日前 |\n"
        "2 | 公开规划信息。 | 市规划局 | 上半年 |"
    )
    assert _rows(plan) == [("1", ["市财政局"], "2021年6月30日前"), ("2", ["市规划局"], "上半年")]


@pytest.mark.parametrize("header", ["发布日期", "成文日期"])
def test_a_pages_date_headers_are_no_time_limit(header: str) -> None:
    assert column_role(header) != "deadline"


@pytest.mark.parametrize(
    "value", ["按时间节点", "按节点推进", "按进度要求完成", "今年底前", "本年度"]
)
def test_a_time_limit_of_milestones_or_this_year_after_the_units(value: str) -> None:
    plan = parse_text(
        "2021年某市政务公开工作要点\n"
        "一、推进公开\n"
        f"1.公开预算信息。做好预算公开。（市财政局牵头，各区政府配合，{value}）\n"
        "2.公开规划信息。（市规划局负责）"
    )
    assert _rows(plan) == [
        ("一/1", ["市财政局", "各区政府"], value),
        ("一/2", ["市规划局"], ""),
    ]


@pytest.mark.parametrize(
    "value",
    [
        "长期坚持",
        "持续推进",
        "年底前",
        "2021年9月底前",
        "每季度",
        "6月30日前",
        "全年",
        "按时间节点",
        "2021年第三季度",
        "2021年12月31日前",
        "上半年",
        "2021年11月中旬",
        "2021年6月底前完成",
    ],
)
def test_a_time_limit_in_a_bracket_of_its_own(value: str) -> None:
    plan = parse_text(
        "2021年某市政务公开工作要点\n"
        "一、推进公开\n"
        f"1.公开预算信息。做好预算公开。（责任单位：市财政局）（{value}）\n"
        f"2.公开规划信息。做好规划公开。（{value}）（责任单位：市规划局）\n"
        f"3.公开统计信息。做好统计公开。（{value}）\n"
        "4.公开审计信息。（责任单位：市审计局）"
    )
    assert _rows(plan) == [
        ("一/1", ["市财政局"], value),
        ("一/2", ["市规划局"], value),
        ("一/3", [], value),
        ("一/4", ["市审计局"], ""),
    ]


def test_a_year_alone_in_a_closing_bracket_is_no_time_limit() -> None:
    plan = parse_text(
        "2021年某市政务公开工作要点\n"
        "一、推进公开\n"
        "1.编制政府信息公开年度报告（2021年）\n"
        "2.公开规划信息。（责任单位：市规划局）"
    )
    assert _rows(plan) == [("一/1", [], ""), ("一/2", ["市规划局"], "")]


# the forms_eval transforms of time limits, on made-up text
def test_deadline_header_words_renames_a_header_cell_only() -> None:
    text = "序号 | 工作任务 | 责任单位 | 完成时限 |\n1 | 明确完成时限。 | 市财政局 | 年底前 |"
    out = deadline_header_words(text)
    header, row = out.split("\n")
    assert "完成时限" not in header and row.endswith("| 年底前 |") and "明确完成时限。" in row
    assert out == deadline_header_words(text)  # seeded from the text
    trad = "序號 | 工作任務 | 責任單位 | 時限要求 |\n1 | 公開預算。 | 市財政局 | 年底前 |"
    assert "時限要求" not in deadline_header_words(trad).split("\n")[0]
    assert deadline_header_words(trad).split("\n")[1] == trad.split("\n")[1]


def test_deadline_label_words_and_value_spaces() -> None:
    text = "1.公开预算信息。（责任单位：市财政局；完成时限：2021年6月底前）\n完成时限：年底前"
    out = deadline_label_words(text)
    assert "完成时限" not in out and out.count("：2021年6月底前）") == 1
    assert deadline_value_spaces("1.做好公开，2021年6月30日前完成。") == (
        "1.做好公开，2021 年 6 月 30 日前完成。"
    )
    # a line whose cells are set apart by spaces is left
    assert deadline_value_spaces("公开预算 市财政局 6月底前") == "公开预算 市财政局 6月底前"


def test_a_time_limit_in_a_bracket_inside_the_sentence_or_a_title_is_the_texts() -> None:
    plan = parse_text(
        "某市2021年重点工作任务进展情况汇总表（第四季度）\n"
        "一、推进公开\n"
        "1.报送年度报告（1月底前）。（责任单位：市财政局）\n"
        "2.公开规划信息。（责任单位：市规划局）"
    )
    assert _rows(plan) == [("一/1", ["市财政局"], ""), ("一/2", ["市规划局"], "")]


@pytest.mark.parametrize(
    "value",
    [
        "今年6月底前",
        "每年年底前",
        "每年一季度",
        "2021—2025年",
        "2021年—2022年",
        "2021.9",
        "2022年春节前",
        "逐年推进",
        "分阶段推进",
        "立即启动",
    ],
)
def test_more_time_limit_shapes_after_the_units_and_in_their_own_bracket(value: str) -> None:
    plan = parse_text(
        "2021年某市政务公开工作要点\n"
        "一、推进公开\n"
        f"1.公开预算信息。做好预算公开。（市财政局牵头，各区政府配合，{value}）\n"
        f"2.公开规划信息。做好规划公开。（责任单位：市规划局）（{value}）\n"
        f"3.公开统计信息。做好统计公开。市统计局牵头，各区政府配合，{value}。"
    )
    assert _rows(plan) == [
        ("一/1", ["市财政局", "各区政府"], value),
        ("一/2", ["市规划局"], value),
        ("一/3", ["市统计局", "各区政府"], value),
    ]


def test_a_bare_time_word_labels_a_time_limit_among_a_statements_labels() -> None:
    plan = parse_text(
        "2021年某市政务公开工作要点\n"
        "一、推进公开\n"
        "1.公开预算信息。（牵头单位：市财政局；配合单位：各区政府；时间：2021年底前）\n"
        "2.公开规划信息。（责任单位：市规划局；日期：每季度）"
    )
    assert _rows(plan) == [
        ("一/1", ["市财政局", "各区政府"], "2021年底前"),
        ("一/2", ["市规划局"], "每季度"),
    ]


def test_a_time_label_alone_on_its_line_and_its_value_on_the_next() -> None:
    plan = parse_text(
        "2021年某市政务公开工作要点\n"
        "一、推进公开\n"
        "1.公开预算信息。做好预算公开。\n"
        "责任单位：市财政局\n"
        "完成时限：\n"
        "2021年底前\n"
        "2.公开规划信息。\n"
        "责任单位：市规划局\n"
        "时限要求：\n"
        "持续推进"
    )
    assert _rows(plan) == [("一/1", ["市财政局"], "2021年底前"), ("一/2", ["市规划局"], "持续推进")]


@pytest.mark.parametrize("limit", ["完成时限", "计划完成时间"])
@pytest.mark.parametrize("done", ["实际完成时间", "已完成时间", "实际完成日期"])
def test_the_date_work_was_done_in_a_progress_table_is_no_time_limit(limit: str, done: str) -> None:
    assert column_role(done) == "ignore"
    for header in ([limit, done], [done, limit]):
        first = ["2021年6月底前", "2021年5月20日"][:: 1 if header[0] == limit else -1]
        second = ["持续推进", "2021年7月1日"][:: 1 if header[0] == limit else -1]
        plan = parse_text(
            "2021年某市政务公开重点任务进展情况表\n"
            f"序号 | 工作任务 | 责任单位 | {header[0]} | {header[1]} | 进展情况 |\n"
            f"1 | 公开预算信息。 | 市财政局 | {first[0]} | {first[1]} | 已完成 |\n"
            f"2 | 公开规划信息。 | 市规划局 | {second[0]} | {second[1]} | 推进中 |"
        )
        assert _rows(plan) == [
            ("1", ["市财政局"], "2021年6月底前"),
            ("2", ["市规划局"], "持续推进"),
        ]


def test_an_items_line_broken_inside_its_sentence_keeps_the_statement_after_it() -> None:
    plan = parse_text(
        "2018年某局重点工作任务分解\n"
        "1.加快资源统筹中心、孵化基地建设，打造“某某创新\n"
        "梦”创业品牌，努力建设创新型城市。（牵头科室（单位）：甲科；完成时限：2018年12月）\n"
        "2.加强组织领导\n"
        "各科室要明确分工，压实责任。（责任单位：各科室；完成时限：长期坚持）"
    )
    # the heading alone (2.) keeps its paragraph as a task of its own
    assert _rows(plan) == [("1", ["甲科"], "2018年12月"), ("2/¶1", ["各科室"], "长期坚持")]


def test_label_lines_to_bracket_joins_a_run_of_label_lines_to_the_item() -> None:
    text = (
        "1.公开预算信息。做好预算公开。\n"
        "责任单位：市财政局\n"
        "完成时限：2021年底前\n"
        "2.公开规划信息。\n"
        "| 序号 | 责任单位：市规划局 |"
    )
    assert label_lines_to_bracket(text).split("\n") == [
        "1.公开预算信息。做好预算公开。（责任单位：市财政局；完成时限：2021年底前）",
        "2.公开规划信息。",
        "| 序号 | 责任单位：市规划局 |",
    ]
