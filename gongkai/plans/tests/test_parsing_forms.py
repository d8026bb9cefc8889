"""Forms of published plans: flattened tables, numbers in cells, unit phrases, recurrence."""

from __future__ import annotations

import itertools
import re

import opencc

from gongkai.plans.parsing import parse_document, parse_file
from gongkai.plans.parsing.deadlines import time_limit_in_text
from gongkai.plans.parsing.normalise import normalise_lines

from .helpers import parse_text
from .parsing_paths import seeds_dir


def _rows(plan) -> list[tuple[str, list[str], list[str], str]]:
    return [("/".join(t.path), t.lead, t.units, t.deadline) for t in plan.tasks]


ROWS_AS_LINES = """工作任务 | 具体要求 | 责任部门 |
一、做好财政信息公开。 | 1.推进本中心预算公开。 | 财务科 |
二、做好网站信息公开。 | 2.更新网站概况信息。 | 办公室 |
3.反馈网民意见。 | 各科室 | |
4.更新微信公众号信息。 | 办公室牵头,各科室配合 | |"""


def test_rows_as_lines_with_group_cells_on_first_row_only() -> None:
    plan = parse_text(ROWS_AS_LINES)
    assert _rows(plan) == [
        ("一/1", [], ["财务科"], ""),
        ("二/2", [], ["办公室"], ""),
        ("二/3", [], ["各科室"], ""),
        ("二/4", ["办公室"], ["办公室", "各科室"], ""),
    ]
    assert plan.tasks[3].content == "更新微信公众号信息。"  # the printed number is not text


NUMBER_MID_ROW = """序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 | 备注 |
1 | 疫情防控信息发布 | 发布权威信息 | 应急处、疾控处等按职责分工落实 | 长期推进 |
|
2 | 做好疫苗接种信息公开 | 疾控处 | 2021年8月前 |
|
3 | 提高信息发布规范化水平 | 宣传处会办公室 | 长期推进 |
|"""


def test_short_rows_align_by_what_their_cells_hold() -> None:
    plan = parse_text(NUMBER_MID_ROW)
    assert _rows(plan) == [
        ("1", [], ["应急处", "疾控处"], "长期推进"),
        ("2", [], ["疾控处"], "2021年8月前"),
        ("3", ["宣传处"], ["宣传处", "办公室"], "长期推进"),
    ]
    assert plan.tasks[1].due == "2021-08-31"


CELLS_WITHOUT_ROW_ENDS = """工作任务
|
具体要求
|
责任科室
|
时限要求
|
强化规范性文件公开
|
1
|
公布现行有效规范性文件目录。
|
办公室
|
年底前
|
做好主动公开基础工作
|
2
|
规范发布法定主动公开内容。
|
各科室
|
持续推进
|
3
|
做好年度报告编制发布工作。
|
办公室
|
2024年6月底前
|"""


def test_cell_per_line_table_without_row_ends_is_cut_at_the_numbers() -> None:
    plan = parse_text("2024年某局政务公开重点任务清单\n" + CELLS_WITHOUT_ROW_ENDS)
    assert _rows(plan) == [
        ("1", [], ["办公室"], "年底前"),
        ("2", [], ["各科室"], "持续推进"),
        ("3", [], ["办公室"], "2024年6月底前"),
    ]
    titles = [t.title for t in plan.tasks]
    assert titles == ["强化规范性文件公开", "做好主动公开基础工作", "做好主动公开基础工作"]
    assert plan.tasks[2].due == "2024-06-30"
    assert plan.title == "2024年某局政务公开重点任务清单"


CELL_LINES_WITH_HEADINGS = """工作任务 |
具体要求 |
责任单位 |
||
一、年底前专项工作任务 |
|
|||||
1.规范性文件集中公开 |
1.开展文件清理。2.发布标准文本。 |
市政府各部门、各直属机构,各县市区政府 |
||
2.基层政务公开提升 |
全面公开各领域政府信息。 |
相关业务科室 |
||"""


def test_cell_lines_header_then_double_bar_and_heading_rows() -> None:
    plan = parse_text(CELL_LINES_WITH_HEADINGS)
    assert _rows(plan) == [
        ("一/1", [], ["市政府各部门", "各直属机构", "各县市区政府"], ""),
        ("一/2", [], ["相关业务科室"], ""),
    ]
    assert plan.tasks[0].title == "规范性文件集中公开"


def test_units_then_verb_on_their_own_line_make_paragraph_tasks() -> None:
    text = "\n".join(
        [
            "一、以政务公开助力稳增长",
            "（一）加强预期引导",
            "通过新闻发布会等形式及时宣传解读。",
            "市发改委牵头落实",
            "加强金融政策信息公开。",
            "市金融办、人民银行某市中心支行分别牵头落实",
        ]
    )
    assert _rows(parse_text(text)) == [
        ("一/（一）/¶1", ["市发改委"], ["市发改委"], ""),
        (
            "一/（一）/¶2",
            ["市金融办", "人民银行某市中心支行"],
            ["市金融办", "人民银行某市中心支行"],
            "",
        ),
    ]


def test_closing_bracket_of_unit_names_is_a_statement_but_a_bracket_in_a_name_is_not() -> None:
    text = "\n".join(
        [
            "（二）加强培训。制定年度培训计划。（区政府办公室、区公务员局等负责）",
            "（三）推动信息公开向基层延伸。依托便民服务中心开展公开。（区政府相关主管部门）。",
            "五、加大工作指导监督力度",
            "（一）加强统筹协调。完善联席会议制度，各乡（镇）人民政府参加。",
        ]
    )
    assert _rows(parse_text(text)) == [
        ("（二）", [], ["区政府办公室", "区公务员局"], ""),
        ("（三）", [], ["区政府相关主管部门"], ""),
        ("五/（一）", [], [], ""),
    ]


def test_number_on_its_own_line_and_traditional_text() -> None:
    text = "\n".join(
        [
            "2019年全縣政務公開工作要點",
            "一、",
            "深化重點領域信息公開",
            "（一）",
            "推進財政資金信息公開。按規定公開預決算。（責任單位：縣財政局；完成時限：每年7月底前）",
        ]
    )
    plan = parse_text(text)
    task = plan.tasks[0]
    assert (plan.title, task.path, task.units, task.deadline) == (
        "2019年全縣政務公開工作要點", ["一", "（一）"], ["縣財政局"], "每年7月底前",
    )  # fmt: skip
    assert (task.due, task.recurrence) == ("2019-07-31", "yearly")


def test_recurring_duties_written_in_the_text() -> None:
    """PLAN-RECUR-1/2 on the texts of seed 001 and seed 002."""
    plan = parse_file(seeds_dir() / "001_0f686a039b3dfd73.txt")
    by_path = {"/".join(t.path): t for t in plan.tasks}
    assert (by_path["8/8-1"].recurrence, by_path["8/8-1"].due) == ("monthly", None)
    assert (by_path["8/8-5"].recurrence, by_path["8/8-5"].due) == ("yearly", "2018-07-31")
    assert by_path["8/8-4"].relative == {"min_days": 10}
    assert time_limit_in_text("服务条件变化的，1个工作日内在网上更新。", 2018).relative == {
        "event": "",
        "workdays": 1,
    }
    assert time_limit_in_text("按季度公开饮用水水源监测信息。", 2020).recurrence == "quarterly"
    assert time_limit_in_text("持续推进信息公开。", 2020).recurrence is None


def test_statements_in_square_and_tortoise_shell_brackets() -> None:
    plan = parse_text(
        "一、推进简政放权\n"
        "1.承接下放的行政权力事项。〔牵头单位：区政府办公室，责任单位：区政府有关部门，各街道(功能区)〕\n"
        "2.开展核酸检测。[牵头单位：区卫健局、区创文办；责任单位：各街办(新区)]"
    )
    assert _rows(plan) == [
        ("一/1", ["区政府办公室"], ["区政府办公室", "区政府有关部门", "各街道(功能区)"], ""),
        ("一/2", ["区卫健局", "区创文办"], ["区卫健局", "区创文办", "各街办(新区)"], ""),
    ]


SPLIT_TASK_COLUMN = """序号
重点任务
主要问题
完成时限及要求
责任单位
1
疫情防控
公开疫情信息不够及时。
6月30日前完成整改。
区政府办公室、区卫生健康委
2
三大攻坚战信息公开
污染防治信息公开
空气质量信息公开不全。
年底前完成。
生态环境分局、区城市管理局
防范化解风险信息公开
融资信息公开不全。
9月底前完成。
区财政局"""


def test_task_column_split_in_two_gives_the_group_and_its_sub_rows() -> None:
    plan = parse_text(SPLIT_TASK_COLUMN)
    assert _rows(plan) == [
        ("1", [], ["区政府办公室", "区卫生健康委"], "6月30日前完成整改。"),
        ("2/¶1", [], ["生态环境分局", "区城市管理局"], "年底前完成。"),
        ("2/¶2", [], ["区财政局"], "9月底前完成。"),
    ]
    assert [t.title for t in plan.tasks[1:]] == ["污染防治信息公开", "防范化解风险信息公开"]


def test_run_on_text_with_a_sub_number_glued_to_a_short_heading() -> None:
    body = "坚持以公开为常态、不公开为例外，全面推进决策、执行、管理、服务、结果公开。" * 12
    text = (
        "某县2018年政务公开工作要点。一、工作目标"
        + body
        + "二、工作任务（一）围绕法治政府推进公开。"
        "1.全面公开政府全体会议和政策文件。（县政府办牵头）2.做好政策解读。（各部门负责）"
    )
    plan = parse_document(text.encode("utf-8"), "plan.txt")  # as uploaded: cleanup runs first
    assert [("/".join(t.path), t.units) for t in plan.tasks] == [
        ("一", []),
        ("二/（一）/1", ["县政府办"]),
        ("二/（一）/2", ["各部门"]),
    ]


def test_a_time_limit_in_the_remarks_column_is_the_deadline() -> None:
    plan = parse_text(
        "序号 | 工作任务 | 责任单位 | 备注 |\n"
        "1 | 清理行政规范性文件。 | 办公室 | 11月底前完成 |\n"
        "2 | 做好政策解读。 | 各科室 | 每季度 |\n"
        "3 | 编制年度报告。 | 办公室 | 按省里通知要求，与年报同步报送 |"
    )
    assert [(t.deadline, t.recurrence) for t in plan.tasks] == [
        ("11月底前完成", None),
        ("每季度", "quarterly"),
        ("", None),
    ]


SPANNED_UNIT_CELL = """工作任务 | 具体要求 | 责任部门 |
一、做好规划公开。 | 1.公开年度规划和解读材料。 | 办公室牵头,其他股室配合 |
2.做好以往规划的归集整理工作。 |
二、做好执法信息公开。 | 3.公开执法结果。 | 执法股 |
4.公开执法依据。 | 法规股 |"""


def test_a_row_under_a_responsibility_cell_spanning_rows_gets_its_units() -> None:
    # row 2 lost both the group cell and the unit cell: they span down from row 1; it is not
    # a heading row even though only one cell is left
    assert _rows(parse_text(SPANNED_UNIT_CELL)) == [
        ("一/1", ["办公室"], ["办公室", "其他股室"], ""),
        ("一/2", ["办公室"], ["办公室", "其他股室"], ""),
        ("二/3", [], ["执法股"], ""),
        ("二/4", [], ["法规股"], ""),
    ]


SUBCOLUMNS_AND_LOST_ROW_END = """工作任务 |
具体要求 |
责任单位 |
||
主动公开 |
基础信息
|
规范性文件 |
做好规范性文件的集中公开工作。确保数量与文件库一致。 |
区司法局牵头集中公开工作,各制定主体具体落实;各成员单位负责做好本单位公开工作 |
公开页面列明标题、文号、有效性等。 |
||||
及时公开备案目录。 |
各成员单位 |
|||"""


def test_cells_one_per_line_with_a_header_spanning_group_columns() -> None:
    # 工作任务 spans three sub-columns (groups, not text); a closing "|" on its own line; the
    # copy lost the row end after the first row's unit cell; the unit cell spans the second row
    plan = parse_text(SUBCOLUMNS_AND_LOST_ROW_END)
    units = ["区司法局", "各制定主体", "各成员单位"]
    assert _rows(plan) == [
        ("¶1", ["区司法局"], units, ""),
        ("¶2", ["区司法局"], units, ""),
        ("¶3", [], ["各成员单位"], ""),
    ]
    assert plan.tasks[0].title == "规范性文件"  # the last sub-column is the row's heading


ISSUING_NOTICE = """关于印发《某县2021年政务公开工作任务清单》的通知
各镇人民政府，县政府各部门：
现将《某县2021年政务公开工作任务清单》印发给你们，并就有关事项通知如下：
一、细化任务，夯实责任。各责任单位要对照清单细化分解任务。
二、跟踪督导，严格奖惩。县政府办要定期通报工作进度。
某县人民政府办公室
2021年4月23日
某县2021年政务公开工作任务清单
一、加强政策解读
（一）做好政策解读。责任单位：县政府办公室
（二）回应社会关切。责任单位：各镇人民政府"""


def test_numbered_paragraphs_of_the_issuing_notice_are_not_tasks() -> None:
    plan = parse_text(ISSUING_NOTICE)
    assert _rows(plan) == [
        ("一/（一）", [], ["县政府办公室"], ""),
        ("一/（二）", [], ["各镇人民政府"], ""),
    ]
    assert plan.title == "某县2021年政务公开工作任务清单"


def test_a_notice_signed_before_the_plan_keeps_the_plans_own_announcement() -> None:
    # the notice announces nothing of its own and is signed; the plan's preamble announcing its
    # points (提出如下实施意见) does not turn the plan's items into the notice's
    text = """关于印发《某县政务公开实施意见》的通知
各镇人民政府：
现将《某县政务公开实施意见》印发给你们，请认真贯彻执行。
2021年4月23日
某县政务公开实施意见
现就做好政务公开提出如下实施意见。
一、加强政策解读
（一）做好政策解读。责任单位：县政府办公室
（二）回应社会关切。责任单位：各镇人民政府"""
    assert [t.path for t in parse_text(text).tasks] == [["一", "（一）"], ["一", "（二）"]]


def test_a_bare_statement_line_after_a_short_heading_names_libraries_and_schools() -> None:
    # the statement stands on its own line with its verb and no label; unit names ending in 馆
    # or 学校 are units like those ending in 局
    plan = parse_text(
        "（二）统筹做好日常性工作\n"
        "区政府办公室、区档案局、区图书馆等负责\n"
        "做好统计月报和年度报告。\n"
        "（三）做好教育信息公开\n"
        "区教育局、区实验学校负责\n"
        "公开招生信息。"
    )
    assert _rows(plan) == [
        ("（二）", [], ["区政府办公室", "区档案局", "区图书馆"], ""),
        ("（三）", [], ["区教育局", "区实验学校"], ""),
    ]


def test_a_collective_name_before_a_complete_unit_name_is_a_unit_of_its_own() -> None:
    # 各乡镇、县直有关单位 names two groups; 各州、市人民政府 and 各县、市、区 stay one name
    plan = parse_text(
        "1.固定资产投资增长10%左右。\n"
        "牵头单位:县发改局\n"
        "责任单位:县经济开发区,各乡镇、县直有关单位\n"
        "2.社会消费品零售总额增长8%左右。\n"
        "责任单位:各街道,县市场局、各部门\n"
        "3.做好政策解读。\n"
        "责任单位:各州、市人民政府,各县、市、区"
    )
    assert _rows(plan) == [
        ("1", ["县发改局"], ["县发改局", "县经济开发区", "各乡镇", "县直有关单位"], ""),
        ("2", [], ["各街道", "县市场局", "各部门"], ""),
        ("3", [], ["各州、市人民政府", "各县、市、区"], ""),
    ]


def test_points_of_a_notice_that_only_issues_the_plan_are_not_tasks() -> None:
    # no 印发…通知 title line and no 如下 announcement: the flat run of numbered paragraphs after
    # the issuing sentence, naming no responsible units, is the notice's own
    plan = parse_text(
        "2021年县政府重点工作任务(某政发〔2021〕2号)\n"
        "各乡镇人民政府、县直各单位:\n"
        "《2021年县政府重点工作任务分解》已经县人民政府同意,现印发给你们,请认真抓好贯彻落实。\n"
        "一、强化责任落实。主要责任单位要切实履行主职主责,带头推进工作落实。\n"
        "二、加强督查考核。县政府督查室要定期调度工作进度。\n"
        "2021年县政府重点工作任务分解\n"
        "1.地区生产总值增长7%。牵头单位:县发改局\n"
        "2.一般公共预算收入增长6%。牵头单位:县财政局"
    )
    assert _rows(plan) == [
        ("1", ["县发改局"], ["县发改局"], ""),
        ("2", ["县财政局"], ["县财政局"], ""),
    ]


