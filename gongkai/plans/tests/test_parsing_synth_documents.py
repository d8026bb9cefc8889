"""The structure of whole documents, on made-up text (``synth_documents.py``): a rule each, and a
fast slice of the generator's forms."""

from __future__ import annotations

import pytest

from gongkai.plans.parsing.pipeline import parse_document

from .synth_documents import all_forms, score_form


def _tasks(text: str) -> dict[str, dict]:
    plan = parse_document(text.encode("utf-8"), "plan.txt").to_dict()
    return {"/".join(t["path"]): t for t in plan["tasks"]}


def test_article_number_kept_in_its_script() -> None:
    # 第二條 in a traditional copy is the path element as written, not folded to 第二条
    text = (
        "某市辦法\n第一條 為規範管理，制定本辦法。\n"
        "第二條 推進數據共享。（責任單位：甲局）\n第三條 完善救助制度。（責任單位：乙局）\n"
    )
    assert list(_tasks(text)) == ["第一條", "第二條", "第三條"]


def test_run_of_items_after_a_headings_colon() -> None:
    text = (
        "某市工作方案\n一、总体安排\n"
        "（一）加强数据管理：1.推进数据共享（责任单位：甲局）。2.完善救助制度（乙局负责）。\n"
    )
    tasks = _tasks(text)
    assert list(tasks) == ["一/（一）/1", "一/（一）/2"]
    assert tasks["一/（一）/2"]["units"] == ["乙局"]


def test_colon_inside_a_bracket_starts_no_run() -> None:
    text = (
        "某市工作方案\n一、总体安排\n"
        "1.公开发展规划〔公开路径：(1)网站专栏；(2)其他渠道〕。（责任单位：甲局）\n"
        "2.公开专项规划。（责任单位：乙局）\n"
    )
    assert list(_tasks(text)) == ["一/1", "一/2"]


def test_bracketed_run_under_a_bracketed_heading() -> None:
    text = (
        "某市工作方案\n一、总体安排\n"
        "（一）建立工作机制。优化办事流程。（1）推进数据共享（责任单位：甲局）；"
        "（2）完善救助制度（责任单位：乙局）。\n"
    )
    tasks = _tasks(text)
    assert list(tasks) == ["一/（一）/（1）", "一/（一）/（2）"]
    assert tasks["一/（一）/（1）"]["units"] == ["甲局"]


def test_page_footer_in_traditional_characters() -> None:
    # a mirror's copy in traditional characters: 主辦單位 / 技術支持 are the site's footer still
    text = (
        "某市工作方案\n一、總體安排\n（一）推進數據共享。（責任單位：甲局）\n"
        "（二）完善救助制度。（責任單位：乙局）\n"
        "主辦單位：某縣人民政府\n技術支持：某網絡科技有限公司\n地址：某縣人民路1號\n"
    )
    assert _tasks(text)["一/（二）"]["units"] == ["乙局"]


def test_space_after_numbers_is_no_second_column() -> None:
    # a run of lines of one width whose only space follows the item's number: no page printed in
    # two columns (no space splits them)
    items = "".join(
        f"（{k}） 推进数据共享工作，完善救助制度，提升服务水平。（责任单位：甲局）\n"
        for k in range(1, 13)
    )
    text = "某市工作方案\n一、总体安排\n1. 加强组织领导\n" + items
    tasks = _tasks(text)
    assert len(tasks) == 12
    assert tasks["一/1/（12）"]["units"] == ["甲局"]


def test_label_line_before_a_page_number_is_no_running_header() -> None:
    # 完成时限：… printed among the first lines and again right before a page number is the
    # second item's time limit, not a running header
    text = (
        "某市工作方案\n一、总体安排\n（一）推进数据共享。\n责任单位：甲局\n完成时限：2024年底前\n"
        "（二）完善救助制度。\n责任单位：乙局\n完成时限：2024年底前\n- 1 -\n"
        "（三）提升服务水平。\n责任单位：丙局\n"
    )
    assert _tasks(text)["一/（二）"]["deadline"] == "2024年底前"


@pytest.mark.parametrize("form", all_forms())
def test_synth_documents_slice(form: str) -> None:
    assert score_form(form, range(3)) == (1.0, 1.0, 1.0, 1.0)


def test_tab_table_after_items_with_a_full_width_space_after_their_numbers() -> None:
    # （一）　做好… sets its number apart by a full-width space: no table set by blanks, so the
    # tabs of the attachment's rows still part its cells
    text = (
        "某县工作方案\n一、主要任务\n（一）　做好档案整理。甲县档案馆负责。\n"
        "二、保障措施\n（一）　加强领导。各单位要高度重视。\n\n附件\n任务分工表\n"
        "工作任务\t完成时限\t责任单位\t备注\n"
        "（一）规范内部管理\n"
        "1.修订考勤制度，完善请假流程。\t6月底前\t甲县人社局\n"
        "（二）改进对外服务\n"
        "1.更新门户栏目，及时发布信息。\t持续推进\t甲县政府办，甲县档案馆\n"
        "2.公开办事指南，方便群众查询。\t年底前\t甲县政务中心\n"
    )
    tasks = _tasks(text)
    assert tasks["（二）/1"]["units"] == ["甲县政府办", "甲县档案馆"]
    assert tasks["（二）/2"]["units"] == ["甲县政务中心"]
    assert tasks["（二）/2"]["deadline"] == "年底前"
