"""Forms several transforms of forms_eval.py give together (``--combos``), on made-up text: the
rules the composed forms showed missing, one test each; and a fast slice of fixed compositions
on the tuning part."""

from __future__ import annotations

import pytest

from gongkai.plans.parsing import parse_blocks
from gongkai.plans.parsing.model import Block
from tests.eval_report import record

from .forms_eval import combinations, score_combo, tuning_documents
from .helpers import parse_text


def _tasks(plan) -> list[tuple[str, list[str]]]:
    return [("/".join(t.path), t.units) for t in plan.tasks]


# heading_with_first_item + full_width_digits: the first item's number in full-width digits
def test_section_heading_with_its_first_item_numbered_in_full_width_digits() -> None:
    plan = parse_text(
        "某区文旅局２０２６年工作要点\n"
        "一、聚焦服务提升,完善公共文化场馆开放 １．完善场馆开放制度，延长周末开放时间。\n"
        "责任单位：场馆科、办公室。\n"
        "２．改进线上预约流程，减少排队等候。\n"
        "责任单位：信息科。\n"
        "二、加强队伍建设\n"
        "３．开展业务培训，提高讲解质量。\n"
        "责任单位：人事科。"
    )
    assert _tasks(plan) == [
        ("一/1", ["场馆科", "办公室"]),
        ("一/2", ["信息科"]),
        ("二/3", ["人事科"]),
    ]


# run_on_body + deadline_value_spaces: a web copy run on one line, its dates' numbers spaced
def test_run_on_body_with_dates_spaced_is_not_cut_inside_a_date() -> None:
    plan = parse_text(
        "某县2026 年政务公开工作要点\n"
        "为做好 2026 年政务公开工作，制定本要点。 一、深化重点领域公开 "
        "1.依照《某省公共服务清单(2026 年版)》，更新办事指南和服务事项。"
        "(责任单位:县政务服务中心、县民政局) "
        "2.做好预算公开工作，于 2026 年 6 月底前同步发布解读材料。(责任单位:县财政局) "
        "3.及时发布政策解读，回应群众关切。(责任单位:县政府办) "
        "二、加强平台建设 4.整合政务新媒体账号，规范信息发布流程。(责任单位:各有关单位)"
    )
    assert _tasks(plan) == [
        ("一/1", ["县政务服务中心", "县民政局"]),
        ("一/2", ["县财政局"]),
        ("一/3", ["县政府办"]),
        ("二/4", ["各有关单位"]),
    ]


# pinyin_noise + a file form: a Word file's (or a page's, a PDF's) table holds the noise too
def test_pinyin_noise_in_a_file_table_s_cells_is_dropped() -> None:
    from gongkai.plans.parsing.model import Cell

    def row(*cells: str) -> list[Cell]:
        return [Cell(c) for c in cells]

    plan = parse_blocks(
        [
            Block("para", "某县(xiàn)农业农村局2026年政务(wù)公开工作安排"),
            Block("para", "为做好本年度公开工作(zuò)，制定本安排。"),
            Block(
                "table",
                rows=[
                    row("序号", "工作任务", "责任科室"),
                    row("1", "公开(kāi)惠农补贴发放情况。", "计财(cái)科"),
                    row("2", "公开农村人居环境整治进展。", "社会事业(yè)科"),
                    row("3", "公开(kāi)农产品质量抽检结果。", "质监科"),
                ],
            ),
        ]
    )
    assert _tasks(plan) == [("1", ["计财科"]), ("2", ["社会事业科"]), ("3", ["质监科"])]


# tab_cells + page_furniture: the page's footer sets its fields apart by a full-width space
def test_tab_rows_above_a_footer_of_fields_set_apart_by_a_gap() -> None:
    plan = parse_text(
        "某县2026年政务公开任务清单\n"
        "工作任务\t具体要求\t责任单位\t完成时限\t备注\n"
        "一、深化政策公开。\t1\t及时发布规范性文件并同步解读。\t县司法局\t持续推进\n"
        "2\t开设惠企政策专栏，集中发布兑现情况。\t县工信局\t6月底前\n"
        "二、优化平台建设。\t3\t完善政府网站栏目设置。\t县政府办\t年底前\n"
        "【打印本页】【关闭窗口】\n"
        "主办单位：某县人民政府办公室\u3000承办单位：某县信息中心"
    )
    assert [(p, u, t.deadline) for (p, u), t in zip(_tasks(plan), plan.tasks, strict=True)] == [
        ("一/1", ["县司法局"], "持续推进"),
        ("一/2", ["县工信局"], "6月底前"),
        ("二/3", ["县政府办"], "年底前"),
    ]