def test_a_flat_plan_right_after_its_issuing_sentence_keeps_its_items() -> None:
    # the items name responsible units: they are the plan's, not points of the notice
    plan = parse_text(
        "各乡镇人民政府:\n"
        "《某县2021年政务公开工作任务》已经县政府同意,现印发给你们,请认真贯彻落实。\n"
        "一、做好政策解读。责任单位:县政府办公室\n"
        "二、回应社会关切。责任单位:各乡镇人民政府"
    )
    assert _rows(plan) == [("一", [], ["县政府办公室"], ""), ("二", [], ["各乡镇人民政府"], "")]


def test_a_bracketed_statement_after_a_run_of_sub_items_applies_to_each_of_them() -> None:
    # the statement on its own line closes item 1's list (1)-(3): each sub-item is a task with
    # the statement's units, not only the last one
    plan = parse_text(
        "(一)制度建设\n"
        "1.健全预案体系\n"
        "(1)规范预案编制、审批和备案工作。\n"
        "(2)及时修订完善现有预案。\n"
        "(3)加强预案演练。\n"
        "(责任单位:市直各有关单位、各县(市、区)人民政府)\n"
        "2.完善运行机制\n"
        "(1)加强办事机构建设。\n"
        "(责任单位:市应急局)\n"
        "(2)健全会商机制。\n"
        "(责任单位:市气象局)"
    )
    units = ["市直各有关单位", "各县(市、区)人民政府"]
    assert _rows(plan) == [
        ("（一）/1/（1）", [], units, ""),
        ("（一）/1/（2）", [], units, ""),
        ("（一）/1/（3）", [], units, ""),
        ("（一）/2/（1）", [], ["市应急局"], ""),
        ("（一）/2/（2）", [], ["市气象局"], ""),
    ]


def test_a_kind_of_body_after_a_qualified_name_shares_its_qualifier() -> None:
    # 市直有关部门、单位 is one group (有关部门 and 有关单位); a remark such as 不再一一列出 and the
    # wording 以下任务均需…落实 are not unit names
    plan = parse_text(
        "1.深化网上办理。全面提升网上服务能力。(牵头单位:市行政审批服务局;责任单位:市直有关部门、"
        "单位,各区市政府。以下任务均需各区市政府、开发区管委落实,不再一一列出)"
    )
    assert _rows(plan) == [
        (
            "1",
            ["市行政审批服务局"],
            ["市行政审批服务局", "市直有关部门、单位", "各区市政府", "开发区管委"],
            "",
        )
    ]


def test_items_run_together_on_one_line_are_items_of_their_own() -> None:
    # 1、…。2、…。3、… on one line: each next number after a full stop starts an item; numbers
    # inside a sentence (第1、2项, 增长2.5%) do not
    plan = parse_text(
        "一、公开工作\n"
        "1、及时做好第1、2项文件公开。责任单位:办公室。2、建立健全发布机制,收入增长2.5%。"
        "责任单位:各股室。3、抓好政策解读。责任单位:县政府办公室"
    )
    assert _rows(plan) == [
        ("一/1", [], ["办公室"], ""),
        ("一/2", [], ["各股室"], ""),
        ("一/3", [], ["县政府办公室"], ""),
    ]


def test_a_run_of_items_after_a_heading_on_the_same_line_is_split() -> None:
    plan = parse_text(
        "(一)加强组织领导。1、明确工作专班(责任单位:县政府办公室)。"
        "2、建立工作台账(责任单位:县发改局)。"
    )
    assert _rows(plan) == [
        ("（一）/1", [], ["县政府办公室"], ""),
        ("（一）/2", [], ["县发改局"], ""),
    ]


def test_numbered_requirements_inside_a_table_cell_stay_in_the_cell() -> None:
    plan = parse_text(
        "序号 | 工作任务 | 责任单位 |\n"
        "1 | 1.清理规范性文件。2.发布标准文本。 | 市司法局 |\n"
        "2 | 公开涉农补贴信息。 | 市农业农村局 |"
    )
    assert [(t.path, t.units) for t in plan.tasks] == [
        (["1"], ["市司法局"]),
        (["2"], ["市农业农村局"]),
    ]


def test_points_of_a_notice_that_issues_the_tasks_by_breaking_them_down_are_not_tasks() -> None:
    # 现将…任务予以分解印发 (no 《…》印发给你们): the notice's own 一、二、 are not tasks
    plan = parse_text(
        "各镇人民政府,县直各单位:\n"
        "为确保全年目标完成,现将县《政府工作报告》确定的重点工作任务予以分解印发,请认真抓好落实。\n"
        "一、提高认识。各单位要高度重视重点工作落实。\n"
        "二、加强督查。县政府督查室要定期调度进度。\n"
        "2022年县政府工作报告重点工作任务分解\n"
        "1.地区生产总值增长7%。牵头单位:县发改局\n"
        "2.一般公共预算收入增长6%。牵头单位:县财政局"
    )
    assert _rows(plan) == [
        ("1", ["县发改局"], ["县发改局"], ""),
        ("2", ["县财政局"], ["县财政局"], ""),
    ]


def test_units_named_for_the_tasks_that_follow_apply_to_each_of_them() -> None:
    # 以下任务均需A、B落实,不再一一列出: A and B are units of every later task, before its own
    plan = parse_text(
        "一、数字政府\n"
        "1.深化网上办理。全面提升网上服务能力。(牵头单位:市行政审批服务局;责任单位:市直有关部门。"
        "以下任务均需各区市政府、开发区管委落实,不再一一列出)\n"
        "2.优化掌上办理。拓宽移动端服务范围。(牵头单位:市大数据局)\n"
        "二、数字经济\n"
        "3.培育数字产业。(责任单位:市工信局)"
    )
    assert _rows(plan) == [
        (
            "一/1",
            ["市行政审批服务局"],
            ["市行政审批服务局", "市直有关部门", "各区市政府", "开发区管委"],
            "",
        ),
        ("一/2", ["市大数据局"], ["各区市政府", "开发区管委", "市大数据局"], ""),
        ("二/3", [], ["各区市政府", "开发区管委", "市工信局"], ""),
    ]


def test_sub_items_run_together_after_the_items_heading_each_close_with_their_statement() -> None:
    # 1.深化改革。(1)…(A牵头负责)(2)…(A牵头负责)(3)…: each (N) is an item of its own under 1.
    plan = parse_text(
        "一、持续减少审批事项\n"
        "1.深化商事制度改革。(1)全面落实一照一码改革。已整合的证照不再发放。(市市场监管局牵头负责)"
        "(2)完善企业登记全程电子化。推行网上申请。(市市场监管局牵头负责,市数据局配合)"
        "(3)推进企业名称登记改革。开放名称库。(市市场监管局负责)"
    )
    assert _rows(plan) == [
        ("一/1/（1）", ["市市场监管局"], ["市市场监管局"], ""),
        ("一/1/（2）", ["市市场监管局"], ["市市场监管局", "市数据局"], ""),
        ("一/1/（3）", [], ["市市场监管局"], ""),
    ]


SHARED_PAGES = (
    "2022年某县政务服务工作流程.docx\n"
    "《2022年某县政务服务工作流程.docx》由会员分享,可在线阅读,更多相关内容请在本站上搜索。\n"
    "1、某县政务服务工作流程一、工作步骤(一)梳理事项(县政府办公室牵头,县直各部门配合)各部门结合"
    "办件量情况梳理本领域政务服务事项,形成高频事项清单,并按照要求逐项核对事项名称、编码、类型、"
    "设定依据和实施依据,确保事项要素完整准确。(二)编制办事指南(县政务服务中心牵头;县直各部门、各乡镇"
    "负责)各部门要按照统一标准编制办事指南,明确申请材料、办理时限和收费标准,做到\n"
    "2、同一事项同一标准。指南编制完成后在政务服务网公开,接受社会监督,并根据法律法规调整情况"
    "及时更新办事指南内容,确保线上线下一致。(三)开展评估(县政府办公室负责)每季度"
)


def test_page_numbers_of_a_document_sharing_site_are_not_items() -> None:
    # 1、 2、 open the pages of a sharing site's copy; page 2 continues page 1 mid-sentence
    plan = parse_text(SHARED_PAGES)
    assert _rows(plan) == [
        ("一/（一）", ["县政府办公室"], ["县政府办公室", "县直各部门"], ""),
        ("一/（二）", ["县政务服务中心"], ["县政务服务中心", "县直各部门", "各乡镇"], ""),
        ("一/（三）", [], ["县政府办公室"], ""),
    ]
    assert "做到同一事项同一标准" in plan.tasks[1].content


def test_items_numbered_like_pages_stay_items() -> None:
    # 1、 2、 after the end of a sentence, or after a short heading, are items of the text (each a
    # heading over a paragraph with its own statement, NOTES §1)
    plan = parse_text(
        "某局2022年工作要点.docx 由会员分享\n"
        "1、加强组织领导\n"
        "成立工作专班,统筹推进各项工作。(办公室负责)\n"
        "2、强化督促检查\n"
        "定期通报工作进展情况。(督查科负责)"
    )
    assert [t.path for t in plan.tasks] == [["1", "¶1"], ["2", "¶1"]]


def test_lead_and_co_operating_unit_lines_and_a_lead_leader_line() -> None:
    # 牵头负责领导 names a person; 牵头责任单位 leads; 协同责任单位 adds units
    plan = parse_text(
        "一、经济发展\n"
        "1.地区生产总值增长6%左右。\n"
        "牵头负责领导:张三\n"
        "牵头责任单位:市发改委\n"
        "协同责任单位:市统计局、各县区政府\n"
        "2.规上工业增加值增长8%。\n"
        "牵头负责领导:李四\n"
        "牵头责任单位:市经信局\n"
        "协同责任单位:市统计局"
    )
    assert _rows(plan) == [
        ("一/1", ["市发改委"], ["市发改委", "市统计局", "各县区政府"], ""),
        ("一/2", ["市经信局"], ["市经信局", "市统计局"], ""),
    ]


def test_a_time_limit_inside_the_statement_bracket_is_the_deadline() -> None:
    plan = parse_text(
        "一、提升政務服務效能\n"
        "1.加大簡政放權力度。承接好省下放事項。(牽頭單位:州行政審批服務局;責任單位:州司法局、"
        "州委編辦,各縣市人民政府,6月底完成)\n"
        "2.推動導則落實。加快平臺建設。(牽頭單位:州行政審批服務局;責任單位:各縣市人民政府,"
        "2020年年底前完成)\n"
        "3.規範中介服務。(市發展改革委牽頭,各有關部門按職責分工負責)"
    )
    assert _rows(plan) == [
        (
            "一/1",
            ["州行政審批服務局"],
            ["州行政審批服務局", "州司法局", "州委編辦", "各縣市人民政府"],
            "6月底完成",
        ),
        ("一/2", ["州行政審批服務局"], ["州行政審批服務局", "各縣市人民政府"], "2020年年底前完成"),
        ("一/3", ["市發展改革委"], ["市發展改革委", "各有關部門"], ""),
    ]


def test_a_statement_marked_xiatong_holds_for_the_items_after_it() -> None:
    # (…,下同): its units are units of every later item too, before the item's own
    plan = parse_text(
        "一、深化改革\n"
        "1.推进审批改革。全面推行告知承诺制。(市政府办公室牵头,市级各有关部门按职责分工负责,下同)\n"
        "2.优化营商环境。持续压减办理时限。(市发展改革委牵头)\n"
        "3.加强事中事后监管。(市市场监管局牵头)"
    )
    assert _rows(plan) == [
        ("一/1", ["市政府办公室"], ["市政府办公室", "市级各有关部门"], ""),
        ("一/2", ["市发展改革委"], ["市政府办公室", "市级各有关部门", "市发展改革委"], ""),
        ("一/3", ["市市场监管局"], ["市政府办公室", "市级各有关部门", "市市场监管局"], ""),
    ]


def test_a_unit_cell_saying_tongshang_repeats_the_cell_above() -> None:
    plan = parse_text(
        "序号 | 工作任务 | 责任单位 | 完成时限 |\n"
        "1 | 推进审批改革 | 市政务服务局、市司法局 | 2022年6月底前 |\n"
        "2 | 压减办理时限 | 同上 | 年底前 |"
    )
    assert _rows(plan) == [
        ("1", [], ["市政务服务局", "市司法局"], "2022年6月底前"),
        ("2", [], ["市政务服务局", "市司法局"], "年底前"),
    ]


def test_a_row_without_its_leader_cell_keeps_its_units_in_their_columns() -> None:
    # 责任领导 names a person; row 2 lost that cell: its cells go where what they hold fits
    plan = parse_text(
        "序号 | 工作任务 | 责任领导 | 牵头单位 | 配合单位 | 完成时限 |\n"
        "1 | 推进审批改革。推行告知承诺制 | 张三 | 市政务服务局 | 市级各部门 | 2022年6月底前 |\n"
        "2 | 压减办理时限 | 市政务服务局 | 各县区政府 | 年底前 |"
    )
    assert _rows(plan) == [
        ("1", ["市政务服务局"], ["市政务服务局", "市级各部门"], "2022年6月底前"),
        ("2", ["市政务服务局"], ["市政务服务局", "各县区政府"], "年底前"),
    ]


CELLS_WITH_NUMBERED_GROUPS = """重点任务
|
序号
|
具体要求
|
责任单位
|
完成时限
|
||||
（一）推进决策公开
|
1
|
完善重大行政决策程序。
|
县司法局
|
2023年6月底前
|
||||
2
|
做好政策解读。
|
县政府办公室
|
持续推进
|
||||
（二）推进执行公开
|
3
|
公开重点项目进展。
|
县发改局、县住建局
|
年底前
|
||||"""


def test_cells_one_per_line_with_numbered_group_cells_and_a_deadline_column() -> None:
    plan = parse_text(CELLS_WITH_NUMBERED_GROUPS)
    assert _rows(plan) == [
        ("（一）/1", [], ["县司法局"], "2023年6月底前"),
        ("（一）/2", [], ["县政府办公室"], "持续推进"),
        ("（二）/3", [], ["县发改局", "县住建局"], "年底前"),
    ]


CELL_LINES_WITHOUT_ROW_ENDS = """主要任务 |
工作要求 |
责任单位 |
完成时限 |
完成情况 |
一、加强专项整治部署 |
||||
(一)制定任务清单。 |
1.制定全县专项整治任务清单,分解到乡镇。 |
县安委办 |
3月底前 |
|
2.制定行业领域任务清单并报县安委办。 |
县级各专委会办公室、县交通运输局 |
4月10日前 |
|
|
(二)召开工作会议。 |
3.召开全县安全生产工作会议。 |
县应急管理局 |
年底前 |
|
||||"""


def test_cell_lines_whose_rows_run_on_without_row_ends_are_cut_at_the_numbers() -> None:
    # the header runs on into the first heading; the rows of a group follow one another with no
    # row end, an empty 完成情况 cell after each; a numbered group cell opens its first row
    plan = parse_text(CELL_LINES_WITHOUT_ROW_ENDS)
    assert _rows(plan) == [
        ("一/（一）/1", [], ["县安委办"], "3月底前"),
        ("一/（一）/2", [], ["县级各专委会办公室", "县交通运输局"], "4月10日前"),
        ("一/（二）/3", [], ["县应急管理局"], "年底前"),
    ]


PROGRESS_ROWS = """序号 |
主要任务 |
全年目标 |
分管 领导 |
牵头 单位 |
责任主体与协同单位 |
推进情况 |
是否达序 |
说明 |
7 |
新建口袋公园12个。 |
王某 |
园林局 |
住建局、相关街道 |
已完成8个。 |
是 |
||
8 |
改造老旧小区30个。 |
李某 |
住建局 |
城投公司、高新技术开发区、各街道 |
已开工25个。 |
否 |
资金下达较晚,正在加快推进。 |
|
9 |
新增停车泊位500个。 |
王某 |
交通局 |
公安分局、相关街道 |
已建成320个。 |
是 |"""


