"""Forms of the fourteenth batch: bureau office labels, verbs of lower bodies, tables of cells."""

from __future__ import annotations

from .helpers import parse_text


def _rows(plan) -> list[tuple[str, list[str], list[str]]]:
    return [("/".join(t.path), t.lead, t.units) for t in plan.tasks]


def test_office_labels_of_a_county_bureau_in_brackets() -> None:
    plan = parse_text(
        "一、深化数据公开\n"
        "（一）公开月度数据。及时发布数据。（牵头股室:甲股,责任股室:各相关股室）\n"
        "（二）公开年度公报。（牵頭股室:乙股、丙股,責任股室:各相關股室）"
    )
    assert _rows(plan) == [
        ("一/（一）", ["甲股"], ["甲股", "各相关股室"]),
        ("一/（二）", ["乙股", "丙股"], ["乙股", "丙股", "各相關股室"]),
    ]


def test_by_functions_and_following_the_example_are_verbs() -> None:
    plan = parse_text(
        "一、做好公开\n"
        "（一）公开资金信息。（责任单位：县某某局牵头，县有关单位、各乡(镇)按职能分工落实）\n"
        "（二）公开规划信息。（责任单位：县某某局牵头；各乡(镇)参照落实）"
    )
    assert _rows(plan) == [
        ("一/（一）", ["县某某局"], ["县某某局", "县有关单位", "各乡(镇)"]),
        ("一/（二）", ["县某某局"], ["县某某局", "各乡(镇)"]),
    ]


HEADER_ON_TWO_LINES = """工作任务 | 具体要求
| 责任单位 |
一、做好规划公开。 | 1.公开规划纲要。 | 县甲局;各乡(镇) |
2.归集历年规划。 | 县乙办、县甲局牵头,县直有关部门配合;各乡(镇)参照落实 |
二、做好财政公开。 | 3.推进预算公开。 | 县丙局牵头,县直各部门落实 |
4.深化债务信息公开。 |"""


def test_pipe_header_broken_over_two_lines() -> None:
    plan = parse_text(HEADER_ON_TWO_LINES)
    assert _rows(plan) == [
        ("一/1", [], ["县甲局", "各乡(镇)"]),
        ("一/2", ["县乙办", "县甲局"], ["县乙办", "县甲局", "县直有关部门", "各乡(镇)"]),
        ("二/3", ["县丙局"], ["县丙局", "县直各部门"]),
        ("二/4", ["县丙局"], ["县丙局", "县直各部门"]),
    ]


GROUP_TEXT_UNIT_LINES = """某某局2021年政务公开工作要点分工方案
工作任务
具体要求
责任股室
一、做好规划公开。
做好历年规划的归集整理和主动公开工作。
办公室
二、做好财政信息公开。
1.推进单位预算、决算公开。
办公室、各股室
2.深化债务信息公开,定期公开债务限额、余额等信息。
3.推动补贴信息公开向村和社区延伸。
三、做好专栏信息公开。
1.更新数据集。
办公室
2.更新重点领域信息。
甲股、乙股"""


def test_group_text_and_unit_cells_one_per_line_without_row_numbers() -> None:
    plan = parse_text(GROUP_TEXT_UNIT_LINES)
    assert _rows(plan) == [
        ("一/¶1", [], ["办公室"]),
        ("二/1", [], ["办公室", "各股室"]),
        ("二/2", [], ["办公室", "各股室"]),  # under the unit cell spanning rows 1-3
        ("二/3", [], ["办公室", "各股室"]),
        ("三/1", [], ["办公室"]),
        ("三/2", [], ["甲股", "乙股"]),
    ]


GROUP_TEXT_UNIT_PIPES = """某市某某工作分工方案
工作任务 |
具体要求 |
落实单位 |
明确工作机构 |
1.确定一名负责人履行领导职责,确定本单位的工作机构。 |
各乡街(园区);具有行政职能的市直各单位 |
建立健全工作制度 |
2.年底前制定或完善本单位相关制度。 |
各乡街(园区);具有行政职能的市直各单位 |
做好规划公开 |
3.主动公开规划纲要。"""


def test_unnumbered_group_cells_one_per_line_closed_by_a_bar() -> None:
    plan = parse_text(GROUP_TEXT_UNIT_PIPES)
    units = ["各乡街(园区)", "具有行政职能的市直各单位"]
    assert _rows(plan) == [("1", [], units), ("2", [], units), ("3", [], [])]


MIDDLE_NUMBER_INDEX = """某学院办公室关于报送公开事项的通知
各部门:
请各部门依照指标体系(附件1)报送公开事项清单。
附件:1.公开事项测评指标体系
2.公开事项清单
3.工作人员登记表
学院办公室
2020年9月1日
公开事项测评指标体系
序号 |
类别 |
公开事项 |
序号 |
评分指标 |
分值 |
责任部门 |
一 |
基本信息 |
(1)办学规模、机构设置 |
1 |
总体情况介绍 |
0.5 |
甲办 |
2 |
机构设置 |
0.5 |
(2)规章制度 |
3 |
章程 |
0.5 |
4 |
各项规章制度 |
0.5 |
甲办、乙处、丙处 |
二 |
招生信息 |
(3)招生章程 |
5 |
招生章程及录取规则 |
1 |
丁处 |"""


def test_row_numbers_in_a_middle_column_of_cells_without_row_ends() -> None:
    plan = parse_text(MIDDLE_NUMBER_INDEX)
    assert _rows(plan) == [
        ("一/（1）/1", [], ["甲办"]),
        ("一/（1）/2", [], ["甲办"]),  # under the unit cell spanning rows 1-3
        ("一/（2）/3", [], ["甲办"]),
        ("一/（2）/4", [], ["甲办", "乙处", "丙处"]),
        ("二/（3）/5", [], ["丁处"]),
    ]