# page_furniture + run_on_body: a page that lost its line breaks, its fields run on into the body
def test_page_fields_running_on_into_the_body_are_not_dropped_with_it() -> None:
    plan = parse_text(
        "首页 > 政务公开 > 通知公告\n"
        "标题：某县2026年政务公开工作要点\n"
        "索引号：00112233/2026-00012 发文日期：2026年3月2日 发布时间：2026-03-02 "
        "【字体：大 中 小】打印 某县2026年政务公开工作要点 为深入推进基层政务公开标准化规范化"
        "建设，进一步提升政务公开质量和实效，结合本县实际，制定本要点。 "
        "一、深化重点领域信息公开 1.做好财政预决算公开工作，按规定时限公开部门预算和决算，"
        "细化到功能分类的项级科目，同步做好解读说明。（责任单位：县财政局、各预算单位） "
        "2.做好重大建设项目批准和实施信息公开，及时发布项目审批、招标投标、施工进度等信息，"
        "方便群众查询监督。（责任单位：县发展改革局） "
        "二、提升政务公开平台效能 3.加强政府网站内容保障，定期开展栏目自查，对更新不及时、"
        "内容不准确的栏目限期整改，确保信息发布及时准确。（责任单位：县政府办公室） "
        "4.规范政务新媒体运营管理，健全信息发布审核制度，提升互动回应质量和时效。"
        "（责任单位：县委网信办、各乡镇人民政府）"
    )
    assert _tasks(plan) == [
        ("一/1", ["县财政局", "各预算单位"]),
        ("一/2", ["县发展改革局"]),
        ("二/3", ["县政府办公室"]),
        ("二/4", ["县委网信办", "各乡镇人民政府"]),
    ]


# spaced_cells + blank_lines_between: a table set by gaps, a blank line after every line
def test_gap_table_with_a_blank_line_after_every_line() -> None:
    plan = parse_text(
        "某县2026年政务公开重点任务分工\n\n"
        "工作任务    具体要求    责任单位\n\n"
        "一、深化政策公开    1.及时公开年度预算和决算信息，细化到项级科目。    县财政局\n\n"
        "2.做好重大项目审批结果公开。    县发展改革局\n\n"
        "二、优化服务平台    3.更新政务服务事项办事指南，方便群众查询。    县政务服务中心\n\n"
        "4.规范政务新媒体信息发布审核。    县委网信办\n"
    )
    assert _tasks(plan) == [
        ("一/1", ["县财政局"]),
        ("一/2", ["县发展改革局"]),
        ("二/3", ["县政务服务中心"]),
        ("二/4", ["县委网信办"]),
    ]


def _wrapped(paragraphs: list[str], width: int) -> str:
    return "\n".join(p[k : k + width] for p in paragraphs for k in range(0, len(p), width))


# unit_label_brackets + pdf_rewrap: labels in square brackets in text broken at a fixed width
# (a label closing a line, a label broken inside its brackets)
def test_bracketed_labels_in_text_broken_at_a_fixed_width() -> None:
    items = [
        "1.推进政务服务事项标准化。梳理全县依申请政务服务事项，统一事项名称、设定依据、"
        "办理条件和申请材料，形成标准化目录并向社会公开，方便企业群众查询办事。【牵头单位】"
        "县行政审批局；【责任单位】县直有关部门",
        "2.深化政务数据共享应用。依托县级共享交换平台，推动人口、法人、证照等基础数据按需共享，"
        "减少重复提交材料，提升跨部门协同办理效率，年内实现高频事项数据共享全覆盖。【牵头单位】县大数据中心；"
        "【责任单位】县公安局、县市场监管局",
        "3.完善基层便民服务体系。推动政务服务向乡镇村居延伸，规范便民服务站点建设标准，"
        "配齐自助服务设备，培训代办帮办人员，让群众就近办成更多事项，减少来回奔波次数。"
        "【牵头单位】县行政审批局；【责任单位】各乡镇人民政府",
    ]
    preamble = (
        "为进一步提升全县政务服务水平，优化营商环境，增强企业和群众办事的便利度和获得感，"
        "结合本县工作实际，现就做好本年度政务服务工作提出如下要点，请各单位认真抓好落实。"
    )
    text = "某县2026年政务服务工作要点\n" + _wrapped([preamble, "一、提升服务效能", *items], 31)
    plan = parse_text(text)
    assert [(p, u, t.lead) for (p, u), t in zip(_tasks(plan), plan.tasks, strict=True)] == [
        ("一/1", ["县行政审批局", "县直有关部门"], ["县行政审批局"]),
        ("一/2", ["县大数据中心", "县公安局", "县市场监管局"], ["县大数据中心"]),
        ("一/3", ["县行政审批局", "各乡镇人民政府"], ["县行政审批局"]),
    ]


