"""Tables copied one cell per line or row per line: forms of their rows and cells, on made-up
text (invented places and words)."""

from __future__ import annotations

from .helpers import parse_text


def _tasks(plan) -> list[tuple[str, list[str], str]]:
    return [("/".join(t.path), t.units, t.deadline) for t in plan.tasks]


def test_bare_row_numbers_under_a_task_header_without_a_number_column() -> None:
    # 工作任务 / 具体要求 / 责任单位 / 时限要求; groups stand as rows, each row opens with its
    # number on a line of its own, under the 工作任务 column
    lines = ["青岚市某局2031年重点工作任务分工", "工作任务", "具体要求", "责任单位", "时限要求"]
    lines += ["一、围绕某某工作做好公开", "（一）做好规划公开"]
    lines += ["1", "    公开山茶产业五年规划，做好历史规划的整理。", "规划办", "年底前"]
    lines += ["2", "    网站开设专栏，集中发布各类规划。", "规划办、网站", "6月底前"]
    lines += ["（二）做好财政信息公开", "3", "    做好预算、决算公开。", "财务科", "年底前"]
    lines += ["二、做好解读回应", "（一）加强政策解读"]
    lines += ["4", "    围绕山茶政策做好解读。", "综合科、各相关科室", "持续推进"]
    plan = parse_text("\n".join(lines))
    assert _tasks(plan) == [
        ("一/（一）/1", ["规划办"], "年底前"),
        ("一/（一）/2", ["规划办", "网站"], "6月底前"),
        ("一/（二）/3", ["财务科"], "年底前"),
        ("二/（一）/4", ["综合科", "各相关科室"], "持续推进"),
    ]


def test_numbered_lines_of_a_text_cell_standing_between_a_rows_cells() -> None:
    # 序号 / 任务事项 / 工作要求 / 责任单位 / 完成时限, one cell per line; the copy broke a
    # requirement cell (1.…；2.…；3.…) into lines of their own: its items, each with the row's cells
    lines = [
        "青岚市2031年某某工作任务明细表",
        "序号",
        "任务事项",
        "工作要求",
        "责任单位",
        "完成时限",
    ]
    lines += ["1", "公开山茶产业信息", "及时发布山茶产业政策及解读材料。", "市甲局", "长期推进"]
    lines += ["2", "公开溪桥片区项目信息", "1.公开项目审批结果；", "2.公开项目建设进度；"]
    lines += ["3.设立专栏，集中发布相关信息。", "市乙委、市丙办", "年底前"]
    lines += ["3", "公开便民服务事项", "集中发布便民服务事项目录。", "市丁局", "6月底前"]
    plan = parse_text("\n".join(lines))
    assert _tasks(plan) == [
        ("1", ["市甲局"], "长期推进"),
        ("2/1", ["市乙委", "市丙办"], "年底前"),
        ("2/2", ["市乙委", "市丙办"], "年底前"),
        ("2/3", ["市乙委", "市丙办"], "年底前"),
        ("3", ["市丁局"], "6月底前"),
    ]


def test_a_section_heading_naming_who_carries_out_its_tasks() -> None:
    # 一、甲、乙负责落实的工作任务 over a table without a unit column: each row's units
    lines = ["青岚市2031年某某工作任务明细表", "一、各县（区）政府、市直各部门负责落实的工作任务"]
    lines += ["序号", "任务事项", "工作要求", "公开载体", "完成时限"]
    lines += ["1", "公开山茶产业信息", "及时发布山茶产业政策及解读材料。", "政府网站", "长期推进"]
    lines += ["2", "公开便民服务事项", "集中发布便民服务事项目录。", "政务新媒体", "年底前"]
    # and over numbered paragraphs
    lines += ["二、由市甲局牵头的重点任务"]
    lines += ["1.公开溪桥片区项目审批结果和建设进度。", "2.围绕山茶政策做好解读。"]
    plan = parse_text("\n".join(lines))
    assert _tasks(plan) == [
        ("一/1", ["各县（区）政府", "市直各部门"], "长期推进"),
        ("一/2", ["各县（区）政府", "市直各部门"], "年底前"),
        ("二/1", ["市甲局"], ""),
        ("二/2", ["市甲局"], ""),
    ]


