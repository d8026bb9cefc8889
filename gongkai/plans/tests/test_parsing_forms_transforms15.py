"""Forms of the tuning part's transforms (forms_eval.py) the parser learned to read after the
fourteenth batch: rows whose cells span the row above copied with tabs or gaps, and more."""

from __future__ import annotations

from .helpers import parse_text


def _rows(plan) -> list[tuple[str, list[str]]]:
    return [("/".join(t.path), t.units) for t in plan.tasks]


SPANNED_ROWS = [
    ("一/1", ["县甲局", "各镇(街)"]),
    ("一/2", ["县乙局"]),
    ("一/3", ["县乙局"]),
    ("一/4", ["县丙局", "各镇(街)"]),
    ("二/5", ["县丁局"]),
]


def test_tab_row_of_its_text_alone_under_the_unit_cell_above() -> None:
    plan = parse_text(
        "工作任务\t具体要求\t责任单位\n"
        "一、做好规划公开。\t1.公开规划纲要。\t县甲局;各镇(街)\n"
        "2.归集历年规划和相关文件。\t县乙局\n"
        "3.持续深化规划解读和回应关切工作。\n"
        "4.推进预算公开。\t县丙局;各镇(街)\n"
        "二、做好财政公开。\t5.深化债务信息公开。\t县丁局"
    )
    assert _rows(plan) == SPANNED_ROWS


def test_gap_header_broken_over_two_lines_and_a_row_of_its_text_alone() -> None:
    plan = parse_text(
        "工作任务   具体要求\n"
        "责任单位\n"
        "一、做好规划公开。   1.公开规划纲要。    县甲局;各镇(街)\n"
        "2.归集历年规划和相关文件。  县乙局\n"
        "3.持续深化规划解读和回应关切工作。\n"
        "4.推进预算公开。     县丙局;各镇(街)\n"
        "二、做好财政公开。  5.深化债务信息公开。   县丁局"
    )
    assert _rows(plan) == SPANNED_ROWS


def test_two_group_columns_one_cell_per_line() -> None:
    plan = parse_text(
        "工作要求\n工作任务\n具体要求\n责任单位\n"
        "一、夯实公开基础\n"
        "(一)推进文件公开。\n"
        "1.建设规范性文件库,实现集中统一公开。\n"
        "县甲局、县乙局\n"
        "(二)推进基层公开。\n"
        "2.动态更新主动公开目录。\n"
        "县有关单位\n"
        "3.做好基层政务公开专区建设。\n"
        "各镇(街)\n"
        "二、加强解读回应\n"
        "(三)做好政策解读。\n"
        "4.坚持解读与文件同步起草。\n"
        "县有关单位;各镇(街)"
    )
    assert _rows(plan) == [
        ("一/（一）/1", ["县甲局", "县乙局"]),
        ("一/（二）/2", ["县有关单位"]),
        ("一/（二）/3", ["各镇(街)"]),
        ("二/（三）/4", ["县有关单位", "各镇(街)"]),
    ]


def test_group_cell_naming_a_column_word_before_row_one_is_no_header_cell() -> None:
    plan = parse_text(
        "工作任务\n具体要求\n落实单位\n"
        "明确工作机构及领导职责\n"
        "1.加强政务公开工作组织领导,确定工作机构。\n"
        "各镇(街);县直各单位\n"
        "完善公开工作制度\n"
        "2.年底前完善本单位政务公开工作制度。\n"
        "县甲局"
    )
    assert _rows(plan) == [("1", ["各镇(街)", "县直各单位"]), ("2", ["县甲局"])]


