"""Flattened tables with spanned cells and rows written short: a row whose cells spanning rows
were left out (fewer cells than the header), a copy ending inside its last row, a header cell
standing over sub-columns.

Every text here is made up.
"""

from __future__ import annotations

import pytest

from gongkai.plans.parsing.model import Block

from .helpers import parse_tasks


def test_a_copy_ending_inside_a_row_under_headings_standing_as_rows_keeps_that_row() -> None:
    # one cell per line, the row numbers bare, the headings rows of their own; the copy ends
    # inside the last row (its units and time limit cut off) right after two headings
    tasks = parse_tasks(
        "甲县2024年信息公开工作任务分工\n工作任务\n具体要求\n责任单位\n时限要求\n"
        "一、推进决策公开\n（一）做好规划公开\n1\n主动公开本县各类专项规划，做好归集整理。\n"
        "县发改局\n年底前\n2\n在政府网站开设专栏，集中发布各类规划文本。\n县政务服务中心\n年底前\n"
        "二、推进执行公开\n（一）做好财政信息公开\n3\n做好部门预算、决算及相关报表的公开，"
    )
    assert [t.path for t in tasks] == [
        ["一", "（一）", "1"],
        ["一", "（一）", "2"],
        ["二", "（一）", "3"],
    ]
    assert tasks[0].units == ["县发改局"]
    assert tasks[1].deadline == "年底前"
    assert tasks[2].units == []


def _grid(text: str):
    from gongkai.plans.parsing.pipeline import _prepare

    blocks = _prepare([Block("para", line) for line in text.split("\n")])
    tables = [b for b in blocks if b.kind == "table"]
    assert len(tables) == 1
    return [[("~" if c.spanned else "") + c.text for c in row] for row in tables[0].rows]


def test_a_row_one_per_line_without_the_text_cells_spanning_from_above_fills_the_last_columns():
    # 类别 and 工作内容 span the rows under them; each later row was written without them
    grid = _grid(
        "类别 | 工作内容 | 具体措施 | 责任单位 | 完成时限 |\n"
        "（一）队伍建设 | 健全值守队伍 | 各村配齐值守人员，明确职责分工并公示到户。 | "
        "乙镇应急办 | 5月 |\n"
        "各村建立巡查台账，落实每日巡查并及时上报异常。 | 乙镇农业办 | 6月 |\n"
        "开展值守人员培训，全年不少于两次并做好记录。 | 乙镇综治办 | 7月 |"
    )
    assert grid[2] == [
        "~（一）队伍建设",
        "~健全值守队伍",
        "各村建立巡查台账，落实每日巡查并及时上报异常。",
        "乙镇农业办",
        "6月",
    ]
    assert grid[3][:2] == ["~（一）队伍建设", "~健全值守队伍"]
    assert grid[3][3:] == ["乙镇综治办", "7月"]


_LEVELLED = (
    "建设任务 | 工作事项 | 工作指标 | 任务清单 | 责任单位 | 完成时限 |\n"
    "一、能力建设 |\n"
    "（一）值守体系 | 1.值守队伍 | （1）各村配齐值守人员，明确职责。 | "
    "1.制定值守排班表并公示； 2.建立值守人员通讯录； | 乙镇应急办 乙镇党政办 | 5月 |\n"
    "（2）各村建立巡查台账，落实每日巡查。 | 1.印发巡查台账样式； | 乙镇农业办 | 6月 |\n"
    "2.组织巡查人员逐村培训； | 乙镇综治办 |\n"
    "2.值守保障 | （3）乙镇统一配备值守物资。 | 1.采购应急照明和雨具； | 乙镇财政所 | 7月 |"
)


def test_text_columns_numbered_level_by_level_spanning_rows_group_the_task_list_s_items():
    # 建设任务 / 工作事项 / 工作指标 each open with their level's number and span the rows under
    # them; the 任务清单 cell holds the tasks, numbered on one line (1.…； 2.…；), and a row
    # written with only a task and its units goes on with the list above
    tasks = parse_tasks(_LEVELLED)
    assert [t.path for t in tasks] == [
        ["一", "（一）", "1", "（1）", "1"],
        ["一", "（一）", "1", "（1）", "2"],
        ["一", "（一）", "1", "（2）", "1"],
        ["一", "（一）", "1", "（2）", "2"],
        ["一", "（一）", "2", "（3）", "1"],
    ]
    assert [t.units for t in tasks] == [
        ["乙镇应急办", "乙镇党政办"],
        ["乙镇应急办", "乙镇党政办"],
        ["乙镇农业办"],
        ["乙镇综治办"],
        ["乙镇财政所"],
    ]
    assert [t.deadline for t in tasks] == ["5月", "5月", "6月", "6月", "7月"]