def test_progress_rows_with_a_leader_column_and_lost_row_ends() -> None:
    # the header runs on into row 7; rows lack the 全年目标 cell (the task text spans it); row 8
    # runs on into row 9 with no row end; 分管领导 names a person, never a unit
    plan = parse_text(PROGRESS_ROWS)
    assert _rows(plan) == [
        ("7", ["园林局"], ["园林局", "住建局", "相关街道"], ""),
        ("8", ["住建局"], ["住建局", "城投公司", "高新技术开发区", "各街道"], ""),
        ("9", ["交通局"], ["交通局", "公安分局", "相关街道"], ""),
    ]


def test_a_notice_cited_in_the_preamble_does_not_make_the_items_a_notices_points() -> None:
    # 为贯彻落实《…关于印发…的通知》…提出如下意见: the opinion's own items follow, not a notice's
    plan = parse_text(
        "某市人民政府關于貫徹落實《省穩就業政策措施》的實施意見\n"
        "為貫徹落實《省人民政府關于印發省穩就業若干政策措施的通知》(省府〔2021〕13號),提出如下意見:\n"
        "一、減負穩崗\n"
        "(一)減輕企業負擔\n"
        "1.平穩有序實施養老保險繳費政策。(市人力資源社會保障局、市稅務局負責)\n"
        "2.繼續征收殘疾人就業保障金。(市殘聯、市財政局負責)"
    )
    assert _rows(plan) == [
        ("一/（一）/1", [], ["市人力資源社會保障局", "市稅務局"], ""),
        ("一/（一）/2", [], ["市殘聯", "市財政局"], ""),
    ]


def test_xiatong_carries_the_units_of_its_own_sentence_only() -> None:
    # 〔责任单位:A、B按职责分工负责。具体任务均涉及C,不再做分工,下同。〕: C holds for later items,
    # A and B only for this one
    plan = parse_text(
        "一、深化市场化改革\n"
        "(一)加强市场体系建设。推进高标准市场体系建设。〔责任单位:省发展改革委、商务厅按职责分工负责。"
        "具体任务均涉及相关市(州)人民政府,不再做分工,下同。〕\n"
        "(二)优化市场准入环境。实施证照分离改革。〔责任单位:省市场监管局〕"
    )
    assert _rows(plan) == [
        ("一/（一）", [], ["省发展改革委", "商务厅", "相关市(州)人民政府"], ""),
        ("一/（二）", [], ["相关市(州)人民政府", "省市场监管局"], ""),
    ]


def test_a_shared_copys_run_on_pages_are_cut_at_headings_and_spaced_numbers() -> None:
    # a sharing site's pages: 一、<heading with a comma>(一)<heading>。1 .<item>… 2、<page 2>…
    plan = parse_text(
        "某镇2024年政务公开工作要点.docx\n"
        "《某镇2024年政务公开工作要点.docx》由会员分享,可在线阅读。\n"
        "1、某镇2024年政务公开工作要点全年政务公开工作以提升公开质量为目标,加强政策解读和回应关切,"
        "深化重点领域信息公开。一、着眼稳定社会预期,加强政策解读和回应关切(一)深入解读重要政策措施。"
        "1 .全面公开、精准解读。紧扣政府工作报告各项部署,做\n"
        "2、好重点领域信息公开栏目设置调整工作,及时发布稳就业、稳投资等政策信息,确保政策内涵透明、"
        "信号清晰。2 .加强同步跟进解读。按照谁起草谁解读原则,做到政策文件与解读材料同步组织。"
        "(镇党政办负责)"
    )
    assert [t.path for t in plan.tasks] == [["一", "（一）", "1"], ["一", "（一）", "2"]]
    assert "做好重点领域信息公开" in plan.tasks[0].content
    assert plan.tasks[1].units == ["镇党政办"]


# Forms the ninth batch's annotation describes (its README), written here as made-up text: the
# rules below were written from these forms, not from the batch's documents.

LIVELIHOOD_CELLS_PIPES = """ 序号 
|
 项目 
|
 具体内容 
|
 责任单位 
|
 完成时限 
|
|
 1 
|
 新建城区幼儿园 
|
 新建幼儿园一所，设置班级12个。 
|
 县教育局 
|
 12月底前 
|
|
 2 
|
 改造农村公路 
|
 改造提升农村公路30公里。 
|
 县交通运输局 
|
 6月底前完成路基 
|
|
 完成路面铺设。 
|
 11月底前 
|
|
 3 
|
 建设便民服务中心 
|
 建成乡镇便民服务中心5个。 
|
 县民政局
 县财政局 
|
 5月底前动工 
|
|"""


def test_livelihood_table_one_cell_per_line_with_a_number_spanning_two_rows() -> None:
    # a table that opens the document (no title, no heading); item 2 spans two rows with their own
    # time limits and one responsibility cell; item 3's units stand on two lines of one cell
    plan = parse_text(LIVELIHOOD_CELLS_PIPES)
    assert _rows(plan) == [
        ("1", [], ["县教育局"], "12月底前"),
        ("2/¶1", [], ["县交通运输局"], "6月底前完成路基"),
        ("2/¶2", [], ["县交通运输局"], "11月底前"),
        ("3", [], ["县民政局", "县财政局"], "5月底前动工"),
    ]


def test_livelihood_table_one_cell_per_line_without_separators() -> None:
    lines = [ln for ln in LIVELIHOOD_CELLS_PIPES.split("\n") if ln.strip() != "|"]
    lines.insert(0, "2016年县级民生实事项目")
    plan = parse_text("\n".join(lines))
    assert _rows(plan) == [
        ("1", [], ["县教育局"], "12月底前"),
        ("2/¶1", [], ["县交通运输局"], "6月底前完成路基"),
        ("2/¶2", [], ["县交通运输局"], "11月底前"),
        ("3", [], ["县民政局", "县财政局"], "5月底前动工"),
    ]
    assert plan.tasks[3].due.endswith("-05-31")


def test_row_under_a_spanning_number_in_a_pipe_row_table() -> None:
    plan = parse_text(
        "序号 | 项目名称 | 建设内容 | 责任单位 | 完成时限 |\n"
        "1 | 新建城区幼儿园 | 新建幼儿园一所。 | 县教育局 | 12月底前 |\n"
        "2 | 改造农村公路 | 改造提升农村公路30公里。 | 县交通运输局 | 6月底前完成路基 |\n"
        "| 完成路面铺设。 | 11月底前 |\n"
        "3 | 建设便民服务中心 | 建成乡镇便民服务中心5个。 | 县民政局 | 9月投入使用 |"
    )
    assert _rows(plan) == [
        ("1", [], ["县教育局"], "12月底前"),
        ("2/¶1", [], ["县交通运输局"], "6月底前完成路基"),
        ("2/¶2", [], ["县交通运输局"], "11月底前"),
        ("3", [], ["县民政局"], "9月投入使用"),
    ]


def test_lead_and_co_operating_columns_padded_and_on_lines() -> None:
    plan = parse_text(
        "序号\n|\n工作任务\n|\n牵头单位\n|\n配合单位\n|\n完成时限\n|\n|\n"
        "1\n|\n 建立数据共享目录。 \n|\n 市政务服务数据管理局 \n|\n 市发展改革委 \n 市财政局 \n|\n"
        " 2021年6月底前 \n|\n|\n"
        "2\n|\n 推进数据共享交换平台建设。 \n|\n 市政务数据共享协调机制 \n|\n 各县区人民政府 \n|\n"
        " 2021年12月底前 \n|\n|"
    )
    assert _rows(plan) == [
        (
            "1",
            ["市政务服务数据管理局"],
            ["市政务服务数据管理局", "市发展改革委", "市财政局"],
            "2021年6月底前",
        ),
        (
            "2",
            ["市政务数据共享协调机制"],
            ["市政务数据共享协调机制", "各县区人民政府"],
            "2021年12月底前",
        ),
    ]


def test_lead_department_and_co_operating_department_columns() -> None:
    plan = parse_text(
        "序号 | 目标任务 | 牵头部门 | 配合部门 | 完成时限 |\n"
        "1 | 完成老旧小区改造10个。 |  区住房城乡建设局  |  区财政局  区发展改革局 |  12月底前  |\n"
        "2 | 新增停车位500个。 | 区城管局 | 各街道 | 9月底前 |"
    )
    assert _rows(plan) == [
        ("1", ["区住房城乡建设局"], ["区住房城乡建设局", "区财政局", "区发展改革局"], "12月底前"),
        ("2", ["区城管局"], ["区城管局", "各街道"], "9月底前"),
    ]


def test_traditional_table_with_time_limit_and_responsibility_columns() -> None:
    plan = parse_text(
        "二〇二二年政務公開工作任務分解表\n"
        "序號 | 工作任務 | 具體內容 | 責任單位 | 完成時限 |\n"
        "1 | 深化政策解讀 | 做好重要政策解讀工作。 | 區府辦、區司法局 | 2022年12月底前 |\n"
        "2 | 加強平臺建設 | 規範政府網站管理。 | 區大數據中心 | 2022年6月底前 |"
    )
    assert _rows(plan) == [
        ("1", [], ["區府辦", "區司法局"], "2022年12月底前"),
        ("2", [], ["區大數據中心"], "2022年6月底前"),
    ]


def test_first_unit_leads_from_the_list_that_says_so() -> None:
    # lists before the statement have no lead; 分别牵头 makes each unit it names lead; the
    # statement names no unit itself
    plan = parse_text(
        "某县政府工作报告重点工作责任分工\n"
        "一、稳定经济增长\n"
        "1.全力扩大有效投资。\n"
        "责任单位：县发改局、县财政局\n"
        "2.促进消费回暖。\n"
        "责任单位：县商务局、县市场监管局（列第一位为牵头或汇总单位，下同）\n"
        "3.狠抓项目建设。\n"
        "责任单位：县住建局\n"
        "4.抓好安全生产。\n"
        "责任单位：县应急局、县公安局分别牵头，各乡镇"
    )
    assert _rows(plan) == [
        ("一/1", [], ["县发改局", "县财政局"], ""),
        ("一/2", ["县商务局"], ["县商务局", "县市场监管局"], ""),
        ("一/3", ["县住建局"], ["县住建局"], ""),
        ("一/4", ["县应急局", "县公安局"], ["县应急局", "县公安局", "各乡镇"], ""),
    ]


def test_first_unit_leads_in_items_run_onto_one_line() -> None:
    plan = parse_text(
        "某县2022年政府工作报告重点工作任务分解 为确保各项工作落到实处，现将任务分解如下"
        "（首位单位为牵头单位，下同）。一、稳定经济增长 1.扩大有效投资。责任单位：县发改局、"
        "县财政局 2.促进消费回暖。责任单位：县商务局 二、深化改革开放 3.推进营商环境改革。"
        "责任单位：县政务服务中心、县市场监管局 4.扩大对外开放。"
        "责任单位：县商务局、县发改局分别牵头，县外事办"
    )
    assert _rows(plan) == [
        ("一/1", ["县发改局"], ["县发改局", "县财政局"], ""),
        ("一/2", ["县商务局"], ["县商务局"], ""),
        ("二/3", ["县政务服务中心"], ["县政务服务中心", "县市场监管局"], ""),
        ("二/4", ["县商务局", "县发改局"], ["县商务局", "县发改局", "县外事办"], ""),
    ]


def test_statement_lines_run_on_without_headings_still_split_at_numbers() -> None:
    plan = parse_text(
        "某市政府工作报告责任分解 首位单位为牵头单位，下同。 1.全力扩大有效投资。责任单位："
        "市发改委、市财政局 2.促进消费回暖。责任单位：市商务局、市市场监管局 3.狠抓项目建设。"
        "责任单位：市住建局"
    )
    assert _rows(plan) == [
        ("1", ["市发改委"], ["市发改委", "市财政局"], ""),
        ("2", ["市商务局"], ["市商务局", "市市场监管局"], ""),
        ("3", ["市住建局"], ["市住建局"], ""),
    ]


def test_table_with_cells_set_apart_by_spaces_or_tabs() -> None:
    plan = parse_text(
        "序号\t项目\t具体内容\t责任单位\t完成时限\n"
        "1\t新建幼儿园\t新建幼儿园一所，设置 班级12个。\t县教育局\t12月底前\n"
        "2  改造公路  改造公路30公里。  县交通运输局  6月底前完成路基\n"
        "完成路面铺设。  11月底前\n"
        "3 建服务中心 建成中心5个。 县民政局 9月投入使用"
    )
    assert _rows(plan) == [
        ("1", [], ["县教育局"], "12月底前"),
        ("2/¶1", [], ["县交通运输局"], "6月底前完成路基"),
        ("2/¶2", [], ["县交通运输局"], "11月底前"),
        ("3", [], ["县民政局"], "9月投入使用"),
    ]
    assert plan.tasks[0].content.endswith(" 新建幼儿园一所，设置 班级12个。")


def test_first_unit_statement_inside_a_traditional_label_of_run_on_items() -> None:
    plan = parse_text(
        "某縣重點工作分解 一、穩定增長 1、擴大投資。責任單位（列第一位的為牽頭單位，下同）："
        "縣發改局、縣財政局 2、促進消費。責任單位：縣商務局、縣發改局分別牽頭，縣外事辦 "
        "3、抓好安全。責任單位：縣應急局"
    )
    assert _rows(plan) == [
        ("一/1", ["縣發改局"], ["縣發改局", "縣財政局"], ""),
        ("一/2", ["縣商務局", "縣發改局"], ["縣商務局", "縣發改局", "縣外事辦"], ""),
        ("一/3", ["縣應急局"], ["縣應急局"], ""),
    ]


def test_lead_and_units_columns_one_cell_per_line_without_separators() -> None:
    # no "|" at all: item 2 spans two rows, its units cell holds two names on two lines (they go
    # to the units column, the last of the two unit columns, not to the lead)
    plan = parse_text(
        "序号\n工作任务\n具体内容\n牵头单位\n责任单位\n完成时限\n"
        "1\n建立数据共享目录\n编制政务数据资源目录。\n市政务服务数据管理局\n市直各部门\n2021年6月底前\n"
        "2\n建设共享平台\n建成市级数据共享交换平台。\n市教育局\n市政务服务数据管理局\n市财政局\n"
        "2021年9月底前\n"
        "推进平台与省平台对接。\n市政务服务数据管理局\n市直各部门\n2021年12月底前\n"
        "3\n加强安全管理\n落实数据安全责任。\n市委网信办\n市公安局\n持续推进"
    )
    assert _rows(plan) == [
        ("1", ["市政务服务数据管理局"], ["市政务服务数据管理局", "市直各部门"], "2021年6月底前"),
        ("2/¶1", ["市教育局"], ["市教育局", "市政务服务数据管理局", "市财政局"], "2021年9月底前"),
        (
            "2/¶2",
            ["市政务服务数据管理局"],
            ["市政务服务数据管理局", "市直各部门"],
            "2021年12月底前",
        ),
        ("3", ["市委网信办"], ["市委网信办", "市公安局"], "持续推进"),
    ]


def test_cells_without_row_ends_keep_the_row_under_a_spanning_number() -> None:
    # one "|" between every two cells and none at row ends: rows are cut at the numbers, and the
    # cells after item 2's row that end at a time limit are a row of their own under number 2
    cells = [
        "序号", "项目", "具体内容", "责任单位", "完成时限",
        "1", "新建城区幼儿园", "新建幼儿园一所。", "县教育局", "12月底前",
        "2", "改造农村公路", "改造提升农村公路30公里。", "县交通运输局", "6月底前完成路基",
        "完成路面铺设。", "11月底前",
        "3", "建设便民服务中心", "建成乡镇便民服务中心5个。", "县民政局", "9月投入使用",
    ]  # fmt: skip
    plan = parse_text("\n|\n".join(f" {c} " for c in cells) + "\n|")
    assert _rows(plan) == [
        ("1", [], ["县教育局"], "12月底前"),
        ("2/¶1", [], ["县交通运输局"], "6月底前完成路基"),
        ("2/¶2", [], ["县交通运输局"], "11月底前"),
        ("3", [], ["县民政局"], "9月投入使用"),
    ]


