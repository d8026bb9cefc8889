"""Forms of the seventeenth and eighteenth batches: level words with their other levels in
〔…〕, a list closed by 等…主管部门, a statement's closing bracket garbled into an opening one,
markup left in a web copy's text, lost indents (??) after blanks or indents, and a wrapped
line breaking right after a sentence's end."""

from __future__ import annotations

from gongkai.plans.parsing.normalise import clean_line, normalise_lines
from gongkai.plans.parsing.statements import find_statements
from gongkai.plans.parsing.units import split_units
from gongkai.plans.parsing.wrapping import rejoin_wrapped

from .helpers import parse_text


def _rows(plan) -> list[tuple[str, list[str], list[str]]]:
    return [("/".join(t.path), t.lead, t.units) for t in plan.tasks]


def test_levels_with_their_other_levels_in_tortoise_brackets_are_one_unit() -> None:
    assert split_units("各省〔区〕、市〔州、盟〕政府,各级政府各部门、各单位") == [
        "各省〔区〕、市〔州、盟〕政府",
        "各级政府各部门",
        "各单位",
    ]


def test_a_list_closed_by_etc_and_the_kind_of_office_drops_the_tail() -> None:
    assert split_units("县甲局、县乙委(县丙办)、县丁局等公共服务行业主管部门") == [
        "县甲局",
        "县乙委(县丙办)",
        "县丁局",
    ]


def test_a_note_in_angle_brackets_after_a_unit_is_no_unit() -> None:
    # 〈…〉 is one more pair of brackets a page may print a note in (含…, 下同)
    assert split_units("市甲局、市乙局、各区人民政府〈含开发区、新区管委会,下同〉") == [
        "市甲局",
        "市乙局",
        "各区人民政府",
    ]


def test_a_closing_bracket_garbled_into_an_opening_one_still_closes_the_statement() -> None:
    rest, stmts = find_statements("按月公开某项收支情况。(县甲局牵头(", closing=True)
    assert rest == "按月公开某项收支情况。"
    assert [(s.lead, s.units) for s in stmts] == [(["县甲局"], ["县甲局"])]
    # an opening bracket with nothing before it that reads as a statement is left alone
    rest, stmts = find_statements("做好某项工作(详见(", closing=True)
    assert stmts == []


def test_markup_left_in_a_web_copy_is_dropped_also_when_a_wrap_broke_it() -> None:
    assert clean_line("（一）加强某项引导、/div>") == "（一）加强某项引导、"
    assert clean_line("某某工作要点</p> 正文") == "某某工作要点 正文"
    body = "按旬公开某项收支情况并解读其增减变化情况"
    lines = [body[:20] for _ in range(11)] + ["1.公开某项收支情况。(县甲局牵头(/", "div>"]
    lines = [f"{k}{ln}"[:20] for k, ln in enumerate(lines[:11])] + lines[11:]
    out = normalise_lines(lines)
    assert out[-1].endswith("(县甲局牵头(") and "div" not in out[-1]


def test_lost_indents_after_a_blank_or_an_indent_are_blanks() -> None:
    assert clean_line("\u3000\u3000??1.公开某项信息。") == "1.公开某项信息。"
    assert clean_line("某某工作要点 ??一、总体要求 ??1.公开某项信息。") == (
        "某某工作要点 一、总体要求 1.公开某项信息。"
    )


def _wrapped(width: int = 24) -> str:
    """Two items wrapped at ``width``, the first broken right after a sentence's end."""
    first = "(一)推进甲类信息公开。" + "各部门要公开本地甲类规划和乙类规划" * 6
    first = first[: 3 * width - 1] + "。"  # its third line ends its first part
    first += "县政府门户网站开设专题集中发布" * 4
    first += "。(县政府办、县发改局牵头;各乡镇按照职责分工负责)"
    second = "(二)推进乙类信息公开。" + "各部门要将乙类信息纳入基本目录及时公开" * 4
    second += "。(县甲局牵头,各乡镇负责)"
    lines = ["某某县2025年政务公开工作要点", "一、深化重点领域公开"]
    for para in (first, second):
        lines += [para[k : k + width] for k in range(0, len(para), width)]
    return "\n".join(lines)


def test_a_wrap_right_after_a_sentence_end_inside_a_paragraph_is_rejoined() -> None:
    assert _rows(parse_text(_wrapped())) == [
        ("一/（一）", ["县政府办", "县发改局"], ["县政府办", "县发改局", "各乡镇"]),
        ("一/（二）", ["县甲局"], ["县甲局", "各乡镇"]),
    ]