def test_row_number_column_in_the_middle_one_cell_per_line_without_bars() -> None:
    plan = parse_text(
        "序号\n类别\n公开事项\n序号\n评分指标\n分值\n责任部门\n"
        "一\n基本信息\n(1)办学基本情况\n"
        "1\n总体情况介绍\n0.8\n甲办\n"
        "2\n领导班子简介\n0.8\n"
        "(2)规章制度\n"
        "3\n学校章程\n0.8\n乙处、丙处\n"
        "4\n各项规章制度\n0.8"
    )
    assert _rows(plan) == [
        ("一/（1）/1", ["甲办"]),
        ("一/（1）/2", ["甲办"]),
        ("一/（2）/3", ["乙处", "丙处"]),
        ("一/（2）/4", ["乙处", "丙处"]),
    ]


_PARAGRAPH = (
    "做好有关信息的主动公开和解读工作,及时回应社会关切,提升公开质量和实效,"
    "加强政策发布、解读和回应的统筹协调,增强公开工作的针对性和有效性"
)


def _run_on(*paragraphs: str) -> str:
    return "某县2021年政务公开工作要点\n" + " ".join(paragraphs)


SUB_ITEMS = (
    f"为做好今年工作,{_PARAGRAPH},制定本要点。",
    "(一)完善制度体系",
    "1.完善预案体系",
    f"(1){_PARAGRAPH}。",
    f"(2){_PARAGRAPH},加强培训宣传。",
    "(责任单位:县直各有关单位、各乡镇人民政府)",
    "2.健全工作机制",
    f"(1){_PARAGRAPH},推进机构建设。",
    f"(2){_PARAGRAPH},落实专职人员。",
    "(责任单位:县政府办公室)",
)


def test_run_on_body_items_with_sub_items_read_as_the_paragraphs_are() -> None:
    lines = parse_text("某县2021年政务公开工作要点\n" + "\n".join(SUB_ITEMS))
    assert _rows(lines) == [
        ("（一）/1/（1）", ["县直各有关单位", "各乡镇人民政府"]),
        ("（一）/1/（2）", ["县直各有关单位", "各乡镇人民政府"]),
        ("（一）/2/（1）", ["县政府办公室"]),
        ("（一）/2/（2）", ["县政府办公室"]),
    ]
    assert _rows(parse_text(_run_on(*SUB_ITEMS))) == _rows(lines)


def test_run_on_body_number_set_apart_from_its_text_by_a_blank() -> None:
    plan = parse_text(
        _run_on(
            "为做好今年工作,制定本要点。",
            "一、 提高审批效率",
            f"1. 精简审批手续。{_PARAGRAPH},{_PARAGRAPH}。(牵头单位:县甲局;责任单位:县直有关部门)",
            f"2. 提高用地审批效率。{_PARAGRAPH}。(牵头单位:县乙局;责任单位:县直有关部门)",
            "二、 加快项目建设",
            f"3. 加强项目储备。{_PARAGRAPH}。(牵头单位:县丙局;责任单位:各乡镇)",
        )
    )
    assert _rows(plan) == [
        ("一/1", ["县甲局", "县直有关部门"]),
        ("一/2", ["县乙局", "县直有关部门"]),
        ("二/3", ["县丙局", "各乡镇"]),
    ]


def test_run_on_body_bulleted_notice_items_stay_a_notice() -> None:
    plan = parse_text(
        "某局2018年重点工作任务的通知\n"
        "- 1、下载文档前请自行甄别文档内容的完整性,平台不提供额外的编辑服务。 "
        "- 2、仅部分预览的文档,可反馈申请退款。 "
        "- 3、如文档侵犯您的权益,请联系客服反馈,我们会尽快为您处理。 "
        "某局关于分解落实2018年重点工作任务的通知 局属各单位、各科室: "
        f"现将我局承担的2018年重点工作任务分解如下,请认真做好落实工作。{_PARAGRAPH},"
        f"{_PARAGRAPH},{_PARAGRAPH},{_PARAGRAPH}。 "
        "1.加快创新空间建设,努力建设创新型城市。 "
        "责任领导:某某 牵头科室(单位):计划科、基建办 完成时限:2018年12月 "
        "2.推动开发区晋升国家级开发区。 "
        "责任领导:某某 牵头科室(单位):高新科 完成时限:2018年10月"
    )
    assert [("/".join(t.path), t.units, t.deadline) for t in plan.tasks] == [
        ("1", ["计划科", "基建办"], "2018年12月"),
        ("2", ["高新科"], "2018年10月"),
    ]