def test_first_unit_leads_over_statement_forms_of_a_work_report_breakdown() -> None:
    # the statement on a line of its own before the items; lists after a label, on their own
    # line, in brackets; a (牵头) mark after a name makes that name the lead as written
    plan = parse_text(
        "2023年政府工作报告重点工作任务分解\n"
        "（列第一位为牵头或汇总单位，下同）\n"
        "一、全力稳住经济大盘\n"
        "1.地区生产总值增长6.5%左右。责任单位：市发改委、市统计局，各县（市、区）政府\n"
        "2.一般公共预算收入增长6%。\n"
        "责任单位：市财政局、市税务局\n"
        "3.城乡居民收入稳步增长。（责任单位：市人力社保局、市统计局）\n"
        "4.扩大有效投资。责任单位：市住建局、市发改委（牵头）"
    )
    assert _rows(plan) == [
        ("一/1", ["市发改委"], ["市发改委", "市统计局", "各县（市、区）政府"], ""),
        ("一/2", ["市财政局"], ["市财政局", "市税务局"], ""),
        ("一/3", ["市人力社保局"], ["市人力社保局", "市统计局"], ""),
        ("一/4", ["市发改委"], ["市住建局", "市发改委"], ""),
    ]


def test_traditional_rows_as_lines_with_a_unit_cell_on_two_lines() -> None:
    plan = parse_text(
        "2022年政務公開工作任務分解表\n"
        "序號 | 工作任務 | 具體內容 | 責任單位 | 完成時限 |\n"
        "1 | 加強政策解讀 | 做好重要政策解讀工作。 | 區府辦 | 2022年12月底前 |\n"
        "2 | 推進教育信息公開。 | 區教育局 | 持續推進 |\n"
        "3 | 優化政務服務 | 推進政務服務事項公開。 | 區行政服務中心\n"
        "區市場監管局 | 2022年9月底前 |"
    )
    assert _rows(plan) == [
        ("1", [], ["區府辦"], "2022年12月底前"),
        ("2", [], ["區教育局"], "持續推進"),
        ("3", [], ["區行政服務中心", "區市場監管局"], "2022年9月底前"),
    ]


def test_cells_one_per_line_with_header_cells_naming_no_known_column() -> None:
    # 建设地点 and 总投资（万元） name no column the parser knows: the header still runs up to
    # the first row's number, so the rows keep their cells in place
    plan = parse_text(
        "序号\n项目名称\n建设地点\n总投资（万元）\n责任单位\n完成时限\n"
        "1\n新建幼儿园\n城东新区\n1200\n县教育局\n12月底前\n"
        "2\n改造公路\n全县\n3000\n县交通运输局\n10月底前"
    )
    assert _rows(plan) == [
        ("1", [], ["县教育局"], "12月底前"),
        ("2", [], ["县交通运输局"], "10月底前"),
    ]


def test_first_unit_statement_naming_the_others_adds_no_unit() -> None:
    plan = parse_text(
        "1.扩大有效投资。\n"
        "责任单位：县发改局、县财政局（第一个单位为牵头单位，其他为配合单位，下同）\n"
        "2.促进消费回暖。\n"
        "责任单位：县商务局、县市场监管局"
    )
    assert _rows(plan) == [
        ("1", ["县发改局"], ["县发改局", "县财政局"], ""),
        ("2", ["县商务局"], ["县商务局", "县市场监管局"], ""),
    ]


# 序号 cells written with Chinese numerals (一, 二) or with their own 、 (1、 2、) in tables
# flattened without any "|": the cells are the row numbers, not text

ROW_NUMBER_CELLS = [
    "序号", "工作任务", "具体内容", "责任单位", "完成时限",
    "一", "加强政策解读", "做好重要政策解读工作。", "县政府办", "2023年6月底前",
    "二", "优化政务服务", "推进政务服务事项公开。", "县行政审批局", "持续推进",
    "三", "规范信息发布", "规范政府网站信息发布。", "县融媒体中心", "年底前",
]  # fmt: skip
ROW_NUMBER_ROWS = [
    ("县政府办", "2023年6月底前"),
    ("县行政审批局", "持续推进"),
    ("县融媒体中心", "年底前"),
]


def _numbered_as(numbers: list[str]) -> list[str]:
    cells = list(ROW_NUMBER_CELLS)
    for k, number in enumerate(numbers):
        cells[5 + 5 * k] = number
    return cells


def test_chinese_numeral_and_dun_row_numbers_in_cells_one_per_line() -> None:
    for numbers, paths in ((["一", "二", "三"], "一二三"), (["1、", "2、", "3、"], "123")):
        plan = parse_text("2023年某县政务公开重点任务分解表\n" + "\n".join(_numbered_as(numbers)))
        assert _rows(plan) == [
            (path, [], [unit], deadline)
            for path, (unit, deadline) in zip(paths, ROW_NUMBER_ROWS, strict=True)
        ], numbers
        assert [t.title for t in plan.tasks] == ["加强政策解读", "优化政务服务", "规范信息发布"]
        assert plan.tasks[0].due == "2023-06-30"


def test_chinese_numeral_and_dun_row_numbers_in_cells_set_apart_by_tabs_or_spaces() -> None:
    for numbers, paths in ((["一", "二", "三"], "一二三"), (["1、", "2、", "3、"], "123")):
        cells = _numbered_as(numbers)
        rows = [cells[k : k + 5] for k in range(0, len(cells), 5)]
        text = "\n".join(("\t" if n % 2 else "   ").join(r) for n, r in enumerate(rows))
        plan = parse_text(text)
        assert _rows(plan) == [
            (path, [], [unit], deadline)
            for path, (unit, deadline) in zip(paths, ROW_NUMBER_ROWS, strict=True)
        ], numbers


def test_dun_row_numbers_one_per_line_with_header_cells_naming_no_known_column() -> None:
    # without "|", and with one "|" line between cells (and none at the row ends)
    for (first, second), bars in itertools.product(
        (("一", "二"), ("1、", "2、"), ("1", "2")), (0, 1)
    ):
        text = (
            f"序号\n项目名称\n建设地点\n总投资（万元）\n责任单位\n完成时限\n"
            f"{first}\n新建幼儿园\n城东新区\n1200\n县教育局\n12月底前\n"
            f"{second}\n改造公路\n全县\n3000\n县交通运输局\n10月底前"
        )
        plan = parse_text(text.replace("\n", "\n|\n") + "\n|" if bars else text)
        paths = [first.rstrip("、"), second.rstrip("、")]
        assert _rows(plan) == [
            (paths[0], [], ["县教育局"], "12月底前"),
            (paths[1], [], ["县交通运输局"], "10月底前"),
        ], (first, bars)


# A row whose first cell is a long text broken by line breaks, in the three "|" flattenings: the
# cell stays one cell and the row keeps its columns; the text after the table is not a cell
FIRST_CELL_ON_LINES = [
    ["工作任务", "具体要求", "责任部门", "完成时限"],
    ["一、做好财政信息公开", "1.推进预算公开，\n按规定公开部门预算。", "财务科", "2023年6月底前"],
    ["2.做好政府采购信息公开，\n及时公开采购意向\n和采购结果。", "财务科、办公室", "持续推进"],
    ["二、做好网站\n信息公开", "3.更新网站概况信息。", "办公室", "年底前"],
]  # fmt: skip
AFTER_TABLE = "三、保障措施\n各科室要高度重视，\n确保各项任务落实到位。"


def test_a_first_cell_broken_over_lines_stays_one_cell_in_each_bar_flattening() -> None:
    forms = {
        "rows as lines": "\n".join(" | ".join(r) + " |" for r in FIRST_CELL_ON_LINES),
        "bar lines between cells": "\n|\n|\n".join("\n|\n".join(r) for r in FIRST_CELL_ON_LINES)
        + "\n|\n|",
        "cells ending in a bar": "\n||\n".join(
            "\n".join(c + " |" for c in r) for r in FIRST_CELL_ON_LINES
        )
        + "\n||",
    }
    for form, table in forms.items():
        plan = parse_text("2023年某中心政务公开工作任务\n" + table + "\n" + AFTER_TABLE)
        assert _rows(plan) == [
            ("一/1", [], ["财务科"], "2023年6月底前"),
            ("一/2", [], ["财务科", "办公室"], "持续推进"),
            ("二/3", [], ["办公室"], "年底前"),
            ("三", [], [], ""),
        ], form
        assert plan.tasks[1].content == "做好政府采购信息公开，\n及时公开采购意向\n和采购结果。", (
            form
        )


# A "|"-line copy that opens with a bar line, where a cell runs over several lines: read as the
# copy without its opening bar when that reading holds exactly the bar-separated groups (an
# earlier, wider rule for this form lowered the pooled held-out figures and was taken out)
def test_a_first_cell_broken_over_lines_in_a_copy_opening_with_a_bar_line() -> None:
    table = "|\n" + "\n|\n|\n".join("\n|\n".join(r) for r in FIRST_CELL_ON_LINES) + "\n|\n|"
    plan = parse_text("2023年某中心政务公开工作任务\n" + table + "\n" + AFTER_TABLE)
    assert _rows(plan) == [
        ("一/1", [], ["财务科"], "2023年6月底前"),
        ("一/2", [], ["财务科", "办公室"], "持续推进"),
        ("二/3", [], ["办公室"], "年底前"),
        ("三", [], [], ""),
    ]


# A mirror site's copy whose ideographic spaces (the paragraph indents) were lost to "??": the item
# numbers after them are numbers, on lines of their own and where the paragraphs ran together
LOST_INDENTS = """某区2021年“一件事一次办”改革工作方案
??为深化政务服务改革，制定本方案。
??一、工作目标
??（一）推进集成服务
??1.梳理事项清单。（区行政审批局牵头，各部门配合）
??2.优化办事流程。（区行政审批局负责）
??（二）强化支撑保障
??3.建设服务专窗，2021年9月底前完成。（各街道负责）
??二、保障措施
??各部门要高度重视。"""


def test_item_numbers_after_a_mirrors_lost_ideographic_spaces() -> None:
    head, _, rest = LOST_INDENTS.partition("??（一）")
    items, _, tail = rest.partition("\n??二、")
    run_on = head + "??（一）" + items.replace("\n", "") + "\n??二、" + tail
    # the same copy on a page that indents its lines too: the blanks stand before the marks
    indented = "\n".join("\u3000\u3000" + line for line in LOST_INDENTS.split("\n"))
    for text in (LOST_INDENTS, run_on, indented):
        plan = parse_text(text)
        assert _rows(plan) == [
            ("一/（一）/1", ["区行政审批局"], ["区行政审批局", "各部门"], ""),
            ("一/（一）/2", [], ["区行政审批局"], ""),
            ("一/（二）/3", [], ["各街道"], ""),
            ("二", [], [], ""),
        ], text
        assert plan.tasks[2].due == "2021-09-30"
        assert not any("?" in t.content for t in plan.tasks)


# Statement lines (牵头单位：… 配合单位：… 责任单位：… 完成时限：…) inside a table's text cell,
# under the cell's text, in each flattening
LABEL_LINES_IN_CELL = [
    ["序号", "重点任务", "具体措施"],
    ["1", "推进决策公开", "健全决策公开制度。\n牵头单位：县司法局\n"
     "配合单位：县政府办、县融媒体中心\n完成时限：2023年6月底前"],
    ["2", "做好政策解读", "加强政策解读。\n责任单位：各乡镇、县直各部门\n完成时限：持续推进"],
]  # fmt: skip


def test_unit_and_time_limit_lines_inside_a_cell_in_each_flattening() -> None:
    rows = LABEL_LINES_IN_CELL
    forms = {
        "rows as lines": "\n".join(" | ".join(r) + " |" for r in rows),
        "bar lines between cells": "\n|\n|\n".join("\n|\n".join(r) for r in rows) + "\n|\n|",
        "cells ending in a bar": "\n||\n".join("\n".join(c + " |" for c in r) for r in rows)
        + "\n||",
        "cells one per line": "\n".join(c for r in rows for c in r),
    }
    for form, table in forms.items():
        plan = parse_text("2023年某县政务公开重点任务\n" + table)
        assert _rows(plan) == [
            ("1", ["县司法局"], ["县司法局", "县政府办", "县融媒体中心"], "2023年6月底前"),
            ("2", [], ["各乡镇", "县直各部门"], "持续推进"),
        ], form
        assert plan.tasks[0].due == "2023-06-30", form


def test_unit_lists_set_apart_by_slashes_or_spaces() -> None:
    plan = parse_text(
        "某县2023年重点工作任务分解\n"
        "1.扩大有效投资。（责任单位：县发改局/县财政局）\n"
        "2.加强项目调度。（责任单位：县发改局 县财政局 县住建局）\n"
        "3.规范资金管理。（责任部门：县财政局　县审计局）\n"
        "4.推进数据共享。（县大数据中心／县政府办负责）"
    )
    assert _rows(plan) == [
        ("1", [], ["县发改局", "县财政局"], ""),
        ("2", [], ["县发改局", "县财政局", "县住建局"], ""),
        ("3", [], ["县财政局", "县审计局"], ""),
        ("4", [], ["县大数据中心", "县政府办"], ""),
    ]


def test_a_time_limit_after_the_unit_lists_of_an_unlabelled_statement_is_its_deadline() -> None:
    plan = parse_text(
        "某县2023年重点工作任务分解\n"
        "1.促进消费回暖。（县商务局牵头，县财政局、县市场监管局配合；2023年6月底前完成）\n"
        "2.推进重点改革。（县发改局牵头，2023年12月31日前完成）\n"
        "3.强化运行监测。（县统计局负责，每季度）\n"
        "4.加强正面宣传。（县委宣传部牵头，县融媒体中心、各乡镇配合，持续推进）\n"
        "5.做好年度考核。（县考核办负责，年内完成）"
    )
    assert _rows(plan) == [
        ("1", ["县商务局"], ["县商务局", "县财政局", "县市场监管局"], "2023年6月底前完成"),
        ("2", ["县发改局"], ["县发改局"], "2023年12月31日前完成"),
        ("3", [], ["县统计局"], "每季度"),
        ("4", ["县委宣传部"], ["县委宣传部", "县融媒体中心", "各乡镇"], "持续推进"),
        ("5", [], ["县考核办"], "年内完成"),
    ]
    assert [t.due for t in plan.tasks] == ["2023-06-30", "2023-12-31", None, None, "2023-12-31"]
    assert plan.tasks[2].recurrence == "quarterly"


def test_statement_lines_in_a_unit_cell_and_a_task_text_ending_in_a_verb() -> None:
    # 牵头单位：/配合单位： lines in the 责任单位 cell; a time limit line in it when the row's own
    # time cell is empty; a task text ending in 落实 is text, not a unit cell, when the row is short
    plan = parse_text(
        "序号 | 工作任务 | 责任单位 | 完成时间 |\n"
        "1 | 推进决策公开。 | 牵头单位：县司法局\n配合单位：县政府办、县融媒体中心 | 2023年6月 |\n"
        "2 | 做好政策解读。 | 县政府办牵头，各乡镇、县直各部门配合 | 每月 |\n"
        "3 | 加强平台建设。 | 县大数据中心（牵头）、县政府办 | 2023年第三季度 |\n"
        "4 | 抓好督查落实。 | 县督查室\n完成时限：年底前 | |"
    )
    assert _rows(plan) == [
        ("1", ["县司法局"], ["县司法局", "县政府办", "县融媒体中心"], "2023年6月"),
        ("2", ["县政府办"], ["县政府办", "各乡镇", "县直各部门"], "每月"),
        ("3", ["县大数据中心"], ["县大数据中心", "县政府办"], "2023年第三季度"),
        ("4", [], ["县督查室"], "年底前"),
    ]
    assert [t.due for t in plan.tasks] == ["2023-06-30", None, "2023-09-30", "2023-12-31"]
    assert plan.tasks[1].recurrence == "monthly"


def test_item_numbers_followed_by_a_date_and_time_limits_in_the_text() -> None:
    # 2.9月底前… and 7.2024年… are item 2 and item 7, not the decimals 2.9 and 7.2024; a time limit
    # in the task's own text gives its due date or recurrence (not a deadline statement)
    plan = parse_text(
        "某县2023年政务公开工作要点\n"
        "1.于2023年6月底前完成政府网站集约化改造。（县政府办负责）\n"
        "2.9月底前完成政务公开专区建设。（县政府办负责）\n"
        "3、11月中旬前完成年度考核。（县政府办负责）\n"
        "4.每季度更新一次主动公开目录。（县政府办负责）\n"
        "5.年内完成公开事项标准目录编制。（县直各部门负责）\n"
        "6.2024年12月31日前完成平台整合。（县大数据中心负责）\n"
        "7.2023年第三季度完成政策文件清理。（县司法局负责）"
    )
    assert [t.path for t in plan.tasks] == [[str(n)] for n in range(1, 8)]
    assert [t.deadline for t in plan.tasks] == [""] * 7
    assert [t.due for t in plan.tasks] == [
        "2023-06-30", "2023-09-30", "2023-11-20", None, "2023-12-31", "2024-12-31", "2023-09-30",
    ]  # fmt: skip
    assert plan.tasks[3].recurrence == "quarterly"
    assert plan.tasks[1].content.startswith("2.9月底前")