def test_units_and_their_verb_under_the_time_limit_column_are_units() -> None:
    # the unit cell went on into the time-limit column (甲局牵头落实；乙局负责落实 / 各镇分别落实)
    lines = ["青岚市2031年某某工作任务分工", "工作任务", "具体要求", "责任单位", "时限要求"]
    lines += ["一、做好重点领域信息公开"]
    lines += ["1.推进山茶产业信息公开", "及时发布山茶产业扶持政策和进展情况。"]
    lines += ["市甲局牵头落实；市乙局、市丙委负责落实", "各镇（街道）分别落实"]
    lines += [
        "2.推进溪桥片区信息公开",
        "做好溪桥片区民生项目信息公开。",
        "市丁局负责落实",
        "年底前",
    ]
    lines += ["3.推进便民服务信息公开", "集中发布便民服务事项目录。", "市戊办负责落实", "6月底前"]
    plan = parse_text("\n".join(lines))
    assert _tasks(plan) == [
        ("一/1", ["市甲局", "市乙局", "市丙委", "各镇（街道）"], ""),
        ("一/2", ["市丁局"], "年底前"),
        ("一/3", ["市戊办"], "6月底前"),
    ]


def test_a_column_of_places_names_no_units() -> None:
    # 实施地点 / 实施点位: where the work is done, not who does it
    lines = [
        "青岚县2031年民生实事项目推进表",
        "序号",
        "项目名称",
        "建设内容",
        "责任单位",
        "实施地点",
    ]
    lines += ["完成时限"]
    lines += [
        "1",
        "山茶村道路提升",
        "改建村道12公里。",
        "县交通局",
        "山茶镇溪桥村、山茶镇东坡村",
        "11月底",
    ]
    lines += [
        "2",
        "乡村路灯亮化",
        "新增路灯800盏。",
        "县农业农村局",
        "全县12个乡镇卫生院",
        "10月底",
    ]
    lines += ["3", "便民服务站建设", "新建便民服务站5个。", "县民政局", "各乡镇便民中心", "年底前"]
    plan = parse_text("\n".join(lines))
    assert _tasks(plan) == [
        ("1", ["县交通局"], "11月底"),
        ("2", ["县农业农村局"], "10月底"),
        ("3", ["县民政局"], "年底前"),
    ]


def test_a_quarter_without_its_ordinal_word_is_a_time_limit_cell() -> None:
    # rows as lines, group cells written only where their group opens; 三季度前 (no 第) is the
    # row's time limit, so the row's cells are placed under their columns
    lines = ["主要工作任务 | 任务内容 | 完成时限 | 责任单位 |"]
    lines += [
        "一、做好重点领域公开 | （一）聚焦山茶产业 | 1.及时发布山茶产业扶持政策。 | 全年 | 县甲局 |"
    ]
    lines += ["2.做好山茶产业项目信息公开。 | 12月底前 | 县乙局 |"]
    lines += ["（二）聚焦营商环境 | 3.建立健全企业诉求反馈机制。 | 三季度前 | 县丙局、各乡镇 |"]
    lines += ["4.加强执法信息公开。 | 全年 | 县丁局 |"]
    plan = parse_text("青岚县2031年某某工作要点\n" + "\n".join(lines))
    assert _tasks(plan) == [
        ("一/（一）/1", ["县甲局"], "全年"),
        ("一/（一）/2", ["县乙局"], "12月底前"),
        ("一/（二）/3", ["县丙局", "各乡镇"], "三季度前"),
        ("一/（二）/4", ["县丁局"], "全年"),
    ]