def test_section_heading_and_its_first_item_on_one_line() -> None:
    plan = parse_text(
        "某县2022年政务公开工作要点\n"
        "一、聚焦重点领域,加强公开 （一）推进财政信息公开。做好预决算公开。（责任单位：县甲局）\n"
        "（二）推进规划信息公开。做好规划公开。（责任单位：县乙局）\n"
        "二、强化解读回应 1.做好政策解读。坚持解读与文件同步。（责任单位：县丙办）\n"
        "2.做好回应关切。及时回应社会关切。（责任单位：县丁办）"
    )
    assert _rows(plan) == [
        ("一/（一）", ["县甲局"]),
        ("一/（二）", ["县乙局"]),
        ("二/1", ["县丙办"]),
        ("二/2", ["县丁办"]),
    ]


def test_web_page_furniture_around_the_text_is_dropped() -> None:
    body = (
        "某县人民政府关于全面落实粮食安全责任制的实施意见\n"
        "各乡镇人民政府,县直各有关单位:\n"
        "为切实维护粮食安全,现提出如下实施意见。\n"
        "一、推进决策公开\n"
        "（一）做好重大决策预公开。（责任单位：县甲局）\n"
        "（二）做好政策解读。（责任单位：县乙局）"
    )
    plan = parse_text(
        "首页 > 政务公开 > 通知公告\n"
        "标题：关于印发某县2022年政务公开工作要点的通知\n"
        "索引号：11111111/2022-00001\n"
        "发文日期：2022年3月1日\n"
        "发布时间：2022-03-01\n"
        "【字体：大 中 小】打印\n" + body + "\n扫一扫在手机打开当前页\n关闭窗口"
    )
    assert _rows(plan) == [("一/（一）", ["县甲局"]), ("一/（二）", ["县乙局"])]
    assert plan.title == parse_text(body).title
    assert [t.deadline for t in plan.tasks] == ["", ""]


def test_header_printed_again_after_a_page_break_is_no_row() -> None:
    plan = parse_text(
        "工作任务 | 具体要求\n"
        "| 责任单位 |\n"
        "一、做好规划公开。 | 1.公开规划纲要。 | 县甲局 |\n"
        "2.归集历年规划。 | 县乙局 |\n"
        "工作任务 | 具体要求\n"
        "| 责任单位 |\n"
        "一、做好规划公开。 | 3.做好规划解读。 | 县丙局 |\n"
        "二、做好财政公开。 | 4.推进预算公开。 | 县丁局 |"
    )
    assert _rows(plan) == [
        ("一/1", ["县甲局"]),
        ("一/2", ["县乙局"]),
        ("一/3", ["县丙局"]),
        ("二/4", ["县丁局"]),
    ]


def test_labelled_statements_time_limit_first_joined_with_commas() -> None:
    # no rule of its own: the reordered_labels transform's form, read by the statement rules
    plan = parse_text(
        "某县2022年政务公开工作要点\n"
        "一、推进决策公开\n"
        "（一）做好重大决策预公开。（完成时限：2022年6月底前，牵头单位：县甲局，责任单位：县乙局、县丙局）\n"
        "（二）做好政策解读。（时间节点：2022年12月底前，责任单位：县戊局）"
    )
    assert [("/".join(t.path), t.lead, t.units, t.deadline) for t in plan.tasks] == [
        ("一/（一）", ["县甲局"], ["县甲局", "县乙局", "县丙局"], "2022年6月底前"),
        ("一/（二）", [], ["县戊局"], "2022年12月底前"),
    ]