def test_statement_labels_set_apart_by_spaces() -> None:
    plan = parse_text(
        "某县2023年重点工作任务分解\n"
        "1.扩大有效投资。（牵头单位：县发改局  配合单位：县财政局  完成时限：2023年6月底前）\n"
        "3.推进重点改革。（县发改局牵头，县财政局等部门配合，2023年底前完成）\n"
        "4.强化运行监测。牵头单位：县统计局　配合单位：各乡镇　完成时限：长期坚持\n"
        "5.做好统计调查。（责任主体：县统计局；时间安排：每季度）"
    )
    assert _rows(plan) == [
        ("1", ["县发改局"], ["县发改局", "县财政局"], "2023年6月底前"),
        ("3", ["县发改局"], ["县发改局", "县财政局"], "2023年底前完成"),
        ("4", ["县统计局"], ["县统计局", "各乡镇"], "长期坚持"),
        ("5", [], ["县统计局"], "每季度"),
    ]
    assert [t.due for t in plan.tasks][:2] == ["2023-06-30", "2023-12-31"]


def test_bare_role_labels_and_a_unit_list_closed_by_a_time_limit() -> None:
    plan = parse_text(
        "某县2023年重点工作任务分解\n"
        "1.加强正面宣传。（牵头：县委宣传部；配合：各乡镇、县融媒体中心）\n"
        "2.加强运行监测。（各乡镇、县直各部门，2023年底前）\n"
        "3.做好项目储备。（县发改局，6月底前完成）"
    )
    assert _rows(plan) == [
        ("1", ["县委宣传部"], ["县委宣传部", "各乡镇", "县融媒体中心"], ""),
        ("2", [], ["各乡镇", "县直各部门"], "2023年底前"),
        ("3", [], ["县发改局"], "6月底前完成"),
    ]


def test_unit_column_headers_with_a_note_or_a_person_beside_the_unit() -> None:
    # 责任单位（牵头单位列第一位）: a unit column whose first unit leads; 责任单位及责任人 names
    # units (with their contact person); 协作单位 co-operates
    plan = parse_text(
        "序号 | 工作任务 | 责任单位（牵头单位列第一位） | 协作单位 | 完成时限（时间节点） |\n"
        "1 | 推进决策公开。 | 县司法局、县政府办 | 县融媒体中心 | 2023年6月底前 |\n"
        "2 | 做好政策解读。 | 县政府办 | 各乡镇 | 持续推进 |"
    )
    assert _rows(plan) == [
        ("1", ["县司法局"], ["县司法局", "县政府办", "县融媒体中心"], "2023年6月底前"),
        ("2", ["县政府办"], ["县政府办", "各乡镇"], "持续推进"),
    ]
    plan = parse_text(
        "序号 | 工作任务 | 责任单位及责任人 | 完成时限 |\n"
        "1 | 推进决策公开。 | 县司法局 | 2023年6月底前 |\n"
        "2 | 做好政策解读。 | 县政府办、县融媒体中心 | 持续推进 |"
    )
    assert _rows(plan) == [
        ("1", [], ["县司法局"], "2023年6月底前"),
        ("2", [], ["县政府办", "县融媒体中心"], "持续推进"),
    ]


# Section headings standing alone as rows of a table flattened without "|"
HEADING_ROWS = [
    ["序号", "工作任务", "责任单位", "完成时限"],
    ["一、推进决策公开"],
    ["1", "健全决策公开制度。", "县司法局、县政府办", "2023年6月底前"],
    ["2", "做好政策解读。", "县政府办牵头，各乡镇配合", "持续推进"],
    ["二、加强平台建设"],
    ["3", "规范政府网站管理。", "县融媒体中心", "年底前"],
]


def test_section_headings_standing_as_rows_of_tables_without_bars() -> None:
    dun = [[f"{r[0]}、", *r[1:]] if r[0].isdigit() else r for r in HEADING_ROWS]
    forms = {
        "tabs": "\n".join("\t".join(r) for r in HEADING_ROWS),
        "cells one per line": "\n".join(c for r in HEADING_ROWS for c in r),
        "cells one per line, numbers with 、": "\n".join(c for r in dun for c in r),
    }
    for form, table in forms.items():
        plan = parse_text(
            "2023年某县政务公开工作任务清单\n" + table + "\n三、保障措施\n各单位要高度重视。"
        )
        assert _rows(plan) == [
            ("一/1", [], ["县司法局", "县政府办"], "2023年6月底前"),
            ("一/2", ["县政府办"], ["县政府办", "各乡镇"], "持续推进"),
            ("二/3", [], ["县融媒体中心"], "年底前"),
            ("三", [], [], ""),
        ], form


def test_unit_cell_with_each_verb_group_on_its_own_line_or_after_a_space() -> None:
    plan = parse_text(
        "序号 | 工作任务 | 责任单位 | 完成时限 |\n"
        "1 | 推进项目建设。 | 县发改局牵头\n县财政局、县住建局配合 | 年底前 |\n"
        "2 | 做好要素保障。 | 县自然资源局牵头 县财政局、各乡镇配合 | 持续推进 |\n"
        "3 | 加强统筹调度。 | 市、县两级政府 | 每季度 |"
    )
    assert _rows(plan) == [
        ("1", ["县发改局"], ["县发改局", "县财政局", "县住建局"], "年底前"),
        ("2", ["县自然资源局"], ["县自然资源局", "县财政局", "各乡镇"], "持续推进"),
        ("3", [], ["市、县两级政府"], "每季度"),
    ]


def test_a_verb_in_brackets_closing_a_unit_cell_is_the_lists_verb() -> None:
    plan = parse_text(
        "序号 | 工作任务 | 责任单位 | 完成时限 |\n"
        "1 | 推进项目建设。 | 县发改局、县财政局（按职责分工负责） | 年底前 |\n"
        "2 | 做好要素保障。 | 县自然资源局（牵头）、各乡镇（配合） | 持续推进 |"
    )
    assert _rows(plan) == [
        ("1", [], ["县发改局", "县财政局"], "年底前"),
        ("2", ["县自然资源局"], ["县自然资源局", "各乡镇"], "持续推进"),
    ]


def test_a_time_limit_cell_spanning_rows_applies_to_the_rows_that_lack_it() -> None:
    table = (
        "序号 | 工作任务 | 责任单位 | 完成时限 |\n"
        "1 | 推进决策公开。 | 县司法局 | 2023年6月底前 |\n"
        "2 | 做好政策解读。 | 县政府办 |\n"
        "3 | 规范信息发布。 | 县融媒体中心 | 年底前 |"
    )
    assert _rows(parse_text(table)) == [
        ("1", [], ["县司法局"], "2023年6月底前"),
        ("2", [], ["县政府办"], "2023年6月底前"),
        ("3", [], ["县融媒体中心"], "年底前"),
    ]
    # a row that writes its empty time limit cell has none
    written = parse_text(table.replace("| 县政府办 |", "| 县政府办 | |"))
    assert [t.deadline for t in written.tasks] == ["2023年6月底前", "", "年底前"]


def test_tab_table_without_a_number_column_numbers_its_rows_in_the_first_cell() -> None:
    plan = parse_text(
        "2023年某县政务公开工作任务\n"
        "工作任务\t具体内容\t责任单位\t完成时限\n"
        "一、推进公开\n"
        "1.加强政策解读\t做好重要政策 解读工作。\t县政府办\t2023年6月底前\n"
        "2.优化政务服务\t推进政务服务事项公开。\t县行政审批局\t持续推进\n"
        "二、加强平台\n"
        "3.规范网站\t规范网站管理。\t县融媒体中心\t年底前\n"
        "三、保障措施\n"
        "各单位要高度重视。"
    )
    assert _rows(plan) == [
        ("一/1", [], ["县政府办"], "2023年6月底前"),
        ("一/2", [], ["县行政审批局"], "持续推进"),
        ("二/3", [], ["县融媒体中心"], "年底前"),
        ("三", [], [], ""),
    ]
    assert [t.title for t in plan.tasks[:3]] == ["加强政策解读", "优化政务服务", "规范网站"]


def test_cells_one_per_line_without_a_number_column_number_rows_in_the_first_cell() -> None:
    plan = parse_text(
        "2023年某县政务公开工作任务\n"
        "工作任务\n具体内容\n责任单位\n完成时限\n"
        "一、推进公开\n"
        "1.加强政策解读\n做好重要政策解读工作。\n县政府办\n2023年6月底前\n"
        "2.优化政务服务\n推进政务服务事项公开。\n县行政审批局\n县大数据中心\n持续推进\n"
        "二、加强平台\n"
        "3.规范网站\n规范网站管理。\n县融媒体中心\n年底前\n"
        "三、保障措施\n"
        "各单位要高度重视。"
    )
    assert _rows(plan) == [
        ("一/1", [], ["县政府办"], "2023年6月底前"),
        ("一/2", [], ["县行政审批局", "县大数据中心"], "持续推进"),
        ("二/3", [], ["县融媒体中心"], "年底前"),
        ("三", [], [], ""),
    ]
    assert [t.title for t in plan.tasks[:3]] == ["加强政策解读", "优化政务服务", "规范网站"]


def test_time_limits_of_a_whole_year_a_bare_year_and_a_span_of_months_in_a_statement() -> None:
    plan = parse_text(
        "某县2023年重点工作任务分解\n"
        "1.推进项目建设。（县发改局负责，全年）\n"
        "2.做好要素保障。（县自然资源局负责，2023年）\n"
        "3.开展专项整治。（县市场监管局负责，2023年6月—12月）\n"
        "4.组织集中宣传。（县委宣传部负责，3月至6月）"
    )
    assert _rows(plan) == [
        ("1", [], ["县发改局"], "全年"),
        ("2", [], ["县自然资源局"], "2023年"),
        ("3", [], ["县市场监管局"], "2023年6月—12月"),
        ("4", [], ["县委宣传部"], "3月至6月"),
    ]
    # a year alone is due at its end, and so is a span of months
    assert [t.due for t in plan.tasks] == ["2023-12-31", "2023-12-31", "2023-12-31", "2023-06-30"]


def test_party_committee_and_government_of_one_qualifier_and_a_trailing_deng_phrase() -> None:
    plan = parse_text(
        "某县2023年重点工作任务分解\n"
        "1.压实属地责任。（各乡镇党委、政府负责）\n"
        "2.推进项目建设。（县发改局、县财政局等有关部门和单位按职责分工负责）\n"
        "3.加强统筹协调。（县委、县政府负责）"
    )
    assert _rows(plan) == [
        ("1", [], ["各乡镇党委、政府"], ""),
        ("2", [], ["县发改局", "县财政局"], ""),
        ("3", [], ["县委", "县政府"], ""),
    ]


def test_a_time_limit_in_steps_inside_a_statement_is_kept_whole() -> None:
    plan = parse_text(
        "某县2023年重点工作任务分解\n"
        "1.修订管理办法。（县发改局负责，2023年底前完成初稿，2024年6月底前印发实施）\n"
        "2.建设服务平台。（牵头单位：县大数据中心；2023年9月底前上线运行）"
    )
    assert _rows(plan) == [
        ("1", [], ["县发改局"], "2023年底前完成初稿，2024年6月底前印发实施"),
        ("2", ["县大数据中心"], ["县大数据中心"], "2023年9月底前上线运行"),
    ]
    assert [t.due for t in plan.tasks] == ["2023-12-31", "2023-09-30"]


def test_placeholder_cells_say_there_is_no_time_limit_or_unit() -> None:
    plan = parse_text(
        "序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |\n"
        "1 | 推进决策公开。 | 县司法局 | / | —— |\n"
        "2 | 做好政策解读。 | 县政府办 | 县融媒体中心 | 無 |\n"
        "3 | 规范信息发布。 | 县融媒体中心 | — | 年底前 |"
    )
    assert _rows(plan) == [
        ("1", ["县司法局"], ["县司法局"], ""),
        ("2", ["县政府办"], ["县政府办", "县融媒体中心"], ""),
        ("3", ["县融媒体中心"], ["县融媒体中心"], "年底前"),
    ]


def test_unit_names_set_apart_by_spaces_in_a_table_set_apart_by_spaces() -> None:
    plan = parse_text(
        "序号  工作任务  牵头单位  配合单位  完成时限\n"
        "1  推进决策 公开。  县司法局  县政府办  县融媒体中心  2023年6月底前\n"
        "2  做好政策解读。  县政府办  各乡镇  持续推进"
    )
    assert _rows(plan) == [
        ("1", ["县司法局"], ["县司法局", "县政府办", "县融媒体中心"], "2023年6月底前"),
        ("2", ["县政府办"], ["县政府办", "各乡镇"], "持续推进"),
    ]
    assert plan.tasks[0].content.endswith("推进决策 公开。")


def test_bar_line_form_opening_with_a_bar_aligns_a_row_missing_its_last_cell() -> None:
    # the time limit cell spans rows 1 and 2: row 2 has one cell fewer, at its end, and must not
    # take row 1's number for its own
    rows = [
        ["序号", "工作任务", "责任单位", "完成时限"],
        ["1", "推进决策公开。", "县司法局", "2023年6月底前"],
        ["2", "做好政策解读。", "县政府办"],
        ["3", "规范信息发布。", "县融媒体中心", "年底前"],
    ]
    plan = parse_text("|\n" + "\n|\n|\n".join("\n|\n".join(r) for r in rows) + "\n|\n|")
    assert _rows(plan) == [
        ("1", [], ["县司法局"], "2023年6月底前"),
        ("2", [], ["县政府办"], "2023年6月底前"),
        ("3", [], ["县融媒体中心"], "年底前"),
    ]


def test_ongoing_time_limits_closing_a_statement() -> None:
    plan = parse_text(
        "某县2023年重点工作任务分解\n"
        "1.优化营商环境。（县发改局负责，长期）\n"
        "2.规范涉企检查。（县市场监管局负责，常态化）\n"
        "3.推进项目建设。（县发改局牵头，县财政局配合，持续）\n"
        "4.清理拖欠账款。（县工信局负责，2023年12月底前完成并长期坚持）"
    )
    assert _rows(plan) == [
        ("1", [], ["县发改局"], "长期"),
        ("2", [], ["县市场监管局"], "常态化"),
        ("3", ["县发改局"], ["县发改局", "县财政局"], "持续"),
        ("4", [], ["县工信局"], "2023年12月底前完成并长期坚持"),
    ]
    assert [t.recurrence for t in plan.tasks] == ["continuous"] * 3 + [None]
    assert plan.tasks[3].due == "2023-12-31"


def test_cells_between_bars_without_row_numbers_or_row_ends_are_cut_by_the_header_width() -> None:
    # rows carry no number: each row is a ¶ task; a unit list keeps 各县(市、区)政府 whole and drops
    # a trailing 等市有关单位
    cells = [
        "任务", "责任单位", "时限",
        "做好稳经济政策公开工作，集中公开相关举措。", "市政府各部门,各县(市、区)政府", "持续推进",
        "建立项目审批问题反馈机制。", "市发改委、市住建局等市有关单位,各县(市、区)政府",
        "年底前",
        "推进市场监管执法信息公开。", "市市场监管局", "持续推进",
    ]  # fmt: skip
    plan = parse_text("\n|\n".join(cells))
    assert _rows(plan) == [
        ("¶1", [], ["市政府各部门", "各县(市、区)政府"], "持续推进"),
        ("¶2", [], ["市发改委", "市住建局", "各县(市、区)政府"], "年底前"),
        ("¶3", [], ["市市场监管局"], "持续推进"),
    ]


