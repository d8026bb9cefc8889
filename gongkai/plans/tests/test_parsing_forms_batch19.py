"""Forms of the nineteenth batch (task tables whose every row carries a time limit): a unit cell
naming levels in brackets and its body in brackets after them, 统筹 as the verb of the office
that co-ordinates, and a table copied one cell per line, each cell closed by a bar, without its
header row (or with no bar at all), and the fields of a page's record of the document above
the text, which measure no wrap width. The texts are made up."""

from __future__ import annotations

from gongkai.plans.parsing.bar_closed_cells import bar_closed_rows
from gongkai.plans.parsing.statements import find_statements
from gongkai.plans.parsing.textgrid import cell_kind
from gongkai.plans.parsing.wrapping import _PAGE_FIELD, wrap_width

from .helpers import parse_text


def _rows(plan) -> list[tuple[str, list[str], list[str], str]]:
    return [("/".join(t.path), t.lead, t.units, t.deadline) for t in plan.tasks]


def test_a_unit_cell_with_its_levels_and_its_body_in_brackets_reads_as_units() -> None:
    # the bracket closing the name is the body's (管委会), the levels' bracket stays inside
    assert cell_kind("各乡(镇)人民政府(管委会)") == "units"
    assert cell_kind("各乡(镇)政府(办事处)牵头") == "units"
    assert cell_kind("做好某项(试点)工作(长期)") != "units"


_BLANK_LINE_CELLS = """某县2025年水利工作任务分工方案

工作任务

具体措施

责任单位

完成时限

(一)加强堤防巡查

1.建立堤防巡查台账,每月通报一次巡查发现的问题和整改情况。

县水利局、县农业农村局

2025年底前

2.参照县级做法,逐步建立本辖区的堤防巡查队伍,明确巡查责任人。

各乡(镇)人民政府(管委会)

2025年10月底前

(二)加强水质监测

3.完善水质监测站点布局,按季度公开监测结果。

县生态环境分局

2025年底前"""


def test_cells_one_per_line_between_blank_lines_take_a_bracketed_body_unit_cell() -> None:
    assert _rows(parse_text(_BLANK_LINE_CELLS)) == [
        ("（一）/1", [], ["县水利局", "县农业农村局"], "2025年底前"),
        ("（一）/2", [], ["各乡(镇)人民政府(管委会)"], "2025年10月底前"),
        ("（二）/3", [], ["县生态环境分局"], "2025年底前"),
    ]


def test_tongchou_after_an_office_is_its_verb_not_part_of_its_name() -> None:
    _, stmts = find_statements("某项工作。(甲科统筹,各业务股(室)配合)", closing=True)
    assert [(s.lead, s.units) for s in stmts] == [([], ["甲科", "各业务股(室)"])]
    # 统筹 opening a task's text names no unit
    _, stmts = find_statements("统筹推进某项工作。", closing=True)
    assert all(not s.units for s in stmts)


_BAR_CLOSED = """一、加强档案 数字化管理 |
1.结合年度档案工作计划和馆藏情况,分批推进馆藏纸质档案的扫描录入和目录核对工作。 |
档案科牵头,相关股(室)配合。 |
长期 |
二、提升来信办理质量 |
2.规范来信登记、转办、答复、回访等环节,实现全流程留痕,提升来信办理时效。 |
综合科 |
2025年底前 |
三、加强宣传 |
3.在门户网站开设档案文化专栏,定期更新栏目内容,做好宣传内容保障。 |
档案科统筹,各业务股(室)配合。 |
长期 |
4.组织档案开放日活动,邀请社会公众参观,扩大档案工作的社会影响。 |
综合科 |
每年6月 |"""


def test_cells_closed_by_bars_without_a_header_read_as_task_unit_and_time_rows() -> None:
    assert _rows(parse_text(_BAR_CLOSED)) == [
        ("一/1", ["档案科"], ["档案科", "相关股(室)"], "长期"),
        ("二/2", [], ["综合科"], "2025年底前"),
        ("三/3", [], ["档案科", "各业务股(室)"], "长期"),
        ("三/4", [], ["综合科"], "每年6月"),
    ]


def test_bar_closed_cells_need_two_rows_of_the_same_kinds_in_number_order() -> None:
    lines = _BAR_CLOSED.split("\n")
    rows = bar_closed_rows(lines, 0)
    assert rows is not None and rows[0][0] == ["工作任务", "责任单位", "完成时限"]
    assert rows[1] == len(lines)
    # one row only: no table
    assert bar_closed_rows(lines[:4], 0) is None
    # a second row without its time limit: the rows are not of the same kinds
    assert bar_closed_rows([*lines[:7], *lines[8:9]], 0) is None
    # a row numbered out of order ends the reading
    skipped = [ln.replace("2.规范", "5.规范") for ln in lines]
    assert bar_closed_rows(skipped, 0) is None


def test_the_same_cells_without_bars_read_alike_when_each_row_closes_with_its_time_limit() -> None:
    bare = "\n".join(ln.rstrip(" |") for ln in _BAR_CLOSED.split("\n"))
    assert _rows(parse_text(bare)) == _rows(parse_text(_BAR_CLOSED))
    # without bars and without a time limit closing the rows: no table is made up
    lines = [ln for ln in bare.split("\n") if not cell_kind(ln) == "time"]
    assert bar_closed_rows(lines, 0) is None


_PAGE_RECORD = """索 引 号: 00000000000000000X/2025-00001
分  类: 综合政务
发布机构: 某县人民政府办公室
成文日期: 2025-03-02
名  称: 某县人民政府办公室关于印发某县2025年水利工作任务分工方案的通知
文  号: 某府办函〔2025〕9号
发布日期: 2025-03-05
主 题 词:
某县人民政府办公室关于印发某县
2025 年水利工作任务
分工方案的通知
某府办函〔2025〕9号
各镇人民政府,县政府各部门:
某县人民政府办公室
2025 年 3 月 2 日
某县 2025 年水利工作任务分工方案
(一)加强堤防巡查工作的组织
(二)推进水质监测工作的落实
3.县农业农村局要结合本部门职责"""


def test_the_fields_of_a_pages_record_of_the_document_measure_no_wrap_width() -> None:
    # short lines of one length above and below the fields would read as text broken at a width
    # (and the plan's title would be glued to the line after it)
    assert wrap_width(_PAGE_RECORD.split("\n")) is None
    assert _PAGE_FIELD.match("发布机构: 某县人民政府办公室")
    assert not _PAGE_FIELD.match("工作目标:到年底,建成某项制度")


def test_a_page_field_with_pinyin_in_its_label_measures_no_wrap_width_either() -> None:
    noisy = (
        _PAGE_RECORD.replace("分  类:", "分(fēn)  类(lèi):")
        .replace("发布机构:", "发(fā)布机构:")
        .replace("成文日期: 2025-03-02", "成(chéng)文日期: 2025-3-2")
        .replace("文  号:", "文(wén)  号:")
        .replace("发布日期:", "发(fā)布日期:")
        .replace("巡查工作的组织", "巡查工作的组织与协调保障")
        .replace("监测工作的落实", "监测工作的落实与考核评价")
    )
    assert wrap_width(noisy.split("\n")) is None