_SUB_COLUMNS = "\n".join(
    [
        "序号", "项目名称", "建设内容", "责任单位", "实施地点", "完成时限", "进展情况",
        "1", "一、城乡供水保障", "新建改造供水管网，提升农村供水保障水平。", "改造管网30公里",
        "县水利局", "全县12个乡镇", "10月底", "已完成管网铺设20公里",
        "2", "新建净水设施8座", "全县12个乡镇", "12月底", "已完成选址",
        "3", "二、背街小巷整治", "整治背街小巷40条。", "县住建局", "县城老旧街巷", "11月底",
        "已完成设计",
    ]
)  # fmt: skip


def test_a_header_cell_over_two_sub_columns_and_a_sub_row_under_its_spanning_cells():
    # 建设内容 stands over two sub-columns (what is built | how much), its lower header row not
    # copied: full rows have one cell more than the header. Row 2 is a sub-row of row 1, written
    # without the cells spanning both (项目名称, the first sub-column, 责任单位); its place cell
    # repeats the one above
    tasks = parse_tasks("甲县2023年民生实事项目推进表\n" + _SUB_COLUMNS)
    assert [t.path for t in tasks] == [["一", "1"], ["一", "2"], ["二", "3"]]
    assert [t.units for t in tasks] == [["县水利局"], ["县水利局"], ["县住建局"]]
    assert [t.deadline for t in tasks] == ["10月底", "12月底", "11月底"]


def test_a_full_row_keeps_its_place_cell_beside_the_unit_cell_under_a_column_named_by_no_role():
    # 实施地点 right after 责任单位 holds places that read like units (全县12个乡镇); a last
    # column named by no role (下步打算) does not make them the unit cell's names
    tasks = parse_tasks(
        "\n".join(
            [
                "甲县2023年民生实事项目推进表", "序号", "项目名称", "建设内容", "责任单位",
                "实施地点", "完成时限", "下步打算",
                "1", "一、城乡供水保障", "改造供水管网30公里。", "县水利局", "全县12个乡镇",
                "10月底", "加快管网铺设",
                "2", "二、背街小巷整治", "整治背街小巷40条。", "县住建局", "县城老旧街巷",
                "11月底", "完成设计",
            ]
        )
    )  # fmt: skip
    assert [t.path for t in tasks] == [["一", "1"], ["二", "2"]]
    assert [t.units for t in tasks] == [["县水利局"], ["县住建局"]]


_TWO_ROW_HEADERS = {
    "alone": "序号 | 工作任务 | 责任单位 | 时间 |\n牵头单位 | 配合单位 | 开始时间 | 完成时间 |\n",
    "in place": (
        "序号 | 工作任务 | 责任单位 | | 时间 | |\n| | 牵头单位 | 配合单位 | 开始时间 | 完成时间 |\n"
    ),
}


@pytest.mark.parametrize("written", list(_TWO_ROW_HEADERS))
def test_a_two_row_header_with_units_and_time_each_over_two_columns(written):
    # 责任单位 stands over 牵头单位 | 配合单位 and 时间 over 开始时间 | 完成时间; the lower row
    # written alone (the cells spanning both rows dropped) or in place (left empty)
    tasks = parse_tasks(
        "甲县2024年河道整治工作任务表\n"
        + _TWO_ROW_HEADERS[written]
        + "1 | 完成县城段河道清淤。 | 县水利局 | 县财政局 | 2024年3月 | 2024年6月底前 |\n"
        "2 | 建设沿河绿道5公里。 | 县住建局 | 县自然资源局 | 2024年4月 | 2024年10月底前 |"
    )
    assert [t.path for t in tasks] == [["1"], ["2"]]
    assert [t.lead for t in tasks] == [["县水利局"], ["县住建局"]]
    assert [t.units for t in tasks] == [["县水利局", "县财政局"], ["县住建局", "县自然资源局"]]
    assert [t.deadline for t in tasks] == ["2024年6月底前", "2024年10月底前"]


@pytest.mark.parametrize(
    "header",
    [
        ["责任单位", "时间", "牵头单位", "配合单位", "开始时间", "完成时间"],
        ["责任单位", "完成时限", "牵头单位", "配合单位"],
    ],
)
def test_a_two_row_header_flattened_one_cell_per_line(header):
    # the upper row's cells, then the lower row's under the ones standing over two columns
    timed = "时间" in header
    rows = [
        ["1", "完成县城段河道清淤。", "县水利局", "县财政局", "2024年3月", "2024年6月底前"],
        ["2", "建设沿河绿道5公里。", "县住建局", "县自然资源局", "2024年4月", "2024年10月底前"],
    ]
    cells = [c for r in rows for k, c in enumerate(r) if timed or k != 4]
    tasks = parse_tasks(
        "\n".join(["甲县2024年河道整治工作任务表", "序号", "工作任务", *header, *cells])
    )
    assert [t.path for t in tasks] == [["1"], ["2"]]
    assert [t.lead for t in tasks] == [["县水利局"], ["县住建局"]]
    assert [t.units for t in tasks] == [["县水利局", "县财政局"], ["县住建局", "县自然资源局"]]
    assert [t.deadline for t in tasks] == ["2024年6月底前", "2024年10月底前"]