def test_cells_one_per_line_whose_spanning_cells_carry_down_to_the_rows_lacking_them() -> None:
    # a header cell's note on a line of its own ((单位)); the group, time limit, leader and unit
    # cells span rows, so later rows hold only their number and text until a row brings its own;
    # a unit cell of three lines; a task text opening with 全年 is text, not a time limit
    plan = parse_text(
        "序号\n指标\n工作任务\n完成时限\n责任领导\n责任股室\n(单位)\n备注\n"
        "1\n公共文化服务\n免费开放服务人次较上年增长15%。\n12月底前\n张某某\n文化股\n文化馆\n图书馆\n"
        "2\n全年组织开展文化惠民演出不少于100场。\n文化股文化馆\n"
        "3\n开展好“三下乡”活动。\n"
        "4\n文化产业\n培育规模以上文化企业1家。\n"
        "5\n旅游项目\n完善观景平台及配套服务设施建设。\n5月底\n李 某\n旅游股\n"
        "6\n新建、改建旅游厕所6座。"
    )
    assert _rows(plan) == [
        ("1", [], ["文化股", "文化馆", "图书馆"], "12月底前"),
        ("2", [], ["文化股文化馆"], "12月底前"),
        ("3", [], ["文化股文化馆"], "12月底前"),
        ("4", [], ["文化股文化馆"], "12月底前"),
        ("5", [], ["旅游股"], "5月底"),
        ("6", [], ["旅游股"], "5月底"),
    ]


def test_group_columns_before_the_number_column_one_cell_per_line() -> None:
    # 一级指标 / 二级指标 come before 序号; a row's group cells stand before its number, only on
    # the first row of each group; the responsibility cell (label lines) spans the group's rows
    plan = parse_text(
        "某区2020年法治政府建设任务台账\n"
        "一级指标\n二级指标\n序号\n主要任务\n牵头、责任部门\n"
        "一、依法全面履行政府职能\n1.深化行政审批制度改革\n"
        "1\n主动公开行政审批事项清单。\n牵头单位:区政务服务办;责任部门:其他部门、各街道按职责分别负责\n"
        "2\n清理规范行政审批中介服务。\n"
        "3\n推行相对集中许可权改革。\n"
        "2.推进政务服务标准化\n"
        "4\n实行标准化审批。\n区政务服务办\n"
        "二、完善依法行政制度体系\n3.加强规范性文件管理\n"
        "5\n开展规范性文件清理。\n区司法局"
    )
    assert _rows(plan) == [
        ("一/1/1", ["区政务服务办"], ["区政务服务办", "其他部门", "各街道"], ""),
        ("一/1/2", ["区政务服务办"], ["区政务服务办", "其他部门", "各街道"], ""),
        ("一/1/3", ["区政务服务办"], ["区政务服务办", "其他部门", "各街道"], ""),
        ("一/2/4", [], ["区政务服务办"], ""),
        ("二/3/5", [], ["区司法局"], ""),
    ]


def test_a_statement_bracket_after_a_sentence_with_the_items_text_going_on() -> None:
    # item 1: a 〔…〕 statement mid-text with a clause naming the units of every following item,
    # then more text and a second statement; item 2 gets those units before its own
    plan = parse_text(
        "某市打赢蓝天保卫战实施方案\n"
        "一、工作任务\n"
        "1.制定实施准入清单。完成环境准入清单编制工作。〔市生态环境局牵头，市发展改革局、"
        "自然资源局参与，各县、区人民政府（管委会）负责落实。以下各项工作均需各县、区人民政府"
        "（管委会）落实，不再列出。〕按要求不再新建燃煤锅炉。（市生态环境局、市场监管局牵头，"
        "工业和信息化局参与）\n"
        "2.整治散乱污企业。2019年9月底前基本完成整治任务。（市生态环境局牵头，市公安局参与）"
    )
    assert _rows(plan) == [
        (
            "一/1",
            ["市生态环境局", "市场监管局"],
            ["市生态环境局", "市发展改革局", "自然资源局", "各县、区人民政府（管委会）",
             "市场监管局", "工业和信息化局"],
            "",
        ),
        (
            "一/2",
            ["市生态环境局"],
            ["各县、区人民政府（管委会）", "市生态环境局", "市公安局"],
            "",
        ),
    ]  # fmt: skip


def test_a_zone_named_without_its_body_shares_the_body_of_the_zone_after_it() -> None:
    plan = parse_text(
        "序号 类别 主要任务 牵头单位 参与单位 责任单位\n"
        "1 水资源 严守用水总量红线。 市水利局 市发展改革委、农业局等 "
        "各县(市、区)党委和人民政府,城乡一体化示范区、高新区党工委和管委会\n"
        "2 水环境 加强排污口监管。 市生态环境局 市水利局 城东新区、高新区"
    )
    assert _rows(plan) == [
        (
            "1",
            ["市水利局"],
            ["市水利局", "市发展改革委", "农业局", "各县(市、区)党委和人民政府",
             "城乡一体化示范区、高新区党工委和管委会"],
            "",
        ),
        ("2", ["市生态环境局"], ["市生态环境局", "市水利局", "城东新区", "高新区"], ""),
    ]  # fmt: skip


def test_progress_table_set_apart_by_spaces_with_broken_header_cells_and_rows() -> None:
    # header cells of two lines broken in two (牵头 领导, 牵头 责任单位), a year before a header
    # word, columns naming nothing known; rows numbered out of sequence, a person's name with a
    # space in it, and a row whose co-operating cell breaks over three lines
    plan = parse_text(
        "2023年县政府重点工作责任清单进展情况汇总表\n"
        "序号 2023年重点工作任务 牵头  领导 牵头   责任单位 主体   责任单位 配合   责任单位 "
        "工作评价 10-12月份进展情况 备注\n"
        "12 加强医疗资源建设,保护人民生命安全。 王  某   李某某 县卫健委 各乡镇\n"
        "县开发区\n"
        "县直有关单位 达到时序进度 加强基层医疗卫生机构物资配备\n"
        "15 新增托育机构2所以上。 李某某 县卫健委 有关乡镇 县直有关单位 已完成 完成托幼中心备案工作"
    )
    assert _rows(plan) == [
        ("12", ["县卫健委"], ["县卫健委", "各乡镇", "县开发区", "县直有关单位"], ""),
        ("15", ["县卫健委"], ["县卫健委", "有关乡镇", "县直有关单位"], ""),
    ]


def test_an_unbracketed_closing_sentence_of_units_and_verbs_is_a_statement() -> None:
    plan = parse_text(
        "某县2023年政务公开工作要点\n"
        "一、推进决策公开。做好政策解读。县发改局牵头，各乡镇配合。\n"
        "二、规范信息发布。及时发布权威信息。由县财政局牵头，县审计局配合。\n"
        "三、优化政务服务。推进一网通办。县政府办负责。\n"
        "四、加强组织领导。各乡镇要加强领导。\n"
        "五、强化督查落实。各部门要按照职责分工抓好落实。"
    )
    assert _rows(plan) == [
        ("一", ["县发改局"], ["县发改局", "各乡镇"], ""),
        ("二", ["县财政局"], ["县财政局", "县审计局"], ""),
        ("三", [], ["县政府办"], ""),
        ("四", [], [], ""),
        ("五", [], [], ""),
    ]
    assert plan.tasks[0].content.endswith("县发改局牵头，各乡镇配合。")


def test_a_section_number_after_a_sentence_end_on_a_short_line_opens_an_item() -> None:
    # …高度重视。一、加强政策解读（…）: the number opens an item; 一、二级, 一、二季度 and
    # 第一、二批 after a full stop or inside a sentence do not
    plan = parse_text(
        "某县2023年政务公开工作要点\n"
        "为做好政务公开工作，制定本要点。各单位要高度重视。一、加强政策解读（责任单位：县政府办）\n"
        "二、做好信息发布。及时发布权威信息。一、二级医院要公开。（责任单位：县融媒体中心）\n"
        "三、推进决策公开。2024年一、二季度完成。第一、二批名单公开。（责任单位：县卫健局）\n"
        "四、优化政务服务。推进一网通办。县政府办负责。五、强化督查。各部门要抓好落实。"
    )
    assert _rows(plan) == [
        ("一", [], ["县政府办"], ""),
        ("二", [], ["县融媒体中心"], ""),
        ("三", [], ["县卫健局"], ""),
        ("四", [], ["县政府办"], ""),
        ("五", [], [], ""),
    ]
    assert plan.tasks[0].content == "一、加强政策解读（责任单位：县政府办）"
    assert plan.title == "某县2023年政务公开工作要点"


def test_bar_first_copy_of_one_line_cells_with_a_group_cell_spanning_rows_reads_as_before() -> None:
    # the row lacking its first cell (the group spanning rows) takes the group from above; a text
    # after the table's last bar, never closed by a bar, is not a cell
    rows = [
        ["工作任务", "具体要求", "责任部门", "完成时限"],
        ["一、做好财政信息公开", "1.推进预算公开。", "财务科", "2023年6月底前"],
        ["2.做好政府采购信息公开。", "财务科、办公室", "持续推进"],
        ["二、做好网站信息公开", "3.更新网站概况信息。", "办公室", "年底前"],
    ]
    table = "|\n" + "\n|\n|\n".join("\n|\n".join(r) for r in rows) + "\n|\n|"
    plan = parse_text("2023年某中心政务公开工作任务\n" + table + "\n" + AFTER_TABLE)
    assert _rows(plan) == [
        ("一/1", [], ["财务科"], "2023年6月底前"),
        ("一/2", [], ["财务科", "办公室"], "持续推进"),
        ("二/3", [], ["办公室"], "年底前"),
        ("三", [], [], ""),
    ]


def test_a_closing_sentence_of_units_and_verbs_with_a_time_limit_after_them() -> None:
    plan = parse_text(
        "某县2023年政务公开工作要点\n"
        "一、推进决策公开。做好政策解读。县发改局牵头，各乡镇配合，2023年底前完成。\n"
        "二、规范信息发布。及时发布权威信息。由县财政局负责，持续推进。\n"
        "三、优化政务服务。推进一网通办，2023年底前完成。"
    )
    assert _rows(plan) == [
        ("一", ["县发改局"], ["县发改局", "各乡镇"], "2023年底前完成"),
        ("二", [], ["县财政局"], "持续推进"),
        ("三", [], [], ""),
    ]
    assert plan.tasks[2].due == "2023-12-31"  # a time limit in the task's own text


def test_a_bracketed_section_number_after_a_sentence_end_opens_an_item() -> None:
    plan = parse_text(
        "某县2023年政务公开工作要点\n"
        "一、推进决策公开。做好政策解读。（一）加强政策解读（责任单位：县政府办）\n"
        "（二）做好信息发布。及时发布权威信息。（责任单位：县融媒体中心）"
    )
    assert _rows(plan) == [
        ("一/（一）", [], ["县政府办"], ""),
        ("一/（二）", [], ["县融媒体中心"], ""),
    ]


def test_bar_first_copy_with_cells_over_lines_in_several_columns_and_a_short_row() -> None:
    rows = [
        ["序号", "工作任务", "责任单位", "完成时限"],
        ["1", "推进决策公开，\n做好政策解读。", "县司法局\n县政府办", "2023年6月底前"],
        ["2", "做好政策解读。", "县政府办"],
        ["3", "规范信息发布。", "县融媒体中心", "年底前"],
    ]
    table = "|\n" + "\n|\n|\n".join("\n|\n".join(r) for r in rows) + "\n|\n|"
    for after in ("", "\n三、保障措施\n各单位要高度重视。"):
        plan = parse_text("某县2023年政务公开任务\n" + table + after)
        assert _rows(plan)[:3] == [
            ("1", [], ["县司法局", "县政府办"], "2023年6月底前"),
            ("2", [], ["县政府办"], "2023年6月底前"),
            ("3", [], ["县融媒体中心"], "年底前"),
        ], after
        assert len(plan.tasks) == (4 if after else 3)


STAGE_SCHEDULE_AND_STATUS = """序号 | 项目内容 | 工作进度安排 | 目前实施情况 | 牵头单位 |
1 | 建成示范点。 | 第一季度:选址; 第二季度:开工; 第四季度(11月份):验收。 | 已选址。 | 县建设局 |
2 | 新增托位二百个。 | 6月底前 | 已开工。 | 县卫生局 |"""


def test_stage_schedule_is_no_deadline_and_status_column_names_no_units() -> None:
    plan = parse_text(STAGE_SCHEDULE_AND_STATUS)
    assert _rows(plan) == [
        ("1", ["县建设局"], ["县建设局"], ""),
        ("2", ["县卫生局"], ["县卫生局"], "6月底前"),
    ]


MEASURE_AND_SCORING_COLUMNS = """某县任务清单
考核项目
序号
考核指标
考核内容
单位
年度目标
责任部门
评分部门
产业发展
1
稳定生产
产值增幅
%
≥2%
县农业局
县水利局
市农业局市水利局
2
种植面积
万亩
全市统筹
县农业局
市农业局
3
建设示范基地
0
县林业局
市林业局"""


def test_measure_unit_and_scoring_columns_name_no_units() -> None:
    plan = parse_text(MEASURE_AND_SCORING_COLUMNS)
    assert _rows(plan) == [
        ("1", [], ["县农业局", "县水利局"], ""),
        ("2", [], ["县农业局"], ""),
        ("3", [], ["县林业局"], ""),
    ]


LABEL_PIPE_ROWS = """重点工作: | 12.推进老旧街区改造,完善配套设施。 |
牵头单位: | 市住房建设局 |
年度阶段性工作目标: | 第一季度:制定方案。 第四季度:完成改造。 |
进展情况、存在问题 及下一步工作建议: |
已完成。 | 2024"""


def test_label_rows_copied_as_pipe_rows() -> None:
    plan = parse_text(LABEL_PIPE_ROWS)
    assert _rows(plan) == [("12", ["市住房建设局"], ["市住房建设局"], "")]


NAME_TEXT_TIME_CELLS = """某局2015年创建工作任务分解表
任 务 目 标
完成时限
组织保障
成立工作小组,制定方案,明确职责。
3月份
宣传发动
开展宣传活动,营造良好氛围,提高群众知晓率
4月份
环境
整治
1.做好办公区域环境整治。
2.做好宿舍区域环境整治。
资料整理
规范整理创建资料。
其他工作
完成交办的各项工作。
4-12月份
收藏 推荐 打印 | 录入:某某 | 阅读:"""


def test_name_text_time_cells_without_unit_column() -> None:
    plan = parse_text(NAME_TEXT_TIME_CELLS)
    assert _rows(plan) == [
        ("¶1", [], [], "3月份"),
        ("¶2", [], [], "4月份"),
        ("¶3/1", [], [], "4月份"),
        ("¶3/2", [], [], "4月份"),
        ("¶4", [], [], "4月份"),
        ("¶5", [], [], "4-12月份"),
    ]
    assert [t.title for t in plan.tasks][:2] == ["组织保障", "宣传发动"]
    assert plan.tasks[-1].due == "2015-12-31"


TWO_COLUMN_PAGE = """某市人民政府公报 2021年第3期
做好工作) 加强政务数据归集共享,用大数据理念优化公
(三) 推进决策公开工作的规范落实见效 开工作,为政府决策提供有力支撑。(责任单
各县区政府要抓好决策事项目录的编制发布, 位:市数据管理局、市信息中心负责落实)
并完善意见征集平台等功能。市政府各部门要 (二) 创新政府公报工作机制提升服务效果
对本领域决策公开情况进行抽查检查,对未按 县级政府可结合实际办好政府公报。推进公报
要求公开的,要进行通报并限期整改。(责任 数据库数字化利用,开发移动端应用,打造掌
单位:各县区人民政府、市直有关部门按职责 上公报。(责任单位:市政府公报室、各县区
分别负责落实) 人民政府负责落实)
(四) 做好重点领域信息公开工作取得实效 (三) 开设政务公开专区
围绕重点领域做好有关信息公开,及时发布相 年底前在政务服务中心开设政务公开专区,建
关政策措施和办理结果,更加注重对社会关切 成市级政务公开实体店,打造集政府信息查询"""


def test_page_in_two_columns_is_read_column_by_column() -> None:
    plan = parse_text(TWO_COLUMN_PAGE)
    assert _rows(plan) == [
        ("（三）", [], ["各县区人民政府", "市直有关部门"], ""),
        ("（四）", [], [], ""),
        ("¶1", [], ["市数据管理局", "市信息中心"], ""),
        ("（二）", [], ["市政府公报室", "各县区人民政府"], ""),
        ("（三）", [], [], ""),
    ]
    assert not any("\ue000" in line for line in plan.source_lines)


