"""Tables of the opened part's forms, one cell per line. Every text here is made up."""

from __future__ import annotations

from .helpers import parse_tasks


def test_two_column_cells_with_a_row_number_cell_and_two_heading_levels() -> None:
    # header 工作任务 / 责任股室 (the number column's header left blank), a heading of each
    # level on a row of its own, then rows of number / text / unit cells
    tasks = parse_tasks(
        "某站2022年政务公开工作要点和分工\n工作任务\n责任股室\n一、加强信息发布\n"
        "(一)做好计划公开。\n1\n公开本单位年度工作计划,做好解读工作。\n综合股\n"
        "(二)做好预算公开。\n2\n及时公开单位预算、决算报表。\n财务股\n"
        "二、加强政策解读\n(一)做好解读工作。\n3\n做好政策文件的解读和回应工作。\n业务股、办公室"
    )
    assert [t.path for t in tasks] == [
        ["一", "（一）", "1"],
        ["一", "（二）", "2"],
        ["二", "（一）", "3"],
    ]
    assert [t.units for t in tasks] == [["综合股"], ["财务股"], ["业务股", "办公室"]]


def test_unnumbered_rows_whose_unit_cell_and_last_cell_run_over_several_lines() -> None:
    # a progress table one cell per line (目标任务 / 牵头单位 / 进展情况 / 下步举措), rows without
    # numbers: the row's text, its unit cell on one line or more (one unit a line), its progress,
    # its next steps on numbered lines
    tasks = parse_tasks(
        "某县重点工作第二季度进展情况表\n目标任务\n牵头单位\n进展情况\n下步举措\n"
        "新建公共停车位500个。\n县住建局\n已建成停车位320个。\n加快推进剩余车位建设。\n"
        "农村生活污水治理覆盖率达到80%。\n县生态环境分局\n县水利局\n覆盖率已达72%。\n"
        "1.加快管网铺设进度。\n2.强化设施运维管理。\n"
        "完成年度植树造林任务。\n县林业局\n已完成植树1.2万株。\n抓好抚育管护。"
    )
    assert [t.path for t in tasks] == [["¶1"], ["¶2"], ["¶3"]]
    assert [t.units for t in tasks] == [["县住建局"], ["县生态环境分局", "县水利局"], ["县林业局"]]
    assert [t.lead for t in tasks] == [t.units for t in tasks]


def test_a_building_time_column_of_bare_years_gives_no_deadline() -> None:
    # a livelihood project list: 建设时间 says when a project is built (2023), not a time limit
    tasks = parse_tasks(
        "某县2023年民生实事项目清单\n"
        "序号 | 项目名称 | 建设地点 | 建设时间 | 建设内容 | 责任单位 |\n"
        "1 | 城区公厕改造项目 | 甲街道 | 2023 | 改造公厕10座。 | 城管局 |\n"
        "2 | 乡村道路硬化项目 | 乙镇 | 2023 | 硬化道路20公里。 | 交通局 |\n"
        "3 | 社区食堂建设项目 | 丙社区 | 2023年 | 建成社区食堂2个。 | 民政局 |"
    )
    assert [t.path for t in tasks] == [["1"], ["2"], ["3"]]
    assert [t.units for t in tasks] == [["城管局"], ["交通局"], ["民政局"]]
    assert [t.deadline for t in tasks] == ["", "", ""]


def test_header_cells_broken_into_pieces_that_are_header_words_themselves() -> None:
    # 责任 / 领导 and 责任 / 科室: each piece names a column alone; the rows are narrower
    tasks = parse_tasks(
        "某镇2023年度重点工作计划三季度执行情况\n序号\n重点工作\n责任\n领导\n责任\n科室\n"
        "年度目标\n任务\n第三季度\n完成情况\n"
        "1\n老旧小区改造\n张某\n城建办\n完成三个小区改造。\n已完成两个小区。\n"
        "2\n农村供水保障\n李某\n农业农村办\n新建供水管网十公里。\n已铺设管网六公里。"
    )
    assert [t.path for t in tasks] == [["1"], ["2"]]
    assert [t.units for t in tasks] == [["城建办"], ["农业农村办"]]


def test_host_and_co_organiser_verbs_after_each_name_give_units_and_no_lead() -> None:
    # 甲主办、乙协办: 主办 / 协办 are the names' verbs (no 牵头): both units, no lead
    tasks = parse_tasks(
        "某局2022年政务公开工作要点分工方案\n工作任务 | 具体要求 | 责任科室 |\n"
        "一、做好信息公开 | 1.设立专栏发布权威信息。 | 局应急办主办、各业务组协办 |\n"
        "2.做好预算公开。 | 局财务科 | |\n"
        "二、做好政策解读 | 3.开展政策解读。 | 局办公室主办,局法规科协办 |"
    )
    assert [t.path for t in tasks] == [["一", "1"], ["一", "2"], ["二", "3"]]
    assert [t.units for t in tasks] == [
        ["局应急办", "各业务组"],
        ["局财务科"],
        ["局办公室", "局法规科"],
    ]
    assert [t.lead for t in tasks] == [[], [], []]


def test_statement_cells_under_a_group_column_of_two_heading_levels() -> None:
    # 工作任务 / 具体要求 / 责任单位和工作要求, one cell per line: 一、… and (一)… both in the group
    # column; each numbered requirement followed by a sentence naming its units and their work
    tasks = parse_tasks(
        "某区2022年政务公开工作要点分工方案\n工作任务\n具体要求\n责任单位和工作要求\n"
        "一、深化规划公开\n(一)做好规划主动公开。\n1.主动公开本区发展规划。\n"
        "区发展改革局、区自然资源分局,以及各有关单位、各镇(街)办理。\n"
        "2.做好历史规划的归集整理工作。\n区政府办会同各有关单位、各镇(街)办理。\n"
        "3.集中发布规划原文和解读信息。\n"
        "各有关单位、各镇(街)做好发布工作,区数据管理局做好技术支持和指导。\n"
        "(二)做好监管信息公开。\n4.公开市场准入负面清单。\n"
        "区发展改革局、区市场监管局牵头办理,在工作中加强与上级单位沟通对接。"
    )
    assert [t.path for t in tasks] == [
        ["一", "（一）", "1"],
        ["一", "（一）", "2"],
        ["一", "（一）", "3"],
        ["一", "（二）", "4"],
    ]
    assert [t.units for t in tasks] == [
        ["区发展改革局", "区自然资源分局", "各有关单位", "各镇(街)"],
        ["区政府办", "各有关单位", "各镇(街)"],
        ["各有关单位", "各镇(街)", "区数据管理局"],
        ["区发展改革局", "区市场监管局"],
    ]
    assert [t.lead for t in tasks] == [[], ["区政府办"], [], ["区发展改革局", "区市场监管局"]]