def test_the_last_row_going_on_in_pairs_of_a_requirement_and_its_units() -> None:
    # 序号 / 任务 / 有关要求 / 责任单位: a task over several requirements, each with its units
    lines = ["青岚市2031年某某工作任务分工", "序号", "任务", "有关要求", "责任单位"]
    lines += ["1", "做好政策解读", "围绕山茶产业政策做好解读，及时回应社会关切。", "市甲局、市乙委"]
    lines += [
        "2",
        "加强预期引导",
        "加强产业、就业等政策解读信息公开，准确传递政策意图。",
        "市丙办、市丁局",
    ]
    lines += ["召开季度运行情况新闻发布会，及时发布重要指标数据。", "市丙办、市戊局"]
    lines += ["各地各部门要结合实际，制定具体工作措施，确保按要求完成各项目标任务。"]
    plan = parse_text("\n".join(lines))
    assert _tasks(plan) == [
        ("1", ["市甲局", "市乙委"], ""),
        ("2/¶1", ["市丙办", "市丁局"], ""),
        ("2/¶2", ["市丙办", "市戊局"], ""),
    ]


def test_a_spaced_row_going_on_with_unit_lines_and_a_long_list_before_its_time_limit() -> None:
    # cells set apart by spaces; a row's unit cell of names one per line, its last line holding
    # the co-operating units (a list longer than one name) and the time limit
    lines = [
        "青岚区2031年重点工作任务分解表",
        "序号 重点工作任务 主要责任单位 协同配合单位 完成期限",
    ]
    lines += ["1 新培育山茶种植企业20家以上。 区甲局 区乙局、区丙局等有关部门。 2031年12月底"]
    lines += ["2 推动溪桥片区建设山茶产业园，支持申报省级产业基地，推动产业园区提档升级。 区甲局"]
    lines += ["区丁中心", "区戊公司"]
    lines += ["区乙局、区丙局、区己局、区庚委等区政府有关部门,区辛投资公司。 2031年12月底"]
    lines += ["3 引导企业增加研发投入。 区甲局 区乙局等有关部门。 2031年6月底"]
    plan = parse_text("\n".join(lines))
    assert _tasks(plan) == [
        ("1", ["区甲局", "区乙局", "区丙局"], "2031年12月底"),
        (
            "2",
            [
                "区甲局",
                "区丁中心",
                "区戊公司",
                "区乙局",
                "区丙局",
                "区己局",
                "区庚委",
                "区辛投资公司",
            ],
            "2031年12月底",
        ),
        ("3", ["区甲局", "区乙局"], "2031年6月底"),
    ]


def _grouped_by_leader(header_again: bool) -> str:
    # a work report's tasks grouped by the leader who leads them: each group's heading stands
    # before its rows, numbered afresh from 1, the header printed again under it or not
    header = ["序号", "目标任务", "牵头单位", "配合单位"]
    lines = ["青岚区2031年政府工作报告目标任务分解清单", "一、区长牵头重点工作", *header]
    lines += ["1", "一般公共预算收入增长", "区财政局", "区税务局,各镇(街道)"]
    lines += ["2", "推进山茶债务管理改革", "区财政局", "各镇(街道)"]
    lines += ["二、常务副区长牵头重点工作", *(header if header_again else [])]
    lines += ["1", "地区生产总值增长6%左右", "区发改局", "区统计局,各镇(街道)"]
    lines += ["2", "居民收入稳步增长", "区发改局", "区人社局"]
    return "\n\n".join(lines)


def test_groups_of_rows_numbered_afresh_under_headings_with_the_header_again() -> None:
    for header_again in (True, False):
        plan = parse_text(_grouped_by_leader(header_again))
        assert [(t.path, t.lead, t.units) for t in plan.tasks] == [
            (["一", "1"], ["区财政局"], ["区财政局", "区税务局", "各镇(街道)"]),
            (["一", "2"], ["区财政局"], ["区财政局", "各镇(街道)"]),
            (["二", "1"], ["区发改局"], ["区发改局", "区统计局", "各镇(街道)"]),
            (["二", "2"], ["区发改局"], ["区发改局", "区人社局"]),
        ], header_again