NOTE_BRACKET_AND_SUB_LIST_END = """某市2019年政务公开任务分工
工作任务 | 具体要求 | 责任单位 |
(一)推进决策公开 | 1. 制定目录。 | 市司法局牵头,市有关单位(见附件2,下同),各县(市、区)人民政府负责 |
(一)推进决策公开 | 2. 公开草案。 | 市有关单位,各县(市、区)人民政府负责 |
(一)推进决策公开 | 3. 做好解读。 | 市文旅局等相关市直部门、各镇(街道)、高新区 |"""


def test_note_bracket_after_a_unit_and_qualified_collective_ending_a_sub_list() -> None:
    plan = parse_text(NOTE_BRACKET_AND_SUB_LIST_END)
    assert _rows(plan) == [
        ("（一）/1", ["市司法局"], ["市司法局", "市有关单位", "各县(市、区)人民政府"], ""),
        ("（一）/2", [], ["市有关单位", "各县(市、区)人民政府"], ""),
        ("（一）/3", [], ["市文旅局", "各镇(街道)", "高新区"], ""),
    ]


NAME_TEXT_TIME_THREE_HEADERS = """某局2016年创建工作任务分解表
工作任务
工作要求
完成时间
组织保障
成立工作小组,制定方案,明确职责。
3月底前
宣传发动
开展宣传活动,营造良好氛围,提高群众知晓率
环境整治
1.做好办公区域环境整治。
2.做好宿舍区域环境整治。
6月底前
欢迎访问本站"""


def test_name_text_time_cells_under_three_headers() -> None:
    plan = parse_text(NAME_TEXT_TIME_THREE_HEADERS)
    assert _rows(plan) == [
        ("¶1", [], [], "3月底前"),
        ("¶2", [], [], "3月底前"),
        ("¶3/1", [], [], "6月底前"),
        ("¶3/2", [], [], "6月底前"),
    ]
    assert plan.tasks[0].title == "组织保障"


def test_shared_page_breaking_inside_an_opened_statement() -> None:
    # page 2's number falls between a statement's label and its unit ((责任单位: / 2、某中心))
    plan = parse_text(
        "某镇2022年整治工作方案.docx\n"
        "《某镇2022年整治工作方案.docx》由会员分享,可在线阅读,更多相关内容请在本站上搜索。\n"
        "1、某镇2022年整治工作方案为做好整治工作,特制定本方案。一、总体要求坚持标本兼治,"
        "进一步加大整治力度,不断提高监管水平,确保整治取得实效。二、重点任务(一)田间焚烧整治。"
        "禁止在田间焚烧各类废弃物,做好巡查工作。(责任单位:\n"
        "2、农业服务中心)(二)垃圾焚烧整治。全面整治焚烧垃圾的行为,提升群众环保意识。"
        "(牵头单位:执法办)"
    )
    assert _rows(plan) == [
        ("一", [], [], ""),
        ("二/（一）", [], ["农业服务中心"], ""),
        ("二/（二）", ["执法办"], ["执法办"], ""),
    ]


def test_label_with_an_alternative_kind_in_brackets() -> None:
    # 牵头科室(单位): names the lead units; 责任领导: a person
    plan = parse_text(
        "某局2018年重点工作任务分解\n"
        "1.加快创新平台建设,打造创业品牌。\n"
        "责任领导:张三\n"
        "牵头科室(单位):规划科、某某中心基建办\n"
        "完成时限:2018年12月\n"
        "2.推动园区升级。\n"
        "责任领导:李四\n"
        "牵头部门（单位）:园区办\n"
        "完成时限:2018年10月"
    )
    assert _rows(plan) == [
        ("1", ["规划科", "某某中心基建办"], ["规划科", "某某中心基建办"], "2018年12月"),
        ("2", ["园区办"], ["园区办"], "2018年10月"),
    ]


def test_first_unit_leads_note_inside_a_bracket_of_names() -> None:
    # (甲委、乙局、某某储备库。排名第一的为牵头单位,下同): a list of names, whatever they end with
    plan = parse_text(
        "某市关于落实某项责任制的实施意见\n"
        "一、明确责任\n"
        "(一)增强意识。要着眼大局,增强责任意识,作为基本任务抓好抓落实。"
        "(市甲委、市乙局、某某储备库。排名第一的为牵头单位,下同)\n"
        "(二)落实责任。各县要承担主体责任。(市丙局、市丁局负责)"
    )
    assert _rows(plan) == [
        ("一/（一）", ["市甲委"], ["市甲委", "市乙局", "某某储备库"], ""),
        ("一/（二）", ["市丙局"], ["市丙局", "市丁局"], ""),
    ]


BROKEN_HEADER_UNNUMBERED_ROWS = """项目

名称

内容

牵头单位

进展情况

(6月)

进展情况

(12月)

助餐服务项目

新建社区老年食堂10家。

区民政局

已建成4家。

已建成10家。

文体活动项目

举办老年文体活动20场。

区文旅局、区体育局

已举办8场。

已举办21场。

全年新建老年食堂12家,超额完成。

分享:"""


def test_unnumbered_rows_under_header_cells_broken_over_two_lines() -> None:
    # 项目 / 名称 and 进展情况 / (6月) are header cells broken over two lines; the rows carry no
    # number: each is a task under its name, the line after the rows is text after the table
    plan = parse_text(BROKEN_HEADER_UNNUMBERED_ROWS)
    assert _rows(plan) == [
        ("¶1", ["区民政局"], ["区民政局"], ""),
        ("¶2", ["区文旅局", "区体育局"], ["区文旅局", "区体育局"], ""),
    ]
    assert [t.title for t in plan.tasks] == ["助餐服务项目", "文体活动项目"]


LEVEL_POINTS_PIPES = """某局2022年政务公开工作要点
工作要求 | 一级要点 | 二级要点 | 责任科室 |
一、加强政策解读 | (一)做好政策发布 | 1.及时发布待遇政策文件。 | 待遇科牵头,办公室配合 |
2.做好政策图解工作。 | 办公室牵头,各股室按职责落实 | ||
(二)回应社会关切 | 3.开展线上访谈活动。 | 服务科牵头,办公室配合 | |
二、推进平台建设 | (三)优化政府网站 | 4.更新栏目内容。 | 办公室 |
5.完善检索功能。 | 信息科 | ||"""


def test_level_points_columns_are_group_cells_of_the_rows() -> None:
    # 一级要点 / 二级要点 name the plan's points level by level: their numbered cells group the
    # rows, and later rows lack the spanning cells
    plan = parse_text(LEVEL_POINTS_PIPES)
    assert _rows(plan) == [
        ("一/（一）/1", ["待遇科"], ["待遇科", "办公室"], ""),
        ("一/（一）/2", ["办公室"], ["办公室", "各股室"], ""),
        ("一/（二）/3", ["服务科"], ["服务科", "办公室"], ""),
        ("二/（三）/4", [], ["办公室"], ""),
        ("二/（三）/5", [], ["信息科"], ""),
    ]


HEADER_MISSING_FIRST_CELLS = """某县局2025年政务公开工作任务清单
工 作 内 容 | 责任股室 | ||
一、围绕规范公开,完善制度。 | 1 | 健全公开审查机制。 | 办公室牵头,各股室、各中心配合 |
二、围绕重点领域,加大公开。 | 2 | 公开基金使用情况。 | 基金股牵头,各股室配合 |
3 | 公开定点机构名单。 | 服务股牵头,各中心配合 | |"""


def test_rows_read_by_their_cells_when_the_header_lost_its_first_cells() -> None:
    plan = parse_text(HEADER_MISSING_FIRST_CELLS)
    assert _rows(plan) == [
        ("一/1", ["办公室"], ["办公室", "各股室", "各中心"], ""),
        ("二/2", ["基金股"], ["基金股", "各股室"], ""),
        ("二/3", ["服务股"], ["服务股", "各中心"], ""),
    ]


def test_unit_and_time_limit_labels_in_one_bracket() -> None:
    plan = parse_text(
        "二、重点任务\n"
        "(一)强化就业服务。持续开展服务活动,提升服务质量。(责任部门:就业科;完成时限:长期坚持)\n"
        "(二)优化人才环境。完善引进政策。(责任部门:人才科、局内各科室;完成时限:2024年12月底前)"
    )
    assert _rows(plan) == [
        ("二/（一）", [], ["就业科"], "长期坚持"),
        ("二/（二）", [], ["人才科", "局内各科室"], "2024年12月底前"),
    ]


def test_traditional_bracket_saying_its_units_hold_for_every_item_below() -> None:
    # 以下各項工作均需…負責落實,不再一一列出 works as 下同 for the units it names
    plan = parse_text(
        "一、完善服務體系\n"
        "1.健全評估制度。規範評估流程。(市甲局牽頭,各縣、區政府負責落實。以下各項工作均需各縣、"
        "區政府負責落實,不再一一列出。)\n"
        "2.發展社區服務。推進中心建設。(市乙局牽頭,市丙局配合)\n"
        "3.加強隊伍建設。開展培訓。(市丁局、市戊局負責)"
    )
    rows = [(p, lead, sorted(units), d) for p, lead, units, d in _rows(plan)]
    assert rows == [
        ("一/1", ["市甲局"], sorted(["市甲局", "各縣、區政府"]), ""),
        ("一/2", ["市乙局"], sorted(["各縣、區政府", "市乙局", "市丙局"]), ""),
        ("一/3", [], sorted(["各縣、區政府", "市丁局", "市戊局"]), ""),
    ]


SPACED_REPORT_TABLE = """某区2023年政府工作报告重点工作任务分解表
序号 重点工作任务 主要责任单位 协同配合单位 完成期限
12 建设科技孵化基地两个,培育高新技术企业二十家。 区甲局 区乙局、区丙局 2023年12月底
13 推进数字乡村试点,完成十个行政村网络覆盖。 区丁局
区戊局、等县政府有关部门
区己中心
区庚局 区辛局 2023年10月底
14 举办创新创业大赛一届。 区壬局 区癸局等县政府有关部门 2023年9月底"""


def test_spaced_columns_with_a_unit_cell_of_names_one_per_line() -> None:
    # 主要责任单位 beside 协同配合单位 does not lead; its names one per line go on until the line
    # carrying the row's last cells (协同配合单位, 完成期限); 等县政府有关部门 closes a list
    plan = parse_text(SPACED_REPORT_TABLE)
    assert _rows(plan) == [
        ("12", [], ["区甲局", "区乙局", "区丙局"], "2023年12月底"),
        ("13", [], ["区丁局", "区戊局", "区己中心", "区庚局", "区辛局"], "2023年10月底"),
        ("14", [], ["区壬局", "区癸局"], "2023年9月底"),
    ]


SHARED_RUNON_SECTION = "\n".join(
    [
        "某市食品平安重点工作支配.docx 由会员分享,可在线阅读",
        "1、x市人民政府办公室关于印发x市重点工作支配的通知各区人民政府,市政府各部门:现将本市重点"
        "工作支配印发给你们,请仔细贯彻执行。x市人民政府办公室xxxx年x月x日x市重点工作支配一、切实"
        "加强食品平安工作组织制定出台年度工作方案,推进国家食品平安示",
        "2、范城市创建工作,明确各部门任务分工。(市甲办负责)依据考核办法,开展年度考核评议工作,"
        "督促各区落实责任。(市甲办牵头,市甲委各有关成员单位协作)各区要落实属地管理责任,完善基层"
        "工作机制。(各区甲办负责)二、深化重点",
    ]
)


def test_shared_run_on_section_with_a_bracket_after_each_sentence() -> None:
    # the sharing site's pages run on (page 2 opens mid-word); the first section is glued to the
    # notice before it; its sentences are closed each by a statement, all of which apply
    plan = parse_text(SHARED_RUNON_SECTION)
    first = plan.tasks[0]
    assert first.path == ["一"]
    assert first.lead == ["市甲办"]
    assert first.units == ["市甲办", "市甲委各有关成员单位", "各区甲办"]
    assert "示范城市" in first.content


def test_traditional_plan_after_a_notice_addressed_to_many_bodies() -> None:
    # the notice's addressees are no statement; brackets ending in 負責 name the units
    plan = parse_text(
        "國務院甲部、乙部、丙委員會、丁總局、戊局、己辦公室、庚委員會、辛部、壬局、癸署:\n"
        "現將《2021年推進強國建設年度計劃》印發給你們,請結合實際認真貫徹落實。\n"
        "2021年推進強國建設年度計劃\n"
        "一、強化保護\n"
        "(一)完善制度\n"
        "1.推進條例修訂。加快修訂相關條例。(甲總局、乙農業部、丙知識局負責)\n"
        "2.加強執法。開展專項行動。(丙知識局負責)"
    )
    assert _rows(plan) == [
        ("一/（一）/1", [], ["甲總局", "乙農業部", "丙知識局"], ""),
        ("一/（一）/2", [], ["丙知識局"], ""),
    ]


def test_pinyin_removed_from_units_said_to_hold_for_every_item_below() -> None:
    plan = parse_text(
        "一、完善服務體系\n"
        "1.健全評估制度。保障養(yǎng)老服務質量。(市甲局牽頭,各縣(xiàn)、區(qū)政府負責落實。以下各項"
        "工作均需各縣(xiàn)、區(qū)政府負責落實,不再一一列出。)\n"
        "2.發展社區服務。推進中心建設。(市乙局負責)"
    )
    rows = [(p, lead, sorted(units)) for p, lead, units, _ in _rows(plan)]
    assert rows == [
        ("一/1", ["市甲局"], sorted(["市甲局", "各縣、區政府"])),
        ("一/2", [], sorted(["各縣、區政府", "市乙局"])),
    ]


def test_unit_list_closed_by_etc_provincial_bodies_and_another_unit() -> None:
    plan = parse_text(
        "一、重点任务\n"
        "1.加强监管。开展专项检查。(市甲局、市乙局按职责分工负责)\n"
        "2.优化环境。(甲局等省有关部门和各地级以上市人民政府负责)"
    )
    assert _rows(plan) == [
        ("一/1", [], ["市甲局", "市乙局"], ""),
        ("一/2", [], ["甲局", "各地级以上市人民政府"], ""),
    ]


# Forms the metamorphic evaluation (forms_eval.py) showed the parser missing.

SPACED_ROLE_HEADER = """2023年某县重点工作责任清单进展情况汇总表
序号 重点工作任务 牵头  领导 牵头         责任单位 配合         责任单位 工作评价 备注
1 推进社区服务中心建设,完善便民服务设施。 李  明   王小红 县甲局 各乡镇 县乙局 达到时序进度 无
2 新建口袋公园3个。 王小红 县丙局 县丁局 已完成 完成选址工作"""


def test_spaced_header_broken_role_words_in_traditional_script() -> None:
    # 牽頭 / 領導 set apart in the header is the role word 牵头 in the other script: the two
    # words still make one column, so the leaders' names stay out of the unit columns
    simplified = parse_text(SPACED_ROLE_HEADER)
    traditional = parse_text(opencc.OpenCC("s2t").convert(SPACED_ROLE_HEADER))
    assert _rows(simplified) == [
        ("1", ["县甲局"], ["县甲局", "各乡镇", "县乙局"], ""),
        ("2", ["县丙局"], ["县丙局", "县丁局"], ""),
    ]
    assert _rows(traditional) == [
        ("1", ["縣甲局"], ["縣甲局", "各鄉鎮", "縣乙局"], ""),
        ("2", ["縣丙局"], ["縣丙局", "縣丁局"], ""),
    ]


PINYIN_IN_LABEL_ROWS = """某区2023年重点工作推进表
重点工作: | 1.推进老旧小区改(gǎi)造,完(wán)成年度任务。 |
牵头(tóu)单(dān)位: | 区(qū)甲局 |
年度目标: | 完成(chéng)改造10个。 |
重点工作: | 2.推进口袋公园建设。 |
牵头单(dān)位: | 区乙局 |"""


def test_pinyin_noise_is_removed_before_labels_are_read() -> None:
    # pinyin inside a label (牵头(tóu)单(dān)位:) must not hide the label from the steps that
    # read label rows: the noise goes first
    assert _rows(parse_text(PINYIN_IN_LABEL_ROWS)) == [
        ("1", ["区甲局"], ["区甲局"], ""),
        ("2", ["区乙局"], ["区乙局"], ""),
    ]


