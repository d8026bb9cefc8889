"""Forms several transforms of forms_eval.py give together, on made-up text: the rules the
composed forms showed missing, one test each."""

from __future__ import annotations

from gongkai.plans.parsing import parse_blocks
from gongkai.plans.parsing.model import Block


def _parse(text: str):
    return parse_blocks([Block("para", line) for line in text.split("\n")])


def _tasks(plan) -> list[tuple[str, list[str]]]:
    return [("/".join(t.path), t.units) for t in plan.tasks]


# heading_with_first_item + full_width_digits: the first item's number in full-width digits
def test_section_heading_with_its_first_item_numbered_in_full_width_digits() -> None:
    plan = _parse(
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
    plan = _parse(
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
    plan = _parse(
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
