"""A web page's panel of document fields copied as a numbered list above the plan (``1. [主题分类]
…``, ``3. [联合发文单位]``): the panel's numbers are no items, its field names no units."""

from __future__ import annotations

from .helpers import parse_text

PANEL = """  1. [主题分类] 城乡建设/住房
  2. [发文机构] 某县人民政府办公室
  3. [联合发文单位]
  4. [实施日期]
  5. [成文日期] 2021-03-02
  6. [发文字号] 〔〕
  7. [有效性]
"""

PLAN = """某县2021年农房整治工作任务分工

  一、加强统筹协调

  1.建立农房整治联席会议制度,定期研究重点难点问题。

  牵头单位:县住建局

  完成时限:2021年6月底前

  2.开展农房安全隐患排查,建立问题台账。

  牵头单位:县住建局、县应急局

  责任单位:各乡镇人民政府

  完成时限:2021年9月底前
"""


def test_numbered_panel_of_page_fields_is_no_items() -> None:
    plan = parse_text(PANEL + "\n" + PLAN)
    assert [t.path for t in plan.tasks] == [["一", "1"], ["一", "2"]]
    assert plan.tasks[1].units == ["县住建局", "县应急局", "各乡镇人民政府"]
    assert plan.title == "某县2021年农房整治工作任务分工"


def test_numbered_lines_of_a_plan_stay() -> None:
    # numbered lines holding sentences are a plan's items, even with a bracketed word at their head
    text = (
        "某县工作要点\n1. [重点] 完善制度。牵头单位:县甲局\n"
        "2. [重点] 加强宣传。牵头单位:县乙局\n3. [一般] 强化督查。牵头单位:县丙局"
    )
    assert [t.path for t in parse_text(text).tasks] == [["1"], ["2"], ["3"]]


BARE_PANEL = """[主题分类] 城乡建设/住房
[发文机构] 某县住建局
[联合发文单位] 某县应急局;某县财政局;某县自然资源局;某县农业农村局;某县市场监管局
[实施日期] 2031-03-02
[成文日期] 2031-03-02
[发文字号] 某住建发〔2031〕5号
[废止日期]
[有效性] 是
"""


def test_a_panel_of_page_fields_without_numbers_gives_no_task_nor_time_limit() -> None:
    # [实施日期] 2031-03-02 is the page's field, not a time limit; the joint issuers no units
    plan = parse_text(BARE_PANEL + "\n" + PLAN)
    assert [("/".join(t.path), t.units, t.deadline) for t in plan.tasks] == [
        ("一/1", ["县住建局"], "2021年6月底前"),
        ("一/2", ["县住建局", "县应急局", "各乡镇人民政府"], "2021年9月底前"),
    ]


def test_bracketed_labels_of_a_plan_s_statements_stay() -> None:
    # lines of bracketed statement labels are no page panel, though they are bare field lines
    text = (
        "某县工作要点\n一、完善制度。\n【牵头单位】县甲局\n【配合单位】县乙局\n【完成时限】年底前\n"
        "二、加强宣传。\n【牵头单位】县丙局\n【完成时限】6月底前"
    )
    tasks = parse_text(text).tasks
    assert [(t.path, t.units, t.deadline) for t in tasks] == [
        (["一"], ["县甲局", "县乙局"], "年底前"),
        (["二"], ["县丙局"], "6月底前"),
    ]
