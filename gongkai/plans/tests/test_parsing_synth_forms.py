"""Made-up whole documents in the forms real copies take (``synth_documents.py --forms``): the
rules the pairs of form and transform showed missing, each on made-up text, and a fast slice.

Text re-wrapped at a PDF's line width is the weak spot: a short plan has few full lines to
measure the width on, numbered headings outnumber them in a plan of many, and a break falls
right before a closing bracket or a full stop."""

from __future__ import annotations

import pytest

from gongkai.plans.parsing.pipeline import parse_document

from .synth_documents import plain_forms, score_forms_transform


def _tasks(text: str) -> dict[str, dict]:
    plan = parse_document(text.encode("utf-8"), "plan.txt").to_dict()
    return {"/".join(t["path"]): t for t in plan["tasks"]}


def _wrap(lines: list[str], width: int) -> str:
    """The lines broken at ``width`` characters, as a PDF's text layer breaks them."""
    out: list[str] = []
    for line in lines:
        out.extend(line[k : k + width] for k in range(0, max(len(line), 1), width))
    return "\n".join(out) + "\n"


def test_short_plan_broken_at_a_width() -> None:
    # a plan of three items has too few full lines for the width of a long one; all of them
    # of one width, broken inside phrases, tell it (a unit's name broken in two: 某发展改 / 革委)
    text = _wrap(
        [
            "某市工作方案",
            "一、总体安排",
            "（一）推进数据共享工作。完善信息归集，形成长效机制。由市发展改革委牵头，"
            "市数据局配合。",
            "（二）完善救助制度。优化服务流程，逐步实现全市统一标准。提升便民网点，"
            "由市自然资源局牵头，市司法局配合。",
            "（三）健全工作机制。优化服务流程，做到应公开尽公开。由市教育局牵头。",
        ],
        30,
    )
    tasks = _tasks(text)
    assert tasks["一/（一）"]["units"] == ["市发展改革委", "市数据局"]
    assert tasks["一/（三）"]["units"] == ["市教育局"]


def test_numbered_headings_measure_no_width() -> None:
    # headings standing alone (two levels of them) outnumber the full lines of the paragraphs
    # below them: their lengths do not hide the width the paragraphs were broken at
    lines = ["某市工作方案", "一、总体安排"]
    for k in range(1, 7):
        lines += [
            f"{k}.加强基层公共服务管理工作",
            "（1）健全基层公共服务工作机制",
            "健全工作机制，完善信息归集，形成长效机制，逐步实现全市统一标准（责任单位："
            "市教育局、市司法局）。",
        ]
    tasks = _tasks(_wrap(lines, 32))
    assert tasks["一/1/（1）/¶1"]["units"] == ["市教育局", "市司法局"]


def test_line_opening_with_a_closing_mark_goes_on() -> None:
    # a break right before a full stop (or a comma, a closing bracket): the line before goes
    # on, the text being too short to measure a width on (sub-items run on in a paragraph)
    text = (
        "某市工作方案\n一、总体安排\n（一）规范工作机制。形成长效机制。1.推进数据共享"
        "（责任单位：市教育局、市司法局）\n。2.完善救助制度（市民政局负责）。\n"
    )
    tasks = _tasks(text)
    assert tasks["一/（一）/1"]["units"] == ["市教育局", "市司法局"]
    assert tasks["一/（一）/2"]["units"] == ["市民政局"]


def test_line_closing_the_bracket_left_open_goes_on() -> None:
    text = (
        "某市工作方案\n一、总体安排\n（一）加强基层服务管理\n"
        "健全工作机制，完善信息归集。（市教育局、市司法局负\n责落实）\n"
    )
    assert _tasks(text)["一/（一）/¶1"]["units"] == ["市教育局", "市司法局"]


def test_statement_closing_a_full_line_closes_its_paragraph() -> None:
    # a paragraph of one line as long as the width, closed by its statement: the full line
    # after it opens the next paragraph (a task of its own), though it ends a sentence
    para = "健全工作机制，完善信息归集，形成长效机制（责任单位：甲局）。"
    width = len(para)
    lines = ["某市工作方案", "一、总体安排", "（一）加强基层服务管理", para]
    lines.append(
        "推进数据共享，完善信息归集，健全工作机制，提升服务水平，做到应公开尽公开。（乙局负责）"
    )
    for k in range(2, 6):
        lines += [
            f"（{_CN[k]}）推进数据开放共享。完善信息归集，形成长效机制，逐步实现全市统一标准，"
            f"及时公开进展情况（责任单位：丙局）。"
        ]
    tasks = _tasks(_wrap(lines, width))
    assert tasks["一/（一）/¶1"]["units"] == ["甲局"]
    assert tasks["一/（一）/¶2"]["units"] == ["乙局"]


def test_label_line_ends_before_a_paragraph() -> None:
    # a unit label's line nearly as long as the width, ending in a name's bracket, then a
    # paragraph of sentences: the paragraph is no part of the label's list of units
    label = "责任单位：甲局、乙局、丙委、各县（市、区）"
    lines = ["某市工作方案", "一、总体安排"]
    for k in range(1, 5):
        lines += [
            f"（{_CN[k]}）推进数据开放共享。完善信息归集，形成长效机制，逐步实现全市统一标准，"
            "及时公开进展情况。",
            label,
            "健全工作机制。完善信息归集，形成长效机制，提升服务水平，做到应公开尽公开（丁局负责）。",
        ]
    tasks = _tasks(_wrap(lines, len(label) + 1))
    assert tasks["一/（一）"]["units"] == ["甲局", "乙局", "丙委", "各县（市、区）"]
    assert tasks["一/（一）/¶1"]["units"] == ["丁局"]