# no_title + page_breaks: a copy that lost its title, its pages' running header (the title)
# printed after each page number: the first printing is the header's too, not a title (a page
# of text above it), and it does not stand among the rows
def test_running_header_of_a_copy_that_lost_its_title() -> None:
    from gongkai.plans.parsing.wrapping import drop_running_headers

    head = "某县教育局2026年校园安全工作任务清单"
    rows = [["1.开展校舍安全排查。", "县教育局"], ["2.整改危房隐患。", "县住建局"]]
    last = ["3.加固围墙设施。", "各学校"]
    lines = ["工作任务", "责任单位", *rows[0], "- 1 -", head, *rows[1], "- 2 -", head, *last]
    assert drop_running_headers(lines) == [
        "工作任务", "责任单位", *rows[0], "- 1 -", *rows[1], "- 2 -", *last
    ]  # fmt: skip
    # the title heading the copy stays, even under a page number opening the first page
    for top in ([head], ["- 1 -", head]):
        kept = drop_running_headers([*top, *rows[0], "- 2 -", head, *rows[1]])
        assert kept == [*top, *rows[0], "- 2 -", *rows[1]]


# header_after_page_break + cells_one_per_line: a table one cell per line whose header was
# printed again after a page break (the header's lines go there, the rows stay)
def test_table_one_cell_per_line_with_its_header_printed_again() -> None:
    from gongkai.plans.parsing.normalise import normalise_lines

    header = ["工作任务", "具体要求", "责任单位"]
    first = ["一、做好规划信息公开。", "1.公开国土空间规划及其解读材料。", "县自然资源局"]
    second = ["二、做好财政信息公开。", "2.公开部门预算和决算及相关报表。", "县财政局"]
    lines = normalise_lines([*header, *first, "- 2 -", *header, *second])
    assert lines == [*header, *first, *second]


# unit_label_brackets + pinyin_noise: pinyin inside a label set in square brackets
def test_bracketed_labels_holding_pinyin_noise() -> None:
    plan = parse_text(
        "某县(xiàn)2026年政务(wù)公开工作要点\n"
        "一、深化政务公开\n"
        "1.做好预算公开工作。【牵头(tóu)单位】县财政局；【责(zé)任单(dān)位】各预算单位\n"
        "2.做好规划公开工作。【责(zé)任单位】县自然资源局"
    )
    assert [(p, u, t.lead) for (p, u), t in zip(_tasks(plan), plan.tasks, strict=True)] == [
        ("一/1", ["县财政局", "各预算单位"], ["县财政局"]),
        ("一/2", ["县自然资源局"], []),
    ]


# ---------------------------------------------------------------- a slice of the compositions
# Fixed compositions (``forms_eval --combos`` draws them at random): the ones the rules above
# were written for, and a mirror's forms of a table flattened one cell per line. Each scored
# 1.000 pooled on the tuning part once the rules were in; the floor is 1.000.
COMBOS = (
    ("cells_one_per_line", "page_breaks", "traditional"),
    ("cells_one_per_line", "pinyin_noise", "traditional"),
    ("heading_with_first_item", "full_width_digits"),
    ("run_on_body", "deadline_value_spaces"),
    ("page_furniture", "pinyin_noise", "docx_paragraphs"),
    ("extra_columns", "page_furniture", "tab_cells"),
    ("pdf_copy", "deadline_value_spaces"),
    ("spaced_cells", "blank_lines_between"),
    ("unit_label_brackets", "pdf_rewrap"),
    ("header_after_page_break", "cells_indented_blank"),
    ("unit_label_brackets", "pdf_rewrap", "pinyin_noise"),
    # a converter's Markdown over the forms it meets, and Word's numbering in a traditional copy
    ("heading_with_first_item", "markdown_marks", "no_blank_lines"),
    ("deadline_label_words", "markdown_marks", "pinyin_noise"),
    ("traditional", "docx_auto_numbering"),
)


@pytest.fixture(scope="module")
def docs():
    return tuning_documents()


def test_slice_combinations_are_drawn_ones() -> None:
    assert set(COMBOS) <= set(combinations())


@pytest.mark.parametrize("combo", COMBOS, ids="+".join)
def test_tuning_part_in_composed_forms_is_read_as_well(docs, combo: tuple[str, ...]) -> None:
    (tasks, units, deadlines), _ = score_combo(combo, docs)
    record(
        f"work plans, tuning part as {'+'.join(combo)} ({len(docs)}): "
        f"tasks F1 {tasks:.3f}; units F1 {units:.3f}; deadlines F1 {deadlines:.3f}"
    )
    assert min(tasks, units, deadlines) == 1.0, (tasks, units, deadlines)