def _wrap(text: str, width: int) -> str:
    """Lines broken at a fixed width, as text copied out of a PDF."""
    return "\n".join(
        line[k : k + width] for line in text.split("\n") for k in range(0, len(line), width)
    )


_WORK = ("完善工作机制", "加强统筹协调", "健全考核办法", "优化办事流程", "强化督促检查")
WRAPPED_PROSE = "\n".join(
    ["某县2024年政务公开工作要点", "一、重点任务"]
    + [
        f"{k}.推进第{k}项重点任务,{_WORK[k % 5]},{_WORK[(k + 2) % 5]},确保按期完成。"
        f"({'责任领导:某某;' if k % 2 else ''}牵头单位:县{'甲乙丙丁戊己庚辛壬癸子丑寅卯'[k - 1]}局)"
        for k in range(1, 15)
    ]
)


def test_short_text_wrapped_at_any_width_is_rejoined() -> None:
    # each item wraps into two lines, the second closing the paragraph: the width is measured on
    # the lines that go on, and a full line ending inside its open bracket (…(责任领导:) goes on
    expected = _rows(parse_text(WRAPPED_PROSE))
    assert expected[0] == ("一/1", ["县甲局"], ["县甲局"], "")
    assert len(expected) == 14
    for width in range(28, 41):
        if width != 33:  # at 33 every line ends on its sentence's full stop: nothing to rejoin
            assert _rows(parse_text(_wrap(WRAPPED_PROSE, width))) == expected, width


def _paged(lines: list[str], every: int) -> str:
    """Page numbers (- N -) and the title as a running header at every ``every`` lines."""
    out: list[str] = []
    for k, line in enumerate(lines):
        if k and k % every == 0:
            out += [f"- {k // every} -", lines[0]]
        out.append(line)
    return "\n".join(out)


_LIST_CELLS = ["某区2024年民生实事任务清单", "序号", "工作任务", "责任单位", "完成时限"]
for _k, (_task, _unit) in enumerate(
    (
        ("推进老旧小区改造", "区甲局"),
        ("新建口袋公园", "区乙局"),
        ("增加普惠托位", "区丙局"),
        ("改造农贸市场", "区丁局"),
        ("新建公共停车场", "区戊局"),
        ("完善社区食堂", "区己局"),
    ),
    1,
):
    _LIST_CELLS += [str(_k), _task, _unit, "年底前"]


def test_running_header_at_page_breaks_is_dropped() -> None:
    # the title printed under each page number is no cell of the table it falls into; its first
    # printing stays the plan's title
    expected = [(str(k), [], [f"区{u}局"], "年底前") for k, u in enumerate("甲乙丙丁戊己", 1)]
    assert _rows(parse_text("\n".join(_LIST_CELLS))) == expected
    plan = parse_text(_paged(_LIST_CELLS, 7))
    assert _rows(plan) == expected
    assert plan.title == "某区2024年民生实事任务清单"


def test_a_cell_on_both_sides_of_one_page_break_stays() -> None:
    # the same unit in two cells around one page number is no running header
    lines = ["某区2024年任务清单", "序号", "工作任务", "牵头单位", "配合单位"]
    lines += ["1", "推进老旧小区改造", "区甲局", "- 1 -", "区甲局", "2", "新建口袋公园"]
    lines += ["区乙局", "区丙局"]
    assert _rows(parse_text("\n".join(lines))) == [
        ("1", ["区甲局"], ["区甲局"], ""),
        ("2", ["区乙局"], ["区乙局", "区丙局"], ""),
    ]


TAB_ROWS = """某局2024年政务公开重点工作任务分解表
序号\t工作任务\t具体要求\t责任科室\t完成时限
1\t做好财政信息公开\t按时公开部门预决算。\t财务科\t2024年6月底前
2\t推进网站建设\t及时更新网站栏目,维护内容准确。\t办公室、信息科\t持续推进
3\t做好年度报告\t按时编制发布年度报告。\t办公室\t2024年1月31日前"""


def test_table_copied_with_tabs_between_cells() -> None:
    # a spreadsheet's or word processor's copy sets cells apart by tabs: read as the rows of a
    # table written with '|'
    expected = [
        ("1", [], ["财务科"], "2024年6月底前"),
        ("2", [], ["办公室", "信息科"], "持续推进"),
        ("3", [], ["办公室"], "2024年1月31日前"),
    ]
    assert _rows(parse_text(TAB_ROWS.replace("\t", " | "))) == expected
    assert _rows(parse_text(TAB_ROWS)) == expected
    # a tab after a heading's number is no table
    # rows without a 序号 column, and label rows, copied with tabs read as with '|'
    tabbed = "\n".join(
        "\t".join(c.strip() for c in line.split("|") if c.strip())
        for line in ROWS_AS_LINES.split("\n")
    )
    assert _rows(parse_text(tabbed)) == _rows(parse_text(ROWS_AS_LINES))
    labels = "某区2024年重点工作推进表\n" + "\n".join(
        ("重点工作:\t1.推进老旧小区改造。", "牵头单位:\t区甲局", "年度目标:\t完成改造10个。")
        + ("重点工作:\t2.新建口袋公园。", "牵头单位:\t区乙局")
    )
    assert _rows(parse_text(labels)) == [
        ("1", ["区甲局"], ["区甲局"], ""),
        ("2", ["区乙局"], ["区乙局"], ""),
    ]
    headings = normalise_lines(["一、\t总体要求", "二、\t工作任务"])
    assert headings == ["一、 总体要求", "二、 工作任务"]


def test_section_headings_between_rows_written_with_bars() -> None:
    # the copy kept '|' between cells but not on a heading's line (一、推进决策公开): the heading
    # stands as a row, as in the same table copied with tabs
    tabs = "\n".join("\t".join(r) for r in HEADING_ROWS)
    bars = "\n".join(" | ".join(r) if len(r) > 1 else r[0] for r in HEADING_ROWS)
    tail = "\n三、保障措施\n各单位要高度重视。"
    head = "2023年某县政务公开工作任务清单\n"
    assert _rows(parse_text(head + bars + tail)) == _rows(parse_text(head + tabs + tail))
    assert [t.path for t in parse_text(head + bars + tail).tasks][:3] == [
        ["一", "1"],
        ["一", "2"],
        ["二", "3"],
    ]


GAP_TABLE = "\n".join(
    (
        "某县2022年政务公开任务分解责任清单",
        "工作任务   具体要求    责任单位  时限要求",
        "一、以公开助力经济发展。    （一）加强市场主体信息公开。    1     "
        "增强政策文件制定实施的透明度。     县甲局、县乙局负责落实     持续推进",
        "2   开设行业帮扶政策公开专题。  县丙局负责落实   2022年6月底前",
        "（二）做好惠企政策解读。  3  及时解读惠企政策。   县丁局牵头，县戊局配合   持续推进",
    )
)


def test_table_laid_out_with_runs_of_spaces_between_cells() -> None:
    # a PDF's text layer sets cells apart by runs of blanks, single blanks never parting a header
    # cell: the gaps are the bars of the same table written with '|' (group cells opening a row
    # are cells beyond the header's)
    bars = re.sub(r"(?<=\S) {2,}(?=\S)", " | ", GAP_TABLE)
    expected = [
        ("一/（一）/1", [], ["县甲局", "县乙局"], "持续推进"),
        ("一/（一）/2", [], ["县丙局"], "2022年6月底前"),
        ("一/（二）/3", ["县丁局"], ["县丁局", "县戊局"], "持续推进"),
    ]
    assert _rows(parse_text(bars)) == expected
    assert _rows(parse_text(GAP_TABLE)) == expected


def test_label_rows_laid_out_with_a_gap_after_each_label() -> None:
    labels = "某区2024年重点工作推进表\n" + "\n".join(
        ("重点工作:    1.推进老旧小区改造。", "牵头单位:    区甲局", "年度目标:    完成改造10个。")
        + ("重点工作:    2.新建口袋公园。", "牵头单位:    区乙局")
    )
    assert _rows(parse_text(labels)) == [
        ("1", ["区甲局"], ["区甲局"], ""),
        ("2", ["区乙局"], ["区乙局"], ""),
    ]


def test_items_numbered_with_full_width_digits_run_on_one_line() -> None:
    # a word processor's full-width digits (１．（２）) number the run as ASCII ones do
    text = (
        "某市关于优化营商环境的实施意见\n一、持续减少审批事项\n"
        "1.深化商事制度改革。(1)全面落实一照一码改革。(市甲局牵头负责)"
        "(2)完善企业登记全程电子化。(市乙局牵头负责)(3)推进企业名称登记改革。(市丙局负责)"
    )
    expected = [
        ("一/1/（1）", ["市甲局"], ["市甲局"], ""),
        ("一/1/（2）", ["市乙局"], ["市乙局"], ""),
        ("一/1/（3）", [], ["市丙局"], ""),
    ]
    assert _rows(parse_text(text)) == expected
    full = _rows(parse_text(text.translate(str.maketrans("0123456789", "０１２３４５６７８９"))))
    assert [(p.translate(str.maketrans("１２３", "123")), *r) for p, *r in full] == expected


def test_title_printed_again_at_the_only_page_break_of_a_wrapped_text() -> None:
    # a PDF's copy of two pages: the title under the one page number falls inside item 7, whose
    # line goes on after it
    lines = _wrap(WRAPPED_PROSE, 30).split("\n")
    half = len(lines) // 2
    paged = lines[:half] + ["第 1 页 共 2 页", "某县2024年政务公开工作要点"] + lines[half:]
    assert _rows(parse_text("\n".join(paged))) == _rows(parse_text(WRAPPED_PROSE))


UNNUMBERED_CELL_LINES = """某局2024年政务公开工作要点
二、重点工作任务分解
重点任务
工作内容
负责科室
政策解读
对本局起草的政策文件进行全面解读,创新解读形式。
各业务科室
回应关切
对群众普遍关注的热点问题及时回应。
办公室
财政资金
及时发布预决算信息,接受群众监督。
财务科"""


def test_unnumbered_rows_one_cell_per_line_under_a_whole_header() -> None:
    # no row number, no header cell broken over lines: rows of as many cells as the header, each
    # opening with a short name, are read as they are under a broken header
    assert _rows(parse_text(UNNUMBERED_CELL_LINES)) == [
        ("二/¶1", [], ["各业务科室"], ""),
        ("二/¶2", [], ["办公室"], ""),
        ("二/¶3", [], ["财务科"], ""),
    ]


def test_statement_label_alone_with_its_units_on_the_next_line() -> None:
    text = "\n".join(
        ("某区2024年重点工作推进表", "重点工作:", "1.推进老旧小区改造。", "牵头单位:", "区甲局")
        + ("年度目标:", "完成改造10个。", "重点工作:", "2.新建口袋公园。", "责任单位：")
        + ("区乙局、区丙局",)
    )
    assert _rows(parse_text(text)) == [
        ("1", ["区甲局"], ["区甲局"], ""),
        ("2", [], ["区乙局", "区丙局"], ""),
    ]


def _markdown(rows: str) -> str:
    """Rows written with '|' as a Markdown table: bars opening them, a rule under the first."""
    lines = ["| " + line.strip().rstrip("|").strip() + " |" for line in rows.split("\n")]
    return "\n".join([lines[0], "|---|---|---|", *lines[1:]])


def test_markdown_table_and_label_rows() -> None:
    # the rule of dashes is no row, a bar opening a row opens no cell
    assert _rows(parse_text(_markdown(ROWS_AS_LINES))) == _rows(parse_text(ROWS_AS_LINES))
    labels = "\n".join(
        ("某区2024年重点工作推进表", "| 重点工作: | 1.推进老旧小区改造。 |", "|---|---|")
        + ("| 牵头单位: | 区甲局 |", "| 重点工作: | 2.新建口袋公园。 |", "| 牵头单位: | 区乙局 |")
    )
    assert _rows(parse_text(labels)) == [
        ("1", ["区甲局"], ["区甲局"], ""),
        ("2", ["区乙局"], ["区乙局"], ""),
    ]


def _numbered_row_with_text(text: str) -> str:
    cells = ["工作任务 |", "具体要求 |", "责任单位 |", "完成时限 |", "||", "一、年底前专项工作 |"]
    cells += [
        "|",
        "||",
        "1.规范性文件集中公开 |",
        f"{text} |",
        "县甲局、县乙局 |",
        "11月底前完成 |",
    ]
    cells += ["||", "2.基层政务公开提升 |", "完善公开目录。 |", "县丙局 |", "年底前 |", "||"]
    return "某县2022年政务公开重点工作任务清单\n" + "\n".join(cells)


def test_numbered_lines_in_the_text_cell_of_a_numbered_row_are_its_text() -> None:
    # a cell's paragraphs on lines of their own (1.… / 2.… / 3.…) under a row numbered in its
    # title cell: the row's text, as when the copy runs them on one line
    expected = [
        ("一/1", [], ["县甲局", "县乙局"], "11月底前完成"),
        ("一/2", [], ["县丙局"], "年底前"),
    ]
    one_line = _numbered_row_with_text("1.开展文件清理。2.发布标准文本。3.建立专栏。")
    assert _rows(parse_text(one_line)) == expected
    lines = _numbered_row_with_text("1.开展文件清理。\n2.发布标准文本。\n3.建立专栏。")
    assert _rows(parse_text(lines)) == expected


_UNITS = "甲乙丙丁戊己庚辛壬癸"
INDENTED_PROSE = "\n".join(
    "\u3000\u3000" + line
    for line in ["某县2024年政务公开工作要点", "一、重点任务"]
    + [
        f"{k}.推进第{k}项重点任务,{_WORK[k % 5]},{_WORK[(k + 2) % 5]},{_WORK[(k + 4) % 5]},"
        f"确保各项任务按期保质完成并及时报送进展情况。[牵头单位:县{_UNITS[k - 1]}局]"
        for k in range(1, 11)
    ]
)


def test_wrapped_text_with_indented_paragraphs_and_square_brackets() -> None:
    # a paragraph's first line, indented with two full-width spaces, is two characters short of
    # the full lines after it: both measure the width; a line ending inside its open [ goes on
    expected = _rows(parse_text(INDENTED_PROSE))
    assert expected[0] == ("一/1", ["县甲局"], ["县甲局"], "") and len(expected) == 10
    for width in range(28, 41):
        assert _rows(parse_text(_wrap(INDENTED_PROSE, width))) == expected, width


STOP_AT_LINE_END = "\n".join(
    "\u3000\u3000" + line
    for line in ["某县2024年政务公开工作要点", "一、重点任务"]
    + [
        f"{k}.推进第{k}项重点任务,{_WORK[k % 5]},确保按期完成。"
        f"加强督促检查,定期通报进展情况,推动各项任务落地见效。(牵头单位:县{_UNITS[k - 1]}局)"
        for k in range(1, 10)
    ]
)


def test_indented_paragraphs_wrapped_where_a_sentence_ends_at_a_line_end() -> None:
    # each item's first line ends on its first sentence's full stop; the next line, not indented,
    # goes on with the same paragraph (a new paragraph would open indented)
    expected = _rows(parse_text(STOP_AT_LINE_END))
    assert expected[0] == ("一/1", ["县甲局"], ["县甲局"], "") and len(expected) == 9
    width = 2 + len("1.推进第1项重点任务,完善工作机制,确保按期完成。")
    assert _rows(parse_text(_wrap(STOP_AT_LINE_END, width))) == expected


def test_pinyin_noise_in_text_wrapped_at_a_fixed_width() -> None:
    # the copy broke its lines with the noise in them: the lines are rejoined, then the noise goes
    noisy = STOP_AT_LINE_END.replace("推进", "推(tuī)进").replace("加强", "加(jiā)强")
    assert _rows(parse_text(_wrap(noisy, 30))) == _rows(parse_text(STOP_AT_LINE_END))


def test_tab_table_whose_header_breaks_before_its_last_cell() -> None:
    # a header copied with tabs whose last cell fell to the next line, as a word processor wraps it
    plan = parse_text(
        "工作任务\t具体要求\n"
        "责任单位\n"
        "一、做好规划公开。\t1.公开年度规划。\t甲局;各乡镇\n"
        "二、做好财政公开。\t2.公开部门预算。\t乙局牵头,各部门落实\n"
    )
    assert [(path, units) for path, _lead, units, _dl in _rows(plan)] == [
        ("一/1", ["甲局", "各乡镇"]),
        ("二/2", ["乙局", "各部门"]),
    ]