def test_numbered_headings_with_pinyin_measure_no_width() -> None:
    # a reposting site's copy, pinyin after some characters, not broken at a width: its
    # numbered headings (of one length, with their notes) are headings still, no width
    lines = ["某市工作方案", "一、总体安排"]
    for k in range(1, 13):
        lines += [
            f"（{k}）规(guī)范监督检查工(gōng)作机制",
            "健全工作机制，完善信息归集，形成长效机制，逐步实现全市统一标准。"
            "推进数据共享。（责任单(dān)位：市教育局）",
        ]
    assert _tasks("\n".join(lines))["一/（1）/¶1"]["units"] == ["市教育局"]


def test_run_of_sub_items_going_on_on_the_next_line() -> None:
    # sub-items run on in their heading's paragraph, the copy broken right before the 2.: the
    # 1. after the heading's colon is an item still
    text = (
        "某市工作方案\n一、总体安排\n"
        "（一）加强组织领导：1.推进数据共享（市教育局负责）；\n2.完善救助制度（市司法局负责）。\n"
    )
    tasks = _tasks(text)
    assert list(tasks) == ["一/（一）/1", "一/（一）/2"]
    assert tasks["一/（一）/1"]["units"] == ["市教育局"]


def test_width_measured_before_indented_lines_are_joined() -> None:
    # a short PDF copy, paragraphs opening indented: a full line ending a sentence joined to the
    # line after it (join_indented_wraps) is longer than the width; the width measured before
    # still rejoins the other broken lines (a unit's name broken in two)
    lines = [
        "某市工作方案",
        "为推进数据共享，根据上级有关要求，结合本地实际，制定本方案。",
        "（一）建立工作机制",
        "1.健全工作机制。完善信息归集，形成长效机制。推进信息化。做到应公开尽公开，完善信息"
        "归集，形成长效机制，逐步实现统一标准，及时公开进展情况。市司法局会同市教育局负责。",
        "2.完善救助制度。提升服务水平，做到应公开尽公开。由市自然资源局牵头，市财政局配合。",
        "3.规范服务流程。完善信息归集，形成长效机制（责任单位：市发展改革委、市数据局）。",
    ]
    text = _wrap(["　　" + ln for ln in lines], 31)
    tasks = _tasks(text)
    assert tasks["（一）/2"]["units"] == ["市自然资源局", "市财政局"]
    assert tasks["（一）/3"]["units"] == ["市发展改革委", "市数据局"]


def test_label_list_broken_inside_a_name() -> None:
    # a unit label's line broken inside a unit's name (…、市 / 卫生健康委), the text too short
    # to measure a width on: the names after it are the list's
    text = (
        "某市工作方案\n一、总体安排\n（一）推进数据共享。\n"
        "责任单位：市教育局、市司法局、市\n卫生健康委\n完成时限：年底前\n"
    )
    tasks = _tasks(text)
    assert tasks["一/（一）"]["units"] == ["市教育局", "市司法局", "市卫生健康委"]
    assert tasks["一/（一）"]["deadline"] == "年底前"


def test_site_footer_labels_under_items_are_statements() -> None:
    # 主办单位：… / 承办单位：… under the items of a short plan, among its last lines: the
    # items' statements, not a site's footer (which comes after the last item)
    text = (
        "某市工作方案\n一、总体安排\n（一）推进数据共享。\n承办单位：市教育局\n"
        "（二）完善救助制度。\n主办单位：市司法局\n协办单位：市财政局\n（三）规范服务流程。\n"
    )
    tasks = _tasks(text)
    assert tasks["一/（一）"]["units"] == ["市教育局"]
    assert tasks["一/（二）"]["units"] == ["市司法局", "市财政局"]


def test_site_footer_labels_above_a_time_limit_are_statements() -> None:
    # after the last item, 主办单位：… / 协办单位：… above 完成时限：…: its statements (a site's
    # footer holds no time limit)
    text = (
        "某市工作方案\n一、总体安排\n（一）推进数据共享。（责任单位：市教育局）\n"
        "（二）完善救助制度。\n主办单位：市司法局\n协办单位：市财政局\n完成时限：年底前\n"
    )
    assert _tasks(text)["一/（二）"]["units"] == ["市司法局", "市财政局"]


_CN = "〇一二三四五六七八九十"


# The transforms real copies of these documents take most: a PDF's re-wrap and its copy (page
# numbers, indents), pinyin notes, unit labels in other words, page numbers, a Word file's and a
# web page's paragraphs, a web page's furniture, no blank lines, traditional characters. Left
# out of the PDF forms' slice: a short indented document of label lines (articles_indented: two
# full lines only, too few to tell a width from headings of like length) and a page break inside
# an item's label lines (paragraphs_after_item_pages); both score below 1.000 in ``--forms``.
_LEFT_OUT = {
    "pdf_rewrap": ("articles_indented",),
    "pdf_copy": ("articles_indented", "paragraphs_after_item_pages"),
}
SLICE = (
    "pdf_rewrap",
    "pdf_copy",
    "pinyin_noise",
    "unit_label_words",
    "no_blank_lines",
    "page_breaks",
    "traditional",
    "docx_paragraphs",
    "html_page",
    "page_furniture",
)


@pytest.mark.parametrize("name", SLICE)
def test_synth_documents_in_forms_slice(name: str) -> None:
    forms = [f for f in plain_forms() if f not in _LEFT_OUT.get(name, ())]
    assert score_forms_transform(name, range(3), forms) == (1.0, 1.0, 1.0, 1.0)
