"""Forms met in the opened documents of measures and breakdowns: a form copied cell by cell
whose labels have no colon, an item number in brackets read one byte off, a mark before a unit's
name, a note that the units before a list's first comma lead, units a note says all later items
involve, an issuer's other name in brackets in a notice's signature block.

Every text here is made up.
"""

from __future__ import annotations

from gongkai.plans.parsing import parse_blocks
from gongkai.plans.parsing.model import Block


def _tasks(text: str):
    return parse_blocks([Block("para", line) for line in text.split("\n")]).tasks


def test_labels_without_colon_each_on_its_line_before_its_value_make_one_task() -> None:
    tasks = _tasks(
        "具体任务\n"
        "建成乙县智慧农业服务平台,推进高标准农田建设;改造提升县城供水管网,完善乡村道路。\n"
        "责任单位\n县农业农村局、县水务局\n配合单位\n各乡镇\n完成时限\n"
        "供水管网改造,6月底前完成;其它事项12月底前取得明显成效"
    )
    assert [t.path for t in tasks] == [["¶1"]]
    assert tasks[0].units == ["县农业农村局", "县水务局", "各乡镇"]
    assert tasks[0].deadline == "供水管网改造,6月底前完成;其它事项12月底前取得明显成效"


def test_a_table_header_cell_by_cell_is_no_label_with_its_value() -> None:
    tasks = _tasks(
        "甲县重点工作分解表\n序号\n工作任务\n责任单位\n完成时限\n"
        "1\n建设县级数据中心。\n县数据局\n6月底前\n2\n完善政务服务平台。\n县政务服务中心\n年底前"
    )
    assert [t.path for t in tasks] == [["1"], ["2"]]
    assert [t.units for t in tasks] == [["县数据局"], ["县政务服务中心"]]