def test_a_wrap_after_a_sentence_end_before_a_bracket_is_kept() -> None:
    lines = ["甲" * 27 + "。"] * 11 + ["(" + "乙" * 26 + ")"]
    assert rejoin_wrapped(lines)[-1] == lines[-1]


def test_lost_indents_count_in_the_width_of_a_wrapped_line() -> None:
    lines = ["1.公开某某事项" + "甲" * 10] + ["乙" * 22] * 12 + ["丙丙。"]
    assert rejoin_wrapped(lines)[0] == lines[0]  # the first line, 18 long, is not full at 22
    assert len(rejoin_wrapped(lines, {lines[0]: 4})) == 1


def test_a_section_heading_with_its_text_below_is_the_tasks_title() -> None:
    plan = parse_text(
        "某县2023年政务公开工作要点\n"
        "一、总体要求\n"
        "坚持以人民为中心，全面推进基层政务公开。\n"
        "二、重点任务\n"
        "（一）推进预算公开。按规定公开预决算。（责任单位：县财政局）\n"
        "三、保障措施\n"
        "各单位要高度重视，明确专人负责。\n"
    )
    assert [("/".join(t.path), t.title) for t in plan.tasks] == [
        ("一", "总体要求"),
        ("二/（一）", "推进预算公开"),
        ("三", "保障措施"),
    ]


# a web page's labels run together before the text, the title's heading broken into a line the
# text runs on from, and no year in the title: the page's 标题 label names the document, and the
# issuing document's number (〔2018〕) dates it before a target year in the text (到2025年)
PAGE_LABELS_RUN_ON = (
    "索 引 号：000000000/2018-00001标　　题：某省人民政府办公厅关于加快发展某某产业的指导意见"
    "发文字号：某政办发〔2018〕12号\n"
    "某省人民政府办公厅关于加快发展\n"
    "某某产业的指导意见某政办发〔2018〕12号各市人民政府，省政府各部门：为加快发展某某产业，提出以下意见。\n"
    "一、总体要求\n"
    "（一）发展目标。到2025年，某某产业规模明显扩大。\n"
    "二、主要任务\n"
    "（二）培育市场主体。支持企业做大做强。（省发展改革委负责）\n"
)


def test_a_pages_title_label_names_the_plan_and_its_number_dates_it() -> None:
    plan = parse_text(PAGE_LABELS_RUN_ON)
    assert plan.title == "某省人民政府办公厅关于加快发展某某产业的指导意见"
    assert plan.year == 2018


def test_a_title_closed_by_its_period_in_brackets_and_a_heading_going_on_a_second_line() -> None:
    body = "\n一、主要任务\n（一）推进某项工作。做好某项公开。（责任单位：市甲局）\n"
    # the period the plan runs for, in brackets after its kind, dates it only where nothing else
    # does: here the issuing document's number does
    plan = parse_text("某政发〔2019〕3号\n某市打赢某某保卫战实施方案（2019—2020年）" + body)
    assert (plan.title, plan.year) == ("某市打赢某某保卫战实施方案（2019—2020年）", 2019)
    plan = parse_text("某县民生实事项目进展情况汇总表（10-12月）" + body)
    assert plan.title == "某县民生实事项目进展情况汇总表（10-12月）"
    # …工作要点 / 及重点任务分工: one title over two lines
    plan = parse_text("某省2020年政务公开工作要点\n及重点任务分工" + body)
    assert (plan.title, plan.year) == ("某省2020年政务公开工作要点及重点任务分工", 2020)


def test_lost_indents_with_a_kept_blank_between_them_are_blanks() -> None:
    # "? ?二、…": each ideographic space of the indent a "?", a blank kept between them
    assert clean_line("? ?二、重点任务") == "二、重点任务"
    plan = parse_text(
        "某局2031年政务公开工作实施方案\n一、总体要求\n以某某思想为指导,做好公开工作。\n"
        "? ?二、重点任务\n(一)推进甲类信息公开。做好公开工作。(责任科室:甲科)\n"
        "(二)推进乙类信息公开。做好公开工作。(责任科室:乙科)"
    )
    assert [("/".join(t.path), t.units) for t in plan.tasks] == [
        ("一", []),
        ("二/（一）", ["甲科"]),
        ("二/（二）", ["乙科"]),
    ]
